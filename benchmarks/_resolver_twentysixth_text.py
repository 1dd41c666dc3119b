"""The words of the twenty-sixth held-out resolver set
(benchmarks/_resolver_twentysixth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a clock repairer's workshop
cottage, where Emrys mends clocks with his wife Sinead, their daughter Grainne, their son
Tadhg, a tortoise Sprocket and Oonagh who keeps his books (seed 260); a bus driver's
maisonette by the depot, where Crispin drives the night routes, with his partner Jacinta,
their children Kerensa and Cathal, a budgie Kiwi and Gervase who writes the rota (261); and a
mushroom grower's barn conversion, where Fergal grows oyster and shiitake mushrooms, with
his wife Roisin, their children Mairead and Cormac, a goat Crumpet and Ottoline who buys for
a restaurant (262). Each teaches 22 of its own routines with the generic pool; the rest
of its own pool, and the siblings in ``UNTAUGHT`` ("antiques fair at seven" beside
"antiques fair at seven", "misters off" beside "misters on"), are never taught there.
Phrases come in every shape: one word ("tinkering", "layover", "pinning"), nested
("loupe lamp on" inside "workbench loupe lamp on", "misters on" inside "grow tunnel
misters on"), names of people and pets ("message sinead and grainne", "cover kiwi's
cage"), numbers and times ("darts league at nine", "farmers market at seven"), places
("workbench loupe lamp on", "box room heater on"), verbs first ("oil the regulator") and
nouns first ("lettuce for the tortoise"), questions ("are the chimes in tune", "which
route am i on tomorrow"), and a chore of several clauses ("i'm off to the auction so feed
sprocket and ring oonagh and lock the clock cabinet").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("emris" for "emrys", "shinade" for "sinead", "tige" for "tadhg", "rosheen" for
"roisin"):
the same person, so "ring emris" is in scope.

Its in-scope wrappers are everyday household speech of the speaker's own that does not
bear on the request, in ten kinds no earlier set has, in shapes no earlier set has: a
tongue twister practised first ("rural juror, rural juror. X"), a knitting
pattern read aloud first ("knit two together, purl two. X"), a thank-you card
dictated first ("dear thelonius, thanks for the cufflinks. X"), a property listing
read aloud first ("deceptively spacious bungalow, no onward chain. X"), a bird spotted
from the window after ("X, ooh, a nuthatch on the feeder"), a football score read off
the phone after ("X, rovers nil, wanderers three"), a fun fact read off a packet after
("X, reportedly snails have thousands of teeth"), a tasting note read off a wine label
after ("X, hints of blackcurrant and leather, it reckons"); the phrase between a tongue
twister and a bird spotted, and the phrase said in the middle of one line of a knitting
pattern, the line picked up again after it ("slip one, knit one, X, pass it
over"). Some are joined with "and", "so", "then" or "oh and". No word of a clause
but its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in eight kinds no set has: the phrase used as a noun ("the X bit always takes
longest"), a child sounding it out while learning to read, a guess at charades, a dream
about it, teaching a parrot to say it, a tongue twister made of it, a caption for a
photo, and a sign that says it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {260: "clock repairer's workshop cottage",
                         261: "bus driver's maisonette by the depot",
                         262: "mushroom grower's barn conversion"}

TWENTYSIXTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "clock repairer's workshop cottage": {
        "Sprocket": ["feed sprocket", "lettuce for the tortoise"],
        "Sprocket lamp": ["sprocket's basking lamp on"],
        "Emrys": ["ring emrys", "call the clockmaker"],
        "Sinead": ["message sinead"],
        "Sinead and Grainne": ["message sinead and grainne"],
        "Grainne": ["tell grainne her bus is here"],
        "Oonagh": ["text oonagh about the auction lot"],
        "Oonagh ring": ["ring oonagh"],
        "Loupe lamp": ["loupe lamp on"],
        "Workbench loupe lamp": ["workbench loupe lamp on"],
        "Parts cleaner": ["parts cleaner on"],
        "Chimes": ["are the chimes in tune"],
        "Mainspring": ["has the mainspring parcel come"],
        "Barometer": ["what does the barometer say"],
        "Antiques fair": ["antiques fair at seven"],
        "Judo": ["tadhg's judo at four"],
        "Tweezers": ["where are my tweezers"],
        "Regulator": ["oil the regulator"],
        "Pins": ["order more escapement pins"],
        "Dials": ["photograph the enamel dials"],
        "Tinkering": ["tinkering"],
        "Tickets": ["count the repair tickets"],
        "Cabinet": ["lock the clock cabinet"],
        "Museum": ["invoice the museum"],
        "Grandfather": ["wind the grandfather clock"],
        "Dehumidifier": ["cellar drier on"],
        # long
        "Auction": ["i'm off to the auction so feed sprocket and ring oonagh and lock the "
                    "clock cabinet"],
    },
    "bus driver's maisonette by the depot": {
        "Kiwi": ["feed kiwi", "seed for the budgie"],
        "Kiwi cage": ["cover kiwi's cage"],
        "Crispin": ["ring crispin", "call the bus driver"],
        "Jacinta": ["message jacinta"],
        "Jacinta and Kerensa": ["message jacinta and kerensa"],
        "Kerensa": ["tell kerensa her lift's here"],
        "Gervase": ["text gervase about the rota"],
        "Gervase ring": ["ring gervase"],
        "Layover": ["layover"],
        "Steamer": ["steamer on"],
        "Uniform steamer": ["uniform steamer on"],
        "Box room": ["box room heater on"],
        "Shift": ["is my shift swapped"],
        "Route": ["which route am i on tomorrow"],
        "Payday": ["when's payday"],
        "Cubs": ["cathal's cubs at six"],
        "Darts": ["darts league at nine"],
        "Flask": ["rinse my flask"],
        "Payslip": ["print my payslip"],
        "Mileage": ["log the mileage"],
        "Permit": ["where's the parking permit"],
        "Trousers": ["iron my work trousers"],
        "Rota": ["download the new rota"],
        "Hoover": ["charge the handheld hoover"],
        "Balcony": ["balcony fairy lights on"],
        "Socks": ["pair the socks"],
        # long
        "Early turn": ["i'm on the early turn so feed kiwi and ring gervase and box room heater "
                       "on"],
    },
    "mushroom grower's barn conversion": {
        "Crumpet": ["feed crumpet", "oats for the goat"],
        "Crumpet pen": ["shut crumpet's pen"],
        "Fergal": ["ring fergal", "call the grower"],
        "Roisin": ["message roisin"],
        "Roisin and Cormac": ["message roisin and cormac"],
        "Mairead": ["tell mairead the post's come"],
        "Ottoline": ["text ottoline about the restaurant order"],
        "Ottoline ring": ["ring ottoline"],
        "Misters": ["misters on"],
        "Tunnel misters": ["grow tunnel misters on"],
        "Autoclave": ["autoclave on"],
        "Humidity": ["is the humidity high enough"],
        "Spawn": ["has the spawn arrived"],
        "Market": ["farmers market at seven"],
        "Rugby": ["cormac's rugby at ten"],
        "Pinning": ["pinning"],
        "Logs": ["soak the oak logs"],
        "Straw": ["pasteurise the straw"],
        "Punnets": ["fill the punnets"],
        "Crates": ["stack the crates"],
        "Diesel": ["how much diesel is in the van"],
        "Shiitake": ["weigh the shiitake"],
        "Oyster": ["order more oyster spawn"],
        "Chiller": ["chiller on"],
        "Yard": ["barn yard floodlight on"],
        "Compost": ["turn the spent compost"],
        # long
        "Off to market": ["i'm off to market so feed crumpet and ring ottoline and misters on"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "clock repairer's workshop cottage": {
        "Fair eight": ["antiques fair at eight"], "Judo five": ["tadhg's judo at five"],
        "Loupe off": ["loupe lamp off"], "Workbench loupe off": ["workbench loupe lamp off"],
        "Cleaner off": ["parts cleaner off"], "Unlock cabinet": ["unlock the clock cabinet"],
        "Oonagh invoice": ["text oonagh about the auction invoice"],
        "Basking off": ["sprocket's basking lamp off"], "Oil pivots": ["oil the pivots"],
        "Order hands": ["order more clock hands"], "Photograph cases": ["photograph the "
                                                                        "enamel cases"],
        "Drier off": ["cellar drier off"],
    },
    "bus driver's maisonette by the depot": {
        "Cubs seven": ["cathal's cubs at seven"], "Darts ten": ["darts league at ten"],
        "Steamer off": ["steamer off"], "Uniform steamer off": ["uniform steamer off"],
        "Box room off": ["box room heater off"], "Uncover cage": ["uncover kiwi's cage"],
        "Gervase overtime": ["text gervase about the overtime"],
        "Balcony off": ["balcony fairy lights off"], "Print timetable": ["print my timetable"],
        "Rinse mug": ["rinse my mug"], "Iron shirts": ["iron my work shirts"],
        "Charge drill": ["charge the handheld drill"],
    },
    "mushroom grower's barn conversion": {
        "Market eight": ["farmers market at eight"], "Rugby eleven": ["cormac's rugby at eleven"],
        "Misters off": ["misters off"], "Tunnel misters off": ["grow tunnel misters off"],
        "Autoclave off": ["autoclave off"], "Open pen": ["open crumpet's pen"],
        "Ottoline invoice": ["text ottoline about the restaurant invoice"],
        "Chiller off": ["chiller off"], "Yard off": ["barn yard floodlight off"],
        "Soak straw": ["soak the straw"], "Weigh oyster": ["weigh the oysters"],
        "Empty punnets": ["empty the punnets"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the clock repairer's cottage
    {"i'm off to the auction so feed sprocket and ring oonagh and lock the clock cabinet",
     "i'm leaving", "goodbye house", "feed sprocket", "ring oonagh", "lock the clock cabinet"},
    {"feed sprocket", "lettuce for the tortoise", "feed the tortoise"},
    # the bus driver's maisonette
    {"i'm on the early turn so feed kiwi and ring gervase and box room heater on",
     "feed kiwi", "ring gervase", "box room heater on"},
    {"feed kiwi", "seed for the budgie", "feed the budgie"},
    # the mushroom grower's barn
    {"i'm off to market so feed crumpet and ring ottoline and misters on",
     "i'm leaving", "goodbye house", "feed crumpet", "ring ottoline", "misters on"},
    {"feed crumpet", "oats for the goat", "feed the goat"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
goat" where the goat is Crumpet). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"sprocket", "sprocket's", "emrys", "sinead", "grainne", "tadhg", "tadhg's", "oonagh",
         "kiwi", "kiwi's", "crispin", "jacinta", "kerensa", "cathal", "cathal's", "gervase",
         "crumpet", "crumpet's", "fergal", "roisin", "mairead", "cormac", "cormac's", "ottoline"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "emrys": ("emris",), "sinead": ("shinade", "shinaid"), "grainne": ("grawnya", "gronya"),
    "tadhg": ("tige", "taig"), "tadhg's": ("tige's", "taig's"), "oonagh": ("oona",),
    "crispin": ("krispin",), "jacinta": ("jasinta",), "kerensa": ("kerenza", "karensa"),
    "cathal": ("cahal", "kahal"), "cathal's": ("cahal's", "kahal's"),
    "gervase": ("jervase",), "fergal": ("fergle",), "roisin": ("rosheen", "roseen"),
    "mairead": ("moraid", "mawraid"), "cormac": ("cormack", "kormac"),
    "cormac's": ("cormack's", "kormac's"), "ottoline": ("ottolene",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise ("grawnya" is how an
English recogniser writes the sounds of "grainne")."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "six": ("half six",), "seven": ("half seven",), "four": ("quarter past four",),
    "nine": ("half nine",), "ten": ("quarter to ten",), "tomorrow": ("on monday",),
    # things and places
    "tortoise": ("terrapin",), "lettuce": ("dandelions",), "basking": ("reading",),
    "clockmaker": ("locksmith",), "bus": ("coach",), "auction": ("charity",),
    "lot": ("catalogue",), "loupe": ("magnifier",), "workbench": ("potting",),
    "parts": ("carpet",), "cleaner": ("shampooer",), "chimes": ("bells",),
    "tune": ("stock",), "mainspring": ("battery",), "parcel": ("payment",),
    "barometer": ("thermometer",), "antiques": ("craft",), "fair": ("sale",),
    "judo": ("fencing",), "tweezers": ("pliers",), "regulator": ("hinges",),
    "escapement": ("brass",), "pins": ("screws",), "enamel": ("pewter",),
    "dials": ("spoons",), "tinkering": ("pottering",), "repair": ("raffle",),
    "tickets": ("receipts",), "cabinet": ("drawer",), "museum": ("college",),
    "grandfather": ("cuckoo",), "cellar": ("loft",), "drier": ("fan",),
    "budgie": ("canary",), "seed": ("millet",), "cage": ("tank",),
    "driver": ("conductor",), "lift's": ("cab's",), "rota": ("payslip",),
    "layover": ("stopover",), "steamer": ("trouser press",), "uniform": ("jacket",),
    "box": ("spare",), "heater": ("dehumidifier",), "shift": ("holiday",),
    "swapped": ("approved",), "route": ("platform",), "payday": ("bin day",),
    "cubs": ("scouts",), "darts": ("quiz",), "league": ("night",), "flask": ("thermos",),
    "payslip": ("p60",), "mileage": ("fuel",), "parking": ("bus",), "permit": ("badge",),
    "trousers": ("shirts",), "download": ("email",), "handheld": ("robot",),
    "balcony": ("porch",), "fairy": ("string",), "socks": ("gloves",),
    "goat": ("donkey",), "oats": ("carrots",), "pen": ("shed",), "grower": ("farmer",),
    "post's": ("milk's",), "restaurant": ("deli",), "misters": ("sprinklers",),
    "tunnel": ("shed",), "autoclave": ("pressure cooker",), "humidity": ("temperature",),
    "spawn": ("compost",), "farmers": ("flea",), "market": ("fete",),
    "rugby": ("cricket",), "pinning": ("fruiting",), "oak": ("birch",), "logs": ("planks",),
    "pasteurise": ("chop",), "straw": ("sawdust",), "punnets": ("trays",),
    "crates": ("pallets",), "diesel": ("petrol",), "van": ("tractor",),
    "shiitake": ("chanterelles",), "oyster": ("button",), "chiller": ("freezer",),
    "barn": ("stable",), "floodlight": ("spotlight",), "spent": ("fresh",),
    # the generic pool's
    "dog": ("rabbit",), "cat": ("ferret",), "garage": ("summerhouse",),
    "sauna": ("hot tub",), "coffee": ("cocoa",), "kettle": ("urn",),
    "movie": ("documentary",), "barbecue": ("picnic",), "birthday": ("anniversary",),
    "vacuum": ("duster",), "christmas": ("easter",), "yoga": ("pilates",),
    "hallway": ("utility",), "fireplace": ("log burner",), "porch": ("conservatory",),
    "office": ("den",), "sunset": ("twilight",), "bedside": ("desk",),
    "laundry": ("ironing",), "baby": ("toddlers",), "homework": ("piano",),
    "washing": ("drying",), "bedroom": ("nursery",), "podcast": ("radio play",),
    "story": ("poem",), "bath": ("footbath",), "pool": ("hot tub",), "spa": ("massage",),
    "study": ("revision",), "focus": ("karaoke",), "relax": ("unwind",),
    "vacation": ("camping",), "news": ("traffic",), "guests": ("inlaws",),
    "alarm": ("doorbell",), "quiet": ("lively",), "read": ("doodle",),
    "reading": ("doodling",), "morning": ("lunchtime",), "evening": ("midnight",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("darts league at half nine" for "darts league at nine", "feed the donkey"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_TWISTERS = [
    "susie sits shining silver shoes", "she sells seashells by the seashore",
    "peter piper picked a peck of pickled peppers", "red leather, yellow leather",
    "rural juror, rural juror", "greek grapes, greek grapes, greek grapes",
    "black background, brown background", "irish wristwatch, swiss wristwatch",
]
_BIRDS = [
    "ooh, a nuthatch on the feeder", "look, a goldfinch, beaut",
    "there's that wren again", "is that a jay? it is", "a bullfinch, fabulous",
    "two magpies, fortuitous", "a robin on the fence, aww",
    "the starlings are swooping, wow",
]

WRAPPERS: dict[str, list[str]] = {
    "a tongue twister practised, said first": [
        f"{t}. {{}}" for t in _TWISTERS[:6]
    ] + ["black background, brown background, then {}",
         "irish wristwatch, swiss wristwatch, oh and {}"],
    "a knitting pattern read aloud, said first": [
        "knit two together, purl two. {}", "cast on forty stitches. {}",
        "slip one, knit one, pass it over. {}",
        "decrease at each edge on alternate rows. {}", "change to the contrast colour. {}",
        "knit in garter stitch for twelve rows. {}", "purl it all then {}",
        "block it with steam, then {}",
    ],
    "a thank-you card dictated, said first": [
        "dear hortense, thank you for the hankies. {}",
        "dear thelonius, thanks for the cufflinks. {}",
        "dear rosalind, the gilet is a triumph. {}",
        "to bernadette, thanks ever so for the lasagne dish. {}",
        "dear mr okafor, thank you for the beautiful wreath. {}",
        "to the fergusons, cheers for the pot pourri. {}",
        "dear pilkingtons, the fudge was scrumptious, then {}",
        "dear ingrid, the silk cravat is a delight, oh and {}",
    ],
    "a property listing read aloud, said first": [
        "deceptively spacious bungalow, no onward chain. {}",
        "charming semi with original features, requiring modernisation. {}",
        "cosy cottage, perfect for downsizers. {}",
        "sought-after crescent location, viewing essential. {}",
        "detached townhouse, generous plot, offers invited. {}",
        "bijou studio apartment, near amenities. {}",
        "victorian terrace, ornate cornicing, so {}",
        "converted chapel, soaring vaulted ceilings, and {}",
    ],
    "a bird spotted from the window, said after": [
        f"{{}}, {b}" for b in _BIRDS[:6]
    ] + ["{} and a robin on the fence, aww", "{} so, the starlings are swooping, wow"],
    "a football score read off the phone, said after": [
        "{}, rovers nil, wanderers three", "{}, they've equalised, get in",
        "{}, offside by a mile, referee", "{} and it's a penalty, yes yes yes",
        "{}, city are losing again, as usual", "{}, honours even, rubbish",
        "{}, a red, deservedly", "{} oh and united scored, hallelujah",
    ],
    "a fun fact read off a packet, said after": [
        "{}, reportedly snails have thousands of teeth",
        "{}, it says octopuses have three hearts",
        "{}, fancy that, a group of flamingos is a flamboyance",
        "{} and, get this, wombats do cube-shaped droppings",
        "{}, bananas are berries, who knew",
        "{}, it says honey never spoils", "{}, it seems otters snooze paw in paw",
        "{} so, sloths can outlast dolphins underwater",
    ],
    "a tasting note read off a wine label, said after": [
        "{}, hints of blackcurrant and leather, it reckons",
        "{}, a bouquet of gooseberry and nettles",
        "{}, aromas of plum and cedar, posh",
        "{} and, oaky with a trace of vanilla, supposedly",
        "{}, zesty citrus with a flinty edge",
        "{}, goes beautifully with venison, it claims",
        "{}, velvety tannins, how refined",
        "{} so, bursting with cherry and liquorice",
    ],
    "between a tongue twister and a bird spotted": [
        "susie sits shining silver shoes. {}, ooh, a nuthatch on the feeder",
        "she sells seashells by the seashore. {}, look, a goldfinch, beaut",
        "peter piper picked a peck of pickled peppers. {}, there's that wren again",
        "red leather, yellow leather. {}, is that a jay? it is",
        "rural juror, rural juror. {}, a bullfinch, fabulous",
        "greek grapes, greek grapes, greek grapes. {}, two magpies, fortuitous",
        "black background, brown background. {} and a robin on the fence, aww",
        "irish wristwatch, swiss wristwatch. {} so, the starlings are swooping, wow",
    ],
    "in the middle of a knitting pattern read aloud": [
        "slip one, knit one, {}, pass it over",
        "knit two together, {}, purl two",
        "cast on forty, {}, no, forty-two stitches",
        "decrease at each edge, {}, on alternate rows",
        "change to the contrast, {}, the contrast colour",
        "knit in garter stitch, {}, for twelve rows",
        "block it with steam, {} and, ease it into shape",
        "purl it all, {} so, purl it again",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_ASKED = {w for routines in TWENTYSIXTH_ROUTINES.values() for ps in routines.values()
          for p in ps if re.match(r"(what's|what|is|how|when|when's|where's|where|who's|has"
                                  r"|are|which) ", p)
          for w in p.split()[1:]} - {"the", "a", "much", "in", "my", "on", "it", "is", "are",
                                     "many", "am", "i", "does", "say"}
"""The words of the pools' questions but their question words ("chimes", "humidity",
"route"): a fact, a score or a tasting note said after a question could be its answer."""
_EATING = {"dinner", "lunch", "breakfast", "coffee", "tea", "barbecue", "cooking", "kitchen",
           "feed", "lettuce", "seed", "oats", "cat", "dog", "tortoise", "budgie", "goat",
           "kettle", "boil", "romantic", "restaurant", "shiitake", "oyster", "market",
           "farmers", "punnets", "flask", "party", "date", "candle"}
_SAID_TO = {"message", "text", "tell"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_MESSAGE = {"ring", "phone", "call", "message", "text", "tell", "clockmaker", "driver",
            "grower", "leaving", "goodbye", "away", "vacation", "home", "welcome", "coming",
            "guests", "company", "off", "auction", "early", "market", "parcel", "post's",
            "lift's", "bus", "order", "invoice", "museum", "restaurant", "payday", "rota"}
"""Requests a note dictated before them could be for (a call, a message, a thanks)."""
_SPORT = {"judo", "cubs", "darts", "league", "rugby", "game", "gaming", "tv", "television",
          "watch", "movie", "news", "radio", "podcast", "night", "evening", "relax", "chill",
          "cozy"}
_HOUSE = {"room", "box", "house", "bedroom", "garage", "garden", "cellar", "balcony",
          "hallway", "office", "living", "kitchen", "bathroom", "porch", "barn", "yard",
          "leaving", "goodbye", "home", "welcome", "security", "lock", "cabinet", "door",
          "doors", "front"}
"""Requests about the home, which a property listing read before them could be about."""
_BIRDS_NEAR = {"kiwi", "kiwi's", "budgie", "seed", "cage", "feed", "cat", "dog", "garden",
               "balcony", "porch", "floodlight", "yard"}
"""Requests a bird seen outside could be the reason for (the budgie, the feeder)."""
_YARN = {"socks", "pair", "trousers", "uniform", "steamer", "iron"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a twister with food in it, a tasting note and a thank-you for food bear on
    # eating; the recorded words of a note bear on a call or a message)
    "pickled peppers": _EATING, "greek grapes": _EATING,
    **{note: _EATING | _SAID_TO | _ASKED for note in (
        "blackcurrant", "gooseberry", "plum and cedar", "vanilla", "citrus", "venison",
        "tannins", "cherry")},
    **{card: _MESSAGE for card in ("hortense", "thelonius", "rosalind", "bernadette",
                                   "okafor", "fergusons", "pilkington", "ingrid")},
    "lasagne": _EATING | _MESSAGE, "fudge": _EATING | _MESSAGE,
    "gilet": _MESSAGE | _YARN,
    # (a listing bears on the home and leaving it)
    **{listing: _HOUSE for listing in ("bungalow", "original features", "cottage",
                                       "crescent location", "townhouse", "studio apartment",
                                       "victorian terrace", "chapel")},
    # (a bird after a request could be why; any clause after a message could be its
    # words)
    **{bird: _BIRDS_NEAR | _SAID_TO for bird in ("nuthatch", "goldfinch", "wren", "jay",
                                                  "bullfinch", "magpies", "robin",
                                                  "starlings")},
    **{score: _SPORT | _SAID_TO | _ASKED for score in (
        "rovers", "equalised", "offside", "penalty", "city are", "honours even",
        "a red", "united")},
    **{fact: _SAID_TO | _ASKED for fact in ("snails", "octopuses", "flamingos", "wombats",
                                            "bananas", "honey", "otters", "sloths")},
    # (knitting bears on clothes; the middle kind's continuation could be a message's)
    **{line: _YARN | _SAID_TO for line in ("knit", "purl", "cast on", "block it",
                                           "decrease", "contrast", "garter")},
    # (the tongue twisters said after a message, as the between kind does, are never
    # after it)
    **{twister: _SAID_TO for twister in ("susie", "seashells", "red leather", "juror",
                                         "greek", "background", "wristwatch", "piper")},
}
"""Clauses that would bear on a phrase with one of these words ("feed kiwi" beside
"two magpies, fortuitous" may be for the birds outside; "ring emrys" after "dear
thelonius, thanks for the cufflinks" may be who the thanks is for): never said around
it, so the clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "susie sits shining silver shoes. {}", "{}, ooh, a nuthatch on the feeder",
    "she sells seashells by the seashore. {}", "{}, look, a goldfinch, beaut",
    "rural juror, rural juror. {}", "{}, two magpies, fortuitous",
    "cast on forty stitches. {}", "{}, it says octopuses have three hearts",
    "red leather, yellow leather. {}", "{}, a bullfinch, fabulous",
    "change to the contrast colour. {}", "{}, bananas are berries, who knew",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses, none a note, a listing, a score or a card that could bear on the kind."""

FRAGMENT_NEW_WRAPPERS = [
    "black background, brown background. {}", "{}, there's that wren again",
    "knit two together, purl two. {}", "{}, is that a jay? it is",
    "irish wristwatch, swiss wristwatch. {}", "{}, a robin on the fence, aww",
    "knit in garter stitch for twelve rows. {}", "{}, it says honey never spoils",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("she sells seashells
by the seashore"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("charades", "dreamt",
"caption", "sign") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "we",
    "till", "until", "less", "from", "like", "going", "then", "there's", "they've",
    "this", "those", "who", "us", "their", "them", "each", "every", "no", "by", "its",
    "mean", "get", "ever", "all", "how", "into", "after", "as", "she", "much", "than",
    "never", "goes", "can",
}
"""The function words (and commonest verbs) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_twentysixth_data.py none of an
out-of-scope template)."""

TWENTYSIXTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("clockmaker", "clock maker"), ("loupe", "loop"), ("workbench", "work bench"),
    ("mainspring", "main spring"), ("barometer", "barometre"), ("tweezers", "tweezas"),
    ("regulator", "regulater"), ("escapement", "escape meant"), ("enamel", "enamal"),
    ("tinkering", "tinkerin"), ("layover", "lay over"), ("payslip", "pay slip"),
    ("payday", "pay day"), ("mileage", "milage"), ("handheld", "hand held"),
    ("autoclave", "auto clave"), ("pasteurise", "pasteurize"), ("shiitake", "shitaki"),
    ("punnets", "punnits"), ("floodlight", "flood light"), ("humidity", "humidty"),
    ("misters", "mysters"),
]
"""The twenty-sixth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("parts cleaner", "partscleaner"), ("loupe lamp", "loupelamp"),
         ("clock cabinet", "clockcabinet"), ("repair tickets", "repairtickets"),
         ("box room", "boxroom"), ("fairy lights", "fairylights"), ("work trousers",
         "worktrousers"), ("parking permit", "parkingpermit"), ("darts league",
         "dartsleague"), ("grow tunnel", "growtunnel"), ("oak logs", "oaklogs"),
         ("barn yard", "barnyard"), ("farmers market", "farmersmarket"),
         ("bus driver", "busdriver"), ("enamel dials", "enameldials"),
         ("escapement pins", "escapementpins"), ("basking lamp", "baskinglamp"),
         ("uniform steamer", "uniformsteamer"), ("handheld hoover", "handheldhoover"),
         ("spent compost", "spentcompost"), ("oyster spawn", "oysterspawn"),
         ("grandfather clock", "grandfatherclock"), ("auction lot", "auctionlot"),
         ("cellar drier", "cellardrier"), ("antiques fair", "antiquesfair")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"barometer": "barometre", "mileage": "milage", "autoclave": "autoclav",
             "pasteurise": "pasteurize", "shiitake": "shitake", "tweezers": "tweasers",
             "escapement": "escapment", "humidity": "humidaty"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and eight
