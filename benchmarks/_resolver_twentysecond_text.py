"""The words of the twenty-second held-out resolver set
(benchmarks/_resolver_twentysecond.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a mountain hut warden's bothy,
where Catriona keeps the hut with her partner Ewan and a collie Corrie, with the
volunteer Shona and the shepherd Kirsty (seed 220); a piano tuner's mews house, where
Lucas lives with his wife Jasmine, their daughter Sophie and a cockatiel Mango, with a
client Geoffrey (221); and a market trader's flat over a launderette, where Abena lives
with her husband Phillip, their son Kwame and a rabbit Dumpling, with Siobhan who runs the
launderette and the neighbour Nicola (222). Each teaches 22 of its own routines with the
generic pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("radio check
at ten" beside "radio check at nine", "humidifier off" beside "humidifier on"), are
never taught there. Some taught phrases nest on purpose ("bunkroom lights on" inside
"upper bunkroom lights on", "humidifier on" inside "piano room humidifier on", the
generic "fan on" inside "vent fan on"), and several share words across routines
("message ewan" and "message ewan and shona", "hot water for the walkers" and "when do
the walkers arrive", "sophie's recital on saturday" and "sophie's practice at four").

Names come in three tables of their own. ``NAME_SPELLINGS``: how a recogniser writes a
taught name another way ("katriona" for "catriona", "shivaun" for "siobhan", "jeffrey"
for "geoffrey"): the same person, so "ring katriona" is in scope. ``NAME_ALIKE``:
another person's or pet's name that begins and ends as the taught one does ("cristina"
beside "catriona", "sadie" beside "sophie", "margo" beside "mango"): somebody else, so
"ring cristina" is a different request. The two never share a name.

Its in-scope wrappers are clauses of the speaker's own that do not bear on the request,
in kinds no earlier set has: news of its own joined by "but" ("X but the chimney
sweep's overbooked"), a question about something else said after ("X, whose galoshes
are these?") or first ("is that a woodpecker? X"), and something else forbidden ("X, no
crisps on the chesterfield"). No word of a clause is a word of this set's pools or the generic
pool. Its new out-of-scope kinds are the shapes where what is said beside the phrase
bears on it: a "but" that puts it off or restricts it ("X but not yet"), one that
withdraws it ("X but i don't want it"), a complaint as an echo question about the hour
("X? at this hour?") or about it being early ("X? already?"), somebody disliking it
("X, the kids hate it"), the routine being too much ("X is way too loud"), doubt about
it ("X, should it be?") and a question tag ("X, or not?").
"""

from __future__ import annotations

from _resolver_data import _FUNCTION
from _resolver_set_words import (
    GENERIC_SAME_REQUEST,
    spelt_pairs,
    wrapping_stretches,
)

HOMES: dict[int, str] = {220: "mountain hut warden's bothy",
                         221: "piano tuner's mews house",
                         222: "market trader's flat over a launderette"}

