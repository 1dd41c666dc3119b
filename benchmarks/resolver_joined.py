"""Made-up sentences of issue 14's joined asides, none from a held-out set: a taught phrase
beside a clause of the speaker's own joined by "but", "so" or "and", or said to
themselves (they run), and lookalikes whose clause after the connective bears on the
request (they must not run).

    python benchmarks/resolver_joined.py [-v]

prints how many of each group the resolver gets right (``-v``: the ones it gets wrong).
"""

from __future__ import annotations

import sys

HOME = (("movie night", "Movie"), ("lights on", "Lights"), ("bath time", "Bath"),
        ("reading mode", "Reading"), ("lock the back door", "Back door"),
        ("warm up the kitchen", "Kitchen"), ("feed the cat", "Cat"),
        ("jazz playlist", "Jazz"), ("garden lights off", "Garden"),
        ("open the garage", "Garage"), ("bedtime story", "Story"), ("kettle on", "Kettle"))

IN_SCOPE: dict[str, list[tuple[str, str]]] = {
    "a question about something else, after but": [
        ("movie night, but who's pinched my reading glasses?", "Movie"),
        ("lights on, but who's eaten the last jaffa cake?", "Lights"),
        ("bath time, but who keeps moving my hairbrush?", "Bath"),
        ("feed the cat, but who's been at the biscuit tin?", "Cat"),
        ("kettle on, but what's the capital of mongolia?", "Kettle"),
        ("reading mode, but what's the longest river in africa?", "Reading"),
        ("open the garage, but why is the ladder in the bathtub?", "Garage"),
        ("jazz playlist, but why is there mud on the ceiling?", "Jazz"),
        ("bedtime story, but how come there's jam on the piano?", "Story"),
        ("lock the back door, but when did we buy so many candles?", "Back door"),
        ("warm up the kitchen, but who's borrowed my secateurs?", "Kitchen"),
        ("garden lights off, but who keeps feeding the seagulls?", "Garden"),
        ("movie night, but where's my other slipper?", "Movie"),
        ("kettle on, but has anyone seen the scissors?", "Kettle"),
        ("bath time, but what's the tallest building in dubai?", "Bath"),
        ("feed the cat, but when did the plumber ring?", "Cat"),
        ("lights on, but why is the toaster on the windowsill?", "Lights"),
        ("reading mode, but who's nicked my good pen?", "Reading"),
        ("open the garage, but how come there's a shoe in the freezer?", "Garage"),
        ("jazz playlist, but who keeps hiding the remote batteries?", "Jazz"),
        ("bedtime story, but who's scribbled on my crossword?", "Story"),
        ("lock the back door, but who's been using my razor?", "Back door"),
        ("warm up the kitchen, but when did we get this many mugs?", "Kitchen"),
        ("garden lights off, but what's the biggest planet again?", "Garden"),
        ("movie night, but why is the dog on the ironing board?", "Movie"),
    ],
    "news of somebody else, after so": [
        ("movie night, so, aunt brenda had twins", "Movie"),
        ("lights on, so, guess what, kieran's passed his driving test", "Lights"),
        ("bath time, so, the milkman's off with his back", "Bath"),
        ("kettle on, so, the vicar's off to peru apparently", "Kettle"),
        ("reading mode, so, our jess won the spelling bee", "Reading"),
        ("feed the cat, so, mr okafor bought a canal boat", "Cat"),
        ("open the garage, so, you'll never guess, dawn's joined a choir", "Garage"),
        ("jazz playlist, so, get this, uncle raj has sold his allotment", "Jazz"),
        ("bedtime story, so, the neighbours have got a parrot", "Story"),
        ("lock the back door, so, grandad's taken up karate", "Back door"),
        ("warm up the kitchen, so, the butcher's off on holiday", "Kitchen"),
        ("garden lights off, so, priya had a baby girl", "Garden"),
        ("movie night, so, guess what, the school's got a new head", "Movie"),
        ("lights on, so, mrs henshaw won the raffle", "Lights"),
        ("bath time, so, honestly, tom's grown a beard", "Bath"),
        ("kettle on, so, our callum broke his wrist", "Kettle"),
        ("reading mode, so, the postie's away for a fortnight", "Reading"),
        ("feed the cat, so, guess what, lily's got engaged", "Cat"),
        ("open the garage, so, dr patel retired last week", "Garage"),
        ("jazz playlist, so, the twins passed their swimming badges", "Jazz"),
        ("bedtime story, so, you'll never guess, nan bought a motorbike", "Story"),
        ("lock the back door, so, the chemist's shut for good", "Back door"),
        ("warm up the kitchen, so, maureen's had her hip done", "Kitchen"),
        ("garden lights off, so, the curate has started a band", "Garden"),
        ("movie night, so, get this, our ollie scored a hat trick", "Movie"),
    ],
    "talking to oneself, said first": [
        ("mustn't forget my dentist appointment. lights on", "Lights"),
        ("must remember the bin bags. movie night", "Movie"),
        ("gosh, i'm in a right muddle. kettle on", "Kettle"),
        ("now where was i? bath time", "Bath"),
        ("what am i like! feed the cat", "Cat"),
        ("oh for goodness' sake. reading mode", "Reading"),
        ("silly me. open the garage", "Garage"),
        ("need to ring the optician. jazz playlist", "Jazz"),
        ("mustn't lose my bus pass. bedtime story", "Story"),
        ("dear me, i'm all at sea. lock the back door", "Back door"),
        ("right, where was i, warm up the kitchen", "Kitchen"),
        ("let me think. garden lights off", "Garden"),
        ("must post the birthday card. lights on", "Lights"),
        ("honestly, i'm in a proper flap. movie night", "Movie"),
        ("what was i saying? kettle on", "Kettle"),
    ],
    "talking to oneself, after so": [
        ("lights on so, um, what else, the ironing", "Lights"),
        ("movie night so, now, where's my phone charger", "Movie"),
        ("bath time so, next, the recycling", "Bath"),
        ("kettle on so then, the washing up", "Kettle"),
        ("feed the cat so, right, where was i", "Cat"),
        ("reading mode so, what else, the library books", "Reading"),
        ("open the garage so, now then, the tax disc", "Garage"),
        ("jazz playlist so, um, what am i like", "Jazz"),
        ("bedtime story so, next, the packed lunches", "Story"),
        ("lock the back door so, where did i put my keys", "Back door"),
        ("warm up the kitchen so, what else, the shopping list", "Kitchen"),
        ("garden lights off so, now, where's my notebook", "Garden"),
        ("lights on so, then, the birthday cards", "Lights"),
        ("movie night so, right then, the popcorn bowl", "Movie"),
        ("kettle on so, um, what else, the ironing pile", "Kettle"),
    ],
    "an exclamation about something else, said first": [
        ("good grief, the state of this hallway! lights on", "Lights"),
        ("blimey, the size of that spider! kettle on", "Kettle"),
        ("crikey, the mess in here! movie night", "Movie"),
        ("goodness, the smell of that bin! feed the cat", "Cat"),
        ("wow, the state of my hair! bath time", "Bath"),
        ("cor, the size of this parcel! open the garage", "Garage"),
        ("heavens, the length of this queue! reading mode", "Reading"),
        ("oh my, the state of those trainers! jazz playlist", "Jazz"),
        ("jeepers, the height of that hedge! garden lights off", "Garden"),
        ("flipping heck, the racket of that drill! bedtime story", "Story"),
    ],
    "something else banned, after and": [
        ("movie night and absolutely no crisps on the sofa", "Movie"),
        ("bath time and definitely no splashing the floor", "Bath"),
        ("kettle on and no biscuits before dinner", "Kettle"),
        ("reading mode and strictly no phones at the table", "Reading"),
        ("feed the cat and no treats for the dog", "Cat"),
        ("jazz playlist and positively no football in the house", "Jazz"),
        ("bedtime story and no trampolining on the bed", "Story"),
        ("open the garage and absolutely no bikes on the lawn", "Garage"),
        ("warm up the kitchen and no muddy boots on the mat", "Kitchen"),
        ("lock the back door and certainly no sweets after eight", "Back door"),
    ],
}

