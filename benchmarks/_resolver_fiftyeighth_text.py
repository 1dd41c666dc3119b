"""The words of the fifty-eighth held-out resolver set
(benchmarks/_resolver_fiftyeighth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a cooper's workshop with the
coopery behind the maltings, where Kata makes casks, with her wife Rasha, their
daughters Milda and Blenda, a cat Adze and a lurcher Truss (seed 580); a thatcher's
cottage with the reedbarn by the village green, where Bayla thatches, with her wife
Morna, their daughters Milka and Tamsin, a cat Sedge and a terrier Ligger (581); and a
bell founder's yard with the bellpit beside the canal wharf, where Nell casts bells,
with her wife Sayla, their daughters Winnie and Elowen, a cat Tenor and a spaniel Loam
(582). Its people and pets are named in ways no earlier set names them: after what a
cooper
shapes a cask with or binds it with ("feed adze" beside "sharpen the adze blade",
"brush truss" beside "tighten the truss hoop"), what a thatcher lays or pins a roof with
("feed sedge" beside "stack the sedge bundles", "brush ligger" beside "split the ligger
rods") or what a bell founder tunes or moulds ("feed tenor" beside "tune the tenor
bell", "brush loam" beside "sieve the loam for the moulds"); and with names a
recogniser writes as the word they sound like, most as a speaker who sounds no "r"
after a vowel says both: one who hauls goods ("kata" as "carter", beside "book the
carter"), a slice of bacon ("rasha" as "rasher", beside "fry a rasher of bacon"), less
strong ("milda" as "milder", beside "buy the milder cheddar"), a jug that purees
("blenda" as "blender", beside "wash the smoothie blender"), what bales hay ("bayla" as
"baler", beside "grease the hay baler"), one who mourns ("morna" as "mourner", beside
"send flowers to the chief mourner"), what milks goats ("milka" as "milker", beside
"clean the goat milker") and one who sails ("sayla" as "sailor", beside "iron the sailor
suit"); and, in any accent, a bell tolled for the dead ("nell" as "knell", beside
"practise the funeral knell") and what a horse says ("winnie" as "whinny", beside
"record the pony's whinny", for the many speakers who say "wh" as "w"). A name that is
also a word of another phrase of its home ("adze", "truss", "sedge", "ligger", "tenor",
"loam") has no other spelling, so the word is never respelt as the name; Tamsin's and
Elowen's names sound like no word of their home. Each teaches 22 of its own routines
with the generic pool; the rest of its own pool, and the siblings in ``UNTAUGHT``
("milda's gymnastics at five" beside "milda's gymnastics at four", "jointer off" beside
"jointer on"), are never taught there. Phrases
come in every shape: one word ("coopering", "reedlaying", "bellfounding"), two nouns
("whisky casks", "ridge rolls", "ringing ropes"), nested ("jointer on" inside "stave
jointer on", "comber on" inside "reed comber on", "muller on" inside "sand muller on"),
words shared across phrases ("lock the coopery" and "coopery light on", "feed adze" and
"sharpen the adze blade"), numbers and times ("milda's gymnastics at four", "sayla's
pottery at nine"), places ("coopery heater on", "reedbarn fan on", "bellpit blower on"),
verbs first ("fry a rasher of bacon", "grease the hay baler") and nouns first ("sachets
for the peterbald"), questions ("how many casks are coopered", "how many roofs are
thatched", "how many bells are cast"), and a chore of several clauses ("we're off to the
ringing festival so feed tenor and give elowen a ring and lock the bellpit").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("carter" for "kata", "knell" for "nell", "sailor" for "sayla"): the same person, so
"text rasha about the folk festival tickets" written "text rasher about the folk
festival tickets" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a falconer flying her hawk at the country fair first
("hawkie, hawkie, she's bating. X"), a jackdaw chacking on the chimney pot first, one
word no dictionary of the speaker's has ("tchack! X"), calling the bantams in to roost
first ("chookie, chookie! X"), a croupier at the charity casino night first ("faites vos
jeux! X"), a remark on a solar eclipse after ("X, totality"), a remark on toadstools in
the paddock after ("X, the toadstools are up"), a game of pass the pigs at the table
after ("X, a razorback"), a remark on glowworms in the lane after ("X, the glowworms are
glinting"); the phrase between a call to the bantams and an eclipse remark ("chookie,
chookie! X, totality"), and the phrase said in the middle of a falconer's calls, which
go on after it ("hawkie, hawkie, X, she's bating"). Some are joined with "and", "so",
"then" or "oh and". No word of a clause but its function words is a word of this set's
pools or the generic pool, and its distinctive words are no earlier set's wrappers' nor
any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a beach hut named it, a giant pumpkin named it, a
canoe named it, a barn owl named it, a tandem bicycle named it, written on a gift tag,
spelt out in scrabble tiles, crocheted into a blanket, painted on a beach pebble and
printed on a tote bag.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

COOPER = "cooper's workshop with the coopery behind the maltings"
THATCHER = "thatcher's cottage with the reedbarn by the village green"
FOUNDER = "bell founder's yard with the bellpit beside the canal wharf"
HOMES: dict[int, str] = {580: COOPER, 581: THATCHER, 582: FOUNDER}

FIFTYEIGHTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    COOPER: {
        "Adze": ["feed adze", "sachets for the peterbald"],
        "Truss": ["brush truss"],
        "Kata": ["ring kata", "call the barrel maker", "phone kata"],
        "Rasha": ["drop rasha a line", "send rasha a text"],
        "Rasha and Milda": ["message rasha and milda"],
        "Milda": ["give milda a ring", "give milda a bell", "call milda back"],
        "Blenda": ["tell blenda her trumpet is on the landing"],
        "Blenda ring": ["give blenda a ring", "phone blenda"],
        "Blenda lift": ["ask blenda for a lift to the bowling alley"],
        "Milda supper": ["tell milda her toad in the hole is ready"],
        "Milda lift": ["ask milda for a lift to the lido"],
        "Kata oak": ["text kata about the oak stave delivery"],
        "Rasha tickets": ["text rasha about the folk festival tickets"],
        "Rasha ring": ["give rasha a ring", "ring rasha back"],
        "Kata keys": ["ask kata for the pickup keys"],
        "Jointer": ["jointer on"],
        "Stave jointer": ["stave jointer on"],
        "Coopery heater": ["coopery heater on"],
        "Adze blade": ["sharpen the adze blade"],
        "Truss hoop": ["tighten the truss hoop"],
        "Carter": ["book the carter"],
        "Rasher": ["fry a rasher of bacon"],
        "Milder": ["buy the milder cheddar"],
        "Blender": ["wash the smoothie blender"],
        "Casks": ["how many casks are coopered"],
        "Oak": ["has the oak consignment come"],
        "Gymnastics": ["milda's gymnastics at four"],
        "Choir": ["blenda's choir at seven"],
        "Croze": ["oil the croze", "grease the croze"],
        "Barrel orders": ["count the barrel orders", "tally the barrel orders"],
        "Iron hoops": ["order more iron hoops", "restock the iron hoops"],
        "Coopering": ["coopering", "coopering morning"],
        "Coopery": ["lock the coopery"],
        "Coopery light": ["coopery light on"],
        "Maltings drain": ["clear the maltings drain"],
        "Cask invoices": ["post the cask invoices"],
        "Whisky casks": ["whisky casks"],
        "Oak shavings": ["oak shavings"],
        # long
        "Steam rally": ["we're off to the steam rally so feed adze and give milda a ring "
                        "and lock the coopery"],
    },
    THATCHER: {
        "Sedge": ["feed sedge", "pouches for the ragamuffin"],
        "Ligger": ["brush ligger"],
        "Bayla": ["ring bayla", "call the reed thatcher", "phone bayla"],
        "Morna": ["drop morna a line", "send morna a text"],
        "Morna and Milka": ["message morna and milka"],
        "Milka": ["give milka a ring", "phone milka", "ring milka back"],
        "Tamsin stick": ["tell tamsin her hockey stick is in the utility"],
        "Tamsin ring": ["give tamsin a bell", "phone tamsin", "ring tamsin back"],
        "Tamsin lift": ["ask tamsin for a lift to the climbing wall",
                       "ask tamsin to drive me to the climbing wall"],
        "Milka supper": ["tell milka her lancashire hotpot is ready"],
        "Bayla and Tamsin": ["message bayla and tamsin"],
        "Bayla lift": ["ask bayla for a lift to the park and ride"],
        "Morna card": ["send morna a birthday card", "post morna a birthday card"],
        "Bayla reed": ["text bayla about the water reed order",
                       "email bayla about the water reed order"],
        "Morna whist": ["text morna about the whist drive"],
        "Morna ring": ["give morna a ring", "phone morna back"],
        "Comber": ["comber on"],
        "Reed comber": ["reed comber on"],
        "Reedbarn fan": ["reedbarn fan on"],
        "Roofs": ["how many roofs are thatched"],
        "Straw": ["has the straw trailer come"],
        "Pony club": ["milka's pony club at five"],
        "Cello": ["tamsin's cello at eight"],
        "Sedge bundles": ["stack the sedge bundles"],
        "Ligger rods": ["split the ligger rods"],
        "Baler": ["grease the hay baler"],
        "Mourner": ["send flowers to the chief mourner"],
        "Milker": ["clean the goat milker"],
        "Leggett": ["dress the leggett", "clean the leggett"],
        "Thatch orders": ["count the thatch orders", "tally the thatch orders"],
        "Reedlaying": ["reedlaying", "reedlaying afternoon"],
        "Reedbarn": ["lock the reedbarn"],
        "Reedbarn light": ["reedbarn light on"],
        "Hazel spars": ["order more hazel spars", "restock the hazel spars"],
        "Parish rates": ["pay the parish rates"],
        "Wheat straw": ["wheat straw"],
        "Ridge rolls": ["ridge rolls"],
        # long
        "County show": ["we're off to the county show so feed sedge and give milka a ring "
                        "and lock the reedbarn"],
    },
    FOUNDER: {
        "Tenor": ["feed tenor", "biscuits for the pixiebob"],
        "Loam": ["brush loam"],
        "Nell": ["ring nell", "call the bell caster", "phone nell"],
        "Sayla": ["drop sayla a line", "send sayla a text"],
        "Sayla and Elowen": ["message sayla and elowen"],
        "Elowen": ["give elowen a ring", "phone elowen"],
        "Winnie shoes": ["tell winnie her tap shoes are in the lobby"],
        "Nell ingots": ["text nell about the tin ingot order"],
        "Winnie trip": ["text winnie about the aquarium trip"],
        "Sayla ring": ["give sayla a ring", "phone sayla"],
        "Sayla lift": ["ask sayla for a lift to the rugby club"],
        "Nell and Elowen": ["message nell and elowen"],
        "Muller": ["muller on"],
        "Sand muller": ["sand muller on"],
        "Bellpit blower": ["bellpit blower on"],
        "Tenor bell": ["tune the tenor bell"],
        "Loam moulds": ["sieve the loam for the moulds"],
        "Knell": ["practise the funeral knell"],
        "Sailor": ["iron the sailor suit"],
        "Whinny": ["record the pony's whinny"],
        "Winnie": ["give winnie a bell", "ring winnie back"],
        "Bells": ["how many bells are cast"],
        "Ingots": ["have the tin ingots arrived"],
        "Fencing": ["winnie's fencing at six"],
        "Pottery": ["sayla's pottery at nine"],
        "Clappers": ["polish the bell clappers", "buff the bell clappers"],
        "Bell orders": ["count the bell orders", "tally the bell orders"],
        "Moulding wax": ["order more moulding wax", "restock the moulding wax"],
        "Bellfounding": ["bellfounding", "bellfounding weekend"],
        "Bellpit": ["lock the bellpit"],
        "Bellpit light": ["bellpit light on"],
        "Crucible tongs": ["stack the crucible tongs"],
        "Foundry licence": ["renew nell's foundry licence"],
        "Ringing ropes": ["ringing ropes"],
        "Clapper straps": ["clapper straps"],
        # long
        "Ringing festival": ["we're off to the ringing festival so feed tenor and give elowen "
                             "a ring and lock the bellpit"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    COOPER: {
        "Gymnastics five": ["milda's gymnastics at five"],
        "Choir eight": ["blenda's choir at eight"],
        "Jointer off": ["jointer off"],
        "Stave jointer off": ["stave jointer off"],
        "Coopery light off": ["coopery light off"],
        "Unlock coopery": ["unlock the coopery"],
        "Kata chestnut": ["text kata about the chestnut stave delivery"],
        "Steel hoops": ["order more steel hoops"],
        "Barrel returns": ["count the barrel returns"],
        "Stronger cheddar": ["buy the stronger cheddar"],
        "Soup blender": ["wash the soup blender"],
        "Coopery heater off": ["coopery heater off"],
    },
    THATCHER: {
        "Pony club six": ["milka's pony club at six"],
        "Cello nine": ["tamsin's cello at nine"],
        "Comber off": ["comber off"],
        "Reed comber off": ["reed comber off"],
        "Reedbarn light off": ["reedbarn light off"],
        "Unlock reedbarn": ["unlock the reedbarn"],
        "Bayla norfolk": ["text bayla about the norfolk reed order"],
        "Willow spars": ["order more willow spars"],
        "Fence orders": ["count the fence orders"],
        "Straw baler": ["grease the straw baler"],
        "Cow milker": ["clean the cow milker"],
        "Reedbarn fan off": ["reedbarn fan off"],
    },
    FOUNDER: {
        "Fencing seven": ["winnie's fencing at seven"],
        "Pottery ten": ["sayla's pottery at ten"],
        "Muller off": ["muller off"],
        "Sand muller off": ["sand muller off"],
        "Bellpit light off": ["bellpit light off"],
        "Unlock bellpit": ["unlock the bellpit"],
        "Nell copper": ["text nell about the zinc ingot order"],
        "Casting wax": ["order more casting wax"],
        "Chime orders": ["count the chime orders"],
        "Treble bell": ["tune the treble bell"],
        "Passing knell": ["practise the passing knell"],
        "Bellpit blower off": ["bellpit blower off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the cooper's workshop
    {"we're off to the steam rally so feed adze and give milda a ring and lock the "
     "coopery", "i'm leaving", "goodbye house", "feed adze", "give milda a ring",
     "lock the coopery"},
    {"feed adze", "sachets for the peterbald", "feed the peterbald"},
    {"ring kata", "call the barrel maker", "ring the barrel maker", "phone kata"},
    # the thatcher's cottage
    {"we're off to the county show so feed sedge and give milka a ring and lock the "
     "reedbarn", "i'm leaving", "goodbye house", "feed sedge", "give milka a ring",
     "lock the reedbarn"},
    {"feed sedge", "pouches for the ragamuffin", "feed the ragamuffin"},
    {"ring bayla", "call the reed thatcher", "ring the reed thatcher", "phone bayla"},
    # the bell founder's yard
    {"we're off to the ringing festival so feed tenor and give elowen a ring and lock "
     "the bellpit", "i'm leaving", "goodbye house", "feed tenor", "give elowen a ring",
     "lock the bellpit"},
    {"feed tenor", "biscuits for the pixiebob", "feed the pixiebob"},
    {"ring nell", "call the bell caster", "ring the bell caster", "phone nell"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the peterbald" where the peterbald is Adze).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"adze", "truss", "kata", "rasha", "milda", "milda's", "blenda", "blenda's",
         "sedge", "ligger", "bayla", "morna", "milka", "milka's", "sayla", "sayla's",
         "tenor", "loam", "nell", "nell's", "tamsin", "tamsin's", "elowen", "elowen's",
         "winnie", "winnie's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as one who hauls goods, a slice of bacon, less strong, a jug that purees
    "kata": ("carter",), "rasha": ("rasher",), "milda": ("milder",),
    "milda's": ("milder's",), "blenda": ("blender",), "blenda's": ("blender's",),
    # written as what bales hay, one who mourns, what milks goats, one who sails
    "bayla": ("baler",), "morna": ("mourner",), "milka": ("milker",),
    "milka's": ("milker's",), "sayla": ("sailor",), "sayla's": ("sailor's",),
    # written as a bell tolled for the dead, what a horse says
    "nell": ("knell",), "nell's": ("knell's",),
    "winnie": ("whinny",), "winnie's": ("whinny's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er" or "-or" are one sound, so "kata" and "carter", "rasha"
and "rasher", "milda" and "milder", "blenda" and "blender", "bayla" and "baler",
"morna" and "mourner", "milka" and "milker", "sayla" and "sailor" are each one sound;
"nell" and "knell" are one sound in any accent, and "winnie" and "whinny" for every
speaker who says "wh" as "w" (most in Britain). Tamsin's and Elowen's names have no
other writing."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "sachets": ("kibble",), "peterbald": ("burmese",), "brush": ("bath",),
    "lock": ("sweep",), "maker": ("mender",), "text": ("visit",),
    "trumpet": ("recorder",), "landing": ("doormat",), "bowling": ("snooker",),
    "alley": ("hall",), "toad": ("sausage",), "lido": ("cinema",),
    "oak": ("larch",), "stave": ("lid",), "delivery": ("invoice",),
    "folk": ("jazz",), "festival": ("concert",), "tickets": ("programmes",),
    "pickup": ("garage",), "keys": ("papers",), "jointer": ("router",),
    "coopery": ("stable",), "heater": ("fan",), "sharpen": ("oil",),
    "adze": ("chisel",), "blade": ("handle",), "tighten": ("loosen",),
    "truss": ("bottom",), "hoop": ("rim",), "book": ("cancel",),
    "carter": ("plumber",), "fry": ("grill",), "rasher": ("slice",),
    "bacon": ("ham",), "milder": ("stronger",), "cheddar": ("stilton",),
    "wash": ("dry",), "smoothie": ("soup",), "blender": ("mixer",),
    "casks": ("tubs",), "coopered": ("varnished",), "consignment": ("invoice",),
    "gymnastics": ("karate",), "choir": ("orchestra",), "oil": ("sharpen",),
    "grease": ("paint",), "croze": ("saw",), "count": ("sort",), "tally": ("sort",),
    "barrel": ("bucket",), "orders": ("returns",), "iron": ("copper",),
    "hoops": ("nails",), "coopering": ("blacksmithing",), "morning": ("evening",),
    "clear": ("paint",), "maltings": ("chapel",), "drain": ("porch",),
    "cask": ("crate",), "invoices": ("receipts",), "whisky": ("cider",),
    "shavings": ("offcuts",), "steam": ("vintage",), "rally": ("auction",),
    "pouches": ("mince",), "ragamuffin": ("siamese",), "caster": ("painter",),
    "hockey": ("cricket",), "stick": ("bag",), "utility": ("attic",),
    "climbing": ("snooker",), "wall": ("hall",), "lancashire": ("irish",),
    "hotpot": ("stew",), "park": ("bus",), "ride": ("depot",),
    "birthday": ("christmas",), "card": ("balloon",),
    "reed": ("straw",), "whist": ("bingo",), "drive": ("night",),
    "comber": ("sander",), "reedbarn": ("boathouse",), "fan": ("radio",),
    "roofs": ("sheds",), "thatched": ("painted",), "straw": ("gravel",),
    "trailer": ("lorry",), "pony": ("chess",), "club": ("lesson",),
    "cello": ("harp",), "sedge": ("heather",), "bundles": ("sacks",),
    "split": ("stack",), "ligger": ("fence",), "rods": ("posts",),
    "hay": ("silage",), "baler": ("mower",), "send": ("take",),
    "flowers": ("chocolates",), "chief": ("youngest",), "mourner": ("bridesmaid",),
    "clean": ("mend",), "goat": ("cow",), "milker": ("trough",),
    "sailor": ("party",), "suit": ("hat",), "dress": ("mend",),
    "leggett": ("ladder",), "thatch": ("fence",), "reedlaying": ("hedgelaying",),
    "afternoon": ("evening",), "hazel": ("willow",), "spars": ("pegs",),
    "pay": ("check",), "parish": ("water",), "rates": ("fees",),
    "wheat": ("barley",), "ridge": ("garden",), "rolls": ("canes",),
    "county": ("flower",), "show": ("fair",),
    "biscuits": ("tuna",), "pixiebob": ("sphinx",), "ropes": ("chains",),
    "tap": ("ballet",), "shoes": ("socks",), "lobby": ("loft",),
    "tin": ("zinc",), "ingot": ("sheet",), "aquarium": ("zoo",), "trip": ("sleepover",),
    "rugby": ("tennis",), "muller": ("mixer",), "sand": ("cement",),
    "bellpit": ("kitchen",), "blower": ("radio",), "tune": ("paint",),
    "tenor": ("treble",), "bell": ("gong",), "sieve": ("dry",), "loam": ("clay",),
    "moulds": ("pots",), "practise": ("skip",), "funeral": ("wedding",),
    "knell": ("march",), "bells": ("gongs",), "cast": ("sold",),
    "ingots": ("bars",), "arrived": ("gone",), "fencing": ("chess",),
    "pottery": ("netball",), "polish": ("oil",), "buff": ("wash",),
    "clappers": ("ropes",), "moulding": ("candle",), "wax": ("sand",),
    "bellfounding": ("knitting",), "weekend": ("fortnight",), "stack": ("count",),
    "crucible": ("fire",), "tongs": ("irons",), "renew": ("cancel",),
    "foundry": ("taxi",), "licence": ("insurance",), "clapper": ("bell",), "straps": ("ropes",),
    "ringing": ("music",),
    # the generic pool's
    "dog": ("hamster",), "sauna": ("hot tub",),
    "coffee": ("cocoa",), "movie": ("quiz show",),
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
("milda's gymnastics at quarter past four" for "milda's gymnastics at four", "feed the
burmese"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_HAWK = [
    ("hawkie, hawkie", "she's bating"),
    ("jesses, jesses", "lure's swinging"),
    ("hawkie, jesses", "mantling"),
    ("she's feaking", "hawkie"),
    ("lure, lure", "she's mantling"),
    ("bating, hawkie", "jesses"),
    ("hawkie, lure", "feaking"),
    ("hawkie, hawkie, hawkie", "she's bating"),
]
_JACKDAW = [
    "tchack", "tchak", "tjak", "chack", "kyaa",
    "tchack, tchack", "chyak", "tchuk", "kyow",
]
_BANTAMS = [
    "chookie, chookie", "banties, banties", "chookies, chookies", "banty, banty",
    "chookie, banties", "bantie, bantie", "chookies, banty", "banties, chookies",
    "chookie, chookies",
]
_CROUPIER = [
    "faites vos jeux", "faites vos jeux, madame", "noir, impair", "rouge, manque",
    "vos jeux, madame", "rouge gagne", "noir gagne", "faites vos jeux, monsieur",
]
_ECLIPSE = [
    "totality", "the umbra's over us", "the penumbra", "that's totality",
    "the corona", "the penumbra's on us", "the umbra", "totality's soon",
]
_TOADSTOOLS = [
    "the toadstools are up", "puffballs", "inkcaps", "a toadstool",
    "the puffballs are up", "toadstools and inkcaps", "more inkcaps",
    "the inkcaps are up",
]

WRAPPERS: dict[str, list[str]] = {
    "a falconer flying her hawk at the country fair, said first": [
        f"{a}, {b}. {{}}" for a, b in _HAWK[:6]
    ] + [f"{_HAWK[6][0]}, {_HAWK[6][1]}, then {{}}",
         f"{_HAWK[7][0]}, {_HAWK[7][1]}, oh and {{}}"],
    "a jackdaw chacking on the chimney pot, said first": [
        f"{_JACKDAW[0]}! {{}}", f"{_JACKDAW[1]}! {{}}", f"{_JACKDAW[2]}. {{}}",
        f"{_JACKDAW[3]}! {{}}", f"{_JACKDAW[4]}. {{}}", f"{_JACKDAW[5]}! {{}}",
        f"{_JACKDAW[6]}, then {{}}", f"{_JACKDAW[7]}, oh and {{}}", f"{_JACKDAW[8]}! {{}}",
    ],
    "calling the bantams in to roost, said first": [
        f"{_BANTAMS[0]}! {{}}", f"{_BANTAMS[1]}. {{}}", f"{_BANTAMS[2]}! {{}}",
        f"{_BANTAMS[3]}. {{}}", f"{_BANTAMS[4]}! {{}}", f"{_BANTAMS[5]}. {{}}",
        f"{_BANTAMS[6]}, then {{}}", f"{_BANTAMS[7]}, oh and {{}}",
        f"{_BANTAMS[8]}! {{}}",
    ],
    "a croupier at the charity casino night, said first": [
        f"{_CROUPIER[0]}! {{}}", f"{_CROUPIER[1]}! {{}}", f"{_CROUPIER[2]}! {{}}",
        f"{_CROUPIER[3]}. {{}}", f"{_CROUPIER[4]}. {{}}", f"{_CROUPIER[5]}! {{}}",
        f"{_CROUPIER[6]}, then {{}}", f"{_CROUPIER[7]}, oh and {{}}",
    ],
    "a remark on a solar eclipse, said after": [
        f"{{}}, {d}" for d in _ECLIPSE[:6]
    ] + [f"{{}} and, {_ECLIPSE[6]}", f"{{}} so, {_ECLIPSE[7]}"],
    "a remark on toadstools in the paddock, said after": [
        f"{{}}, {d}" for d in _TOADSTOOLS[:6]
    ] + [f"{{}} and, {_TOADSTOOLS[6]}", f"{{}} so, {_TOADSTOOLS[7]}"],
    "a game of pass the pigs at the table, said after": [
        "{}, a razorback", "{}, snouter", "{}, a jowler", "{}, a sider",
        "{}, that's a razorback", "{}, snouter, snouter",
        "{} and, another snouter", "{} so, a jowler",
    ],
    "a remark on glowworms in the lane, said after": [
        "{}, the glowworms are glinting", "{}, glowworms", "{}, a glowworm's glinting",
        "{}, glowworms by the verge", "{}, the glowworms", "{}, a glowworm, glinting",
        "{} and, more glowworms", "{} so, the glowworms are glinting",
    ],
    "between a call to the bantams and an eclipse remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_BANTAMS[:3], _ECLIPSE[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_BANTAMS[3:5], _ECLIPSE[3:5], strict=True)]
      + [f"{_BANTAMS[5]}! {{}}, {_ECLIPSE[5]}",
         f"{_BANTAMS[6]}. {{}} and, {_ECLIPSE[6]}",
         f"{_BANTAMS[7]}. {{}} so, {_ECLIPSE[7]}"],
    "in the middle of a falconer's calls": [
        f"{a}, {{}}, {b}" for a, b in _HAWK[:6]
    ] + [f"{_HAWK[6][0]}, {{}} and, {_HAWK[6][1]}",
         f"{_HAWK[7][0]}, {{}} so, {_HAWK[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYEIGHTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("coopered",
"thatched", "cast"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_NOISE = {"quiet", "loud", "noise", "sounds"}
_OUTINGS = {"gymnastics", "choir", "pony", "club", "cello", "fencing", "pottery",
            "hockey", "stick", "rugby", "aquarium", "trip", "whist", "drive",
            "bowling", "alley", "lido", "climbing", "wall", "park", "ride", "folk",
            "festival", "tickets", "steam", "rally", "county", "show", "ringing",
            "lift", "tap", "shoes"}
"""Requests about a child's club or lesson, a show, a festival or an outing and a lift
to it: a game or a call said beside them could be about the same outing."""
_PETS = {"feed", "sachets", "pouches", "biscuits", "peterbald", "ragamuffin",
         "pixiebob", "adze", "truss", "sedge", "ligger", "tenor", "loam", "brush",
         "cat", "dog", "walk", "walking"}
"""Requests about the cats and dogs (what a hawk or a jackdaw is wary of, what chases
the bantams, what a call could be to)."""
_FIRE = {"heater", "heat", "fire", "fireplace", "bonfire", "barbecue", "steam",
         "light", "lights", "lamp", "blower", "crucible", "fry", "wax", "moulding"}
"""Requests about a flame, a glow or heat (a glowworm's glint, the sun's corona)."""
_FIST = _SAID_TO | _PETS | _OUTINGS | _NOISE | {
    "game", "party", "field", "run", "play", "count", "tally", *_NUMBERS, "ready",
    "supper", "dinner", "lunch", "tea", "hotpot", "toad", "hole", "bacon", "rasher",
    "bedtime", "goat", "milker", "hay", "baler"}
"""Requests a falconer's calls could bear on (a show or a fair, the field the hawk is
flown over, the meat it is fed, the pets and stock it could take), and a message: in
the middle kind the calls go on after the phrase and could be heard as its words."""
_CHIMNEY = _NOISE | {"chimney", "roof", "roofs", "thatched", "thatch", "reedlaying",
                     "gutter", "drain", "maltings", "sachets", "pouches", "biscuits",
                     "bacon", "rasher", "fry", "cheddar", "milder", "straw", "reed",
                     "ridge", "hazel", "spars"}
"""Requests a jackdaw chacking could bear on (the roofs and chimneys it nests in, the
straw and twigs it steals for its nest, the food it steals, its noise)."""
_ROOST = _PETS | _NOISE | {"lock", "unlock", "gate", "fence", "field", "count", "tally",
                           "evening", "straw", "wheat", "hay", "baler", "goat",
                           "milker", "reedbarn", "coopery", "bellpit", "shavings",
                           "bundles", "sedge"}
"""Requests calling the bantams in could bear on (the shed they are shut in, a count of
them, the straw and corn they are given, the dogs that chase them)."""
_CASINO = _OUTINGS | _NOISE | {"pay", "rates", "parish", "licence", "renew", "count",
                               "tally", *_NUMBERS, "orders", "order", "invoices", "card",
                               "book", "buy", "cheddar", "milder"}
"""Requests a croupier's call could bear on (money paid or bought with, a count, a
charity night or an outing, a card)."""
_SKY = _SAID_TO | _ASKED | _FIRE | {"night", "evening", "dark", "sky", "curtains",
                                    "blinds", "camera", "photos", "bedtime", "morning",
                                    "afternoon"}
"""Requests a remark on an eclipse could bear on (lights and the dark, the sky and what
looks at it, the time of day, a glow or a flame), and a message or a question."""
_PADDOCK = _SAID_TO | _ASKED | _PETS | {"garden", "lawn", "field", "grass", "cheddar",
                                        "milder", "fry", "bacon", "rasher", "loam",
                                        "sand", "moulds", "sieve", "straw", "wheat",
                                        "reed", "sedge", "oak", "shavings", "hazel",
                                        "spars", "ligger", "rods", "goat", "hay",
                                        "baler", "water", "drain"}
"""Requests a remark on toadstools could bear on (the paddock and the ground they grow
in, the wood and straw they grow on, what grazes there, what is fried with them)."""
_TABLE = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "bacon", "rasher", "fry",
                                                  "hotpot", "toad", "stack", "music",
                                                  "radio", "whist"}
"""Requests a game of pass the pigs could bear on (a game and its count, bacon and
what is eaten at the table, a party or a drive)."""
_LANE = _SAID_TO | _ASKED | _FIRE | {"night", "evening", "dark", "garden", "hedge",
                                     "lane", "walk", "drive", "lift",
                                     "bedtime", "curtains"}
"""Requests a remark on glowworms could bear on (lights and a glow, the dark and the
night, the lane and a walk or a drive down it)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a falconer's calls bear on a show or a fair, the field, the meat, the pets)
    **{hawk: _FIST for hawk in ("hawkie", "jesses", "bating", "mantling", "feaking",
                                "lure", "lure's", "swinging")},
    # (a jackdaw chacking bears on the roofs, the straw, the food it steals, its noise)
    **{jack: _CHIMNEY for jack in ("tchack", "tchak", "tjak", "chack", "kyaa", "chyak",
                                   "tchuk", "kyow")},
    # (calling the bantams in bears on their shed, a count, their straw, the dogs)
    **{call: _ROOST for call in ("chookie", "chookies", "banties", "banty", "bantie")},
    # (a croupier bears on money, a count, a night out)
    **{line: _CASINO for line in ("faites", "vos", "jeux", "madame", "monsieur", "noir",
                                  "impair", "rouge", "manque", "gagne")},
    # (an eclipse remark, a toadstool remark, a call at pass the pigs or a glowworm
    # remark after a request could be what it is about or the words of a message;
    # said after a question, an answer)
    **{sky: _SKY for sky in ("totality", "umbra's", "penumbra", "corona",
                             "penumbra's", "umbra", "totality's")},
    **{grow: _PADDOCK for grow in ("toadstools", "puffballs", "inkcaps", "toadstool")},
    **{game: _TABLE for game in ("razorback", "snouter", "jowler", "sider")},
    **{glow: _LANE for glow in ("glowworms", "glinting", "glowworm's", "verge",
                                "glowworm")},
}
"""Clauses that would bear on a phrase with one of these words ("give milda a ring"
before a falconer's "she's bating" may be the hawk show; "fry a rasher of bacon" after
a jackdaw chacks is about what it steals): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "hawkie, hawkie, she's bating. {}", "{}, a razorback",
    "tchack! {}", "{}, totality",
    "chookie, chookie! {}", "{}, the toadstools are up",
    "faites vos jeux! {}", "{}, the glowworms are glinting",
    "jesses, jesses, lure's swinging. {}", "{}, that's a razorback",
    "rouge gagne! {}", "{} so, the penumbra's on us",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "banties, banties! {}", "{}, puffballs",
    "tchak! {}", "{}, the umbra's over us",
    "noir, impair! {}", "{}, glowworms by the verge",
    "hawkie, jesses, mantling. {}", "{}, a jowler",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("hawkie hawkie she's
bating", "faites vos jeux"), struck (longest first) wherever it is said, before single
words. Only whole stretches are struck: the out-of-scope kinds' own words ("pumpkin",
"canoe", "scrabble", "pebble") are never a clause's, so they stay."""
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
none is a word of a pool phrase, tests/test_resolver_fiftyeighth_data.py none of an
out-of-scope template)."""


FIFTYEIGHTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("coopery", "coop ery"), ("peterbald", "peter bald"), ("trumpet", "trumpit"),
    ("landing", "landin"), ("consignment", "consinement"), ("coopered", "coupered"),
    ("coopering", "cooper ing"), ("jointer", "joynter"), ("maltings", "maltins"),
    ("gymnastics", "jimnastics"), ("smoothie", "smoothy"), ("cheddar", "chedder"),
    ("croze", "crows"), ("reedbarn", "reed barn"), ("ragamuffin", "rag a muffin"),
    ("lancashire", "lankashire"), ("hotpot", "hot pot"), ("thatched", "thatcht"),
    ("reedlaying", "reed laying"), ("comber", "comer"), ("leggett", "legget"),
    ("ligger", "liger"), ("trailer", "traler"), ("utility", "utillity"),
    ("bellpit", "bell pit"), ("pixiebob", "pixie bob"), ("bellfounding", "bell founding"),
    ("muller", "mullar"), ("aquarium", "aquariam"), ("crucible", "crusible"),
    ("clappers", "clapers"), ("pottery", "pottry"), ("licence", "lisence"),
]
"""The fifty-eighth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("stave jointer", "stavejointer"), ("toad in the hole", "toadinthehole"),
         ("bowling alley", "bowlingalley"), ("folk festival", "folkfestival"),
         ("festival tickets", "festivaltickets"), ("pickup keys", "pickupkeys"),
         ("oak stave", "oakstave"), ("stave delivery", "stavedelivery"),
         ("adze blade", "adzeblade"), ("truss hoop", "trusshoop"),
         ("smoothie blender", "smoothieblender"), ("milder cheddar", "mildercheddar"),
         ("oak consignment", "oakconsignment"), ("barrel orders", "barrelorders"),
         ("iron hoops", "ironhoops"), ("maltings drain", "maltingsdrain"),
         ("cask invoices", "caskinvoices"), ("whisky casks", "whiskycasks"),
         ("oak shavings", "oakshavings"), ("steam rally", "steamrally"),
         ("hockey stick", "hockeystick"), ("climbing wall", "climbingwall"),
         ("lancashire hotpot", "lancashirehotpot"), ("park and ride", "parkandride"),
         ("birthday card", "birthdaycard"), ("water reed", "waterreed"),
         ("reed order", "reedorder"), ("whist drive", "whistdrive"),
         ("reed comber", "reedcomber"), ("straw trailer", "strawtrailer"),
         ("pony club", "ponyclub"), ("sedge bundles", "sedgebundles"),
         ("ligger rods", "liggerrods"), ("hay baler", "haybaler"),
         ("chief mourner", "chiefmourner"), ("goat milker", "goatmilker"),
         ("sailor suit", "sailorsuit"), ("thatch orders", "thatchorders"),
         ("hazel spars", "hazelspars"), ("parish rates", "parishrates"),
         ("wheat straw", "wheatstraw"), ("ridge rolls", "ridgerolls"),
         ("county show", "countyshow"), ("tap shoes", "tapshoes"),
         ("tin ingot", "tiningot"), ("aquarium trip", "aquariumtrip"),
         ("rugby club", "rugbyclub"), ("sand muller", "sandmuller"),
         ("tenor bell", "tenorbell"), ("funeral knell", "funeralknell"),
         ("tin ingots", "tiningots"), ("bell clappers", "bellclappers"),
         ("bell orders", "bellorders"), ("moulding wax", "mouldingwax"),
         ("crucible tongs", "crucibletongs"), ("foundry licence", "foundrylicence"),
         ("ringing ropes", "ringingropes"), ("clapper straps", "clapperstraps"),
         ("ringing festival", "ringingfestival"), ("bell caster", "bellcaster"),
         ("bellfounding weekend", "bellfoundingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"coopery": "coop-ery", "reedbarn": "reed-barn", "bellpit": "bell-pit",
             "hotpot": "hot-pot", "pixiebob": "pixie-bob",
             "bellfounding": "bell-founding"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftyeighth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a {w} out of driftwood for the harvest supper raffle",
        "what's the manx for {w}, more or less",
        "doodle a {w} on the corner of the bus timetable",
        "are {w} any dearer at the hardware shop in tenby",
        "hunt down a reclaimed {w} at the salvage yard in bridport",
        "about how long is a {w} end to end, do you reckon",
        "pen a limerick about a {w} for the parish magazine",
        "how would somebody from the black country say {w}",
    ],
    "routine command": [
        "do away with {p} for ever and a day",
        "spell out {p} for me stage by stage",
        "think up a zingier title for {p}, with a pun in it",
        "duplicate {p} for the holiday let in mevagissey",
        "confine {p} to the weeks after whitsun",
        "sound a little ding each time {p} gets going",
        "who's been meddling with {p} while uncle was napping",
        "could {p} be turned down a notch after the shipping news",
    ],
    "word order": [
        "{b} runs rings round {a}", "{b} pips {a}, in my book",
        "swap {a} for {b}, cheers muchly", "ditch the {a}, hang on to the {b}",
        "{a} before {b}, or the other way about", "a spoonful of {b}, a pinch of {a}",
    ],
    "negation": [
        "let's give {p} a miss this wet wednesday, pet",
        "i'd rather you held off on {p} while granny's napping in the armchair",
        "on no account are you to {p} till i say so, sweetheart",
        "don't start {p} while i'm at the optician's in penzance",
        "nah, leave {p} alone for the time being",
        "hold your horses, no {p} till the rector's left, love",
    ],
    "cancellation": [
        "put back {p} until the cousins from porthcawl have gone home",
        "{p} can hang on until the window cleaner's finished",
        "skip {p} the week of the regatta in cowes",
        "hold back on {p} until the boiler man's been",
        "we'll manage without {p} over the hobby horse festival",
        "park {p} until the shrove tuesday chaos has died down",
    ],
    "state question": [
        "is {p} ticking over as we speak",
        "is {p} midway through or wrapped up",
        "did {p} come off all right before the joiner arrived",
        "has {p} keeled over or is it still chugging along",
        "has anybody checked on {p} since the gasman called",
        "was {p} seen to the tuesday after the whist evening",
    ],
    "past or story": [
        "the winter the canal iced over {p} gave up the ghost too",
        "during the drought of the millennium summer {p} misbehaved dreadfully",
        "my great uncle in whitby set great store by {p} every martinmas",
        "at the ruby wedding bash in the barnsley miners' welfare {p} went on till dawn",
        "that whole washed out week in prestwick {p} was on the blink",
        "when we lived above the launderette in jarrow we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the milkman hollered {p} down the cul de sac",
        "a busker outside the corn exchange crooned {p}",
        "my third cousin from lerwick signs off every letter with {p}",
        "a fellow on the night bus to carlisle mumbled {p}",
        "the crossing patrol lady shouted {p} at the school gates",
        "our scaffolder from batley whistles {p} on the boards",
    ],
    "contrast": [
        "{p} is only for when my stepsister comes down from wick",
        "we only {p} when my godson flies in from guernsey",
        "{p} is a high days and holidays thing in our maisonette",
        "{p} is strictly a burns night ritual in this house",
        "we only {p} when the lantern parade goes past the post box",
        "{p} is kept for when the archdeacon visits from lichfield",
    ],
    "hypothetical": [
        "supposing you'd been sweetened with an eccles cake, would you have agreed to {p}",
        "if i ever got totally obsessed with {p}, would you still put up with me",
        "imagine if {p} started at first light, would the street grumble",
        "if {p} started in a thunderstorm, would the trip switch go",
        "picture {p} carrying on through the great storm",
        "what would you do if the sexton's grandson begged you to {p}",
    ],
    "complaint": [
        "{p} has been driving me round the bend since the tiler's mate left",
        "{p} let us down again at the coronation tea party in fleetwood",
        "{p} has been neither use nor ornament since the aerial man came",
        "i'm fed up to the back teeth with {p} since the half term",
        "{p} is a right royal nuisance since pancake day",
        "{p} keeps packing in halfway through the snooker on telly",
    ],
    "opinion": [
        "{p} is the cat's pyjamas if you ask me",
        "i'm tickled pink with {p}, honestly",
        "{p} is a godsend for my gammy shoulder, truth be told",
        "{p} has made drizzly sundays almost tolerable",
        "{p} is the cleverest contraption this side of the humber",
        "{p} is first rate, says our brenda and she's picky",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the osteopath's in matlock",
        "pester me about {p} once the boat race is over",
        "make sure i don't forget to {p} on saturday after the plant swap",
        "jog my memory to {p} after pointless",
        "pop {p} on friday's jobs list by the bread bin",
        "give me a shout about {p} once the well dressing is over",
    ],
    "permission question": [
        "is my brother in law's stepdaughter's fiance from redruth allowed to {p}",
        "is the lodger's half sister permitted to {p}",
        "would the piano tuner be allowed to {p} on his own",
        "is my great niece allowed to {p} when she visits at whitsun",
        "can the childminder's nephew {p} without checking first",
        "is the milkman's son from the estate allowed to {p}",
    ],
    # the fifty-eighth's own
    "a beach hut named it": [
        "our beach hut is called {p}",
        "{p} is the beach hut with the yellow door",
        "my aunt named her beach hut {p}",
        "a beach hut called {p} sold for a fortune",
        "there's a beach hut on the promenade named {p}",
        "who'd call a beach hut {p}",
    ],
    "a giant pumpkin named it": [
        "my giant pumpkin is called {p}",
        "{p} is the giant pumpkin on the allotment",
        "grandad named his giant pumpkin {p}",
        "a giant pumpkin called {p} won a rosette",
        "there's a giant pumpkin at the harvest show named {p}",
        "who'd name a giant pumpkin {p}",
    ],
    "a canoe named it": [
        "our canoe is called {p}",
        "{p} is the canoe upside down by the boathouse",
        "my cousin named her canoe {p}",
        "a canoe called {p} capsized at the weir",
        "there's a canoe at the scout hut named {p}",
        "who'd name a canoe {p}",
    ],
    "a barn owl named it": [
        "the barn owl at the sanctuary is called {p}",
        "{p} is the barn owl in the rescue centre",
        "the keeper named the barn owl {p}",
        "a barn owl called {p} nests in the church tower",
        "there's a barn owl at the falconry centre named {p}",
        "who'd name a barn owl {p}",
    ],
    "a tandem bicycle named it": [
        "our tandem bicycle is called {p}",
        "{p} is the tandem bicycle in the garage",
        "the newlyweds named their tandem bicycle {p}",
        "a tandem bicycle called {p} won the fancy dress ride",
        "there's a tandem bicycle at the hire shop named {p}",
        "who'd name a tandem bicycle {p}",
    ],
    "written on a gift tag": [
        "she wrote {p} on a gift tag",
        "{p} is written on the gift tag on my present",
        "the hamper has {p} written on its gift tag",
        "my grandson wrote {p} on a gift tag for his teacher",
        "there's a gift tag under the tree with {p} written on it",
        "why write {p} on a gift tag",
    ],
    "spelt out in scrabble tiles": [
        "the kids spelt out {p} in scrabble tiles",
        "{p} is spelt out in scrabble tiles on the mantelpiece",
        "the coffee table has {p} spelt out in scrabble tiles",
        "my brother spelt out {p} in scrabble tiles to annoy me",
        "there's a frame at the gift shop with {p} spelt out in scrabble tiles",
        "why spell out {p} in scrabble tiles",
    ],
    "crocheted into a blanket": [
        "nana crocheted {p} into a blanket",
        "{p} is crocheted into the blanket on the sofa",
        "the baby's blanket has {p} crocheted into it",
        "my mother crocheted {p} into a blanket for the church bazaar",
        "there's a blanket at the wool shop with {p} crocheted into it",
        "why crochet {p} into a blanket",
    ],
    "painted on a beach pebble": [
        "my son painted {p} on a beach pebble",
        "{p} is painted on the beach pebble propping the door open",
        "the pebble on the windowsill has {p} painted on it",
        "she painted {p} on a beach pebble and hid it in the park",
        "there's a pebble on the sea wall with {p} painted on it",
        "why paint {p} on a beach pebble",
    ],
    "printed on a tote bag": [
        "my sister had {p} printed on a tote bag",
        "{p} is printed on my tote bag",
        "the tote bag on the hook has {p} printed on it",
        "the bookshop printed {p} on a tote bag for world book day",
        "there's a tote bag at the market with {p} printed on it",
        "why print {p} on a tote bag",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} bath mat", "{} pie dish", "{} gravy ladle", "{} flour sifter",
    "{} wine rack", "{} door knocker", "{} foot stool", "{} dish rack",
    "{} toothbrush mug", "{} log basket",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
