"""The words of the thirty-first held-out resolver set
(benchmarks/_resolver_thirtyfirst.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a boatbuilder's house by a
slipway, where Frank builds wooden dinghies, with his wife Holly, their daughter Paige,
their son Knox, a labrador Treacle and Gale his apprentice (seed 310); a circus family's
winter quarters, where Hope flies the trapeze, with her husband Mark, their daughter
Dot, their son Rob, a pony Toffee and Jean who rigs the big top (311); and a
winemaker's house at a vineyard, where Sage makes the wine, with her husband Neil,
their daughter Olive, their son Barry, a cat Cork and Claude who leads the pickers
(312). Its people and pets are named with common words or with words that sound like
others ("ring frank", "message holly", "feed treacle", "tell rob his juggling clubs are
packed", "paige" as "page", "knox" as "knocks", "neil" as "kneel", "claude" as
"clawed", "cork" as "caulk", and "order more corks" beside "feed cork"). Each teaches 22
of its own routines with the generic pool; the rest of its own pool, and the siblings
in ``UNTAUGHT`` ("paige's sailing at eight" beside "paige's sailing at seven", "grape
press off" beside "grape press on"), are never taught there. Phrases come in every
shape: one word ("boatbuilding", "clowning", "winemaking"), two nouns ("oar rack",
"tumbling mats", "wine thief"), nested ("steam box on" inside "slipway steam box on",
"smoke machine on" inside "big top smoke machine on", "grape press on" inside "cellar
grape press on"), words shared across phrases ("how tacky is the varnish" and "varnish
the tiller", "count the ticket stubs" and "sell the raffle tickets"), numbers and times
("paige's sailing at seven", "olive's violin at eight"), places ("boatshed heater on",
"wagon heater on"), verbs first ("hone the chisels") and nouns first ("kibble for the
labrador"), questions ("is the tide in", "are the pinot grapes ripe"), and a chore of
several clauses ("we're off to the wine show so feed cork and ring claude and lock the
tasting room").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("page" for "paige", "knocks" for "knox", "kneel" for "neil", "caulk" for "cork"): the
same person or pet, so "ring gail" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a car's dashboard voice first ("tyre deflation
detected. X"), a fairground ride operator first ("who fancies a faster spin? X"), a
supermarket tannoy first ("spillage in the cereal aisle. X"), a best man's speech
rehearsed first ("unaccustomed as i am, to speechifying. X"), a talking toy after ("X,
tickle my tummy again"), a stand-up comedian on the telly after ("X, badum tish"), an
open-top bus tour guide after ("X, on your left, the old cathedral"), a smartwatch
nudging after ("X, pulse elevated"); the phrase between a dashboard's voice and a
talking toy, and the phrase said in the middle of a best man's speech, which goes on
after it ("charge your flutes, X, to the bride and groom"). Some are joined with "and",
"so", "then" or "oh and". No word of a clause but its function words is a word of this
set's pools or the generic pool, and its distinctive words are no earlier set's
wrappers'. The shapes vary: a question said first ("who fancies a faster spin? X"), an
aside in the middle ("charge your flutes, X, ..."), a line said after as its own
sentence.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a wifi network named it, a slogan on a t-shirt, a
pub quiz team's name, iced on a cake, a family group chat named it, a voicemail greeting
saying it, cross-stitched on a cushion, a racehorse named it, a hashtag of it, and
graffiti of it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {310: "boatbuilder's house by a slipway",
                         311: "circus family's winter quarters",
                         312: "winemaker's house at a vineyard"}

THIRTYFIRST_ROUTINES: dict[str, dict[str, list[str]]] = {
    "boatbuilder's house by a slipway": {
        "Treacle": ["feed treacle", "kibble for the labrador"],
        "Treacle coat": ["brush treacle's coat"],
        "Frank": ["ring frank", "call the boatbuilder"],
        "Holly": ["message holly", "text holly"],
        "Holly and Paige": ["message holly and paige"],
        "Knox": ["tell knox his wetsuit is dry"],
        "Gale": ["text gale about the dinghy launch"],
        "Gale ring": ["ring gale", "phone gale"],
        "Steam box": ["steam box on"],
        "Slipway steam box": ["slipway steam box on"],
        "Shavings extractor": ["shavings extractor on"],
        "Oak planks": ["have the oak planks been delivered"],
        "Tide": ["is the tide in"],
        "Varnish": ["how tacky is the varnish"],
        "Sailing": ["paige's sailing at seven"],
        "Rowing": ["knox's rowing at four"],
        "Spokeshave": ["where's my spokeshave"],
        "Chisels": ["hone the chisels"],
        "Copper rivets": ["order more copper rivets"],
        "Sash clamps": ["count the sash clamps"],
        "Hull seams": ["caulk the hull seams"],
        "Tiller": ["varnish the tiller"],
        "Boatbuilding": ["boatbuilding"],
        "Timber store": ["lock the timber store"],
        "Harbour master": ["email the harbour master"],
        "Boatshed heater": ["boatshed heater on"],
        "Oar rack": ["oar rack"],
        "Keel bolts": ["keel bolts"],
        # long
        "Regatta": ["we're off to the regatta so feed treacle and ring gale and lock the "
                    "timber store"],
    },
    "circus family's winter quarters": {
        "Toffee": ["feed toffee", "mash for the pony"],
        "Toffee mane": ["plait toffee's mane"],
        "Hope": ["ring hope", "call the trapeze artist"],
        "Mark": ["message mark", "text mark"],
        "Mark and Dot": ["message mark and dot"],
        "Rob": ["tell rob his juggling clubs are packed"],
        "Jean": ["text jean about the rigging check"],
        "Jean ring": ["ring jean", "phone jean"],
        "Smoke machine": ["smoke machine on"],
        "Big top smoke machine": ["big top smoke machine on"],
        "Rigging winch": ["rigging winch on"],
        "Safety net": ["is the safety net up"],
        "Sawdust": ["is there enough sawdust"],
        "Ring floor": ["how slippy is the ring floor"],
        "Trampoline": ["dot's trampolining at five"],
        "Fencing": ["rob's fencing at nine"],
        "Juggling clubs": ["where are my juggling clubs"],
        "Stilts": ["tighten the stilts"],
        "Greasepaint": ["order more greasepaint"],
        "Ticket stubs": ["count the ticket stubs"],
        "Raffle tickets": ["sell the raffle tickets"],
        "Trapeze bar": ["tape the trapeze bar"],
        "Clowning": ["clowning"],
        "Costume trunk": ["lock the costume trunk"],
        "Field rent": ["pay the field rent"],
        "Wagon heater": ["wagon heater on"],
        "Tumbling mats": ["tumbling mats"],
        "Unicycle": ["unicycle"],
        # long
        "Winter fair": ["we're off to the winter fair so feed toffee and ring jean and lock "
                        "the costume trunk"],
    },
    "winemaker's house at a vineyard": {
        "Cork": ["feed cork", "sardines for the cat"],
        "Cork blanket": ["wash cork's blanket"],
        "Sage": ["ring sage", "call the winemaker"],
        "Neil": ["message neil", "text neil"],
        "Neil and Olive": ["message neil and olive"],
        "Barry": ["tell barry his football kit is washed"],
        "Claude": ["text claude about the harvest rota"],
        "Claude ring": ["ring claude", "phone claude"],
        "Grape press": ["grape press on"],
        "Cellar grape press": ["cellar grape press on"],
        "Bottling line": ["bottling line on"],
        "Pinot grapes": ["are the pinot grapes ripe"],
        "Oak barrels": ["have the oak barrels arrived"],
        "Fermenting tank": ["how cold is the fermenting tank"],
        "Violin": ["olive's violin at eight"],
        "Cricket": ["barry's cricket at ten"],
        "Refractometer": ["where's my refractometer"],
        "Corks": ["order more corks"],
        "Secateurs": ["oil the secateurs"],
        "Wine labels": ["count the wine labels"],
        "Vines": ["net the vines"],
        "Merlot vines": ["prune the merlot vines"],
        "Winemaking": ["winemaking"],
        "Tasting room": ["lock the tasting room"],
        "Wine merchant": ["invoice the wine merchant"],
        "Winery heater": ["winery heater on"],
        "Wine thief": ["wine thief"],
        # long
        "Wine show": ["we're off to the wine show so feed cork and ring claude and lock the "
                      "tasting room"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "boatbuilder's house by a slipway": {
        "Sailing eight": ["paige's sailing at eight"],
        "Rowing five": ["knox's rowing at five"],
        "Steam box off": ["steam box off"],
        "Slipway steam box off": ["slipway steam box off"],
        "Shavings extractor off": ["shavings extractor off"],
        "Unlock timber store": ["unlock the timber store"],
        "Gale keel": ["text gale about the dinghy repair"],
        "Treacle ears": ["brush treacle's ears"],
        "Brass rivets": ["order more brass rivets"],
        "G clamps": ["count the g clamps"],
        "Deck seams": ["caulk the deck seams"],
        "Boatshed heater off": ["boatshed heater off"],
    },
    "circus family's winter quarters": {
        "Trampoline six": ["dot's trampolining at six"],
        "Fencing ten": ["rob's fencing at ten"],
        "Smoke machine off": ["smoke machine off"],
        "Big top smoke machine off": ["big top smoke machine off"],
        "Rigging winch off": ["rigging winch off"],
        "Unlock costume trunk": ["unlock the costume trunk"],
        "Jean lighting": ["text jean about the lighting check"],
        "Toffee tail": ["plait toffee's tail"],
        "Face paint": ["order more face paint"],
        "Ticket books": ["count the ticket books"],
        "Trapeze ropes": ["tape the trapeze ropes"],
        "Wagon heater off": ["wagon heater off"],
    },
    "winemaker's house at a vineyard": {
        "Violin nine": ["olive's violin at nine"],
        "Cricket eleven": ["barry's cricket at eleven"],
        "Grape press off": ["grape press off"],
        "Cellar grape press off": ["cellar grape press off"],
        "Bottling line off": ["bottling line off"],
        "Unlock tasting room": ["unlock the tasting room"],
        "Claude pruning": ["text claude about the pruning rota"],
        "Cork basket": ["wash cork's basket"],
        "Screw caps": ["order more screw caps"],
        "Wine boxes": ["count the wine boxes"],
        "Shiraz vines": ["prune the shiraz vines"],
        "Winery heater off": ["winery heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the boatbuilder's house
    {"we're off to the regatta so feed treacle and ring gale and lock the timber store",
     "i'm leaving", "goodbye house", "feed treacle", "ring gale", "lock the timber store"},
    {"feed treacle", "kibble for the labrador", "feed the labrador"},
    {"ring frank", "call the boatbuilder", "ring the boatbuilder"},
    # the circus family's winter quarters
    {"we're off to the winter fair so feed toffee and ring jean and lock the costume trunk",
     "i'm leaving", "goodbye house", "feed toffee", "ring jean", "lock the costume trunk"},
    {"feed toffee", "mash for the pony", "feed the pony"},
    {"ring hope", "call the trapeze artist", "ring the trapeze artist"},
    # the winemaker's house
    {"we're off to the wine show so feed cork and ring claude and lock the tasting room",
     "i'm leaving", "goodbye house", "feed cork", "ring claude", "lock the tasting room"},
    {"feed cork", "sardines for the cat", "feed the cat"},
    {"ring sage", "call the winemaker", "ring the winemaker"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
labrador" where the labrador is Treacle). The phrases of one routine ask for the same
thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"frank", "holly", "paige", "paige's", "knox", "knox's", "treacle", "treacle's",
         "gale", "hope", "mark", "dot", "dot's", "rob", "rob's", "toffee", "toffee's",
         "jean", "sage", "neil", "olive", "olive's", "barry", "barry's", "cork", "cork's",
         "claude"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "paige": ("page",), "paige's": ("page's",), "knox": ("knocks", "nox"),
    "knox's": ("nox's",), "holly": ("hollie", "holley"), "gale": ("gail", "gayle"),
    "frank": ("franc", "franck"), "mark": ("marc", "marque"), "rob": ("robb",),
    "rob's": ("robb's",), "jean": ("gene", "jeanne"), "toffee": ("toffy", "toffey"),
    "toffee's": ("toffy's", "toffey's"), "dot": ("dott",), "dot's": ("dott's",),
    "sage": ("saige",), "neil": ("kneel", "neal", "neill"), "barry": ("barrie",),
    "barry's": ("barrie's",), "claude": ("clawed", "claud"), "cork": ("caulk",),
    "cork's": ("caulk's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: "kneel" is how a
recogniser writes the sounds of "neil", "caulk" those of "cork"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("half four",), "five": ("twenty past five",), "seven": ("half seven",),
    "eight": ("twenty to eight",), "nine": ("half nine",), "ten": ("twenty past ten",),
    # things and places
    "kibble": ("biscuits",), "labrador": ("collie",), "coat": ("tail",),
    "boatbuilder": ("sailmaker",), "wetsuit": ("towel",), "dry": ("ironed",),
    "dinghy": ("canoe",), "launch": ("survey",), "steam": ("glue",), "box": ("oven",),
    "slipway": ("jetty",), "shavings": ("fume",), "extractor": ("hood",), "oak": ("larch",),
    "planks": ("beams",), "delivered": ("invoiced",), "tide": ("river",),
    "tacky": ("glossy",), "varnish": ("primer",), "sailing": ("swimming",),
    "rowing": ("kayaking",), "spokeshave": ("drawknife",), "hone": ("strop",),
    "chisels": ("gouges",), "copper": ("steel",), "rivets": ("screws",),
    "sash": ("bar",), "clamps": ("vices",), "caulk": ("paint",), "hull": ("keel",),
    "seams": ("ribs",), "tiller": ("rudder",), "boatbuilding": ("joinery",),
    "timber": ("paint",), "store": ("locker",), "email": ("fax",), "harbour": ("lock",),
    "master": ("keeper",), "boatshed": ("loft",), "oar": ("paddle",), "rack": ("hook",),
    "keel": ("rudder",), "bolts": ("pins",), "regatta": ("boat show",),
    "mash": ("hay",), "pony": ("donkey",), "plait": ("comb",), "mane": ("hooves",),
    "trapeze": ("trumpet",), "artist": ("teacher",), "juggling": ("bowling",),
    "clubs": ("pins",), "packed": ("cleaned",), "rigging": ("lighting",),
    "check": ("quote",), "smoke": ("bubble",), "machine": ("blower",), "big": ("small",),
    "top": ("tent",), "winch": ("hoist",), "safety": ("cargo",), "net": ("rope",),
    "sawdust": ("straw",), "slippy": ("dusty",), "floor": ("kerb",),
    "trampolining": ("ballet",), "fencing": ("archery",), "tighten": ("shorten",),
    "stilts": ("ladders",), "greasepaint": ("glitter",), "ticket": ("cloakroom",),
    "stubs": ("machines",), "sell": ("draw",), "raffle": ("concert",),
    "tickets": ("programmes",), "tape": ("chalk",), "bar": ("swing",),
    "clowning": ("acrobatics",), "costume": ("tool",), "trunk": ("chest",),
    "field": ("water",), "rent": ("bill",), "wagon": ("trailer",), "tumbling": ("crash",),
    "mats": ("cushions",), "unicycle": ("tricycle",), "winter": ("summer",),
    "fair": ("fete",), "sardines": ("pilchards",), "cat": ("kitten",),
    "blanket": ("bowl",), "winemaker": ("brewer",), "football": ("rugby",),
    "kit": ("boots",), "washed": ("dried",), "harvest": ("bottling",), "rota": ("party",),
    "grape": ("apple",), "press": ("mill",), "cellar": ("barn",), "bottling": ("canning",),
    "line": ("belt",), "pinot": ("riesling",), "grapes": ("plums",), "ripe": ("picked",),
    "barrels": ("vats",), "arrived": ("emptied",), "cold": ("full",),
    "fermenting": ("settling",), "tank": ("vat",), "violin": ("cello",),
    "cricket": ("tennis",), "refractometer": ("hydrometer",), "corks": ("capsules",),
    "oil": ("sharpen",), "secateurs": ("loppers",), "wine": ("cider",),
    "labels": ("crates",), "vines": ("hedges",), "prune": ("spray",),
    "merlot": ("gamay",), "winemaking": ("beekeeping",), "tasting": ("dining",),
    "merchant": ("shop",), "winery": ("greenhouse",), "thief": ("funnel",),
    "show": ("auction",),
    # the generic pool's
    "dog": ("pony",), "garage": ("carport",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("documentary",),
    "barbecue": ("picnic",), "birthday": ("anniversary",), "vacuum": ("steam mop",),
    "christmas": ("easter",), "yoga": ("pilates",), "hallway": ("stairwell",),
    "fireplace": ("log burner",), "porch": ("side gate",), "office": ("sewing room",),
    "sunset": ("twilight",), "bedside": ("dressing table",), "laundry": ("ironing",),
    "baby": ("newborn",), "homework": ("spelling practice",), "washing": ("tumble",),
    "bedroom": ("nursery",), "podcast": ("comedy show",), "story": ("nursery rhyme",),
    "bath": ("paddling",), "pool": ("hot tub",), "spa": ("pamper",),
    "study": ("revision",), "focus": ("deep work",), "relax": ("unwind",),
    "vacation": ("half term",), "news": ("sport",), "guests": ("grandparents",),
    "alarm": ("chime",), "quiet": ("rowdy",), "read": ("doodle",),
    "reading": ("drawing",), "morning": ("lunchtime",), "evening": ("afternoon",),
    "bedtime": ("quiet time",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("paige's sailing at half seven" for "paige's sailing at seven", "feed the collie"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_DASH = [
    "tyre deflation detected", "backseat buckle unfastened",
    "servicing reminder", "windscreen washer fluid depleted",
    "proximity sensors activated", "driver drowsiness detected",
    "fuel gauge plummeting", "bonnet unlatched",
]
_TOY = [
    "tickle my tummy again", "i'm drowsy, cuddle me", "giggle giggle",
    "squeeze me tighter", "my squeaker is fading", "you're my bezzie",
    "sing with me, snookums", "pinkie pledge, snugglebug",
]
_SPEECH = [
    ("ladies and gentlemen", "the newlyweds"),
    ("unaccustomed as i am", "to speechifying"),
    ("charge your flutes", "to the bride and groom"),
    ("for those who don't know me", "i'm the groom's oldest crony"),
    ("reverend, avert your gaze", "for what follows"),
    ("i've known the groom", "since primary"),
    ("doesn't the bride look resplendent", "ravishing as ever"),
    ("the groom once dozed", "on a hovercraft to calais"),
]

WRAPPERS: dict[str, list[str]] = {
    "a car's dashboard voice, said first": [
        f"{d}. {{}}" for d in _DASH[:6]
    ] + [f"{_DASH[6]}, then {{}}", f"{_DASH[7]}, oh and {{}}"],
    "a fairground ride operator, said first": [
        "who fancies a faster spin? {}", "clutch your candyfloss. {}",
        "shriek for another twirl. {}", "clasp the handrails, we're whizzing faster. {}",
        "next riders inch forward. {}", "tokens in the slot, chums. {}",
        "disembarking the dodgems cautiously, then {}",
        "the waltzer's spinning faster, oh and {}",
    ],
    "a supermarket tannoy announcement, said first": [
        "spillage in the cereal aisle. {}",
        "would the owner of a maroon hatchback relocate their vehicle. {}",
        "dispensary counter now unstaffed. {}",
        "reduced items are near the bakery. {}",
        "a wandering toddler is at the kiosk. {}",
        "trolleys must be returned to the bays. {}",
        "colleague assistance at the deli, then {}",
        "clubcard holders earn extra points, oh and {}",
    ],
    "a best man's speech rehearsed, said first": [
        f"{a}, {b}. {{}}" for a, b in _SPEECH[:6]
    ] + [f"{_SPEECH[6][0]}, {_SPEECH[6][1]}, then {{}}",
         f"{_SPEECH[7][0]}, {_SPEECH[7][1]}, oh and {{}}"],
    "a talking toy, said after": [
        f"{{}}, {t}" for t in _TOY[:6]
    ] + [f"{{}} and, {_TOY[6]}", f"{{}} so, {_TOY[7]}"],
    "a stand-up comedian on the telly, said after": [
        "{}, but in all earnestness, chums", "{}, badum tish", "{}, cue the tumbleweed",
        "{}, what a scintillating rabble", "{}, i'm on till lent",
        "{}, that's marriage for you",
        "{} and, airports, honestly", "{} so, any hecklers in",
    ],
    "an open-top bus tour guide, said after": [
        "{}, on your left, the old cathedral", "{}, crouch, viaduct ahead",
        "{}, this quadrangle was built by the tudors", "{}, disembark here for the aquarium",
        "{}, a famous poet was born there", "{}, get your cameras for the abbey",
        "{} and, that steeple leans a tad", "{} so, our next stop is the museum district",
    ],
    "a smartwatch nudging, said after": [
        "{}, you've smashed your stride target", "{}, pulse elevated",
        "{}, regulate your respiration", "{}, your hourly movement reminder",
        "{}, calories burned so far", "{}, activity streak continues",
        "{} and, inactivity detected", "{} so, sedentary for too long",
    ],
    "between a car's dashboard voice and a talking toy": [
        f"{d}. {{}}, {t}" for d, t in zip(_DASH[:6], _TOY[:6], strict=True)
    ] + [f"{_DASH[6]}. {{}} and, {_TOY[6]}",
         f"{_DASH[7]}. {{}} so, {_TOY[7]}"],
    "in the middle of a best man's speech rehearsed": [
        f"{a}, {{}}, {b}" for a, b in _SPEECH[:6]
    ] + [f"{_SPEECH[6][0]}, {{}} and, {_SPEECH[6][1]}",
         f"{_SPEECH[7][0]}, {{}} so, {_SPEECH[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYFIRST_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been"}
"""The words only the pools' questions say but their question words ("tide", "tacky",
"sawdust"; not "varnish", which "varnish the tiller" says too): a toy's, a comic's, a
guide's or a watch's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_CAR = {"garage", "car", "leaving", "goodbye", "away", "home", "welcome", "ring", "call",
        "phone", "lock", "unlock", "door", "doors", "heater", "heat", "heating", "warm",
        "air", "conditioning", "kids", "school", "fair", "show", "regatta"}