TWENTYSECOND_ROUTINES: dict[str, dict[str, list[str]]] = {
    "mountain hut warden's bothy": {
        "Corrie": ["feed corrie", "kibble for the collie"],
        "Corrie coat": ["dry corrie's coat"],
        "Catriona": ["ring catriona", "call the warden"],
        "Ewan": ["message ewan"],
        "Ewan and Shona": ["message ewan and shona"],
        "Shona": ["tell shona the path's washed out"],
        "Kirsty": ["text kirsty about the sheep"],
        "Generator": ["fire up the generator"],
        "Stove": ["stove on in the bothy"],
        "Bunkroom": ["bunkroom lights on"],
        "Upper bunkroom": ["upper bunkroom lights on"],
        "Mountain forecast": ["what's the mountain forecast"],
        "Avalanche": ["avalanche report at seven"],
        "Radio check": ["radio check at nine"],
        "Spring water": ["pump the spring water"],
        "Drying room": ["drying room fan on"],
        "Hut log": ["read out the hut log book"],
        "Beacon": ["rescue beacon on"],
        "Gas": ["how much gas is left"],
        "Walkers": ["when do the walkers arrive"],
        "Hot water": ["hot water for the walkers"],
        "Route map": ["print the route map"],
        "Peat fire": ["bank up the peat fire"],
        "Ceilidh": ["ceilidh music on"],
        "Supplies": ["order supplies for friday"],
        "Helicopter": ["helicopter drop on tuesday"],
        "Kirsty ring": ["ring kirsty"],
        # long
        "Up the hill": ["i'm heading up the hill so feed corrie and ring catriona and "
                        "fire up the generator"],
    },
    "piano tuner's mews house": {
        "Mango": ["feed mango", "seed for the cockatiel"],
        "Mango cage": ["cover mango's cage"],
        "Jasmine": ["ring jasmine", "call my missus"],
        "Sophie": ["message sophie"],
        "Sophie and Geoffrey": ["message sophie and geoffrey"],
        "Geoffrey": ["tell geoffrey his piano's ready"],
        "Lucas": ["text lucas about the booking"],
        "Metronome": ["metronome on"],
        "Humidifier": ["humidifier on"],
        "Piano room humidifier": ["piano room humidifier on"],
        "Appointment": ["what's my first appointment tomorrow"],
        "Van": ["defrost the van"],
        "Concert hall": ["concert hall job at ten"],
        "Recital": ["sophie's recital on saturday"],
        "Practice": ["sophie's practice at four"],
        "Scales": ["play the scales recording"],
        "Piano wire": ["order more piano wire"],
        "Dehumidifier": ["dehumidifier in the cellar"],
        "Mews door": ["open the mews door"],
        "Skylight": ["close the skylight"],
        "Invoices": ["send the invoices"],
        "Jazz": ["jazz radio on"],
        "Cellar": ["cellar light on"],
        "Tunings": ["how many tunings this week"],
        "Parking bay": ["is the parking bay free"],
        "Geoffrey ring": ["ring geoffrey"],
        "Mango mirror": ["clean mango's mirror"],
        # long
        "Off to a job": ["i'm off to a job so cover mango's cage and ring jasmine and "
                         "defrost the van"],
    },
    "market trader's flat over a launderette": {
        "Dumpling": ["feed dumpling", "pellets for the rabbit"],
        "Hutch": ["clean out dumpling's hutch"],
        "Phillip": ["ring phillip", "call my hubby"],
        "Siobhan": ["message siobhan"],
        "Siobhan and Nicola": ["message siobhan and nicola"],
        "Nicola": ["tell nicola the parcel came"],
        "Abena": ["text abena about the stall"],
        "Kwame": ["wake kwame at six"],
        "Trolley": ["load the trolley"],
        "Float": ["count the cash float"],
        "Dryers": ["launderette dryers on"],
        "Vent": ["vent fan on"],
        "Launderette vent": ["launderette vent fan on"],
        "Fabric": ["how many bolts of fabric are left"],
        "Wholesaler": ["order from the wholesaler on thursday"],
        "Takings": ["what were today's takings"],
        "Card reader": ["charge the card reader"],
        "Gazebo": ["dry the gazebo"],
        "Kwame football": ["kwame's football at eight"],
        "Immersion": ["immersion on for an hour"],
        "Highlife": ["highlife music on"],
        "Shutters": ["pull down the shop shutters"],
        "Rent": ["when's the rent due"],
        "Church": ["church on sunday at ten"],
        "Lockup fridge": ["lockup fridge on"],
        "Nicola ring": ["ring nicola"],
        "Abena ring": ["ring abena"],
        # long
        "Setting up": ["i'm setting up the stall so feed dumpling and ring phillip and count "
                       "the cash float"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number, day or
    # thing, off for on); the name siblings are NAME_ALIKE's, a kind of their own
    "mountain hut warden's bothy": {
        "Avalanche eight": ["avalanche report at eight"], "Radio ten": ["radio check at ten"],
        "Bunkroom off": ["bunkroom lights off"], "Drying off": ["drying room fan off"],
        "Stove off": ["stove off in the bothy"], "Stop generator": ["stop the generator"],
        "Helicopter thursday": ["helicopter drop on thursday"],
        "Supplies monday": ["order supplies for monday"], "Ceilidh off": ["ceilidh music off"],
        "Kirsty goats": ["text kirsty about the goats"], "Beacon off": ["rescue beacon off"],
        "Upper off": ["upper bunkroom lights off"], "River water": ["pump the river water"],
    },
    "piano tuner's mews house": {
        "Concert eleven": ["concert hall job at eleven"],
        "Practice five": ["sophie's practice at five"],
        "Recital sunday": ["sophie's recital on sunday"], "Humidifier off": ["humidifier off"],
        "Piano room off": ["piano room humidifier off"], "Metronome off": ["metronome off"],
        "Jazz off": ["jazz radio off"], "Close mews": ["close the mews door"],
        "Open skylight": ["open the skylight"], "Cellar off": ["cellar light off"],
        "Uncover cage": ["uncover mango's cage"], "Organ wire": ["order more organ wire"],
    },
    "market trader's flat over a launderette": {
        "Kwame seven": ["wake kwame at seven"], "Football nine": ["kwame's football at nine"],
        "Church eleven": ["church on sunday at eleven"],
        "Dryers off": ["launderette dryers off"], "Vent off": ["vent fan off"],
        "Launderette off": ["launderette vent fan off"],
        "Highlife off": ["highlife music off"],
        "Wholesaler friday": ["order from the wholesaler on friday"],
        "Shutters up": ["pull up the shop shutters"], "Fridge off": ["lockup fridge off"],
        "Immersion off": ["immersion off for an hour"], "Unload": ["unload the trolley"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *GENERIC_SAME_REQUEST,
    # the bothy
    {"i'm heading up the hill so feed corrie and ring catriona and fire up the generator",
     "i'm leaving", "goodbye house", "feed corrie", "ring catriona", "call the warden",
     "fire up the generator"},
    {"feed corrie", "kibble for the collie", "feed the dog"},
    # the mews house
    {"i'm off to a job so cover mango's cage and ring jasmine and defrost the van",
     "i'm leaving", "goodbye house", "cover mango's cage", "ring jasmine",
     "call my missus", "defrost the van"},
    {"feed mango", "seed for the cockatiel", "feed the bird"},
    # the launderette flat
    {"i'm setting up the stall so feed dumpling and ring phillip and count the cash float",
     "i'm leaving", "goodbye house", "feed dumpling", "ring phillip", "call my hubby",
     "count the cash float"},
    {"feed dumpling", "pellets for the rabbit", "feed the rabbit"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the dog"
where the dog is Corrie). The phrases of one routine ask for the same thing too (the
labels add them)."""

NAMES = {"catriona", "ewan", "corrie", "corrie's", "shona", "kirsty", "lucas", "jasmine",
         "sophie", "sophie's", "mango", "mango's", "geoffrey", "abena", "phillip", "kwame",
         "kwame's", "dumpling", "dumpling's", "siobhan", "nicola"}

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "catriona": ("katriona", "catrina"), "ewan": ("euan", "ewen"), "shona": ("shauna",),
    "kirsty": ("kirstie", "kirsti"), "corrie": ("cory", "corey"), "corrie's": ("corey's",),
    "lucas": ("lukas",), "jasmine": ("jazmine", "jasmin"), "sophie": ("sofie", "sophy"),
    "sophie's": ("sofie's",), "geoffrey": ("jeffrey",), "mango": ("mangoe",),
    "mango's": ("mangoe's",), "phillip": ("philip",), "siobhan": ("shivaun", "shevaun"),
    "nicola": ("nichola", "nikola"), "abena": ("abina", "abenah"), "kwame": ("kwamey",),
    "kwame's": ("kwamey's",),
}
"""How a recogniser writes a taught name another way (the same person: in scope)."""
NAME_ALIKE: dict[str, tuple[str, ...]] = {
    "catriona": ("cristina", "corinna", "carina", "celina", "clara"),
    "ewan": ("ethan", "eden", "egan", "elvin", "erin"),
    "shona": ("sheena", "selina", "sabrina", "stella", "sonia"),
    "kirsty": ("kitty", "katy", "kelly", "kathy", "kerry"),
    "corrie": ("connie", "carrie", "cassie", "callie", "chloe"),
    "corrie's": ("connie's", "carrie's", "cassie's"),
    "lucas": ("linus", "lucius", "lewis", "lars", "louis"),
    "jasmine": ("josephine", "justine", "jeannine", "jane", "janine"),
    "sophie": ("sadie", "susie", "stevie", "sallie", "sammie"),
    "sophie's": ("sadie's", "susie's", "stevie's"),
    "geoffrey": ("godfrey", "gregory", "garry", "gerry", "gilly"),
    "mango": ("margo", "mungo", "marco", "milo", "mojo"),
    "mango's": ("margo's", "mungo's", "marco's"),
    "phillip": ("pip",), "siobhan": ("susan", "sheehan", "simon", "stefan", "sian"),
    "nicola": ("nola", "nadia", "nina", "nora", "nessa"),
    "abena": ("athena", "alena", "amina", "anna", "alisha"),
    "dumpling": ("darling", "duckling"), "dumpling's": ("darling's", "duckling's"),
    "kwame": ("kobe", "kaye", "kyle", "kane"), "kwame's": ("kobe's", "kyle's"),
}
"""Another person's or pet's name beside a taught one: it begins with the taught name's
first letter and ends with its last ("cristina" beside "catriona", "linus" beside
"lucas"), but it is somebody else (out of scope)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers, days and times
    "seven": ("half seven", "six"), "nine": ("noon", "half nine"), "ten": ("two",),
    "four": ("three",), "six": ("half five",), "eight": ("quarter to eight",),
    "friday": ("wednesday",), "tuesday": ("monday",), "saturday": ("bank holiday monday",),
    "thursday": ("the weekend",), "sunday": ("christmas day",), "tomorrow": ("next week",),
    "hour": ("evening",),
    # things and places
    "kibble": ("chews",), "collie": ("puppy",), "coat": ("bedding",), "warden": ("ranger",),
    "path's": ("bridge's",), "washed": ("iced",), "sheep": ("ponies",),
    "generator": ("quad bike",), "stove": ("boiler",), "bothy": ("annex",),
    "bunkroom": ("kitchen",), "upper": ("lower",), "mountain": ("valley",),
    "avalanche": ("weather",), "report": ("warning",), "radio": ("phone",),
    "spring": ("rain",), "drying": ("boot",), "hut": ("club",), "log": ("guest",),
    "rescue": ("warning",), "beacon": ("flare",), "gas": ("diesel",),
    "walkers": ("climbers",), "hot": ("drinking",), "route": ("trail",), "peat": ("coal",),
    "ceilidh": ("folk",), "supplies": ("logs",), "helicopter": ("boat",),
    "seed": ("millet",), "cockatiel": ("canary",), "cage": ("perch",), "missus": ("mother",),
    "piano's": ("harp's",), "booking": ("tuning",), "metronome": ("tuner",),
    "humidifier": ("air purifier",), "piano": ("organ",), "appointment": ("client",),
    "van": ("car",), "concert": ("church",), "job": ("visit",), "recital": ("audition",),
    "practice": ("lesson",), "scales": ("arpeggios",), "recording": ("backing track",),
    "wire": ("felt",), "dehumidifier": ("heater",), "cellar": ("attic",), "mews": ("garden",),
    "skylight": ("porthole",), "invoices": ("receipts",), "jazz": ("classical",),
    "tunings": ("repairs",), "parking": ("loading",), "mirror": ("bell",),
    "pellets": ("hay",), "rabbit": ("hamster",), "hutch": ("run",), "hubby": ("brother",),
    "parcel": ("courier",), "stall": ("pitch",), "trolley": ("car",), "cash": ("coin",),
    "float": ("tin",), "launderette": ("salon",), "dryers": ("washers",),
    "vent": ("ceiling",), "bolts": ("rolls",), "fabric": ("lace",),
    "wholesaler": ("supplier",), "takings": ("sales",), "card": ("till",),
    "reader": ("printer",), "gazebo": ("awning",), "football": ("swimming",),
    "immersion": ("tumble dryer",), "highlife": ("gospel",), "shop": ("stall",),
    "shutters": ("blinds",), "rent": ("gas bill",), "church": ("mosque",),
    "lockup": ("garage",), "fridge": ("freezer",),
    # the generic pool's
    "dog": ("pony",), "garage": ("loft",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("musical",),
    "barbecue": ("picnic",), "birthday": ("retirement",), "vacuum": ("duster",),
    "christmas": ("easter",), "yoga": ("pilates",), "hallway": ("stairwell",),
    "fireplace": ("log stove",), "porch": ("verandah",), "office": ("den",),
    "sunset": ("dawn",), "bedside": ("wardrobe",), "laundry": ("mending",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("radio
check at noon" for "radio check at nine", "feed the pony"): never taught, so such a
request is a different one. Names are never swapped here: another name is
``NAME_ALIKE``'s kind."""

# The in-scope wrappers: each a clause of the speaker's own, said beside the phrase,
# about nothing any routine of any pool does (tests/test_resolver_blind_sets.py checks
# no word of a clause but CLAUSE_FUNCTION's is a word of a pool phrase).
WRAPPERS: dict[str, list[str]] = {
    "other news after but": [
        "{} but the chimney sweep's overbooked", "{} but my chilblains are itching",
        "{} but the window cleaner's emigrated", "{} but my cousin's divorcing",
        "{} but the tram drivers have mutinied", "{} but the hedgehog's hibernating",
        "{} but the butcher's shut for keeps", "{} but my aunty's won the tombola",
    ],
    "an unrelated question after": [
        "{}, whose galoshes are these?", "{}, has anyone seen my tweezers?",
        "{}, how many legs has an octopus?", "{}, who polished off the flapjack?",
        "{}, where did i put my monocle?", "{}, how tall is a giraffe?",
        "{}, which of you took my protractor?", "{}, why is there glitter everywhere?",
    ],
    "an unrelated question first": [
        "is that a woodpecker? {}", "who's the bloke in the anorak? {}",
        "what's a platypus? {}", "whose are these mittens? {}",
        "why's the sky so orange? {}", "did somebody squash my sandwich? {}",
        "how do you spell rhythm? {}", "where've the scissors gone? {}",
    ],
    "another thing forbidden": [
        "{}, no crisps on the chesterfield", "{}, don't throw bread at the ducks",
        "{}, no bouncing on the bunk beds", "{}, don't fiddle with my easel",
        "no peeking at the presents, {}", "don't scribble on the wallpaper, {}",
        "{}, no bubblegum indoors", "no swearing at the godparents, {}",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTIONS = {"what's", "who's", "how", "whose", "where's", "when's", "is", "where",
              "which", "when", "what", "do"}
_EATING = {"dinner", "lunch", "breakfast", "supper", "kibble", "seed", "pellets", "feed",
           "coffee", "tea", "barbecue", "candle", "cooking", "kitchen", "meal", "fridge"}
_FIRE = {"stove", "peat", "fire", "fireplace", "heating", "heat", "warm", "immersion",
         "hot", "water", "generator", "sauna", "bath", "shower", "bathroom", "cozy"}
_GOING = {"leaving", "goodbye", "away", "home", "welcome", "heading", "hill", "walkers",
          "route", "van", "helicopter", "trolley", "stall", "job", "vacation", "arrive",
          "church", "parking", "football", "dog", "walk", "walking", "gym", "workout",
          "yoga", "concert"}
_POST = {"parcel", "invoices", "order", "supplies", "wholesaler", "came", "text",
         "message", "tell"}
_FAMILY = {"ring", "call", "message", "text", "tell", "hubby", "missus", "warden"}
_ANIMALS = {"corrie", "corrie's", "mango", "mango's", "dumpling", "dumpling's", "feed",
            "kibble", "seed", "pellets", "hutch", "cage", "mirror", "collie", "cockatiel",
            "rabbit", "dog", "sheep"}
_SOFA = {"tv", "movie", "night", "cozy", "evening", "gaming", "game", "relax"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a question is not run on with "but" news)
    "but the chimney sweep's": _QUESTIONS | _FIRE, "but my chilblains": _QUESTIONS | _GOING,
    "but the window cleaner's": _QUESTIONS | _POST, "but my cousin's": _QUESTIONS | _FAMILY,
    "but the tram drivers": _QUESTIONS | _GOING, "but the hedgehog's": _QUESTIONS | _ANIMALS,
    "but the butcher's": _QUESTIONS | _EATING | _GOING,
    "but my aunty's": _QUESTIONS | _FAMILY,
    # (a thing forbidden that would bear on a request with one of these words: crisps
    # on a settee on a film night, bread for ducks on feeding, gum and presents on an
    # order, bunk beds on the bunkroom)
    "no crisps": _SOFA | _EATING, "bread at the ducks": _ANIMALS | _EATING,
    "bunk beds": {"bunkroom", "upper", "lights", "light", "kids", "bedtime", "night"},
    "bubblegum": _EATING, "peeking at the presents": _POST | {"birthday", "party",
                                                                "christmas", "holiday"},
    "at the godparents": _FAMILY, "squash my sandwich": _EATING,
    "the flapjack": _EATING,
}
"""Clauses that would bear on a phrase with one of these words ("feed dumpling, don't
throw bread at the ducks" is about feeding; "stove on in the bothy but the chimney sweep's
overbooked" may be why it should not be lit): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "{}, whose galoshes are these?", "{}, has anyone seen my tweezers?",
    "is that a woodpecker? {}", "who's the bloke in the anorak? {}",
    "whose are these mittens? {}", "{}, don't fiddle with my easel",
    "don't scribble on the wallpaper, {}", "{}, no bouncing on the bunk beds",
    "{}, how tall is a giraffe?", "how do you spell rhythm? {}",
    "{}, which of you took my protractor?", "where've the scissors gone? {}",
]
"""Wrappers that fit around any request (a question or a negation too): none joined by
"but", so the out-of-scope "but" kinds keep their one "but"."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, how many legs has an octopus?", "why's the sky so orange? {}",
    "{}, why is there glitter everywhere?", "what's a platypus? {}",
    "{}, no bubblegum indoors", "no swearing at the godparents, {}",
    "{}, where did i put my monocle?", "did somebody squash my sandwich? {}",
]
"""Around a fragment, new wrappers only."""


MULTI_WRAPPING = wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("but the chimney
sweep's overbooked"), struck (longest first) wherever it is said, before single words.
Only whole stretches are struck: the out-of-scope kinds' own words ("but not yet", "at
this hour", "already", "or not") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = _FUNCTION | {
    "i've", "i'm", "i", "my", "me", "us", "by", "on", "with", "down", "from", "up", "so",
    "and", "because", "if", "don't", "won't", "can't", "haven't", "isn't", "it's", "you",
    "you'd", "wouldn't", "your", "where", "where's", "who", "whose", "what", "what's",
    "has", "have", "been", "got", "did", "were", "was", "is", "are", "of", "no", "not",
    "never", "off", "just", "all", "between", "anyway", "this", "in", "a", "the", "when",
    "whenever", "as", "those", "her", "him", "there's", "you're", "you've", "we've", "i'll",
    "an", "which", "but", "after", "anybody", "at", "for", "to", "that", "how", "many",
    "why", "these", "do"}
"""The function words a clause is said with (its other words are what it is about):
pronouns, auxiliaries, negations, question words, conjunctions ("when", "whenever",
"as", "but", "after") and prepositions (tests/test_resolver_blind_sets.py checks no
other word of a clause is a word of a pool phrase)."""

WRAPPER_WORDS = {"chimney", "sweep's", "overbooked", "chilblains", "itching", "cleaner's",
                 "emigrated", "cousin's", "divorcing", "tram", "drivers", "mutinied", "hedgehog's",
                 "hibernating", "butcher's", "aunty's", "tombola", "galoshes", "tweezers",
                 "legs", "octopus", "polished", "flapjack", "monocle", "giraffe",
                 "protractor", "glitter", "woodpecker", "bloke", "anorak", "platypus",
                 "mittens", "sky", "orange", "squash", "sandwich", "spell", "rhythm",
                 "scissors", "crisps", "chesterfield", "throw", "ducks", "bread", "bouncing",
                 "bunk",
                 "beds", "fiddle", "easel", "peeking", "presents", "scribble", "wallpaper",
                 "bubblegum", "indoors", "swearing", "godparents"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

TWENTYSECOND_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("bunkroom", "bunk room"), ("avalanche", "avalanch"),
    ("generator", "genny rater"), ("ceilidh", "kaley"), ("ceilidh", "cayley"),
    ("helicopter", "heli copter"), ("bothy", "bothie"), ("kibble", "kibbles"),
    ("collie", "colly"), ("metronome", "metro gnome"), ("humidifier", "humid fire"),
    ("dehumidifier", "de humidifier"), ("skylight", "sky light"), ("cockatiel", "cocktail"),
    ("recital", "resital"), ("invoices", "in voices"), ("tunings", "tooning"),
    ("gazebo", "gazeebo"), ("launderette", "laundrette"), ("highlife", "high life"),
    ("wholesaler", "whole sailor"), ("lockup", "lock up"),
    ("immersion", "emersion"), ("trolley", "trolly"), ("takings", "taking"),
]
"""The twenty-second set's own recogniser confusions (spellings of names, real words,
splits)."""

GLUED = [("hut log", "hutlog"), ("log book", "logbook"), ("route map", "routemap"),
         ("peat fire", "peatfire"), ("drying room", "dryingroom"),
         ("spring water", "springwater"), ("hot water", "hotwater"),
         ("piano room", "pianoroom"), ("concert hall", "concerthall"),
         ("piano wire", "pianowire"), ("parking bay", "parkingbay"),
         ("mews door", "mewsdoor"), ("cash float", "cashfloat"),
         ("card reader", "cardreader"), ("lockup fridge", "lockupfridge"),
         ("shop shutters", "shopshutters"), ("rescue beacon", "rescuebeacon")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"avalanche": "avalanch", "helicopter": "helicoptor", "metronome": "metranome",
             "humidifier": "humidifyer", "recital": "recitle", "wholesaler": "wholeseller",
             "gazebo": "gazeebo", "immersion": "imersion"}
"""Spellings a phone's recogniser writes (near misses)."""

# How a recogniser mishears a phrase beside a clause (the set's own in-scope kind
# "misheard phrase beside a clause"): a letter dropped from a long word, two words run
# together (GLUED), a word split (the sound-alikes with a space) or a sound off.
MISHEARD_WAYS = ("dropped letter", "joined", "split", "sound off")

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and nine
# kinds no earlier set has (``_resolver_twentysecond.NEW_OUT_OF_SCOPE``): the shapes
# where what is said beside the phrase bears on it.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how many vowels has {w}", "find me a rhyme for {w}", "what's {w} in scots gaelic",
        "sketch a {w} for me", "does {w} have a silent letter",
        "what's the collective noun for {w}",
        "find a poem about {w}", "what does {w} mean in welsh",
    ],
    "routine command": [
        "rename {p} to something snappier please", "bin {p} once and for all",
        "clone {p} for the weekends", "pause {p} till spring",
        "push {p} back a quarter of an hour", "tack an extra step onto {p}",
        "let {p} play through the hall speaker",
    ],
    "word order": [
        "{b} beats {a} any day", "{b}, sooner that than {a}", "{b} and forget about {a}",
        "{b} first then maybe {a}", "{b} minus any {a}", "{b}, leave {a} out of it",
    ],
    "negation": [
        "don't {p} while i'm out", "we won't {p} this week", "i'd prefer you not to {p}",
        "no {p} till after tea", "you needn't {p} at all", "please don't {p} just yet",
    ],
    "cancellation": [
        "call off {p} for the week", "cancel {p} for the rest of the day", "{p}, actually scrap it",
        "put a stop to {p} for today", "cross {p} off today's list",
        "knock {p} on the head for the season",
    ],
    "state question": [
        "has any of you done {p} yet", "is {p} under way up there",
        "did {p} go off before the walkers came",
        "has {p} been done since breakfast", "has {p} been seen to", "was {p} done earlier",
    ],
    "past or story": [
        "in the old hut we did {p} every night", "{p} went haywire one easter monday",
        "my granny used to {p} on sundays", "years ago {p} started a fight",
        "the first season we had {p} it broke", "when i was small {p} wasn't a thing",
    ],
    "someone else's words": [
        "the postcard said {p}", "the last warden used to say {p}",
        "my nephew keeps shouting {p}", "the lady on the shipping forecast said {p}",
        "the laminated instructions say {p}", "the mechanic at the garage said {p}",
    ],
    "contrast": [
        "{p} is a winter thing", "{p} is only for market days",
        "{p} is just for when the hut's full", "we stopped {p} years back",
        "{p} was the old owner's idea", "{p} is only for high days and holidays",
    ],
    "hypothetical": [
        "picture me asking you to {p}", "supposing i wanted you to {p}",
        "hypothetically speaking of course, {p}", "in theory could you {p}",
        "say i fancied {p} one day", "only in theory, {p}",
    ],
    "complaint": [
        "{p} is a proper waste of space", "{p} gets on my nerves", "{p} is so flaky",
        "i'm fed up to the back teeth of {p} now", "{p} never works first time",
        "{p} is a total shambles",
    ],
    "opinion": [
        "{p} is a cracking idea", "i do love {p}", "{p} is terribly clever",
        "{p} is my favourite thing here", "{p} is a godsend", "{p} is the bee's knees",
    ],
    "reminder for later": [
        "remind me to {p} on monday night", "set a reminder to {p} after the holidays",
        "pop {p} in the diary for saturday week", "give me a nudge about {p} at lunchtime",
        "remind me about {p} at twenty past", "jog my memory to {p} after supper",
    ],
    "permission question": [
        "is my cousin allowed to {p}", "can the twins {p} on their own",
        "is the lodger allowed to {p}", "could the relief warden {p}",
        "are the paying guests allowed to {p}", "is the au pair allowed to {p}",
    ],
    # the twenty-second's own: what is said beside the phrase bears on it
    "put off or restricted by but": [
        "{p} but not yet", "{p} but not till later", "{p} but not right now",
        "{p} but only after lunch", "{p} but not before nine", "{p} but wait a bit first",
    ],
    "withdrawn by but": [
        "{p} but i don't want it", "{p} but actually i've gone off the idea",
        "{p} but no, i've changed my mind", "{p} but forget i said it",
        "{p} but scratch that", "{p} but on second thoughts don't",
    ],
    "echo question about the hour": [
        "{p}? at this hour?", "{p}? at midnight?", "{p}? at this time of night?",
        "{p}? in the middle of the night?", "{p}? at the crack of dawn?",
        "{p}? on a sunday morning?",
    ],
    "echo question, already": [
        "{p}? already?", "{p}? what, already?", "{p}? so soon?",
        "{p}? already? we only just did", "{p}? surely not already?",
        "{p}? already? it's barely light",
    ],
    "someone dislikes it": [
        "{p}, the kids hate it", "{p}, my husband can't stand it", "{p}, the dog hates it",
        "{p}, nobody here likes it", "{p}, the neighbours loathe it", "{p}, gran detests it",
    ],
    "the routine is too much": [
        "{p} is way too loud", "{p} is far too bright", "{p} is much too early",
        "{p} is way too long", "{p} is too noisy by half", "{p} is far too fierce",
    ],
    "doubt about it": [
        "{p}, should it be?", "{p}, is that wise?", "{p}, is that right?",
        "{p}, are you sure?", "{p}, does that make sense?", "{p}, would that be sensible?",
    ],
    "question tag": [
        "{p}, or not?", "{p}, or shouldn't we?", "{p}, or is it too early?",
        "{p}, or maybe not?", "{p}, or would you leave it?", "{p}, or what do you reckon?",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} warehouse clearance", "{} refurbished cheap", "{} owners handbook", "{} spare knobs",
    "{} voucher code", "{} star ratings", "{} repair man nearby", "{} in other colours",
    "{} fan forum", "{} safety recall",
]

# The done-already kind: a taught phrase, then the state of what it acts on ("feed
# corrie, corrie's been fed"): a pattern over the phrase and what is said of it ({o},
# {s}: what the pattern caught).
DONE_STATES: list[tuple[str, list[str]]] = [
    # (the first pattern the phrase matches says it; things said in the plural first)
    (r"lock (?:up|all doors)", ["it's all locked up already"]),
    (r"open the (?P<o>blinds)", ["the {o} are open already"]),
    (r"close the (?P<o>blinds)", ["the {o} are shut already"]),
    (r"everything off", ["everything's off already"]),
    (r"(?:all )?(?P<o>[a-z' ]*(?:lights|sprinklers|dryers)) (?P<s>on|off)",
     ["they're {s} already"]),
    (r"dry (?P<o>[a-z]+'s [a-z]+)", ["{o}'s dry already"]),
    (r"feed (?P<o>[a-z]+)", ["{o}'s been fed", "{o}'s already eaten"]),
    (r"ring (?P<o>[a-z]+)", ["{o}'s been rung already"]),
    (r"message (?P<o>[a-z]+)", ["{o}'s had a message already"]),
    (r"(?:open|pull up) the (?P<o>[a-z ]+)", ["the {o}'s open already"]),
    (r"close the (?P<o>[a-z ]+)", ["the {o}'s shut already"]),
    (r"lock (?:the |all )?(?P<o>[a-z ]+)", ["the {o}'s locked already"]),
    (r"fire up the (?P<o>[a-z ]+)", ["the {o}'s running already"]),
    (r"charge the (?P<o>[a-z ]+)", ["the {o}'s fully charged"]),
    (r"dry the (?P<o>[a-z ]+)", ["the {o}'s dry already"]),
    (r"defrost the (?P<o>[a-z ]+)", ["the {o}'s defrosted"]),
    (r"cover (?P<o>[a-z' ]+)", ["it's covered already"]),
    (r"clean (?:out )?(?P<o>[a-z' ]+)", ["it's clean already"]),
    (r"water the (?P<o>[a-z ]+)", ["the {o}'s been watered"]),
    (r"boil the (?P<o>[a-z ]+)", ["the {o}'s boiled already"]),
    (r"(?P<o>[a-z' ]+) (?:on|on in the bothy|on for an hour)", ["it's on already",
                                                                   "it's already on"]),
    (r"(?P<o>[a-z' ]+) off", ["it's off already"]),
    (r"wake (?P<o>[a-z]+) at [a-z]+", ["{o}'s up already"]),
    (r"send the (?P<o>[a-z ]+)", ["the {o} have gone already"]),
    (r"load the (?P<o>[a-z ]+)", ["the {o}'s loaded already"]),
    (r"pump the (?P<o>[a-z ]+)", ["the tank's full already"]),
    (r"count the (?P<o>[a-z ]+)", ["the {o}'s been counted"]),
]
"""What a done request leaves behind, said after it ("fire up the generator, the
generator's running already")."""

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