OUT_OF_SCOPE: dict[str, list[str]] = {
    "a restriction or exception after but": [
        "lights on, but not the big lamp",
        "movie night, but not yet",
        "kettle on, but not until the ads",
        "bath time, but only after tea",
        "reading mode, but not in the lounge",
        "jazz playlist, but not too loud",
        "open the garage, but just a bit",
        "feed the cat, but not the wet food",
    ],
    "withdrawn or waved off after so or but": [
        "lights on, so don't bother",
        "movie night, so never mind",
        "kettle on, but forget it",
        "bath time, but actually cancel that",
        "feed the cat, so scratch that",
        "open the garage, but on second thoughts don't",
        "reading mode, so actually leave it",
        "jazz playlist, but hold off",
    ],
    "a question about the request after but or so": [
        "lights on, but did you do it?",
        "movie night, so is it on?",
        "kettle on, but has it boiled?",
        "bath time, but why is it so slow?",
        "feed the cat, but who turned it off?",
        "open the garage, so did that work?",
        "reading mode, but when did we last do that?",
        "jazz playlist, but what's the point?",
        "bedtime story, so is that still running?",
        "lock the back door, but was it locked already?",
    ],
    "done already or no need, after so": [
        "lights on, so it's already on",
        "kettle on, so it's done",
        "movie night, so we did that already",
        "feed the cat, so she's been fed",
        "bath time, so i've done it myself",
        "lock the back door, so it's already locked",
        "garden lights off, so they're off now",
        "open the garage, so that's open already",
    ],
    "a story about the request after and": [
        "movie night, and it woke the baby",
        "jazz playlist, and it was far too loud",
        "bath time, and it flooded the landing",
        "kettle on, and it tripped the fuse",
        "lights on, and it broke last time",
        "open the garage, and it scraped the car",
    ],
    "someone else's words or a report after so": [
        "movie night, so she said",
        "lights on, so he told me",
        "bath time, so the kids keep saying",
        "kettle on, so my mum says",
    ],
    "a news lead-in about the request itself": [
        "movie night, so, guess what, it didn't work",
        "kettle on, so, you'll never guess, it's broken again",
        "lights on, so, get this, they never came on",
        "bath time, so, honestly, it was freezing",
    ],
    "self-talk about the request itself": [
        "mustn't forget movie night",
        "must remember to feed the cat",
        "now where was i with the jazz playlist",
        "what am i like, i already did bath time",
        "silly me, i left the lights on",
        "need to lock the back door later",
    ],
    "the request banned after and": [
        "lights on and no jazz playlist",
        "movie night and no kettle on",
        "bath time and absolutely no bedtime story",
        "open the garage and not the back door",
        "feed the cat and no reading mode",
        "kettle on and definitely not the lights on",
    ],
}


def _resolver():  # type: ignore[no-untyped-def]
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    return Resolver([PhraseEntry(p, r) for p, r in HOME])


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    resolver = _resolver()
    total_in = right_in = total_out = right_out = 0
    for kind, cases in IN_SCOPE.items():
        good = 0
        for text, routine in cases:
            found = resolver.resolve(text)
            ok = found.decision == "run" and found.routine == routine
            good += ok
            if verbose and not ok:
                print(f"   miss: {text!r} -> {found.decision} {found.routine} ({found.reason})")
        print(f"IN  {kind:52s} {good:3d}/{len(cases)}")
        total_in += len(cases)
        right_in += good
    for kind, texts in OUT_OF_SCOPE.items():
        good = 0
        for text in texts:
            found = resolver.resolve(text)
            ok = found.decision != "run"
            good += ok
            if verbose and not ok:
                print(f"   runs: {text!r} -> {found.routine} ({found.reason})")
        print(f"OOS {kind:52s} {good:3d}/{len(texts)}")
        total_out += len(texts)
        right_out += good
    print(f"in scope run right {right_in}/{total_in}; out of scope not run {right_out}/{total_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
