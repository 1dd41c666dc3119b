"""The words of the fifty-fifth held-out resolver set
(benchmarks/_resolver_fiftyfifth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a dry stone waller's farmhouse
with the stonefold below the fell, where Breda walls, with her husband Xander, their
children Cinda and Lyle, a cat Scree and a collie Cobble (seed 550); a chair bodger's
cabin with the bodgery in the beechwood, where Gilda bodges chairs, with her wife
Decca, their daughters Elda and Oda, a cat Billet and a terrier Treen (551); and a
mapmaker's house with the maproom under the eaves, where Leda draws maps, with her wife
Ona, their daughters Sylva and Stella, a cat Sepia and a setter Mercator (552). Its
people and pets are named in ways no earlier set names them: after the stone a waller
clears or lays ("feed scree" beside "clear the scree path", "brush cobble" beside
"relay the cobble setts"), the wood a bodger splits or turns ("feed billet" beside
"split the billet logs", "brush treen" beside "wax the treen bowls") or a mapmaker's
ink and projection ("feed sepia" beside "mix the sepia ink", "brush mercator" beside
"print the mercator projection"); and with names a recogniser writes as the word they
sound like, most as a speaker who sounds no "r" after a vowel says both: as one who
breeds dogs ("breda" as "breeder", beside "ring the collie breeder"), what is left when
coal burns ("cinda" as "cinder", beside "rake the cinder track"), one who gilds
("gilda" as "gilder", beside "pay the frame gilder"), a bus of two floors ("decca" as
"decker", beside "book the double decker"), a hedge shrub ("elda" as "elder", beside
"prune the elder hedge"), a smell ("oda" as "odour", beside "treat the drain odour"),
one who leads ("leda" as "leader", beside "email the scout leader"), one who owns
("ona" as "owner", beside "ring the boat owner"), a metal ("sylva" as "silver", beside
"polish the silver teapot") and of the stars ("stella" as "stellar", beside "print the
stellar chart"); and, in any accent, as a fish ("xander" as "zander", beside "fillet
the zander") and a cotton thread ("lyle" as "lisle", beside "darn the lisle socks"). A
name that is also a word of another phrase of its home ("scree", "cobble", "billet",
"treen", "sepia", "mercator") has no other spelling, so the word is never respelt as
the name. Each teaches 22 of its own routines with the generic pool; the rest of its
own pool, and the siblings in ``UNTAUGHT`` ("cinda's swimming at five" beside "cinda's
swimming at four", "compactor off" beside "compactor on"), are never taught there.
Phrases come in every shape: one word ("walling", "bodging", "mapmaking"), two nouns
("coping stones", "froe handles", "contour pens"), nested ("compactor on" inside "plate
compactor on", "steamchest on" inside "bending steamchest on", "digitiser on" inside "map
digitiser on"), words shared across phrases ("lock the stonefold" and "stonefold light
on", "feed scree" and "clear the scree path"), numbers and times ("cinda's swimming at
four", "sylva's ballet at nine"), places ("stonefold heater on", "bodgery extractor
on", "maproom dehumidifier on"), verbs first ("fillet the zander", "darn the lisle
socks") and nouns first ("pouches for the havana"), questions ("how many walls are
rebuilt", "how many stools are finished", "how many sheets are inked"), and a chore of
several clauses ("we're off to the map fair so feed sepia and give stella a ring and
lock the maproom").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("breeder" for "breda", "zander" for "xander", "lisle" for "lyle"): the same person, so
"phone breeder" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a coconut shy barker at the fair first ("rollup,
rollup, a whack at the coconuts. X"), a bittern booming in the reedbed first, one word
no dictionary of the speaker's has ("whoomp! X"), calling the peacocks down off the
barn roof first ("peacocks, peacocks! X"), a cattle auctioneer at the mart first
("heifers, bonny heifers! X"), a caber toss at the highland games on the telly after
("X, the caber's upended"), a remark on newts in the garden pond after ("X, a newt's
surfaced"), a game of musical statues at a children's party after ("X, statues"), a
remark on the ice cream van's chimes after ("X, greensleeves again"); the phrase
between a peacock call and a newt remark ("peacocks, peacocks! X, a newt's surfaced"),
and the phrase said in the middle of a coconut shy barker's patter, which goes on after
it ("rollup, rollup, X, a whack at the coconuts"). Some are joined with "and", "so",
"then" or "oh and". No word of a clause but its function words is a word of this set's
pools or the generic pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a lifeboat named it, a hedgehog named it, a
shetland pony named it, a traction engine named it, a tartan named it, a storm named
it, traced in frost on a windscreen, stencilled on a wheelie bin, wrought into an iron
gate and woven into a rag rug.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

WALLER = "dry stone waller's farmhouse with the stonefold below the fell"
BODGER = "chair bodger's cabin with the bodgery in the beechwood"
MAPMAKER = "mapmaker's house with the maproom under the eaves"
HOMES: dict[int, str] = {550: WALLER, 551: BODGER, 552: MAPMAKER}

FIFTYFIFTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    WALLER: {
        "Scree": ["feed scree", "pouches for the havana"],
        "Cobble": ["brush cobble"],
        "Breda": ["ring breda", "call the waller", "phone breda"],
        "Xander": ["drop xander a line", "send xander a text"],
        "Xander and Cinda": ["message xander and cinda"],
        "Cinda": ["give cinda a ring", "give cinda a bell", "call cinda back"],
        "Lyle": ["tell lyle his trumpet is on the sideboard"],
        "Lyle ring": ["give lyle a ring", "phone lyle"],
        "Lyle lift": ["ask lyle for a lift to the livestock market"],
        "Cinda supper": ["tell cinda her corned beef hash is ready"],
        "Cinda lift": ["ask cinda for a lift to the railway halt"],
        "Breda stone": ["text breda about the gritstone delivery"],
        "Xander tickets": ["text xander about the brass band tickets"],
        "Xander ring": ["give xander a ring", "ring xander back"],
        "Breda keys": ["ask breda for the pickup keys"],
        "Compactor": ["compactor on"],
        "Plate compactor": ["plate compactor on"],
        "Stonefold heater": ["stonefold heater on"],
        "Scree path": ["clear the scree path"],
        "Cobble setts": ["relay the cobble setts"],
        "Breeder": ["ring the collie breeder"],
        "Zander": ["fillet the zander"],
        "Cinder": ["rake the cinder track"],
        "Lisle": ["darn the lisle socks"],
        "Walls": ["how many walls are rebuilt"],
        "Stone wagon": ["has the stone wagon come"],
        "Swimming": ["cinda's swimming at four"],
        "Judo": ["lyle's judo at seven"],
        "Batter frames": ["set the batter frames", "square the batter frames"],
        "Throughstones": ["count the throughstones", "tally the throughstones"],
        "Walling hammers": ["order more walling hammers", "restock the walling hammers"],
        "Walling": ["walling", "walling morning"],
        "Stonefold": ["lock the stonefold"],
        "Stonefold light": ["stonefold light on"],
        "Field gate": ["rehang the field gate"],
        "Estate invoices": ["post the estate invoices"],
        "Coping stones": ["coping stones"],
        "Sheep hurdles": ["sheep hurdles"],
        # long
        "Fell race": ["we're off to the fell race so feed scree and give cinda a ring "
                     "and lock the stonefold"],
    },
    BODGER: {
        "Billet": ["feed billet", "mince for the singapura"],
        "Treen": ["brush treen"],
        "Gilda": ["ring gilda", "call the bodger", "phone gilda"],
        "Decca": ["drop decca a line", "send decca a text"],
        "Decca and Elda": ["message decca and elda"],
        "Elda": ["give elda a ring", "phone elda", "ring elda back"],
        "Oda": ["tell oda her football boots are in the porch"],
        "Oda ring": ["give oda a bell", "phone oda", "ring oda back"],
        "Oda lift": ["ask oda for a lift to the swimming baths",
                     "ask oda to drive me to the swimming baths"],
        "Elda supper": ["tell elda her lamb hotpot is ready"],
        "Gilda and Oda": ["message gilda and oda"],
        "Gilda lift": ["ask gilda for a lift to the bus depot"],
        "Decca card": ["send decca a get well card", "post decca a get well card"],
        "Gilda poles": ["text gilda about the ash pole order",
                        "email gilda about the ash pole order"],
        "Decca class": ["text decca about the pottery class"],
        "Decca ring": ["give decca a ring", "phone decca back"],
        "Steamchest": ["steamchest on"],
        "Bending steamchest": ["bending steamchest on"],
        "Bodgery extractor": ["bodgery extractor on"],
        "Stools": ["how many stools are finished"],
        "Linseed": ["has the linseed oil come"],
        "Football": ["oda's football at five"],
        "Flute": ["elda's flute at eight"],
        "Billet logs": ["split the billet logs"],
        "Treen bowls": ["wax the treen bowls"],
        "Gilder": ["pay the frame gilder"],
        "Decker": ["book the double decker"],
        "Elder": ["prune the elder hedge"],
        "Odour": ["treat the drain odour"],
        "Shaving horses": ["oil the shaving horses", "dust the shaving horses"],
        "Chair orders": ["count the chair orders", "tally the chair orders"],
        "Seating rush": ["order more seating rush", "restock the seating rush"],
        "Bodging": ["bodging", "bodging afternoon"],
        "Bodgery": ["lock the bodgery"],
        "Bodgery light": ["bodgery light on"],
        "Chair legs": ["turn the chair legs"],
        "Fair fee": ["pay the woodland fair fee"],
        "Froe handles": ["froe handles"],
        "Lathe cords": ["lathe cords"],
        # long
        "Woodland show": ["we're off to the woodland show so feed billet and give elda a "
                          "ring and lock the bodgery"],
    },
    MAPMAKER: {
        "Sepia": ["feed sepia", "chicken livers for the nebelung"],
        "Mercator": ["brush mercator"],
        "Leda": ["ring leda", "call the mapmaker", "phone leda"],
        "Ona": ["drop ona a line", "send ona a text"],
        "Ona and Stella": ["message ona and stella"],
        "Stella": ["give stella a ring", "phone stella"],
        "Sylva shoes": ["tell sylva her ballet shoes are in the hall"],
        "Leda prints": ["text leda about the survey print order"],
        "Sylva": ["text sylva about the orchestra trip"],
        "Sylva ring": ["give sylva a ring", "phone sylva"],
        "Sylva lift": ["ask sylva for a lift to the ice rink"],
        "Ona and Sylva": ["message ona and sylva"],
        "Digitiser": ["digitiser on"],
        "Map digitiser": ["map digitiser on"],
        "Maproom dehumidifier": ["maproom dehumidifier on"],
        "Sepia ink": ["mix the sepia ink"],
        "Mercator projection": ["print the mercator projection"],
        "Leader": ["email the scout leader"],
        "Owner": ["ring the boat owner"],
        "Silver": ["polish the silver teapot"],
        "Stellar": ["print the stellar chart"],
        "Sheets": ["how many sheets are inked"],
        "Aerial photos": ["have the aerial photos been delivered"],
        "Badminton": ["stella's badminton at six"],
        "Ballet": ["sylva's ballet at nine"],
        "Plan chests": ["dust the plan chests", "tidy the plan chests"],
        "Map sheets": ["count the map sheets", "tally the map sheets"],
        "Drafting film": ["order more drafting film", "restock the drafting film"],
        "Mapmaking": ["mapmaking", "mapmaking weekend"],
        "Maproom": ["lock the maproom"],
        "Maproom light": ["maproom light on"],
        "Map tubes": ["sort the map tubes"],
        "Mapping licence": ["renew leda's mapping licence"],
        "Contour pens": ["contour pens"],
        "Grid overlays": ["grid overlays"],
        # long
        "Map fair": ["we're off to the map fair so feed sepia and give stella a ring "
                     "and lock the maproom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    WALLER: {
        "Swimming five": ["cinda's swimming at five"],
        "Judo eight": ["lyle's judo at eight"],
        "Compactor off": ["compactor off"],
        "Plate compactor off": ["plate compactor off"],
        "Stonefold light off": ["stonefold light off"],
        "Unlock stonefold": ["unlock the stonefold"],
        "Breda limestone": ["text breda about the limestone delivery"],
        "Walling gloves": ["order more walling gloves"],
        "Hearting stones": ["count the hearting stones"],
        "Perch": ["fillet the perch"],
        "Spaniel breeder": ["ring the spaniel breeder"],
        "Stonefold heater off": ["stonefold heater off"],
    },
    BODGER: {
        "Football six": ["oda's football at six"],
        "Flute nine": ["elda's flute at nine"],
        "Steamchest off": ["steamchest off"],
        "Bending steamchest off": ["bending steamchest off"],
        "Bodgery light off": ["bodgery light off"],
        "Unlock bodgery": ["unlock the bodgery"],
        "Gilda hazel": ["text gilda about the hazel pole order"],
        "Chair webbing": ["order more seating cord"],
        "Stool orders": ["count the stool orders"],
        "Treen spoons": ["wax the treen spoons"],
        "Mirror gilder": ["pay the mirror gilder"],
        "Bodgery extractor off": ["bodgery extractor off"],
    },
    MAPMAKER: {
        "Badminton seven": ["stella's badminton at seven"],
        "Ballet ten": ["sylva's ballet at ten"],
        "Digitiser off": ["digitiser off"],
        "Map digitiser off": ["map digitiser off"],
        "Maproom light off": ["maproom light off"],
        "Unlock maproom": ["unlock the maproom"],
        "Leda atlas": ["text leda about the atlas proof order"],
        "Tracing paper": ["order more tracing paper"],
        "Globe sheets": ["count the globe gores"],
        "Indigo ink": ["mix the indigo ink"],
        "Brownie leader": ["email the brownie leader"],
        "Maproom dehumidifier off": ["maproom dehumidifier off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the dry stone waller's farmhouse
    {"we're off to the fell race so feed scree and give cinda a ring and lock the "
     "stonefold", "i'm leaving", "goodbye house", "feed scree", "give cinda a ring",
     "lock the stonefold"},
    {"feed scree", "pouches for the havana", "feed the havana"},
    {"ring breda", "call the waller", "ring the waller", "phone breda"},
    # the chair bodger's cabin
    {"we're off to the woodland show so feed billet and give elda a ring and lock the "
     "bodgery", "i'm leaving", "goodbye house", "feed billet", "give elda a ring",
     "lock the bodgery"},
    {"feed billet", "mince for the singapura", "feed the singapura"},
    {"ring gilda", "call the bodger", "ring the bodger", "phone gilda"},
    # the mapmaker's house
    {"we're off to the map fair so feed sepia and give stella a ring and lock the "
     "maproom", "i'm leaving", "goodbye house", "feed sepia", "give stella a ring",
     "lock the maproom"},
    {"feed sepia", "chicken livers for the nebelung", "feed the nebelung"},
    {"ring leda", "call the mapmaker", "ring the mapmaker", "phone leda"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the havana" where the havana is Scree).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"scree", "cobble", "breda", "xander", "cinda", "cinda's", "lyle", "lyle's",
         "billet", "treen", "gilda", "decca", "elda", "elda's", "oda", "oda's",
         "sepia", "mercator", "leda", "leda's", "ona", "sylva", "sylva's", "stella",
         "stella's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as one who breeds dogs, what is left of burnt coal, one who gilds, a bus
    "breda": ("breeder",), "cinda": ("cinder",), "cinda's": ("cinder's",),
    "gilda": ("gilder",), "decca": ("decker",),
    # written as a hedge shrub, a smell, one who leads, one who owns, a metal, of stars
    "elda": ("elder",), "elda's": ("elder's",), "oda": ("odour",), "oda's": ("odour's",),
    "leda": ("leader",), "leda's": ("leader's",), "ona": ("owner",),
    "sylva": ("silver",), "sylva's": ("silver's",), "stella": ("stellar",),
    "stella's": ("stellar's",),
    # written as a fish, a cotton thread
    "xander": ("zander",), "lyle": ("lisle",), "lyle's": ("lisle's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er", "-our" or "-ar" are one sound, so "breda" and "breeder",
"cinda" and "cinder", "gilda" and "gilder", "decca" and "decker", "elda" and "elder",
"oda" and "odour", "leda" and "leader", "ona" and "owner", "sylva" and "silver",
"stella" and "stellar" are each one sound; "xander" and "zander", "lyle" and "lisle"
are one sound in any accent."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "pouches": ("biscuits",), "havana": ("bengal",), "brush": ("comb",),
    "lock": ("bolt",), "waller": ("fencer",), "text": ("page",),
    "trumpet": ("cornet",), "sideboard": ("piano",), "livestock": ("farmers",),
    "market": ("shop",), "corned": ("roast",), "hash": ("sandwich",),
    "railway": ("bus",), "halt": ("shelter",), "gritstone": ("sandstone",),
    "delivery": ("invoice",), "brass": ("pipe",), "band": ("choir",),
    "tickets": ("programmes",), "pickup": ("quad bike",), "keys": ("papers",),
    "compactor": ("roller",), "plate": ("trench",), "stonefold": ("barn",),
    "heater": ("fan",), "clear": ("sweep",), "scree": ("gravel",), "path": ("drive",),
    "relay": ("lift",), "cobble": ("brick",), "setts": ("pavers",),
    "collie": ("labrador",), "breeder": ("trainer",), "fillet": ("smoke",),
    "zander": ("trout",), "rake": ("roll",), "cinder": ("gravel",), "track": ("yard",),
    "darn": ("wash",), "lisle": ("woollen",), "socks": ("stockings",),
    "walls": ("gates",), "rebuilt": ("mended",), "stone": ("sand",),
    "wagon": ("lorry",), "swimming": ("diving",), "judo": ("fencing",),
    "set": ("move",), "square": ("move",), "batter": ("string",),
    "frames": ("lines",), "count": ("stack",), "tally": ("sort",),
    "throughstones": ("copestones",), "walling": ("fencing",), "hammers": ("chisels",),
    "morning": ("evening",), "rehang": ("paint",), "field": ("garden",),
    "gate": ("stile",), "estate": ("council",), "invoices": ("receipts",),
    "coping": ("kerb",), "stones": ("slabs",), "sheep": ("cattle",),
    "hurdles": ("pens",), "fell": ("hill",), "race": ("walk",),
    "mince": ("prawns",), "singapura": ("siamese",), "bodger": ("joiner",),
    "football": ("cricket",), "boots": ("pads",), "porch": ("hall",),
    "baths": ("gala",), "lamb": ("beef",), "hotpot": ("stew",), "bus": ("coach",),
    "depot": ("station",), "get": ("good",), "well": ("luck",), "card": ("note",),
    "ash": ("hazel",), "pole": ("log",), "pottery": ("painting",), "class": ("lesson",),
    "steamchest": ("planer",), "bending": ("drying",), "bodgery": ("workshop",),
    "extractor": ("dehumidifier",), "stools": ("benches",), "finished": ("sold",),
    "linseed": ("teak",), "oil": ("paint",), "flute": ("oboe",), "split": ("stack",),
    "billet": ("kindling",), "logs": ("blocks",), "wax": ("sand",), "treen": ("walnut",),
    "bowls": ("platters",), "pay": ("query",), "frame": ("mirror",),
    "gilder": ("glazier",), "book": ("cancel",), "double": ("single",),
    "decker": ("minibus",), "prune": ("lay",), "elder": ("hawthorn",),
    "hedge": ("bush",), "treat": ("unblock",), "drain": ("sink",), "odour": ("leak",),
    "dust": ("clamp",), "shaving": ("saw",), "horses": ("benches",),
    "chair": ("stool",), "orders": ("returns",), "seating": ("basket",),
    "rush": ("cane",), "bodging": ("carving",), "afternoon": ("morning",),
    "turn": ("sand",), "legs": ("rungs",), "woodland": ("craft",), "fair": ("market",),
    "fee": ("rent",), "froe": ("axe",), "handles": ("heads",), "lathe": ("bow saw",),
    "cords": ("belts",), "show": ("festival",),
    "chicken": ("beef",), "livers": ("hearts",), "nebelung": ("persian",),
    "mapmaker": ("printer",), "ballet": ("tap",), "shoes": ("tights",),
    "hall": ("porch",), "survey": ("poster",), "print": ("scan",),
    "orchestra": ("choir",), "trip": ("concert",), "ice": ("roller",),
    "rink": ("disco",), "digitiser": ("scanner",), "map": ("chart",),
    "maproom": ("studio",), "dehumidifier": ("fan",), "mix": ("thin",),
    "sepia": ("indigo",), "ink": ("wash",), "mercator": ("polar",),
    "projection": ("globe",), "email": ("phone",), "scout": ("cub",),
    "leader": ("helper",), "boat": ("van",), "owner": ("driver",),
    "polish": ("wash",), "silver": ("copper",), "teapot": ("trophy",),
    "stellar": ("tide",), "chart": ("table",), "sheets": ("proofs",),
    "inked": ("trimmed",), "aerial": ("satellite",), "photos": ("prints",),
    "delivered": ("collected",), "badminton": ("squash",), "plan": ("map",),
    "chests": ("drawers",), "tidy": ("empty",), "drafting": ("tracing",),
    "film": ("paper",), "mapmaking": ("etching",), "weekend": ("fortnight",),
    "sort": ("bag",), "tubes": ("folders",), "renew": ("cancel",),
    "mapping": ("fishing",), "licence": ("permit",), "contour": ("marker",),
    "pens": ("nibs",), "grid": ("tracing",), "overlays": ("sheets",),
    # the generic pool's
    "dog": ("hamster",), "sauna": ("hot tub",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("quiz show",),
    "barbecue": ("bonfire",), "vacuum": ("dusting",),
    "yoga": ("stretching",), "hallway": ("stairwell",),
    "fireplace": ("stove",), "office": ("box room",),
    "sunset": ("sunrise",), "bedside": ("reading",), "laundry": ("ironing",),
    "baby": ("twins",), "homework": ("spelling",), "washing": ("ironing",),
    "bedroom": ("playroom",), "podcast": ("radio play",), "story": ("poem",),
    "pool": ("paddling pool",), "spa": ("salon",),
    "study": ("craft",), "focus": ("revision",), "relax": ("chill out",),
    "vacation": ("long weekend",), "news": ("traffic",), "guests": ("neighbours",),
    "quiet": ("lively",),
    "reading": ("drawing",),
    "bedtime": ("teatime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("cinda's swimming at quarter past four" for "cinda's swimming at four", "feed the
bengal"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_BARKER = [
    ("rollup, rollup", "a whack at the coconuts"),
    ("coconuts, coconuts", "dislodge one, prizewinners"),
    ("shies for all, rollup", "wallop it, prizewinners"),
    ("prizewinners, prizewinners", "a whack, a wallop"),
    ("a wallop at the shies", "coconuts, rollup"),
    ("whack it, dislodge it", "bashes for all, rollup"),
    ("rollup, coconuts", "a wallop, prizewinners"),
    ("bashes for all, shies", "whack one, rollup"),
]
_BOOMS = [
    "whoomp", "bwoomp", "umpoomp", "boomph", "whooomp",
    "wumpf, wumpf", "booomph", "whoomps", "bwoompf",
]
_PEACOCKS = [
    "peacocks, peacocks", "peahens, peahens", "peacocks, peahens", "peafowl, peafowl",
    "peachicks, peachicks", "peacockies, peacockies", "peacocks, peahens, peachicks",
    "peafowl, peacockies", "peachicks, peafowl",
]
_MART = [
    "heifers, bonny heifers", "stirks, any bidding", "yearlings, bidding now",
    "bullocks, bonny bullocks", "gimmers, any bids", "heifers and stirks",
    "bids for the bullocks", "bonny gimmers",
]
_NEWTS = [
    "a newt's surfaced", "the newts are courting", "that newt's crested",
    "a newt's gulping", "the efts are dawdling", "it's sculling",
    "another newt", "the newts are sculling",
]
_CABER = [
    "the caber's upended", "he's tossed it", "what a fling", "the clansmen are straining",
    "a kilted giant's tipped it", "that caber's lurching", "another caber",
    "the clansmen heaved",
]

WRAPPERS: dict[str, list[str]] = {
    "a coconut shy barker at the fair, said first": [
        f"{a}, {b}. {{}}" for a, b in _BARKER[:6]
    ] + [f"{_BARKER[6][0]}, {_BARKER[6][1]}, then {{}}",
         f"{_BARKER[7][0]}, {_BARKER[7][1]}, oh and {{}}"],
    "a bittern booming in the reedbed, said first": [
        f"{_BOOMS[0]}! {{}}", f"{_BOOMS[1]}! {{}}", f"{_BOOMS[2]}. {{}}",
        f"{_BOOMS[3]}! {{}}", f"{_BOOMS[4]}. {{}}", f"{_BOOMS[5]}! {{}}",
        f"{_BOOMS[6]}, then {{}}", f"{_BOOMS[7]}, oh and {{}}", f"{_BOOMS[8]}! {{}}",
    ],
    "calling the peacocks down off the barn roof, said first": [
        f"{_PEACOCKS[0]}! {{}}", f"{_PEACOCKS[1]}. {{}}", f"{_PEACOCKS[2]}! {{}}",
        f"{_PEACOCKS[3]}. {{}}", f"{_PEACOCKS[4]}! {{}}", f"{_PEACOCKS[5]}. {{}}",
        f"{_PEACOCKS[6]}, then {{}}", f"{_PEACOCKS[7]}, oh and {{}}",
        f"{_PEACOCKS[8]}! {{}}",
    ],
    "a cattle auctioneer at the mart, said first": [
        f"{_MART[0]}! {{}}", f"{_MART[1]}! {{}}", f"{_MART[2]}! {{}}",
        f"{_MART[3]}. {{}}", f"{_MART[4]}. {{}}", f"{_MART[5]}! {{}}",
        f"{_MART[6]}, then {{}}", f"{_MART[7]}, oh and {{}}",
    ],
    "a caber toss at the highland games on the telly, said after": [
        f"{{}}, {d}" for d in _CABER[:6]
    ] + [f"{{}} and, {_CABER[6]}", f"{{}} so, {_CABER[7]}"],
    "a remark on newts in the garden pond, said after": [
        f"{{}}, {d}" for d in _NEWTS[:6]
    ] + [f"{{}} and, {_NEWTS[6]}", f"{{}} so, {_NEWTS[7]}"],
    "a game of musical statues at a children's party, said after": [
        "{}, statues", "{}, you fidgeted", "{}, that statue's quivering",
        "{}, the statues are unfrozen", "{}, she budged", "{}, fidgeted again",
        "{} and, statues again", "{} so, the statues fidgeted",
    ],
    "a remark on the ice cream van's chimes, said after": [
        "{}, greensleeves again", "{}, the icecream man's tootling",
        "{}, that jingle's plinky", "{}, it's chiming", "{}, the icecream man's tinkling",
        "{}, greensleeves, tinkling", "{} and, another greensleeves",
        "{} so, the jingle's tootling",
    ],
    "between a peacock call and a newt remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_PEACOCKS[:3], _NEWTS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_PEACOCKS[3:5], _NEWTS[3:5], strict=True)]
      + [f"{_PEACOCKS[5]}! {{}}, {_NEWTS[5]}",
         f"{_PEACOCKS[6]}. {{}} and, {_NEWTS[6]}",
         f"{_PEACOCKS[7]}. {{}} so, {_NEWTS[7]}"],
    "in the middle of a coconut shy barker's patter": [
        f"{a}, {{}}, {b}" for a, b in _BARKER[:6]
    ] + [f"{_BARKER[6][0]}, {{}} and, {_BARKER[6][1]}",
         f"{_BARKER[7][0]}, {{}} so, {_BARKER[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYFIFTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("rebuilt",
"finished", "inked"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_OUTINGS = {"swimming", "judo", "football", "flute", "badminton", "ballet", "orchestra",
            "trip", "pottery", "class", "band", "brass", "tickets", "fell", "race",
            "woodland", "show", "fair", "lift", "baths", "rink", "ice", "market",
            "livestock", "halt", "depot", "scout", "leader", "boots", "shoes"}
"""Requests about a child's club or lesson, a show, a fair, a race or an outing and a
lift to it: a game, a contest or a show said beside them could be about the same
outing."""
_PETS = {"feed", "pouches", "mince", "chicken", "livers", "havana", "singapura",
         "nebelung", "scree", "cobble", "billet", "treen", "sepia", "mercator", "brush",
         "cat", "dog", "walk", "walking", "collie", "breeder"}
"""Requests about the cats and dogs (what hunts by a pond or a reedbed, what a call
could be to)."""
_FAIR = _OUTINGS | _TELLY | _SAID_TO | {"music", "party", "game", "gym", "workout", "yoga",
                                        *_NUMBERS, "count", "tally", "pay", "fee",
                                        "evening", "night", "afternoon", "morning",
                                        "weekend", "order", "restock", "hammers"}
"""Requests a coconut shy barker's patter could bear on (a fair, a game, a count of
goes and its fee, a prize, a night out, something walloped), and a message: the patter
goes on after the phrase in the middle kind, and could be heard as its words."""
_REEDBED = _PETS | {"quiet", "loud", "noise", "sounds", "sleep", "sleeping", "nap", "wake",
                    "night", "evening", "dark", "garden", "water", "drain", "odour",
                    "hedge", "elder", "prune", "zander", "fillet", "boat", "owner"}
"""Requests a bittern booming could bear on (the night and its noise, water, fish and
reeds, the hedges it skulks by, the cats that stalk it)."""
_ROOF = _PETS | {"quiet", "loud", "noise", "sounds", "night", "evening", "garden", "field",
                 "gate", "rehang", "hedge", "elder", "prune", "sheep", "hurdles", "fell",
                 "race", "walking"}
"""Requests calling the peacocks down could bear on (birds and the roof and garden
they roam, the gates and hedges, the night they roost for, the dogs that chase
them)."""
_SALE = {"order", "restock", "buy", "pay", "fee", "post", "invoices", "estate", "count",
         "tally", *_NUMBERS, "sheep", "hurdles", "collie", "breeder", "livestock",
         "market", "wagon", "pickup", "quiet", "loud", "noise", "sounds", "stools",
         "finished", "orders", "licence", "renew", "book", "lift", "fair", "show"}
"""Requests a cattle auctioneer's call could bear on (buying and selling, stock and
what carries it, counts and prices, a show or a market)."""
_GAMES = _TELLY | _SAID_TO | _ASKED | _OUTINGS | {"count", "tally", *_NUMBERS, "pole",
                                                  "ash", "billet", "logs", "split",
                                                  "stone", "walls", "throughstones",
                                                  "coping", "stones"}
"""Requests a caber toss on the telly could bear on (the telly, a contest and its count,
a pole or a stone thrown, the games it is at)."""
_POND = _SAID_TO | _ASKED | {"garden", "water", "drain", "odour", "treat", "hedge",
                             "elder", "prune", "zander", "fillet", "feed", "scree",
                             "cobble", "billet", "treen", "sepia", "mercator", "count",
                             "tally", *_NUMBERS, "boat", "owner", "clear", "rake", "path"}
"""Requests a remark on newts could bear on (the garden, its pond and drains, the fish,
the pets that bother them, a count)."""
_PARTY = _SAID_TO | _ASKED | {"music", "party", "game", "dance", "ballet", "count",
                              "tally", *_NUMBERS, "quiet", "loud", "noise", "sounds",
                              "radio", "tv", "flute", "trumpet", "band", "brass",
                              "orchestra", "stools", "chair", "legs", "shoes"}
"""Requests a game of musical statues could bear on (the music and its sound, a party,
a dance, who moved, a count)."""
_CHIMES = _SAID_TO | _ASKED | {"music", "quiet", "loud", "noise", "sounds", "buy", "pay",
                               "order", "food", "dinner", "lunch", "ready", "hash",
                               "hotpot", "mince", "chicken", "livers", "bus", "double",
                               "decker", "lift", "drive", "track", "trumpet", "flute",
                               "band", "brass", "ice", "rink"}
"""Requests a remark on the ice cream van could bear on (a tune and its noise, food
bought, a treat before tea, a van or a bus in the road)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a coconut shy barker's patter bears on a fair, a game, a count, a fee)
    **{cry: _FAIR for cry in ("rollup", "coconuts", "dislodge", "prizewinners", "shies",
                              "wallop", "whack", "bashes")},
    # (a bittern booming bears on the night, water and fish, the cats)
    **{boom: _REEDBED for boom in ("whoomp", "bwoomp", "umpoomp", "boomph", "whooomp",
                                   "wumpf", "booomph", "whoomps", "bwoompf")},
    # (calling the peacocks down bears on birds, the garden, the night, the dogs)
    **{call: _ROOF for call in ("peacocks", "peahens", "peafowl", "peachicks",
                                "peacockies")},
    # (a cattle auctioneer's call bears on buying and selling, stock, counts)
    **{lot: _SALE for lot in ("heifers", "bonny", "stirks", "bidding", "yearlings",
                              "bullocks", "gimmers", "bids")},
    # (a caber toss remark, a newt remark, a statues call or an ice cream van remark
    # after a request could be what it is about or the words of a message; said after
    # a question, an answer)
    **{toss: _GAMES for toss in ("caber's", "upended", "tossed", "fling", "clansmen",
                                 "straining", "kilted", "giant's", "tipped", "lurching",
                                 "caber", "heaved")},
    **{newt: _POND for newt in ("newt's", "surfaced", "newts", "courting", "crested",
                                "gulping", "efts", "dawdling", "sculling", "newt")},
    **{game: _PARTY for game in ("statues", "fidgeted", "statue's", "quivering",
                                 "unfrozen", "budged")},
    **{van: _CHIMES for van in ("greensleeves", "icecream", "tootling", "jingle's",
                                "plinky", "chiming", "tinkling")},
}
"""Clauses that would bear on a phrase with one of these words ("give cinda a ring"
after peacocks are called may be a call to her; "fillet the zander" before a bittern
booms is about the reedbed's fish): never said around it, so the clause stays beside
the request and says nothing of it."""

