"""The words of the fourteenth held-out resolver set (benchmarks/_resolver_fourteenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a vicarage, with the vicar's
wife Priya, their son Eli, the verger Malcolm, the churchwarden Doreen and a spaniel
Pickwick (seed 140); a fisherman's harbour cottage, with a partner Morag, a son Callum,
a crewmate Angus and a collie Skipper (141); and a flat above a chip shop, with a
partner Deniz, children Emre and Elif, a delivery rider Jaz and a cat Simba (142). Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
near siblings in ``UNTAUGHT`` ("ring malcolm" beside "ring malika", "service at ten"
beside "service at eleven", "wood stove on" beside "wood stove off", "haul the creels
at four" beside "haul the creels at five"), are never taught there. Some taught
phrases nest on purpose ("hall heating on" inside "parish hall heating on", "stove on"
inside "wood stove on", "grill on" inside "doner grill on", the generic "fan on" inside
"extractor fan on high"), and several share words across routines ("message priya" and
"message priya and malcolm", "feed pickwick" and "take pickwick to the park", "fryers on" and
"heat the fryers").

Its wrappers are kinds of wrapping no earlier set has (tests/test_resolver_fourteenth_data.py
checks the kinds, the frames and the words): in a hurry, after a misunderstanding, a
child in the room, a pet in the room, driving, mid-game, a Singlish particle, Indian
English, South African English, Irish English, teen slang, a blessing or luck, an
emoji read aloud, small talk about the weather, a favour promised, hands full. Each
says the phrase exactly and nothing that could change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {140: "vicarage", 141: "fisherman's harbour cottage",
                         142: "flat above a chip shop"}

FOURTEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "vicarage": {
        "Church heating": ["church boiler on", "heat the church"],
        "Vestry": ["vestry light on"],
        "Bells": ["bell practice thursday"],
        "Service": ["service at ten"],
        "Malcolm": ["ring malcolm", "call the verger"],
        "Priya": ["message priya"],
        "Priya and Malcolm": ["message priya and malcolm"],
        "Doreen": ["tell doreen the hall is open"],
        "Pickwick": ["feed pickwick", "pickwick's dinner"],
        "Pickwick walk": ["take pickwick to the park"],
        "Sermon": ["read my sermon back", "sermon notes"],
        "Desk lamp": ["vicar's desk lamp"],
        "Hall": ["unlock the parish hall"],
        "Hall heating": ["hall heating on"],
        "Parish hall heating": ["parish hall heating on"],
        "Food bank": ["food bank collection at two"],
        "Funeral": ["funeral diary for friday"],
        "Hymns": ["play the hymn list"],
        "Rota": ["whose turn on the flower rota"],
        "Choir": ["when's choir rehearsal"],
        "Door": ["who's at the vicarage door"],
        "Stream": ["stream the service"],
        "Organ": ["organ heater on"],
        "Collection": ["count the collection"],
        "Chimebox": ["chimebox on"],
        "Churchyard": ["churchyard lights on"],
        "Eli": ["tell eli to come down"],
        # long
        "Off to church": ["i'm off to the church so heat the church and put the vestry "
                          "light on and ring malcolm"],
    },
    "fisherman's harbour cottage": {
        "Tide": ["tide times", "when's high tide"],
        "Forecast": ["shipping forecast"],
        "Bilge": ["run the bilge pump"],
        "Boat camera": ["boat camera", "check the boat"],
        "Angus": ["ring angus"],
        "Morag": ["message morag"],
        "Morag and Callum": ["message morag and callum"],
        "Callum": ["tell callum i'm back at six"],
        "Skipper": ["feed skipper", "skipper's biscuits"],
        "Skipper out": ["let skipper out the back"],
        "Oilskins": ["dry the oilskins"],
        "Smokehouse": ["smokehouse on", "get the smoker going"],
        "Ice": ["ice machine on"],
        "Harbour cam": ["harbour webcam"],
        "Creels": ["haul the creels at four"],
        "Market": ["fish market prices"],
        "Immersion": ["switch the immersion on"],
        "Stove": ["stove on"],
        "Wood stove": ["wood stove on"],
        "Net loft": ["net loft light"],
        "Gale": ["gale warning"],
        "Diesel": ["diesel order for tuesday"],
        "Marine radio": ["marine radio on"],
        "Pager": ["lifeboat pager test"],
        "Creelcam": ["creelcam on"],
        "Sea": ["how rough is the sea"],
        "Mooring": ["mooring lights on"],
        # long
        "Going to sea": ["i'm going out on the boat so check the boat and put the marine "
                         "radio on and ring angus"],
    },
    "flat above a chip shop": {
        "Fryers": ["fryers on", "heat the fryers"],
        "Extractor": ["extractor fan on high"],
        "Jaz": ["ring jaz"],
        "Deniz": ["message deniz"],
        "Emre and Elif": ["text emre and elif"],
        "Simba": ["feed simba", "simba's breakfast"],
        "Order tablet": ["order tablet on"],
        "Friday rush": ["friday rush mode"],
        "Spudmatic": ["spudmatic on"],
        "Oil change": ["oil change on monday"],
        "Shop sign": ["shop sign on"],
        "Grill": ["grill on"],
        "Doner grill": ["doner grill on"],
        "Elif heater": ["elif's bedroom heater"],
        "Waiting orders": ["how many orders are waiting"],
        "Freezer": ["what's low in the freezer"],
        "Takings": ["bank the takings"],
        "Opening": ["open up at four"],
        "Fridge log": ["fridge temperature log"],
        "Closing": ["closing time"],
        "Batter": ["mix the batter"],
        "Emre": ["call emre down for tea"],
        "Chippy cam": ["chippycam on"],
        "Shutters": ["pull the shutters down"],
        "Curry sauce": ["curry sauce pan on"],
        "Mushy peas": ["mushy peas on the hob"],
        "Wholesaler": ["ring the wholesaler"],
        # long
        "Opening time": ["it's opening time so heat the fryers and put the extractor fan on "
                         "and ring jaz"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "vicarage": {
        "Malika": ["ring malika"], "Prisha": ["message prisha"],
        "Priya and Malik": ["message priya and malik"], "Pipkin": ["feed pipkin"],
        "Service eleven": ["service at eleven"], "Boiler off": ["church boiler off"],
        "Vestry off": ["vestry light off"], "Bells tuesday": ["bell practice tuesday"],
        "Lock hall": ["lock the parish hall"], "Food bank three": ["food bank collection at three"],
        "Organ off": ["organ heater off"], "Ellie": ["tell ellie to come down"],
        "Chimebox off": ["chimebox off"],
    },
    "fisherman's harbour cottage": {
        "Fergus": ["ring fergus"], "Mora": ["message mora"],
        "Morag and Calum": ["message morag and colin"], "Kipper": ["feed kipper"],
        "Creels five": ["haul the creels at five"], "Bait pump": ["run the bait pump"],
        "Stove off": ["wood stove off"], "Diesel wednesday": ["diesel order for wednesday"],
        "Smokehouse off": ["smokehouse off"], "Callum seven": ["tell callum i'm back at seven"],
        "Radio off": ["marine radio off"], "Low tide": ["when's low tide"],
        "Mooring off": ["mooring lights off"],
    },
    "flat above a chip shop": {
        "Jess": ["ring jess"], "Denise": ["message denise"],
        "Emre and Elma": ["text emre and elma"], "Samba": ["feed samba"],
        "Fryers off": ["fryers off"], "Extractor off": ["extractor fan on low"],
        "Open five": ["open up at five"], "Oil change tuesday": ["oil change on tuesday"],
        "Shop sign off": ["shop sign off"], "Grill off": ["doner grill off"],
        "Raise shutters": ["pull the shutters up"], "Chippycam off": ["chippycam off"],
        "Emre heater": ["emre's bedroom heater"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the vicarage
    {"vicar's desk lamp", "study time"},
    {"take pickwick to the park", "dog walk", "walking the dog"},
    {"i'm off to the church so heat the church and put the vestry light on and ring "
     "malcolm", "i'm leaving", "goodbye house", "heat the church", "church boiler on",
     "vestry light on", "ring malcolm", "call the verger", "start my work day",
     "office mode"},
    # the fisherman's harbour cottage
    {"wood stove on", "fireplace on", "light the fire", "cozy evening"},
    {"switch the immersion on", "shower time"},
    {"let skipper out the back", "dog walk", "walking the dog"},
    {"i'm going out on the boat so check the boat and put the marine radio on and ring "
     "angus", "i'm leaving", "goodbye house", "check the boat", "boat camera",
     "marine radio on", "ring angus", "start my work day", "office mode"},
    # the flat above a chip shop
    {"feed simba", "simba's breakfast", "feed the cat", "cat dinner"},
    {"extractor fan on high", "fan on"},
    {"closing time", "end of work day", "office off", "pull the shutters down"},
    {"call emre down for tea", "dinner time", "dinner is ready", "tea time"},
    {"it's opening time so heat the fryers and put the extractor fan on and ring jaz",
     "start my work day", "office mode", "heat the fryers", "fryers on",
     "extractor fan on high", "ring jaz", "open up at four", "fan on"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the cat" when "feed simba" is taught). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "kitty": "cat", "puss": "cat", "mom": "mum", "2": "two", "3": "three", "4": "four",
    "5": "five", "6": "six", "7": "seven", "10": "ten", "11": "eleven",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"priya", "eli", "malcolm", "doreen", "pickwick", "pickwick's", "malika",
         "prisha", "malik", "pipkin", "ellie", "morag", "callum", "angus", "skipper", "skipper's",
         "fergus", "mora", "colin", "kipper", "deniz", "emre", "elif", "elif's", "jaz",
         "simba", "simba's", "jess", "denise", "elma", "samba", "emre's", "rolo",
         "munchkin", "sweetpea"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "two": ("2",), "three": ("3",), "four": ("4",), "five": ("5",), "six": ("6",),
    "seven": ("7",), "ten": ("10",), "eleven": ("11",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "malcolm": ("martin", "mervyn"), "priya": ("pauline", "parveen"),
    "doreen": ("dolores",), "pickwick": ("hector", "marmite"),
    "pickwick's": ("hector's", "marmite's"), "eli": ("arlo", "otis"),
    "morag": ("moira", "mhairi"), "callum": ("calvin", "corey"), "angus": ("alistair", "euan"),
    "skipper": ("bosun", "rusty"), "skipper's": ("bosun's", "rusty's"),
    "deniz": ("derya", "dilek"), "emre": ("ercan", "onur"), "elif": ("esra", "ayla"),
    "elif's": ("esra's", "ayla's"), "jaz": ("kit", "zak"), "simba": ("mittens", "ziggy"),
    "simba's": ("mittens'", "ziggy's"),
    # numbers, days and times
    "ten": ("nine", "twelve"), "two": ("noon", "one"), "four": ("three", "nine"),
    "six": ("eight", "midnight"), "thursday": ("monday",), "friday": ("saturday",),
    "tuesday": ("thursday",), "monday": ("sunday",),
    # things and places
    "church": ("school",), "boiler": ("dishwasher",), "vestry": ("attic",),
    "bell": ("choir",), "sermon": ("essay",), "hall": ("scout hut",), "parish": ("village",),
    "funeral": ("christening",), "hymn": ("shopping",), "flower": ("cleaning",),
    "organ": ("greenhouse",), "collection": ("votes",), "churchyard": ("car park",),
    "park": ("beach",), "choir": ("band",), "vicarage": ("cottage",),
    "tide": ("bus",), "shipping": ("pollen",), "bilge": ("fish tank",), "boat": ("caravan",),
    "oilskins": ("sheets",), "smokehouse": ("hot tub",), "smoker": ("barbecue",),
    "ice": ("bread",), "harbour": ("motorway",), "creels": ("nets",), "fish": ("cattle",),
    "immersion": ("dehumidifier",), "stove": ("oven",), "wood": ("gas",),
    "loft": ("shed",), "gale": ("flood",), "diesel": ("coal",), "marine": ("kitchen",),
    "lifeboat": ("fire",), "sea": ("road",), "mooring": ("runway",),
    "fryers": ("toasters",), "extractor": ("ceiling",), "tablet": ("printer",),
    "rush": ("quiz",), "oil": ("tyre",), "sign": ("awning",), "grill": ("pizza oven",),
    "doner": ("panini",), "freezer": ("larder",), "takings": ("cheques",),
    "batter": ("gravy",), "shutters": ("blinds",), "curry": ("cheese",),
    "peas": ("beans",), "wholesaler": ("dentist",), "bedroom": ("box room",),
    "orders": ("texts",), "fridge": ("cellar",),
    # the generic pool's
    "cat": ("guinea pig",), "dog": ("donkey",), "garage": ("garden shed",),
    "piano": ("violin",), "sauna": ("steam room",), "coffee": ("soup",),
    "kettle": ("slow cooker",), "movie": ("bingo",), "barbecue": ("bonfire",),
    "birthday": ("anniversary",), "vacuum": ("mop",), "christmas": ("halloween",),
    "pool": ("paddling pool",), "yoga": ("zumba",), "kitchen": ("conservatory",),
    "living": ("sitting",), "hallway": ("landing",), "fireplace": ("wood burner",),
    "podcast": ("radio play",), "porch": ("carport",), "guests": ("in-laws",),
    "office": ("workshop",), "storm": ("heatwave",), "sunset": ("disco",),
    "bedside": ("dressing table",), "laundry": ("ironing",), "homework": ("revision",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
martin" for "ring malcolm", "service at twelve", "heat the school"): never taught, so
such a request is a different one."""

