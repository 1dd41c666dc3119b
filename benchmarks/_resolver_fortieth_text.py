"""The words of the fortieth held-out resolver set
(benchmarks/_resolver_fortieth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a butcher's flat above the
shop, where Chuck cuts meat, with his wife Sage, their daughter Paige, their son Ty, a
terrier Scraps and Lorne the meat wholesaler (seed 400); a postwoman's terrace by the
sorting office, where Mae delivers the post, with her husband Frank, their daughter
Carol, their son Hal, a spaniel Patch and Pearl the sorting office manager (401); and a
snooker hall owner's flat above the club, where Jin keeps the tables, with her husband
Bo, their daughter Ivy, their son Dustin, a poodle Chalk and Wyn the club referee
(402). Its people and pets are named in ways no earlier set names them: after a cut of
meat ("ring chuck" beside "is the chuck steak minced"), a herb of the stuffing ("drop
sage a line" beside "make the sage stuffing"), what is left over ("feed scraps" beside
"bag up the fat scraps"), the mark the post puts on a parcel ("drop frank a line" beside
"frank the parcels"), a song of the season ("give carol a ring" beside "print the carol
sheets"), a mend ("feed patch" beside "patch the mailbag"), what a cue is rubbed with
("feed chalk" beside "order more cue chalk") or a climbing plant ("give ivy a ring"
beside "cut back the ivy"); and with names a recogniser writes as another word in new
ways: as a part of a book or a website ("paige" as "page", beside "update the offers
page"), as a piece of clothing ("ty" as "tie", beside "is my school tie ironed"), as a
part of the garden ("lorne" as "lawn", beside "feed the lawn"), as a month or a modal
verb ("mae" as "may", beside "book the may bank holiday"), as a room ("hal" as "hall",
beside "sweep the hall"), as a knitting stitch ("pearl" as "purl", beside "count the purl
rows"), as a drink ("jin" as "gin", beside "is the gin chilled"), as a knot ("bo" as
"bow", beside "is the bow tie pressed"), as a chore ("dustin" as "dusting", beside
"finish the dusting") and as a result of a game ("wyn" as "win"). A name that is also a word of
another phrase of its home ("chuck", "sage", "scraps", "frank", "carol", "patch",
"chalk", "ivy") has no other spelling, so the word is never respelt as the name. Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("ty's rugby at six" beside "ty's rugby at five", "mincer off"
beside "mincer on"), are never taught there. Phrases come in every shape: one word
("marinating", "leafleting", "tournament"), two nouns ("pork pies", "parcel tape",
"cue tips"), nested ("mincer on" inside "shop mincer on", "shredder on" inside "paper
shredder on", "scoreboard on" inside "club scoreboard on"), words shared across phrases
("lock the smokehouse" and "smokehouse light on", "ring chuck" and "is the chuck steak
minced"), numbers and times ("ty's rugby at five", "dustin's karate at eight"), places
("smokehouse fan on", "bikeshed heater on", "clubroom heater on"), verbs first ("frank
the parcels", "iron the baize") and nouns first ("kibble for the spaniel"), questions
("is the chuck steak minced", "is the gin chilled", "how many tables are booked"), and a
chore of several clauses ("we're off to the snooker final so feed chalk and give wyn a
ring and lock the clubroom").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("page" for "paige", "may" for "mae", "gin" for "jin", "dusting" for "dustin"): the same
person or pet, so "phone gin" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a sea shanty sung first ("hoist the mizzen bullies!
X"), a fashion show compere on the telly first ("sequinned tulle on the runway. X"),
a cheerleading chant practised first ("rah rah rah, wildcats roar! X"), a children's
party entertainer first ("hokey cokey, poppets? X"), a sailing race
commentator on the telly after ("X, the spinnaker billows"), a dog show commentator on
the telly after ("X, immaculately coiffed saluki"), a poker commentator on the telly
after ("X, she's bluffing outrageously"), a photographer posing a family after ("X,
chins lowered a smidge"); the phrase between a sea shanty and a poker commentator's line
("haul the halyards! X, she's bluffing outrageously"), and the phrase said in the
middle of a cheerleading chant practised, which goes on after it ("rah rah rah, X, wildcats
roar"). Some are joined with "and", "so", "then" or "oh and". No word of a clause but
its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a wrestler's ring name, a rollercoaster named it, a
love heart sweet saying it, spelt in alphabet spaghetti, a text from a wrong number, a
local newspaper headline, a councillor's campaign slogan, a village named it, drawn on a
steamed-up window, and a heckle at a comedy gig.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {400: "butcher's flat above the shop",
                         401: "postwoman's terrace by the sorting office",
                         402: "snooker hall owner's flat above the club"}

FORTIETH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "butcher's flat above the shop": {
        "Scraps": ["feed scraps", "liver treats for the terrier"],
        "Scraps brush": ["brush scraps"],
        "Chuck": ["ring chuck", "call the butcher", "phone chuck"],
        "Sage": ["drop sage a line", "send sage a text"],
        "Sage and Paige": ["message sage and paige"],
        "Paige": ["give paige a ring", "give paige a bell", "call paige back"],
        "Ty": ["tell ty his rugby kit is in the porch"],
        "Chuck orders": ["text chuck about the christmas orders"],
        "Lorne": ["text lorne about the lamb delivery"],
        "Lorne ring": ["give lorne a ring", "ring lorne back"],
        "Mincer": ["mincer on"],
        "Shop mincer": ["shop mincer on"],
        "Smokehouse fan": ["smokehouse fan on"],
        "Chuck steak": ["is the chuck steak minced"],
        "School tie": ["is my school tie ironed"],
        "Turkeys": ["how many turkeys are ordered"],
        "Certificate": ["has the hygiene certificate come"],
        "Rugby": ["ty's rugby at five"],
        "Brownies": ["paige's brownies at seven"],
        "Offers page": ["update the offers page"],
        "Stuffing": ["make the sage stuffing"],
        "Fat scraps": ["bag up the fat scraps"],
        "Lawn": ["feed the lawn"],
        "Boning knives": ["sharpen the boning knives", "hone the boning knives"],
        "Meat trays": ["count the meat trays", "tally the meat trays"],
        "Butcher paper": ["order more butcher paper", "restock the butcher paper"],
        "Marinating": ["marinating", "marinating day"],
        "Smokehouse": ["lock the smokehouse"],
        "Smokehouse light": ["smokehouse light on"],
        "Chopping block": ["scrub the chopping block"],
        "Abattoir invoice": ["pay the abattoir invoice"],
        "Pork pies": ["pork pies"],
        "Striped aprons": ["striped aprons"],
        # long
        "Trade fair": ["we're off to the meat trade fair so feed scraps and give lorne a "
                       "ring and lock the smokehouse"],
    },
    "postwoman's terrace by the sorting office": {
        "Patch": ["feed patch", "kibble for the spaniel"],
        "Patch brush": ["brush patch"],
        "Mae": ["ring mae", "call the postwoman", "phone mae"],
        "Frank": ["drop frank a line", "send frank a text"],
        "Frank and Carol": ["message frank and carol"],
        "Carol": ["give carol a ring", "phone carol"],
        "Hal": ["tell hal his bus pass is on the mantelpiece"],
        "Hal ring": ["give hal a bell", "phone hal"],
        "Mae and Hal": ["message mae and hal"],
        "Mae lift": ["ask mae for a lift to the depot"],
        "Pearl card": ["send pearl a thank you card"],
        "Hal tea": ["tell hal his tea is ready"],
        "Mae rota": ["text mae about the shift rota"],
        "Pearl": ["text pearl about the overtime sheet"],
        "Pearl ring": ["give pearl a ring", "phone pearl up"],
        "Shredder": ["shredder on"],
        "Paper shredder": ["paper shredder on"],
        "Bikeshed heater": ["bikeshed heater on"],
        "Recorded": ["how many recorded deliveries are due"],
        "Van": ["has the post van been serviced"],
        "Parcels signed": ["are the parcels signed for"],
        "Choir": ["carol's choir at four"],
        "Darts": ["hal's darts at seven"],
        "Hall": ["sweep the hall"],
        "May bank holiday": ["book the may bank holiday"],
        "Frank parcels": ["frank the parcels"],
        "Carol sheets": ["print the carol sheets"],
        "Mailbag": ["patch the mailbag"],
        "Purl rows": ["count the purl rows"],
        "Elastic bands": ["count the elastic bands", "tally the elastic bands"],
        "Stamps": ["order more first class stamps", "restock the first class stamps"],
        "Leafleting": ["leafleting", "leafleting day"],
        "Bikeshed": ["lock the bikeshed"],
        "Bikeshed light": ["bikeshed light on"],
        "Waterproofs": ["dry the waterproofs", "hang up the waterproofs"],
        "Union dues": ["pay the union dues"],
        "Parcel tape": ["parcel tape"],
        "Bike clips": ["bike clips"],
        # long
        "Depot party": ["we're off to the depot party so feed patch and give pearl a ring "
                        "and lock the bikeshed"],
    },
    "snooker hall owner's flat above the club": {
        "Chalk": ["feed chalk", "chicken strips for the poodle"],
        "Chalk brush": ["brush chalk"],
        "Jin": ["ring jin", "call the club owner", "phone jin"],
        "Bo": ["drop bo a line", "send bo a text"],
        "Bo and Ivy": ["message bo and ivy"],
        "Ivy": ["give ivy a ring", "phone ivy"],
        "Dustin": ["tell dustin his cue case is under the stairs"],
        "Jin league": ["text jin about the league fixtures"],
        "Wyn": ["text wyn about the referee rota"],
        "Wyn ring": ["give wyn a ring", "phone wyn"],
        "Scoreboard": ["scoreboard on"],
        "Club scoreboard": ["club scoreboard on"],
        "Clubroom heater": ["clubroom heater on"],
        "Corner pocket": ["is the corner pocket torn"],
        "Tables booked": ["how many tables are booked"],
        "Gin": ["is the gin chilled"],
        "Bow tie": ["is the bow tie pressed"],
        "Ballet": ["ivy's ballet at five"],
        "Karate": ["dustin's karate at eight"],
        "Cut ivy": ["cut back the ivy"],
        "Dusting": ["finish the dusting"],
        "Cue chalk": ["order more cue chalk", "restock the cue chalk"],
        "Baize": ["iron the baize", "brush the baize"],
        "Reds": ["count the reds", "tally the reds"],
        "Tournament": ["tournament", "tournament day"],
        "Clubroom": ["lock the clubroom"],
        "Clubroom light": ["clubroom light on"],
        "Bar staff": ["pay the bar staff"],
        "Cue tips": ["cue tips"],
        "Score pads": ["score pads"],
        # long
        "Snooker final": ["we're off to the snooker final so feed chalk and give wyn a "
                          "ring and lock the clubroom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "butcher's flat above the shop": {
        "Rugby six": ["ty's rugby at six"],
        "Brownies eight": ["paige's brownies at eight"],
        "Mincer off": ["mincer off"],
        "Shop mincer off": ["shop mincer off"],
        "Smokehouse light off": ["smokehouse light off"],
        "Unlock smokehouse": ["unlock the smokehouse"],
        "Lorne beef": ["text lorne about the beef delivery"],
        "Price board": ["update the price board"],
        "Skewers": ["count the skewers"],
        "Twine": ["order more butcher twine"],
        "Hedge": ["feed the hedge"],
        "Smokehouse fan off": ["smokehouse fan off"],
    },
    "postwoman's terrace by the sorting office": {
        "Choir five": ["carol's choir at five"],
        "Darts eight": ["hal's darts at eight"],
        "Shredder off": ["shredder off"],
        "Paper shredder off": ["paper shredder off"],
        "Bikeshed light off": ["bikeshed light off"],
        "Unlock bikeshed": ["unlock the bikeshed"],
        "Pearl holiday": ["text pearl about the holiday sheet"],
        "Envelopes": ["order more brown envelopes"],
        "Postcards": ["count the postcards"],
        "Letters": ["frank the letters"],
        "Hymn sheets": ["print the hymn sheets"],
        "Bikeshed heater off": ["bikeshed heater off"],
    },
    "snooker hall owner's flat above the club": {
        "Ballet six": ["ivy's ballet at six"],
        "Karate nine": ["dustin's karate at nine"],
        "Scoreboard off": ["scoreboard off"],
        "Club scoreboard off": ["club scoreboard off"],
        "Clubroom light off": ["clubroom light off"],
        "Unlock clubroom": ["unlock the clubroom"],
        "Wyn kit": ["text wyn about the referee kit"],
        "Table brushes": ["order more table brushes"],
        "Blacks": ["count the blacks"],
        "Holly": ["cut back the holly"],
        "Vodka": ["is the vodka chilled"],
        "Clubroom heater off": ["clubroom heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the butcher's flat
    {"we're off to the meat trade fair so feed scraps and give lorne a ring and lock the "
     "smokehouse", "i'm leaving", "goodbye house", "feed scraps", "give lorne a ring",
     "lock the smokehouse"},
    {"feed scraps", "liver treats for the terrier", "feed the terrier"},
    {"ring chuck", "call the butcher", "ring the butcher", "phone chuck"},
    # the postwoman's terrace
    {"we're off to the depot party so feed patch and give pearl a ring and lock the "
     "bikeshed", "i'm leaving", "goodbye house", "feed patch", "give pearl a ring",
     "lock the bikeshed"},
    {"feed patch", "kibble for the spaniel", "feed the spaniel"},
    {"ring mae", "call the postwoman", "ring the postwoman", "phone mae"},
    # the snooker hall owner's flat
    {"we're off to the snooker final so feed chalk and give wyn a ring and lock the "
     "clubroom", "i'm leaving", "goodbye house", "feed chalk", "give wyn a ring",
     "lock the clubroom"},
    {"feed chalk", "chicken strips for the poodle", "feed the poodle"},
    {"ring jin", "call the club owner", "ring the club owner", "phone jin"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the terrier" where the terrier is Scraps). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"scraps", "chuck", "sage", "paige", "paige's", "ty", "ty's", "lorne",
         "patch", "mae", "frank", "carol", "carol's", "hal", "hal's", "pearl",
         "chalk", "jin", "bo", "ivy", "ivy's", "dustin", "dustin's", "wyn"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a part of a book or a website, a piece of clothing, a part of the garden
    "paige": ("page",), "paige's": ("page's",), "ty": ("tie", "tye"), "ty's": ("tie's",),
    "lorne": ("lawn",),
    # written as a month or a modal verb, a room, a knitting stitch
    "mae": ("may",), "hal": ("hall",), "hal's": ("hall's",), "pearl": ("purl",),
    # written as a drink, a knot, a chore, a result of a game
    "jin": ("gin",), "bo": ("bow", "beau"), "dustin": ("dusting",),
    "dustin's": ("dusting's",), "wyn": ("win", "wynn"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "paige" and "page", "ty" and "tie", "mae" and "may",
"hal" and "hall", "jin" and "gin", "bo" and "bow" are each one sound ("lorne" and "lawn"
in a speech without the r, "dustin" and "dusting" as the g is dropped in quick speech)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "liver": ("duck",), "treats": ("sticks",), "terrier": ("whippet",), "brush": ("bathe",),
    "butcher": ("baker",), "text": ("email",), "rugby": ("hockey",), "kit": ("boots",),
    "porch": ("loft",), "christmas": ("easter",), "orders": ("invoices",),
    "lamb": ("pork",), "delivery": ("invoice",), "mincer": ("slicer",),
    "shop": ("cellar",), "smokehouse": ("coldroom",), "fan": ("vent",),
    "steak": ("brisket",), "minced": ("diced",), "school": ("swimming",),
    "tie": ("blazer",), "ironed": ("washed",), "turkeys": ("geese",),
    "ordered": ("collected",), "hygiene": ("gas",), "certificate": ("bill",),
    "come": ("gone",), "brownies": ("guides",), "update": ("print",),
    "offers": ("opening",), "page": ("sheet",), "make": ("freeze",),
    "stuffing": ("gravy",), "bag": ("bin",), "fat": ("bone",), "scraps": ("trimmings",),
    "lawn": ("roses",), "sharpen": ("wash",), "hone": ("oil",),
    "boning": ("carving",), "knives": ("saws",), "count": ("stack",), "tally": ("sort",),
    "meat": ("fish",), "trays": ("crates",), "order": ("print",), "restock": ("file",),
    "paper": ("string",), "marinating": ("smoking",), "scrub": ("oil",),
    "chopping": ("serving",), "block": ("board",), "pay": ("check",),
    "abattoir": ("dairy",), "invoice": ("bill",), "pork": ("game",), "pies": ("sausages",),
    "striped": ("white",), "aprons": ("hats",), "trade": ("food",), "fair": ("awards",),
    "kibble": ("biscuits",), "spaniel": ("beagle",), "postwoman": ("milkman",),
    "bus": ("rail",), "pass": ("card",), "mantelpiece": ("doormat",), "shift": ("holiday",),
    "rota": ("form",), "overtime": ("expenses",), "sheet": ("claim",),
    "shredder": ("laminator",), "bikeshed": ("greenhouse",), "heater": ("fan",),
    "recorded": ("special",), "deliveries": ("collections",), "due": ("late",),
    "post": ("tea",), "van": ("bike",), "serviced": ("washed",), "parcels": ("letters",),
    "signed": ("paid",), "choir": ("orchestra",), "darts": ("pool",),
    "sweep": ("mop",), "hall": ("landing",), "book": ("cancel",), "may": ("august",),
    "bank": ("school",), "frank": ("weigh",), "carol": ("hymn",), "sheets": ("books",),
    "patch": ("wash",), "mailbag": ("satchel",), "purl": ("plain",), "rows": ("stitches",),
    "elastic": ("rubber",), "bands": ("stamps",), "first": ("second",),
    "class": ("rate",), "stamps": ("envelopes",), "leafleting": ("canvassing",),
    "dry": ("fold",), "hang": ("pack",), "waterproofs": ("gloves",), "union": ("gym",),
    "dues": ("fees",), "parcel": ("masking",), "tape": ("labels",), "bike": ("car",),
    "clips": ("lights",), "depot": ("office",), "party": ("quiz",),
    "chicken": ("turkey",), "strips": ("bites",), "poodle": ("dachshund",),
    "club": ("pub",), "owner": ("manager",), "cue": ("pool",), "case": ("bag",),
    "stairs": ("bed",), "league": ("cup",), "fixtures": ("results",),
    "referee": ("marker",), "scoreboard": ("jukebox",), "clubroom": ("cloakroom",),
    "corner": ("middle",), "pocket": ("cushion",), "torn": ("loose",),
    "tables": ("lanes",), "booked": ("free",), "gin": ("vodka",), "chilled": ("open",),
    "bow": ("neck",), "pressed": ("mended",), "ballet": ("tap",), "karate": ("boxing",),
    "cut": ("prune",), "ivy": ("holly",), "finish": ("start",), "dusting": ("ironing",),
    "chalk": ("tips",), "iron": ("vacuum",), "baize": ("cushions",), "reds": ("blacks",),
    "tournament": ("exhibition",), "bar": ("kitchen",), "staff": ("cleaner",),
    "tips": ("ferrules",), "score": ("note",), "pads": ("cards",), "snooker": ("darts",),
    "final": ("awards",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "birthday": ("christening",), "vacuum": ("mop",),
    "yoga": ("pilates",), "hallway": ("landing",),
    "fireplace": ("log burner",), "office": ("den",),
    "sunset": ("dusk",), "bedside": ("desk",), "laundry": ("mending",),
    "baby": ("toddler",), "homework": ("revision",), "washing": ("drying",),
    "bedroom": ("nursery",), "podcast": ("audiobook",), "story": ("lullaby",),
    "bath": ("paddling",), "pool": ("pond",), "spa": ("beauty",),
    "study": ("sewing",), "focus": ("concentration",), "relax": ("unwind",),
    "vacation": ("half term",), "news": ("weather",), "guests": ("in-laws",),
    "quiet": ("noisy",), "read": ("knit",),
    "reading": ("knitting",), "morning": ("lunchtime",), "evening": ("suppertime",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ty's
rugby at twenty past five" for "ty's rugby at five", "feed the whippet"): never taught,
so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_SHANTY = [
    "hoist the mizzen bullies", "haul the halyards", "the capstan creaks and groans",
    "oh shenandoah", "grog for the bosun", "the wellerman brings molasses",
    "scuppers awash", "fathoms unplumbed, topsails unfurled",
]
_POKER = [
    "she's bluffing outrageously", "he shoves his chipstack", "a gutshot on the river",
    "the flop's monochrome", "kings over queens", "the croupier riffles",
    "that's trip jacks", "aces wired",
]
_CHANT = [
    ("rah rah rah", "wildcats roar"),
    ("go wildcats", "fight fight fight"),
    ("hey hey hornets", "buzz buzz buzz"),
    ("pompoms skyward", "kick kick kick"),
    ("tumblers somersault", "flyers aloft"),
    ("pyramid formation", "shimmer shimmer"),
    ("shake those pompoms", "hornets sting"),
    ("cartwheel cartwheel", "splits and starjumps"),
]

WRAPPERS: dict[str, list[str]] = {
    "a sea shanty sung, said first": [
        f"{_SHANTY[0]}! {{}}", f"{_SHANTY[1]}! {{}}",
    ] + [f"{s}. {{}}" for s in _SHANTY[2:6]]
      + [f"{_SHANTY[6]}, then {{}}", f"{_SHANTY[7]}, oh and {{}}"],
    "a fashion show compere on the telly, said first": [
        "and here's ottoline in ruched taffeta. {}",
        "sequinned tulle on the runway. {}",
        "a daring asymmetric hemline! {}",
        "our models pout in houndstooth boleros. {}",
        "chiffon ruffles for the gala. {}",
        "ogle the plunging velvet neckline. {}",
        "organza overload, then {}",
        "pleated culottes in mustard, oh and {}",
    ],
    "a cheerleading chant practised, said first": [
        f"{a}, {b}. {{}}" for a, b in _CHANT[:6]
    ] + [f"{_CHANT[6][0]}, {_CHANT[6][1]}, then {{}}",
         f"{_CHANT[7][0]}, {_CHANT[7][1]}, oh and {{}}"],
    "a children's party entertainer, said first": [
        "hokey cokey, poppets? {}",
        "everybody conga behind coco the clown! {}",
        "musical bumps soonish. {}",
        "kazoos for the quietest pixies. {}",
        "a balloon unicorn for the buccaneer. {}",
        "wands aloft, apprentice wizards. {}",
        "pinata o'clock, then {}",
        "henna tattoos by the bouncy castle, oh and {}",
    ],
    "a sailing race commentator on the telly, said after": [
        "{}, the spinnaker billows", "{}, tacking upwind",
        "{}, the jib's luffing", "{}, rounding the windward buoy",
        "{}, a gybe in the gusts", "{}, the trimaran surges",
        "{} and, the helmsman's hiking", "{} so, a capsize near the committee yacht",
    ],
    "a dog show commentator on the telly, said after": [
        "{}, immaculately coiffed saluki", "{}, schnauzer triumphs in utility",
        "{}, the judge examines the dentition", "{}, a flowing gait on the afghan",
        "{}, the handler's trotting jauntily", "{}, the weimaraner's stacking impeccably",
        "{} and, that bichon's a fluffball",
        "{} so, the pointer's crowned supreme",
    ],
    "a poker commentator on the telly, said after": [
        f"{{}}, {c}" for c in _POKER[:6]
    ] + [f"{{}} and, {_POKER[6]}", f"{{}} so, {_POKER[7]}"],
    "a photographer posing a family, said after": [
        "{}, cheesy grins", "{}, chins lowered a smidge",
        "{}, scooch inwards", "{}, granddad inches leftwards",
        "{}, say cheesecake", "{}, lanky ones behind",
        "{} and, peepers unclosed", "{} so, groovy, shutter",
    ],
    "between a sea shanty and a poker commentator's line": [
        f"{s}! {{}}, {c}" for s, c in zip(_SHANTY[:2], _POKER[:2], strict=True)
    ] + [f"{s}. {{}}, {c}" for s, c in zip(_SHANTY[2:6], _POKER[2:6], strict=True)]
      + [f"{_SHANTY[6]}. {{}} and, {_POKER[6]}",
         f"{_SHANTY[7]}. {{}} so, {_POKER[7]}"],
    "in the middle of a cheerleading chant practised": [
        f"{a}, {{}}, {b}" for a, b in _CHANT[:6]
    ] + [f"{_CHANT[6][0]}, {{}} and, {_CHANT[6][1]}",
         f"{_CHANT[7][0]}, {{}} so, {_CHANT[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTIETH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("minced",
"chilled", "pressed"; not "chuck", which other phrases say too): a commentator's or a
photographer's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything sung, chanted or called out could bear on (its sound)."""
_SEA = _SPEAKER | _SAID_TO | {"gin", "chilled", "leaving", "goodbye", "away",
                              "waterproofs", "choir", "carol", "party"}
