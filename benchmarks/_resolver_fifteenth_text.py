"""The words of the fifteenth held-out resolver set (benchmarks/_resolver_fifteenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a farmhouse bed-and-breakfast,
with the hosts Eirlys and Rhodri, their daughter Nia, the farmhand Tomos and a sheepdog
Meg (seed 150); a student house share of five, Kofi, Anika, Josh, Freya and Mateo, with
a hamster Nugget (151); and a retired couple's narrowboat, Clive and Brenda, with their
son Gareth, their daughter Hannah, a lock-keeper friend Stan and a terrier Dizzy (152).
Each teaches 22 of its own routines with the generic pool; the rest of its own pool,
and the near siblings in ``UNTAUGHT`` ("ring thomas" beside "ring tomos", "checkout at
eleven" beside "checkout at ten", "seminar at three" beside "seminar at two", "feed
izzy" beside "feed dizzy", "rear cabin lights on" beside "front cabin lights on"), are
never taught there. Some taught phrases nest on purpose ("cabin lights on" inside
"front cabin lights on", the generic "lights on" inside "lambing shed lights on" and
"festoon lights on", the generic "heating on" inside "heating on for an hour"), and
several share words across routines
("message eirlys" and "message eirlys and rhodri", "feed meg" and "take meg up the top
field", "water tank level", "gas bottle level" and "leisure battery level").

Its wrappers are kinds of wrapping no earlier set has (tests/test_resolver_fifteenth_data.py
checks the kinds, the frames and the words): a toast, a sportscaster's voice, a Welsh
greeting, a Spanish greeting, an announcement to the whole house, a pirate voice, a
posh voice, mock Shakespeare, mid-exercise, on a video call, hiccups, Australian
English, a Yiddish exclamation, playground talk, magic words and a starship captain.
Each says the phrase exactly and nothing that could change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {150: "farmhouse bed-and-breakfast", 151: "student house share",
                         152: "retired couple's narrowboat"}

FIFTEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "farmhouse bed-and-breakfast": {
        "Rayburn": ["rayburn on", "warm the rayburn"],
        "Hens": ["let the hens into the orchard", "open the hen house"],
        "Lambcam": ["lambcam on"],
        "Lambing shed": ["lambing shed lights on"],
        "Milking": ["milking parlour lights on"],
        "Tomos": ["ring tomos", "call the farmhand"],
        "Eirlys": ["message eirlys"],
        "Eirlys and Rhodri": ["message eirlys and rhodri"],
        "Nia": ["tell nia the guests are here"],
        "Meg": ["feed meg", "meg's supper"],
        "Meg walk": ["take meg up the top field"],
        "Checkout": ["checkout at ten"],
        "Full english": ["full english for room four"],
        "Dovecote": ["dovecote room heater"],
        "Hot water": ["hot water for the guest rooms"],
        "Welcome pack": ["print the welcome pack"],
        "Eggs": ["egg count for today"],
        "Arrivals": ["who's arriving tonight"],
        "Vacancies": ["vacancies light on"],
        "Quad": ["charge the quad bike"],
        "Bins": ["bins out on wednesday"],
        "Sheep nuts": ["sheep nuts order for thursday"],
        "Guest wifi": ["what's the guest wifi password"],
        "Honesty box": ["honesty box camera"],
        "Farm shop": ["farm shop till on"],
        "Yard gate": ["shut the yard gate"],
        "Boot room": ["boot room dryer on"],
        # long
        "Morning rounds": ["i'm off round the farm so let the hens into the orchard and put "
                           "the rayburn on and ring tomos"],
    },
    "student house share": {
        "Kwesi": ["ring kwesi"],
        "Anika": ["message anika"],
        "Freya and Mateo": ["text freya and mateo"],
        "Josh": ["tell josh the pizza's here"],
        "House chat": ["message the house chat"],
        "Landlord": ["email the landlord"],
        "Nugget": ["feed nugget", "nugget's pellets"],
        "Nuggetcam": ["nuggetcam on"],
        "Bins rota": ["whose week is it for bins"],
        "Washer": ["is the washer free"],
        "Seminar": ["seminar at two"],
        "Lecture notes": ["print my lecture notes"],
        "Exam week": ["exam week mode"],
        "Heating boost": ["heating on for an hour"],
        "Oven": ["preheat the oven to two hundred"],
        "Pizza": ["order the usual pizza"],
        "Festoon lights": ["festoon lights on"],
        "Mateo's lamp": ["mateo's desk lamp"],
        "Projector": ["lounge projector on"],
        "Film night": ["film night on the projector"],
        "Router": ["reboot the router"],
        "Bills pot": ["how much is in the bills pot"],
        "Console": ["console on in the lounge"],
        "Rent": ["rent due on friday"],
        "Dryer": ["start the tumble dryer"],
        "Dehumidifier": ["dehumidifier on"],
        "Front door": ["who's at the front door"],
        "Pregame": ["pregame playlist"],
        # long
        "Party night": ["it's party night so put the festoon lights on and play the pregame "
                        "playlist and text freya and mateo"],
    },
    "retired couple's narrowboat": {
        "Diesel heater": ["diesel heater on"],
        "Engine": ["glow plugs on", "warm the engine"],
        "Tunnel headlight": ["tunnel headlight on"],
        "Cabin lights": ["cabin lights on"],
        "Front cabin": ["front cabin lights on"],
        "Horn": ["sound the boat horn"],
        "Stan": ["ring stan", "call the lock keeper"],
        "Brenda": ["message brenda"],
        "Brenda and Hannah": ["message brenda and hannah"],
        "Gareth": ["tell gareth we're moored at three"],
        "Dizzy": ["feed dizzy", "dizzy's kibble"],
        "Dizzy walk": ["walk dizzy along the towpath"],
        "Water tank": ["water tank level"],
        "Cassette": ["is the cassette full"],
        "Battery": ["leisure battery level"],
        "Solar": ["solar panel output"],
        "Water point": ["where's the nearest water point"],
        "Locks": ["how many locks to the junction"],
        "Cricket": ["cricket on the radio"],
        "Crossword": ["read me the crossword clue"],
        "Tablets": ["clive's tablets at ten"],
        "Hearing aids": ["charge brenda's hearing aids"],
        "Gas": ["gas bottle level"],
        "Bread": ["bread maker on"],
        "Boatcam": ["boatcam on"],
        "Pump out": ["book a pump out"],
        "Weed hatch": ["weed hatch camera"],
        # long
        "Casting off": ["we're casting off so warm the engine and put the tunnel headlight on "
                        "and ring stan"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "farmhouse bed-and-breakfast": {
        "Thomas": ["ring thomas"], "Eirwen": ["message eirwen"],
        "Eirlys and Rhys": ["message eirlys and rhys"], "Peg": ["feed peg"],
        "Checkout eleven": ["checkout at eleven"], "Rayburn off": ["rayburn off"],
        "Hens paddock": ["let the hens into the paddock"],
        "Bins thursday": ["bins out on thursday"],
        "Mia": ["tell mia the guests are here"], "Vacancies off": ["vacancies light off"],
        "Room five": ["full english for room five"], "Granary": ["granary room heater"],
        "Lambcam off": ["lambcam off"],
    },
    "student house share": {
        "Kojo": ["ring kojo"], "Anita": ["message anita"],
        "Freya and Marco": ["text freya and marco"], "Nougat": ["feed nougat"],
        "Seminar three": ["seminar at three"], "Jack": ["tell jack the pizza's here"],
        "Dryer off": ["stop the tumble dryer"], "Festoon off": ["festoon lights off"],
        "Projector off": ["lounge projector off"], "Rent monday": ["rent due on monday"],
        "Oven three": ["preheat the oven to three hundred"],
        "Console off": ["console off in the lounge"], "Nuggetcam off": ["nuggetcam off"],
    },
    "retired couple's narrowboat": {
        "Sam": ["ring sam"], "Glenda": ["message glenda"],
        "Brenda and Hayley": ["message brenda and hayley"], "Izzy": ["feed izzy"],
        "Tablets eleven": ["clive's tablets at eleven"], "Tunnel off": ["tunnel headlight off"],
        "Heater off": ["diesel heater off"], "Glow off": ["glow plugs off"],
        "Moored four": ["tell gareth we're moored at four"],
        "Front off": ["front cabin lights off"], "Bread off": ["bread maker off"],
        "Boatcam off": ["boatcam off"], "Rear cabin": ["rear cabin lights on"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the farmhouse bed-and-breakfast
    {"take meg up the top field", "dog walk", "walking the dog"},
    {"hot water for the guest rooms", "shower time", "heat the bathroom"},
    {"full english for room four", "breakfast time"},
    {"i'm off round the farm so let the hens into the orchard and put the rayburn on and "
     "ring tomos", "i'm leaving", "goodbye house", "let the hens into the orchard",
     "open the hen house", "rayburn on", "warm the rayburn", "ring tomos",
     "call the farmhand", "start my work day", "office mode"},
    # the student house share
    {"exam week mode", "focus mode", "study time"},
    {"heating on for an hour", "heating on", "warm up the living room"},
    {"film night on the projector", "movie night", "start the movie"},
    {"console on in the lounge", "gaming mode", "game night"},
    {"it's party night so put the festoon lights on and play the pregame playlist and text "
     "freya and mateo", "party mode", "let's party", "festoon lights on", "pregame playlist",
     "text freya and mateo"},
    # the retired couple's narrowboat
    {"diesel heater on", "heating on", "warm up the living room"},
    {"walk dizzy along the towpath", "dog walk", "walking the dog"},
    {"we're casting off so warm the engine and put the tunnel headlight on and ring stan",
     "i'm leaving", "goodbye house", "warm the engine", "glow plugs on", "tunnel headlight on",
     "ring stan", "call the lock keeper"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("movie night" when "film night on the projector" is
taught). The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "mom": "mum", "2": "two", "3": "three", "4": "four", "5": "five", "10": "ten",
    "11": "eleven", "200": "two hundred", "300": "three hundred",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"eirlys", "rhodri", "nia", "tomos", "meg", "meg's", "thomas", "eirwen", "rhys", "peg",
         "mia", "kwesi", "anika", "josh", "freya", "mateo", "mateo's", "nugget", "nugget's",
         "kojo", "anita", "marco", "nougat", "jack", "clive", "clive's", "brenda",
         "brenda's", "hannah", "stan", "gareth", "dizzy", "dizzy's", "sam", "glenda",
         "hayley", "izzy"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "two": ("2",), "three": ("3",), "four": ("4",), "five": ("5",), "ten": ("10",),
    "eleven": ("11",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "tomos": ("trefor", "dafydd"), "eirlys": ("glenys", "gwyneth"), "rhodri": ("rhydian",),
    "nia": ("nerys", "ffion"), "meg": ("moss", "nell"), "meg's": ("moss's", "nell's"),
    "kwesi": ("kwame", "kobi"), "anika": ("annabel", "alina"), "josh": ("jake", "joel"),
    "freya": ("fiona", "flora"), "mateo": ("matthias", "milo"), "mateo's": ("milo's",),
    "nugget": ("peanut", "pudding"), "nugget's": ("peanut's", "pudding's"),
    "clive": ("cliff", "keith"), "clive's": ("cliff's", "keith's"),
    "brenda": ("barbara", "beryl"), "brenda's": ("barbara's", "beryl's"),
    "hannah": ("helen", "heidi"), "stan": ("stuart", "steve"), "gareth": ("graham", "gordon"),
    "dizzy": ("daisy", "dotty"), "dizzy's": ("daisy's", "dotty's"),
    # numbers, days and times
    "ten": ("nine", "twelve"), "four": ("six", "seven"), "two": ("one",),
    "three": ("five", "eight"), "wednesday": ("friday",), "thursday": ("monday",),
    "friday": ("saturday",), "tonight": ("tomorrow",), "today": ("yesterday",),
    # things and places
    "rayburn": ("microwave",), "hens": ("geese",), "orchard": ("garden",), "egg": ("milk",),
    "hen": ("goose",), "lambing": ("calving",),
    "lambcam": ("calfcam",), "milking": ("shearing",), "parlour": ("barn",),
    "farmhand": ("vet",), "guests": ("builders",), "field": ("meadow",),
    "checkout": ("check in",), "english": ("continental",), "dovecote": ("stable",),
    "guest": ("staff",), "welcome": ("farewell",),
    "arriving": ("leaving",), "vacancies": ("closed",), "quad": ("electric",),
    "bins": ("recycling",), "sheep": ("pig",), "wifi": ("safe",), "honesty": ("cash",),
    "shop": ("cafe",), "yard": ("paddock",), "gate": ("barn",), "boot": ("utility",),
    "chat": ("calendar",), "landlord": ("tutor",), "pellets": ("carrots",),
    "nuggetcam": ("petcam",), "washer": ("dishwasher",), "seminar": ("tutorial",),
    "lecture": ("lab",), "notes": ("slides",), "exam": ("deadline",), "oven": ("grill",),
    "pizza": ("curry",), "festoon": ("disco",), "desk": ("floor",), "projector": ("speaker",),
    "film": ("quiz",), "router": ("laptop",), "pot": ("jar",), "console": ("printer",),
    "lounge": ("attic",), "rent": ("council tax",), "dehumidifier": ("humidifier",),
    "front": ("back",), "pregame": ("revision",), "diesel": ("paraffin",),
    "engine": ("generator",), "tunnel": ("deck",), "cabin": ("galley",), "horn": ("bell",),
    "moored": ("stuck",), "kibble": ("chews",), "towpath": ("river",), "water": ("fuel",),
    "cassette": ("fridge",), "leisure": ("starter",), "solar": ("wind",),
    "locks": ("bridges",), "junction": ("marina",), "cricket": ("football",),
    "crossword": ("sudoku",), "tablets": ("vitamins",), "gas": ("coal",),
    "bread": ("ice cream",), "boatcam": ("dashcam",), "weed": ("bow",),
    "hatch": ("locker",), "pump": ("skip",),
    # the generic pool's
    "cat": ("rabbit",), "dog": ("pony",), "garage": ("cellar",), "piano": ("cello",),
    "sauna": ("jacuzzi",), "coffee": ("cocoa",), "kettle": ("toaster",),
    "movie": ("cartoon",), "barbecue": ("picnic",), "birthday": ("retirement",),
    "vacuum": ("steamer",), "christmas": ("easter",), "pool": ("pond",),
    "yoga": ("pilates",), "kitchen": ("pantry",), "living": ("dining",),
    "hallway": ("stairs",), "fireplace": ("log burner",), "podcast": ("audiobook",),
    "porch": ("patio",), "office": ("studio",), "storm": ("snow",), "sunset": ("sunrise",),
    "bedside": ("wardrobe",), "laundry": ("mending",), "homework": ("coursework",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
trefor" for "ring tomos", "checkout at twelve", "feed the rabbit"): never taught, so
such a request is a different one."""

