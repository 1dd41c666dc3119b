"""The words of the twenty-fourth held-out resolver set
(benchmarks/_resolver_twentyfourth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a falconer's lodge on a country
estate, where Rhys flies a harris hawk Zara and keeps a barn owl Mabel, with his wife
Isobel, their son Kieran and Geoff who manages the estate (seed 240); a long-haul
pilot's flat near the airport, where Stuart flies, with his partner Nicola, their
daughter Sophie, a tortoise Shelley, Leigh next door who sees to things while he is
away and Marc from his crew (241); and a cider maker's orchard farm, where Hayley makes
cider with her husband Philip, their children Mackenzie and Teagan, a pig Rosie and
Katrina who helps with the bottling (242). Each teaches 22 of its own routines with the
generic pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("kieran's rugby
at eleven" beside "kieran's rugby at ten", "scratter off" beside "scratter on"), are
never taught there. Phrases come in every shape: one word ("hawking", "touchdown",
"wassail"), nested ("mews lights on" inside "aviary mews lights on", "shed lights on"
inside "cider shed lights on"), names of people and pets ("message isobel and kieran",
"close rosie's ark"), numbers and times ("crew car at four", "flying display at two"),
places ("aviary heater on", "balcony roller shutters down"), verbs first ("weigh
zara") and nouns first ("greens for the tortoise"), questions ("is the vat bubbling",
"will it frost tonight"), and a chore of several clauses ("i'm flying out so feed
shelley and ring leigh and roller shutters down").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("reece" for "rhys", "stewart" for "stuart", "haley" for "hayley"): the same person,
so "ring reece" is in scope.

Its in-scope wrappers are clauses of the speaker's own that do not bear on the
request, in ten kinds no earlier set has: a fact corrected for someone in the room
first ("no, dougal, a tomato's a fruit. X"), telling someone they were not the one
spoken to first ("no, not you, dougal, resume. X"), a rhetorical question first ("who'd
be a parent? X"), a proverb after ("X, it takes all sorts"), an apology to someone in
the room after ("X, mea culpa, ptolemy, i elbowed you"), a goodbye to someone leaving
after ("X, adieu, rupert, travel well"), giving in to someone first ("very well, you
win, dougal. X"), a compliment to someone in the room after ("X, stunning scarf,
ottilie"), a label read aloud first ("handle delicately, noted. X"), and the phrase in
the middle, between a rhetorical question and a proverb ("how hard can it be? X,
there's method in the madness"). Some are joined with "and" or "so". No word of a
clause is a word of this set's pools or the generic pool, and its distinctive words are
no earlier set's wrappers'. Its new out-of-scope kinds are speech with a phrase in it
that asks nothing of the assistant, or asks something else: asking someone whether
they said it, the phrase in a list of what got done today, the opposite of it asked
for, telling someone off for doing it, asking whose idea it was, a dry run asked for,
asking whether it would work if something happened, and telling the assistant it has a
new name.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {240: "falconer's lodge on a country estate",
                         241: "long-haul pilot's flat near the airport",
                         242: "cider maker's orchard farm"}

TWENTYFOURTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "falconer's lodge on a country estate": {
        "Zara": ["feed zara", "quail for the hawk"],
        "Zara weight": ["weigh zara"],
        "Mabel": ["mice for mabel"],
        "Mabel box": ["shut mabel's box"],
        "Rhys": ["ring rhys", "call the falconer"],
        "Isobel": ["message isobel"],
        "Isobel and Kieran": ["message isobel and kieran"],
        "Kieran": ["tell kieran the hawk's back"],
        "Geoff": ["text geoff about the pheasant pens"],
        "Geoff ring": ["ring geoff"],
        "Mews": ["open the mews"],
        "Mews lights": ["mews lights on"],
        "Aviary mews lights": ["aviary mews lights on"],
        "Aviary heater": ["aviary heater on"],
        "Incubator": ["incubator on"],
        "Quail defrost": ["defrost the quail"],
        "Wind": ["what's the wind doing"],
        "Tracker": ["is the tracker charged"],
        "Display": ["flying display at two"],
        "Hawking": ["hawking"],
        "Drinking bowls": ["fill the drinking bowls"],
        "Rugby": ["kieran's rugby at ten"],
        "Vet": ["has the vet rung back"],
        "Flight log": ["start the flight log"],
        "Estate gate": ["open the estate gate"],
        "Quad": ["quad bike on charge"],
        "Weight chart": ["print zara's weight chart"],
        # long
        "Taking Zara out": ["i'm taking zara out so ring geoff and open the estate gate "
                            "and start the flight log"],
    },
    "long-haul pilot's flat near the airport": {
        "Shelley": ["feed shelley", "greens for the tortoise"],
        "Shelley lamp": ["shelley's basking lamp on"],
        "Stuart": ["ring stuart", "call the captain"],
        "Nicola": ["message nicola"],
        "Nicola and Sophie": ["message nicola and sophie"],
        "Sophie": ["tell sophie i've landed"],
        "Marc": ["text marc about the layover"],
        "Leigh": ["ring leigh"],
        "Shutters": ["roller shutters down"],
        "Balcony shutters": ["balcony roller shutters down"],
        "Jet lag": ["jet lag mode"],
        "Touchdown": ["touchdown"],
        "Uniform": ["steam my uniform"],
        "Flight bag": ["pack the flight bag"],
        "Delayed": ["is my flight delayed"],
        "Roster": ["what's on the roster tomorrow"],
        "Crew car": ["crew car at four"],
        "Ballet": ["sophie's ballet at six"],
        "Nap": ["nap before the night flight"],
        "Suitcase": ["weigh the suitcase"],
        "Passport": ["where's my passport"],
        "Balcony plants": ["water the balcony plants"],
        "Parking": ["book the airport parking"],
        "Singapore": ["what time is it in singapore"],
        "Shirts": ["wash the uniform shirts"],
        "Espresso": ["espresso machine on"],
        # long
        "Flying out": ["i'm flying out so feed shelley and ring leigh and roller "
                       "shutters down"],
    },
    "cider maker's orchard farm": {
        "Rosie": ["feed rosie", "slops for the pig"],
        "Rosie ark": ["close rosie's ark"],
        "Hayley": ["ring hayley", "call the cider maker"],
        "Philip": ["message philip"],
        "Philip and Teagan": ["message philip and teagan"],
        "Mackenzie": ["tell mackenzie the bus is coming"],
        "Katrina": ["text katrina about the bottling"],
        "Katrina ring": ["ring katrina"],
        "Press": ["start the apple press"],
        "Shed lights": ["shed lights on"],
        "Cider shed lights": ["cider shed lights on"],
        "Vat": ["is the vat bubbling"],
        "Wassail": ["wassail"],
        "Scratter": ["scratter on"],
        "Demijohns": ["sterilise the demijohns"],
        "Frost": ["will it frost tonight"],
        "Honesty box": ["how much is in the honesty box"],
        "Football": ["teagan's football at nine"],
        "Farm shop": ["open the farm shop"],
        "Keg chiller": ["keg chiller on"],
        "Orchard sprinklers": ["orchard sprinklers on"],
        "Tractor": ["tractor heater on"],
        "Labels": ["print the cider labels"],
        "Pressing playlist": ["pressing day playlist"],
        "Hen house": ["unlock the hen coop"],
        "Market": ["load the van for market"],
        # long
        "Off to the orchard": ["i'm off to the orchard so feed rosie and ring katrina and "
                               "start the apple press"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, close for open)
    "falconer's lodge on a country estate": {
        "Rugby eleven": ["kieran's rugby at eleven"], "Display three": ["flying display at three"],
        "Mews off": ["mews lights off"], "Aviary mews off": ["aviary mews lights off"],
        "Incubator off": ["incubator off"], "Close mews": ["close the mews"],
        "Aviary heater off": ["aviary heater off"],
        "Geoff deer": ["text geoff about the deer fence"], "Open box": ["open mabel's box"],
        "Close estate gate": ["close the estate gate"],
        "Feeding chart": ["print zara's feeding chart"], "Stop log": ["stop the flight log"],
    },
    "long-haul pilot's flat near the airport": {
        "Crew five": ["crew car at five"], "Ballet seven": ["sophie's ballet at seven"],
        "Shutters up": ["roller shutters up"],
        "Balcony up": ["balcony roller shutters up"],
        "Espresso off": ["espresso machine off"],
        "Marc hotel": ["text marc about the hotel"],
        "Lamp off": ["shelley's basking lamp off"], "Unpack": ["unpack the flight bag"],
        "Airport taxi": ["book the airport taxi"],
        "Day flight": ["nap before the morning flight"],
        "Dry uniform": ["dry the uniform shirts"], "Tokyo": ["what time is it in tokyo"],
    },
    "cider maker's orchard farm": {
        "Football ten": ["teagan's football at ten"], "Shed off": ["shed lights off"],
        "Cider shed off": ["cider shed lights off"], "Scratter off": ["scratter off"],
        "Keg off": ["keg chiller off"], "Orchard off": ["orchard sprinklers off"],
        "Close shop": ["close the farm shop"], "Open ark": ["open rosie's ark"],
        "Katrina labels": ["text katrina about the labels"], "Stop press": ["stop the apple press"],
        "Tractor off": ["tractor heater off"], "Perry labels": ["print the perry labels"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    {"fan on", "cool breeze"},
    # the falconer's lodge
    {"i'm taking zara out so ring geoff and open the estate gate and start the flight log",
     "i'm leaving", "goodbye house", "ring geoff", "open the estate gate",
     "start the flight log"},
    {"feed zara", "quail for the hawk", "feed the hawk"},
    {"mice for mabel", "feed mabel", "feed the owl"},
    # the pilot's flat
    {"i'm flying out so feed shelley and ring leigh and roller shutters down",
     "i'm leaving", "goodbye house", "feed shelley", "ring leigh", "roller shutters down"},
    {"feed shelley", "greens for the tortoise", "feed the tortoise"},
    # the orchard farm
    {"i'm off to the orchard so feed rosie and ring katrina and start the apple press",
     "i'm leaving", "goodbye house", "feed rosie", "ring katrina", "start the apple press"},
    {"feed rosie", "slops for the pig", "feed the pig"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
tortoise" where the tortoise is Shelley). The phrases of one routine ask for the same
thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {**shared.SYNONYMS, "2": "two", "3": "three"}
"""Words that say the same thing (both sides are mapped before labels are compared): the
sets' shared ones, and the digits of this set's "two" and "three"."""

NAMES = {"zara", "zara's", "mabel", "mabel's", "rhys", "isobel", "kieran", "kieran's",
         "geoff", "shelley", "shelley's", "stuart", "nicola", "sophie", "sophie's", "marc",
         "leigh", "rosie", "rosie's", "hayley", "philip", "teagan", "teagan's", "mackenzie",
         "katrina"}
NUMBERS: dict[str, tuple[str, ...]] = {"two": ("2",), "three": ("3",), **shared.NUMBERS}
"""Number words and digits a noisy case must keep (in either form): this set's "two" and
"three", then the sets' shared ones."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "zara": ("zahra",), "zara's": ("zahra's",), "mabel": ("maybelle",),
    "mabel's": ("maybelle's",), "rhys": ("reece", "rees"), "isobel": ("isabel", "isabelle"),
    "kieran": ("ciaran", "kieron"), "kieran's": ("ciaran's",), "geoff": ("jeff",),
    "shelley": ("shelly",), "shelley's": ("shelly's",), "stuart": ("stewart",),
    "nicola": ("nikola",), "sophie": ("sofie",), "sophie's": ("sofie's",),
    "marc": ("mark",), "leigh": ("lee",), "rosie": ("rosy",), "rosie's": ("rosy's",),
    "hayley": ("haley", "hailey"), "philip": ("phillip",), "teagan": ("teigan",),
    "teagan's": ("teigan's",), "mackenzie": ("mckenzie",), "katrina": ("catrina",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "two": ("half two",), "ten": ("quarter to ten",), "four": ("twenty to four",),
    "six": ("half five",), "nine": ("noon",), "tonight": ("on saturday",),
    "tomorrow": ("on monday",),
    # things and places
    "quail": ("rabbit",), "hawk": ("eagle",), "hawk's": ("ferret's",), "box": ("crate",),
    "falconer": ("gamekeeper",), "pheasant": ("chicken",), "pens": ("feeders",),
    "mews": ("stables",), "aviary": ("kennel",), "incubator": ("brooder",),
    "defrost": ("thaw",), "wind": ("rain",), "tracker": ("radio",), "display": ("lesson",),
    "drinking": ("feeding",), "bowls": ("dishes",), "rugby": ("cricket",),
    "vet": ("farrier",), "flight": ("training",), "estate": ("paddock",),
    "quad": ("drone",), "charge": ("the trailer",), "weight": ("moult",), "chart": ("diary",),
    "tortoise": ("lizard",), "greens": ("pellets",), "basking": ("reading",),
    "captain": ("purser",), "landed": ("boarded",), "layover": ("simulator",),
    "roller": ("storm",), "shutters": ("awnings",), "balcony": ("kitchen",),
    "jet": ("hay",), "touchdown": ("takeoff",), "uniform": ("hoodie",), "bag": ("box",),
    "delayed": ("cancelled",), "roster": ("menu",), "crew": ("hotel",), "ballet": ("judo",),
    "nap": ("swim",), "suitcase": ("parcel",), "passport": ("lanyard",),
    "plants": ("herbs",), "parking": ("lounge",), "singapore": ("dubai",),
    "shirts": ("trousers",), "espresso": ("bread",),
    "pig": ("goat",), "slops": ("scraps",), "ark": ("shed",), "cider": ("jam",),
    "bus": ("taxi",), "bottling": ("invoices",), "apple": ("trouser",),
    "press": ("grinder",), "shed": ("cellar",), "vat": ("cauldron",),
    "wassail": ("bonfire",), "scratter": ("mixer",), "demijohns": ("casks",),
    "frost": ("snow",), "honesty": ("charity",), "football": ("netball",),
    "farm": ("corner",), "keg": ("wine",), "orchard": ("lawn",), "sprinklers": ("fountains",),
    "tractor": ("car",), "labels": ("posters",), "pressing": ("baking",),
    "hen": ("duck",), "coop": ("run",), "market": ("the tip",),
    # the generic pool's
    "dog": ("pony",), "cat": ("guinea pig",), "garage": ("summerhouse",),
    "sauna": ("hot tub",), "coffee": ("porridge",), "kettle": ("slow cooker",),
    "movie": ("quiz",), "barbecue": ("picnic",), "birthday": ("leaving",),
    "vacuum": ("dishwasher",), "christmas": ("easter",), "yoga": ("pilates",),
    "hallway": ("landing",), "fireplace": ("log burner",), "porch": ("patio",),
    "office": ("sewing room",), "sunset": ("moonlight",), "bedside": ("desk",),
    "laundry": ("ironing",), "baby": ("puppy",), "homework": ("revision",),
    "washing": ("dish",), "bedroom": ("spare room",), "podcast": ("radio play",),
    "story": ("poem",), "bath": ("foot spa",), "pool": ("hot tub",), "spa": ("pamper",),
    "study": ("reading",), "focus": ("karaoke",), "relax": ("workout",),
    "vacation": ("camping",), "news": ("cricket",), "guests": ("plumbers",),
    "alarm": ("doorbell",), "quiet": ("noisy",), "read": ("paint",),
    "reading": ("drawing",), "morning": ("lunchtime",), "evening": ("teatime",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("crew car at ten past four" for "crew car at four", "feed the pony"): never taught, so
such a request is a different one. Names are never swapped."""

# The in-scope wrappers: each a clause of the speaker's own, said beside the phrase,
# about nothing any routine of any pool does (tests/test_resolver_twentyfourth_data.py
# checks no word of a clause is a word of a pool phrase).
WRAPPERS: dict[str, list[str]] = {
    "correcting someone in the room, said first": [
        "no, dougal, a tomato's a fruit. {}", "not quite, ptolemy, whales aren't fish. {}",
        "no, cressida, canberra's in australia. {}", "no no, lysander, penguins can't fly. {}",
        "no, fenella, bats aren't birds. {}", "in fact, wendell, spiders aren't insects. {}",
        "no, rupert, the moon isn't a planet. {}", "no, ottilie, koalas aren't bears. {}",
    ],
    "telling someone they were not the one spoken to, said first": [
        "no, not you, dougal, resume. {}", "not you, cressida, as you were. {}",
        "not talking to you, rupert. {}", "wasn't you i was addressing, fenella. {}",
        "no, no, not you, ptolemy, eat your crumpet. {}",
        "not you, wendell, i'm instructing the doohickey. {}",
        "i wasn't on about you, lysander. {}", "not you, ottilie, mind your sudoku. {}",
    ],
    "a rhetorical question, said first": [
        "whatever next? {}", "why's nothing straightforward? {}", "how hard can it be? {}",
        "who'd be a parent? {}", "who'd have guessed? {}",
        "what did i do to deserve this? {}", "why me, of all people? {}",
        "did i volunteer for any of this? {}",
    ],
    "a proverb, said after": [
        "{}, mony a mickle maks a muckle", "{}, it takes all sorts",
        "{}, there's method in the madness",
        "{}, forewarned is forearmed", "{}, necessity is the mother of invention",
        "{}, waste not, want not", "{}, que sera sera", "{} and, well, every penny counts",
        "{}, that's the way the cookie crumbles",
    ],
    "an apology to someone in the room, said after": [
        "{}, my mistake, dougal, didn't clock you", "{}, mea culpa, cressida, i clipped your chair",
        "{}, mea culpa, rupert, that was your ankle",
        "{} and my mistake, fenella, i swiped your stool",
        "{}, oh bother, wendell, i squashed your sunhat",
        "{}, mea culpa, ptolemy, i elbowed you",
        "{}, my mistake, ottilie, that's your pullover",
        "{} and mea culpa, lysander, i interrupted you",
    ],
    "a goodbye to someone leaving, said after": [
        "{}, fare thee well, dougal, drive carefully",
        "{}, tinkerty-tonk, cressida, mind how you go",
        "{}, adieu, rupert, travel well", "{} and so long, fenella, see you thursday",
        "{}, au revoir, wendell, kisses to your mother",
        "{}, ttfn, ottilie, got your wellingtons?",
        "{}, bon voyage, lysander, do visit again",
        "{} and pleasant dreams, ignatius, snug as a bug",
    ],
    "giving in to someone, said first": [
        "very well, you win, dougal. {}", "alright, have it your way, cressida. {}",
        "okay, okay, i capitulate. {}", "you've worn me to a frazzle, rupert. {}",
        "go on then, you've persuaded me. {}", "i surrender, fenella, you were right. {}",
        "oh, whatever you say, wendell. {}", "i concede, ptolemy, you've outfoxed me. {}",
    ],
    "a compliment to someone in the room, said after": [
        "{}, what dazzling earrings, cressida", "{}, that haircut flatters you, rupert",
        "{}, you look radiant in teal, fenella", "{} and exquisite handwriting, dougal",
        "{}, stunning scarf, ottilie", "{}, what a sublime watercolour, ptolemy",
        "{} and wendell, your spelling's come on leaps and bounds",
        "{}, impressive crochet, lysander",
    ],
    "a label read aloud, said first": [
        "store upright, it says. {}", "handle delicately, noted. {}",
        "this side uppermost, hmm. {}",
        "contains nuts, duly noted. {}", "fragile, it says. {}", "serving suggestion, ha. {}",
        "contains traces of sesame, sublime. {}", "some assembly involved, predictably. {}",
    ],
    "between a rhetorical question and a proverb": [
        "honestly, whatever next? {}, mony a mickle maks a muckle",
        "why's nothing straightforward? {}, it takes all sorts",
        "how hard can it be? {}, there's method in the madness",
        "who'd be a parent? {}, que sera sera",
        "who'd have guessed? {} and, well, every penny counts",
        "what did i do to deserve this? {}, that's the way the cookie crumbles",
        "why me, of all people? {} so, it takes all sorts",
        "did i volunteer for any of this? {}, there's method in the madness",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_ASKED = {w for routines in TWENTYFOURTH_ROUTINES.values() for ps in routines.values()
          for p in ps if re.match(r"(what's|is|how|when|when's|where's|has|will) ", p)
          for w in p.split()[1:]} - {"the", "a", "much", "in", "my", "on", "it", "is"}
"""The words of the pools' questions but their question words ("tracker", "vat",
"passport"): a rhetorical question is never said first before a question, and the
question words themselves are the clauses' own, so the content words mark it."""
_EATING = {"dinner", "lunch", "breakfast", "coffee", "tea", "barbecue", "cooking", "kitchen",
           "feed", "quail", "greens", "slops", "espresso", "defrost", "dog", "cat", "pig",
           "hawk", "tortoise", "owl", "cider", "apple", "keg", "chiller", "press", "vat",
           "demijohns", "honesty", "shop", "market"}
_MESSAGE = {"ring", "phone", "call", "message", "text", "tell", "falconer", "captain",
            "maker"}
_GOING = {"leaving", "goodbye", "away", "vacation", "home", "welcome", "out", "flying",
          "taking", "off", "coming", "guests", "company", "car", "bus", "crew", "market",
          "landed", "touchdown", "van", "journey", "flight", "parking", "passport", "gate",
          "garage"}
_NIGHT = {"night", "bedtime", "nap", "sleep", "sleeping", "good", "lights", "story",
          "kids", "baby", "jet", "lag", "tonight", "quiet", "sounds", "relax", "meditation",
          "calm", "chill", "cozy", "evening"}
_SAFE = {"lock", "alarm", "security", "shut", "close", "gate", "shutters", "storm",
         "everything", "box", "ark", "doors", "disarm", "arm", "frost", "delayed"}
_PACKING = {"pack", "bag", "suitcase", "demijohns", "weigh", "labels", "load", "van",
            "parking", "passport"}
_TIDY = {"vacuum", "cleaning", "clean", "laundry", "washing", "wash", "shirts", "uniform",
         "steam"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a rhetorical question is not run on into a question of the pools)
    "whatever next": _ASKED, "why's nothing straightforward": _ASKED,
    "how hard can it be": _ASKED, "who'd be a parent": _ASKED | _NIGHT,
    "who'd have guessed": _ASKED, "what did i do to deserve this": _ASKED,
    "why me, of all people": _ASKED, "did i volunteer for any of this": _ASKED,
    # (what would bear on a request with one of these words: food for feeding, a
    # goodbye for leaving or a call, "necessity is the mother of invention" for the morning,
    # "forewarned is forearmed" for locking up, a label for packing, sleep for bedtime)
    "a tomato's a fruit": _EATING, "eat your crumpet": _EATING, "contains nuts": _EATING,
    "traces of sesame": _EATING, "serving suggestion": _EATING,
    "drive carefully": _GOING | _MESSAGE, "mind how you go": _GOING | _MESSAGE,
    "travel well": _GOING | _MESSAGE, "see you thursday": _GOING | _MESSAGE,
    "kisses to your mother": _GOING | _MESSAGE,
    "got your wellingtons": _GOING | _MESSAGE | {"frost"},
    "do visit again": _GOING | _MESSAGE, "pleasant dreams": _GOING | _MESSAGE | _NIGHT,
    "forewarned is forearmed": _SAFE, "store upright": _PACKING, "handle delicately": _PACKING,
    "this side uppermost": _PACKING, "fragile, it says": _PACKING, "assembly involved": _PACKING,
        "spelling's come on": {"homework", "study"},
    "penguins can't fly": {"flying", "flight", "display", "hawking"},
    "moon isn't a planet": {"wind", "frost", "tonight", "night", "sunset"},
    "that's your pullover": _TIDY, "you look radiant in teal": _TIDY,
}
"""Clauses that would bear on a phrase with one of these words ("feed zara" after "no,
dougal, a tomato's a fruit" is about food; "ring rhys, farewell, dougal, drive
carefully" may be why he is rung): never said around it, so the clause stays beside the
request and says nothing of it."""