WRAPPERS: dict[str, list[str]] = {
    "in a hurry": [
        "haste, {}", "{}, hastily", "{}, i'm rushing", "speedily, {}", "{}, briskly",
        "zoom zoom, {}",
    ],
    "after a misunderstanding": [
        "you misheard, {}", "misunderstood me, {}", "to clarify, {}",
        "{}, that's what i meant", "crossed wires, {}", "{}, misinterpreted",
    ],
    "child in the room": [
        "{}, sit nicely, munchkin", "crayons on the table, munchkin, {}", "{}, sweetpea, careful",
        "shoelaces, sweetpea, {}", "inside voice, munchkin, {}", "{}, sweetpea, share nicely",
    ],
    "pet in the room": [
        "shoo, rolo, {}", "{}, rolo, drop that", "{}, paws, rolo", "leave it, rolo, {}",
        "rolo, basket, {}", "{}, naughty rolo",
    ],
    "driving": [
        "{}, i'm behind the wheel", "indicating left, {}", "{}, reversing",
        "at the roundabout, {}", "{}, mirror signal manoeuvre", "stuck in traffic, {}",
    ],
    "mid-game": [
        "{}, i'm raiding", "respawning, {}", "{}, headshot", "checkpoint saved, {}",
        "{}, lagging", "brb, {}",
    ],
    "singlish particle": [
        "{} leh", "{} lor", "aiyah, {}", "{} hor", "alamak, {}", "walao, {}",
    ],
    "indian english": [
        "please do the needful, {}", "{}, itself", "{}, please adjust", "what to do, {}",
        "{}, fully", "{}, simply superfine",
    ],
    "south african english": [
        "ag, {}", "{}, lekker", "eish, {}", "yoh, {}", "{}, sharp sharp", "shame, {}",
    ],
    "irish english": [
        "bejaysus, {}", "{}, eejit", "{}, deadly", "janey mac, {}", "{}, that's savage",
        "{}, savage craic",
    ],
    "teen slang": [
        "{}, fr fr", "bruh, {}", "{}, slay", "lowkey, {}", "{}, bussin", "{}, periodt",
    ],
    "blessing or luck": [
        "inshallah, {}", "please god, {}", "godspeed, {}", "{}, here's hoping",
        "{}, lucky charm", "{}, touch timber",
    ],
    "emoji read aloud": [
        "{} grinning emoji", "thumbs up emoji, {}", "{} winky emoji", "{} sparkle emoji",
        "clapping emoji, {}", "{} rainbow emoji",
    ],
    "weather small talk": [
        "grim out there, {}", "{}, bucketing", "bit nippy, {}", "{}, brass monkeys",
        "{}, blowing a hoolie", "scorcher, {}",
    ],
    "favour promised": [
        "{}, repayment guaranteed", "{}, drinks on me", "{}, i'm in your debt", "{}, pints on me",
        "{}, indebted forever",
    ],
    "hands full": [
        "juggling bags, {}", "{}, carrying a tray", "overloaded, {}", "{}, lugging groceries",
        "{}, balancing plates",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

REASON_CLASHES: dict[str, set[str]] = {
    "behind the wheel": {"bed", "bedtime", "sleep", "nap", "night", "bath", "shower", "spa",
                         "sauna", "home", "welcome", "yoga", "workout", "gym", "calm",
                         "relax", "chill", "meditation", "story", "movie", "game", "gaming",
                         "dinner", "breakfast", "lunch", "cooking", "reading", "read"},
    "reversing": {"bed", "bedtime", "sleep", "nap", "bath", "shower", "movie", "game",
                  "gaming", "reading", "read", "yoga", "meditation"},
    "mirror signal manoeuvre": {"bed", "bedtime", "sleep", "nap", "bath", "shower", "movie",
                                "game", "gaming", "reading", "read"},
    "at the roundabout": {"home", "welcome"},
    "stuck in traffic": {"home", "bed", "bedtime", "sleep", "nap", "bath", "shower",
                         "leaving", "goodbye", "going", "off"},
    "i'm raiding": {"leaving", "goodbye", "away", "vacation", "holiday", "walk", "out",
                    "going", "bed", "bedtime", "sleep", "nap", "game", "gaming", "off"},
    "headshot": {"game", "gaming", "bed", "sleep", "nap"},
    "respawning": {"game", "gaming"},
    "checkpoint saved": {"game", "gaming"},
    "lagging": {"game", "gaming"},
    "bucketing": {"sunset", "sun", "garden", "barbecue", "sprinkler", "water", "pool"},
    "scorcher": {"cozy", "fire", "fireplace", "stove", "heat", "heating", "warm", "heater",
                 "immersion", "boiler"},
    "bit nippy": {"fan", "cool", "air", "conditioning", "ice"},
    "brass monkeys": {"fan", "cool", "air", "conditioning", "ice"},
}
"""Situations that would contradict a phrase with one of these words ("nap time, i'm
behind the wheel"): never said around it, so the request stays the phrase's."""

OOS_WRAPPERS = [
    "haste, {}", "speedily, {}", "you misheard, {}", "shoo, rolo, {}",
    "{}, i'm behind the wheel", "respawning, {}", "{} leh", "{}, itself", "eish, {}",
    "bejaysus, {}", "bruh, {}", "inshallah, {}", "{} winky emoji", "grim out there, {}",
    "{}, drinks on me", "juggling bags, {}", "{}, sweetpea, careful", "alamak, {}",
    "yoh, {}", "brb, {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, hastily", "zoom zoom, {}", "crossed wires, {}", "{}, naughty rolo", "{} lor",
    "{}, fully", "{}, lekker", "{}, deadly", "{}, slay", "godspeed, {}", "{} sparkle emoji",
    "scorcher, {}", "overloaded, {}", "{}, paws, rolo",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("wrong end of the
stick"), struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"haste", "hastily", "speedily", "briskly", "misheard", "misunderstood",
                 "misinterpreted", "munchkin", "sweetpea", "crayons", "shoelaces", "rolo",
                 "shoo", "naughty", "roundabout", "reversing", "manoeuvre", "respawning",
                 "checkpoint", "headshot", "lagging", "raiding", "brb", "leh", "lor", "hor",
                 "aiyah", "alamak", "walao", "needful", "ag", "lekker", "eish", "yoh",
                 "bejaysus", "eejit", "janey", "craic", "fr", "bruh", "slay", "lowkey",
                 "bussin", "periodt", "inshallah", "godspeed", "emoji", "winky", "grim",
                 "bucketing", "nippy", "hoolie", "scorcher", "indebted", "juggling",
                 "lugging", "overloaded"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

FOURTEENTH_SOUND_ALIKE = [
    ("malcolm", "malcom"), ("priya", "pria"), ("doreen", "dorene"), ("pickwick", "pick wick"),
    ("vestry", "vestree"), ("verger", "virgin"), ("sermon", "salmon"),
    ("parish", "perish"), ("hymn", "him"), ("rota", "rotor"), ("choir", "quire"),
    ("rehearsal", "rehearsals"), ("vicarage", "vicarridge"), ("organ", "organs"),
    ("chimebox", "chime box"), ("churchyard", "church yard"), ("funeral", "funerals"),
    ("eli", "ely"), ("thursday", "thursdays"), ("collection", "collections"),
    ("tide", "tied"), ("bilge", "bulge"), ("angus", "anguss"), ("morag", "moraig"),
    ("callum", "calum"), ("skipper", "skipped"), ("oilskins", "oil skins"),
    ("smokehouse", "smoke house"), ("smoker", "smokers"), ("webcam", "web cam"),
    ("creels", "creel"), ("immersion", "emersion"), ("stove", "stoves"),
    ("loft", "lofts"), ("gale", "gail"), ("diesel", "deisel"), ("marine", "marina"),
    ("lifeboat", "life boat"), ("creelcam", "creel cam"), ("mooring", "mourning"),
    ("fryers", "friars"), ("extractor", "extracter"), ("deniz", "dennis"),
    ("emre", "emra"), ("elif", "eleaf"), ("jaz", "jazz"), ("simba", "simbah"),
    ("spudmatic", "spud matic"), ("doner", "donna"), ("grill", "grille"),
    ("takings", "taking"), ("batter", "better"), ("chippycam", "chippy cam"),
    ("shutters", "shudders"), ("curry", "currie"), ("mushy", "mushie"),
    ("wholesaler", "whole seller"), ("freezer", "freezers"), ("tablet", "tablets"),
]
"""The fourteenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("church boiler", "churchboiler"), ("vestry light", "vestrylight"),
         ("parish hall", "parishhall"), ("food bank", "foodbank"),
         ("desk lamp", "desklamp"), ("bilge pump", "bilgepump"),
         ("ice machine", "icemachine"), ("net loft", "netloft"), ("wood stove", "woodstove"),
         ("fish market", "fishmarket"), ("shop sign", "shopsign"),
         ("extractor fan", "extractorfan"), ("order tablet", "ordertablet"),
         ("mushy peas", "mushypeas")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"vicarage": "vickarage", "rehearsal": "rehersal", "oilskins": "oilskin's",
             "diesel": "deisel", "immersion": "immersian", "wholesaler": "wholesailer",
             "extractor": "extracter", "churchyard": "churchyad"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and three
# kinds no earlier set has ("opinion", "reminder for later", "permission question").
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "what's the opposite of {w}", "say {w} backwards", "is {w} a noun",
        "is there a song called {p}", "search the web for {p}", "what's {w} in french",
        "find a recipe with {w}", "what's the weight of a {w}", "what year was the {w} invented",
        "set a quiz question about {p}", "put {w} on my wish list", "is {p} a film",
    ],
    "routine command": [
        "what happens in {p}", "tweak {p}", "list the steps of {p}", "when was {p} taught",
        "save a copy of {p}", "give {p} a shorter name", "pause {p} until monday",
        "who else can use {p}", "merge {p} with another routine", "make {p} quieter",
        "forget the phrase {p}",
    ],
    "word order": [
        "{b} ahead of {a}", "{b} or maybe {a}", "{b} and no {a}", "{b} beats {a}",
        "{b} in place of {a}", "{b} with extra {a}",
    ],
    "negation": [
        "i'd rather you didn't {p}", "never {p}", "you're not to {p}", "do not {p} today",
        "nobody wants {p}", "let's not bother with {p} tonight", "leave {p} alone",
        "we'll be doing without {p}", "i never said {p}",
    ],
    "cancellation": [
        "revert {p}", "stop {p} right now", "cancel {p} now", "bring {p} to a halt",
        "switch {p} back", "never mind about {p}", "drop {p}", "{p}, wait, cancel that",
    ],
    "state question": [
        "has somebody done {p}", "is {p} under way", "did {p} go smoothly",
        "what time did {p} happen", "is {p} already on", "was {p} done today",
        "how far along is {p}", "is {p} finished", "has {p} started",
    ],
    "past or story": [
        "last easter {p} caused chaos", "{p} was the first thing we set up",
        "grandad laughed at {p}", "{p} broke during the power cut",
        "yesterday i did {p} myself", "the old {w} went to the tip",
        "{p} made the news once", "back in march {p} failed",
    ],
    "someone else's words": [
        "the vicar said {p}", "my neighbour shouted {p}", "the radio presenter said {p}",
        "the text from mum says {p}", "the whiteboard says {p}", "the fridge magnet says {p}",
        "the lad next door yelled {p}", "the quiz answer was {p}",
    ],
    "contrast": [
        "{p} is for summer, this is winter", "instead of {p} we'll manage",
        "{p} belongs to the old house", "we don't need {p}, just the usual",
        "{p} was yesterday's plan, today is different", "{p} is their thing, not ours",
        "{p} is for guests only",
    ],
    "hypothetical": [
        "say i wanted {p}, what then", "in theory, {p}", "picture me saying {p}",
        "if the wifi dropped could you still {p}", "assuming i said {p}",
        "would a stranger be able to {p}", "let's pretend i said {p}",
    ],
    "complaint": [
        "{p} is a nightmare", "{p} drives me up the wall", "{p} always breaks",
        "{p} costs a fortune", "{p} wakes the baby every time", "{p} is so annoying",
        "who designed {p} anyway",
    ],
    "opinion": [
        "i love {p}", "{p} is my favourite", "i really like {p}", "{p} is brilliant",
        "honestly {p} is great", "{p} is the best thing we've got", "i'm a big fan of {p}",
    ],
    "reminder for later": [
        "remind me to {p} tomorrow", "remind me about {p} next week",
        "put {p} on my to do list", "make a note to {p} later", "add {p} to my reminders",
        "remind me later about {p}", "jot down {p} for the weekend",
    ],
    "permission question": [
        "am i allowed to {p}", "is it ok if i {p}", "may i {p}", "can my son {p}",
        "is it safe to {p}", "should i {p}", "would it be alright to {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "what's a good name for a {}", "{} for sale", "who makes the cheapest {}",
    "how long does a {} last", "second hand {}", "{} reviews", "how to fix a {}",
    "is a {} recyclable", "{} price comparison", "how big is a {}",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
