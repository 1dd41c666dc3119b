"""The words of the thirty-second held-out resolver set
(benchmarks/_resolver_thirtysecond.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a hot-air balloon pilot's
farmhouse, where Sonny flies the balloon, with his wife Crystal, their daughter Flo,
their son Phil, a sheepdog Whisky and Wayne who leads the chase crew (seed 320); an
ice-cream van seller's bungalow, where Carrie drives the van, with her husband Terry,
their daughter Brooke, their son Robin, a parrot Lolly and Lou who takes the second van
(321); and a chimney sweep's terrace, where Doug sweeps, with his wife Claire, their
daughter Hazel, their son Harry, a terrier Soot and Dean his apprentice (322). Its
people and pets are named with common words or with words that sound like others
("ring sonny" as "ring sunny", "message crystal", "feed whisky", "phil" as "fill", "flo"
as "flow", "wayne" as "wane", "carrie" as "carry", "lou" as "loo", "doug" as "dug",
"harry" as "hairy", and "feed soot" beside "bag the soot", "feed lolly" in a van of
lollies). Each teaches 22 of its own routines with the generic pool; the rest of its own
pool, and the siblings in ``UNTAUGHT`` ("flo's riding at seven" beside "flo's riding at
six", "whippy machine off" beside "whippy machine on"), are never taught there. Phrases
come in every shape: one word ("ballooning", "sundaes", "sweeping"), two nouns ("crown
line", "wafer tins", "chimney pots"), nested ("inflator fan on" inside "hangar inflator
fan on", "whippy machine on" inside "van whippy machine on", "air scrubber on" inside
"loft air scrubber on"), words shared across phrases ("basket hoist on" and "reweave
the wicker basket", "has the cowl been fitted" and "count the cowls"), numbers and
times ("flo's riding at six", "robin's karate at ten"), places ("hangar heater on",
"conservatory heater on"), verbs first ("grease the karabiners") and nouns first
("mince for the terrier"), questions ("are the thermals rising", "is the chimney
drawing"), and a chore of several clauses ("we're away to the seafront so feed lolly and
ring lou and lock the cold store").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("sunny" for "sonny", "fill" for "phil", "loo" for "lou", "dug" for "doug"): the same
person or pet, so "ring sunny" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a hairdresser's small talk first, most of it a question
("jetting somewhere exotic soon? X"), a language-learning app first ("conjugate the
verb, nadar. X"), a radio phone-in host first ("you're broadcasting, spill the beans,
chap. X"), a choirmaster at rehearsal first ("altos, once more with gusto. X"), a baby
monitor after ("X, faint snuffling on the monitor"), a politician on the radio after
("X, let me be perfectly candid"), a cookery competition judge on the telly after ("X,
that's a soggy underside"), a border control documentary on the telly after ("X,
anything to declare, chap"); the phrase between a hairdresser's question and a baby
monitor, and the phrase said in the middle of a phone-in host's line, which goes on
after it ("you're broadcasting, X, spill the beans, chap"). Some are joined with "and",
"so", "then" or "oh and". No word of a clause but its function words is a word of this
set's pools or the generic pool, and its distinctive words are no earlier set's
wrappers'. The shapes vary: a question said first ("fancy a few layers? X"), an aside
in the middle ("you're broadcasting, X, ..."), a line said after as its own clause.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a personalised number plate, a paint colour named
it, a ringtone saying it, given up for lent, a cocktail named it, a protest placard, a
word the dog is trained to, a family code word, a fridge magnet saying it, and a
football chant.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {320: "hot-air balloon pilot's farmhouse",
                         321: "ice-cream van seller's bungalow",
                         322: "chimney sweep's terrace"}

THIRTYSECOND_ROUTINES: dict[str, dict[str, list[str]]] = {
    "hot-air balloon pilot's farmhouse": {
        "Whisky": ["feed whisky", "chews for the sheepdog"],
        "Whisky paws": ["towel whisky's paws"],
        "Sonny": ["ring sonny", "call the balloon pilot"],
        "Crystal": ["message crystal", "text crystal"],
        "Crystal and Flo": ["message crystal and flo"],
        "Phil": ["tell phil his kite is mended"],
        "Wayne": ["text wayne about the launch permit"],
        "Wayne ring": ["ring wayne", "phone wayne"],
        "Inflator fan": ["inflator fan on"],
        "Hangar inflator fan": ["hangar inflator fan on"],
        "Basket hoist": ["basket hoist on"],
        "Met report": ["has the met report come in"],
        "Thermals": ["are the thermals rising"],
        "Ridge": ["how gusty is the ridge"],
        "Riding": ["flo's riding at six"],
        "Judo": ["phil's judo at nine"],
        "Altimeter": ["where's my altimeter"],
        "Karabiners": ["grease the karabiners"],
        "Propane": ["order more propane"],
        "Sandbags": ["count the sandbags"],
        "Envelope": ["patch the envelope"],
        "Wicker basket": ["reweave the wicker basket"],
        "Ballooning": ["ballooning"],
        "Fuel shed": ["lock the fuel shed"],
        "Landowner": ["pay the landowner"],
        "Hangar heater": ["hangar heater on"],
        "Crown line": ["crown line"],
        "Burner valves": ["burner valves"],
        # long
        "Balloon fiesta": ["we're heading to the balloon fiesta so feed whisky and ring wayne "
                           "and lock the fuel shed"],
    },
    "ice-cream van seller's bungalow": {
        "Lolly": ["feed lolly", "seeds for the parrot"],
        "Lolly perch": ["scrub lolly's perch"],
        "Carrie": ["ring carrie", "call the ice cream lady"],
        "Terry": ["message terry", "text terry"],
        "Terry and Brooke": ["message terry and brooke"],
        "Robin": ["tell robin his scout shirt is pressed"],
        "Lou": ["text lou about the van rota"],
        "Lou ring": ["ring lou", "phone lou"],
        "Whippy machine": ["whippy machine on"],
        "Van whippy machine": ["van whippy machine on"],
        "Slush maker": ["slush maker on"],
        "Wafers": ["have the wafers come"],
        "Chest freezer": ["how frosty is the chest freezer"],
        "Sprinkles": ["are there enough sprinkles"],
        "Ballet": ["brooke's ballet at five"],
        "Karate": ["robin's karate at ten"],
        "Scoop": ["where's my scoop"],
        "Cones": ["order more cones"],
        "Float": ["count the float"],
        "Raspberry sauce": ["restock the raspberry sauce"],
        "Van hatch": ["polish the van hatch"],
        "Sundaes": ["sundaes"],
        "Cold store": ["lock the cold store"],
        "Street licence": ["renew the street licence"],
        "Conservatory heater": ["conservatory heater on"],
        "Wafer tins": ["wafer tins"],
        "Topping jars": ["topping jars"],
        # long
        "Seafront": ["we're away to the seafront so feed lolly and ring lou and lock the "
                     "cold store"],
    },
    "chimney sweep's terrace": {
        "Soot": ["feed soot", "mince for the terrier"],
        "Soot collar": ["wash soot's collar"],
        "Doug": ["ring doug", "call the chimney sweep"],
        "Claire": ["message claire", "text claire"],
        "Claire and Hazel": ["message claire and hazel"],
        "Harry": ["tell harry his guitar strings came"],
        "Dean": ["text dean about the flue survey"],
        "Dean ring": ["ring dean", "phone dean"],
        "Air scrubber": ["air scrubber on"],
        "Loft air scrubber": ["loft air scrubber on"],
        "Cement mixer": ["cement mixer on"],
        "Chimney": ["is the chimney drawing"],
        "Flue": ["how sooty is the flue"],
        "Cowl": ["has the cowl been fitted"],
        "Brownies": ["hazel's brownies at six"],
        "Drumming": ["harry's drumming at eight"],
        "Drain rods": ["where are my drain rods"],
        "Dust sheets": ["order more dust sheets"],
        "Cowls": ["count the cowls"],
        "Bird guard": ["mend the bird guard"],
        "Scraper": ["sharpen the scraper"],
        "Soot bag": ["bag the soot"],
        "Sweeping": ["sweeping"],
        "Brush store": ["lock the brush store"],
        "Letting agent": ["invoice the letting agent"],
        "Scullery heater": ["scullery heater on"],
        "Chimney pots": ["chimney pots"],
        "Flue brushes": ["flue brushes"],
        # long
        "Sweeps festival": ["we're going to the sweeps festival so feed soot and ring dean "
                            "and lock the brush store"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "hot-air balloon pilot's farmhouse": {
        "Riding seven": ["flo's riding at seven"],
        "Judo ten": ["phil's judo at ten"],
        "Inflator fan off": ["inflator fan off"],
        "Hangar inflator fan off": ["hangar inflator fan off"],
        "Basket hoist off": ["basket hoist off"],
        "Unlock fuel shed": ["unlock the fuel shed"],
        "Wayne insurance": ["text wayne about the launch insurance"],
        "Whisky ears": ["towel whisky's ears"],
        "Butane": ["order more butane"],
        "Tether ropes": ["count the tether ropes"],
        "Skirt": ["patch the skirt"],
        "Hangar heater off": ["hangar heater off"],
    },
    "ice-cream van seller's bungalow": {
        "Ballet six": ["brooke's ballet at six"],
        "Karate eleven": ["robin's karate at eleven"],
        "Whippy machine off": ["whippy machine off"],
        "Van whippy machine off": ["van whippy machine off"],
        "Slush maker off": ["slush maker off"],
        "Unlock cold store": ["unlock the cold store"],
        "Lou service": ["text lou about the van service"],
        "Lolly cage": ["scrub lolly's cage"],
        "Napkins": ["order more napkins"],
        "Change": ["count the change"],
        "Chocolate sauce": ["restock the chocolate sauce"],
        "Conservatory heater off": ["conservatory heater off"],
    },
    "chimney sweep's terrace": {
        "Brownies seven": ["hazel's brownies at seven"],
        "Drumming nine": ["harry's drumming at nine"],
        "Air scrubber off": ["air scrubber off"],
        "Loft air scrubber off": ["loft air scrubber off"],
        "Cement mixer off": ["cement mixer off"],
        "Unlock brush store": ["unlock the brush store"],
        "Dean repair": ["text dean about the flue repair"],
        "Soot lead": ["wash soot's lead"],
        "Dust masks": ["order more dust masks"],
        "Brushes": ["count the brushes"],
        "Bird net": ["mend the bird net"],
        "Scullery heater off": ["scullery heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the balloon pilot's farmhouse
    {"we're heading to the balloon fiesta so feed whisky and ring wayne and lock the fuel "
     "shed", "i'm leaving", "goodbye house", "feed whisky", "ring wayne", "lock the fuel shed"},
    {"feed whisky", "chews for the sheepdog", "feed the sheepdog"},
    {"ring sonny", "call the balloon pilot", "ring the balloon pilot"},
    # the ice-cream van seller's bungalow
    {"we're away to the seafront so feed lolly and ring lou and lock the cold store",
     "i'm leaving", "goodbye house", "feed lolly", "ring lou", "lock the cold store"},
    {"feed lolly", "seeds for the parrot", "feed the parrot"},
    {"ring carrie", "call the ice cream lady", "ring the ice cream lady"},
    # the chimney sweep's terrace
    {"we're going to the sweeps festival so feed soot and ring dean and lock the brush store",
     "i'm leaving", "goodbye house", "feed soot", "ring dean", "lock the brush store"},
    {"feed soot", "mince for the terrier", "feed the terrier"},
    {"ring doug", "call the chimney sweep", "ring the chimney sweep"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
sheepdog" where the sheepdog is Whisky). The phrases of one routine ask for the same
thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"sonny", "crystal", "flo", "flo's", "phil", "phil's", "wayne", "whisky", "whisky's",
         "carrie", "terry", "brooke", "brooke's", "robin", "robin's", "lolly", "lolly's",
         "lou", "doug", "claire", "hazel", "hazel's", "harry", "harry's", "soot", "soot's",
         "dean"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "sonny": ("sunny",), "crystal": ("krystal", "cristal"), "flo": ("flow", "floe"),
    "flo's": ("flow's",), "phil": ("fill", "phill"), "phil's": ("fill's",),
    "wayne": ("wane", "wain"), "whisky": ("whiskey",), "whisky's": ("whiskey's",),
    "carrie": ("carry", "carey"), "terry": ("terri", "teri"), "brooke": ("brook",),
    "brooke's": ("brook's",), "lolly": ("lollie",), "lolly's": ("lollie's",),
    "lou": ("loo", "lew"), "doug": ("dug",), "claire": ("clare", "clair"),
    "harry": ("hairy",), "harry's": ("hairy's",), "dean": ("dene", "deen"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: "fill" is how a
recogniser writes the sounds of "phil", "loo" those of "lou"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "five": ("half five",), "six": ("twenty past six",), "eight": ("half eight",),
    "nine": ("quarter to nine",), "ten": ("half ten",),
    # things and places
    "chews": ("treats",), "sheepdog": ("lurcher",), "towel": ("trim",), "paws": ("claws",),
    "balloon": ("glider",), "pilot": ("instructor",), "kite": ("bike",),
    "mended": ("painted",), "launch": ("landing",), "permit": ("fee",),
    "inflator": ("blower",), "fan": ("pump",), "hangar": ("stable",), "basket": ("trailer",),
    "hoist": ("crane",), "met": ("pollen",), "report": ("forecast",), "thermals": ("clouds",),
    "rising": ("thinning",), "gusty": ("foggy",), "ridge": ("valley",),
    "riding": ("netball",), "judo": ("chess",), "altimeter": ("compass",),
    "grease": ("polish",), "karabiners": ("buckles",), "propane": ("paraffin",),
    "sandbags": ("tent pegs",), "patch": ("fold",), "envelope": ("tarpaulin",),
    "reweave": ("varnish",), "wicker": ("picnic",), "ballooning": ("paragliding",),
    "fuel": ("bike",), "shed": ("cupboard",), "landowner": ("farrier",),
    "crown": ("guy",), "line": ("rope",), "burner": ("boiler",), "valves": ("pipes",),
    "fiesta": ("show",),
    "seeds": ("grapes",), "parrot": ("budgie",), "scrub": ("hose",), "perch": ("mirror",),
    "ice": ("clotted",), "cream": ("skating",), "lady": ("man",), "scout": ("school",),
    "shirt": ("jumper",), "pressed": ("dried",), "van": ("lorry",), "rota": ("round",),
    "whippy": ("popcorn",), "slush": ("smoothie",), "maker": ("blender",),
    "wafers": ("straws",), "frosty": ("noisy",), "chest": ("upright",),
    "freezer": ("fridge",), "sprinkles": ("marshmallows",), "ballet": ("tap",),
    "karate": ("boxing",), "scoop": ("ladle",), "cones": ("tubs",), "float": ("takings",),
    "restock": ("taste",), "raspberry": ("toffee",), "sauce": ("syrup",),
    "polish": ("dent",), "hatch": ("bumper",), "sundaes": ("milkshakes",),
    "cold": ("dry",), "store": ("room",), "renew": ("frame",), "street": ("market",),
    "licence": ("stall",), "conservatory": ("caravan",), "tins": ("boxes",),
    "topping": ("jam",), "jars": ("pots",), "seafront": ("carnival",),
    "mince": ("tripe",), "terrier": ("whippet",), "wash": ("mend",), "collar": ("harness",),
    "chimney": ("stove",), "sweep": ("cleaner",), "guitar": ("violin",),
    "strings": ("picks",), "came": ("broke",), "flue": ("gutter",), "survey": ("quote",),
    "scrubber": ("purifier",), "loft": ("cellar",), "cement": ("concrete",),
    "mixer": ("saw",), "drawing": ("smoking",), "sooty": ("damp",), "cowl": ("gutter",),
    "fitted": ("painted",), "brownies": ("cubs",), "drumming": ("trumpet",),
    "drain": ("fishing",), "rods": ("nets",), "dust": ("bed",), "sheets": ("bags",),
    "cowls": ("ladders",), "mend": ("paint",), "bird": ("squirrel",), "guard": ("feeder",),
    "sharpen": ("clean",), "scraper": ("trowel",), "bag": ("sift",),
    "sweeping": ("plastering",), "brush": ("ladder",), "invoice": ("thank",),
    "letting": ("estate",), "agent": ("office",), "scullery": ("pantry",),
    "pots": ("stacks",), "brushes": ("rods",), "festival": ("gala",),
    # the generic pool's
    "dog": ("ferret",), "garage": ("lean-to",), "sauna": ("plunge pool",),
    "coffee": ("hot chocolate",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("buffet",), "birthday": ("leaving do",), "vacuum": ("carpet cleaner",),
    "christmas": ("diwali",), "yoga": ("tai chi",), "hallway": ("landing",),
    "fireplace": ("stove",), "porch": ("back step",), "office": ("den",),
    "sunset": ("dusk",), "bedside": ("desk",), "laundry": ("mending",),
    "baby": ("toddler",), "homework": ("times tables",), "washing": ("drying",),
    "bedroom": ("box room",), "podcast": ("audiobook",), "story": ("lullaby",),
    "bath": ("foot spa",), "pool": ("pond",), "spa": ("facial",),
    "study": ("exam",), "focus": ("revision",), "relax": ("lie down",),
    "vacation": ("staycation",), "news": ("weather",), "guests": ("in-laws",),
    "alarm": ("siren",), "quiet": ("noisy",), "read": ("knit",),
    "reading": ("knitting",), "morning": ("midday",), "evening": ("teatime",),
    "bedtime": ("tuck-in",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("flo's
riding at twenty past six" for "flo's riding at six", "feed the lurcher"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_HAIR = [
    "jetting somewhere exotic soon", "fancy a few layers", "shall i thin your fringe",
    "how's that quiff sitting", "is the blowdry too toasty", "layers or a bob",
    "sideburns squared neatly", "tempted by highlights",
]
_MONITOR = [
    "faint snuffling on the monitor", "the receiver's crackling", "static hissing faintly",
    "a whimper from the cot", "gurgling over the receiver", "tiny snores through the speaker",
    "a wail from the nursery monitor", "muffled babbling from the cot",
]
_PHONE_IN = [
    ("you're broadcasting", "spill the beans, chap"),
    ("contributions encouraged", "until the pips"),
    ("our next contributor", "is from dudley"),
    ("forbearance, my dear", "you're connected next"),
    ("the switchboard's heaving", "thoroughly rammed"),
    ("insomniacs rejoice", "it's the nocturnal mailbag"),
    ("a correspondent in kettering", "disagrees strongly"),
    ("governor, you're echoing", "dampen your wireless"),
]

WRAPPERS: dict[str, list[str]] = {
    "a hairdresser's small talk, said first": [
        f"{h}? {{}}" for h in _HAIR[:6]
    ] + [f"{_HAIR[6]}, then {{}}", f"{_HAIR[7]}, oh and {{}}"],
    "a language-learning app, said first": [
        "conjugate the verb, nadar. {}", "magnificent pronunciation, persist. {}",
        "pair each noun with its gender. {}", "cucumber translates as pepino. {}",
        "mimic the narrator, vielen dank. {}", "module conquered, xp tripled. {}",
        "translate, el perro duerme, then {}", "vocabulary quiz available, oh and {}",
    ],
    "a radio phone-in host, said first": [
        f"{a}, {b}. {{}}" for a, b in _PHONE_IN[:6]
    ] + [f"{_PHONE_IN[6][0]}, {_PHONE_IN[6][1]}, then {{}}",
         f"{_PHONE_IN[7][0]}, {_PHONE_IN[7][1]}, oh and {{}}"],
    "a choirmaster at rehearsal, said first": [
        "altos, once more with gusto. {}", "tenors, you're dragging. {}",
        "sopranos, take a lungful before the semiquaver. {}", "basses, more vibrato. {}",
        "crescendo on the amen. {}", "obey my baton, everybody. {}",
        "arpeggios first, then {}", "that descant was heavenly, oh and {}",
    ],
    "a baby monitor crackling, said after": [
        f"{{}}, {m}" for m in _MONITOR[:6]
    ] + [f"{{}} and, {_MONITOR[6]}", f"{{}} so, {_MONITOR[7]}"],
    "a politician on the radio, said after": [
        "{}, let me be perfectly candid", "{}, hardworking families merit better",
        "{}, i reject that premise entirely", "{}, the honourable member is mistaken",
        "{}, we've honoured our manifesto", "{}, with the utmost deference, that's hypothetical",
        "{} and, we will not be lectured", "{} so, taxpayers demand clarity",
    ],
    "a cookery competition judge on the telly, said after": [
        "{}, your sponge is stodgy", "{}, that's a soggy underside", "{}, the ganache has bloomed",
        "{}, exemplary lamination", "{}, underbaked in the core",
        "{}, the crumb is dense", "{} and, the meringue's weeping",
        "{} so, a handshake for the choux",
    ],
    "a border control documentary on the telly, said after": [
        "{}, anything to declare, chap", "{}, loiter yonder, duchess",
        "{}, unzip that holdall",
        "{}, sniffer hound alerted", "{}, your visa has lapsed",
        "{}, these cigarettes are undeclared", "{} and, entry stamp granted",
        "{} so, quarantine regulations enforced",
    ],
    "between a hairdresser's small talk and a baby monitor": [
        f"{h}? {{}}, {m}" for h, m in zip(_HAIR[:6], _MONITOR[:6], strict=True)
    ] + [f"{_HAIR[6]}. {{}} and, {_MONITOR[6]}",
         f"{_HAIR[7]}. {{}} so, {_MONITOR[7]}"],
    "in the middle of a radio phone-in host's line": [
        f"{a}, {{}}, {b}" for a, b in _PHONE_IN[:6]
    ] + [f"{_PHONE_IN[6][0]}, {{}} and, {_PHONE_IN[6][1]}",
         f"{_PHONE_IN[7][0]}, {{}} so, {_PHONE_IN[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYSECOND_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been"}
"""The words only the pools' questions say but their question words ("thermals",
"gusty", "sooty"; not "cowl", which "count the cowls" says too in its plural): a
monitor's, a politician's, a judge's or a documentary's line said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_TRIP = {"leaving", "goodbye", "away", "vacation", "holiday", "fiesta", "seafront",
         "festival", "ballooning", "sweeping", "sundaes"}
