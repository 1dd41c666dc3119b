"""The words of the thirtieth held-out resolver set
(benchmarks/_resolver_thirtieth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a thatcher's cottage with a reed
barn, where Heath thatches roofs, with his wife Joy, their son Wade, their daughter Rae,
a spaniel Gravy and Cliff his apprentice (seed 300); a milliner's workshop flat, where
Fern makes hats, with her husband Dale, their daughter Bea, their son Drew, a kitten
Tinsel and Penny who serves in her shop (301); and a zookeeper's lodge at a wildlife
park, where Forrest keeps the animals, with his wife Rose, their daughter Sky, their son
Kit, a hedgehog Custard and Wren who keeps the penguins (302). Its people and pets are
named with common words or with words that sound like others ("ring heath", "message
joy", "feed gravy", "tell drew his scooter is charged", "rae" as "ray", "bea" as "bee",
"rose" as "rows", "forrest" as "forest", "wade" as "weighed"). Each teaches 22 of its
own routines with the generic pool; the rest of its own pool, and the siblings in
``UNTAUGHT`` ("joy's bellringing at eight" beside "joy's bellringing at seven",
"egg incubator off" beside "egg incubator on"), are never taught there. Phrases come in every
shape: one word ("thatching", "blocking", "enrichment"), two nouns ("eaves knife", "hat
stand"), nested ("reed splitter on" inside "barn reed splitter on", "hat steamer on"
inside "studio hat steamer on", "egg incubator on" inside "hatchery egg incubator on"), words
shared across phrases ("how damp is the reed barn" and "count the reed bundles", "hat
pins" and "how many hat boxes are left"), numbers and times ("bea's netball at five",
"sky's gymnastics at eleven"), places ("workshop heater on", "lodge heater on"), verbs
first ("sharpen the spar hook") and nouns first ("beetles for the hedgehog"), questions
("is the otter pond clean", "are the frozen sprats thawed"), and a chore of several
clauses ("we're away to the races so feed tinsel and ring penny and lock the ribbon
cupboard").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("ray" for "rae", "bee" for "bea", "rows" for "rose", "forest" for "forrest"): the same
person, so "ring forest" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a smoke alarm test announced in the block first ("the
sounders will chirp intermittently. X"), an automated phone menu on speaker first ("our
advisers are unusually swamped, an agent will respond imminently. X"), a drive-through
speaker first ("would you like fries with that? X"), a magician's patter on the telly
first ("kazam, the dove disappears. X"), a pantomime audience shouting after ("X, the
ghost's behind you!"), a guided meditation app after ("X, unclench your jaw"), a
children's television presenter after ("X, here's one i prepared beforehand"), a
shopping channel presenter after ("X, postage is waived"); the phrase between a
drive-through speaker and a pantomime audience, and the phrase said in the middle of a
phone menu, which goes on after it ("for billing queries, X, key in your customer
reference"). Some are joined with "and", "so", "then" or "oh and". No word of a clause
but its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a fortune cookie that says it, a line in a school
play, typing it in an email by mistake, a superstition about it, a letter for a time
capsule, the subtitles on the telly showing it, a meme of it, a limerick about it, a
letter to the landlord mentioning it, and a toddler's first words.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {300: "thatcher's cottage with a reed barn",
                         301: "milliner's workshop flat",
                         302: "zookeeper's lodge at a wildlife park"}

THIRTIETH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "thatcher's cottage with a reed barn": {
        "Gravy": ["feed gravy", "chews for the spaniel"],
        "Gravy paws": ["dry gravy's paws"],
        "Heath": ["ring heath", "call the thatcher"],
        "Joy": ["message joy", "text joy"],
        "Joy and Rae": ["message joy and rae"],
        "Wade": ["tell wade his lift is outside"],
        "Cliff": ["text cliff about the church roof job"],
        "Cliff ring": ["ring cliff", "phone cliff"],
        "Reed splitter": ["reed splitter on"],
        "Barn reed splitter": ["barn reed splitter on"],
        "Straw baler": ["straw baler on"],
        "Hazel spars": ["have the hazel spars arrived"],
        "Long ladder": ["is the long ladder tied"],
        "Reed barn": ["how damp is the reed barn"],
        "Bellringing": ["joy's bellringing at seven"],
        "Judo": ["rae's judo at six"],
        "Leggett": ["where's my leggett"],
        "Spar hook": ["sharpen the spar hook"],
        "Liggers": ["order more hazel liggers"],
        "Reed bundles": ["count the reed bundles"],
        "Wire netting": ["unroll the wire netting"],
        "Thatching": ["thatching"],
        "New ridge": ["photograph the new ridge"],
        "Spar shed": ["lock the spar shed"],
        "Church warden": ["write to the church warden"],
        "Workshop heater": ["workshop heater on"],
        "Straw pheasant": ["straw pheasant"],
        "Eaves knife": ["eaves knife"],
        # long
        "Craft fair": ["we're away to the craft fair so feed gravy and ring cliff and lock "
                       "the spar shed"],
    },
    "milliner's workshop flat": {
        "Tinsel": ["feed tinsel", "tuna for the kitten"],
        "Tinsel claws": ["trim tinsel's claws"],
        "Fern": ["ring fern", "call the milliner"],
        "Dale": ["message dale", "text dale"],
        "Dale and Bea": ["message dale and bea"],
        "Drew": ["tell drew his scooter is charged"],
        "Penny": ["text penny about the ascot order"],
        "Penny ring": ["ring penny", "phone penny"],
        "Hat steamer": ["hat steamer on"],
        "Studio hat steamer": ["studio hat steamer on"],
        "Glue gun": ["glue gun on"],
        "Sinamay": ["has the sinamay come"],
        "Veiling": ["is the veiling cut"],
        "Hat boxes": ["how many hat boxes are left"],
        "Netball": ["bea's netball at five"],
        "Chess club": ["drew's chess club at four"],
        "Hat pins": ["where are my hat pins"],
        "Hat block": ["sand the wooden hat block"],
        "Ostrich feathers": ["order more ostrich feathers"],
        "Petersham": ["measure the petersham ribbon"],
        "Fascinators": ["pack the fascinators"],
        "Blocking": ["blocking"],
        "Brim wire": ["cut the brim wire"],
        "Felt hoods": ["steam the felt hoods"],
        "Ribbon cupboard": ["lock the ribbon cupboard"],
        "Bridal boutique": ["pay the bridal boutique"],
        "Workroom heater": ["workroom heater on"],
        "Panama straw": ["panama straw"],
        "Hat stand": ["hat stand"],
        # long
        "Races": ["we're away to the races so feed tinsel and ring penny and lock the ribbon "
                  "cupboard"],
    },
    "zookeeper's lodge at a wildlife park": {
        "Custard": ["feed custard", "beetles for the hedgehog"],
        "Custard pad": ["custard's warming pad on"],
        "Forrest": ["ring forrest", "call the zookeeper"],
        "Rose": ["message rose", "text rose"],
        "Rose and Sky": ["message rose and sky"],
        "Kit": ["tell kit his bike is fixed"],
        "Wren": ["text wren about the penguin parade"],
        "Wren ring": ["ring wren", "phone wren"],
        "Egg incubator": ["egg incubator on"],
        "Hatchery egg incubator": ["hatchery egg incubator on"],
        "Reptile mister": ["reptile mister on"],
        "Sprats": ["are the frozen sprats thawed"],
        "Otter pond": ["is the otter pond clean"],
        "Meerkat burrow": ["how hot is the meerkat burrow"],
        "Gymnastics": ["sky's gymnastics at eleven"],
        "Zumba": ["rose's zumba at eight"],
        "Keeper whistle": ["where's my keeper whistle"],
        "Mealworms": ["order more mealworms"],
        "Penguin chicks": ["weigh the penguin chicks"],
        "Enrichment": ["enrichment"],
        "Flamingo eggs": ["count the flamingo eggs"],
        "Fish shed": ["lock the fish shed"],
        "Hippo yard": ["hose down the hippo yard"],
        "Lodge heater": ["lodge heater on"],
        "Otter slide": ["otter slide"],
        "Bat monitor": ["bat monitor"],
        # long
        "Conference": ["i'm off to the keepers' conference so feed custard and ring wren and "
                       "lock the fish shed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "thatcher's cottage with a reed barn": {
        "Bellringing eight": ["joy's bellringing at eight"],
        "Judo seven": ["rae's judo at seven"],
        "Reed splitter off": ["reed splitter off"],
        "Barn reed splitter off": ["barn reed splitter off"],
        "Straw baler off": ["straw baler off"],
        "Unlock spar shed": ["unlock the spar shed"],
        "Cliff barn job": ["text cliff about the chapel roof job"],
        "Gravy ears": ["dry gravy's ears"],
        "Hazel pegs": ["order more hazel pegs"],
        "Reed sheaves": ["count the reed sheaves"],
        "Old ridge": ["photograph the old ridge"],
        "Workshop heater off": ["workshop heater off"],
    },
    "milliner's workshop flat": {
        "Netball six": ["bea's netball at six"],
        "Chess club five": ["drew's chess club at five"],
        "Hat steamer off": ["hat steamer off"],
        "Studio hat steamer off": ["studio hat steamer off"],
        "Glue gun off": ["glue gun off"],
        "Unlock ribbon cupboard": ["unlock the ribbon cupboard"],
        "Penny epsom": ["text penny about the epsom order"],
        "Tinsel fur": ["trim tinsel's fur"],
        "Peacock feathers": ["order more peacock feathers"],
        "Grosgrain": ["measure the grosgrain ribbon"],
        "Felt cones": ["steam the felt cones"],
        "Workroom heater off": ["workroom heater off"],
    },
    "zookeeper's lodge at a wildlife park": {
        "Gymnastics ten": ["sky's gymnastics at ten"],
        "Zumba nine": ["rose's zumba at nine"],
        "Egg incubator off": ["egg incubator off"],
        "Hatchery egg incubator off": ["hatchery egg incubator off"],
        "Reptile mister off": ["reptile mister off"],
        "Unlock fish shed": ["unlock the fish shed"],
        "Wren lemur": ["text wren about the lemur parade"],
        "Custard pad off": ["custard's warming pad off"],
        "Crane eggs": ["count the crane eggs"],
        "Puffin chicks": ["weigh the puffin chicks"],
        "Waxworms": ["order more waxworms"],
        "Lodge heater off": ["lodge heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the thatcher's cottage
    {"we're away to the craft fair so feed gravy and ring cliff and lock the spar shed",
     "i'm leaving", "goodbye house", "feed gravy", "ring cliff", "lock the spar shed"},
    {"feed gravy", "chews for the spaniel", "feed the spaniel"},
    {"ring heath", "call the thatcher", "ring the thatcher"},
    # the milliner's flat
    {"we're away to the races so feed tinsel and ring penny and lock the ribbon cupboard",
     "i'm leaving", "goodbye house", "feed tinsel", "ring penny", "lock the ribbon cupboard"},
    {"feed tinsel", "tuna for the kitten", "feed the kitten"},
    {"ring fern", "call the milliner", "ring the milliner"},
    # the zookeeper's lodge
    {"i'm off to the keepers' conference so feed custard and ring wren and lock the fish shed",
     "i'm leaving", "goodbye house", "feed custard", "ring wren", "lock the fish shed"},
    {"feed custard", "beetles for the hedgehog", "feed the hedgehog"},
    {"ring forrest", "call the zookeeper", "ring the zookeeper"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
kitten" where the kitten is Pepper). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"heath", "joy", "joy's", "wade", "rae", "rae's", "gravy", "gravy's", "cliff",
         "fern", "dale", "bea", "bea's", "drew", "drew's", "tinsel", "tinsel's", "penny",
         "forrest", "rose", "rose's", "sky", "sky's", "kit", "custard", "custard's", "wren"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "rae": ("ray", "rey"), "rae's": ("ray's", "rey's"), "bea": ("bee",),
    "bea's": ("bee's",), "rose": ("rows", "roes"), "forrest": ("forest",),
    "wade": ("weighed", "waid"), "sky": ("skye",), "sky's": ("skye's",), "wren": ("ren",),
    "penny": ("pennie", "penney"), "dale": ("dayle", "dail"), "drew": ("dru", "drue"),
    "drew's": ("dru's", "drue's"), "fern": ("ferne", "fearn"), "kit": ("kitt",),
    "cliff": ("clif", "cliffe"), "joy": ("joi",), "joy's": ("joi's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise ("rows" is how a recogniser
writes the sounds of "rose")."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("half four",), "five": ("quarter past five",), "six": ("half six",),
    "seven": ("quarter to seven",), "eight": ("half eight",),
    "eleven": ("twenty to eleven",),
    # things and places
    "chews": ("biscuits",), "spaniel": ("terrier",), "paws": ("coat",),
    "thatcher": ("roofer",), "outside": ("early",), "church": ("village hall",),
    "roof": ("porch",), "job": ("quote",), "reed": ("willow",), "splitter": ("cutter",),
    "barn": ("yard",), "straw": ("hay",), "baler": ("chopper",), "hazel": ("ash",),
    "spars": ("stakes",), "arrived": ("shipped",), "long": ("short",), "ladder": ("rope",),
    "tied": ("stowed",), "damp": ("dusty",), "bellringing": ("choir",), "judo": ("karate",),
    "leggett": ("mallet",), "sharpen": ("oil",), "hook": ("shears",),
    "liggers": ("pegs",), "bundles": ("bales",), "unroll": ("patch",),
    "wire": ("chicken",), "netting": ("fencing",), "thatching": ("tiling",),
    "photograph": ("survey",), "ridge": ("chimney",), "shed": ("hut",),
    "warden": ("treasurer",), "workshop": ("cellar",), "pheasant": ("owl",),
    "eaves": ("bread",), "knife": ("saw",), "craft": ("flower",),
    "tuna": ("salmon",), "kitten": ("puppy",), "claws": ("whiskers",),
    "milliner": ("tailor",), "scooter": ("phone",), "charged": ("mended",),
    "ascot": ("henley",), "hat": ("wig",), "steamer": ("dryer",), "studio": ("attic",),
    "glue": ("staple",), "gun": ("press",), "sinamay": ("buckram",), "come": ("sold",),
    "veiling": ("lining",), "cut": ("pinned",), "boxes": ("bags",), "left": ("ordered",),
    "netball": ("hockey",), "chess": ("drama",), "pins": ("clips",), "sand": ("varnish",),
    "wooden": ("metal",), "block": ("form",), "ostrich": ("goose",),
    "feathers": ("quills",), "petersham": ("satin",), "ribbon": ("braid",),
    "fascinators": ("bonnets",), "blocking": ("stitching",), "brim": ("crown",),
    "steam": ("brush",), "felt": ("wool",), "hoods": ("capes",), "cupboard": ("drawer",),
    "bridal": ("prom",), "boutique": ("agency",), "workroom": ("landing",),
    "panama": ("boater",), "stand": ("rack",), "races": ("regatta",),
    "beetles": ("grubs",), "hedgehog": ("ferret",), "warming": ("cooling",),
    "pad": ("mat",), "egg": ("duck",), "zookeeper": ("ranger",), "bike": ("kite",),
    "fixed": ("found",),
    "penguin": ("pelican",), "parade": ("lecture",), "incubator": ("brooder",),
    "hatchery": ("aviary",), "reptile": ("orchid",), "mister": ("sprayer",),
    "frozen": ("tinned",), "sprats": ("mackerel",), "thawed": ("sorted",),
    "otter": ("duck",), "pond": ("tank",), "clean": ("full",), "hot": ("busy",),
    "meerkat": ("badger",), "burrow": ("enclosure",), "gymnastics": ("ballet",),
    "zumba": ("spinning",), "keeper": ("spare",), "whistle": ("torch",),
    "mealworms": ("crickets",), "weigh": ("measure",), "chicks": ("eggs",),
    "enrichment": ("grooming",), "flamingo": ("ostrich",), "eggs": ("chicks",),
    "fish": ("seed",), "hose": ("sweep",), "hippo": ("rhino",), "yard": ("paddock",),
    "lodge": ("caravan",), "slide": ("ramp",), "bat": ("moth",), "monitor": ("counter",),
    "conference": ("meeting",),
    # the generic pool's
    "dog": ("pony",), "cat": ("rabbit",), "garage": ("carport",),
    "sauna": ("steam room",), "coffee": ("cocoa",), "kettle": ("urn",),
    "movie": ("documentary",), "barbecue": ("picnic",), "birthday": ("anniversary",),
    "vacuum": ("steam mop",), "christmas": ("easter",), "yoga": ("pilates",),
    "hallway": ("stairwell",), "fireplace": ("log burner",), "porch": ("side gate",),
    "office": ("sewing room",), "sunset": ("twilight",), "bedside": ("dressing table",),
    "laundry": ("ironing",), "baby": ("toddler",), "homework": ("spelling practice",),
    "washing": ("tumble",), "bedroom": ("nursery",), "podcast": ("comedy show",),
    "story": ("nursery rhyme",), "bath": ("paddling",), "pool": ("hot tub",),
    "spa": ("pamper",), "study": ("revision",), "focus": ("deep work",),
    "relax": ("unwind",), "vacation": ("half term",), "news": ("sport",),
    "guests": ("grandparents",), "alarm": ("chime",), "quiet": ("rowdy",),
    "read": ("doodle",), "reading": ("drawing",), "morning": ("lunchtime",),
    "evening": ("afternoon",), "bedtime": ("quiet time",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("joy's bellringing at quarter to seven" for "joy's bellringing at seven", "feed the
terrier"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_DRIVE = [
    "what'll it be, luv?", "would you like fries with that?",
    "regular or supersize?", "any relish or mayo?",
    "trundle forward to the collection booth", "that's a cheeseburger combo and a milkshake",
    "gherkins removed", "your bill is on the display",
]
_PANTO = [
    "the ghost's behind you!", "boo to the baron", "oh yes he did!",
    "hurrah for the pantomime dame",
    "where's buttons lurking?", "applaud aladdin", "everybody wave at the beanstalk",
    "jeer at the evil stepmother",
]
_MENU = [
    ("your enquiry matters to us", "don't disconnect"),
    ("for billing queries", "key in your customer reference"),
    ("to replay these options", "tap the hash key"),
    ("our advisers are unusually swamped", "an agent will respond imminently"),
    ("to talk to an agent", "say operator after the tone"),
    ("for branch hours", "consult our online portal"),
    ("you're currently waiting", "an agent will respond imminently"),
    ("conversations are logged", "for quality assurance"),
]

WRAPPERS: dict[str, list[str]] = {
    "a smoke alarm test announced in the block, said first": [
        "tenants, a routine sounder inspection is underway. {}",
        "the sounders will chirp intermittently. {}",
        "engineers are inspecting sounders on each storey. {}",
        "tenants will detect beeping momentarily. {}",
        "this is merely a drill, nothing is amiss. {}",
        "the sounder inspection concluded, sorry for the interruption. {}",
        "a klaxon is imminent, then {}",
        "the sounder inspection is over, oh and {}",
    ],
    "an automated phone menu on speaker, said first": [
        f"{a}, {b}. {{}}" for a, b in _MENU[:6]
    ] + [f"{_MENU[6][0]}, {_MENU[6][1]}, then {{}}",
         f"{_MENU[7][0]}, {_MENU[7][1]}, oh and {{}}"],
    "a drive-through speaker, said first": [
        f"{d}. {{}}".replace("?.", "?") for d in _DRIVE[:6]
    ] + [f"{_DRIVE[6]}, then {{}}", f"{_DRIVE[7]}, oh and {{}}"],
    "a magician's patter on the telly, said first": [
        "kazam, the dove disappears. {}", "is this the one you chose? {}",
        "inspect my empty sleeves. {}", "presto, a posy from nowhere. {}",
        "the handkerchief becomes crimson. {}", "and now i shall levitate. {}",
        "the cups and balls, then {}", "a flourish of the wand, oh and {}",
    ],
    "a pantomime audience shouting, said after": [
        f"{{}}, {p}" for p in _PANTO[:6]
    ] + [f"{{}} and, {_PANTO[6]}", f"{{}} so, {_PANTO[7]}"],
    "a guided meditation app, said after": [
        "{}, permit your collarbones to soften", "{}, notice the coolness at your nostrils",
        "{}, notice any musings drifting by", "{}, unclench your jaw",
        "{}, sense your limbs becoming heavier", "{}, unfurrow your brow",
        "{} and, exhale for longer than you inhale",
        "{} so, anchor your awareness",
    ],
    "a children's television presenter, said after": [
        "{}, here's one i prepared beforehand", "{}, grab a toilet roll tube and sequins",
        "{}, summon a grownup for the snipping", "{}, mail us your pictures",
        "{}, isn't that tremendous, kiddiwinks", "{}, activate your brainboxes",
        "{} and, everybody do the wiggly jig", "{} so, toodles, tinies",
    ],
    "a shopping channel presenter, said after": [
        "{}, just a handful remaining", "{}, that's a staggering saving",
        "{}, postage is waived", "{}, look at that gemstone glint",
        "{}, spread the cost over instalments", "{}, our bestselling cubic zirconia",
        "{} and, stocks are dwindling", "{} so, secure this exclusive",
    ],
    "between a drive-through speaker and a pantomime audience": [
        f"{d}. {{}}, {p}".replace("?.", "?")
        for d, p in zip(_DRIVE[:6], _PANTO[:6], strict=True)
    ] + [f"{_DRIVE[6]}. {{}} and, {_PANTO[6]}",
         f"{_DRIVE[7]}. {{}} so, {_PANTO[7]}"],
    "in the middle of an automated phone menu": [
        f"{a}, {{}}, {b}" for a, b in _MENU[:6]
    ] + [f"{_MENU[6][0]}, {{}} and, {_MENU[6][1]}",
         f"{_MENU[7][0]}, {{}} so, {_MENU[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTIETH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time"}
"""The words only the pools' questions say but their question words ("ladder",
"veiling", "sprats"; not "barn", which "barn reed splitter on" says too): a shout, an
app's line, a presenter's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_DRILL = {"alarm", "arm", "disarm", "security", "fire", "fireplace", "candle", "door",
          "doors", "lock", "unlock", "leaving", "goodbye", "i'm", "we're", "away", "home",
          "welcome", "sleep", "sleeping", "nap", "baby", "quiet", "noise", "loud", "ring",
          "call", "phone", "outside", "kids", "heater", "heat", "heating", "warm"}
