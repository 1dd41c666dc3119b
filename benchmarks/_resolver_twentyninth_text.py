"""The words of the twenty-ninth held-out resolver set
(benchmarks/_resolver_twentyninth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a cheesemaker's creamery
cottage, where Basil makes cheese, with his wife Faith, their son Reed, their daughter
Poppy, a goat Crumble and Lance who drives the cheese van (seed 290); a puppeteer's loft
over a toy shop, where Rich makes and works puppets, with his wife Sue, their daughter
Summer, their son Chase, a rabbit Fidget and Patience who runs the shop below (291); and
a farrier's forge cottage, where Hunter shoes horses, with his wife Brook, their
daughter Sandy, their son Art, a pony Conker and Norm his apprentice (292). Its people
and pets are named with common words or with words that sound like others ("ring
rich", "message faith", "feed crumble", "tell art his dinner's on the table", "reed"
as "read", "sue" as "sew", "conker" as "conquer", "patience" as "patients"). Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("faith's choir at eight" beside "faith's choir at seven",
"fume extractor off" beside "fume extractor on"), are never taught there. Phrases come
in every shape: one word ("pasteurising", "rehearsing", "shoeing"), two nouns ("whey
bucket", "hoof oil"), nested ("curd mill on" inside "dairy curd mill on", "fume
extractor on" inside "paint booth fume extractor on", "forge blower on" inside "mobile
forge blower on"), words shared across phrases ("how cold is the maturing cave" and
"lock the cold room", "pony club at ten" and "oats for the pony"), numbers and times
("drama club at four", "sandy's archery at eleven"), places ("parlour heater on", "loft
heater on"), verbs first ("restring the marionette") and nouns first ("hay for the
goat"), questions ("is the brine salty enough", "how icy is the yard"), and a chore
of several clauses ("i'm off to the horse fair so feed conker and ring norm and lock
the tack room").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("reid" for "reed", "sioux" for "sue", "conquer" for "conker", "patients" for
"patience"): the same person, so "ring patients" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a delivery driver at the door first ("package for you,
just a squiggle with the stylus. X"), a self-checkout voice first ("unexpected object
in the bagging area. X"), a lift announcement first ("elevator arriving, lower ground
floor. X"), an airline safety video first ("in the unlikely event of a ditching,
lifejackets are under your seat. X"), a podcast host reading an advert after ("X, use
promo code chatter at checkout"), a weather forecast on the radio after ("X, scattered
downpours spreading eastwards"), a courtroom drama on the telly after ("X, objection,
your honour"), a museum audio guide after ("X, this tapestry is from the tudor era");
the phrase between a self-checkout voice and a podcast advert, and the phrase said in
the middle of an airline safety video, which goes on after it ("should the cabin lose
pressure, X, oxygen will flow from the panel overhead"). Some are joined with "and",
"so", "then" or "oh and". No word of a clause but its function words is a word of this
set's pools or the generic pool, and its distinctive words are no earlier set's
wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: quoting it while complaining about the assistant,
writing it on the shopping list by mistake, a counterfactual about the past, asking
about someone else's home, wanting it in the next house after a move, a riddle with it
as the answer, an argument about it at dinner, a tattoo of it, a bet about it, and a
family vote on it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {290: "cheesemaker's creamery cottage",
                         291: "puppeteer's loft over a toy shop",
                         292: "farrier's forge cottage"}

TWENTYNINTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "cheesemaker's creamery cottage": {
        "Crumble": ["feed crumble", "hay for the goat"],
        "Crumble light": ["crumble's stall light on"],
        "Basil": ["ring basil", "call the cheesemaker"],
        "Faith": ["message faith", "text faith"],
        "Faith and Poppy": ["message faith and poppy"],
        "Reed": ["tell reed his taxi is waiting"],
        "Lance": ["text lance about the stilton round"],
        "Lance ring": ["ring lance", "phone lance"],
        "Curd mill": ["curd mill on"],
        "Dairy curd mill": ["dairy curd mill on"],
        "Vat stirrer": ["vat stirrer on"],
        "Rennet": ["has the rennet arrived"],
        "Brine": ["is the brine salty enough"],
        "Maturing cave": ["how cold is the maturing cave"],
        "Choir": ["faith's choir at seven"],
        "Swimming": ["poppy's swimming at six"],
        "Cheese harp": ["where's my cheese harp"],
        "Cheese wax": ["melt the cheese wax"],
        "Muslin": ["order more muslin cloths"],
        "Cheddar wheels": ["turn the cheddar wheels"],
        "Pasteurising": ["pasteurising"],
        "Truckles": ["count the truckles"],
        "Cold room": ["lock the cold room"],
        "Farm shop": ["invoice the farm shop"],
        "Cheese moulds": ["scrub the cheese moulds"],
        "Parlour heater": ["parlour heater on"],
        "Whey bucket": ["whey bucket"],
        "Cheese slate": ["cheese slate"],
        # long
        "County show": ["i'm off to the county show so feed crumble and ring lance and lock "
                        "the cold room"],
    },
    "puppeteer's loft over a toy shop": {
        "Fidget": ["feed fidget", "kale for the rabbit"],
        "Fidget coat": ["brush fidget's coat"],
        "Rich": ["ring rich", "call the puppeteer"],
        "Sue": ["message sue", "text sue"],
        "Sue and Summer": ["message sue and summer"],
        "Chase": ["tell chase his friends are downstairs"],
        "Patience": ["text patience about the marionette commission"],
        "Patience ring": ["ring patience", "phone patience"],
        "Fume extractor": ["fume extractor on"],
        "Paint booth extractor": ["paint booth fume extractor on"],
        "Footlights": ["footlights on"],
        "Strings": ["are the new strings tangled"],
        "Foam latex": ["has the foam latex come"],
        "Tickets": ["how many tickets are sold"],
        "Drama club": ["drama club at four"],
        "Ballet": ["summer's ballet at five"],
        "Pinking shears": ["where are my pinking shears"],
        "Marionette": ["restring the marionette"],
        "Felt squares": ["order more felt squares"],
        "Puppet rehearsal": ["film the puppet rehearsal"],
        "Rehearsing": ["rehearsing"],
        "Googly eyes": ["count the googly eyes"],
        "Stockroom": ["lock the stockroom"],
        "Toy supplier": ["pay the toy supplier"],
        "Puppet costumes": ["iron the puppet costumes"],
        "Loft heater": ["loft heater on"],
        "Sock puppets": ["sock puppets"],
        "Stage trapdoor": ["stage trapdoor"],
        # long
        "Puppet festival": ["i'm off to the puppet festival so feed fidget and ring patience "
                            "and lock the stockroom"],
    },
    "farrier's forge cottage": {
        "Conker": ["feed conker", "oats for the pony"],
        "Conker rug": ["put conker's rug on"],
        "Hunter": ["ring hunter", "call the farrier"],
        "Brook": ["message brook", "text brook"],
        "Brook and Sandy": ["message brook and sandy"],
        "Art": ["tell art his dinner's on the table"],
        "Norm": ["text norm about the livery yard visit"],
        "Norm ring": ["ring norm", "phone norm"],
        "Forge blower": ["forge blower on"],
        "Mobile forge blower": ["mobile forge blower on"],
        "Gas forge": ["gas forge on"],
        "Anvil": ["is the anvil stand level"],
        "Horseshoe blanks": ["have the horseshoe blanks arrived"],
        "Icy yard": ["how icy is the yard"],
        "Pony club": ["pony club at ten"],
        "Archery": ["sandy's archery at eleven"],
        "Hoof rasp": ["where's my hoof rasp"],
        "Horseshoe nails": ["sort the horseshoe nails"],
        "Leather apron": ["order a new leather apron"],
        "Cracked hoof": ["measure the cracked hoof"],
        "Shoeing": ["shoeing"],
        "Forge tongs": ["count the forge tongs"],
        "Tack room": ["lock the tack room"],
        "Livery yard": ["bill the livery yard"],
        "Quench tub": ["top up the quench tub"],
        "Stable heater": ["stable heater on"],
        "Hoof oil": ["hoof oil"],
        "Yard floodlight": ["yard floodlight"],
        # long
        "Horse fair": ["i'm off to the horse fair so feed conker and ring norm and lock the "
                       "tack room"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "cheesemaker's creamery cottage": {
        "Choir eight": ["faith's choir at eight"],
        "Swimming seven": ["poppy's swimming at seven"],
        "Curd mill off": ["curd mill off"],
        "Dairy curd mill off": ["dairy curd mill off"],
        "Vat stirrer off": ["vat stirrer off"],
        "Unlock cold room": ["unlock the cold room"],
        "Lance brie": ["text lance about the brie round"],
        "Crumble light off": ["crumble's stall light off"],
        "Sealing wax": ["melt the sealing wax"],
        "Muslin bags": ["order more muslin bags"],
        "Gouda wheels": ["turn the gouda wheels"],
        "Parlour heater off": ["parlour heater off"],
    },
    "puppeteer's loft over a toy shop": {
        "Drama club five": ["drama club at five"],
        "Ballet six": ["summer's ballet at six"],
        "Fume extractor off": ["fume extractor off"],
        "Paint booth extractor off": ["paint booth fume extractor off"],
        "Footlights off": ["footlights off"],
        "Unlock stockroom": ["unlock the stockroom"],
        "Patience invoice": ["text patience about the marionette invoice"],
        "Puppet capes": ["iron the puppet capes"],
        "Felt sheets": ["order more felt sheets"],
        "Button eyes": ["count the button eyes"],
        "Puppet parade": ["film the puppet parade"],
        "Loft heater off": ["loft heater off"],
    },
    "farrier's forge cottage": {
        "Pony club nine": ["pony club at nine"],
        "Archery ten": ["sandy's archery at ten"],
        "Forge blower off": ["forge blower off"],
        "Mobile forge blower off": ["mobile forge blower off"],
        "Gas forge off": ["gas forge off"],
        "Unlock tack room": ["unlock the tack room"],
        "Norm riding school": ["text norm about the riding school visit"],
        "Conker fly mask": ["put conker's fly mask on"],
        "Frost nails": ["sort the frost nails"],
        "Leather gloves": ["order a new leather glove"],
        "Split hoof": ["measure the split hoof"],
        "Stable heater off": ["stable heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the cheesemaker's cottage
    {"i'm off to the county show so feed crumble and ring lance and lock the cold room",
     "i'm leaving", "goodbye house", "feed crumble", "ring lance", "lock the cold room"},
    {"feed crumble", "hay for the goat", "feed the goat"},
    {"ring basil", "call the cheesemaker", "ring the cheesemaker"},
    # the puppeteer's loft
    {"i'm off to the puppet festival so feed fidget and ring patience and lock the stockroom",
     "i'm leaving", "goodbye house", "feed fidget", "ring patience", "lock the stockroom"},
    {"feed fidget", "kale for the rabbit", "feed the rabbit"},
    {"ring rich", "call the puppeteer", "ring the puppeteer"},
    # the farrier's cottage
    {"i'm off to the horse fair so feed conker and ring norm and lock the tack room",
     "i'm leaving", "goodbye house", "feed conker", "ring norm", "lock the tack room"},
    {"feed conker", "oats for the pony", "feed the pony"},
    {"ring hunter", "call the farrier", "ring the farrier"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
goat" where the goat is Crumble). The phrases of one routine ask for the same thing too
(the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"crumble", "crumble's", "basil", "faith", "faith's", "reed", "poppy", "poppy's", "lance",
         "fidget", "fidget's", "rich", "sue", "summer", "summer's", "chase", "patience",
         "conker", "conker's", "hunter", "brook", "sandy", "sandy's", "art", "norm"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "reed": ("reid", "reade"), "sue": ("sioux", "soo"), "conker": ("conquer", "konker"),
    "conker's": ("conquer's",), "patience": ("patients",), "basil": ("bazil",),
    "poppy": ("poppie", "poppi"), "poppy's": ("poppie's", "poppi's"),
    "sandy": ("sandie", "sandi"), "sandy's": ("sandie's", "sandi's"), "brook": ("brooke",),
    "chase": ("chace", "chayse"), "summer": ("sommer",), "summer's": ("sommer's",),
    "faith": ("fayth",), "faith's": ("fayth's",), "lance": ("lanse",),
    "rich": ("ritch",), "hunter": ("hunta",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise ("patients" is how a
recogniser writes the sounds of "patience")."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("half four",), "five": ("quarter past five",), "six": ("half six",),
    "seven": ("quarter to seven",), "ten": ("half ten",), "eleven": ("twenty past eleven",),
    # things and places
    "hay": ("straw",), "goat": ("sheep",), "stall": ("shed",), "cheesemaker": ("butcher",),
    "taxi": ("coach",), "waiting": ("late",), "stilton": ("wensleydale",),
    "round": ("run",), "curd": ("flour",), "mill": ("sieve",), "dairy": ("bakery",),
    "vat": ("churn",), "stirrer": ("paddle",), "rennet": ("starter",), "arrived": ("shipped",),
    "brine": ("gravy",), "salty": ("sweet",), "cold": ("damp",), "maturing": ("drying",),
    "cave": ("barn",), "choir": ("orchestra",), "swimming": ("diving",), "harp": ("slicer",),
    "cheese": ("candle",), "wax": ("chocolate",), "muslin": ("cotton",),
    "cloths": ("nets",), "cheddar": ("parmesan",), "wheels": ("blocks",),
    "pasteurising": ("skimming",), "truckles": ("jars",), "farm": ("corner",),
    "shop": ("cafe",), "moulds": ("ladles",), "parlour": ("scullery",),
    "county": ("village",), "rabbit": ("hamster",), "kale": ("parsley",),
    "coat": ("ears",), "puppeteer": ("juggler",), "friends": ("cousins",),
    "downstairs": ("outside",), "marionette": ("dolls house",),
    "commission": ("refund",), "extractor": ("dehumidifier",), "fume": ("dust",),
    "booth": ("shed",),
    "footlights": ("spotlights",), "strings": ("wires",), "tangled": ("frayed",),
    "foam": ("rubber",), "latex": ("sponge",), "tickets": ("programmes",),
    "sold": ("printed",), "drama": ("chess",), "ballet": ("tap",),
    "pinking": ("kitchen",), "shears": ("tweezers",), "restring": ("repaint",),
    "felt": ("velvet",), "squares": ("rolls",), "puppet": ("magic",),
    "rehearsal": ("matinee",), "rehearsing": ("juggling",), "googly": ("wobbly",),
    "eyes": ("buttons",), "stockroom": ("garden shed",), "toy": ("paint",),
    "supplier": ("wholesaler",), "costumes": ("scarves",), "loft": ("cellar",),
    "festival": ("convention",), "oats": ("apples",), "pony": ("donkey",),
    "rug": ("saddle",), "farrier": ("vet",), "table": ("counter",),
    "livery": ("riding",), "visit": ("meeting",), "blower": ("bellows",),
    "mobile": ("spare",), "gas": ("coal",), "anvil": ("vice",), "stand": ("bench",),
    "level": ("steady",), "horseshoe": ("copper",), "blanks": ("studs",),
    "icy": ("muddy",), "archery": ("fencing",), "hoof": ("wood",), "rasp": ("file",),
    "nails": ("rivets",), "leather": ("canvas",), "apron": ("jacket",),
    "cracked": ("bruised",), "shoeing": ("clipping",), "tongs": ("hammers",),
    "tack": ("feed",), "quench": ("rain",), "tub": ("butt",), "stable": ("hay barn",),
    "horse": ("craft",), "heater": ("dehumidifier",), "whey": ("buttermilk",),
    "bucket": ("jug",), "slate": ("board",), "sock": ("glove",), "puppets": ("dolls",),
    "stage": ("attic",), "trapdoor": ("ladder",), "oil": ("balm",),
    "floodlight": ("gate",),
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
("choir practice at quarter to seven" for "choir practice at seven", "feed the sheep"):
never taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_CHECKOUT = [
    "unexpected object in the bagging area", "approval pending, a supervisor is on their way",
    "remove the object from the bagging area", "scan your loyalty barcode",
    "insert coins or banknotes", "did you bring your own carrier?",
    "take your receipt", "transaction complete",
]
_ADVERT = [
    "use promo code chatter at checkout", "this episode is sponsored by crunchy granola",
    "terms and conditions apply", "mattresses delivered rolled in a carton",
    "subscribers get a complimentary sample", "we'll return after our sponsors",
    "listeners get a discount voucher", "browse our website",
]
_SAFETY = [
    ("in the unlikely event of a ditching", "lifejackets are under your seat"),
    ("should the cabin lose pressure", "oxygen will flow from the panel overhead"),
    ("when the seatbelt symbol is illuminated", "fasten it low and tight"),
    ("for your safety", "smoking is prohibited in the lavatories"),
    ("before takeoff", "stow your laptop securely"),
    ("if you are seated by an emergency hatch", "familiarise yourself with the lever"),
    ("in an evacuation", "belongings must remain behind"),
    ("to adopt the brace posture", "lean forward and grip your ankles"),
]

WRAPPERS: dict[str, list[str]] = {
    "a delivery driver at the door, said first": [
        "package for you, just a squiggle with the stylus. {}",
        "it's with the maisonette opposite. {}",
        "print your surname for the signature. {}",
        "couldn't find the doorbell or knocker. {}",
        "it's dented slightly, sorry. {}",
        "this one's addressed to a previous occupant. {}",
        "there's another in the courier van, then {}",
        "cash on delivery, oh and {}",
    ],
    "a self-checkout voice, said first": [
        f"{c}. {{}}".replace("?.", "?") for c in _CHECKOUT[:6]
    ] + [f"{_CHECKOUT[6]}, then {{}}", f"{_CHECKOUT[7]}, oh and {{}}"],
    "a lift announcement, said first": [
        "elevator arriving, lower ground floor. {}",
        "third floor, haberdashery and menswear. {}",
        "this elevator is temporarily unavailable. {}",
        "maximum capacity exceeded. {}",
        "basement, lockers and cloakroom. {}",
        "mezzanine, restaurant and toilets. {}",
        "ascending, then {}",
        "second floor, perfumery, oh and {}",
    ],
    "an airline safety video, said first": [
        f"{a}, {b}. {{}}" for a, b in _SAFETY[:6]
    ] + [f"{_SAFETY[6][0]}, {_SAFETY[6][1]}, then {{}}",
         f"{_SAFETY[7][0]}, {_SAFETY[7][1]}, oh and {{}}"],
    "a podcast host reading an advert, said after": [
        f"{{}}, {a}" for a in _ADVERT[:6]
    ] + [f"{{}} and, {_ADVERT[6]}", f"{{}} so, {_ADVERT[7]}"],
    "a weather forecast on the radio, said after": [
        "{}, scattered downpours spreading eastwards", "{}, patchy mist lifting gradually",
        "{}, drizzle clearing from the west", "{}, a wintry outlook for most",
        "{}, blustery in exposed coastal spots", "{}, humid and muggy inland",
        "{} and, thunder likely in the south", "{} so, sleet on the hilltops",
    ],
    "a courtroom drama on the telly, said after": [
        "{}, objection, your honour", "{}, sustained, proceed",
        "{}, the courtroom gasps", "{}, the defence rests",
        "{}, bring in the next witness", "{}, members of the jury, retire to deliberate",
        "{} and, the witness is excused", "{} so, the accused is acquitted",
    ],
    "a museum audio guide, said after": [
        "{}, this tapestry is from the tudor era",
        "{}, admire the delicate brushwork",
        "{}, the sarcophagus was discovered in luxor",
        "{}, the sculpture gallery is through the archway",
        "{}, a bronze bust of a medieval abbot",
        "{}, select the amber symbol to learn more",
        "{} and, the mummified falcon is in a cabinet",
        "{} so, the dinosaur skeleton is opposite",
    ],
    "between a self-checkout voice and a podcast advert": [
        f"{c}. {{}}, {a}".replace("?.", "?")
        for c, a in zip(_CHECKOUT[:6], _ADVERT[:6], strict=True)
    ] + [f"{_CHECKOUT[6]}. {{}} and, {_ADVERT[6]}",
         f"{_CHECKOUT[7]}. {{}} so, {_ADVERT[7]}"],
    "in the middle of an airline safety video": [
        f"{a}, {{}}, {b}" for a, b in _SAFETY[:6]
    ] + [f"{_SAFETY[6][0]}, {{}} and, {_SAFETY[6][1]}",
         f"{_SAFETY[7][0]}, {{}} so, {_SAFETY[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in TWENTYNINTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time"}
"""The words only the pools' questions say but their question words ("brine", "anvil",
"tickets"; not "yard", which "bill the livery yard" says too): an advert, a forecast, a
courtroom line or an audio guide said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_DOOR = {"ring", "call", "message", "text", "tell", "lock", "unlock", "door", "doors",
         "porch", "security", "arrived", "come", "order", "invoice", "pay", "bill",
         "waiting", "downstairs", "friends", "taxi", "guests", "coming", "welcome", "home",
         "leaving", "goodbye", "i'm", "away", "front", "garage", "dog", "walk", "walking",
         "stockroom", "feed", "hay", "oats", "kale"}