"""Requests a hairdresser's question about going away could bear on (a trip, and a
one-word phrase that could answer where to)."""
_CUT = {"date", "romantic"}
"""Requests a hairdresser's question about a cut could bear on (a date to look smart
for)."""
_DRYER = {"wash", "towel", "scrub", "brush", "shower", "bath", "spa", "collar", "paws",
          "perch", "heater", "heat", "heating", "warm"}
"""Requests her question about the heat of the dryer could bear on (washing and drying,
heat)."""
_LESSON = {"homework", "study", "focus", "read", "reading", "story", "kids", "quiet",
           "sundaes", "sweeping", "ballooning", "ballet", "karate", "judo"} | _SAID_TO
"""Requests a language lesson could bear on (study, words said or sent, a word that
could be the answer to translate)."""
_AIR = {"ring", "call", "phone", "message", "text", "tell", "email", "write", "radio",
        "music", "news", "podcast", "loud", "quiet", "noise", "sounds", "kitchen",
        "concert", "party"}
"""Requests a phone-in on the radio could bear on (a call, the radio itself, its noise
and its news)."""
_CHOIR = {"music", "loud", "quiet", "noise", "concert", "party", "piano", "practice",
          "drumming", "ballet", "guitar", "strings", "radio", "kitchen", "sounds"} \
    | _SAID_TO