"""Requests a shanty could bear on (a drink, a song or a choir, going away, the wet and
the wind, a party)."""
_CATWALK = _SPEAKER | {"tie", "bow", "pressed", "ironed", "iron", "kit", "aprons",
                       "striped", "waterproofs", "dry", "hang", "clips", "case", "pass",
                       "light", "lights", "fair", "party", "final", "tournament"}
"""Requests a fashion show could bear on (clothes ironed or pressed, a show, its
lights)."""
_CHEER = _SPEAKER | _SAID_TO | {"rugby", "brownies", "choir", "darts", "ballet", "karate",
                                *_NUMBERS, "count", "tally", "kit", "school", "final",
                                "tournament", "league", "fixtures", "referee", "club",
                                "party", "fair", "scoreboard", "score", "reds"}
"""Requests a cheerleading chant could bear on (a match, a club's sport, a count, a
score)."""
_PARTY = _SPEAKER | {"party", "brownies", "choir", "ballet", "karate", "rugby", "darts",
                     *_NUMBERS, "make", "stuffing", "pies", "ring", "phone", "call",
                     "light", "lights", "school", "fair", "tournament"}
"""Requests a children's party could bear on (a party, the children's clubs, food, a
call to a parent, the lights)."""
_SAIL = _TELLY | {"fan", "water", "waterproofs", "dry", "hang", "heater", "bike", "van",
                  "leaving", "goodbye", "final", "tournament", "count", "tally",
                  *_NUMBERS, "score", "scoreboard", "league", "fixtures"}
