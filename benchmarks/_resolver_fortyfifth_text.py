"""The words of the forty-fifth held-out resolver set
(benchmarks/_resolver_fortyfifth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a canal lock-keeper's cottage
beside a flight of locks, where Ada keeps the locks, with her husband Blair, their
daughter Dollie, their son Dickie, a cat Heron and a spaniel Paddle (seed 450); a
glassblower's studio flat above the hot shop, where Garnet blows glass, with his wife
Brandi, their daughters Cadi and Kittie, a cat Punty and a whippet Cobalt (451); and a
retired jockey's stable yard with a coach house, where Ryder keeps a few old racehorses,
with his wife Jenni, their son Toddie, Dottie the stable hand, a terrier Derby and a
cat Chaff (452). Its people and pets are named in ways no earlier set names them: after
a bird of the canal ("feed heron" beside "shoo the heron off the weir"), a lock's gear
("brush paddle" beside "grease the paddle gear"), a gemstone ("ring garnet" beside
"thread the garnet beads"), a glassblower's rod ("feed punty" beside "clean the punty
rod"), a glass colour ("brush cobalt" beside "mix the cobalt batch"), a horse race
("feed derby" beside "watch the derby") or a horse's feed ("brush chaff" beside "bag up
the chaff"); and with names a recogniser writes as another word in new ways: as a snake
("ada" as "adder", beside "look out for the adder by the sluice"), as a loud noise
("blair" as "blare", beside "mute the blare of the flood alarm"), as a sack truck
("dollie" as "dolly", beside "load the sack dolly"), as a bow tie ("dickie" as "dicky",
beside "iron my dicky bow"), as a spirit ("brandi" as "brandy", beside "warm the brandy
snifters"), as a tea tin ("cadi" as "caddy", beside "refill the tea caddy"), as a shared
fund ("kittie" as "kitty", beside "top up the kitty jar"), as a horse's rider ("ryder" as
"rider", beside "book a work rider for the grey"), as a she-donkey ("jenni" as "jenny",
beside "groom the jenny donkey"), as a hot drink ("toddie" as "toddy", beside "make a hot
toddy") and as daft ("dottie" as "dotty", beside "calm the dotty old mare"). A name that
is also a word of another phrase of its home ("heron", "paddle", "garnet", "punty",
"cobalt", "derby", "chaff") has no other spelling, so the word is never respelt as the
name. Each teaches 22 of its own routines with the generic pool; the rest of its own
pool, and the siblings in ``UNTAUGHT`` ("dickie's fishing at five" beside "dickie's
fishing at four", "backpump off" beside "backpump on"), are never taught there. Phrases
come in every shape: one word ("stoppage", "batching", "raceday"), two nouns ("cratch
cover", "millefiori canes", "fly masks"), nested ("backpump on" inside "weir backpump on",
"lehr on" inside "annealing lehr on", "treadmill on" inside "equine treadmill on"), words
shared across phrases ("lock the pumphouse" and "pumphouse light on", "feed heron" and
"shoo the heron off the weir"), numbers and times ("dickie's fishing at four", "toddie's
pony club at six"), places ("pumphouse fan on", "hotshop fan on", "coachhouse heater
on"), verbs first ("load the sack dolly", "make a hot toddy") and nouns first
("pilchards for the tabby"), questions ("how many boats are through", "how many vases
are annealed", "how many haynets are filled"), and a chore of several clauses ("we're
off to the point to point so feed derby and give dottie a ring and lock the
coachhouse").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("adder" for "ada", "brandy" for "brandi", "rider" for "ryder"): the same person, so
"phone adder" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a nursery rhyme sung to the baby first ("goosey goosey
gander, whither shall i wander. X"), a judo referee's call on the telly first, one word
the speaker's languages lack ("hajime! X"), calling the pigs in for their swill first
("sooey sooey sooey! X"), a tug of war coach at the show first ("take the strain! X"), a
speedway commentator on the telly after ("X, the tapes are up"), a volleyball
commentator on the telly after ("X, a spike, untouched"), a remark on an old aircraft
flying over after ("X, ooh, a biplane"), a game of boules on the lawn after ("X, you're
pointing"); the phrase between a tug of war coach's shout and a
boules call ("heave! X, nudged the cochonnet"), and the phrase said in the middle of a
nursery rhyme, which goes on after it ("goosey goosey gander, X, whither shall i
wander"). Some are joined with "and", "so", "then" or "oh and". No word of a clause but
its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a narrowboat named it, a shire horse named it, a village inn
named it, etched on a glass tankard, branded on a beer barrel, a bargee's yarn about it,
a question to the vet about it, a teenager refusing to say it, a pantomime dame's
catchphrase, and the phrase with an untaught request joined by "then".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

CANAL = "canal lock-keeper's cottage beside a flight of locks"
GLASS = "glassblower's studio flat above the hot shop"
JOCKEY = "retired jockey's stable yard with a coach house"
HOMES: dict[int, str] = {450: CANAL, 451: GLASS, 452: JOCKEY}

FORTYFIFTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    CANAL: {
        "Heron": ["feed heron", "pilchards for the tabby"],
        "Paddle": ["brush paddle"],
        "Ada": ["ring ada", "call the lockkeeper", "phone ada"],
        "Blair": ["drop blair a line", "send blair a text"],
        "Blair and Dollie": ["message blair and dollie"],
        "Dollie": ["give dollie a ring", "give dollie a bell", "call dollie back"],
        "Dickie": ["tell dickie his waders are in the porch"],
        "Dickie ring": ["give dickie a ring", "phone dickie"],
        "Dickie lift": ["ask dickie for a lift to the chandlery"],
        "Dollie tea": ["tell dollie her tea is ready"],
        "Dollie lift": ["ask dollie for a lift to the boat club"],
        "Ada fees": ["text ada about the mooring fees"],
        "Blair licences": ["text blair about the boat licences"],
        "Blair ring": ["give blair a ring", "ring blair back"],
        "Ada keys": ["ask ada for the padlock keys"],
        "Backpump": ["backpump on"],
        "Weir backpump": ["weir backpump on"],
        "Pumphouse fan": ["pumphouse fan on"],
        "Heron weir": ["shoo the heron off the weir"],
        "Paddle gear": ["grease the paddle gear"],
        "Adder": ["look out for the adder by the sluice"],
        "Blare": ["mute the blare of the flood alarm"],
        "Dolly": ["load the sack dolly"],
        "Dicky": ["iron my dicky bow"],
        "Boats": ["how many boats are through"],
        "Coal boat": ["has the coal boat arrived"],
        "Fishing": ["dickie's fishing at four"],
        "Brass band": ["dollie's brass band at seven"],
        "Lock gates": ["paint the lock gates", "tar the lock gates"],
        "Ropes": ["count the mooring ropes", "tally the mooring ropes"],
        "Diesel": ["order more red diesel", "restock the red diesel"],
        "Stoppage": ["stoppage", "stoppage day"],
        "Pumphouse": ["lock the pumphouse"],
        "Pumphouse light": ["pumphouse light on"],
        "Duckweed": ["rake the duckweed"],
        "Logbook": ["file the lock logbook"],
        "Cratch cover": ["cratch cover"],
        "Rope fenders": ["rope fenders"],
        # long
        "Boat gathering": ["we're off to the boat gathering so feed heron and give blair a "
                           "ring and lock the pumphouse"],
    },
    GLASS: {
        "Punty": ["feed punty", "mackerel for the moggy"],
        "Cobalt": ["brush cobalt"],
        "Garnet": ["ring garnet", "call the glass maker", "phone garnet"],
        "Brandi": ["drop brandi a line", "send brandi a text"],
        "Brandi and Cadi": ["message brandi and cadi"],
        "Cadi": ["give cadi a ring", "phone cadi"],
        "Kittie": ["tell kittie her leotard is on the airer"],
        "Kittie ring": ["give kittie a bell", "phone kittie"],
        "Kittie lift": ["ask kittie for a lift to the craft fair"],
        "Cadi pasta": ["tell cadi her pasta is ready"],
        "Garnet and Kittie": ["message garnet and kittie"],
        "Garnet lift": ["ask garnet for a lift to the gallery"],
        "Brandi card": ["send brandi a birthday card"],
        "Garnet commission": ["text garnet about the gallery commission"],
        "Brandi beads": ["text brandi about the bead order"],
        "Brandi ring": ["give brandi a ring", "phone brandi back"],
        "Lehr": ["lehr on"],
        "Annealing lehr": ["annealing lehr on"],
        "Hotshop fan": ["hotshop fan on"],
        "Vases": ["how many vases are annealed"],
        "Kitty": ["top up the kitty jar"],
        "Silica": ["has the silica delivery arrived"],
        "Swimming": ["cadi's swimming at four"],
        "Karate": ["kittie's karate at six"],
        "Garnet beads": ["thread the garnet beads"],
        "Cobalt batch": ["mix the cobalt batch"],
        "Punty rod": ["clean the punty rod"],
        "Brandy": ["warm the brandy snifters"],
        "Caddy": ["refill the tea caddy"],
        "Jacks": ["oil the glass jacks", "grease the glass jacks"],
        "Blowpipes": ["count the blowpipes", "tally the blowpipes"],
        "Colour rods": ["order more colour bars", "restock the colour bars"],
        "Batching": ["batching", "batching day"],
        "Hotshop": ["lock the hotshop"],
        "Hotshop light": ["hotshop light on"],
        "Marver": ["wipe down the marver"],
        "Paperweights": ["paperweights"],
        "Millefiori": ["millefiori canes"],
        # long
        "Glass festival": ["we're off to the glass festival so feed punty and give kittie a "
                           "ring and lock the hotshop"],
    },
    JOCKEY: {
        "Derby": ["feed derby", "biscuits for the terrier"],
        "Chaff": ["brush chaff"],
        "Ryder": ["ring ryder", "call the old jockey", "phone ryder"],
        "Jenni": ["drop jenni a line", "send jenni a text"],
        "Jenni and Toddie": ["message jenni and toddie"],
        "Toddie": ["give toddie a ring", "phone toddie"],
        "Toddie jodhpurs": ["tell toddie his jodhpurs are on the line"],
        "Ryder hay": ["text ryder about the hay delivery"],
        "Dottie": ["text dottie about the weekend rota"],
        "Dottie ring": ["give dottie a ring", "phone dottie"],
        "Dottie lift": ["ask dottie for a lift to the racecourse"],
        "Jenni and Dottie": ["message jenni and dottie"],
        "Treadmill": ["treadmill on"],
        "Equine treadmill": ["equine treadmill on"],
        "Coachhouse heater": ["coachhouse heater on"],
        "Derby race": ["watch the derby"],
        "Chaff bag": ["bag up the chaff"],
        "Rider": ["book a work rider for the grey"],
        "Jenny": ["groom the jenny donkey"],
        "Toddy": ["make a hot toddy"],
        "Dotty": ["calm the dotty old mare"],
        "Haynets": ["how many haynets are filled"],
        "Farrier": ["has the farrier shod the grey"],
        "Pony club": ["toddie's pony club at six"],
        "Darts": ["dottie's darts at seven"],
        "Saddles": ["soap the saddles", "clean the saddles"],
        "Horseshoes": ["count the horseshoes", "tally the horseshoes"],
        "Pony nuts": ["order more pony nuts", "restock the pony nuts"],
        "Raceday": ["raceday", "raceday morning"],
        "Coachhouse": ["lock the coachhouse"],
        "Coachhouse light": ["coachhouse light on"],
        "Muckheap": ["turn the muckheap"],
        "Licence": ["renew ryder's riding licence"],
        "Stable rugs": ["stable rugs"],
        "Fly masks": ["fly masks"],
        # long
        "Point to point": ["we're off to the point to point so feed derby and give dottie a "
                           "ring and lock the coachhouse"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    CANAL: {
        "Fishing five": ["dickie's fishing at five"],
        "Brass band eight": ["dollie's brass band at eight"],
        "Backpump off": ["backpump off"],
        "Weir backpump off": ["weir backpump off"],
        "Pumphouse light off": ["pumphouse light off"],
        "Unlock pumphouse": ["unlock the pumphouse"],
        "Ada water": ["text ada about the water levels"],
        "Coal": ["order more coal"],
        "Fenders": ["count the boat hooks"],
        "Lilies": ["rake the lily pads"],
        "Dicky shirt": ["iron my dress shirt"],
        "Pumphouse fan off": ["pumphouse fan off"],
    },
    GLASS: {
        "Swimming five": ["cadi's swimming at five"],
        "Karate seven": ["kittie's karate at seven"],
        "Lehr off": ["lehr off"],
        "Annealing lehr off": ["annealing lehr off"],
        "Hotshop light off": ["hotshop light off"],
        "Unlock hotshop": ["unlock the hotshop"],
        "Garnet exhibition": ["text garnet about the exhibition dates"],
        "Gas bottles": ["order more gas bottles"],
        "Tweezers": ["count the tweezers"],
        "Amber beads": ["thread the amber beads"],
        "Sugar caddy": ["refill the sugar caddy"],
        "Hotshop fan off": ["hotshop fan off"],
    },
    JOCKEY: {
        "Pony club seven": ["toddie's pony club at seven"],
        "Darts eight": ["dottie's darts at eight"],
        "Treadmill off": ["treadmill off"],
        "Equine treadmill off": ["equine treadmill off"],
        "Coachhouse light off": ["coachhouse light off"],
        "Unlock coachhouse": ["unlock the coachhouse"],
        "Dottie holidays": ["text dottie about the summer holidays"],
        "Sugar beet": ["order more sugar beet"],
        "Buckets": ["count the buckets"],
        "Grand national": ["watch the grand national"],
        "Cocoa": ["make a hot cocoa"],
        "Coachhouse heater off": ["coachhouse heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the lock-keeper's cottage
    {"we're off to the boat gathering so feed heron and give blair a ring and lock the "
     "pumphouse", "i'm leaving", "goodbye house", "feed heron", "give blair a ring",
     "lock the pumphouse"},
    {"feed heron", "pilchards for the tabby", "feed the tabby"},
    {"ring ada", "call the lockkeeper", "ring the lockkeeper", "phone ada"},
    # the glassblower's studio flat
    {"we're off to the glass festival so feed punty and give kittie a ring and lock the "
     "hotshop", "i'm leaving", "goodbye house", "feed punty", "give kittie a ring",
     "lock the hotshop"},
    {"feed punty", "mackerel for the moggy", "feed the moggy"},
    {"ring garnet", "call the glass maker", "ring the glass maker", "phone garnet"},
    # the retired jockey's stable yard
    {"we're off to the point to point so feed derby and give dottie a ring and lock the "
     "coachhouse", "i'm leaving", "goodbye house", "feed derby", "give dottie a ring",
     "lock the coachhouse"},
    {"feed derby", "biscuits for the terrier", "feed the terrier"},
    {"ring ryder", "call the old jockey", "ring the old jockey", "phone ryder"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the tabby" where the tabby is Heron). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"heron", "paddle", "ada", "blair", "dollie", "dollie's", "dickie", "dickie's",
         "punty", "cobalt", "garnet", "brandi", "cadi", "cadi's", "kittie", "kittie's",
         "derby", "chaff", "ryder", "ryder's", "jenni", "toddie", "toddie's", "dottie",
         "dottie's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a snake, a loud noise, a sack truck, a bow tie
    "ada": ("adder",), "blair": ("blare",), "dollie": ("dolly",), "dollie's": ("dolly's",),
    "dickie": ("dicky",), "dickie's": ("dicky's",),
    # written as a spirit, a tea tin, a shared fund
    "brandi": ("brandy",), "cadi": ("caddy",), "cadi's": ("caddy's",),
    "kittie": ("kitty",), "kittie's": ("kitty's",),
    # written as a horse's rider, a she-donkey, a hot drink, daft
    "ryder": ("rider",), "ryder's": ("rider's",), "jenni": ("jenny",),
    "toddie": ("toddy",), "toddie's": ("toddy's",),
    "dottie": ("dotty",), "dottie's": ("dotty's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "ada" and "adder", "blair" and "blare" (as a southern
English speaker says them), "dollie" and "dolly", "dickie" and "dicky", "brandi" and
"brandy", "cadi" and "caddy", "kittie" and "kitty", "ryder" and "rider", "jenni" and
"jenny", "toddie" and "toddy", "dottie" and "dotty" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "pilchards": ("whitebait",), "tabby": ("puppy",), "brush": ("bathe",),
    "lock": ("bolt",), "keeper": ("inspector",), "text": ("email",), "waders": ("wellies",),
    "porch": ("shed",), "chandlery": ("post office",), "tea": ("breakfast",),
    "boat": ("canoe",), "club": ("yard",), "mooring": ("winter",), "fees": ("permits",),
    "licences": ("stickers",), "padlock": ("cabin",), "keys": ("passes",),
    "backpump": ("floodgate",), "weir": ("basin",), "pumphouse": ("boathouse",),
    "fan": ("vent",), "shoo": ("chase",), "heron": ("geese",), "grease": ("check",),
    "paddle": ("balance",), "gear": ("beam",), "adder": ("rats",), "sluice": ("bridge",),
    "mute": ("check",), "blare": ("hum",), "flood": ("fire",), "alarm": ("siren",),
    "load": ("empty",), "sack": ("garden",), "dolly": ("trolley",), "iron": ("fold",),
    "dicky": ("silk",), "bow": ("tie",), "boats": ("barges",), "through": ("moored",),
    "coal": ("fuel",), "arrived": ("left",), "fishing": ("rowing",), "brass": ("jazz",),
    "band": ("choir",), "paint": ("oil",), "tar": ("scrub",), "gates": ("beams",),
    "count": ("stack",), "tally": ("sort",), "ropes": ("pins",), "red": ("white",),
    "diesel": ("paraffin",), "stoppage": ("inspection",), "rake": ("skim",),
    "duckweed": ("leaves",), "file": ("check",), "logbook": ("ledger",),
    "cratch": ("pram",), "cover": ("hood",), "rope": ("rubber",), "fenders": ("buffers",),
    "gathering": ("rally",),
    "mackerel": ("prawns",), "moggy": ("kitten",), "maker": ("buyer",),
    "leotard": ("tracksuit",), "airer": ("radiator",), "craft": ("flower",),
    "fair": ("show",), "pasta": ("soup",), "gallery": ("museum",), "birthday": ("thank you",),
    "card": ("parcel",), "commission": ("opening",), "bead": ("wire",), "order": ("invoice",),
    "lehr": ("furnace",), "annealing": ("glazing",), "hotshop": ("workshop",),
    "vases": ("bowls",), "annealed": ("polished",), "kitty": ("biscuit",), "jar": ("tin",),
    "silica": ("soda ash",), "delivery": ("invoice",), "swimming": ("diving",),
    "karate": ("fencing",), "thread": ("sort",), "garnet": ("amber",), "beads": ("buttons",),
    "mix": ("weigh",), "cobalt": ("copper",), "batch": ("frit",), "clean": ("check",),
    "punty": ("blow",), "rod": ("pipe",), "warm": ("chill",), "brandy": ("wine",),
    "snifters": ("flutes",), "refill": ("empty",), "caddy": ("urn",), "oil": ("wipe",),
    "glass": ("steel",), "jacks": ("shears",), "blowpipes": ("moulds",), "colour": ("clear",),
    "rods": ("sheets",), "batching": ("polishing",), "wipe": ("scrub",), "marver": ("bench",),
    "paperweights": ("tumblers",), "millefiori": ("latticino",), "canes": ("beads",),
    "festival": ("market",),
    "biscuits": ("sausages",), "terrier": ("lurcher",), "jockey": ("trainer",),
    "jodhpurs": ("gloves",), "line": ("hook",), "hay": ("straw",), "weekend": ("christmas",),
    "rota": ("menu",), "racecourse": ("auction",), "treadmill": ("solarium",),
    "equine": ("pony",), "coachhouse": ("hayloft",), "heater": ("radio",),
    "watch": ("record",), "derby": ("oaks",), "bag": ("sweep",), "chaff": ("bedding",),
    "book": ("ring",), "work": ("jump",), "rider": ("jockey",), "grey": ("chestnut",),
    "groom": ("clip",), "jenny": ("old",), "donkey": ("pony",), "make": ("fetch",),
    "hot": ("cold",), "toddy": ("chocolate",), "calm": ("catch",), "dotty": ("grumpy",),
    "mare": ("gelding",), "haynets": ("buckets",), "filled": ("hung",),
    "farrier": ("vet",), "shod": ("seen",), "pony": ("riding",), "darts": ("bingo",),
    "soap": ("dust",), "saddles": ("bridles",), "horseshoes": ("stirrups",),
    "nuts": ("cubes",), "raceday": ("showday",), "morning": ("evening",),
    "turn": ("cover",), "muckheap": ("compost",), "renew": ("cancel",),
    "riding": ("driving",), "licence": ("insurance",), "stable": ("travel",),
    "rugs": ("boots",), "fly": ("sun",), "masks": ("sheets",), "point": ("county",),
    "lockkeeper": ("ferryman",), "bars": ("sticks",), "hooks": ("poles",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("hot chocolate",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "vacuum": ("mop",),
    "yoga": ("pilates",), "hallway": ("landing",),
    "fireplace": ("log burner",), "office": ("den",),
    "sunset": ("dusk",), "bedside": ("desk",), "laundry": ("mending",),
    "baby": ("toddler",), "homework": ("revision",), "washing": ("drying",),
    "bedroom": ("nursery",), "podcast": ("audiobook",), "story": ("lullaby",),
    "pool": ("pond",), "spa": ("beauty",),
    "study": ("sewing",), "focus": ("concentration",), "relax": ("unwind",),
    "vacation": ("half term",), "news": ("weather",), "guests": ("in-laws",),
    "quiet": ("noisy",),
    "reading": ("knitting",), "evening": ("suppertime",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("dickie's
fishing at twenty past five" for "dickie's fishing at four", "feed the puppy"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_RHYME = [
    ("goosey goosey gander", "whither shall i wander"),
    ("humpty dumpty", "the king's men"),
    ("georgie porgie", "porgie pies"),
    ("willie winkie", "in his nightgown"),
    ("doctor foster", "gloucester bound"),
    ("mary mary", "contrary mary"),
    ("muffet, muffet", "muffet's tuffet"),
    ("dilly dilly", "lavender's for me"),
]
_JUDO = [
    "hajime", "ippon", "osaekomi", "toketa", "sonomama",
    "hajime, hajime", "yoshi", "shido",
]
_PIGS = [
    "sooey sooey sooey", "suuu-eee, my porkers", "here, piglets",
    "suey suey, saddlebacks", "grunt grunt, sows", "grunters, grunters",
    "piggywig, piggywig", "tamworths, tamworths, sooey",
]
_TUG = [
    "take the strain", "heave", "hunker, pullers", "strain, team, strain",
    "pull, pullers, pull", "hunker and heave", "planted, team", "taut, taut, now",
]
_BOULES = [
    "you're pointing", "nudged the cochonnet", "the jack's buried", "mine's nearer",
    "a carreau, get in", "which is closest", "the cochonnet's moved",
    "boule's in the lavender",
]

WRAPPERS: dict[str, list[str]] = {
    "a nursery rhyme sung to the baby, said first": [
        f"{a}, {b}. {{}}" for a, b in _RHYME[:6]
    ] + [f"{_RHYME[6][0]}, {_RHYME[6][1]}, then {{}}",
         f"{_RHYME[7][0]}, {_RHYME[7][1]}, oh and {{}}"],
    "a judo referee's call on the telly, said first": [
        f"{_JUDO[0]}! {{}}", f"{_JUDO[1]}! {{}}", f"{_JUDO[2]}. {{}}",
        f"{_JUDO[3]}! {{}}", f"{_JUDO[4]}. {{}}", f"{_JUDO[5]}! {{}}",
        f"{_JUDO[6]}, then {{}}", f"{_JUDO[7]}, oh and {{}}",
    ],
    "calling the pigs in for their swill, said first": [
        f"{_PIGS[0]}! {{}}", f"{_PIGS[1]}. {{}}", f"{_PIGS[2]}! {{}}",
        f"{_PIGS[3]}. {{}}", f"{_PIGS[4]}! {{}}", f"{_PIGS[5]}. {{}}",
        f"{_PIGS[6]}, then {{}}", f"{_PIGS[7]}, oh and {{}}",
    ],
    "a tug of war coach at the show, said first": [
        f"{_TUG[0]}! {{}}", f"{_TUG[1]}! {{}}", f"{_TUG[2]}! {{}}",
        f"{_TUG[3]}. {{}}", f"{_TUG[4]}. {{}}", f"{_TUG[5]}! {{}}",
        f"{_TUG[6]}, then {{}}", f"{_TUG[7]}, oh and {{}}",
    ],
    "a speedway commentator on the telly, said after": [
        "{}, the tapes are up", "{}, shale spraying at the apex",
        "{}, broadsiding round the leader", "{}, he's gated brilliantly",
        "{}, a swoop on the lap", "{}, the bike's spluttering",
        "{} and, a tapes exclusion", "{} so, the heat's rerun",
    ],
    "a volleyball commentator on the telly, said after": [
        "{}, a spike, untouched", "{}, the libero digs it", "{}, the setter dumps it",
        "{}, a floater, unreturned", "{}, a spike at the antennae",
        "{}, the hitter tools it", "{} and, a pancake",
        "{} so, the setter's overpass",
    ],
    "a remark on an old aircraft flying over, said after": [
        "{}, ooh, a biplane", "{}, see, a spitfire",
        "{}, that blimp's enormous", "{}, a microlight droning",
        "{}, an airship, lummy", "{}, the glider's circling",
        "{} and, a lancaster rumbling", "{} so, the chopper's hovering",
    ],
    "a game of boules on the lawn, said after": [
        f"{{}}, {d}" for d in _BOULES[:6]
    ] + [f"{{}} and, {_BOULES[6]}", f"{{}} so, {_BOULES[7]}"],
    "between a tug of war coach's shout and a boules call": [
        f"{s}! {{}}, {d}" for s, d in zip(_TUG[:3], _BOULES[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_TUG[3:5], _BOULES[3:5], strict=True)]
      + [f"{_TUG[5]}! {{}}, {_BOULES[5]}",
         f"{_TUG[6]}. {{}} and, {_BOULES[6]}",
         f"{_TUG[7]}. {{}} so, {_BOULES[7]}"],
    "in the middle of a nursery rhyme sung to the baby": [
        f"{a}, {{}}, {b}" for a, b in _RHYME[:6]
    ] + [f"{_RHYME[6][0]}, {{}} and, {_RHYME[6][1]}",
         f"{_RHYME[7][0]}, {{}} so, {_RHYME[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYFIFTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("annealed",
"filled", "shod"): a commentator's line or a call on the lawn said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds", "derby"}
"""Requests anything said on the telly could bear on (the telly itself, its sound, a
race on it)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids", "play", "band", "brass",
            "mute", "blare", "alarm"}