"""Requests a choir rehearsal could bear on (music and its noise, a lesson, words sent
to someone)."""
_NURSERY = {"baby", "sleeping", "sleep", "nap", "quiet", "noise", "kids", "bedtime",
            "story", "night", "sounds", "white", "wake", "loud", "music", "heater",
            "heat", "heating", "warm", "air", "scrubber", "lights", "light"}
"""Requests a baby monitor could bear on (the baby, sleep, the noise, the nursery's
heat and air)."""
_HOUSE = {"news", "radio", "podcast", "tv", "television", "watch", "pay", "invoice",
          "licence", "street", "permit", "landowner", "agent", "letting", "renew", "loud",
          "quiet", "noise"}
"""Requests a politician on the radio could bear on (the programme itself, money paid
or owed, a licence or a permit)."""
_KITCHEN = {"feed", "chews", "seeds", "mince", "dinner", "lunch", "breakfast", "cooking",
            "coffee", "tea", "kettle", "barbecue", "sundaes", "cones", "wafers", "wafer",
            "sprinkles", "raspberry", "sauce", "whippy", "slush", "topping", "brownies",
            "freezer", "scoop", "restock", "tv", "television", "watch", "movie"}
"""Requests a cookery programme could bear on (food, feeding and the kitchen, and the
telly it is on)."""
_TRAVEL = {"leaving", "goodbye", "away", "home", "welcome", "vacation", "holiday",
           "fiesta", "seafront", "festival", "lock", "unlock", "store", "shed", "alarm",
           "security", "feed", "whisky", "lolly", "soot", "sheepdog", "parrot", "terrier",
           "chews", "seeds", "mince", "tv", "television", "watch", "movie", "ballooning",
           "launch", "permit", "licence"}