WRAPPERS: dict[str, list[str]] = {
    "toast or cheers": [
        "slainte, {}", "{}, bottoms up", "raise a glass, {}", "{}, skol",
        "to absent friends, {}", "{}, kanpai",
    ],
    "sportscaster voice": [
        "and he scores, {}", "{}, what a finish", "{}, what a screamer",
        "{}, and the crowd erupts", "it's a photo finish, {}", "{}, unbelievable scenes",
    ],
    "welsh greeting": [
        "shwmae, {}", "{}, cariad", "croeso, {}", "{}, chwarae teg", "sut mae, {}",
        "{}, bendigedig",
    ],
    "spanish greeting": [
        "hola, {}", "{}, porfa", "venga, {}", "buenas, {}", "{}, amigo", "oiga, {}",
    ],
    "house announcement": [
        "attention all residents, {}", "{}, that concludes the announcement",
        "paging all occupants, {}", "{}, announcement ends", "oyez, oyez, {}",
        "public service announcement, {}",
    ],
    "pirate voice": [
        "arr, {}", "{}, me hearties", "avast, {}", "{}, shiver me timbers",
        "{}, ye scallywags", "yarr, {}",
    ],
    "posh voice": [
        "{}, darling", "tally ho, {}", "{}, pip pip", "{}, spiffing", "what ho, {}",
        "dahling, {}",
    ],
    "mock shakespeare": [
        "forsooth, {}", "{}, methinks", "zounds, {}", "{}, huzzah", "egad, {}",
        "{}, quoth i",
    ],
    "mid-exercise": [
        "{}, and stretch", "lunges, {}", "{}, bicep curls", "plank position, {}",
        "burpees, {}", "{}, squatting", "{}, between reps",
    ],
    "video call": [
        "{}, you're on mute", "unmuting, {}", "{}, my webcam froze", "teams meeting, {}",
        "{}, you're pixelated", "{}, the connection's dodgy",
    ],
    "hiccups": [
        "hic, {}", "{}, hic", "hic hic, {}", "{}, blasted hiccups", "hiccup, {}",
        "{}, hic, hiccups",
    ],
    "australian english": [
        "g'day, {}", "{}, bonzer", "{}, she'll be right", "{}, she'll be apples", "{}, bewdy",
        "{}, deadset",
    ],
    "yiddish exclamation": [
        "oy vey, {}", "nu, {}", "{}, bubbeleh", "oy gevalt, {}", "{}, mazel tov",
        "schlepping, {}",
    ],
    "playground talk": [
        "{}, fainites", "{}, pinky promise", "{}, bagsy", "{}, tag you're it",
        "{}, jinx", "eeny meeny, {}",
    ],
    "magic words": [
        "abracadabra, {}", "{}, voila", "alakazam, {}", "hocus pocus, {}",
        "{}, shazam", "sim sala bim, {}",
    ],
    "starship captain": [
        "{}, ensign", "{}, engage", "bridge to engineering, {}", "{}, impulse power",
        "shields up, {}", "{}, energise",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

REASON_CLASHES: dict[str, set[str]] = {
    "bottoms up": {"bed", "bedtime", "kids", "baby", "nap", "school", "homework", "breakfast",
                   "morning", "wake", "exam", "study", "gym", "workout", "tablets"},
    "kanpai": {"bed", "bedtime", "kids", "baby", "nap", "school", "homework",
                       "breakfast", "morning", "wake", "exam", "study", "gym", "workout",
                       "tablets", "feed", "supper", "kibble", "pellets"},
    "raise a glass": {"bed", "bedtime", "kids", "baby", "nap", "school", "homework",
                      "breakfast", "morning", "wake", "exam", "study", "tablets"},
    "crowd erupts": {"baby", "sleeping", "quiet", "nap", "bed", "bedtime", "sleep",
                        "calm", "meditation", "relax", "chill"},
    "bicep curls": {"bed", "bedtime", "sleep", "nap", "relax", "calm", "chill",
                      "meditation", "spa", "bath", "sauna", "cozy"},
    "and stretch": {"bed", "bedtime", "sleep", "nap", "sauna", "bath"},
    "plank position": {"bed", "bedtime", "sleep", "nap", "bath", "shower", "sauna", "spa",
                       "leaving", "goodbye", "walk", "walking", "casting"},
    "burpees": {"bed", "bedtime", "sleep", "nap", "baby", "sleeping", "quiet"},
    "lunges": {"bed", "bedtime", "sleep", "nap"},
    "squatting": {"bed", "bedtime", "sleep", "nap", "leaving", "goodbye", "walk", "walking"},
    "teams meeting": {"leaving", "goodbye", "away", "vacation", "holiday", "walk", "walking",
                    "out", "party", "bed", "bedtime", "sleep", "nap", "game", "gaming",
                    "movie", "film", "casting", "off", "concert", "loud", "music"},
}
"""Situations that would contradict a phrase with one of these words ("nap time, plank
position"): never said around it, so the request stays the phrase's."""

OOS_WRAPPERS = [
    "hola, {}", "{}, cariad", "arr, {}", "{}, darling", "forsooth, {}", "unmuting, {}",
    "hic, {}", "g'day, {}", "oy vey, {}", "{}, fainites", "abracadabra, {}",
    "shwmae, {}", "venga, {}", "{}, pip pip", "slainte, {}", "attention all residents, {}",
    "{}, you're on mute", "{}, skol", "avast, {}", "{}, bewdy",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, porfa", "croeso, {}", "yarr, {}", "{}, spiffing", "egad, {}", "{}, you're pixelated",
    "hic hic, {}", "{}, deadset", "nu, {}", "{}, jinx", "{}, shazam", "{}, engage",
    "{}, unbelievable scenes", "{}, announcement ends",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("and the crowd goes
wild"), struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"slainte", "skol", "scores", "unbelievable", "shwmae", "cariad", "croeso",
                 "chwarae", "teg", "bendigedig", "hola", "porfa", "venga", "buenas",
                 "amigo", "oiga", "residents", "occupants", "announcement", "ye", "arr",
                 "hearties", "avast", "scallywags", "yarr", "darling", "tally", "spiffing",
                 "dahling", "forsooth", "methinks", "zounds", "huzzah", "egad", "quoth",
                 "lunges", "squat", "unmuting", "webcam", "pixelated", "hic", "hiccups",
                 "hiccup", "g'day", "dramas", "righto", "ripper", "oy", "vey", "nu",
                 "bubbeleh", "gevalt", "mazel", "tov", "schlepping", "backsies", "jinx",
                 "eeny", "meeny", "abracadabra", "presto", "alakazam", "hocus", "pocus",
                 "shazam", "energise", "impulse", "screamer", "bagsy", "kanpai",
                 "bicep", "curls", "erupts", "oyez", "voila", "ensign", "squatting",
                 "bonzer", "fainites", "reps", "bewdy", "deadset", "paging", "burpees",
                 "concludes", "engineering"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

FIFTEENTH_SOUND_ALIKE = [
    ("rayburn", "ray burn"), ("tomos", "tomas"), ("rhodri", "rodri"), ("eirlys", "eirlis"),
    ("nia", "nea"), ("meg", "megg"), ("lambcam", "lamb cam"), ("lambing", "lamming"),
    ("parlour", "parlor"), ("dovecote", "dove cot"), ("checkout", "check out"),
    ("vacancies", "vacancy"), ("quad", "quod"), ("honesty", "honest"), ("hens", "hen's"),
    ("farmhand", "farm hand"), ("kwesi", "kwessi"), ("anika", "annika"), ("mateo", "matteo"),
    ("freya", "freyer"), ("nugget", "nuggett"), ("nuggetcam", "nugget cam"),
    ("seminar", "seminars"), ("lecture", "lectures"), ("projector", "projecter"),
    ("router", "rooter"), ("console", "consul"), ("dehumidifier", "dehumidifyer"),
    ("pregame", "pre game"), ("landlord", "land lord"), ("clive", "clyde"),
    ("brenda", "brender"), ("hannah", "hanna"), ("gareth", "garreth"), ("dizzy", "dizzie"),
    ("towpath", "tow path"), ("cassette", "casette"), ("leisure", "leasure"),
    ("solar", "sola"), ("boatcam", "boat cam"), ("crossword", "cross word"),
    ("kibble", "kibbles"), ("junction", "junctions"), ("diesel", "diesal"),
    ("tunnel", "tunnels"), ("moored", "mored"), ("pellets", "pallets"),
    ("festoon", "festoons"), ("hatch", "hutch"), ("orchard", "orchid"), ("supper", "super"),
    ("checkout", "checkouts"), ("headlight", "head light"), ("rayburn", "raeburn"),
    ("eirlys", "irlis"), ("cricket", "crickets"), ("bottle", "bottles"),
]
"""The fifteenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("hen house", "henhouse"), ("quad bike", "quadbike"), ("farm shop", "farmshop"),
         ("boot room", "bootroom"), ("house chat", "housechat"),
         ("festoon lights", "festoonlights"), ("tumble dryer", "tumbledryer"),
         ("bread maker", "breadmaker"), ("glow plugs", "glowplugs"),
         ("water point", "waterpoint"), ("lock keeper", "lockkeeper"),
         ("weed hatch", "weedhatch"), ("hearing aids", "hearingaids"),
         ("cabin lights", "cabinlights"), ("yard gate", "yardgate"),
         ("welcome pack", "welcomepack"), ("honesty box", "honestybox"),
         ("guest wifi", "guestwifi"), ("sheep nuts", "sheepnuts"),
         ("lecture notes", "lecturenotes"), ("bills pot", "billspot"),
         ("water tank", "watertank"), ("gas bottle", "gasbottle"),
         ("solar panel", "solarpanel"), ("desk lamp", "desklamp")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"dovecote": "dovecot", "seminar": "seminer", "leisure": "liesure",
             "cassette": "cassete", "dehumidifier": "dehumidifer", "crossword": "crosword",
             "lambing": "lambin", "kibble": "kibbel"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and seven
# kinds no earlier set has ("comparison", "bet", "another home", "rhetorical question",
# "negated wish", "explaining the words", "running cost").
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how do you spell {w}", "give me a word that rhymes with {w}", "define {w}",
        "is {w} hyphenated", "when was the first {w} made", "find me a photo of a {w}",
        "play a song about {w}", "how do you say {p} in spanish",
        "what does the dictionary say about {w}",
        "stick {w} on the supermarket order", "how many letters in {w}",
    ],
    "routine command": [
        "rename {p} to something catchier", "read out the steps in {p}", "copy {p} for the weekend",
        "undo the last change to {p}", "who can trigger {p}", "suspend {p} for a fortnight",
        "add another step to {p}", "move {p} to the top of the list",
        "let me change the wording of {p}",
        "set {p} to run every day at seven",
    ],
    "word order": [
        "{b} not {a}", "{b} beside {a}", "{b} next to {a}", "{b} minus the {a}",
        "{b} apart from {a}", "{b} against {a}",
    ],
    "negation": [
        "don't you go and {p}", "there's really no need for {p}", "hold off with {p} for now",
        "we shan't need {p}", "no {p} for us today", "let's skip {p} this once",
        "definitely no {p} today", "i don't want {p} tonight",
    ],
    "cancellation": [
        "scrap {p} please", "call off {p} for now", "undo {p} straight away",
        "{p}, actually scrap that", "rewind {p}", "knock {p} on the head for now",
        "put a stop to {p} please",
    ],
    "state question": [
        "did anyone {p} yet", "has {p} happened yet today", "is {p} still happening",
        "when was {p} last triggered", "was {p} done before lunch",
        "has {p} been done this morning", "is {p} running at the moment",
    ],
    "past or story": [
        "the day we moved in {p} went wrong", "grandma once tried {p}",
        "{p} was the first thing the visitors noticed", "remember when {p} tripped the fuse box",
        "in the old place {p} never worked", "my dad used to {p} every sunday",
        "the year before last {p} was a disaster", "the old {w} got sold at the car boot",
    ],
    "someone else's words": [
        "the lodger said {p}", "the tv chef said {p}", "the sign on the gatepost says {p}",
        "my flatmate's text says {p}", "the man on the towpath shouted {p}",
        "the audiobook narrator said {p}", "my nephew keeps singing {p}",
        "the answer in the pub quiz was {p}",
    ],
    "contrast": [
        "{p} is more of a winter thing", "{p} is what the last owners did",
        "{p} is for weekends and today isn't one", "{p} was for the old tenants",
        "unlike {p}, this is quick", "{p} is for special occasions, not today",
        "we used to {p} but not any more",
    ],
    "hypothetical": [
        "suppose i said {p}", "what if somebody said {p}", "hypothetically speaking, {p}",
        "imagine if i asked you to {p}", "supposing the power's out, could you {p}",
        "if i were to say {p}, what would happen", "in a made up world, {p}",
    ],
    "complaint": [
        "{p} is total rubbish", "{p} never works properly", "{p} is way too noisy",
        "i'm fed up with {p}", "{p} takes ages every time", "{p} annoys the visitors",
        "{p} is a right pain",
    ],
    "opinion": [
        "{p} is lovely", "i adore {p}", "{p} is ace", "we all like {p}",
        "{p} is one of my favourite things", "{p} is genius", "{p} is pretty clever",
    ],
    "reminder for later": [
        "remind me to {p} at the weekend", "set a reminder to {p} on sunday",
        "remind me to {p} when i get back", "put {p} on the calendar for next week",
        "don't let me forget to {p} tomorrow", "nudge me about {p} in an hour",
        "ping me later to {p}",
    ],
    "permission question": [
        "is it alright if i {p}", "can the visitors {p}", "are we allowed to {p}",
        "would anyone mind if i {p}", "do i need permission to {p}",
        "is it too late to {p}", "could my flatmate {p}",
    ],
    "comparison": [
        "is {p} better than doing it by hand", "which is quicker, {p} or the old way",
        "{p} versus doing it myself", "is {p} any faster than last year's setup",
        "what's the difference between {p} and before", "{p} or a timer, which is better",
        "is {p} as good as the neighbours' one",
    ],
    "bet": [
        "i bet {p} won't work", "fiver says {p} goes wrong", "i bet dad forgets {p}",
        "my money's on {p} failing", "i'll bet a quid {p} breaks again",
        "bet you a tenner {p} is late", "wanna bet {p} gets forgotten",
    ],
    "another home": [
        "at gran's they {p} every night", "my sister's house does {p}",
        "we should set up {p} at the cottage", "the neighbours {p} at all hours",
        "does the holiday let have {p}", "at my mate's place {p} is voice controlled",
        "the people next door have {p} too",
    ],
    "rhetorical question": [
        "who even needs {p}", "why would anyone want {p}", "what's the point of {p}",
        "since when do we {p}", "who decided {p} was a good idea", "isn't {p} a bit much",
        "do we really need {p}",
    ],
    "negated wish": [
        "i wish we didn't need {p}", "if only we could skip {p}", "i wish {p} wasn't a thing",
        "i'd love a day without {p}", "i wish we'd never set up {p}",
        "if only {p} weren't necessary",
    ],
    "explaining the words": [
        "the words are {p}", "you just say {p} and it goes", "to make it work you say {p}",
        "the trick is saying {p} clearly", "all you have to say is {p}",
        "it listens for {p}", "the phrase for that is {p}",
    ],
    "running cost": [
        "how much does {p} cost to run", "what does {p} add to the bill",
        "is {p} expensive", "how much power does {p} use", "does {p} use much electricity",
        "what's {p} costing us a month", "is {p} cheap to run",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} spare parts", "where to buy a {}", "{} instruction manual", "how heavy is a {}",
    "{} on ebay", "best {} brands", "{} warranty", "who sells {}", "{} buying guide",
    "{} troubleshooting",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