# kinds no earlier set has (``_resolver_twentysixth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "sketch a {w} in biro for the grandkids", "what do you call a herd of {w}",
        "put {w} into a limerick", "give me a synonym of {w}",
        "who came up with the {w}", "find a charity shop selling a {w}",
        "is {w} an english word originally", "how do the americans say {w}",
    ],
    "routine command": [
        "forget all about {p} please", "read me back what {p} is set to do",
        "give {p} a snappier name", "duplicate {p} for the spare room",
        "switch {p} to school days only", "let {p} play a jingle first",
        "when was {p} last edited", "make {p} a bit gentler",
    ],
    "word order": [
        "{b} instead of {a}, if you can", "{b} then {a} after lunch",
        "swap the {a} and {b} round", "no {a}, loads of {b}",
        "is it {a} before {b} or after", "more {b}, hardly any {a}",
    ],
    "negation": [
        "kindly refrain from {p}", "i'd rather you didn't {p} today",
        "on no account are you to {p}", "you mustn't {p} while i'm out",
        "no, let's not {p} this time", "leave it, don't {p} at all",
    ],
    "cancellation": [
        "call off {p} until further notice", "{p} can wait until next week",
        "knock {p} on the head for today", "put a stop to {p} this afternoon",
        "{p} won't be needed today, much obliged", "shelve {p} for the time being",
    ],
    "state question": [
        "is {p} running right this minute", "has {p} already kicked in",
        "did anybody see whether {p} went off okay", "is {p} finished yet or still rumbling on",
        "has {p} been seen to already", "did {p} go ahead on tuesday",
    ],
    "past or story": [
        "the winter we moved here {p} never worked", "during the power cut {p} packed up",
        "my grandad used to {p} every sunday", "last easter {p} took all afternoon",
        "that time {p} went haywire at midnight", "before the extension we'd {p} by hand",
    ],
    "someone else's words": [
        "the plumber muttered {p} under his breath", "a kid on the bus kept shouting {p}",
        "my sister texts {p} at the end of everything", "the man at the till said {p}",
        "the radio presenter said {p} twice", "our builder's catchphrase is {p}",
    ],
    "contrast": [
        "{p} is strictly for bank holidays", "we save {p} for when the in-laws come",
        "{p} is a saturday treat only", "{p} only happens on pancake day",
        "we {p} just in the school holidays", "{p} is for emergencies and that's it",
    ],
    "hypothetical": [
        "what if i asked you to {p}", "say i wanted to {p}, hypothetically",
        "in theory, might you {p}", "if we ever did {p}, would it be loud",
        "just imagine {p} at four in the morning", "supposing someone said {p}",
    ],
    "complaint": [
        "{p} drives me barmy", "{p} let us down again yesterday",
        "{p} has been dreadful since the update", "i'm fed up with {p} going wrong",
        "{p} is more faff than it's worth", "{p} keeps playing up",
    ],
    "opinion": [
        "{p} is a little gem", "i'm made up with {p}", "{p} is worth its weight in gold",
        "{p} has changed my life, honest", "{p} is my favourite thing you do",
        "{p} is ever so useful",
    ],
    "reminder for later": [
        "nudge me to {p} when i'm back", "jog my memory to {p} after school",
        "don't let me forget to {p} on friday", "remind me later to {p}",
        "put {p} on tomorrow's reminders", "buzz me about {p} at teatime",
    ],
    "permission question": [
        "is my stepson allowed to {p}", "can the childminder {p}",
        "may the babysitter {p}", "is my aunt allowed to {p} when she stays",
        "can the au pair {p} on her own", "would the landlord be allowed to {p}",
    ],
    # the twenty-sixth's own
    "the phrase used as a noun": [
        "the {p} bit always takes longest", "whose turn is the {p} job this week",
        "we had a row about the whole {p} business", "the {p} part is my favourite",
        "that {p} palaver again", "the {p} side of things is sorted",
    ],
    "a child sounding it out while learning to read": [
        "sound it out, sweetheart: {p}", "go on, read the next words, {p}, well done",
        "that says {p}, clever girl", "sound out each word, {p}, brilliant",
        "try reading it slowly: {p}", "what does this say? {p}, good lad",
    ],
    "a guess at charades": [
        "charades, is it {p}? a musical?", "sounds like {p}, is it a film?",
        "my guess for charades is {p}", "opening word, second syllable, {p}?",
        "is your charade {p}? yes?", "charades again, {p}, am i warm?",
    ],
    "a dream about it": [
        "i dreamt you did {p} all night", "last night i had a dream about {p}",
        "weird dream, {p} over and over", "in my dream someone kept saying {p}",
        "i had a nightmare where {p} wouldn't stop", "dreamt about {p} again, spooky",
    ],
    "teaching a parrot to say it": [
        "polly, say {p}, go on", "repeat after me, polly: {p}",
        "clever bird, can you say {p}", "we're teaching the parrot to say {p}",
        "the parrot's learnt {p} now", "say {p} for a treat, polly",
    ],
    "a tongue twister made of it": [
        "say {p} five times fast", "try saying {p} a dozen times quickly",
        "{p} is a right tongue twister", "bet you can't say {p} quickly",
        "say {p} faster and faster", "{p} trips off the tongue, doesn't it",
    ],
    "a caption for a photo": [
        "i'll caption this photo {p}", "caption for the snap: {p}",
        "the caption under the picture says {p}", "post the selfie with the caption {p}",
        "what a caption, {p}", "the album's captioned {p}",
    ],
    "a sign that says it": [
        "the sign on the shed door says {p}", "we put a sign up saying {p}",
        "there's a notice in the lift that says {p}", "the poster in the window reads {p}",
        "someone chalked {p} on the board outside the pub",
        "the placard just said {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} cake topper", "{} bumper sticker", "{} mug design", "{} embroidery kit",
    "{} wallpaper pattern", "{} keyring", "{} sticker pack", "{} snow globe",
    "{} karaoke version", "{} crossword answer",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