"""Requests a delivery at the door could be the reason for (ringing someone, an order,
locking or opening up, people arriving, a pet to keep in)."""
_SHOPPING = {"order", "invoice", "pay", "bill", "count", "tickets", "sold", "shop",
             "supplier", "more", "new", "muslin", "felt", "apron", "arrived", "come",
             "blanks", "rennet", "latex", "feed", "hay", "oats", "kale", "coffee", "tea",
             "breakfast", "lunch", "dinner", "dinner's", "cooking"}
"""Requests a shop's checkout could bear on (buying, paying, counting stock, food)."""
_GOING = {"leaving", "goodbye", "i'm", "off", "away", "vacation", "holiday", "home",
          "welcome", "lock", "unlock", "security", "taxi", "waiting", "downstairs",
          "friends", "show", "festival", "fair", "club", "choir", "swimming", "ballet",
          "archery", "loft", "stockroom", "garage", "door", "doors", "walk", "walking",
          "dog", "guests", "coming", "level", "stand", "cold", "room"}
"""Requests a lift could be the reason for (leaving, arriving, locking up, a lift to a
club, a floor of the house)."""
_FLIGHT = {"leaving", "goodbye", "i'm", "off", "away", "vacation", "holiday", "home",
           "welcome", "taxi", "waiting", "show", "festival", "fair", "air", "conditioning",
           "fan", "cool", "breeze", "heat", "heating", "heater", "warm", "sleep",
           "sleeping", "nap", "calm", "meditation", "relax", "fume", "extractor", "blower"}
