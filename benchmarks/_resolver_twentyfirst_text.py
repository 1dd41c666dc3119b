"""The words of the twenty-first held-out resolver set
(benchmarks/_resolver_twentyfirst.py builds its homes from them). Written blind in one
session of issue 14, while two other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: two retired sisters' seaside
flat, where Peggy and Win live with a budgie Pickles, their nephew Tobias, their
neighbour Lorcan and their cleaner Svetlana (seed 210); a school caretaker's lodge at
the school gates, where Dariusz lives with his wife Halina, their son Kacper and a
tortoise Sheldon, with the groundsman Viktor and the head, Mrs Okafor (211); and a
firefighter and a junior doctor's new-build, where Priya and Rhodri live on shifts with
their toddler Ezra and a kitten Miso, with the childminder Bronwen and Rhodri's dad
Alistair (212). Each teaches 22 of its own routines with the generic pool; the rest of
its own pool, and the near siblings in ``UNTAUGHT`` ("ring toby" beside "ring tobias",
"eye drops at nine" beside "eye drops at eight", "feed shelby" beside "feed sheldon",
"ev charger off" beside "ev charger on"), are never taught there. Some taught phrases
nest on purpose ("balcony heater on" inside "top balcony heater on", "playground
floodlights on" inside "infant playground floodlights on", the generic "heating on"
inside "underfloor heating on"), and several share words across routines ("message
lorcan" and "message lorcan and svetlana", "ring halina" and "ring the bell for break",
"ring rhodri" and "is rhodri on call tonight", "feed miso" and "feed the sourdough
starter").

Its wrappers are one kind of speech above all, in kinds no earlier set has
(tests/test_resolver_twentyfirst_data.py checks the kinds, the frames and the words): a
taught phrase said exactly beside a clause of the speaker's own that does not bear on
the request: a question about something else, said after ("X, where's my thimble
vanished to?") or first ("are those your slippers? X"); something else forbidden ("X,
no wellies on the rug"); news joined by "and", by "but" or by nothing ("X and i'm
utterly ravenous", "X but my toast's burnt", "X the toddler's snoozing"); a courteous
"if" or "when" after ("X if you're amenable") or a courtesy first ("whenever you get a
chance, X"); what the speaker did, said after or first; the speaker's plans ("X, i'm
off to bed after this"); and the speaker's feelings ("i'm whacked, X"). No word
of a clause is a word of this set's pools or the generic pool, so the request stays the
phrase's, to be run now.
Its new out-of-scope kinds are the same shapes where the clause does bear on the
request: asking whether it worked last time, forbidding it again, undoing it in the
same breath, someone else's wish joined by "but", "again?" in disbelief, the speaker
having done it already, a condition said after or first, what someone always says, a
refusal after, asking what it is, asking whether it is on, and praise or complaint of
an earlier run.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {210: "retired sisters' seaside flat",
                         211: "school caretaker's lodge",
                         212: "firefighter and junior doctor's new-build"}

TWENTYFIRST_ROUTINES: dict[str, dict[str, list[str]]] = {
    "retired sisters' seaside flat": {
        "Pickles": ["feed pickles", "millet for the budgie"],
        "Budgie cage": ["cover the budgie cage"],
        "Tobias": ["ring tobias", "call our nephew"],
        "Lorcan": ["message lorcan"],
        "Lorcan and Svetlana": ["message lorcan and svetlana"],
        "Svetlana": ["tell svetlana the key's under the mat"],
        "Scooter": ["charge the mobility scooter"],
        "Promenade": ["promenade stroll at ten"],
        "Tide": ["what time is high tide"],
        "Bingo": ["bingo at the pier on wednesday"],
        "Beach hut": ["unlock the beach hut"],
        "Balcony": ["balcony heater on"],
        "Top balcony": ["top balcony heater on"],
        "Eye drops": ["eye drops at eight"],
        "Crossword": ["read out the crossword clues"],
        "Whist": ["whist drive on friday"],
        "Jigsaw lamp": ["jigsaw lamp on"],
        "Foot spa": ["foot spa on"],
        "Fish supper": ["order the fish supper"],
        "Webcam": ["show the harbour webcam"],
        "Gulls": ["scare the gulls off the balcony"],
        "Chemist": ["what's due from the chemist"],
        "Library van": ["when does the library van come"],
        "Lift": ["bring the lift up"],
        "Records": ["play peggy's old records"],
        "Sea window": ["open the sea window"],
        "Ferry": ["text tobias about the ferry"],
        # long
        "Off to the pier": ["we're going to the pier so cover the budgie cage and ring "
                            "tobias and message lorcan"],
    },
    "school caretaker's lodge": {
        "Sheldon": ["feed sheldon", "sheldon's dandelions"],
        "Sheldon lamp": ["sheldon's heat lamp on"],
        "Halina": ["ring halina", "phone my wife"],
        "Kacper": ["message kacper"],
        "Kacper and Viktor": ["message kacper and viktor"],
        "Viktor": ["tell viktor the field's flooded"],
        "Head": ["text mrs okafor about the leak"],
        "School gates": ["open the school gates at seven"],
        "Playground": ["playground floodlights on"],
        "Infant playground": ["infant playground floodlights on"],
        "Sports hall": ["unlock the sports hall"],
        "Minibus": ["warm up the minibus"],
        "Grit": ["grit the car park"],
        "Boiler house": ["boiler house alarm on"],
        "Lost property": ["what's in lost property"],
        "Assembly": ["when's assembly tomorrow"],
        "Bell": ["ring the bell for break"],
        "Polisher": ["charge the floor polisher"],
        "Skips": ["skip collection on monday"],
        "Fire drill": ["fire drill at ten"],
        "Choir": ["choir practice on thursday"],
        "Radiators": ["bleed the classroom radiators"],
        "Fete": ["how many stalls at the fete"],
        "Pitch": ["mark out the football pitch"],
        "Amp": ["turn down kacper's amp"],
        "Polish radio": ["put polish radio on"],
        "Kiln": ["kiln on for the art room"],
        # long
        "Rounds": ["i'm doing my rounds so grit the car park and ring halina and message "
                   "kacper"],
    },
    "firefighter and junior doctor's new-build": {
        "Miso": ["feed miso", "miso's biscuits"],
        "Litter tray": ["clean miso's litter tray"],
        "Rhodri": ["ring rhodri", "phone the fire station"],
        "Bronwen": ["message bronwen"],
        "Bronwen and Alistair": ["message bronwen and alistair"],
        "Alistair": ["tell alistair ezra's napping"],
        "Night shift": ["when's my next night shift"],
        "On call": ["is rhodri on call tonight"],
        "Scrubs": ["boil wash for the scrubs"],
        "Monitor": ["ezra's monitor on"],
        "Nursery run": ["nursery run at eight"],
        "Charger": ["ev charger on"],
        "Solar": ["how much did the solar panels make"],
        "Meal prep": ["meal prep on sunday"],
        "Underfloor": ["underfloor heating on"],
        "Doorbell": ["who's on the doorbell camera"],
        "Parcel box": ["open the parcel box"],
        "Lullabies": ["ezra's lullabies on"],
        "Sourdough": ["feed the sourdough starter"],
        "Dishwasher": ["dishwasher on overnight"],
        "Bike session": ["bike session at seven"],
        "Early alarm": ["early shift alarm at five"],
        "Bike shed": ["lock the bike shed"],
        "Tumble dryer": ["tumble dryer on low"],
        "Cot projector": ["cot projector on"],
        "Smoke alarms": ["test the smoke alarms"],
        "Sunday lunch": ["alistair's coming for sunday lunch"],
        # long
        "Off on shift": ["i'm off on shift so feed miso and message bronwen and lock the "
                         "bike shed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "retired sisters' seaside flat": {
        "Toby": ["ring toby"], "Lorna": ["message lorna"],
        "Lorcan and Sasha": ["message lorcan and sasha"], "Nickels": ["feed nickels"],
        "Sasha": ["tell sasha the key's under the mat"], "Drops nine": ["eye drops at nine"],
        "Stroll eleven": ["promenade stroll at eleven"], "Balcony off": ["balcony heater off"],
        "Lock hut": ["lock the beach hut"], "Whist saturday": ["whist drive on saturday"],
        "Bingo thursday": ["bingo at the pier on thursday"], "Jigsaw off": ["jigsaw lamp off"],
        "Uncover cage": ["uncover the budgie cage"], "Close window": ["close the sea window"],
        "Foot spa off": ["foot spa off"],
    },
    "school caretaker's lodge": {
        "Helena": ["ring helena"], "Casper": ["message casper"],
        "Kacper and Wiktor": ["message kacper and wiktor"], "Shelby": ["feed shelby"],
        "Vincent": ["tell vincent the field's flooded"],
        "Gates eight": ["open the school gates at eight"],
        "Floodlights off": ["playground floodlights off"],
        "Lock hall": ["lock the sports hall"], "Skips tuesday": ["skip collection on tuesday"],
        "Drill eleven": ["fire drill at eleven"], "Choir friday": ["choir practice on friday"],
        "Amp up": ["turn up kacper's amp"], "Lamp off": ["sheldon's heat lamp off"],
        "Kiln off": ["kiln off for the art room"],
    },
    "firefighter and junior doctor's new-build": {
        "Roddy": ["ring roddy"], "Branwen": ["message branwen"],
        "Bronwen and Alison": ["message bronwen and alison"], "Milo": ["feed milo"],
        "Alison": ["tell alison ezra's napping"], "Nursery nine": ["nursery run at nine"],
        "Alarm six": ["early shift alarm at six"], "Charger off": ["ev charger off"],
        "Underfloor off": ["underfloor heating off"], "Monitor off": ["ezra's monitor off"],
        "Prep saturday": ["meal prep on saturday"], "Bike eight": ["bike session at eight"],
        "Unlock shed": ["unlock the bike shed"], "Dryer high": ["tumble dryer on high"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    {"underfloor heating on", "heating on", "warm up the living room"},
    # the seaside flat
    {"we're going to the pier so cover the budgie cage and ring tobias and message lorcan",
     "i'm leaving", "goodbye house", "cover the budgie cage", "ring tobias",
     "call our nephew", "message lorcan"},
    {"feed pickles", "millet for the budgie"},
    # the caretaker's lodge
    {"i'm doing my rounds so grit the car park and ring halina and message kacper",
     "grit the car park", "ring halina", "phone my wife", "message kacper"},
    # the new-build
    {"i'm off on shift so feed miso and message bronwen and lock the bike shed",
     "i'm leaving", "goodbye house", "feed miso", "message bronwen", "lock the bike shed"},
    {"feed miso", "feed the cat", "cat dinner", "miso's biscuits"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("heating on" when "underfloor heating on" is taught;
"feed the cat" where the cat is Miso). The phrases of one routine ask for the same
thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "mom": "mum", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine", "10": "ten", "11": "eleven",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"peggy", "peggy's", "win", "pickles", "tobias", "lorcan", "svetlana", "toby",
         "lorna", "sasha", "nickels", "dariusz", "halina", "kacper", "kacper's", "viktor",
         "okafor", "sheldon", "sheldon's", "helena", "casper", "wiktor", "shelby", "vincent",
         "priya", "rhodri", "ezra", "ezra's", "bronwen", "alistair", "alistair's", "miso",
         "miso's", "roddy", "branwen", "alison", "milo"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "five": ("5",), "six": ("6",), "seven": ("7",), "eight": ("8",), "nine": ("9",),
    "ten": ("10",), "eleven": ("11",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "pickles": ("nibbles", "biscuit"), "tobias": ("matthias", "tabitha"),
    "lorcan": ("lachlan", "logan"), "svetlana": ("stefania",), "peggy's": ("betty's",),
    "sheldon": ("sherman", "shelley"), "sheldon's": ("sherman's",), "halina": ("paulina",),
    "kacper": ("jasper", "kuba"), "kacper's": ("jasper's",), "viktor": ("wojtek",),
    "okafor": ("okonkwo",), "rhodri": ("rhidian", "rhys"), "bronwen": ("rhiannon", "bethan"),
    "alistair": ("angus",), "alistair's": ("angus's",), "miso": ("tofu", "wasabi"),
    "miso's": ("tofu's",), "ezra's": ("ellis's",),
    # numbers, days and times
    "ten": ("noon", "two"), "eight": ("six", "half past six"),
    "seven": ("six", "half six"), "five": ("four", "half four"),
    "wednesday": ("tuesday",), "friday": ("monday",), "monday": ("wednesday",),
    "thursday": ("sunday",), "sunday": ("bank holiday",), "tomorrow": ("on friday",),
    "tonight": ("this weekend",),
    # things and places
    "millet": ("cuttlebone",), "budgie": ("parrot",), "cage": ("mirror",),
    "nephew": ("niece",), "key's": ("spare's",), "mat": ("plant pot",),
    "mobility": ("garden",), "scooter": ("buggy",), "promenade": ("seafront",),
    "stroll": ("jog",), "high": ("low",), "tide": ("water",), "time": ("day",), "bingo": ("quiz",),
    "pier": ("bandstand",), "beach": ("bathing",), "hut": ("chalet",),
    "balcony": ("patio",), "top": ("bottom",), "eye": ("ear",), "drops": ("cream",),
    "crossword": ("sudoku",), "clues": ("answers",), "whist": ("bridge",),
    "drive": ("club",), "jigsaw": ("sewing",), "foot": ("hand",), "fish": ("chip",),
    "supper": ("platter",), "harbour": ("lifeboat",), "webcam": ("timetable",),
    "gulls": ("pigeons",), "chemist": ("optician",), "library": ("mobile",),
    "lift": ("hoist",), "up": ("down",), "old": ("new",), "records": ("tapes",), "sea": ("side",),
    "ferry": ("tickets",), "dandelions": ("lettuce",), "wife": ("missus",), "phone": ("email",),
    "field's": ("pitch's",), "flooded": ("frozen",), "leak": ("roof",),
    "gates": ("doors",), "playground": ("netball",), "floodlights": ("sprinklers",),
    "infant": ("junior",), "sports": ("main",), "hall": ("block",), "minibus": ("van",),
    "grit": ("sweep",), "car": ("staff",), "park": ("yard",), "boiler": ("pump",),
    "lost": ("spare",), "property": ("uniform",), "assembly": ("registration",),
    "bell": ("buzzer",), "polisher": ("scrubber",), "skip": ("bin",),
    "collection": ("delivery",), "drill": ("inspection",), "choir": ("orchestra",),
    "radiators": ("pipes",), "classroom": ("staffroom",), "stalls": ("tables",),
    "fete": ("jumble sale",),
    "football": ("hockey",), "pitch": ("court",), "amp": ("speaker",),
    "polish": ("irish",), "kiln": ("oven",), "art": ("music",),
    "biscuits": ("pouches",), "litter": ("water",), "tray": ("fountain",),
    "station": ("depot",), "napping": ("teething",), "shift": ("rota",),
    "scrubs": ("towels",), "boil": ("cool",), "monitor": ("nightlight",),
    "nursery": ("swimming",), "charger": ("socket",), "solar": ("wind",),
    "panels": ("turbine",), "meal": ("food",), "underfloor": ("upstairs",),
    "doorbell": ("garden",), "parcel": ("letter",), "lullabies": ("nursery rhymes",),
    "sourdough": ("kombucha",), "dishwasher": ("washer",), "overnight": ("at noon",),
    "low": ("medium",),
    "bike": ("rowing",), "session": ("class",), "early": ("late",), "shed": ("store",),
    "tumble": ("clothes",), "cot": ("pram",), "projector": ("nightlight",),
    "smoke": ("carbon monoxide",),
    # the generic pool's
    "dog": ("pony",), "garage": ("loft",), "piano": ("cello",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("musical",),
    "barbecue": ("picnic",), "birthday": ("retirement",), "vacuum": ("duster",),
    "christmas": ("easter",), "pool": ("pond",), "yoga": ("pilates",),
    "living": ("sitting",), "hallway": ("stairwell",), "fireplace": ("log stove",),
    "porch": ("verandah",), "office": ("den",), "storm": ("blizzard",),
    "sunset": ("dawn",), "bedside": ("wardrobe",), "laundry": ("mending",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
matthias" for "ring tobias", "fire drill at noon", "feed vegemite"): never taught, so
such a request is a different one."""