OOS_WRAPPERS = [
    "rollup, rollup, a whack at the coconuts. {}", "{}, statues",
    "whoomp! {}", "{}, the caber's upended",
    "peacocks, peacocks! {}", "{}, a newt's surfaced",
    "heifers, bonny heifers! {}", "{}, greensleeves again",
    "a wallop at the shies, coconuts, rollup. {}", "{}, the statues are unfrozen",
    "bullocks, bonny bullocks. {}", "{} so, the clansmen heaved",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "peahens, peahens! {}", "{}, the newts are courting",
    "bwoomp! {}", "{}, he's tossed it",
    "stirks, any bidding! {}", "{}, that jingle's plinky",
    "prizewinners, prizewinners, a whack, a wallop. {}", "{}, fidgeted again",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("rollup rollup a
whack"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("lifeboat", "tartan",
"windscreen", "rug") are never a clause's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we", "what", "you", "your",
    "this", "then", "with", "its", "one", "no", "like", "as", "from", "hi", "hey",
    "us", "near", "i've", "there's", "their", "by", "just", "or", "will", "must",
    "should", "when", "our", "more", "under", "behind", "before", "after", "next",
    "get", "own", "we'll", "through", "take", "bring", "another", "see", "soon", "sorry",
    "thank", "yourself", "can", "any", "each", "every", "may", "these", "only", "but",
    "he", "he's", "she", "she's", "here's", "isn't", "you're", "would", "shall", "now",
    "where's", "some", "has", "how", "say", "than", "who", "i'm", "we're", "here",
    "there", "too", "doesn't", "you've", "far", "again", "give", "want", "onto", "round",
    "since", "once", "old", "left", "look", "till", "all", "up", "let", "we've", "few",
    "back", "top", "fancy", "first", "everybody", "into", "those", "which",
    "second", "go", "o", "yourselves", "himself", "his", "beyond", "could", "mine",
    "been", "against", "way", "most", "him", "beneath", "right", "had", "amid", "am",
    "yes", "says", "goes", "what's",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""


WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_fiftyfifth_data.py none of an
out-of-scope template)."""


FIFTYFIFTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("stonefold", "stone fold"), ("throughstones", "through stones"),
    ("havana", "havarna"), ("trumpet", "trumpit"), ("sideboard", "side board"),
    ("livestock", "live stock"), ("gritstone", "grit stone"), ("compactor", "compacter"),
    ("railway", "rail way"), ("pickup", "pick up"), ("setts", "sets"),
    ("collie", "colly"), ("zander", "zanda"), ("walling", "waling"),
    ("bodgery", "bodgerie"), ("singapura", "singapoora"), ("steamchest", "steam chest"),
    ("extractor", "extracter"), ("linseed", "lin seed"), ("hotpot", "hot pot"),
    ("treen", "trean"), ("pottery", "pottary"), ("woodland", "wood land"),
    ("maproom", "map room"), ("mapmaker", "map maker"), ("mapmaking", "map making"),
    ("nebelung", "nebbelung"), ("digitiser", "digitizer"), ("dehumidifier", "dehumidifyer"),
    ("mercator", "mercater"), ("orchestra", "orkestra"), ("badminton", "badmington"),
    ("teapot", "tea pot"), ("overlays", "over lays"),
]
"""The fifty-fifth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("plate compactor", "platecompactor"), ("corned beef", "cornedbeef"),
         ("livestock market", "livestockmarket"), ("railway halt", "railwayhalt"),
         ("brass band", "brassband"), ("band tickets", "bandtickets"),
         ("pickup keys", "pickupkeys"), ("scree path", "screepath"),
         ("cobble setts", "cobblesetts"), ("collie breeder", "colliebreeder"),
         ("cinder track", "cindertrack"), ("lisle socks", "lislesocks"),
         ("stone wagon", "stonewagon"), ("batter frames", "batterframes"),
         ("walling hammers", "wallinghammers"), ("field gate", "fieldgate"),
         ("estate invoices", "estateinvoices"), ("coping stones", "copingstones"),
         ("sheep hurdles", "sheephurdles"), ("fell race", "fellrace"),
         ("football boots", "footballboots"), ("swimming baths", "swimmingbaths"),
         ("lamb hotpot", "lambhotpot"), ("bus depot", "busdepot"),
         ("ash pole", "ashpole"), ("pottery class", "potteryclass"),
         ("bending steamchest", "bendingsteamchest"), ("linseed oil", "linseedoil"),
         ("billet logs", "billetlogs"), ("treen bowls", "treenbowls"),
         ("frame gilder", "framegilder"), ("double decker", "doubledecker"),
         ("elder hedge", "elderhedge"), ("drain odour", "drainodour"),
         ("shaving horses", "shavinghorses"), ("chair orders", "chairorders"),
         ("seating rush", "seatingrush"), ("chair legs", "chairlegs"),
         ("woodland fair", "woodlandfair"), ("froe handles", "froehandles"),
         ("lathe cords", "lathecords"), ("woodland show", "woodlandshow"),
         ("chicken livers", "chickenlivers"), ("ballet shoes", "balletshoes"),
         ("survey print", "surveyprint"), ("orchestra trip", "orchestratrip"),
         ("ice rink", "icerink"), ("map digitiser", "mapdigitiser"),
         ("sepia ink", "sepiaink"), ("mercator projection", "mercatorprojection"),
         ("scout leader", "scoutleader"), ("boat owner", "boatowner"),
         ("silver teapot", "silverteapot"), ("stellar chart", "stellarchart"),
         ("aerial photos", "aerialphotos"), ("plan chests", "planchests"),
         ("map sheets", "mapsheets"), ("drafting film", "draftingfilm"),
         ("map tubes", "maptubes"), ("mapping licence", "mappinglicence"),
         ("contour pens", "contourpens"), ("grid overlays", "gridoverlays"),
         ("map fair", "mapfair"), ("mapmaking weekend", "mapmakingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"stonefold": "stone-fold", "bodgery": "bodge-ry", "maproom": "map-room",
             "throughstones": "through-stones", "steamchest": "steam-chest",
             "mapmaking": "map-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftyfifth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "chisel a {w} out of alabaster for the porch shelf",
        "what's the gaelic for {w}, near enough",
        "sketch a {w} on the back of the parish newsletter",
        "are {w} cheaper at the ironmonger's in alnwick",
        "track down a dented {w} at the antiques barn in ludlow",
        "roughly how many ounces is a {w} on the bathroom scales",
        "compose a ditty about a {w} for the women's institute",
        "spell {w} out for me letter by letter, slowly",
    ],
    "routine command": [
        "scrap {p} for good and all",
        "talk me through {p} slowly, stage by stage",
        "dream up a catchier label for {p}, ideally alliterative",
        "make a copy of {p} for the caravan in the orchard",
        "restrict {p} to the october half term",
        "give a little jingle each time {p} starts up",
        "who's been fiddling with {p} while grandpa was dozing",
        "could {p} go a touch easier on my poor ears at night",
    ],
    "word order": [
        "{b} thrashes {a} hands down", "{b} edges {a} by a whisker, honestly",
        "switch {a} and {b} round, ta very much", "leave out the {a}, bung in extra {b}",
        "{a} after {b}, or vice versa", "a barrowful of {b}, a teaspoon of {a}",
    ],
    "negation": [
        "let's skip {p} this suppertime, duck",
        "i'd sooner you didn't {p} while auntie naps on the settee",
        "under no circumstances are you to {p}, pet",
        "don't set off {p} while i'm at the podiatrist's in settle",
        "nope, park {p} for the time being",
        "hold your horses, no {p} till the curate's gone, love",
    ],
    "cancellation": [
        "postpone {p} until the in-laws from prestatyn have left",
        "{p} can wait until the roofer's packed up",
        "skip {p} during the week of the ploughing match in hexham",
        "hold off {p} until the rat catcher has been",
        "we'll manage without {p} over the august bank holiday",
        "put {p} on hold until the pancake day palaver is done",
    ],
    "state question": [
        "is {p} whirring along at this very second",
        "is {p} partway through or all done",
        "did {p} go to plan before the coal man called",
        "has {p} conked out or is it soldiering on",
        "has anyone looked in on {p} since the chimney sweep's visit",
        "was {p} sorted the tuesday after the beetle drive",
    ],
    "past or story": [
        "the year the river froze {p} packed in too",
        "during the heatwave of the jubilee summer {p} played up twice",
        "my great grandma in grimsby swore by {p} every candlemas",
        "at the pearl anniversary do in the pontefract legion {p} ran till first light",
        "that whole rained off week in skegness {p} was on the fritz",
        "when we lodged over the chippy in scarborough we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the postie yelled {p} across the lane",
        "a street singer outside the abbey warbled {p}",
        "my great aunt from stornoway ends every postcard with {p}",
        "a bloke on the last ferry to cowes muttered {p}",
        "the lollipop lady shouted {p} at the zebra crossing",
        "our electrician from ossett hums {p} up the ladder",
    ],
    "contrast": [
        "{p} is only for when my brother comes down from thurso",
        "we only {p} when my godmother flies in from benbecula",
        "{p} is a red letter day treat in our semi",
        "{p} is strictly a new year's day custom here",
        "we only {p} when the pipe band marches past the library",
        "{p} is saved for when the bishop drops by from ripon",
    ],
    "hypothetical": [
        "supposing you'd been offered a bakewell tart, would you have agreed to {p}",
        "if i ever got hooked on {p}, would you stick by me",
        "imagine if {p} kicked off at the crack of dawn, would the close moan",
        "if {p} started in a hailstorm, would anything fuse",
        "picture {p} trundling on through a blackout",
        "what would you do if the churchwarden's niece pleaded with you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my wick since the plumber's mate left",
        "{p} let us down again at the coronation street party in whitley bay",
        "{p} has been useless since the meter reader came",
        "i've had it up to here with {p} since the clocks went forward",
        "{p} is a proper pain this week",
        "{p} keeps conking out halfway through the snooker",
    ],
    "opinion": [
        "{p} is simply the bee's knees in my book",
        "i'm chuffed to bits with {p}, cross my heart",
        "{p} is a blessing for my dodgy knee, hand on my heart",
        "{p} has made grey wednesdays just about bearable",
        "{p} is the niftiest invention this side of the pennines",
        "{p} is top notch, says our brenda and she's fussy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the chiropractor's in skipton",
        "pester me about {p} once the rugby's finished",
        "make sure i remember to {p} on sunday after the jumble sale",
        "jog my memory to {p} after the shipping forecast",
        "put {p} on monday's to do list",
        "give me a prod about {p} once the carol service is over",
    ],
    "permission question": [
        "is my sister in law's ex husband's brother allowed to {p}",
        "is the tenant's stepson permitted to {p}",
        "would the gas fitter be allowed to {p} unsupervised",
        "is my great nephew permitted to {p} when he visits at halloween",
        "can the childminder's lodger {p} without checking first",
        "is the paperboy's sister from the close allowed to {p}",
    ],
    # the fifty-fifth's own
    "a lifeboat named it": [
        "the new lifeboat is called {p}",
        "{p} is the lifeboat moored by the harbour wall",
        "the crew named their lifeboat {p}",
        "a lifeboat called {p} was launched at the regatta",
        "there's a lifeboat at the museum named {p}",
        "who'd call a lifeboat {p}",
    ],
    "a hedgehog named it": [
        "the hedgehog in our log pile is called {p}",
        "{p} is the hedgehog that visits the patio",
        "my granddaughter named the hedgehog {p}",
        "the rescue centre has a hedgehog called {p}",
        "there's a hedgehog at the wildlife hospital named {p}",
        "who'd name a hedgehog {p}",
    ],
    "a shetland pony named it": [
        "the riding school's shetland pony is called {p}",
        "{p} is the shetland pony with the shaggy mane",
        "our neighbour named her shetland pony {p}",
        "a shetland pony called {p} won the fancy dress class",
        "there's a shetland pony at the petting farm named {p}",
        "who'd call a shetland pony {p}",
    ],
    "a traction engine named it": [
        "the old traction engine is called {p}",
        "{p} is the traction engine at the steam rally",
        "grandpa named his traction engine {p}",
        "a traction engine called {p} led the parade",
        "there's a traction engine in the museum named {p}",
        "who'd name a traction engine {p}",
    ],
    "a tartan named it": [
        "the clan's new tartan is called {p}",
        "{p} is the tartan on the bagpiper's kilt",
        "the weavers named their tartan {p}",
        "a tartan called {p} was registered last year",
        "there's a tartan at the woollen mill named {p}",
        "who'd call a tartan {p}",
    ],
    "a storm named it": [
        "the weather service named the storm {p}",
        "{p} is the storm that blew the shed over",
        "a storm called {p} brought down the big beech",
        "the forecasters called the storm {p}",
        "there's a storm on its way named {p}",
        "who'd name a storm {p}",
    ],
    "traced in frost on a windscreen": [
        "someone traced {p} in the frost on my windscreen",
        "{p} is traced in the frost on the van's windscreen",
        "the kids traced {p} in the frost on the windscreen",
        "my windscreen had {p} traced in the frost this morning",
        "there's a windscreen in the car park with {p} traced in the frost",
        "why trace {p} in the frost on a windscreen",
    ],
    "stencilled on a wheelie bin": [
        "dad stencilled {p} on the wheelie bin",
        "{p} is stencilled on the green wheelie bin",
        "the neighbours have {p} stencilled on their wheelie bin",
        "someone stencilled {p} on every wheelie bin in the road",
        "there's a wheelie bin by the garages with {p} stencilled on it",
        "why stencil {p} on a wheelie bin",
    ],
    "wrought into an iron gate": [
        "the blacksmith wrought {p} into the iron gate",
        "{p} is wrought into the iron gate of the manor",
        "the park's iron gate has {p} wrought into it",
        "they had {p} wrought into an iron gate for the cemetery",
        "there's an iron gate on the promenade with {p} wrought into it",
        "why work {p} into an iron gate",
    ],
    "woven into a rag rug": [
        "gran wove {p} into a rag rug",
        "{p} is woven into the rag rug by the hearth",
        "the rag rug in the hall has {p} woven into it",
        "my aunt wove {p} into a rag rug for the caravan",
        "there's a rag rug at the craft stall with {p} woven into it",
        "why weave {p} into a rag rug",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} marmalade cutter", "{} apple peeler", "{} suet grater", "{} teacake tin",
    "{} junket bowl", "{} posset cup", "{} sugar sifter", "{} herb mill",
    "{} swede masher", "{} lard tin",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
