"""The words of the twenty-seventh held-out resolver set
(benchmarks/_resolver_twentyseventh.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a luthier's townhouse over his
violin workshop, where Ansel makes and mends violins with his wife Honoria, their
daughter Saoirse, their son Padraig, a rabbit Truffle and Cosima who sells the instruments
(seed 270); a stonemason's yard cottage, where Alasdair carves stone with his wife Morwenna,
their children Ishbel and Lachlan, a pony Tansy and Marsaili who keeps the accounts
(271); and a hospital porter's high-rise flat, where Kwadwo, who works nights, lives with
his partner Efua, their children Adjoa and Kobina, a hamster Crouton and Dmitri who swaps
shifts with him (272). Each teaches 22 of its own routines with the generic pool; the
rest of its own pool, and the siblings in ``UNTAUGHT`` ("quartet rehearsal at eight"
beside "quartet rehearsal at seven", "compressor off" beside "compressor on"), are never
taught there. Phrases come in every shape: one word ("whittling", "carving", "napping"),
nested ("varnish lamp on" inside "spray booth varnish lamp on", "purifier on" inside
"utility cupboard purifier on"), names of people and pets ("message honoria and
saoirse", "change crouton's bedding"), numbers and times ("quartet rehearsal at seven",
"kobina's football at ten"), places ("banker shed dust extractor on"), verbs first ("oil
the tuning pegs") and nouns first ("hay for the rabbit"), questions ("are the gut strings
in stock", "which ward am i portering tomorrow"), and a chore of several clauses ("i'm off
to the gig so feed truffle and ring cosima and lock the instrument safe").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("ansell" for "ansel", "sersha" for "saoirse", "morwena" for "morwenna", "kwadjo" for
"kwadwo"): the same person, so "ring ansell" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a bedtime story read to a child first ("and the wolf
huffed and puffed. X"), a shipping forecast heard on the radio first ("rockall, malin,
hebrides, gale warning. X"), a game of i-spy first ("i spy something green. X"), a poem
recited from memory first ("i wandered lonely as a cloud. X"), a chess move announced
after ("X, knight forks king and queen"), a cricket commentary heard after ("X, caught
in the gully, astonishing"), a nature documentary heard after ("X, the wildebeest begin
their migration"), a line dance step called after ("X, grapevine, heel jack"); the
phrase between a poem and a chess move, and the phrase said in the middle of one line of
a shipping forecast, the line going on after it ("dogger, fisher, X, german bight,
moderate"). Some are joined with "and", "so", "then" or "oh and". No word of a
clause but its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: asking how to pronounce it, singing it as a lyric, a
chore planned for next week, naming something new after it, counting its syllables or
letters, handwriting practice with it, a web search for it reported, a hangman puzzle of
it, autocorrect changing it, and grammar homework about it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {270: "luthier's townhouse over the violin workshop",
                         271: "stonemason's yard cottage",
                         272: "hospital porter's high-rise flat"}

TWENTYSEVENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "luthier's townhouse over the violin workshop": {
        "Truffle": ["feed truffle", "hay for the rabbit"],
        "Truffle hutch": ["truffle's hutch heater on"],
        "Ansel": ["ring ansel", "call the luthier"],
        "Honoria": ["message honoria"],
        "Honoria and Saoirse": ["message honoria and saoirse"],
        "Saoirse": ["tell saoirse her taxi's here"],
        "Cosima": ["text cosima about the cello sale"],
        "Cosima ring": ["ring cosima"],
        "Varnish lamp": ["varnish lamp on"],
        "Booth varnish lamp": ["spray booth varnish lamp on"],
        "Glue pot": ["glue pot on"],
        "Strings": ["are the gut strings in stock"],
        "Rosin": ["has the rosin order come"],
        "Hygrometer": ["what does the hygrometer read"],
        "Quartet": ["quartet rehearsal at seven"],
        "Swimming": ["padraig's swimming at four"],
        "Gouges": ["where are my gouges"],
        "Pegs": ["oil the tuning pegs"],
        "Spruce": ["order more spruce tops"],
        "Scroll": ["photograph the finished scroll"],
        "Whittling": ["whittling"],
        "Rehairs": ["count the bow rehairs"],
        "Safe": ["lock the instrument safe"],
        "Conservatoire": ["invoice the conservatoire"],
        "Clamps": ["tighten the cello clamps"],
        "Attic drier": ["attic dehumidifier on"],
        # long
        "Gig": ["i'm off to the gig so feed truffle and ring cosima and lock the instrument "
                "safe"],
    },
    "stonemason's yard cottage": {
        "Tansy": ["feed tansy", "carrots for the pony"],
        "Tansy rug": ["put tansy's rug on"],
        "Alasdair": ["ring alasdair", "call the mason"],
        "Morwenna": ["message morwenna"],
        "Morwenna and Ishbel": ["message morwenna and ishbel"],
        "Ishbel": ["tell ishbel her lift's waiting"],
        "Marsaili": ["text marsaili about the quarry invoice"],
        "Marsaili ring": ["ring marsaili"],
        "Extractor": ["dust extractor on"],
        "Shed extractor": ["banker shed dust extractor on"],
        "Compressor": ["compressor on"],
        "Putty": ["is the lime putty soft enough"],
        "Slate": ["has the slate lorry arrived"],
        "Skip": ["how full is the skip"],
        "Cathedral": ["cathedral meeting at nine"],
        "Shinty": ["lachlan's shinty at six"],
        "Lettering": ["where's my lettering chisel"],
        "Claws": ["sharpen the claw chisels"],
        "Sandstone": ["order more sandstone blocks"],
        "Corbel": ["photograph the carved corbel"],
        "Carving": ["carving"],
        "Zinc": ["count the zinc templates"],
        "Container": ["lock the tool container"],
        "Parish": ["invoice the parish council"],
        "Saw bench": ["hose the saw bench"],
        "Boot room": ["boot room heater on"],
        # long
        "Quarry": ["i'm off to the quarry so feed tansy and ring marsaili and lock the tool "
                   "container"],
    },
    "hospital porter's high-rise flat": {
        "Crouton": ["feed crouton", "pellets for the hamster"],
        "Crouton bedding": ["change crouton's bedding"],
        "Kwadwo": ["ring kwadwo", "call the porter"],
        "Efua": ["message efua"],
        "Efua and Adjoa": ["message efua and adjoa"],
        "Adjoa": ["tell adjoa her friend's downstairs"],
        "Dmitri": ["text dmitri about the rota swap"],
        "Dmitri ring": ["ring dmitri"],
        "Purifier": ["purifier on"],
        "Cupboard purifier": ["utility cupboard purifier on"],
        "Airer": ["heated airer on"],
        "Lifts": ["is the lift running"],
        "Locker": ["has the locker parcel arrived"],
        "Ward": ["which ward am i portering tomorrow"],
        "Choir": ["gospel choir at seven"],
        "Football": ["kobina's football at ten"],
        "Lanyard": ["where's my lanyard"],
        "Trainers": ["clean my work trainers"],
        "Key": ["top up the electric key"],
        "Scrubs": ["soak my scrubs"],
        "Napping": ["napping"],
        "Overtime": ["log the overtime hours"],
        "Planters": ["water the balcony planters"],
        "Recycling": ["take the recycling downstairs"],
        "Scooter": ["charge the scooter battery"],
        "Rent": ["pay the rent"],
        # long
        "Nights": ["i'm on nights so feed crouton and ring dmitri and heated airer on"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "luthier's townhouse over the violin workshop": {
        "Quartet eight": ["quartet rehearsal at eight"],
        "Swimming five": ["padraig's swimming at five"],
        "Varnish off": ["varnish lamp off"], "Booth varnish off": ["spray booth varnish lamp off"],
        "Glue off": ["glue pot off"], "Unlock safe": ["unlock the instrument safe"],
        "Cosima invoice": ["text cosima about the cello invoice"],
        "Hutch off": ["truffle's hutch heater off"], "Oil pins": ["oil the tuning pins"],
        "Order maple": ["order more maple tops"],
        "Photograph neck": ["photograph the finished neck"],
        "Attic drier off": ["attic dehumidifier off"],
    },
    "stonemason's yard cottage": {
        "Cathedral ten": ["cathedral meeting at ten"],
        "Shinty seven": ["lachlan's shinty at seven"],
        "Extractor off": ["dust extractor off"],
        "Shed extractor off": ["banker shed dust extractor off"],
        "Compressor off": ["compressor off"], "Unlock container": ["unlock the tool container"],
        "Marsaili delivery": ["text marsaili about the quarry delivery"],
        "Rug off": ["take tansy's rug off"], "Sharpen points": ["sharpen the point chisels"],
        "Order granite": ["order more granite blocks"],
        "Photograph finial": ["photograph the carved finial"],
        "Boot room off": ["boot room heater off"],
    },
    "hospital porter's high-rise flat": {
        "Choir eight": ["gospel choir at eight"],
        "Football eleven": ["kobina's football at eleven"],
        "Purifier off": ["purifier off"],
        "Cupboard purifier off": ["utility cupboard purifier off"],
        "Airer off": ["heated airer off"], "Dmitri holiday": ["text dmitri about the holiday "
                                                              "swap"],
        "Soak towels": ["soak my towels"], "Clean shoes": ["clean my work shoes"],
        "Log minutes": ["log the overtime minutes"],
        "Water herbs": ["water the balcony herbs"],
        "Charge lights": ["charge the scooter lights"], "Pay gas": ["pay the gas"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the luthier's townhouse
    {"i'm off to the gig so feed truffle and ring cosima and lock the instrument safe",
     "i'm leaving", "goodbye house", "feed truffle", "ring cosima", "lock the instrument safe"},
    {"feed truffle", "hay for the rabbit", "feed the rabbit"},
    # the stonemason's cottage
    {"i'm off to the quarry so feed tansy and ring marsaili and lock the tool container",
     "i'm leaving", "goodbye house", "feed tansy", "ring marsaili", "lock the tool container"},
    {"feed tansy", "carrots for the pony", "feed the pony"},
    # the porter's flat
    {"i'm on nights so feed crouton and ring dmitri and heated airer on",
     "feed crouton", "ring dmitri", "heated airer on"},
    {"feed crouton", "pellets for the hamster", "feed the hamster"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
pony" where the pony is Tansy). The phrases of one routine ask for the same thing too
(the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"truffle", "truffle's", "ansel", "honoria", "saoirse", "padraig", "padraig's", "cosima",
         "tansy", "tansy's", "alasdair", "morwenna", "ishbel", "lachlan", "lachlan's", "marsaili",
         "crouton", "crouton's", "kwadwo", "efua", "adjoa", "kobina", "kobina's", "dmitri"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "ansel": ("ansell", "ancel"), "honoria": ("honorya",), "saoirse": ("sersha", "seersha"),
    "padraig": ("pawrig", "porrig"), "padraig's": ("pawrig's", "porrig's"),
    "cosima": ("kosima", "cozima"), "alasdair": ("alastair", "alistair"),
    "morwenna": ("morwena", "morwenner"), "ishbel": ("ishbell", "ishbelle"),
    "lachlan": ("lochlan", "lachlin"), "lachlan's": ("lochlan's", "lachlin's"),
    "marsaili": ("marshally", "marsally"), "kwadwo": ("kwadjo", "kwajo"),
    "efua": ("efuah", "effua"), "adjoa": ("ajoa", "adjowa"), "kobina": ("kobena", "kobeena"),
    "dmitri": ("dimitri", "dmitry"),
    "kobina's": ("kobena's", "kobeena's"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise ("sersha" is how an English
recogniser writes the sounds of "saoirse")."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "six": ("half six",), "seven": ("half seven",), "four": ("quarter past four",),
    "nine": ("half nine",), "ten": ("quarter to ten",), "tomorrow": ("on sunday",),
    # things and places
    "rabbit": ("guinea pig",), "hay": ("kale",), "hutch": ("run",), "luthier": ("piano tuner",),
    "taxi's": ("uber's",), "cello": ("viola",), "sale": ("repair",), "varnish": ("sanding",),
    "spray": ("paint",), "booth": ("cabin",), "glue": ("wax",), "pot": ("gun",),
    "gut": ("steel",), "strings": ("bridges",), "stock": ("the post",), "rosin": ("resin",),
    "hygrometer": ("barometer",), "quartet": ("orchestra",), "rehearsal": ("recital",),
    "swimming": ("karate",), "gouges": ("rasps",), "tuning": ("brass",), "pegs": ("hinges",),
    "spruce": ("ebony",), "tops": ("backs",), "finished": ("broken",), "scroll": ("bridge",),
    "whittling": ("sketching",), "bow": ("tyre",), "rehairs": ("refunds",),
    "instrument": ("gun",), "safe": ("cupboard",), "conservatoire": ("orchestra",),
    "clamps": ("pegs",), "attic": ("cellar",), "dehumidifier": ("humidifier",),
    "purifier": ("ioniser",),
    "gig": ("dentist",), "pony": ("donkey",), "carrots": ("apples",), "rug": ("saddle",),
    "mason": ("roofer",), "lift's": ("bus is",), "quarry": ("builders",), "dust": ("fume",),
    "extractor": ("blower",), "banker": ("tool",), "shed": ("barn",), "compressor": ("generator",),
    "lime": ("clay",), "putty": ("mortar",), "soft": ("dry",), "slate": ("timber",),
    "lorry": ("van",), "skip": ("bin",), "cathedral": ("parish",), "meeting": ("fete",),
    "shinty": ("hockey",), "lettering": ("pitching",), "chisel": ("mallet",),
    "claw": ("point",), "chisels": ("saws",), "sandstone": ("granite",), "blocks": ("setts",),
    "carved": ("chipped",), "corbel": ("finial",), "carving": ("polishing",),
    "zinc": ("paper",), "templates": ("stencils",), "container": ("van",),
    "parish": ("county",), "council": ("hall",), "hose": ("sweep",), "saw": ("cutting",),
    "bench": ("table",), "boot": ("mud",), "hamster": ("gerbil",), "pellets": ("seeds",),
    "bedding": ("water bottle",), "porter": ("cleaner",), "friend's": ("cousin's",),
    "downstairs": ("outside",), "rota": ("overtime",), "swap": ("cover",),
    "utility": ("airing",), "cupboard": ("room",), "heated": ("electric",), "airer": ("blanket",),
    "lift": ("boiler",), "locker": ("office",), "parcel": ("post",),
    "ward": ("theatre",), "portering": ("cleaning",), "gospel": ("barbershop",), "choir": ("band",),
    "football": ("basketball",), "lanyard": ("wallet",), "trainers": ("boots",),
    "electric": ("gas",), "key": ("meter",), "scrubs": ("socks",), "napping": ("dozing",),
    "overtime": ("mileage",), "hours": ("breaks",), "balcony": ("window",),
    "planters": ("boxes",), "recycling": ("rubbish",), "scooter": ("bike",),
    "battery": ("lights",), "rent": ("council tax",),
    # the generic pool's
    "dog": ("rabbit",), "cat": ("ferret",), "garage": ("summerhouse",),
    "sauna": ("hot tub",), "coffee": ("cocoa",), "kettle": ("urn",),
    "movie": ("documentary",), "barbecue": ("picnic",), "birthday": ("anniversary",),
    "vacuum": ("duster",), "christmas": ("easter",), "yoga": ("pilates",),
    "hallway": ("utility",), "fireplace": ("log burner",), "porch": ("conservatory",),
    "office": ("den",), "sunset": ("twilight",), "bedside": ("desk",),
    "laundry": ("ironing",), "baby": ("toddlers",), "homework": ("piano",),
    "washing": ("drying",), "bedroom": ("nursery",), "podcast": ("audiobook",),
    "story": ("poem",), "bath": ("footbath",), "pool": ("hot tub",), "spa": ("massage",),
    "study": ("revision",), "focus": ("karaoke",), "relax": ("unwind",),
    "vacation": ("camping",), "news": ("traffic",), "guests": ("inlaws",),
    "alarm": ("doorbell",), "quiet": ("lively",), "read": ("doodle",),
    "reading": ("doodling",), "morning": ("lunchtime",), "evening": ("midnight",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("quartet rehearsal at half seven" for "quartet rehearsal at seven", "feed the
donkey"): never taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_POEMS = [
    "i wandered lonely as a cloud", "the slithy toves did gyre and gimble in the wabe",
    "beware the jabberwock and the frumious bandersnatch", "hail to you, blithe spirit",
    "ozymandias, colossal wreck", "mistress mine, where are you roaming",
    "i met a traveller from an antique land", "the curfew tolls the knell of parting",
]
_CHESS = [
    "knight forks king and queen", "castling kingside", "en passant, legal",
    "queen snaps the rook, ouch", "checkmate, i resign", "bishop skewers the knight, hmm",
    "stalemate, phooey", "sacrificing the queen, bold",
]

WRAPPERS: dict[str, list[str]] = {
    "a bedtime story read to a child, said first": [
        "once upon a hill, there lived a grumpy troll. {}",
        "and the princess kissed the frog. {}", "the giant sniffed, fee fi fo fum. {}",
        "goldilocks tasted the porridge. {}", "the mermaid swam ashore. {}",
        "and the wolf huffed and puffed. {}", "cinderella fled the palace, then {}",
        "rapunzel sang in the tower, oh and {}",
    ],
    "a shipping forecast heard on the radio, said first": [
        "viking, utsire, southerly veering westerly. {}",
        "dogger, fisher, german bight, moderate, thundery. {}",
        "rockall, malin, hebrides, gale warning. {}",
        "humber, thames, dover, occasionally moderate. {}",
        "sole, lundy, fastnet, rough. {}",
        "biscay, fitzroy, trafalgar, cyclonic. {}",
        "forties, cromarty, tyne, backing northerly, then {}",
        "plymouth, portland, wight, drizzly, oh and {}",
    ],
    "a game of i-spy, said first": [
        "i spy with my eye something beginning with d. {}",
        "is it a teapot? no. is it a teaspoon? yes! {}",
        "your turn to spy, something beginning with c. {}",
        "is it the ceiling? frosty. {}", "i spy something green. {}",
        "is it the curtains? colder. {}",
        "flummoxed? it was the radiator, then {}",
        "i spy something beginning with r, oh and {}",
    ],
    "a poem recited from memory, said first": [
        f"{p}. {{}}" for p in _POEMS[:6]
    ] + [f"{_POEMS[6]}, then {{}}", f"{_POEMS[7]}, oh and {{}}"],
    "a chess move announced, said after": [
        f"{{}}, {c}" for c in _CHESS[:6]
    ] + [f"{{}} and, {_CHESS[6]}", f"{{}} so, {_CHESS[7]}"],
    "a cricket commentary heard on the radio, said after": [
        "{}, and bowled, middle stump, cartwheeling", "{}, that's a googly, bamboozled",
        "{}, caught in the gully, astonishing", "{}, stumped, nifty keeping",
        "{}, maiden over, yawn", "{}, edged and spilled, butterfingers",
        "{} and, rain stops play, groan", "{} so, the umpire raised a finger",
    ],
    "a nature documentary heard on the telly, said after": [
        "{}, the wildebeest begin their migration",
        "{}, the cheetah stalks its prey", "{}, the humble dung beetle, tireless",
        "{}, the puffins huddle against the blizzard",
        "{}, meerkats stand sentry on the savannah", "{}, the orca pod circles, majestic",
        "{} and, the salmon leap upstream, extraordinary",
        "{} so, the gorillas doze in the canopy",
    ],
    "a line dance step called, said after": [
        "{}, grapevine, heel jack", "{}, shuffle forward, stomp stomp",
        "{}, monterey turn, clap", "{}, sashay, sashay, shimmy",
        "{}, pivot, hitch, stomp", "{}, coaster, heel strut",
        "{} and, jazz box, scoot", "{} so, stomp and swivel, whoop",
    ],
    "between a poem recited and a chess move": [
        f"{p}. {{}}, {c}" for p, c in zip(_POEMS[:6], _CHESS[:6], strict=True)
    ] + [f"{_POEMS[6]}. {{}} and, {_CHESS[6]}", f"{_POEMS[7]}. {{}} so, {_CHESS[7]}"],
    "in the middle of a shipping forecast heard": [
        "viking, utsire, {}, southerly veering westerly",
        "dogger, fisher, {}, german bight, moderate",
        "rockall, malin, {}, hebrides, gale warning",
        "humber, thames, {}, dover, occasionally moderate",
        "sole, lundy, {}, fastnet, rough",
        "biscay, fitzroy, {}, trafalgar, cyclonic",
        "forties, cromarty, {} and, tyne, backing northerly",
        "plymouth, portland, {} so, wight, drizzly",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_ASKED = {w for routines in TWENTYSEVENTH_ROUTINES.values() for ps in routines.values()
          for p in ps if re.match(r"(what's|what|is|how|when|when's|where's|where|who's|has"
                                  r"|are|which) ", p)
          for w in p.split()[1:]} - {"the", "a", "much", "in", "my", "on", "it", "is", "are",
                                     "many", "am", "i", "does", "say"}
"""The words of the pools' questions but their question words ("putty", "lift",
"ward"): a commentary, a move or a documentary said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_EATING = {"dinner", "lunch", "breakfast", "coffee", "tea", "barbecue", "cooking", "kitchen",
           "feed", "hay", "carrots", "pellets", "cat", "dog", "rabbit", "pony", "hamster",
           "kettle", "boil", "romantic", "party", "date", "candle"}