"""Requests anything sung, called or shouted could bear on (its sound, music)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"fishing", "band", "swimming", "karate", "pony", "club", "darts", "raceday",
          "derby", "point", "racecourse", "festival", "gathering"}
_NURSERY = _SPEAKER | _SPORT | {"baby", "dollie", "dickie", "cadi", "kittie", "toddie",
                                "dollie's", "dickie's", "cadi's", "kittie's", "toddie's",
                                "tea", "pasta", "count", "tally", "tabby", "moggy",
                                "terrier", "donkey", "mare", "upstairs", "stairs"}
"""Requests a nursery rhyme sung to the baby could bear on (the children, their clubs
and meals, a count, animals)."""
_REFEREE = _TELLY | _ASKED | _SPORT | {*_NUMBERS}
"""Requests a judo referee's call could bear on (the telly, a bout, an answer)."""
_STY = {"quiet", "loud", "noise", "sounds", "feed", "pilchards", "mackerel", "biscuits",
        "tabby", "moggy", "terrier", "heron", "paddle", "punty", "cobalt", "derby", "chaff",
        "brush", "garden", "hay", "haynets", "nuts", "pony", "donkey", "jenny", "mare",
        "grey", "groom", "calm", "muckheap", "shoo", "adder", "duckweed", "count", "tally"}