"""Requests a sailing race could bear on (the telly, wind and wet, a race, a score)."""
_SHOW = _TELLY | {"feed", "brush", "kibble", "liver", "treats", "chicken", "strips",
                  "terrier", "spaniel", "poodle", "scraps", "patch", "chalk", "fair",
                  "final", "tournament", "score", "count", "tally", *_NUMBERS}
"""Requests a dog show could bear on (a dog fed or groomed, a show, a score)."""
_CARDS = _TELLY | {"count", "tally", *_NUMBERS, "reds", "pay", "rates", "dues", "staff",
                   "gin", "chilled", "booked", "tables", "tips", "score", "pads",
                   "scoreboard", "tournament", "final", "league", "club", "bar"}
"""Requests a poker programme could bear on (the telly, a count or a stake, money, a
drink, a game and its score)."""
_POSE = {"light", "lights", "fan", "heater", "tie", "bow", "pressed", "ironed", "kit",
         "aprons", "ring", "phone", "call", "party", "fair", "final", "scraps", "patch",
         "chalk", "feed", "brush"}
"""Requests a photographer posing a family could bear on (the light, what is worn, the
family and its pets)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a shanty bears on a drink, a song, going away, the wet and the wind)
    **{song: _SEA for song in ("mizzen", "halyards", "capstan", "shenandoah", "bosun",
                               "wellerman", "scuppers", "fathoms")},
    # (a fashion show bears on clothes ironed or pressed, a show, its lights)
    **{frock: _CATWALK for frock in ("ottoline", "runway", "hemline", "houndstooth",
                                     "chiffon", "neckline", "organza", "culottes")},
    # (a chant bears on a match, a club's sport, a count, a score)
    **{cheer: _CHEER for cheer in ("rah rah", "wildcats", "hornets", "pompoms", "tumblers",
                                   "pyramid", "cartwheel")},
    # (a children's party bears on a party, the children's clubs, food, the lights)
    **{game: _PARTY for game in ("hokey cokey", "conga", "musical bumps", "kazoos",
                                 "balloon unicorn", "wizards", "pinata", "henna")},
    # (a commentator's or a photographer's line after a request could be what it is
    # about or the words of a message; said after a question, an answer)
    **{boat: _SAIL | _SAID_TO | _ASKED for boat in (
        "spinnaker", "tacking", "luffing", "windward", "gybe", "trimaran", "helmsman's",
        "capsize")},
    **{breed: _SHOW | _SAID_TO | _ASKED for breed in (
        "saluki", "schnauzer", "dentition", "afghan", "handler's", "weimaraner's",
        "bichon's", "pointer's")},
    **{hand: _CARDS | _SAID_TO | _ASKED for hand in (
        "bluffing", "chipstack", "gutshot", "flop's", "kings over", "croupier",
        "trip jacks", "aces")},
    **{pose: _POSE | _SAID_TO | _ASKED for pose in (
        "grins", "smidge", "scooch", "inches leftwards", "cheesecake", "lanky", "peepers",
        "shutter")},
}
"""Clauses that would bear on a phrase with one of these words ("ivy's ballet at five"
beside a cheerleading chant may be the routine practised; "is the gin chilled" before a
shanty may be the rum it sings of): never said around it, so the clause stays beside
the request and says nothing of it."""

OOS_WRAPPERS = [
    "haul the halyards! {}", "{}, she's bluffing outrageously",
    "sequinned tulle on the runway. {}", "{}, the spinnaker billows",
    "rah rah rah, wildcats roar. {}", "{}, immaculately coiffed saluki",
    "hokey cokey, poppets? {}", "{}, chins lowered a smidge",
    "oh shenandoah. {}", "{}, the jib's luffing",
    "a daring asymmetric hemline! {}", "{}, a gutshot on the river",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "musical bumps soonish. {}", "{}, the handler's trotting jauntily",
    "ogle the plunging velvet neckline. {}", "{}, say cheesecake",
    "grog for the bosun. {}", "{}, the croupier riffles",
    "pyramid formation, shimmer shimmer. {}", "{}, rounding the windward buoy",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("the jib's luffing"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("wrestler", "rollercoaster", "heckled")
are never a wrapper's, so they stay."""

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
    "been", "against", "way", "most", "him", "beneath", "right", "had", "amid",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_fortieth_data.py none of an