_ANIMALS = {"feed", "hay", "carrots", "pellets", "cat", "dog", "rabbit", "pony", "hamster",
            "hutch", "rug", "bedding", "walk", "walking", "garden", "truffle", "truffle's",
            "tansy", "tansy's", "crouton", "crouton's"}
"""Requests an animal on the screen or in a story could be the reason for (a pet fed,
a pet's hutch, a walk)."""
_CHILD = {"bedtime", "sleep", "sleeping", "night", "nap", "napping", "lamp", "light",
          "lights", "story", "read", "reading", "kids", "baby", "quiet", "calm", "music",
          "dim", "glow", "white", "noise", "sounds", "homework", "school", "bath", "mood"}
"""Requests a bedtime story or a poem learnt for school could be why (the light off,
quiet, the children)."""
_OUTSIDE = {"heater", "heating", "heat", "warm", "cool", "fan", "dehumidifier", "airer",
            "rug", "garden", "sprinklers", "storm", "water", "planters", "balcony", "walk",
            "walking", "putty", "lime", "skip", "lorry", "slate", "soft", "enough", "hose",
            "radio", "news", "boot", "outside", "door", "doors", "close", "blinds",
            "hygrometer", "extractor", "dust", "humidifier", "purifier", "drier", "washing",
            "laundry",
            "dry", "air", "conditioning", "breeze", "sun", "attic", "fire", "fireplace",
            "cozy", "scooter", "taxi's", "lift's", "football", "shinty", "swimming"}