"""Requests a smoke alarm test could be the reason for (the alarm, fire and heat,
locking or leaving, the noise, ringing someone)."""
_ON_HOLD = {"ring", "call", "phone", "message", "text", "tell", "write", "pay", "order",
            "quiet", "noise", "loud", "music", "radio", "tv", "television", "sounds",
            "concert", "party", "calm", "relax", "chill"}
"""Requests a phone menu could bear on (calling or writing to someone, paying or
ordering, the hold music and the noise)."""
_FOOD = {"feed", "chews", "tuna", "beetles", "mealworms", "sprats", "frozen", "thawed",
         "breakfast", "lunch", "dinner", "tea", "coffee", "cooking", "kettle", "boil",
         "pay", "order", "leaving", "home", "i'm", "we're", "garage", "lift", "fish",
         "eggs"}
"""Requests a drive-through could bear on (food and feeding, paying and ordering, the
car)."""
_TRICK = {"tv", "television", "watch", "movie", "where's", "where", "count", "photograph",
          "hat", "cut", "saw", "vanish", "game", "gaming", "party", "kids", "fixed"}
"""Requests a magician's trick could be the reason for (the telly, a thing vanished or
counted, a hat, a cut)."""
_SCREEN = {"tv", "television", "watch", "movie", "radio", "news", "podcast", "relax",
           "chill", "cozy", "concert", "loud", "quiet", "noise", "sounds", "music",
           "game", "gaming", "party", "kids", "story"}