# The in-scope wrappers: each a clause of the speaker's own, said beside the phrase,
# about nothing any routine of any pool does (tests/test_resolver_twentyfirst_data.py
# checks no word of a clause is a word of a pool phrase).
WRAPPERS: dict[str, list[str]] = {
    "asking after something else, said after": [
        "{}, where's my thimble vanished to?", "{}, has anybody spotted the sellotape?",
        "{}, which drawer are the batteries in?", "{}, what's that actor's name?",
        "{}, who borrowed my secateurs?", "{}, did the paperboy swipe my knitting needles?",
    ],
    "asking after something else, said first": [
        "are those your slippers? {}", "where's the corkscrew got to? {}",
        "what was that clatter? {}", "who scoffed the crumpets? {}",
        "which way's north? {}", "did the plumber invoice us? {}",
    ],
    "forbidding something else": [
        "{}, no wellies on the rug", "{}, don't tread on the lego",
        "{}, keep those muddy trotters off the settee", "no slurping, {}",
        "don't you dare nibble my trifle, {}", "{}, no toffees for him",
    ],
    "news joined by and": [
        "{} and i'm utterly ravenous", "{} and the vicar's retiring",
        "{} and my goddaughter's engaged", "{} and there's no sellotape anywhere",
        "{} and the raffle was a swizz", "{} and i've sprained my thumb",
    ],
    "news joined by but": [
        "{} but my toast's burnt", "{} but i've got laryngitis",
        "{} but the satsumas are mouldy", "{} but the pension's overdue",
        "{} but the chiropodist's poorly", "{} but the electrician's postponed",
    ],
    "news with no join": [
        "{} the toddler's snoozing", "{} my granddaughter got her gcse results",
        "{} the hamster's escaped", "{} the milk's curdled", "{} the bus fares have doubled",
        "{} the tomatoes have blight",
    ],
    "courteous if or when, said after": [
        "{} if you're amenable", "{} if it's no imposition", "{} whenever you're free",
        "{} if you'd be a brick", "{} whenever's handy", "{} if you can spare a sec",
    ],
    "courtesy said first": [
        "whenever you get a chance, {}", "no rush at all, {}", "at your own pace, {}",
        "if it's no great hardship, {}", "when you've a breathing space, {}",
        "if you can spare a sec, {}",
    ],
    "what the speaker did, said after": [
        "{}, i've just got back from aqua aerobics", "{}, i nipped to the newsagent's",
        "{}, i darned my socks", "{}, i repotted the cactus",
        "{}, i've dusted the ornaments", "{}, i beat my sister at scrabble",
    ],
    "what the speaker did, said first": [
        "i got thrashed at scrabble, {}", "i've ironed twelve shirts, {}",
        "i hemmed those trousers, {}", "i've defrosted the prawns, {}",
        "i chipped my dentures on a toffee, {}", "i've posted the valentine, {}",
    ],
    "the speaker's plans": [
        "{}, i'm off to bed after this", "{}, i'm off to the greengrocer's presently",
        "{}, i'm having a soak in a while", "{}, i'm flying to lanzarote in march",
        "{}, i've a curry booked with my sister", "{}, i'm learning italian in the autumn",
    ],
    "the speaker's feelings": [
        "i'm whacked, {}", "i'm feeling peaky, {}", "i'm tickled pink, {}",
        "i'm in a foul temper, {}", "i'm jiggered, {}", "i'm pleased as punch, {}",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTIONS = {"what's", "who's", "how", "whose", "where's", "when's", "is", "where",
              "which", "when"}
_EATING = {"dinner", "lunch", "breakfast", "supper", "fish", "biscuits", "meal", "prep",
           "sourdough", "cooking", "kitchen", "millet", "dandelions", "feed", "coffee", "tea",
           "barbecue", "candle"}
_RESTING = {"sleep", "sleeping", "nap", "napping", "bedtime", "night", "good", "relax",
            "chill", "calm", "meditation", "quiet", "spa", "lullabies", "cot", "monitor",
            "baby", "noise", "sounds", "cozy"}
_WARMING = {"heat", "heater", "heating", "warm", "bath", "bathroom", "shower", "spa", "hot",
            "fire", "fireplace", "sauna", "underfloor", "foot", "up"}
_MOVING = {"gym", "workout", "yoga", "bike", "session", "stroll", "promenade", "walk",
           "walking", "dog", "pitch", "football", "sports"}
_GOING = {"leaving", "goodbye", "away", "home", "welcome", "going", "pier", "rounds",
          "shift", "vacation", "holiday", "ferry", "lift", "scooter", "van"}
_WASHING = {"laundry", "washing", "wash", "scrubs", "dryer", "tumble", "machine", "cleaning",
            "clean", "vacuum"}
_TALKING = {"ring", "call", "message", "text", "tell", "read", "music", "radio", "podcast",
            "records", "party", "concert", "loud", "choir"}
_HEALTH = {"drops", "chemist", "eye", "gym", "workout", "bike"}
_TEMPER = {"calm", "relax", "chill", "meditation", "quiet", "mood", "spa"}
_TIDYING = {"cleaning", "vacuum", "clean", "litter", "guests", "company", "polisher"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a question is not asked "if you're amenable", nor run on with "and" or "but")
    "if you're amenable": _QUESTIONS, "if it's no imposition": _QUESTIONS,
    "whenever you're free": _QUESTIONS, "if you'd be a brick": _QUESTIONS,
    "whenever's handy": _QUESTIONS, "if you can spare a sec": _QUESTIONS,
    "and i'm utterly": _QUESTIONS | _EATING, "and the vicar's": _QUESTIONS,
    "and my goddaughter's": _QUESTIONS, "and there's no sellotape": _QUESTIONS,
    "and the raffle": _QUESTIONS, "and i've sprained": _QUESTIONS | _MOVING,
    "but my toast's": _QUESTIONS | _EATING, "but i've got laryngitis": _QUESTIONS | _TALKING,
    "but the satsumas": _QUESTIONS | _EATING, "but the pension's": _QUESTIONS,
    "but the chiropodist's": _QUESTIONS | _HEALTH | _GOING,
    "but the electrician's": _QUESTIONS | _WARMING | _WASHING,
    # (a clause of the speaker's own that would bear on a request with one of these
    # words: a sleeping toddler on a monitor or a lullaby, a soak on the heating, bed on
    # the lights, the shops or a trip on leaving, a curry on supper, shirts on the wash,
    # being worn out on resting, feeling poorly on drops or exercise, aerobics on a
    # workout, a sprain on a walk, a temper on calming down, muddy trotters and wellies on
    # cleaning, prawns on a meal, a granddaughter on ringing, hunger on food)
    "toddler's snoozing": _RESTING | _TALKING,
    "having a soak": _WARMING | _WASHING, "off to bed": _RESTING | {"lamp", "light", "lights"},
    "off to the greengrocer's": _GOING, "lanzarote": _GOING,
    "curry booked": _EATING | _TALKING | _GOING, "whacked": _RESTING | _WARMING,
    "jiggered": _RESTING | _WARMING,
    "peaky": _HEALTH | _MOVING | _EATING, "foul temper": _TEMPER | _TALKING,
    "aqua aerobics": _MOVING | _WARMING | _GOING, "muddy trotters": _TIDYING | {"dog", "walk",
                                                                         "walking"},
    "wellies": _TIDYING | _MOVING, "prawns": _EATING, "granddaughter": _TALKING,
    "newsagent's": _GOING | {"order", "parcel", "read", "crossword", "doorbell", "door"},
    "dentures": _EATING | _HEALTH, "hamster's escaped": {"feed", "cage", "millet", "dandelions",
                                                       "biscuits", "litter"},
    "shirts": _WASHING, "trousers": _WASHING,
}
"""Clauses that would bear on a phrase with one of these words ("feed sheldon and i'm
absolutely ravenous" is about eating; "ezra's lullabies on the toddler's finally dozed
off" may be why; "i'm having a soak later" beside the heating is a plan for it): never
said around it, so the clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "{}, where's my thimble vanished to?", "{}, has anybody spotted the sellotape?",
    "are those your slippers? {}", "where's the corkscrew got to? {}",
    "what was that clatter? {}", "{}, don't tread on the lego", "no slurping, {}",
    "{}, no toffees for him", "{} and the vicar's retiring",
    "{} the bus fares have doubled", "{} the tomatoes have blight",
    "{}, i repotted the cactus", "{}, i've dusted the ornaments",
    "i hemmed those trousers, {}", "i've posted the valentine, {}",
    "i'm tickled pink, {}", "i'm pleased as punch, {}", "whenever you get a chance, {}",
    "no rush at all, {}", "i got thrashed at scrabble, {}",
]
"""Wrappers that fit around any request (a question or a negation too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, who borrowed my secateurs?", "which way's north? {}", "{} but the pension's overdue",
    "{}, keep those muddy trotters off the settee", "don't you dare nibble my trifle, {}",
    "{} and my goddaughter's engaged", "{} the hamster's escaped", "at your own pace, {}",
    "{}, i darned my socks", "i've ironed twelve shirts, {}",
    "{}, i've a curry booked with my sister", "i'm in a foul temper, {}",
    "{}, what's that actor's name?", "did the plumber invoice us? {}",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("where did i put my
thimble"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("last time", "again", "leave
it", "already") are never a wrapper's, so they stay."""

WRAPPER_WORDS = {"thimble", "vanished", "sellotape", "batteries", "secateurs", "knitting",
                 "needles", "slippers", "corkscrew", "clatter", "scoffed", "crumpets",
                 "wellies", "lego", "trotters", "settee", "slurping", "nibble", "trifle",
                 "toffees", "toffee", "ravenous", "vicar's", "goddaughter's", "engaged",
                 "raffle", "swizz", "sprained", "toast's", "laryngitis", "satsumas", "mouldy",
                 "chiropodist's", "pension's", "overdue", "electrician's", "postponed",
                 "toddler's", "snoozing", "granddaughter", "gcse", "hamster's", "milk's",
                 "curdled", "fares", "blight", "aqua", "aerobics", "newsagent's", "darned",
                 "repotted", "cactus", "ornaments", "scrabble", "thrashed", "ironed", "shirts",
                 "hemmed", "trousers", "defrosted", "prawns", "chipped", "dentures",
                 "valentine", "greengrocer's", "lanzarote", "curry", "italian", "whacked",
                 "peaky", "tickled", "temper", "jiggered", "punch", "paperboy", "swipe",
                 "hardship", "amenable", "brick", "breathing", "imposition", "presently", "poorly"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

TWENTYFIRST_SOUND_ALIKE = [
    ("pickles", "pickle"), ("tobias", "to buy us"), ("tobias", "tobyas"), ("lorcan", "lock in"),
    ("lorcan", "lorkan"), ("millet", "millit"), ("scooter", "scooder"), ("assembly", "assemby"),
    ("bronwen", "bronwyn"), ("alistair", "alastair"), ("nursery", "nursry"),
    ("doorbell", "doorbel"), ("minibus", "minnibus"), ("polisher", "polisha"),
    ("svetlana", "svet lana"), ("budgie", "budge"), ("promenade", "prom nade"),
    ("whist", "wrist"), ("jigsaw", "jig saw"), ("webcam", "web cam"), ("gulls", "girls"),
    ("halina", "haleena"), ("kacper", "kasper"), ("viktor", "victor"), ("okafor", "okay for"),
    ("sheldon", "shelden"), ("floodlights", "flood lights"), ("minibus", "mini bus"),
    ("fete", "fate"), ("kiln", "kill"), ("polisher", "polish her"),
    ("bronwen", "bron win"), ("alistair", "alasdair"),
    ("miso", "meeso"), ("ezra's", "ezras"), ("underfloor", "under floor"),
    ("doorbell", "door bell"), ("sourdough", "sour dough"), ("dishwasher", "dish washer"),
    ("scrubs", "scrabs"), ("lullabies", "lullabys"), ("cot", "cut"), ("rhodri", "rodri"),
]
"""The twenty-first set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("beach hut", "beachhut"), ("eye drops", "eyedrops"), ("foot spa", "footspa"),
         ("fish supper", "fishsupper"), ("sea window", "seawindow"),
         ("heat lamp", "heatlamp"), ("car park", "carpark"), ("boiler house", "boilerhouse"),
         ("lost property", "lostproperty"), ("fire drill", "firedrill"),
         ("litter tray", "littertray"), ("night shift", "nightshift"),
         ("solar panels", "solarpanels"), ("meal prep", "mealprep"),
         ("parcel box", "parcelbox"), ("bike shed", "bikeshed"), ("smoke alarms", "smokealarms"),
         ("tumble dryer", "tumbledryer"), ("ev charger", "evcharger")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"promenade": "promenaid", "svetlana": "svetlanna", "dandelions": "dandelyons",
             "radiators": "radiaters", "floodlights": "floodlites", "lullabies": "lulabies",
             "sourdough": "sourdoe", "dishwasher": "dishwosher"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and thirteen
# kinds no earlier set has (``_resolver_twentyfirst.NEW_OUT_OF_SCOPE``): the shapes of
# the in-scope wrappers where the clause bears on the request.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "count the syllables in {w}", "write me a haiku about {w}",
        "what's {w} in polish", "is {w} a proper noun", "who first came up with the {w}",
        "where does the word {w} come from", "look up a song called {w}",
        "is {w} a valid word",
    ],
    "routine command": [
        "give {p} a snappier title", "wipe {p} off my list entirely",
        "make a copy of {p} for half term", "suspend {p} over easter",
        "shift {p} ten minutes later", "bolt another step onto {p}",
        "let {p} use the kitchen speaker",
    ],
    "word order": [
        "{b} knocks spots off {a}", "{b}, not {a}, please", "{b} but never mind {a}",
        "{b} ahead of any {a}", "{b} with no {a} whatsoever", "{b}, {a} can wait",
    ],
    "negation": [
        "don't {p} this evening", "we shan't {p} today", "i'd rather you didn't {p} now",
        "no {p} before lunch", "there's no need whatsoever to {p}", "kindly don't {p} yet",
    ],
    "cancellation": [
        "scrap {p} for today", "drop {p} straight away", "{p}, no, scrub that",
        "halt {p} immediately", "take {p} off the timetable", "ditch {p} for good",
    ],
    "state question": [
        "has somebody done {p} already", "is {p} on the go", "did {p} kick off first thing",
        "has {p} happened today", "did anybody see to {p}", "is {p} sorted or what",
    ],
    "past or story": [
        "at the guest house we did {p} every day", "{p} went wrong last whitsun",
        "our mum used to {p} every week", "back in the day {p} caused a row",
        "the first winter here {p} packed up", "when we were girls {p} didn't exist",
    ],
    "someone else's words": [
        "the birthday card said {p}", "the head always says {p}",
        "the toddler keeps babbling {p}", "the man at the garden centre said {p}",
        "the leaflet in the box says {p}", "the weather presenter said {p}",
    ],
    "contrast": [
        "{p} is a summer thing", "{p} is only for term time", "{p} is just for when it's icy",
        "we gave up on {p} ages ago", "{p} was the last caretaker's idea",
        "{p} is only for special occasions",
    ],
    "hypothetical": [
        "what if i said {p}, what then", "suppose i asked you to {p}",
        "just hypothetically, {p}", "could you in principle {p}",
        "let's say i fancied {p}", "purely in theory, {p}",
    ],
    "complaint": [
        "{p} is utterly hopeless", "{p} drives me potty", "{p} is so temperamental",
        "i've had a bellyful of {p}", "{p} has never worked properly", "{p} is a dead loss",
    ],
    "opinion": [
        "{p} is a stroke of genius", "i'm very fond of {p}", "{p} is ever so handy",
        "{p} is the best bit of the flat", "{p} comes in really useful", "{p} is first class",
    ],
    "reminder for later": [
        "remind me to {p} on sunday evening", "set a reminder to {p} after half term",
        "pencil {p} in for saturday", "prod me about {p} before lunch",
        "remind me about {p} at quarter past", "nudge me to {p} after the news",
    ],
    "permission question": [
        "is my nephew allowed to {p}", "can the children {p} by themselves",
        "is the childminder allowed to {p}", "could the supply teacher {p}",
        "are the cleaners allowed to {p}", "is the neighbour allowed to {p}",
    ],
    # the twenty-first's own: the clause points back at the request
    "did it work last time, said after": [
        "{p}, did it work last time?", "{p}, did that work yesterday?",
        "{p}, did it go through last night?", "{p}, was it any good last time?",
        "{p}, did that actually happen on monday?", "{p}, did it do anything last week?",
    ],
    "never again, said after": [
        "{p}, don't do that again", "{p}, never do that again",
        "{p}, don't you ever do that again", "{p}, not doing that again",
        "{p}, that's the last time you do that", "{p}, don't repeat that",
    ],
    "undone in the same breath": [
        "{p} and then cancel it", "{p} and then undo it", "{p} then stop it straight away",
        "{p} and then switch it back", "{p} and then reverse it", "{p} and then call it off",
    ],
    "someone else's wish, but not the speaker's": [
        "{p}, the kids want it but i don't", "{p}, he wants it but i'm not bothered",
        "{p}, my sister's keen but i'm not", "{p}, they asked for it but i say no",
        "{p}, the head wants it but i'd rather not", "{p}, win wants it but not me",
    ],
    "again, in disbelief": [
        "{p} again? really?", "{p} again? honestly?", "{p}, again? are you serious?",
        "{p} again? for pity's sake", "{p}, what, again? no way", "{p} again? surely not",
    ],
    "the speaker did it already": [
        "{p}, i already did it", "{p}, i've done it myself", "{p}, i did it before i came up",
        "{p}, i saw to it already", "{p}, i've already done that one",
        "{p}, i did it by hand",
    ],
    "condition, said after": [
        "{p} when dinner's ready", "{p} once the bus has gone", "{p} after the news ends",
        "{p} if the sun comes out", "{p} when i give the word",
        "{p} as soon as the bell goes",
    ],
    "condition, said first": [
        "if it starts raining, {p}", "when the kids are down, {p}", "once the visitors leave, {p}",
        "if nobody answers, {p}", "when i say so, {p}", "after the match finishes, {p}",
    ],
    "what someone always says": [
        "{p}, she always says that", "{p}, that's what my dad always says",
        "{p}, he says it every morning", "{p}, that's his favourite line",
        "{p}, the head always says that", "{p}, they say that all the time",
    ],
    "refused after": [
        "{p}, no, leave it", "{p}, no, don't", "{p}, no, hold off",
        "{p}, no, let's not", "{p}, nope, leave it be", "{p}, no, forget that",
    ],
    "asking what it is": [
        "what is {p}?", "what does {p} do?", "what's {p} for?",
        "what exactly is {p}", "explain {p} to me", "what's meant by {p}",
    ],
    "asking whether it is on": [
        "is {p} on?", "is {p} running?", "is {p} going at the moment?",
        "is {p} still on?", "has {p} started?", "is {p} happening right now?",
    ],
    "praise or complaint of an earlier run": [
        "{p} was lovely yesterday", "{p} went perfectly last night",
        "{p} was a disaster on tuesday", "{p} was far too loud this morning",
        "{p} took ages last time", "{p} was smashing at the weekend",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} end of line sale", "{} second hand bargains", "{} instructions download",
    "{} spare parts online",
    "{} discount codes", "{} customer reviews", "{} repair shop near me",
    "{} sizes and colours", "{} collectors club", "{} product recall notice",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