"""Requests a car's dashboard could bear on (the car and the trip in it, leaving or
coming home, the school run, a call for help, its heater)."""
_RIDE = {"music", "loud", "noise", "quiet", "party", "kids", "game", "gaming", "fair",
         "winter", "ticket", "tickets", "stubs", "raffle", "pony", "toffee", "safety",
         "net", "trampolining", "tumbling", "unicycle", "clowning", "trapeze", "slippy",
         "floor", "sawdust", "stilts", "smoke", "machine", "winch", "rigging"}
"""Requests a fairground ride could bear on (the noise and the fun of the fair, its
tickets, and a circus's own rides, rigs and ring)."""
_SHOP = {"order", "pay", "invoice", "count", "sell", "feed", "kibble", "mash", "sardines",
         "breakfast", "lunch", "dinner", "tea", "coffee", "cooking", "kettle", "boil",
         "leaving", "home", "garage", "enough", "more", "wine", "corks",
         "labels", "greasepaint", "rivets", "ripe", "grapes"}
"""Requests a supermarket could bear on (buying, paying and counting stock, food and
feeding, the trip home)."""
_WEDDING = {"message", "text", "tell", "email", "write", "ring", "call", "phone", "party",
            "music", "wine", "winemaking", "tasting", "photograph", "guests", "company",
            "romantic", "date", "concert", "loud", "quiet", "costume", "clowning"}