"""Requests calling the pigs in could bear on (animals and their food, the yard)."""
_ROPE = _TELLY | _CALLED | _ASKED | {"rope", "ropes", "mooring", "load", "sack", "dolly",
                                     "lift", "keys", "lock", "unlock", "gates", "pony",
                                     "karate", "darts", "turn", "bag"}
"""Requests a tug of war coach's shout could bear on (the telly, a rope, pulling and
lifting, a halt)."""
_TRACK = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "diesel",
                                                "oil", "grease", "fan", "treadmill",
                                                "backpump", "lehr", "horseshoes"}
"""Requests a speedway commentary could bear on (the telly, a race, a machine)."""
_COURT = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "block",
                                                "rake", "duckweed", "iron", "bow"}
"""Requests a volleyball commentary could bear on (the telly, a score, a sport)."""
_SKY = _SAID_TO | _ASKED | {"lift", "racecourse", "gathering", "festival", "point",
                            "flood", "alarm", "blare", "mute", "heron", "shoo", "day",
                            "stoppage", "morning", "raceday", "derby", "watch", "fan",
                            "light", "diesel", "quiet", "loud", "noise"}
"""Requests a remark on an old aircraft flying over could bear on (the sky and what is
out in it, a day out, a noise)."""
_LAWN = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "measure", "jacks", "beads",
                             "paperweights", "horseshoes", "book", "logbook", "keys",
                             "lock", "jar", "kitty", "rake", "turn"}
