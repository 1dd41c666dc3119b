"""A taught phrase said beside a ban of something else, or beside news of the speaker's
own after "but" (issue 14), runs its routine: "no" with a deed or a thing of its own and
where, when or to whom it is forbidden ("..., no running in the hall", "no biscuits
before supper, ..."), or a subject whose "'s" says how it is and where ("... but the
bakery's shut for good", "... but my nan's in hospital"). A ban that names the phrase's
own words or device ("no story tonight", "no bunk room lights", "no more stories"), or a
bare "no" that breaks off what was said ("..., no wait"), still stops it; so does "but"
with a noun phrase that may restrict the request ("... but the lamps in the hall")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("story time", "Story"), ("heating on", "Heating"),
    ("feed the cat", "Cat"), ("upper bunk room lights on", "Bunk"),
    ("defrost the car", "Car"), ("ring kirsty", "Kirsty"), ("coffee time", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    # a deed of its own (a gerund) and where, or to whom
    ("movie night, no running in the hall", "Movie"),
    ("no shouting at your brother, story time", "Story"),
    ("heating on, no sliding down the banisters", "Heating"),
    ("no squabbling over the remote, movie night", "Movie"),
    # a deed with its own object
    ("ring kirsty, no teasing your sister", "Kirsty"),
    # a thing of its own and where or when: a prepositional phrase or an adverb of place
    ("movie night, no ball games near the greenhouse", "Movie"),
    ("no biscuits before supper, story time", "Story"),
    ("defrost the car, no muddy boots indoors", "Car"),
    ("no chewing gum upstairs, heating on", "Heating"),
    ("movie night, no muddy paws in here", "Movie"),
    ("story time, no more sweets for him", "Story"),
    ("movie night, no scribbling in the hymn books", "Movie"),
    # a taught word only as a premodifier of a head of the ban's own
    ("movie night, no bouncing on the bunk beds", "Movie"),
    ("upper bunk room lights on, no pillow fights in the bunk beds", "Bunk"),
])
def test_a_ban_of_something_else_leaves_the_phrase_to_run(resolver: Resolver, text: str,
                                                          routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "story time, no story tonight",
    "story time, no more stories",
    "story time, no stories in bed",
    "upper bunk room lights on, no bunk room lights tonight",
    "upper bunk room lights on, no bouncing in the bunk room",
    "upper bunk room lights on, no lights in the bunk room",
    "feed the cat, no feeding the cat",
    "feed the cat, no cat biscuits",
    "heating on, no heating upstairs",
    "defrost the car, no defrosting the car",
    "ring kirsty, no calls to kirsty",
    "movie night, no doing that",
    "heating on, no wait",
    "movie night, no not tonight",
])
def test_a_ban_that_bears_on_the_phrase_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("story time but the bakery's shut for good", "Story"),
    ("ring kirsty but the butcher's shut for keeps", "Kirsty"),
    ("heating on but my nan's in hospital", "Heating"),
    ("movie night but the vicar's on holiday", "Movie"),
    ("story time but the postman's been", "Story"),
    ("feed the cat but the dog's been sick", "Cat"),
    ("movie night but my mum's back from portugal", "Movie"),
])
def test_news_of_the_speakers_own_after_but_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "coffee time but the coffee's run out",
    "heating on but the lamps in the hall",
    "heating on but the heating's off for the summer",
    "movie night but not the lamp",
])
def test_but_that_bears_on_the_phrase_or_restricts_it_stops_it(resolver: Resolver,
                                                                text: str) -> None:
    assert runs(resolver, text) is None