"""Requests a wedding speech could bear on (words sent or said to someone, a ring, the
party, its wine and music)."""
_PLAY = {"kids", "game", "gaming", "story", "bedtime", "sleep", "sleeping", "nap",
         "baby", "quiet", "noise", "loud", "music", "party"}
"""Requests a talking toy could bear on (the children, play, bedtime and the noise)."""
_SCREEN = {"tv", "television", "watch", "movie", "radio", "news", "podcast", "relax",
           "chill", "cozy", "concert", "loud", "quiet", "noise", "sounds", "music",
           "game", "gaming", "party", "kids", "story", "clowning"}
"""Requests a programme on the telly could bear on (the set itself, the noise)."""
_TOUR = {"where's", "where", "harbour", "tide", "regatta", "fair", "show", "tasting",
         "walk", "walking", "garden", "holiday", "vacation", "photograph", "leaving",
         "away", "home", "welcome", "goodbye"}
"""Requests a tour guide could bear on (where something is, a place to go, a trip)."""
_FIT = {"calm", "relax", "meditation", "sleep", "sleeping", "nap", "workout", "gym",
        "yoga", "walk", "walking", "focus", "study", "bedtime", "mood", "chill", "spa",
        "sauna", "bath", "shower", "sailing", "rowing", "trampolining", "fencing",
        "cricket", "football", "tumbling", "stilts", "unicycle", "trapeze", "clowning",
        "violin", "tide", "delivered", "arrived", "launch"}