"""Requests a boules game could bear on (a count, a throw, the balls, a score)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a nursery rhyme bears on the children, their clubs and meals, a count and pets)
    **{rhyme: _NURSERY for rhyme in ("goosey", "humpty", "porgie", "winkie", "foster",
                                     "contrary", "tuffet", "lavender's")},
    # (a judo referee's call bears on the telly and the bout)
    **{call: _REFEREE for call in ("hajime", "ippon", "osaekomi", "toketa", "sonomama",
                                   "yoshi", "shido")},
    # (calling the pigs bears on animals, their food and the yard)
    **{pig: _STY for pig in ("sooey", "porkers", "piglets", "saddlebacks", "sows",
                             "grunters", "piggywig", "tamworths")},
    # (a tug of war coach's shout bears on the telly, a rope and pulling)
    **{shout: _ROPE for shout in ("strain", "heave", "hunker", "pullers", "planted",
                                  "taut")},
    # (a commentator's line, a remark on an aircraft or a call on the lawn after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{lap: _TRACK for lap in ("tapes", "shale", "broadsiding", "gated", "swoop",
                               "bike's", "exclusion", "heat's")},
    **{rally: _COURT for rally in ("spike", "libero", "setter", "floater", "antennae",
                                   "hitter", "pancake", "setter's")},
    **{plane: _SKY for plane in ("biplane", "spitfire", "blimp's", "microlight",
                                 "airship", "glider's", "lancaster", "chopper's")},
    **{boule: _LAWN for boule in ("pointing", "cochonnet", "jack's", "nearer", "carreau",
                                  "closest", "cochonnet's", "boule's")},
}
"""Clauses that would bear on a phrase with one of these words ("give dollie a ring"
beside a tug of war coach's shout may be the telly's; "dickie's fishing at four" before a
remark on an aircraft may be about a day out): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "goosey goosey gander, whither shall i wander. {}", "{}, the tapes are up",
    "hajime! {}", "{}, a spike, untouched",
    "sooey sooey sooey! {}", "{}, ooh, a biplane",
    "take the strain! {}", "{}, you're pointing",
    "humpty dumpty, the king's men. {}", "{}, the hitter tools it",
    "strain, team, strain. {}", "{} so, the setter's overpass",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "here, piglets! {}", "{}, a microlight droning",
    "osaekomi! {}", "{}, the libero digs it",
    "heave! {}", "{}, mine's nearer",
    "georgie porgie, porgie pies. {}", "{}, he's gated brilliantly",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("take the strain"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("narrowboat", "tankard", "bargee",
"dame") are never a wrapper's, so they stay."""
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
    "back", "top", "fancy", "first", "everybody", "into", "those", "they're", "which",
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
none is a word of a pool phrase, tests/test_resolver_fortyfifth_data.py none of an
out-of-scope template)."""


FORTYFIFTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("pumphouse", "pump house"), ("backpump", "back pump"), ("duckweed", "duck weed"),
    ("chandlery", "chandlry"), ("stoppage", "stoppidge"), ("pilchards", "pilchers"),
    ("logbook", "log book"), ("padlock", "pad lock"), ("licences", "licenses"),
    ("diesel", "deisel"),
    ("hotshop", "hot shop"), ("blowpipes", "blow pipes"),
    ("paperweights", "paper weights"), ("millefiori", "millefiore"), ("annealed", "anealed"),
    ("annealing", "anealing"), ("snifters", "sniffters"), ("leotard", "leotad"),
    ("batching", "batchin"),
    ("coachhouse", "coach house"), ("muckheap", "muck heap"), ("haynets", "hay nets"),
    ("raceday", "race day"), ("racecourse", "race course"), ("horseshoes", "horse shoes"),
    ("treadmill", "tread mill"), ("jodhpurs", "jodpers"), ("farrier", "ferrier"),
    ("equine", "equin"),
]
"""The forty-fifth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("weir backpump", "weirbackpump"), ("mooring ropes", "mooringropes"),
         ("lock gates", "lockgates"), ("boat club", "boatclub"),
         ("mooring fees", "mooringfees"), ("boat licences", "boatlicences"),
         ("padlock keys", "padlockkeys"), ("red diesel", "reddiesel"),
         ("lock logbook", "locklogbook"), ("cratch cover", "cratchcover"),
         ("rope fenders", "ropefenders"), ("stoppage day", "stoppageday"),
         ("paddle gear", "paddlegear"), ("sack dolly", "sackdolly"),
         ("annealing lehr", "annealinglehr"), ("glass jacks", "glassjacks"),
         ("colour bars", "colourbars"), ("craft fair", "craftfair"),
         ("batching day", "batchingday"), ("millefiori canes", "millefioricanes"),
         ("punty rod", "puntyrod"), ("tea caddy", "teacaddy"), ("kitty jar", "kittyjar"),
         ("cobalt batch", "cobaltbatch"), ("bead order", "beadorder"),
         ("equine treadmill", "equinetreadmill"), ("pony nuts", "ponynuts"),
         ("stable rugs", "stablerugs"), ("fly masks", "flymasks"),
         ("hay delivery", "haydelivery"), ("weekend rota", "weekendrota"),
         ("pony club", "ponyclub"), ("work rider", "workrider"),
         ("jenny donkey", "jennydonkey"), ("raceday morning", "racedaymorning")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"pumphouse": "pump-house", "hotshop": "hot-shop", "coachhouse": "coach-house",
             "backpump": "back-pump", "muckheap": "muck-heap", "licences": "licenses"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortyfifth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "embroider a {w} onto a hankie", "what's {w} in cornish, more or less",
        "sketch a {w} on the fogged mirror", "are {w} dearer at the garden centre",
        "track down a vintage {w} on the auction site",
        "how tall is a {w} in centimetres",
        "rattle off a cheeky rhyme about a {w}", "say {w} in dutch, slowly",
    ],
    "routine command": [
        "strike {p} off your memory for keeps", "explain to me what {p} involves",
        "cook up a catchier label for {p}", "replicate {p} for granny's annexe",
        "confine {p} to polling days", "chime softly whenever {p} begins",
        "who keeps tinkering with {p}", "might {p} be a touch softer",
    ],
    "word order": [
        "{b} ahead of {a}, upside down", "{b} knocks spots off {a}, fair and square",
        "swap {a} and {b} round, cheers", "never mind the {a}, triple the {b}",
        "{a} after {b}, or possibly not", "a bucketful of {b}, a dash of {a}",
    ],
    "negation": [
        "leave {p} alone tonight, duck", "i'd rather you didn't {p} while grandad naps",
        "under no circumstances {p}, petal", "don't begin {p} while i'm at the dentist's",
        "nope, shelve {p} for a bit", "whoa there, no {p} before brunch",
    ],
    "cancellation": [
        "shelve {p} till the cousins from leeds have left",
        "{p} can hang on till the plasterer's done",
        "drop {p} for the fortnight of the panto", "hold off {p} until the scaffolders go",
        "we'll miss {p} over the may bank holiday", "put {p} on ice until shrove tuesday",
    ],
    "state question": [
        "is {p} in progress at this very moment", "is {p} partway done or finished",
        "did {p} go smoothly before tea", "has {p} conked out or is it carrying on",
        "has anyone sorted {p} since elevenses", "did {p} happen the friday before last",
    ],
    "past or story": [
        "the year the pipes burst {p} packed up too",
        "during the heatwave {p} went bonkers",
        "my great aunt swore by {p} every michaelmas",
        "at the golden wedding {p} ran on past midnight",
        "that entire spring {p} was on the fritz",
        "when we rented in scarborough we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the milkman mumbled {p} at the gate", "a street singer by the market warbled {p}",
        "my stepmum ends every voicemail with {p}",
        "a lad on the bus murmured {p}",
        "the lollipop lady outside the juniors bellowed {p}",
        "our plumber hums {p} while he bleeds the pipes",
    ],
    "contrast": [
        "{p} is only for when my brother brings the triplets down from carlisle",
        "we only {p} when uncle visits from penzance",
        "{p} is a twice-a-year thing in this house", "{p} is strictly a new year's tradition",
        "we only {p} when the duck race is on",
        "{p} is kept for when the bishop calls",
    ],
    "hypothetical": [
        "suppose i wrote you a ballad begging you to {p}",
        "if i ever took a shine to {p}, could you handle it",
        "strictly hypothetically, might you {p}",
        "if {p} kicked in at three in the morning would the neighbours moan",
        "picture {p} starting up in a thunderstorm",
        "what would you do if the postie's nan asked you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since breakfast",
        "{p} let us down again at the christening",
        "{p} has been useless since the joiner came",
        "i'm fed up to the back teeth of {p} since easter",
        "{p} is a proper nuisance lately", "{p} keeps petering out midway",
    ],
    "opinion": [
        "{p} is the business, honest to god", "i'm chuffed to bits with {p}, to be fair",
        "{p} is a lifeline, swear on my nan",
        "{p} has made soggy tuesdays bearable",
        "{p} is the cleverest gizmo in the village", "{p} is first rate, no joke",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from zumba",
        "pester me about {p} after the match",
        "make sure i don't forget to {p} on saturday night",
        "nudge me to {p} later this evening",
        "stick {p} on monday's list", "give me a poke about {p} in the interval",
    ],
    "permission question": [
        "is my stepbrother's fiancee allowed to {p}",
        "is the window cleaner's son permitted to {p}",
        "would the electrician be allowed to {p} unsupervised",
        "is my great nephew allowed to {p} when he stops over",
        "can the lodger's boyfriend {p} without checking",
        "is the paperboy allowed to {p}",
    ],
    # the forty-fifth's own
    "a narrowboat named it": [
        "the narrowboat moored by the bridge is called {p}",
        "grandpa's old narrowboat was named {p}",
        "{p} is the narrowboat with the roses painted on",
        "they bought a narrowboat and named it {p}",
        "there's a narrowboat in the marina named {p}",
        "who'd call a narrowboat {p}",
    ],
    "a shire horse named it": [
        "the shire horse at the city farm is called {p}",
        "we sponsor a shire horse named {p}",
        "{p} is the shire horse that pulls the dray",
        "my cousin owned a shire horse called {p}",
        "there's a shire horse at the sanctuary named {p}",
        "why would you name a shire horse {p}",
    ],
    "a village inn named it": [
        "the inn by the canal is called {p}",
        "they renamed the old coaching inn {p}",
        "{p} is the name of the inn in the next village",
        "the inn where my parents met was called {p}",
        "there's an inn in the dales named {p}",
        "who names an inn {p}",
    ],
    "etched on a glass tankard": [
        "{p} is etched on the glass tankard grandad won",
        "someone etched {p} on a glass tankard",
        "the glass tankard behind the bar has {p} etched on it",
        "they etched {p} on every glass tankard for the reunion",
        "there's a glass tankard in the cabinet with {p} etched round it",
        "why etch {p} on a glass tankard",
    ],
    "branded on a beer barrel": [
        "the brewery branded {p} on the beer barrel",
        "every beer barrel in the cellar has {p} branded on the lid",
        "{p} is branded into that oak beer barrel",
        "my uncle branded {p} onto a beer barrel for a laugh",
        "there's a beer barrel at the fete with {p} branded on it",
        "who'd brand {p} on a beer barrel",
    ],
    "a bargee's yarn about it": [
        "the old bargee swears {p} once sank a barge",
        "a bargee at the lock spins a yarn about {p} and a pike",
        "{p} crops up in every yarn the bargee spins",
        "the bargee's yarn had {p} haunting the tunnel",
        "there's a bargee in the snug with a yarn about {p}",
        "did you swallow the bargee's yarn about {p}",
    ],
    "a question to the vet about it": [
        "excuse me, vet, is {p} safe for rabbits",
        "we asked the vet whether {p} was normal",
        "the vet got asked what {p} meant",
        "can the vet tell us if {p} is harmful",
        "i'll ask the vet about {p} at the check-up",
        "is {p} something the vet would know about",
    ],
    "a teenager refusing to say it": [
        "i'm not saying {p}, it's cringe",
        "my daughter flatly refuses to say {p}",
        "{p}? i'm not saying that, mum",
        "he won't say {p} in front of his mates",
        "no way am i saying {p} out loud",
        "she refuses to say {p}, even for a fiver",
    ],
    "a pantomime dame's catchphrase": [
        "the pantomime dame kept shrieking {p}",
        "{p} was the pantomime dame's catchphrase",
        "every time the pantomime dame came on she yelled {p}",
        "the pantomime dame's catchphrase this year is {p}",
        "there's a pantomime dame at the civic hall whose catchphrase is {p}",
        "why is {p} the pantomime dame's catchphrase",
    ],
    "an untaught request joined to it by then": [
        "{p} then bleed the radiators",
        "{p} then reset the router",
        "descale the iron then {p}",
        "{p} then pay the window cleaner",
        "clear the gutters then {p}",
        "{p} then polish my brogues",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} pasta machine", "{} brioche tin", "{} jam thermometer", "{} fish kettle",
    "{} egg slicer", "{} kumquat zester", "{} pestle and mortar", "{} quail egg scissors",
    "{} ravioli stamp", "{} mandoline",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