"""Requests a programme on the telly could bear on (the set itself, the noise)."""
_REST = {"calm", "relax", "meditation", "sleep", "sleeping", "nap", "quiet", "noise",
         "music", "sounds", "breeze", "spa", "sauna", "bath", "shower", "yoga", "workout",
         "gym", "focus", "study", "bedtime", "mood", "cozy", "chill", "zumba",
         "gymnastics", "judo"}
"""Requests a meditation app's line could bear on (rest, breathing and exercise)."""
_SOLD = {"order", "pay", "count", "many", "left", "feathers", "fascinators", "ascot",
         "boutique", "bridal", "mealworms"}
"""Requests a shopping channel could bear on (buying, paying, counting stock, the
milliner's finery)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a smoke alarm test in the block bears on fire, heat, the alarm, leaving and noise)
    **{drill: _DRILL for drill in ("sounder", "beeping", "drill", "klaxon")},
    # (a phone menu is a call on hold: it bears on calling, paying and the noise)
    **{menu: _ON_HOLD for menu in ("enquiry", "billing", "replay", "swamped", "operator",
                                   "branch hours", "currently waiting", "logged")},
    # (a drive-through is food bought from a car)
    **{drive: _FOOD for drive in ("what'll it be", "fries", "supersize", "relish",
                                  "collection booth", "cheeseburger", "gherkins", "display")},
    # (a magician's trick on the telly bears on the telly and on a thing gone or counted)
    **{trick: _TRICK | _SCREEN for trick in ("kazam", "you chose", "sleeves", "presto",
                                             "handkerchief", "levitate", "cups and balls",
                                             "wand")},
    # (a shout, an app's line or a presenter's line after a request could be what it is
    # about or the words of a message; said after a question, an answer)
    **{shout: _SCREEN | _SAID_TO for shout in (
        "ghost's behind you", "baron", "pantomime dame", "aladdin", "beanstalk", "stepmother")},
    # (a shout that answers or asks, after a question, could be taken for its answer)
    **{shout: _SCREEN | _SAID_TO | _ASKED for shout in ("oh yes he did", "buttons lurking")},
    **{app: _REST | _SAID_TO | _ASKED for app in (
        "collarbones", "nostrils", "musings", "jaw", "limbs", "brow", "inhale",
        "awareness")},
    **{show: _SCREEN | _SAID_TO | _ASKED for show in (
        "beforehand", "sequins", "snipping", "mail us your pictures", "kiddiwinks",
        "brainboxes", "wiggly jig", "toodles, tinies")},
    **{sale: _SCREEN | _SOLD | _SAID_TO | _ASKED for sale in (
        "handful remaining", "staggering saving", "postage", "gemstone", "instalments",
        "zirconia", "dwindling", "exclusive")},
}
"""Clauses that would bear on a phrase with one of these words ("ring cliff" after a
smoke alarm test may be ringing about the test; "feed gravy" after a drive-through may
be feeding him the food): never said around it, so the clause stays beside the request
and says nothing of it."""

OOS_WRAPPERS = [
    "our advisers are unusually swamped, an agent will respond imminently. {}",
    "{}, the ghost's behind you!", "would you like fries with that? {}", "{}, unclench your jaw",
    "inspect my empty sleeves. {}", "{}, here's one i prepared beforehand",
    "the sounders will chirp intermittently. {}", "{}, postage is waived",
    "any relish or mayo? {}", "{}, boo to the baron",
    "conversations are logged, for quality assurance. {}", "{}, unfurrow your brow",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "tenants will detect beeping momentarily. {}", "{}, mail us your pictures",
    "regular or supersize? {}", "{}, sense your limbs becoming heavier",
    "to replay these options, tap the hash key. {}", "{}, applaud aladdin",
    "presto, a posy from nowhere. {}", "{}, spread the cost over instalments",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("would you like fries
with that"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("fortune", "limerick",
"meme", "subtitles") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we", "what", "you", "your",
    "this", "then", "with", "its", "one", "no", "like", "as", "from", "hi", "hey",
    "good", "us", "near", "i've", "there's", "their", "by", "just", "or", "will", "must",
    "should", "when", "our", "more", "under", "behind", "before", "after", "next",
    "second", "third", "get", "own", "we'll", "through", "take", "bring", "another",
    "see", "soon", "sorry", "thank", "yourself", "can", "any", "each", "every", "may",
    "these", "only", "but", "he", "he's", "here's", "isn't", "you're", "look", "would",
    "what'll", "shall", "now", "where's", "some", "has", "how", "say", "than",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtieth_data.py none of an
out-of-scope template)."""