"""Requests a smartwatch could bear on (rest, breathing, exercise and sport, and a
thing that arrives or is due, as a watch tells of)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a car's dashboard bears on the car, a trip, a lift and its heater)
    **{car: _CAR for car in ("tyre", "backseat", "servicing", "windscreen",
                             "proximity sensors", "drowsiness", "fuel gauge", "bonnet")},
    # (a fairground ride bears on the fair, its noise and a circus's own rides)
    **{ride: _RIDE for ride in ("faster spin", "candyfloss", "another twirl", "handrails",
                                "riders", "tokens", "dodgems", "waltzer")},
    # (a supermarket tannoy is the shop: buying, paying, food and going home)
    **{shop: _SHOP for shop in ("cereal aisle", "hatchback", "dispensary", "bakery",
                                "kiosk", "trolleys", "deli", "clubcard")},
    # (a wedding speech bears on words said or sent, a ring and the party)
    **{speech: _WEDDING | _SAID_TO for speech in (
        "ladies and gentlemen", "unaccustomed", "charge your flutes", "don't know me",
        "reverend", "known the groom", "resplendent", "once dozed")},
    # (a toy's, a comic's, a guide's or a watch's line after a request could be what it
    # is about or the words of a message; said after a question, an answer)
    **{toy: _PLAY | _SAID_TO | _ASKED for toy in (
        "tickle", "cuddle", "giggle", "squeeze", "squeaker", "bezzie", "snookums",
        "snugglebug")},
    **{comic: _SCREEN | _SAID_TO | _ASKED for comic in (
        "earnestness", "badum", "tumbleweed", "scintillating", "till lent", "marriage",
        "airports", "hecklers")},
    **{guide: _TOUR | _SAID_TO | _ASKED for guide in (
        "cathedral", "viaduct", "tudors", "aquarium", "poet", "abbey", "steeple",
        "museum district")},
    **{watch: _FIT | _SAID_TO | _ASKED for watch in (
        "stride target", "pulse", "respiration", "hourly movement", "calories",
        "activity streak", "inactivity", "sedentary")},
}
"""Clauses that would bear on a phrase with one of these words ("ring gale" after a
dashboard's warning may be ringing about the car; "feed treacle" after a supermarket
tannoy may be feeding him what was bought): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "tyre deflation detected. {}", "{}, tickle my tummy again",
    "who fancies a faster spin? {}", "{}, but in all earnestness, chums",
    "spillage in the cereal aisle. {}", "{}, crouch, viaduct ahead",
    "ladies and gentlemen, the newlyweds. {}", "{}, pulse elevated",
    "servicing reminder. {}", "{}, badum tish",
    "tokens in the slot, chums. {}", "{}, calories burned so far",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "proximity sensors activated. {}", "{}, squeeze me tighter",
    "clutch your candyfloss. {}", "{}, i'm on till lent",
    "reduced items are near the bakery. {}", "{}, get your cameras for the abbey",
    "charge your flutes, to the bride and groom. {}", "{}, inactivity detected",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("tyre deflation
detected"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("wifi", "hashtag", "t-shirt",
"graffiti") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we", "what", "you", "your",
    "this", "then", "with", "its", "one", "no", "like", "as", "from", "hi", "hey",
    "us", "near", "i've", "there's", "their", "by", "just", "or", "will", "must",
    "should", "when", "our", "more", "under", "behind", "before", "after", "next",
    "get", "own", "we'll", "through", "take", "bring", "another", "see", "soon", "sorry",
    "thank", "yourself", "can", "any", "each", "every", "may", "these", "only", "but",
    "he", "he's", "here's", "isn't", "you're", "would", "shall", "now", "where's",
    "some", "has", "how", "say", "than", "who", "i'm", "we're", "here", "there", "too",
    "doesn't", "you've", "far", "again", "give", "want", "onto", "round", "since", "once",
    "old", "left", "look", "till", "all",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtyfirst_data.py none of an