OOS_WRAPPERS = [
    "not quite, ptolemy, whales aren't fish. {}", "not talking to you, rupert. {}",
    "no, cressida, canberra's in australia. {}", "wasn't you i was addressing, fenella. {}",
    "{}, mea culpa, rupert, that was your ankle", "{}, mea culpa, cressida, i clipped your chair",
    "{}, stunning scarf, ottilie", "{}, that haircut flatters you, rupert",
    "{}, mea culpa, ptolemy, i elbowed you", "oh, whatever you say, wendell. {}",
    "no, fenella, bats aren't birds. {}", "{}, what a sublime watercolour, ptolemy",
]
"""Wrappers that fit around any request (a question or a negation too): none a
rhetorical question, a proverb, a goodbye or a label that could bear on the kind."""

FRAGMENT_NEW_WRAPPERS = [
    "no no, lysander, penguins can't fly. {}", "{} and exquisite handwriting, dougal",
    "i wasn't on about you, lysander. {}", "{}, impressive crochet, lysander",
    "not you, cressida, as you were. {}", "in fact, wendell, spiders aren't insects. {}",
    "{}, my mistake, dougal, didn't clock you", "{} and mea culpa, lysander, i interrupted you",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


_ALL_WRAPPERS = [*(t for ts in WRAPPERS.values() for t in ts), *OOS_WRAPPERS,
                 *FRAGMENT_NEW_WRAPPERS]
MULTI_WRAPPING = sorted({c for t in _ALL_WRAPPERS for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("no, not you, dougal,
carry on"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("did you say", "opposite",
"whose idea", "pretend") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "but", "by",
    "can", "can't", "did", "didn't", "do", "don't", "for", "give", "go", "have", "how",
    "i", "i'm", "in", "is", "isn't", "it", "it's", "me", "my", "no", "not", "of", "oh", "on",
    "that", "that's", "the", "then", "this", "to", "up", "was", "wasn't", "way", "well",
    "were", "what", "what's", "who'd", "why", "with", "you", "you've", "your", "eh", "see",
    "so", "come", "right", "aren't", "says", "say", "hmm", "ha", "you're", "whatever",
}
"""The function words (and commonest verbs) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in _ALL_WRAPPERS
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_twentyfourth_data.py
checks none is a word of a pool phrase or of an out-of-scope template)."""

TWENTYFOURTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *((name, other) for name, others in NAME_SPELLINGS.items() for other in others),
    # real words, splits and sounds off
    ("falconer", "falconner"), ("incubator", "incubater"), ("aviary", "aviery"),
    ("hawking", "hawk king"), ("layover", "lay over"), ("touchdown", "touch down"),
    ("tortoise", "tortus"), ("passport", "pass port"), ("singapore", "singapour"),
    ("espresso", "expresso"), ("wassail", "wassel"), ("scratter", "scratcher"),
    ("sterilise", "sterilize"), ("tractor", "tracter"), ("pheasant", "pheasent"),
    ("suitcase", "suit case"), ("sprinklers", "sprinklas"), ("bubbling", "bubblin"),
    ("honesty", "honnesty"), ("uniform", "uniformm"), ("defrost", "de frost"),
]
"""The twenty-fourth set's own recogniser confusions (homophone spellings of names,
real words, splits, sounds off)."""

GLUED = [("mews lights", "mewslights"), ("flight log", "flightlog"),
         ("estate gate", "estategate"), ("hen coop", "hencoop"),
         ("drinking bowls", "drinkingbowls"), ("weight chart", "weightchart"),
         ("roller shutters", "rollershutters"), ("jet lag", "jetlag"),
         ("flight bag", "flightbag"), ("crew car", "crewcar"),
         ("airport parking", "airportparking"), ("espresso machine", "espressomachine"),
         ("apple press", "applepress"), ("shed lights", "shedlights"),
         ("farm shop", "farmshop"), ("keg chiller", "kegchiller"),
         ("honesty box", "honestybox"), ("cider labels", "ciderlabels")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"incubator": "incubater", "falconer": "falconner", "tortoise": "tortise",
             "espresso": "expresso", "sterilise": "sterilize", "scratter": "scrater",
             "wassail": "wassel", "aviary": "aviery"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and seven
# kinds no earlier set has (``_resolver_twentyfourth.NEW_OUT_OF_SCOPE`` but the
# opposite asked for, which ``OPPOSITE_TEMPLATES`` says).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "find a limerick about a {w}", "sketch me a {w}", "how many letters does {w} have",
        "give me three facts about {w}", "what colour is a {w} usually",
        "sing me something about {w}", "is {w} spelt with one l", "how do the welsh say {w}",
    ],
    "routine command": [
        "erase {p} completely", "read me the steps of {p}", "alter what {p} switches",
        "duplicate {p} under another name", "put {p} on hold for a month",
        "stick one more step on the end of {p}", "when did {p} last get edited",
        "shift {p} to saturdays",
    ],
    "word order": [
        "{b} well ahead of {a}", "{b} to start with, then {a}", "swap {a} for {b}",
        "the {b} and not the {a}", "{a} or {b}, which one", "more {b}, less {a}",
    ],
    "negation": [
        "kindly don't {p} tonight", "i'd rather you never {p}", "you mustn't {p} today",
        "don't go and {p} now", "under no circumstances should you {p}",
        "i'd prefer you didn't {p}",
    ],
    "cancellation": [
        "call off {p} for tonight", "{p} is cancelled for today", "{p} won't be needed tonight",
        "take {p} off the list for today", "scratch {p} this evening",
        "skip {p} today, we're out",
    ],
    "state question": [
        "is {p} running right now", "has {p} happened already today",
        "has {p} been done yet, anyone?", "is {p} finished or still going",
        "did one of you already {p}", "has {p} run this morning",
    ],
    "past or story": [
        "yesterday we had to {p} twice", "last month {p} went haywire",
        "my grandad would {p} each sunday", "years ago {p} was a real chore",
        "the first week here {p} broke down", "on holiday we used to {p} at dawn",
    ],
    "someone else's words": [
        "the curate said {p} at evensong", "the telly presenter kept repeating {p}",
        "my aunt's favourite saying is {p}", "the taxi driver muttered {p}",
        "a man on the bus shouted {p}", "the headteacher's email said {p}",
    ],
    "contrast": [
        "{p} is just for christmas", "{p} is only for when it snows",
        "we only {p} on bank holidays", "{p} is for summer evenings only",
        "{p} is strictly a saturday thing", "{p} is only for visitors",
    ],
    "hypothetical": [
        "what if we were to {p}", "supposing i asked you to {p}",
        "say, hypothetically, {p}", "in theory, if i wanted to {p}",
        "if one day i said {p}", "let's just imagine {p}",
    ],
    "complaint": [
        "{p} is a total nightmare", "{p} keeps going haywire on us",
        "{p} is hopeless these days", "{p} is always playing up", "i'm cheesed off with {p}",
        "{p} hardly ever works properly",
    ],
    "opinion": [
        "{p} is totally ace", "i absolutely adore {p}", "{p} is the best thing ever",
        "{p} is rather clever", "{p} is proper good", "{p} is my favourite routine of all",
    ],
    "reminder for later": [
        "remind me to {p} at lunchtime", "nudge me to {p} later on",
        "set a reminder to {p} tomorrow", "don't let me forget to {p} tonight",
        "put {p} on my list for friday", "remind me about {p} after school",
    ],
    "permission question": [
        "is our neighbour allowed to {p}", "can my nephew {p}", "may the plumber {p}",
        "is the lodger's boyfriend allowed to {p}", "can guests {p} by themselves",
        "is it ok for the window cleaner to {p}",
    ],
    # the twenty-fourth's own
    "asking someone whether they said it": [
        "did you just say {p}, love?", "hang on, did you say {p}, nana?",
        "was it {p} you said, grandad?", "pardon, did you say {p}?",
        "i thought i heard you say {p}, was that you?", "did somebody just say {p}?",
    ],
    "in a list of what got done today": [
        "today i've done the school run, {p} and the big shop",
        "so far today it's been emails, {p} and the dentist",
        "what a day: the bank, {p}, then the post office",
        "this morning was the bins, {p} and a pile of ironing",
        "busy day, the dentist, {p}, then parents' evening",
        "i've done the recycling, {p} and the car wash today",
    ],
    "telling someone off for doing it": [
        "who told you to {p}, young man?", "you can't just {p} whenever you like",
        "did i say you could {p}?", "why did you {p} without checking with me?",
        "in future, check with me before you {p}", "you're not to {p} without me, understood?",
    ],
    "asking whose idea it was": [
        "whose idea was {p}?", "whose bright idea was it to {p}?",
        "who came up with {p} anyway?", "was {p} your idea or your dad's?",
        "i forget whose idea {p} was", "whose brainwave was {p}?",
    ],
    "a dry run asked for": [
        "just pretend to {p}, don't really do it",
        "do a practice run of {p} without changing anything",
        "rehearse {p} but not for real", "simulate {p} for me, not for real",
        "test {p} without it really happening", "mock up {p} but leave everything as it is",
    ],
    "asking whether it would work if": [
        "what would {p} do if the power failed?", "would {p} still work in a power cut?",
        "what happens to {p} if the wifi drops?", "does {p} work when we're abroad?",
        "would {p} cope if the hub were unplugged?",
        "if the clocks go back, will {p} still be right?",
    ],
    "told it has a new name": [
        "{p} is called operation snowdrop now", "from today, {p} goes by the whirlwind",
        "{p} has a new name, the big finish", "{p}'s been renamed the magic carpet",
        "these days we call {p} the works", "just so you know, {p} is now the full monty",
    ],
}
OPPOSITE_TEMPLATES = [
    "do the opposite of {p}", "can you do the reverse of {p}",
    "give me the exact opposite of {p}", "the opposite of {p}, please",
    "whatever {p} does, do the reverse", "run {p} backwards, undo all of it",
]
"""The opposite of a routine asked for (``_resolver_twentyfourth.OPPOSITE``): said only
of this set's own routines, whose opposites ("mews lights off", "close the farm shop")
are never taught in their home, so nothing should run; a generic phrase's opposite may
be taught beside it ("lights on" with "lights off"), and people would expect that to
run."""
NEAR_MISS_TEMPLATES = [
    "{} second hand for sale", "{} repair cafe", "{} sewing pattern", "{} jokes for kids",
    "{} history facts", "{} cheapest stockist", "{} birthday cake ideas",
    "{} fancy dress costume", "{} crossword clue", "{} charity shop finds",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "will")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