"""Requests an airline's safety video could bear on (going away, and the cabin's air,
warmth and rest)."""
_SCREEN = {"tv", "television", "watch", "movie", "radio", "news", "podcast", "relax",
           "chill", "cozy", "concert", "loud", "quiet", "noise", "sounds", "music", "film",
           "game", "gaming"}
"""Requests a programme on the telly or a podcast could bear on (the set itself, the
noise)."""
_WEATHER = {"heat", "heating", "heater", "warm", "cool", "cold", "icy", "air",
            "conditioning", "fan", "breeze", "blinds", "sun", "open", "close",
            "sprinklers", "water", "garden", "laundry", "washing", "storm", "walk",
            "walking", "dog", "rug", "fire", "fireplace", "barbecue", "yard", "pool",
            "everything"}
"""Requests a weather forecast could be the reason for (warmth, the garden, a walk,
the yard, a rug on a pony)."""
_SOLD = {"invoice", "order", "pay", "bill", "count", "tickets", "sold", "shop",
         "supplier", "commission", "marionette", "film", "measure", "photograph"}
"""Requests a podcast advert or a museum's exhibits could bear on (buying, paying,
filming or measuring a thing on show)."""
_GUILT = {"lock", "unlock", "security", "arm", "disarm", "alarm", "door", "doors"}
"""Requests a courtroom drama could be the reason for (locking up, the alarm)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a driver at the door brings an order and asks for someone, or for the door shut)
    **{driver: _DOOR for driver in ("package", "maisonette opposite", "surname", "doorbell",
                                    "dented", "previous occupant", "courier van",
                                    "cash on delivery")},
    # (a checkout is shopping: it bears on buying, paying and food)
    **{till: _SHOPPING for till in ("bagging", "approval", "loyalty", "banknotes",
                                    "own carrier", "receipt", "transaction complete")},
    # (a lift is going somewhere: it bears on leaving, arriving and the floors of a house)
    **{lift: _GOING for lift in ("elevator", "haberdashery", "capacity", "basement",
                                 "mezzanine", "ascending", "perfumery")},
    # (a safety video is a flight: it bears on going away and on the cabin)
    **{cabin: _FLIGHT for cabin in ("ditching", "cabin", "seatbelt", "your safety",
                                            "takeoff", "emergency hatch", "evacuation",
                                            "brace posture")},
    # (an advert, a forecast, a courtroom line or an audio guide after a request could be
    # what it is about or the words of a message; said after a question, an answer)
    **{ad: _SCREEN | _SOLD | _SHOPPING | _SAID_TO | _ASKED for ad in _ADVERT},
    **{sky: _WEATHER | _SAID_TO | _ASKED for sky in (
        "downpours", "mist", "drizzle", "wintry", "blustery", "humid", "thunder", "sleet")},
    **{court: _SCREEN | _GUILT | _SAID_TO | _ASKED for court in (
        "objection", "sustained", "courtroom", "defence", "witness", "jury", "acquitted")},
    **{guide: _SCREEN | _SOLD | _SAID_TO | _ASKED for guide in (
        "tapestry", "brushwork", "sarcophagus", "sculpture", "bronze bust", "amber symbol",
        "mummified", "dinosaur")},
}
"""Clauses that would bear on a phrase with one of these words ("ring lance" after a
driver at the door may be ringing about the parcel; "lock the tack room" after a lift
arrives may be because of the arrival): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "unexpected object in the bagging area. {}", "{}, objection, your honour",
    "couldn't find the doorbell or knocker. {}", "{}, scattered downpours spreading eastwards",
    "maximum capacity exceeded. {}", "{}, terms and conditions apply",
    "for your safety, smoking is prohibited in the lavatories. {}",
    "{}, the sculpture gallery is through the archway",
    "mezzanine, restaurant and toilets. {}", "{}, the defence rests",
    "scan your loyalty barcode. {}", "{}, humid and muggy inland",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "it's dented slightly, sorry. {}", "{}, admire the delicate brushwork",
    "insert coins or banknotes. {}", "{}, drizzle clearing from the west",
    "before takeoff, stow your laptop securely. {}", "{}, sustained, proceed",
    "basement, lockers and cloakroom. {}", "{}, listeners get a discount voucher",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("unexpected object in
the bagging area"), struck (longest first) wherever it is said, before single words.
Only whole stretches are struck: the out-of-scope kinds' own words ("riddle", "tattoo",
"vote", "bet") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we", "what", "you", "your",
    "this", "then", "with", "its", "one", "no", "like", "as", "from", "hi", "hey",
    "good", "us", "near", "i've", "there's", "their", "by", "just", "or", "will", "must",
    "should", "when", "our", "more", "under", "behind", "before", "after", "next",
    "second", "third", "get", "own", "we'll", "through", "take", "bring", "another",
    "see", "soon", "sorry", "thank", "yourself",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_twentyninth_data.py none of an