"""Requests a border control programme could bear on (a trip, locking up, a pet its
sniffer dog could mean, the telly it is on, a permit or a flight)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a hairdresser's question bears on a trip, on a date, and her dryer on washing
    # and heat)
    "exotic": _TRIP, "blowdry": _DRYER,
    **{hair: _CUT for hair in ("layers", "fringe", "quiff", "a bob", "sideburns",
                               "highlights")},
    # (a language app bears on study and on words said or sent)
    **{app: _LESSON for app in ("nadar", "pronunciation", "gender", "pepino",
                                "vielen dank", "xp tripled", "perro", "vocabulary")},
    # (a phone-in bears on a call, the radio and its noise)
    **{air: _AIR for air in ("broadcasting", "contributions", "next contributor", "forbearance",
                             "switchboard", "insomniacs", "correspondent", "echoing")},
    # (a choir bears on music, its noise and a lesson)
    **{choir: _CHOIR for choir in ("altos", "tenors", "sopranos", "basses", "crescendo",
                                   "baton", "arpeggios", "descant")},
    # (a monitor's, a politician's, a judge's or a documentary's line after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{monitor: _NURSERY | _SAID_TO | _ASKED for monitor in (
        "snuffling", "receiver's", "static", "whimper", "gurgling", "tiny snores",
        "wail", "babbling")},
    **{mp: _HOUSE | _SAID_TO | _ASKED for mp in (
        "candid", "hardworking", "premise", "honourable", "manifesto", "deference",
        "lectured", "taxpayers")},
    **{judge: _KITCHEN | _SAID_TO | _ASKED for judge in (
        "sponge", "soggy", "ganache", "lamination", "underbaked", "crumb", "meringue",
        "choux")},
    **{border: _TRAVEL | _SAID_TO | _ASKED for border in (
        "declare", "yonder", "holdall", "sniffer", "visa", "cigarettes", "entry stamp",
        "quarantine")},
}
"""Clauses that would bear on a phrase with one of these words ("ring wayne" after a
phone-in host may be ringing the programme; "feed lolly" after a cookery judge may be
feeding her the cake): never said around it, so the clause stays beside the request
and says nothing of it."""

OOS_WRAPPERS = [
    "jetting somewhere exotic soon? {}", "{}, faint snuffling on the monitor",
    "conjugate the verb, nadar. {}", "{}, let me be perfectly candid",
    "you're broadcasting, spill the beans, chap. {}", "{}, that's a soggy underside",
    "altos, once more with gusto. {}", "{}, anything to declare, chap",
    "module conquered, xp tripled. {}", "{}, the receiver's crackling",
    "tenors, you're dragging. {}", "{}, your visa has lapsed",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "fancy a few layers? {}", "{}, gurgling over the receiver",
    "pair each noun with its gender. {}", "{}, i reject that premise entirely",
    "forbearance, my dear, you're connected next. {}", "{}, exemplary lamination",
    "crescendo on the amen. {}", "{}, loiter yonder, duchess",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("jetting somewhere exotic
soon"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("plate", "placard", "magnet",
"chant") are never a wrapper's, so they stay."""

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
    "old", "left", "look", "till", "all", "up", "let", "we've", "few", "back", "top",
    "fancy", "first", "everybody",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtysecond_data.py none of an
