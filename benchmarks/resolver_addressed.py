"""A clause said to someone else in the room beside a taught phrase, imagined for issue 14
(not drawn from any held-out set): how many run the phrase, and how many lookalikes whose
words to a person are the only request, or name a taught thing, run something.

    python benchmarks/resolver_addressed.py [-v]

Each addressed clause is said before the phrase and after it (after it as ", ..." and,
when it opens with its vocative, as "and ..."). See teachapp/understanding/_addressed.py.
"""

from __future__ import annotations

import sys

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [
    ("porch light on", "Porch light"), ("start the dishwasher", "Dishwasher"),
    ("play the jazz playlist", "Jazz"), ("heating to twenty", "Heating"),
    ("ring auntie june", "June"), ("bedtime story", "Story"), ("open the garage", "Garage"),
    ("garden sprinklers on", "Sprinklers"), ("feed pepper", "Pepper"),
    ("what's the weather tomorrow", "Weather"), ("lock the back door", "Back door"),
    ("quiet hours", "Quiet"), ("message desmond", "Desmond"), ("lights off", "Lights off"),
    ("hoover the landing", "Robot vacuum"), ("kettle on", "Kettle"),
]

ADDRESSED = [
    # (a given name, an imperative)
    "jasper, wipe your feet", "esme, hang your coat up", "barney, close your mouth when you chew",
    "priya, pass me the butter", "hamish, wash your hands", "nell, put your shoes away",
    "otis, fetch the scissors", "freya, brush your hair", "jude, hold the ladder",
    "mabel, finish your peas", "stanley, sit still", "cora, mind the step",
    "felix, get your homework out", "imogen, grab a towel", "ezra, pick up your socks",
    "ivy, eat your crusts", "kit, tuck your shirt in", "lottie, take your wellies off",
    "reuben, find your other glove", "saoirse, button your cardigan",
    "alfie, chew with your mouth closed", "beatrix, give your brother the crayon back",
    "cosmo, leave the cat alone", "dora, pour the squash", "edgar, lay the table",
    "fenella, bring me the sellotape", "gus, come down off the banister",
    "hettie, fold the napkins", "isla, say sorry to your sister", "jem, shut your eyes",
    # (a negated imperative)
    "arlo, don't kick the table", "bonnie, don't lick the knife", "cyril, don't slam the gate",
    "delphine, don't give the dog scraps", "elijah, don't wipe your nose on your sleeve",
    "flora, don't wander off", "gideon, don't pick at the plaster",
    "harriet, don't tease your brother", "ines, don't climb on the wardrobe",
    "joss, don't forget your lunchbox",
    # (stopping the addressee's own doing)
    "boys, stop wrestling", "kids, stop shrieking", "lads, stop bickering",
    "you two, stop giggling", "children, quit fidgeting", "rafferty, stop drumming",
    "matilda, stop sulking", "everyone, stop chattering", "percy, stop pulling faces",
    "girls, stop that racket",
    # (a verbless directive)
    "you lot, coats on", "kids, hands up", "boys, elbows off the table",
    "everyone, wellies on", "seren, feet off the sofa", "children, books away",
    "you two, teeth brushed", "magnus, hat on", "girls, hair tied back",
    "folks, phones away", "lads, boots off on the mat", "petra, fingers out of the jam",
    "you three, seatbelts on", "otto, hands by your sides", "everybody, eyes front",
    # (an attention getter before the name)
    "oi, jasper, off the counter", "hey kids, wash up", "hey gran, sit yourself down",
    "oi you two, bed", "hey boys, keep the noise down",
    # (a family term)
    "mum, pass the gravy", "dad, hold the ladder", "nan, sit yourself down",
    "grandad, mind the cable", "grandma, grab a plate",
]
"""Clauses that open with their vocative."""

SAID_TO_LAST = [
    # (a vocative after its clause)
    "wipe your nose, bertie", "shoes on, everyone", "sit down, ptolemy",
    "eat up, kids", "come here, mia", "drink your milk, sonny", "chin up, love",
    "quick march, troops", "mind your heads, folks", "hurry up, boys",
    "grab your coats, you lot", "hush now, children", "eyes on your plates, girls",
    "don't touch the knives, tamsin", "knock it off, lads", "pack it in, you two",
    "put a sock in it, boys", "give it a rest, ambrose",
    # (thanks and apology)
    "thanks for the flowers, ingrid", "thanks for picking me up, dominic",
    "cheers for the lift, marcus", "thanks for walking the dog, sunita",
    "thank you for the biscuits, mrs", "sorry for shouting, leon",
    "thanks for mending the fence, walter", "ta for the brew, carys",
    "thanks for minding the baby, yvonne", "cheers, magnus",
    "sorry, georgina", "thanks for the birthday card, grandpa",
    "thanks for sweeping up, petra", "apologies for the mess, ottoline",
]
"""Clauses whose vocative comes after them: never said after "and"."""