THIRTIETH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("thatcher", "thatcha"), ("spaniel", "spaniol"), ("splitter", "splita"),
    ("baler", "bailer"), ("liggers", "ligers"), ("leggett", "legget"),
    ("bellringing", "bell ringing"), ("thatching", "thaching"), ("pheasant", "pheasent"),
    ("milliner", "millener"), ("sinamay", "sinamae"), ("petersham", "peter sham"),
    ("fascinators", "fascinaters"), ("netball", "net ball"), ("scooter", "scoota"),
    ("veiling", "vailing"), ("ostrich", "ostridge"), ("boutique", "bootique"),
    ("workroom", "work room"), ("zookeeper", "zoo keeper"), ("hedgehog", "hedge hog"),
    ("incubator", "incubater"), ("hatchery", "hatchry"), ("meerkat", "meercat"),
    ("gymnastics", "jimnastics"), ("mealworms", "meal worms"), ("flamingo", "flamingoe"),
    ("enrichment", "enrichmint"), ("monitor", "moniter"), ("workshop", "work shop"),
]
"""The thirtieth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("reed splitter", "reedsplitter"), ("straw baler", "strawbaler"),
         ("hazel spars", "hazelspars"), ("long ladder", "longladder"),
         ("spar hook", "sparhook"), ("reed bundles", "reedbundles"),
         ("wire netting", "wirenetting"), ("spar shed", "sparshed"),
         ("church warden", "churchwarden"), ("eaves knife", "eavesknife"),
         ("hat steamer", "hatsteamer"), ("glue gun", "gluegun"),
         ("hat boxes", "hatboxes"), ("chess club", "chessclub"), ("hat pins", "hatpins"),
         ("hat block", "hatblock"), ("brim wire", "brimwire"),
         ("felt hoods", "felthoods"), ("ribbon cupboard", "ribboncupboard"),
         ("hat stand", "hatstand"), ("warming pad", "warmingpad"),
         ("egg incubator", "eggincubator"),
         ("reptile mister", "reptilemister"), ("otter pond", "otterpond"),
         ("meerkat burrow", "meerkatburrow"), ("keeper whistle", "keeperwhistle"),
         ("penguin chicks", "penguinchicks"), ("flamingo eggs", "flamingoeggs"),
         ("fish shed", "fishshed"), ("hippo yard", "hippoyard"),
         ("otter slide", "otterslide"), ("bat monitor", "batmonitor"),
         ("lodge heater", "lodgeheater")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"milliner": "milliner's", "leggett": "leggat", "sinamay": "sinamey",
             "petersham": "petershams", "zookeeper": "zoo-keeper", "meerkat": "meerkats",
             "incubator": "incubater", "thatcher": "thatchers"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtieth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit a jumper with a {w} on the front", "what's the french word for {w}",
        "draw a {w} wearing wellies", "how would a cornish fisherman pronounce {w}",
        "who came up with the very first {w}", "is a {w} dearer in the january sales",
        "find a sonnet about a {w}", "spell {w} in semaphore flags",
    ],
    "routine command": [
        "chuck {p} in the bin for good", "recite every step {p} takes",
        "dream up a catchier title for {p}", "duplicate {p} for the annexe",
        "restrict {p} to weekdays", "stick a jingle in front of {p}",
        "who fiddled with {p} most recently", "make {p} a touch softer",
    ],
    "word order": [
        "{b} to begin with and {a} to finish", "{b} straight off and {a} afterwards, ta",
        "flip the {a} and the {b} about", "none of the {a}, oodles of the {b}",
        "oughtn't {a} to precede {b}", "heaps of {b}, hardly a scrap of {a}",
    ],
    "negation": [
        "leave {p} out of it, cheers", "i'd sooner you skipped {p} this week",
        "on no account whatsoever {p}", "don't you dare {p} whilst i'm at the shops",
        "no thanks, no {p} this evening", "scrap that, no {p} whatsoever",
    ],
    "cancellation": [
        "shelve {p} till we say otherwise", "{p} can wait till after the wedding",
        "axe {p} for the remainder of the evening", "pause {p} for the morning",
        "we'll cope without {p} for once", "put {p} on ice for a fortnight",
    ],
    "state question": [
        "is {p} in progress at this minute", "has {p} begun yet",
        "did {p} complete without a hitch", "is {p} finished or carrying on",
        "has anybody seen to {p} already", "did {p} happen on friday",
    ],
    "past or story": [
        "the winter the pipes froze {p} packed in", "during the floods {p} gave out",
        "my grandad used to {p} every harvest", "at the christening {p} went on and on",
        "that august weekend {p} played up non stop", "before the extension we'd {p} ourselves",
    ],
    "someone else's words": [
        "the postman whistled {p} on his round", "a girl at the bus stop shouted {p}",
        "my aunt signs off her letters with {p}", "the bloke at the tip muttered {p}",
        "the curate said {p} at the fete by mistake", "our coalman invariably says {p}",
    ],
    "contrast": [
        "{p} is saved for boxing day", "we only {p} when the in-laws visit",
        "{p} is a once a year treat, that's all", "{p} only happens in the easter holidays",
        "we {p} just on the first of the month", "{p} is strictly for golden weddings",
    ],
    "hypothetical": [
        "supposing i were to ask you to {p}", "if i wanted you to {p}, could you",
        "would you be able to {p}, in principle",
        "if {p} started at three in the morning, would it wake the neighbours",
        "imagine {p} setting off at dawn", "what would happen if someone asked for {p}",
    ],
    "complaint": [
        "{p} sends me barmy", "{p} let us down again on wednesday",
        "{p} has been rubbish since the update", "i'm at the end of my tether with {p}",
        "{p} is a right nuisance", "{p} keeps misbehaving",
    ],
    "opinion": [
        "{p} is an absolute corker", "i'm chuffed to pieces with {p}",
        "{p} has been a lifesaver, truly", "{p} has transformed our evenings",
        "{p} is your cleverest trick by miles", "{p} is marvellous, honestly",
    ],
    "reminder for later": [
        "nudge me to {p} once i'm back", "remind me about {p} after supper",
        "don't let me forget to {p} on saturday", "give me a shout to {p} in a bit",
        "stick {p} on tomorrow's to do list", "tip me off about {p} around suppertime",
    ],
    "permission question": [
        "is my stepdaughter allowed to {p}", "can the childminder {p} unsupervised",
        "may the window cleaner {p} on his own", "is grandma allowed to {p} when she stays",
        "can the electrician {p} by himself", "would the lodger be allowed to {p}",
    ],
    # the thirtieth's own
    "a fortune cookie saying it": [
        "my fortune cookie said {p}", "the fortune cookie from the takeaway read {p}",
        "i cracked open a fortune cookie and it said {p}",
        "imagine a fortune cookie that just says {p}", "whose fortune cookie said {p}",
        "the last fortune cookie in the bag said {p}",
    ],
    "a line in a school play": [
        "my line in the school play is {p}", "in the nativity i only have to say {p}",
        "the shepherd's line in the school play was {p}",
        "i keep forgetting my line in the play, it's {p}",
        "miss gave me the line {p} in the school play",
        "in act two of the play the butler says {p}",
    ],
    "typed in an email by mistake": [
        "i typed {p} in an email to my boss by mistake",
        "my email to the bank ended with {p} by accident",
        "oops, i put {p} in the subject of that email",
        "i accidentally emailed the whole office {p}",
        "there's a stray {p} in my email to the landlord",
        "i sent an email that just said {p} by mistake",
    ],
    "a superstition about it": [
        "granny says it's bad luck to {p} on a friday",
        "sailors reckon saying {p} at sea brings bad luck",
        "it's unlucky to say {p} before a wedding",
        "my aunt won't say {p} inside, she thinks it's unlucky",
        "in our family saying {p} on new year's day brings luck",
        "actors think saying {p} backstage is bad luck",
    ],
    "a letter for a time capsule": [
        "we wrote {p} in the letter for the time capsule",
        "when they dig the time capsule up they'll read {p}",
        "my note for the village time capsule just says {p}",
        "put {p} in the time capsule so they know how we lived",
        "the kids sealed a note saying {p} in a time capsule",
        "in fifty years someone will find {p} in our time capsule",
    ],
    "the subtitles on the telly showing it": [
        "the subtitles said {p} but he said something else",
        "why do the subtitles keep showing {p}",
        "the subtitles on that film read {p} for some reason",
        "the captions on the documentary said {p}",
        "the closed captions just said {p}", "the subtitles got it wrong and wrote {p}",
    ],
    "a meme of it": [
        "there's a meme going round that just says {p}",
        "my nephew sent me a meme that said {p}", "apparently {p} is a meme now",
        "someone made {p} into a meme", "the meme with the goose saying {p}",
        "have you seen the {p} meme",
    ],
    "a limerick about it": [
        "there once was a limerick about {p}", "i wrote a limerick ending with {p}",
        "grandad's limerick rhymes {p} with something rude",
        "can you believe someone put {p} in a limerick",
        "the limerick on the card finished with {p}",
        "my limerick about {p} won the village prize",
    ],
    "a letter to the landlord mentioning it": [
        "i mentioned {p} in my letter to the landlord",
        "the landlord wrote back about {p}",
        "my letter to the letting office quoted {p}",
        "the landlord's reply didn't even mention {p}",
        "i put {p} in the letter to the landlord by accident",
        "should i bring up {p} in my letter to the landlord",
    ],
    "a toddler's first words": [
        "our toddler's first words were {p}", "her first proper words were {p}, honestly",
        "i was sure his first words would be {p}", "my niece's first words sounded like {p}",
        "the twins' first words were {p} and mama", "his very first words? {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} cake tin", "{} biscuit barrel", "{} butter dish", "{} bottle stopper",
    "{} shoehorn", "{} pie tin", "{} hair slide", "{} windchime",
    "{} teaspoon set", "{} tablecloth",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