out-of-scope template)."""

THIRTYSECOND_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("sheepdog", "sheep dog"), ("inflator", "inflater"), ("hangar", "hanger"),
    ("altimeter", "altimetre"), ("karabiners", "carabiners"), ("propane", "pro pane"),
    ("sandbags", "sand bags"), ("envelope", "envelop"), ("landowner", "land owner"),
    ("ballooning", "balooning"), ("thermals", "thermal"), ("judo", "judoh"),
    ("whippy", "whippie"), ("sprinkles", "sprinkels"), ("raspberry", "razberry"),
    ("sundaes", "sundays"), ("conservatory", "conservatry"), ("karate", "karati"),
    ("licence", "license"), ("seafront", "sea front"), ("scrubber", "scrubba"),
    ("chimney", "chimley"), ("terrier", "terrior"), ("brownies", "brownys"),
    ("scraper", "scrapper"), ("cowls", "cowels"), ("sweeping", "sweepin"),
    ("drumming", "drummin"), ("scullery", "scullary"), ("guitar", "gitar"),
]
"""The thirty-second set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("inflator fan", "inflatorfan"), ("basket hoist", "baskethoist"),
         ("met report", "metreport"), ("fuel shed", "fuelshed"),
         ("crown line", "crownline"), ("burner valves", "burnervalves"),
         ("wicker basket", "wickerbasket"), ("launch permit", "launchpermit"),
         ("balloon pilot", "balloonpilot"), ("whippy machine", "whippymachine"),
         ("slush maker", "slushmaker"), ("chest freezer", "chestfreezer"),
         ("raspberry sauce", "raspberrysauce"), ("van hatch", "vanhatch"),
         ("cold store", "coldstore"), ("street licence", "streetlicence"),
         ("wafer tins", "wafertins"), ("topping jars", "toppingjars"),
         ("ice cream", "icecream"), ("cement mixer", "cementmixer"),
         ("drain rods", "drainrods"), ("dust sheets", "dustsheets"),
         ("bird guard", "birdguard"), ("brush store", "brushstore"),
         ("air scrubber", "airscrubber"),
         ("letting agent", "lettingagent"), ("chimney pots", "chimneypots"),
         ("flue brushes", "fluebrushes"), ("chimney sweep", "chimneysweep"),
         ("flue survey", "fluesurvey")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"licence": "license", "karabiners": "carabiners", "altimeter": "altimetre",
             "sheepdog": "sheep-dog", "seafront": "sea-front", "scullery":
             "scullary", "whisky": "whiskey", "landowner": "land-owner"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtysecond.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit me a tea cosy shaped like a {w}", "what's the cornish for {w}",
        "sketch a {w} in charcoal", "how do they pronounce {w} in belfast",
        "which decade invented the {w}", "is a {w} dearer on the internet",
        "find a sea shanty about a {w}", "semaphore {w} to the boat",
    ],
    "routine command": [
        "erase {p} from your list", "list every stage of {p}",
        "think up a punchier title for {p}", "clone {p} for the annexe",
        "restrict {p} to school holidays", "stick a drumroll before {p}",
        "who last fiddled with {p}", "make {p} a shade mellower",
    ],
    "word order": [
        "{b} up front then {a} at the end", "{b} to open and {a} to close",
        "flip the {a} and the {b} round", "nil {a}, heaps of {b}",
        "oughtn't {a} precede {b}", "piles of {b}, hardly any {a}",
    ],
    "negation": [
        "hold off {p}, cheers all the same", "i'd sooner no {p} till the electrician leaves",
        "not on your nelly {p}", "don't bother with {p} while i'm at the optician",
        "nah, no {p} this evening thanks", "forget that, definitely no {p}",
    ],
    "cancellation": [
        "shelve {p} indefinitely", "{p} can hold till after the funeral",
        "scrap {p} for the rest of the month", "suspend {p} till half term ends",
        "we'll do without {p} just this once", "put {p} on the back burner for a fortnight",
    ],
    "state question": [
        "is {p} happening as we speak", "has {p} kicked off yet at all",
        "did {p} work out according to plan", "is {p} finished or still chugging along",
        "has anybody sorted {p} already", "did {p} actually happen on thursday",
    ],
    "past or story": [
        "the winter the boiler died {p} packed up",
        "during the power cut {p} went wonky", "my late uncle would {p} every boxing day",
        "at the christening {p} went on forever", "that bank holiday {p} played up all day",
        "before the extension we had to {p} ourselves",
    ],
    "someone else's words": [
        "the postie whistled {p} on the doorstep", "a woman on the bus shouted {p}",
        "my nephew finishes every text with {p}", "a bloke at the recycling centre muttered {p}",
        "the lollipop lady said {p} this morning", "our window cleaner signs off with {p}",
    ],
    "contrast": [
        "{p} is saved for bonfire night", "we only {p} when the in-laws come to stay",
        "{p} is a treat for high days and holidays", "{p} only happens during august",
        "we {p} just on the first monday of the month", "{p} is reserved for golden weddings",
    ],
    "hypothetical": [
        "suppose i begged you to {p}", "if i fancied {p}, could you manage",
        "could you {p}, theoretically speaking", "if {p} started at three in the morning "
        "would it wake the neighbours", "imagine {p} kicking off at dawn",
        "what would occur if a guest asked for {p}",
    ],
    "complaint": [
        "{p} is driving me round the bend", "{p} let us down again on saturday",
        "{p} has gone rubbish since the software update", "i've had it with {p}, frankly",
        "{p} is a right royal nuisance", "{p} keeps conking out",
    ],
    "opinion": [
        "{p} is a real gem, honestly", "i'm well chuffed about {p}",
        "{p} is a lifesaver and no mistake", "{p} has transformed our sundays",
        "{p} is your cleverest trick by far", "{p} is marvellous, hand on heart",
    ],
    "reminder for later": [
        "nudge me to {p} when i'm back from the dump", "remind me about {p} after lunch",
        "make sure i don't forget to {p} on saturday", "give me a prod to {p} in a bit",
        "add {p} to the to-do list for friday", "jog my memory about {p} around six-ish",
    ],
    "permission question": [
        "is my son's boyfriend allowed to {p}", "can the childminder {p} by herself",
        "may the electrician {p} unsupervised", "is nana allowed to {p} when she stays",
        "can the cleaner {p} without checking", "is the exchange student allowed to {p}",
    ],
    # the thirty-second's own
    "a personalised number plate": [
        "the car in front had a number plate spelling {p}",
        "he paid a fortune for a number plate reading {p}",
        "why would anyone's number plate say {p}",
        "my brother's private plate says {p}",
        "there's a van round here with the reg {p}",
        "a personalised plate saying {p} is for sale online",
    ],
    "a paint colour named it": [
        "the hall is painted a shade called {p}",
        "the paint chart has a grey called {p}",
        "we chose a paint colour named {p} for the kitchen",
        "is {p} a real paint colour or did they make it up",
        "the tester pot we bought is called {p}",
        "that green on the front door is a paint called {p}",
    ],
    "a ringtone saying it": [
        "her ringtone is a robot voice saying {p}",
        "my dad set his ringtone to someone shouting {p}",
        "whose ringtone keeps saying {p}",
        "i downloaded a ringtone that goes {p}",
        "the ringtone on his work mobile says {p}",
        "can you believe her ringtone just says {p}",
    ],
    "given up for lent": [
        "i've given up {p} for lent", "she's giving up {p} for lent this year",
        "we gave up {p} for lent and regretted it",
        "is giving up {p} for lent a bit silly",
        "grandad swore off {p} for lent, till easter sunday",
        "the whole family gave up {p} for lent",
    ],
    "a cocktail named it": [
        "the bar does a cocktail called {p}",
        "i ordered a cocktail named {p} and it was mostly rum",
        "the cocktail menu lists one called {p}",
        "what goes into a cocktail called {p}",
        "they invented a cocktail named {p} for the hen do",
        "a cocktail called {p} costs twelve quid there",
    ],
    "a protest placard": [
        "the placards at the march said {p}", "she painted {p} on her placard",
        "someone held up a placard reading {p} outside the town hall",
        "why did the protesters' placards say {p}",
        "my placard for the rally just says {p}",
        "a placard with {p} on it was left in the square",
    ],
    "a word the dog is trained to": [
        "we trained the neighbours' spaniel to roll over at {p}",
        "their collie sits down whenever anyone says {p}",
        "the puppy class taught him to lie down for {p}",
        "our friend's labrador fetches a ball at the words {p}",
        "the trainer used {p} as the command to heel",
        "my aunt's poodle spins round when she says {p}",
    ],
    "a family code word": [
        "our family codeword for emergencies is {p}",
        "the kids' secret codeword is {p}",
        "we agreed {p} as the codeword for the babysitter",
        "is {p} still our codeword for a stranger at school",
        "my sister's family use {p} as their codeword",
        "the codeword for escaping a boring party is {p}",
    ],
    "a fridge magnet saying it": [
        "there's a fridge magnet that says {p}",
        "we brought back a fridge magnet reading {p}",
        "the fridge magnet from blackpool says {p}",
        "who bought the magnet on the fridge that says {p}",
        "a fridge magnet with {p} on it fell off again",
        "gran collects fridge magnets, one says {p}",
    ],
    "a football chant": [
        "the away end kept chanting {p}", "the fans were singing {p} all the second half",
        "our terrace chant is just {p} over and over",
        "why were the supporters chanting {p} at the ref",
        "the whole stand chanted {p} after the equaliser",
        "my nephew learnt the chant {p} at the derby",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} toast tongs", "{} tea strainer", "{} cake slice", "{} umbrella stand",
    "{} draught excluder", "{} pen pot", "{} trivet", "{} shoe horn",
    "{} pepper mill", "{} letter rack",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