LOOKALIKES = [
    # (the words to a person are the only request)
    "jasper, wipe your feet", "kids, stop shrieking", "thanks for the flowers, ingrid",
    "you lot, coats on", "mum, pass the gravy",
    # (a directive that says a taught phrase or names a taught thing)
    "jasper, lights off. quiet hours", "quiet hours and esme, lights off",
    "barney, open the garage. bedtime story", "bedtime story, priya, lock the back door",
    "kit, put the kettle on. feed pepper", "feed pepper and otis, turn the porch light on",
    "hamish, feed pepper. lights off", "lights off and nell, ring auntie june",
    "start the dishwasher, freya, turn the heating up",
    "ivy, switch the telly off. porch light on", "porch light on, boys, close the blinds",
    "kettle on and cora, run the dishwasher", "kettle on, mabel, hoover the landing",
    "felix, put the jazz on. kettle on", "kids, turn the sprinklers off. bedtime story",
    # (cancellation or withdrawal said to the assistant beside a vocative)
    "lights off, no, jasper, don't", "kettle on, stop, leave it", "porch light on, ezra, stop",
    "feed pepper, cancel that, mum", "bedtime story, no, kids, not now",
    "start the dishwasher, actually, dad, never mind", "kettle on, wait, esme, not yet",
    "lights off, no, forget it, lads", "quiet hours, hold on, reuben",
    "garden sprinklers on, stop, everyone",
    # (a pro-form that may point back at the request)
    "kettle on, ezra, do it", "lights off, kids, don't touch that",
    "bedtime story, gus, you do it", "feed pepper, mum, leave that one",
    "porch light on and imogen, turn it off again", "start the dishwasher, dad, do the same",
    # (not addressed: "tell X to", "X wants", a report)
    "tell jasper to wipe his feet and lights off", "esme wants her coat, kettle on",
    "lights off, jasper says he's scared", "ask kit to fetch the scissors, bedtime story",
    "kettle on, mum said no", "remind otis to wash his hands, quiet hours",
    # (a wake word or the assistant's name as the vocative)
    "alexa, play some jazz. lights off", "computer, open the pod bay doors. kettle on",
    "hey google, set a timer. bedtime story", "house, dim the hall. kettle on",
    # (a taught name is no vocative)
    "message desmond and desmond, come for tea", "ring auntie june and june, fetch the cake",
    # (a condition, a time, someone else's words)
    "kettle on, kids, if you're good", "lights off, boys, at nine",
    "bedtime story, priya, tomorrow", "quiet hours, esme, tell your dad",
    "porch light on and gus, if it rains", "kettle on, mum, in ten minutes",
    "feed pepper and kit, on monday", "lights off, everyone, when i say",
    "start the dishwasher, nell, if it's full",
]
"""Out of scope: nothing here should run (the first five hold no taught phrase)."""


def main(verbose: bool) -> None:
    resolver = Resolver([PhraseEntry(text=p, routine=r) for p, r in HOME])
    phrases = [p for p, _ in HOME]
    rows: list[tuple[str, str | None]] = []
    for k, clause in enumerate(ADDRESSED + SAID_TO_LAST):
        phrase, routine = HOME[k % len(HOME)]
        rows.append((f"{clause}. {phrase}", routine))
        joined = (f"{phrase} and {clause}" if k < len(ADDRESSED) and k % 2
                  else f"{phrase}, {clause}")
        rows.append((joined, routine))
    ran = [(u, r) for u, r in rows if (res := resolver.resolve(u)).decision == "run"
           and res.routine == r]
    missed = [u for u, r in rows if (u, r) not in ran]
    wrong = [u for u in LOOKALIKES if resolver.resolve(u).decision == "run"]
    clauses = len(ADDRESSED) + len(SAID_TO_LAST)
    print(f"addressed: {len(ran)}/{len(rows)} run the phrase ({clauses} clauses, "
          f"{len(phrases)} phrases)")
    print(f"lookalikes: {len(wrong)}/{len(LOOKALIKES)} run something (should be 0)")
    if verbose:
        for u in missed:
            res = resolver.resolve(u)
            print(f"  missed  {u!r} -> {res.decision} {res.reason}")
        for u in wrong:
            print(f"  ran     {u!r} -> {resolver.resolve(u).routine}")


if __name__ == "__main__":
    main("-v" in sys.argv)