out-of-scope template)."""

TWENTYNINTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("cheesemaker", "cheese maker"), ("stilton", "stilten"), ("rennet", "renet"),
    ("muslin", "muzlin"), ("truckles", "truckels"), ("pasteurising", "pasturising"),
    ("parlour", "parler"), ("marionette", "marrionet"), ("puppeteer", "puppetier"),
    ("footlights", "foot lights"), ("extractor", "extracter"), ("rehearsing", "rehersing"),
    ("stockroom", "stock room"), ("googly", "googley"), ("supplier", "suplier"),
    ("farrier", "ferrier"), ("horseshoe", "horse shoe"), ("livery", "livry"),
    ("archery", "archary"), ("anvil", "anvel"), ("quench", "kwench"),
    ("leather", "lether"), ("blower", "blowa"), ("shoeing", "shooing"),
    ("cheddar", "chedder"), ("stirrer", "stirra"), ("downstairs", "down stairs"),
    ("costumes", "costoomes"), ("tangled", "tangeld"), ("footlights", "footlites"),
]
"""The twenty-ninth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("curd mill", "curdmill"), ("vat stirrer", "vatstirrer"),
         ("cheese harp", "cheeseharp"), ("cheese wax", "cheesewax"),
         ("muslin cloths", "muslincloths"), ("cheddar wheels", "cheddarwheels"),
         ("cold room", "coldroom"), ("farm shop", "farmshop"),
         ("cheese moulds", "cheesemoulds"), ("parlour heater", "parlourheater"),
         ("paint booth", "paintbooth"), ("pinking shears", "pinkingshears"),
         ("felt squares", "feltsquares"), ("puppet rehearsal", "puppetrehearsal"),
         ("googly eyes", "googlyeyes"), ("toy supplier", "toysupplier"),
         ("puppet costumes", "puppetcostumes"), ("loft heater", "loftheater"),
         ("forge blower", "forgeblower"), ("gas forge", "gasforge"),
         ("anvil stand", "anvilstand"), ("horseshoe blanks", "horseshoeblanks"),
         ("pony club", "ponyclub"), ("hoof rasp", "hoofrasp"),
         ("horseshoe nails", "horseshoenails"), ("leather apron", "leatherapron"),
         ("forge tongs", "forgetongs"), ("tack room", "tackroom"),
         ("livery yard", "liveryyard"), ("quench tub", "quenchtub"),
         ("stable heater", "stableheater"), ("drama club", "dramaclub")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"marionette": "marionete", "farrier": "farier", "rennet": "rennit",
             "pasteurising": "pasteurizing", "truckles": "truckels", "parlour": "parlor",
             "extractor": "extracter", "archery": "archerie"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_twentyninth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a tea cosy shaped like a {w}", "what's the latin for {w}",
        "sketch a {w} wearing a bowler hat", "what's a {w} called in welsh",
        "who invented the {w} in the first place", "is a {w} cheaper online or in town",
        "what rhymes with {w} apart from the obvious", "translate {w} into klingon",
    ],
    "routine command": [
        "ditch {p} completely", "list every step that {p} does",
        "think of a snappier label for {p}", "clone {p} for the summerhouse",
        "limit {p} to saturdays and sundays", "add a chime before {p}",
        "who changed {p} last", "make {p} gentler",
    ],
    "word order": [
        "{b} first and {a} second, ta", "{b} straight away and {a} afterwards",
        "swap the {a} and the {b} round", "zero {a}, lots of {b}",
        "ought {a} to come before {b}", "masses of {b}, barely any {a}",
    ],
    "negation": [
        "give {p} a miss, ta", "i'd prefer you left {p} alone this week",
        "on no account should you {p}", "don't even think about {p} while i'm at work",
        "nah, no {p} today", "forget it, no {p} at all",
    ],
    "cancellation": [
        "park {p} until we say so", "{p} can hold off till next month",
        "call off {p} for the rest of the day", "hold {p} for the afternoon",
        "we can do without {p} today, cheers", "mothball {p} for now",
    ],
    "state question": [
        "is {p} running as we speak", "has {p} got going yet",
        "did {p} finish properly", "is {p} over or still on the go",
        "has anyone dealt with {p} already", "did {p} run on monday",
    ],
    "past or story": [
        "the summer the boiler broke {p} stopped working", "in the snow {p} gave up",
        "my nan used to {p} every whitsun", "at the wedding {p} went on forever",
        "that easter weekend {p} misbehaved all night", "before the new kitchen we'd {p} by hand",
    ],
    "someone else's words": [
        "the window cleaner hummed {p} under his breath", "a lad in the chip shop yelled {p}",
        "my cousin ends all her texts with {p}", "the woman at the garden centre said {p}",
        "the vicar said {p} in his sermon by accident", "our paperboy always says {p}",
    ],
    "contrast": [
        "{p} is kept for christmas day", "we only do {p} when the cousins visit",
        "{p} is a sunday thing, full stop", "{p} only happens at half term",
        "we {p} only in the summer holidays", "{p} is strictly for anniversaries",
    ],
    "hypothetical": [
        "what if i begged you to {p}", "hypothetically, if i wanted you to {p}",
        "theoretically, are you able to {p}",
        "if {p} kicked in at midnight, would it wake the baby",
        "picture {p} starting at five in the morning", "supposing someone asked for {p}",
    ],
    "complaint": [
        "{p} makes me tear my hair out", "{p} failed us again on tuesday",
        "{p} hasn't worked properly since the upgrade", "i'm fed up to the back teeth of {p}",
        "{p} is more hassle than it's worth", "{p} keeps going haywire",
    ],
    "opinion": [
        "{p} is an absolute gem", "i'm tickled pink with {p}",
        "{p} has been heaven sent", "{p} has made such a difference",
        "{p} is your finest trick, hands down", "{p} is brilliant, truly",
    ],
    "reminder for later": [
        "prompt me to {p} when i get in", "jog my memory about {p} after pudding",
        "make sure i don't forget to {p} on thursday", "ping me to {p} in a little while",
        "add {p} to tomorrow's reminders", "give me a heads up about {p} around teatime",
    ],
    "permission question": [
        "is my godson allowed to {p}", "can the au pair {p}",
        "may the cleaner {p} on her own", "is granny allowed to {p} when she visits",
        "can the plumber {p} by himself", "would the family over the road be allowed to {p}",
    ],
    # the twenty-ninth's own
    "quoting it while complaining about the assistant": [
        "i said {p} and you just beeped at me", "why do you ignore me whenever i say {p}",
        "honestly, i say {p} and nothing happens", "you mishear {p} every single time",
        "i've said {p} to you till i'm blue in the face", "you pretend not to hear {p}, don't you",
    ],
    "written on the shopping list by mistake": [
        "somebody wrote {p} on the shopping list", "why is {p} on the shopping list",
        "i jotted {p} on the grocery list by accident", "the shopping list says milk, eggs, {p}",
        "cross {p} off the shopping list, it's not food", "who put {p} on the supermarket list",
    ],
    "a counterfactual about the past": [
        "if only we'd had {p} last winter", "if i'd known about {p} i'd have set it up sooner",
        "had we set up {p} earlier, the bills would've been smaller",
        "we'd have been fine if {p} had existed back then",
        "if {p} had worked that night, nobody would've noticed",
        "if we'd thought of {p} years ago, life would've been easier",
    ],
    "asking about someone else's home": [
        "does my sister's house have {p} as well", "has auntie got {p} at hers",
        "do the neighbours have {p} set up", "is {p} a thing at grandpa's flat",
        "did my brother copy {p} for his place", "has the couple next door got {p} too",
    ],
    "wanted in the next house after a move": [
        "when we move we'll want {p} in the new place",
        "the next house definitely needs {p}",
        "once we've moved, set up {p} first thing",
        "after the move i'll miss {p} unless we copy it",
        "we should bring {p} with us to the new house",
        "in the bungalow we're buying i'd like {p} again",
    ],
    "a riddle with it as the answer": [
        "riddle me this, the answer is {p}", "here's a riddle and the answer's {p}",
        "what has no legs but says {p}", "the answer to my riddle was {p}",
        "i made up a riddle and the punchline is {p}", "guess my riddle, hint, it's {p}",
    ],
    "an argument about it at dinner": [
        "we argued all through supper about {p}", "the whole table fell out over {p}",
        "dad and i rowed over {p} at sunday lunch", "there was a row at tea about {p}",
        "we had a big debate at supper about whether {p} is worth it",
        "nobody could agree about {p} over pudding",
    ],
    "a tattoo of it": [
        "my mate wants {p} tattooed on his arm", "imagine getting {p} as a tattoo",
        "he's got {p} inked on his ankle", "should i get a tattoo that says {p}",
        "the tattooist misspelt {p}", "her new tattoo just says {p}",
    ],
    "a bet about it": [
        "i bet mum a quid that {p} breaks by friday", "bet you a fiver nobody uses {p}",
        "i've a bet on with dad about {p}", "fancy a wager on whether {p} gets used",
        "i lost a bet over {p}", "whoever wins the bet names {p}",
    ],
    "a family vote on it": [
        "let's put {p} to a family vote", "hands up who wants to keep {p}",
        "we voted on {p} and it was a draw", "the family vote on {p} is tonight",
        "everyone gets a say on {p} at the family meeting", "shall we have a vote about {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} bottle opener", "{} sticker album", "{} bookends", "{} egg timer",
    "{} beach towel", "{} doorstop", "{} cufflinks", "{} bunting",
    "{} piggy bank", "{} coaster set",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