"""Requests weather could be the reason for (a heater, the washing, a drier, a game
outside): a shipping forecast heard before them could be why."""
_GAMES = {"game", "gaming", "focus", "study", "homework", "quiet", "concert", "party"}
"""Requests a board game being played could bear on (a game, quiet to think)."""
_SPORT = {"tv", "television", "watch", "radio", "news", "podcast", "game", "gaming",
          "movie", "relax", "chill", "cozy", "football", "shinty", "swimming"}
"""Requests a match heard or watched could bear on (the set, the radio, a game)."""
_SCREEN = {"tv", "television", "watch", "movie", "radio", "news", "podcast", "relax",
           "chill", "cozy"}
"""Requests a documentary on the telly could bear on (the set itself)."""
_MUSIC = {"music", "loud", "quiet", "noise", "sounds", "party", "concert", "quartet",
          "choir", "gospel", "rehearsal", "practice", "piano", "gym", "workout", "yoga",
          "radio", "gig"}
"""Requests a dance class could bear on (the music, the noise, a class or a gig)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a story bears on bedtime and the children; its food on eating; its animals on
    # the pets)
    **{story: _CHILD | _ANIMALS for story in (
        "troll", "princess", "giant", "goldilocks", "mermaid", "wolf", "cinderella",
        "rapunzel")},
    "porridge": _EATING,
    # (a forecast bears on the weather, the heating, the washing and going out)
    **{area: _OUTSIDE for area in ("utsire", "german bight", "hebrides", "dover",
                                   "fastnet", "trafalgar", "cromarty", "plymouth")},
    # (a game of i-spy and a poem are the children's and bear on them)
    **{spy: _CHILD for spy in ("i spy", "teapot", "ceiling", "curtains", "radiator")},
    **{poem: _CHILD for poem in ("wandered", "slithy", "jabberwock", "blithe spirit",
                                 "ozymandias", "mistress", "traveller", "curfew")},
    # (a move, a commentary, a documentary or a dance call after a request could be
    # what it is about or the words of a message; a commentary or a documentary, which
    # say what happened, an answer to a question)
    **{move: _GAMES | _SAID_TO for move in (
        "knight forks", "castling", "en passant", "snaps the rook", "checkmate",
        "bishop skewers", "stalemate", "sacrificing")},
    **{ball: _SPORT | _SAID_TO | _ASKED for ball in (
        "bowled", "googly", "gully", "stumped", "maiden", "butterfingers", "rain stops",
        "umpire")},
    **{animal: _SCREEN | _ANIMALS | _SAID_TO | _ASKED for animal in (
        "wildebeest", "cheetah", "dung beetle", "puffins", "meerkats", "orca",
        "salmon", "gorillas")},
    **{step: _MUSIC | _SAID_TO for step in (
        "grapevine", "shuffle forward", "monterey", "sashay", "pivot, hitch",
        "coaster", "jazz box", "swivel")},
}
"""Clauses that would bear on a phrase with one of these words ("feed truffle" beside
"the penguins huddle against the blizzard" may be for the animals on screen; "boot room
heater on" after "rockall, malin, hebrides, gale warning" may be because of the gale):
never said around it, so the clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "once upon a hill, there lived a grumpy troll. {}", "{}, knight forks king and queen",
    "viking, utsire, southerly veering westerly. {}", "{}, castling kingside",
    "i wandered lonely as a cloud. {}", "{}, the orca pod circles, majestic",
    "i spy something green. {}", "{}, the humble dung beetle, tireless",
    "the giant sniffed, fee fi fo fum. {}", "{}, stumped, nifty keeping",
    "ozymandias, colossal wreck. {}", "{}, grapevine, heel jack",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "the slithy toves did gyre and gimble in the wabe. {}", "{}, en passant, legal",
    "dogger, fisher, german bight, moderate, thundery. {}", "{}, maiden over, yawn",
    "the mermaid swam ashore. {}", "{}, sashay, sashay, shimmy",
    "is it the ceiling? frosty. {}", "{}, the puffins huddle against the blizzard",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("i wandered lonely as
a cloud"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("pronounce", "autocorrect",
"hangman", "syllables") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "we",
    "till", "until", "less", "from", "like", "going", "then", "there's", "they've",
    "this", "those", "who", "us", "their", "them", "each", "every", "no", "by", "its",
    "mean", "get", "ever", "all", "how", "into", "after", "as", "she", "much", "than",
    "never", "goes", "can", "he's", "his", "her", "there", "here", "i'll", "other",
    "very", "or", "give",
}
"""The function words (and commonest verbs) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_twentyseventh_data.py none of an
out-of-scope template)."""

TWENTYSEVENTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("luthier", "lutier"), ("hygrometer", "hygrometre"), ("rosin", "rosen"),
    ("rehearsal", "rehersal"), ("whittling", "whitlin"), ("rehairs", "re hairs"),
    ("conservatoire", "conservatwah"), ("dehumidifier", "de humidifier"),
    ("sandstone", "sand stone"), ("corbel", "corbell"), ("lettering", "letterin"),
    ("compressor", "compresser"), ("extractor", "extracter"), ("shinty", "shinny"),
    ("downstairs", "down stairs"), ("portering", "porterin"), ("lanyard", "lanyed"),
    ("overtime", "over time"), ("planters", "plantas"), ("recycling", "recyclin"),
    ("airer", "error"), ("napping", "nappin"),
]
"""The twenty-seventh set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("glue pot", "gluepot"), ("varnish lamp", "varnishlamp"),
         ("instrument safe", "instrumentsafe"), ("bow rehairs", "bowrehairs"),
         ("gut strings", "gutstrings"), ("tuning pegs", "tuningpegs"),
         ("spruce tops", "sprucetops"), ("spray booth", "spraybooth"),
         ("cello clamps", "celloclamps"), ("dust extractor", "dustextractor"),
         ("banker shed", "bankershed"), ("lime putty", "limeputty"),
         ("slate lorry", "slatelorry"), ("claw chisels", "clawchisels"),
         ("zinc templates", "zinctemplates"), ("tool container", "toolcontainer"),
         ("saw bench", "sawbench"), ("boot room", "bootroom"),
         ("heated airer", "heatedairer"), ("locker parcel", "lockerparcel"),
         ("work trainers", "worktrainers"), ("electric key", "electrickey"),
         ("overtime hours", "overtimehours"), ("balcony planters", "balconyplanters"),
         ("scooter battery", "scooterbattery"), ("utility cupboard", "utilitycupboard")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"hygrometer": "hygrometre", "luthier": "luthiere", "rehearsal": "rehersal",
             "conservatoire": "conservatwar", "dehumidifier": "dehumidifyer",
             "sandstone": "sanstone", "lanyard": "lanyerd", "compressor": "compresser"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_twentyseventh.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "draw me a cartoon {w} with a moustache", "what's the plural of {w} in latin",
        "compose a haiku about a {w}", "give me an antonym of {w}",
        "which century was the {w} invented", "where's the nearest shop that sells a {w}",
        "is {w} a welsh word by origin", "how would a canadian say {w}",
    ],
    "routine command": [
        "scrap {p} altogether", "list the steps {p} goes through",
        "shorten the name of {p}", "clone {p} for the loft",
        "set {p} to weekends only", "add a chime ahead of {p}",
        "who fiddled with {p} last", "soften {p} a notch",
    ],
    "word order": [
        "{b} rather than {a}, ta", "{b} first, {a} afterwards",
        "swap {a} for {b} round", "not {a}, plenty of {b}",
        "does {a} come ahead of {b}", "mostly {b} and barely any {a}",
    ],
    "negation": [
        "abstain from {p}, thanks", "i'd prefer you not to {p} tonight",
        "on no occasion should you {p}", "you're not to {p} while i'm at the shops",
        "nah, we won't {p} today", "forget it, no {p} whatsoever",
    ],
    "cancellation": [
        "scrub {p} until i say so", "{p} can hold off till the weekend",
        "drop {p} for the rest of today", "halt {p} for this afternoon",
        "{p} won't be wanted today, ta very much", "park {p} for a while",
    ],
    "state question": [
        "is {p} going at this moment", "has {p} been triggered yet",
        "did anyone notice if {p} worked alright", "is {p} over or still chugging along",
        "has {p} been dealt with already", "did {p} happen on wednesday",
    ],
    "past or story": [
        "the spring we arrived {p} never behaved", "in the heatwave {p} gave up",
        "my nan used to {p} every saturday", "last halloween {p} dragged on for hours",
        "that weekend {p} misbehaved till dawn", "prior to the loft conversion we'd {p} ourselves",
    ],
    "someone else's words": [
        "the electrician mumbled {p} to himself", "a lad at the bus stop yelled {p}",
        "my cousin signs off every email with {p}", "the woman at the chemist said {p}",
        "the vicar said {p} during the sermon", "our window cleaner always says {p}",
    ],
    "contrast": [
        "{p} is only ever for new year's eve", "we keep {p} for when grandma visits",
        "{p} is a sunday affair only", "{p} only happens at easter",
        "we {p} just during the summer term", "{p} is for special occasions, nothing else",
    ],
    "hypothetical": [
        "what would happen if i told you to {p}", "suppose i wanted you to {p}, in theory",
        "purely hypothetically, could you {p}", "if {p} happened one afternoon, would it be noisy",
        "picture {p} at three in the small hours", "imagine someone asked for {p}",
    ],
    "complaint": [
        "{p} really gets on my nerves", "{p} failed us again on monday",
        "{p} has been rubbish since the upgrade", "i'm sick to death of {p} misbehaving",
        "{p} is nothing but bother", "{p} keeps going wonky",
    ],
    "opinion": [
        "{p} is an absolute treasure", "i'm chuffed to bits with {p}",
        "{p} has been a godsend", "{p} has made such a difference, truly",
        "{p} is the best trick you do", "{p} comes in dead handy",
    ],
    "reminder for later": [
        "prompt me to {p} when i'm back", "remind me to {p} after supper",
        "see that i remember to {p} on thursday", "give me a reminder to {p} in a bit",
        "pop {p} on the reminders for tomorrow", "ping me about {p} at suppertime",
    ],
    "permission question": [
        "is my nephew permitted to {p}", "can the cleaner {p}",
        "may the lodger {p} unsupervised", "is my gran permitted to {p} when she visits",
        "can the pet sitter {p} alone", "would the people over the road be permitted to {p}",
    ],
    # the twenty-seventh's own
    "asking how to pronounce it": [
        "how do you pronounce {p}", "is it pronounced {p}, or am i wrong",
        "what's the proper pronunciation of {p}", "am i pronouncing {p} properly",
        "how on earth is {p} pronounced", "the correct way to pronounce {p}, anyone",
    ],
    "singing it as a lyric": [
        "la la la, {p}, that's the chorus", "the lyric goes {p}, doo be doo",
        "she sings {p} in the second verse", "the song with {p} in it is stuck in my head",
        "sing along now, {p}, tra la la", "the jingle goes {p}, dum dee dum",
    ],
    "a chore planned for next week": [
        "next week's jobs include {p}", "on next week's list: {p}, and the gutters",
        "next monday i'll {p} myself", "i'm planning to {p} sometime next week",
        "jobs for next week, {p}, then the hedges", "pencil in {p} for next week on the calendar",
    ],
    "naming something new after it": [
        "we're naming the new kitten {p}", "we'll call the narrowboat {p}",
        "our quiz team's name is {p} now", "the new puppy is called {p}",
        "i've named my sourdough starter {p}", "we christened the allotment {p}",
    ],
    "counting its syllables or letters": [
        "how many syllables are in {p}", "count the letters in {p} for me",
        "{p} has how many vowels", "how many letters does {p} have",
        "is {p} more syllables than my name", "tally the consonants in {p}",
    ],
    "handwriting practice with it": [
        "copy {p} in your neatest joined-up writing",
        "practise writing {p} on the dotted lines",
        "write {p} ten times in cursive", "trace the letters of {p} carefully",
        "your handwriting sheet says {p}, keep the loops neat",
        "do {p} again in your best handwriting",
    ],
    "a web search for it, reported": [
        "i googled {p} and got nothing useful", "i searched {p} online yesterday",
        "typed {p} into the search bar, loads of adverts", "i looked {p} over on the internet",
        "the search results for {p} were baffling", "i did a web search for {p} earlier",
    ],
    "a hangman puzzle of it": [
        "my hangman answer was {p}", "the hangman phrase is {p}, you lose",
        "it was {p} the whole while, you're hanged", "hangman again, the answer's {p}",
        "i guessed {p} in hangman at the last gasp", "for hangman i picked {p}",
    ],
    "autocorrect changing it": [
        "autocorrect keeps changing {p} to rude words",
        "my phone autocorrected {p} again", "stupid autocorrect mangled {p}",
        "predictive text turned {p} into gibberish", "autocorrect won't leave {p} alone",
        "whenever i type {p} autocorrect butchers it",
    ],
    "grammar homework about it": [
        "underline the verb in {p}", "is {p} a noun phrase or a clause",
        "for your grammar worksheet, parse {p}", "circle the preposition in {p}",
        "which word in {p} is the subject", "label each word of {p} for your grammar sheet",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} oven glove", "{} lunchbox", "{} jigsaw puzzle", "{} colouring book",
    "{} tote bag", "{} paperweight", "{} novelty socks", "{} pencil case",
    "{} ringtone", "{} doormat",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