out-of-scope template)."""

THIRTYFIRST_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("labrador", "labrodor"), ("boatbuilder", "boat builder"), ("wetsuit", "wet suit"),
    ("dinghy", "dingy"), ("extractor", "extracter"), ("spokeshave", "spoke shave"),
    ("chisels", "chisles"), ("rivets", "rivits"), ("boatbuilding", "boat building"),
    ("boatshed", "boat shed"), ("harbour", "harbor"), ("tiller", "tilla"),
    ("trapeze", "trapeez"), ("juggling", "juggeling"), ("trampolining", "trampolinning"),
    ("greasepaint", "grease paint"), ("unicycle", "unicicle"), ("sawdust", "saw dust"),
    ("rigging", "riging"), ("clowning", "clownin"), ("winemaker", "wine maker"),
    ("sardines", "sardeens"), ("refractometer", "refracto meter"),
    ("secateurs", "secaturs"), ("merlot", "merlow"), ("pinot", "peeno"),
    ("fermenting", "fermentin"), ("winemaking", "wine making"), ("winery", "winnery"),
    ("violin", "vyolin"),
]
"""The thirty-first set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("steam box", "steambox"), ("shavings extractor", "shavingsextractor"),
         ("oak planks", "oakplanks"), ("copper rivets", "copperrivets"),
         ("sash clamps", "sashclamps"), ("hull seams", "hullseams"),
         ("timber store", "timberstore"), ("harbour master", "harbourmaster"),
         ("oar rack", "oarrack"), ("keel bolts", "keelbolts"),
         ("smoke machine", "smokemachine"), ("big top", "bigtop"),
         ("rigging winch", "riggingwinch"), ("safety net", "safetynet"),
         ("ring floor", "ringfloor"), ("juggling clubs", "jugglingclubs"),
         ("ticket stubs", "ticketstubs"), ("raffle tickets", "raffletickets"),
         ("trapeze bar", "trapezebar"), ("costume trunk", "costumetrunk"),
         ("tumbling mats", "tumblingmats"), ("grape press", "grapepress"),
         ("bottling line", "bottlingline"), ("oak barrels", "oakbarrels"),
         ("fermenting tank", "fermentingtank"), ("wine labels", "winelabels"),
         ("tasting room", "tastingroom"), ("wine merchant", "winemerchant"),
         ("wine thief", "winethief")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"harbour": "harbor", "labrador": "labradors", "spokeshave": "spoke-shave",
             "unicycle": "uni-cycle", "boatshed": "boat-shed", "refractometer":
             "refractometre", "secateurs": "secateur", "greasepaint": "grease-paint"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtyfirst.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a bobble hat shaped like a {w}", "what's the welsh for {w}",
        "paint a {w} in watercolours", "how do they say {w} in glasgow",
        "which century gave us the {w}", "is a {w} cheaper at the car boot sale",
        "look up a haiku about a {w}", "tap out {w} in morse code",
    ],
    "routine command": [
        "wipe {p} off your memory", "read me back every bit of {p}",
        "brainstorm a zingier label for {p}", "make a twin of {p} for the caravan",
        "limit {p} to weekends", "add a fanfare before {p}",
        "who last meddled with {p}", "make {p} a smidge gentler",
    ],
    "word order": [
        "{b} first then {a} last", "{b} at the start and {a} at the finish",
        "swap round the {a} and the {b}", "zero {a}, masses of {b}",
        "shouldn't {a} come earlier than {b}", "lashings of {b}, barely any {a}",
    ],
    "negation": [
        "skip {p} for now, ta muchly", "i'd prefer no {p} till the plasterer's gone",
        "not in a million years {p}", "don't go doing {p} while i'm at the dentist",
        "nope, not {p} this afternoon", "scratch that, zero {p} thanks",
    ],
    "cancellation": [
        "park {p} until further notice", "{p} can hold off till after the christening",
        "drop {p} for the rest of the week", "freeze {p} till the weekend",
        "we'll manage without {p} this once", "mothball {p} for a month",
    ],
    "state question": [
        "is {p} under way right now", "has {p} got under way at all",
        "did {p} go through smoothly", "is {p} over with or still rumbling on",
        "has somebody already seen about {p}", "did {p} take place on tuesday",
    ],
    "past or story": [
        "the year the river burst its banks {p} conked out",
        "in the heatwave {p} went haywire", "my great aunt would {p} every whitsun without fail",
        "at the wake {p} dragged on for ages", "that easter weekend {p} misbehaved nonstop",
        "before the loft conversion we'd {p} by hand",
    ],
    "someone else's words": [
        "the milkman hummed {p} on his round", "a lad on the train yelled {p}",
        "my cousin ends every phone call with {p}", "the man at the allotments mumbled {p}",
        "the verger said {p} at the jumble sale", "our chimney sweep signs off with {p}",
    ],
    "contrast": [
        "{p} is kept for new year's eve", "we only {p} when the cousins come",
        "{p} is a treat for special occasions only", "{p} only happens in the summer hols",
        "we {p} just on the last friday of the month", "{p} is strictly for ruby weddings",
    ],
    "hypothetical": [
        "say i asked you nicely to {p}", "if i wanted {p}, would you cope",
        "could you {p}, in theory", "if {p} kicked off at midnight, would it disturb the lodger",
        "picture {p} starting at daybreak", "what happens if somebody requests {p}",
    ],
    "complaint": [
        "{p} is getting on my last nerve", "{p} failed us yet again on monday",
        "{p} has been useless since the upgrade", "i've lost all patience with {p}, truthfully",
        "{p} is a proper pain", "{p} keeps acting up",
    ],
    "opinion": [
        "{p} is a little treasure, that", "i'm over the moon about {p}",
        "{p} has been a godsend, really", "{p} has changed our weekends",
        "{p} is your smartest feature by a mile", "{p} is brilliant, genuinely",
    ],
    "reminder for later": [
        "prod me to {p} once i'm back from the tip", "remind me about {p} after elevenses",
        "make sure i remember to {p} on sunday", "give me a nudge to {p} later on",
        "pop {p} on the jobs list for tomorrow", "jog my memory about {p} around teatime",
    ],
    "permission question": [
        "is my lad's girlfriend allowed to {p}", "can the babysitter {p} on her own",
        "may the plumber {p} unsupervised", "is grandad allowed to {p} when he visits",
        "can the gardener {p} without asking", "would the au pair be allowed to {p}",
    ],
    # the thirty-first's own
    "a wifi network named it": [
        "the neighbours' wifi is called {p}", "why is our wifi network named {p}",
        "i renamed the wifi {p} as a joke",
        "the cafe's wifi network is called {p} of all things",
        "pick the wifi called {p} and type the code on the router",
        "someone on our street named their wifi {p}",
    ],
    "a slogan on a t-shirt": [
        "his t-shirt says {p} across the chest", "i got a t-shirt printed with {p}",
        "why does your t-shirt say {p}", "she wore a t-shirt reading {p} to the wedding",
        "the stag do t-shirts all said {p}", "a t-shirt with {p} on it costs a tenner",
    ],
    "a pub quiz team's name": [
        "our pub quiz team is called {p}", "the quizmaster read out team {p} as the winners",
        "shall we call our quiz team {p}", "team {p} won the pub quiz again",
        "the quiz team next to us went by {p}", "we came third at the quiz as {p}",
    ],
    "iced on a cake": [
        "we iced {p} on the christening cake", "the baker iced {p} on the cake by mistake",
        "why does the cake say {p} in icing", "grandma iced {p} on the retirement cake",
        "the icing on his cake read {p}", "can we pipe {p} on the sponge in icing",
    ],
    "a family group chat named it": [
        "the family group chat is called {p}", "my sister renamed the group chat {p}",
        "who changed the group chat name to {p}", "our cousins' group chat is named {p}",
        "the group chat for the reunion is {p}",
        "i muted the group chat called {p}",
    ],
    "a voicemail greeting saying it": [
        "my voicemail greeting says {p}", "his voicemail greeting is just {p}",
        "i recorded {p} as my voicemail greeting", "her voicemail greeting ends with {p}",
        "why does your voicemail greeting say {p}",
        "the dentist's voicemail greeting opens with {p}",
    ],
    "cross-stitched on a cushion": [
        "gran cross-stitched {p} on a cushion", "there's a cushion embroidered with {p}",
        "she's cross-stitching {p} on a sampler for the hall",
        "the cushion on the sofa says {p} in cross-stitch",
        "my aunt embroidered {p} on a tea towel", "a cross-stitch reading {p} hangs upstairs",
    ],
    "a racehorse named it": [
        "the horse i backed was called {p}", "a racehorse named {p} won at ascot",
        "there's a filly running today called {p}",
        "my uncle owns a share in a racehorse called {p}",
        "the favourite in the three thirty is {p}",
        "who would name a racehorse {p}",
    ],
    "a hashtag of it": [
        "{p} is trending as a hashtag", "people keep posting the hashtag {p}",
        "the council's hashtag for the festival is {p}",
        "why is hashtag {p} everywhere", "my daughter captioned her photo hashtag {p}",
        "the hashtag {p} went viral overnight",
    ],
    "graffiti of it": [
        "someone sprayed {p} on the bus shelter", "there's graffiti saying {p} by the canal",
        "kids wrote {p} on the underpass in graffiti",
        "the graffiti on the garages reads {p}",
        "who spray painted {p} on the skate park",
        "the council scrubbed off graffiti that said {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} cheese grater", "{} toast rack", "{} gravy boat", "{} napkin holder",
    "{} bookend", "{} soap dish", "{} key fob", "{} boot scraper",
    "{} salt pot", "{} lampshade fringe",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