out-of-scope template)."""


FORTIETH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("terrier", "terrior"), ("smokehouse", "smoke house"), ("certificate", "certificat"),
    ("hygiene", "hygeine"), ("turkeys", "turkies"), ("stuffing", "stuffin"),
    ("marinating", "marinatin"), ("butcher", "butch her"), ("christmas", "chrismas"),
    ("brownies", "brownie's"), ("chopping", "choppin"),
    ("spaniel", "spaniol"), ("postwoman", "post woman"), ("bikeshed", "bike shed"),
    ("mantelpiece", "mantlepiece"), ("leafleting", "leafletting"), ("shredder", "shreder"),
    ("deliveries", "deliveries's"), ("waterproofs", "water proofs"),
    ("mailbag", "mail bag"), ("overtime", "over time"), ("serviced", "servist"),
    ("poodle", "poodel"), ("scoreboard", "score board"), ("clubroom", "club room"),
    ("tournament", "tournement"), ("karate", "karati"), ("fixtures", "fixchers"),
    ("referee", "referie"), ("snooker", "snucker"), ("baize", "bays"),
]
"""The fortieth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("meat trays", "meattrays"), ("butcher paper", "butcherpaper"),
         ("pork pies", "porkpies"), ("striped aprons", "stripedaprons"),
         ("boning knives", "boningknives"), ("chopping block", "choppingblock"),
         ("offers page", "offerspage"), ("abattoir invoice", "abattoirinvoice"),
         ("school tie", "schooltie"), ("chuck steak", "chucksteak"),
         ("trade fair", "tradefair"), ("marinating day", "marinatingday"),
         ("parcel tape", "parceltape"), ("bike clips", "bikeclips"),
         ("elastic bands", "elasticbands"), ("union dues", "uniondues"),
         ("carol sheets", "carolsheets"), ("bus pass", "buspass"),
         ("shift rota", "shiftrota"), ("purl rows", "purlrows"),
         ("depot party", "depotparty"), ("leafleting day", "leafletingday"),
         ("cue tips", "cuetips"), ("score pads", "scorepads"), ("cue chalk", "cuechalk"),
         ("bar staff", "barstaff"), ("bow tie", "bowtie"), ("corner pocket", "cornerpocket"),
         ("snooker final", "snookerfinal"), ("league fixtures", "leaguefixtures"),
         ("referee rota", "refereerota"), ("tournament day", "tournamentday")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"smokehouse": "smoke-house", "bikeshed": "bike-shed",
             "clubroom": "club-room", "scoreboard": "score-board",
             "postwoman": "post-woman", "mailbag": "mail-bag", "leafleting": "leafletting"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortieth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a spoon shaped like a {w}", "what's the welsh word for a {w}",
        "doodle a {w} on the crossword margin", "are {w} cheaper in jersey",
        "hunt me down a vintage {w} at the car boot", "how heavy is a typical {w}",
        "knock up a sonnet about a {w}", "translate {w} into esperanto",
    ],
    "routine command": [
        "wipe {p} off the roster altogether", "explain in plain english what {p} does",
        "dream up a snappier title for {p}", "clone {p} for the caravan",
        "only permit {p} on bin days", "sound a gong whenever {p} kicks in",
        "which rascal reprogrammed {p}", "make {p} a tad gentler",
    ],
    "word order": [
        "{b} goes in front, {a} tags along", "{b} trumps {a} hands down",
        "swap {a} and {b} about, ta", "never mind {a}, loads of {b}",
        "{a} before {b}, or is it the reverse", "a bucket of {b}, a smidgen of {a}",
    ],
    "negation": [
        "give {p} a miss tonight, pet", "i'd sooner you skipped {p} while grandma naps",
        "absolutely no {p}, chick", "don't bother with {p} while i'm at the chiropodist",
        "nah, leave {p} be for now", "hold your horses, no {p} today ta",
    ],
    "cancellation": [
        "shelve {p} until the in-laws go home", "{p} can wait till the plumber's gone",
        "scrap {p} for the rest of advent", "park {p} till the decorators leave",
        "we'll do without {p} this half term", "put {p} off until michaelmas",
    ],
    "state question": [
        "is {p} underway right this minute", "is {p} up and running now",
        "did {p} go smoothly earlier", "has {p} finished or is it still going",
        "has anybody sorted {p} yet today", "did {p} happen last thursday",
    ],
    "past or story": [
        "the year the boiler packed in {p} went on the blink",
        "during the snow {p} stopped dead",
        "my nan used to {p} every shrove tuesday",
        "at the ruby wedding do {p} went on for hours",
        "that easter {p} was playing up all week",
        "back when we lodged in swindon we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the window cleaner sang {p} up the ladder", "a jogger on the prom hollered {p}",
        "my stepdad ends every phone call with {p}",
        "a fella at the launderette muttered {p}",
        "the lollipop man shouted {p}",
        "our roofer whistles {p} on the scaffolding",
    ],
    "contrast": [
        "{p} is only for the carnival weekend", "we only {p} when auntie visits from hull",
        "{p} is a rare treat round here", "{p} is strictly a harvest festival thing",
        "we {p} only on the last sunday of the month", "{p} is saved for when the mayor drops in",
    ],
    "hypothetical": [
        "suppose i grovelled and begged you to {p}",
        "if i ever fancied {p}, would you oblige",
        "could you {p}, purely in theory mind",
        "if {p} kicked off at three in the morning would next door moan",
        "imagine {p} going on during a total eclipse",
        "what would you do if a burglar asked you to {p}",
    ],
    "complaint": [
        "{p} is driving me round the bend today", "{p} let us down yet again on pancake day",
        "{p} has been useless since the electrician came",
        "i'm fed up to the back teeth with {p} this week",
        "{p} is a pain in the neck lately", "{p} keeps conking out halfway",
    ],
    "opinion": [
        "{p} is the cat's pyjamas, honestly", "i'm dead chuffed with {p}, genuinely",
        "{p} is a lifesaver, swear down", "{p} has made drizzly tuesdays tolerable",
        "{p} is the niftiest thing going", "{p} is top drawer, hand on my heart",
    ],
    "reminder for later": [
        "remind me to {p} once i'm back from the chiropodist",
        "pester me about {p} after supper",
        "make sure i remember to {p} on monday night", "jog my memory to {p} this evening",
        "stick {p} on friday's list", "give me a nudge about {p} when the match starts",
    ],
    "permission question": [
        "is my cousin's boyfriend allowed to {p}",
        "is the dog walker's wife permitted to {p}",
        "would the window cleaner be allowed to {p} on his own",
        "is my brother allowed to {p} when he stays over",
        "can the au pair {p} without asking", "is the neighbour's teenage lad allowed to {p}",
    ],
    # the fortieth's own
    "a wrestler's ring name": [
        "the masked wrestler's ring name is {p}",
        "he fights under the ring name {p}",
        "{p} is the daftest ring name a wrestler ever had",
        "my nephew wants his wrestling ring name to be {p}",
        "the wrestler with the cape goes by the ring name {p}",
        "why would a wrestler pick {p} as a ring name",
    ],
    "a rollercoaster named it": [
        "the big rollercoaster at the theme park is called {p}",
        "we queued an hour for a rollercoaster named {p}",
        "{p} is the rollercoaster with the loop",
        "she screamed all the way round the rollercoaster called {p}",
        "there's a wooden rollercoaster named {p}",
        "who names a rollercoaster {p}",
    ],
    "a love heart sweet saying it": [
        "my love heart sweet said {p}",
        "the love heart sweets in the packet say {p}",
        "{p} was printed on a love heart sweet",
        "he gave her a love heart sweet that read {p}",
        "there's a love heart sweet that just says {p}",
        "why would a love heart sweet say {p}",
    ],
    "spelt in alphabet spaghetti": [
        "the kids spelt {p} in their alphabet spaghetti",
        "i found {p} in my alphabet spaghetti",
        "{p} came out of the alphabet spaghetti tin",
        "she arranged the alphabet spaghetti to say {p}",
        "there's {p} spelt out in alphabet spaghetti on his plate",
        "how do you spell {p} in alphabet spaghetti",
    ],
    "a text from a wrong number": [
        "a wrong number texted me {p}",
        "i got a text from a wrong number saying {p}",
        "{p} was the whole text from the wrong number",
        "some wrong number keeps texting {p}",
        "there's a text from a wrong number that says {p}",
        "why would a wrong number text me {p}",
    ],
    "a local newspaper headline": [
        "the local newspaper headline was {p}",
        "the gazette ran {p} as its newspaper headline",
        "{p} was the newspaper headline on saturday",
        "grandad cut out the newspaper headline {p}",
        "this week's newspaper headline just says {p}",
        "who writes {p} as a newspaper headline",
    ],
    "a councillor's campaign slogan": [
        "the councillor's campaign slogan is {p}",
        "she stood for election with the campaign slogan {p}",
        "{p} was on every campaign slogan leaflet through the door",
        "our councillor picked {p} as his campaign slogan",
        "there's a campaign slogan saying {p} on the lamppost",
        "what kind of campaign slogan is {p}",
    ],
    "a village named it": [
        "there's a village in cornwall called {p}",
        "we drove through a village named {p}",
        "{p} is a village near the motorway",
        "my aunt lives in a tiny village called {p}",
        "the signpost pointed to a village named {p}",
        "who would name a village {p}",
    ],
    "drawn on a steamed-up window": [
        "she wrote {p} on the steamed up window",
        "someone drew {p} on the steamy window",
        "{p} was fingered on the steamed up conservatory window",
        "the kids traced {p} on the steamy window",
        "there's {p} written on the steamed up window",
        "who wrote {p} on the steamy window",
    ],
    "a heckle at a comedy gig": [
        "some bloke heckled {p} at the comedy gig",
        "a heckler at the comedy club shouted {p}",
        "{p} was the best heckle of the comedy night",
        "my mate heckled the comedian with {p}",
        "the comedian got heckled with {p}",
        "who heckles a comedian with {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} tea cosy", "{} cruet stand", "{} sherry decanter", "{} soup ladle",
    "{} sugar shaker", "{} butter curler", "{} nutcracker set", "{} cake tin lid",
    "{} fondue fork", "{} apple corer",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
