"""The words of the thirty-third held-out resolver set
(benchmarks/_resolver_thirtythird.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a locksmith's flat over a
key-cutting kiosk, where Pete cuts keys, with his wife Dawn, their daughter Paige, their
son Miles, a lurcher Latch and Cole his apprentice (seed 330); an orchid grower's
bungalow with two hothouses, where Holly grows orchids, with her husband Lee, their
daughter Rose, their son Wade, a tabby Moss and Guy who helps at the auctions (331);
and a dance teacher's flat above her studio, where Grace teaches, with her husband Rob,
their daughter Summer, their son Ray, a budgie Tango and Lynn who plays for her classes
(332). Its people and pets are named with common words or with words that sound like
others ("message dawn", "ring guy", "feed moss" beside "mist the sphagnum moss", "feed
latch" beside "fit the gate latch", "pete" as "peat", "paige" as "page", "cole" as
"coal", "rose" as "rows", "wade" as "weighed", "ray" as "rae", "lynn" as "lin"). Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("paige's swimming at eight" beside "paige's swimming at
seven", "misting pump off" beside "misting pump on"), are never taught there. Phrases
come in every shape: one word ("locksmithing", "repotting", "waltzing"), two nouns
("spare keys", "bark chippings", "leg warmers"), nested ("key cutter on" inside "kiosk
key cutter on", "misting pump on" inside "hothouse misting pump on", "studio speakers on"
inside "back studio speakers on"), words shared across phrases ("are my tap shoes dry"
and "summer's tap at nine", "order more orchid pots" and "are the orchids flowering"),
numbers and times ("paige's swimming at seven", "ray's rugby at eleven"), places ("attic
heater on", "sunroom heater on"), verbs first ("oil the lock picks") and nouns first
("millet spray for the budgie"), questions ("how humid is the hothouse", "is the studio too
chilly"), and a chore of several clauses ("we're heading to the dance festival so feed
tango and ring lynn and lock the studio entrance").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("peat" for "pete", "page" for "paige", "weighed" for "wade"): the same person or pet, so
"ring peat" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a workout video instructor first ("quads firing, tuck
that pelvis. X"), a driving theory test app first ("hazard perception clip loading.
X"), a tennis umpire on the telly first ("deuce. X"), a stage hypnotist on the telly
first ("stare into the spiral. X"), a horse racing commentary on the radio after ("X,
into the final furlong"), a snooker commentator on the telly after ("X, he's snookered
himself"), a rocket launch livestream after ("X, we have liftoff"), a vicar's sermon on
the radio after ("X, blessed are the meek"); the phrase between a tennis umpire's call
and a rocket launch livestream, and the phrase said in the middle of a workout
instructor's line, which goes on after it ("quads firing, X, tuck that pelvis"). Some
are joined with "and", "so", "then" or "oh and". No word of a clause but its function
words is a word of this set's pools or the generic pool, and its distinctive words are no
earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: written in a birthday card, engraved on a trophy, a
bumper sticker, a school motto, a fancy dress theme, an out-of-office reply, a message in
a bottle, a word played at scrabble, a cartoon character's catchphrase, and a christmas
cracker joke's punchline.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {330: "locksmith's flat over a key-cutting kiosk",
                         331: "orchid grower's bungalow with two hothouses",
                         332: "dance teacher's flat above her studio"}

THIRTYTHIRD_ROUTINES: dict[str, dict[str, list[str]]] = {
    "locksmith's flat over a key-cutting kiosk": {
        "Latch": ["feed latch", "kibble for the lurcher"],
        "Latch coat": ["brush latch's coat"],
        "Pete": ["ring pete", "call the locksmith"],
        "Dawn": ["message dawn", "text dawn"],
        "Dawn and Paige": ["message dawn and paige"],
        "Miles": ["tell miles his bike chain is oiled"],
        "Cole": ["text cole about the safe callout"],
        "Cole ring": ["ring cole", "phone cole"],
        "Key cutter": ["key cutter on"],
        "Kiosk key cutter": ["kiosk key cutter on"],
        "Bench grinder": ["bench grinder on"],
        "Callouts": ["have any callouts come in"],
        "Key blanks": ["are the key blanks running low"],
        "Kiosk damp": ["how damp is the kiosk"],
        "Swimming": ["paige's swimming at seven"],
        "Chess club": ["miles's chess at four"],
        "Tension wrench": ["where's my tension wrench"],
        "Lock picks": ["oil the lock picks"],
        "Padlocks": ["order more padlocks"],
        "Key rings": ["count the key rings"],
        "Gate latch": ["fit the gate latch"],
        "Safe dial": ["service the safe dial"],
        "Locksmithing": ["locksmithing"],
        "Kiosk shutter": ["lock the kiosk shutter"],
        "Kiosk rent": ["pay the kiosk rent"],
        "Attic heater": ["attic heater on"],
        "Mortice locks": ["mortice locks"],
        "Spare keys": ["spare keys"],
        # long
        "Trade show": ["we're off to the trade show so feed latch and ring cole and lock the "
                       "kiosk shutter"],
    },
    "orchid grower's bungalow with two hothouses": {
        "Moss": ["feed moss", "biscuits for the tabby"],
        "Moss blanket": ["wash moss's blanket"],
        "Holly": ["ring holly", "call the orchid grower"],
        "Lee": ["message lee", "text lee"],
        "Lee and Rose": ["message lee and rose"],
        "Wade": ["tell wade his trainers are dry"],
        "Guy": ["text guy about the plant auction"],
        "Guy ring": ["ring guy", "phone guy"],
        "Misting pump": ["misting pump on"],
        "Hothouse misting pump": ["hothouse misting pump on"],
        "Tray warmer": ["tray warmer on"],
        "Bark mulch": ["has the bark mulch arrived"],
        "Orchids flowering": ["are the orchids flowering"],
        "Hothouse humid": ["how humid is the hothouse"],
        "Gymnastics": ["rose's gymnastics at five"],
        "Football": ["wade's football at eight"],
        "Secateurs": ["where are my secateurs"],
        "Orchid pots": ["order more orchid pots"],
        "Cuttings": ["count the cuttings"],
        "Sphagnum": ["mist the sphagnum moss"],
        "Plant labels": ["print the plant labels"],
        "Shade netting": ["roll out the shade netting"],
        "Repotting": ["repotting"],
        "Potting shed": ["lock the potting shed"],
        "Seed merchant": ["pay the seed merchant"],
        "Sunroom heater": ["sunroom heater on"],
        "Bark chippings": ["bark chippings"],
        "Misting nozzles": ["misting nozzles"],
        # long
        "Orchid show": ["we're driving to the orchid show so feed moss and ring guy and "
                        "lock the potting shed"],
    },
    "dance teacher's flat above her studio": {
        "Tango": ["feed tango", "millet spray for the budgie"],
        "Tango cage": ["clean tango's cage"],
        "Grace": ["ring grace", "call the dance teacher"],
        "Rob": ["message rob", "text rob"],
        "Rob and Summer": ["message rob and summer"],
        "Ray": ["tell ray his kit bag is packed"],
        "Lynn": ["text lynn about the recital programme"],
        "Lynn ring": ["ring lynn", "phone lynn"],
        "Studio speakers": ["studio speakers on"],
        "Back studio speakers": ["back studio speakers on"],
        "Dehumidifier": ["studio dehumidifier on"],
        "Rosin": ["has the rosin been delivered"],
        "Studio chilly": ["is the studio too chilly"],
        "Tap shoes": ["are my tap shoes dry"],
        "Summer tap": ["summer's tap at nine"],
        "Ray rugby": ["ray's rugby at eleven"],
        "Metronome": ["where's my metronome"],
        "Hairpins": ["order more hairpins"],
        "Tutus": ["count the tutus"],
        "Barre": ["mend the wobbly barre"],
        "Sprung floor": ["sweep the sprung floor"],
        "Waltzing": ["waltzing"],
        "Studio door": ["lock the studio entrance"],
        "Hall hire": ["pay the hall hire"],
        "Stairwell heater": ["stairwell heater on"],
        "Leg warmers": ["leg warmers"],
        "Pointe shoes": ["pointe shoes"],
        # long
        "Dance festival": ["we're heading to the dance festival so feed tango and ring lynn "
                           "and lock the studio entrance"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "locksmith's flat over a key-cutting kiosk": {
        "Swimming eight": ["paige's swimming at eight"],
        "Chess five": ["miles's chess at five"],
        "Key cutter off": ["key cutter off"],
        "Kiosk key cutter off": ["kiosk key cutter off"],
        "Bench grinder off": ["bench grinder off"],
        "Unlock kiosk shutter": ["unlock the kiosk shutter"],
        "Cole repair": ["text cole about the safe repair"],
        "Latch tail": ["brush latch's tail"],
        "Hasps": ["order more hasps"],
        "Key fobs": ["count the key fobs"],
        "Shed latch": ["fit the shed latch"],
        "Attic heater off": ["attic heater off"],
    },
    "orchid grower's bungalow with two hothouses": {
        "Gymnastics six": ["rose's gymnastics at six"],
        "Football nine": ["wade's football at nine"],
        "Misting pump off": ["misting pump off"],
        "Hothouse misting pump off": ["hothouse misting pump off"],
        "Tray warmer off": ["tray warmer off"],
        "Unlock potting shed": ["unlock the potting shed"],
        "Guy fair": ["text guy about the plant fair"],
        "Moss basket": ["wash moss's basket"],
        "Orchid stakes": ["order more orchid stakes"],
        "Seedlings": ["count the seedlings"],
        "Sphagnum trays": ["mist the sphagnum trays"],
        "Sunroom heater off": ["sunroom heater off"],
    },
    "dance teacher's flat above her studio": {
        "Tap ten": ["summer's tap at ten"],
        "Rugby seven": ["ray's rugby at seven"],
        "Studio speakers off": ["studio speakers off"],
        "Back studio speakers off": ["back studio speakers off"],
        "Dehumidifier off": ["studio dehumidifier off"],
        "Unlock studio door": ["unlock the studio entrance"],
        "Lynn costumes": ["text lynn about the recital costumes"],
        "Tango perch": ["clean tango's perch"],
        "Hairnets": ["order more hairnets"],
        "Leotards": ["count the leotards"],
        "Mirror": ["mend the wobbly mirror"],
        "Stairwell heater off": ["stairwell heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the locksmith's flat
    {"we're off to the trade show so feed latch and ring cole and lock the kiosk shutter",
     "i'm leaving", "goodbye house", "feed latch", "ring cole", "lock the kiosk shutter"},
    {"feed latch", "kibble for the lurcher", "feed the lurcher"},
    {"ring pete", "call the locksmith", "ring the locksmith"},
    # the orchid grower's bungalow
    {"we're driving to the orchid show so feed moss and ring guy and lock the potting shed",
     "i'm leaving", "goodbye house", "feed moss", "ring guy", "lock the potting shed"},
    {"feed moss", "biscuits for the tabby", "feed the tabby"},
    {"ring holly", "call the orchid grower", "ring the orchid grower"},
    # the dance teacher's flat
    {"we're heading to the dance festival so feed tango and ring lynn and lock the studio "
     "door", "i'm leaving", "goodbye house", "feed tango", "ring lynn", "lock the studio entrance"},
    {"feed tango", "millet spray for the budgie", "feed the budgie"},
    {"ring grace", "call the dance teacher", "ring the dance teacher"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
lurcher" where the lurcher is Latch). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"pete", "dawn", "paige", "paige's", "miles", "miles's", "cole", "latch", "latch's",
         "holly", "lee", "rose", "rose's", "wade", "wade's", "moss", "moss's", "guy",
         "grace", "rob", "summer", "summer's", "ray", "ray's", "tango", "tango's", "lynn"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "pete": ("peat",), "paige": ("page",), "paige's": ("page's",),
    "miles": ("myles",), "miles's": ("myles's",), "cole": ("coal", "kohl"),
    "holly": ("hollie", "holley"), "lee": ("lea", "leigh"), "rose": ("rows", "roes"),
    "rose's": ("rows's",),
    "wade": ("weighed",), "wade's": ("weighed's",), "ray": ("rae", "rey"),
    "ray's": ("rae's",), "lynn": ("lin", "linn"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: "peat" is how a
recogniser writes the sounds of "pete", "rows" those of "rose"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("half four",), "five": ("twenty past five",), "seven": ("quarter to seven",),
    "eight": ("half eight",), "nine": ("quarter past nine",), "eleven": ("half eleven",),
    # things and places
    "kibble": ("gravy",), "lurcher": ("spaniel",), "brush": ("trim",), "coat": ("nails",),
    "locksmith": ("glazier",), "bike": ("scooter",), "chain": ("brakes",),
    "oiled": ("fixed",), "callout": ("quote",), "key": ("card",), "cutter": ("printer",),
    "kiosk": ("cabin",), "bench": ("belt",), "grinder": ("sander",),
    "callouts": ("refunds",), "blanks": ("tags",), "running": ("selling",),
    "damp": ("draughty",), "swimming": ("hockey",), "chess": ("drama",),
    "tension": ("torque",), "wrench": ("gauge",), "oil": ("sort",), "picks": ("drills",),
    "padlocks": ("hinges",), "rings": ("pouches",), "gate": ("window",),
    "service": ("reset",), "dial": ("combination",), "locksmithing": ("glazing",),
    "shutter": ("awning",), "rent": ("rates",), "attic": ("cellar",),
    "mortice": ("rim",), "locks": ("bolts",), "spare": ("car",), "keys": ("tokens",),
    "trade": ("boat",),
    "biscuits": ("pouches",), "tabby": ("kitten",), "blanket": ("bowl",),
    "orchid": ("cactus",), "grower": ("breeder",), "trainers": ("boots",),
    "dry": ("muddy",), "plant": ("book",), "auction": ("swap",), "misting": ("irrigation",),
    "pump": ("timer",), "hothouse": ("polytunnel",), "tray": ("propagator",),
    "warmer": ("lamp",), "bark": ("compost",), "mulch": ("delivery",),
    "arrived": ("sold",), "orchids": ("cacti",), "flowering": ("wilting",),
    "humid": ("stuffy",), "gymnastics": ("brass band",), "football": ("archery",),
    "secateurs": ("gloves",), "pots": ("canes",), "cuttings": ("bulbs",),
    "mist": ("water",), "sphagnum": ("coir",), "print": ("laminate",),
    "labels": ("signs",), "roll": ("fold",), "shade": ("frost",), "netting": ("fleece",),
    "repotting": ("pruning",), "potting": ("garden",), "seed": ("fertiliser",),
    "merchant": ("supplier",), "sunroom": ("utility",), "chippings": ("dust",),
    "nozzles": ("hoses",), "show": ("sale",),
    "millet": ("apple",), "spray": ("seed",),
    "entrance": ("fire escape",), "budgie": ("canary",), "clean": ("cover",), "cage": ("swing",),
    "dance": ("piano",), "teacher": ("examiner",), "kit": ("gym",), "bag": ("bottle",),
    "packed": ("washed",), "recital": ("panto",), "programme": ("tickets",),
    "studio": ("garage",), "speakers": ("lights",), "dehumidifier": ("extractor",),
    "rosin": ("chalk",), "delivered": ("paid for",), "chilly": ("stuffy",),
    "tap": ("jazz",), "shoes": ("socks",), "rugby": ("cricket",),
    "metronome": ("tuning fork",), "hairpins": ("ribbons",), "tutus": ("tiaras",),
    "mend": ("paint",), "wobbly": ("loose",), "barre": ("railing",), "sweep": ("polish",),
    "sprung": ("wooden",), "floor": ("stage",), "waltzing": ("foxtrotting",),
    "hall": ("church",), "hire": ("deposit",), "stairwell": ("landing",),
    "leg": ("arm",), "warmers": ("bands",), "pointe": ("character",),
    "festival": ("competition",),
    # the generic pool's
    "dog": ("hamster",), "garage": ("carport",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("documentary",),
    "barbecue": ("picnic",), "birthday": ("retirement",), "vacuum": ("mop",),
    "christmas": ("hanukkah",), "yoga": ("pilates",), "hallway": ("vestibule",),
    "fireplace": ("log burner",), "porch": ("veranda",), "office": ("workroom",),
    "sunset": ("sunrise",), "bedside": ("dressing table",), "laundry": ("ironing",),
    "baby": ("nephew",), "homework": ("spelling",), "washing": ("folding",),
    "bedroom": ("spare room",), "podcast": ("radio play",), "story": ("poem",),
    "bath": ("paddling pool",), "pool": ("hot tub",), "spa": ("massage",),
    "study": ("revision",), "focus": ("reading hour",), "relax": ("unwind",),
    "vacation": ("weekend away",), "news": ("cricket scores",), "guests": ("cousins",),
    "alarm": ("chime",), "quiet": ("busy",), "read": ("sew",),
    "reading": ("sewing",), "morning": ("afternoon",), "evening": ("dusk",),
    "bedtime": ("lights-out",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("paige's
swimming at quarter to seven" for "paige's swimming at seven", "feed the spaniel"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_WORKOUT = [
    ("quads firing", "tuck that pelvis"),
    ("crab shuffles", "thrust those hips"),
    ("kettlebell deadlifts", "hinge at the waist"),
    ("glute bridges", "clench at the summit"),
    ("squat thrusts", "tense your midriff"),
    ("scissor kicks", "sprightly now, troopers"),
    ("tricep dips", "phenomenal stamina, troopers"),
    ("oblique twists", "incinerate that flab"),
]
_UMPIRE = [
    "deuce", "advantage kowalski", "fault, second serve", "challenge upheld, hawkeye agrees",
    "racquet abuse, admonishment issued", "spectators, mobiles muted for the rally",
    "foot fault adjudged", "tiebreak commencing",
]
_ROCKET = [
    "ignition sequence commencing", "we have liftoff", "booster separation confirmed",
    "telemetry nominal", "fairing jettisoned", "orbit insertion achieved",
    "throttling the thrusters", "payload deployed",
]

WRAPPERS: dict[str, list[str]] = {
    "a workout video instructor, said first": [
        f"{a}, {b}. {{}}" for a, b in _WORKOUT[:6]
    ] + [f"{_WORKOUT[6][0]}, {_WORKOUT[6][1]}, then {{}}",
         f"{_WORKOUT[7][0]}, {_WORKOUT[7][1]}, oh and {{}}"],
    "a driving theory test app, said first": [
        "hazard perception clip loading. {}", "click once the hazard develops. {}",
        "mock examination completed. {}",
        "stopping distances chapter unlocked. {}",
        "identify the cyclist's gesture. {}",
        "which motorist yields at an uncontrolled crossroads? {}",
        "pelican crossing flashcard, then {}", "tailgating penalties explained, oh and {}",
    ],
    "a tennis umpire on the telly, said first": [
        f"{u}. {{}}" for u in _UMPIRE[:6]
    ] + [f"{_UMPIRE[6]}, then {{}}", f"{_UMPIRE[7]}, oh and {{}}"],
    "a stage hypnotist on the telly, said first": [
        "stare into the spiral. {}", "track the pendulum. {}",
        "deeper and deeper into a trance. {}", "you're a chicken now, cluck. {}",
        "mesmerised, totally mesmerised. {}", "our participant is hypnotised. {}",
        "three clicks, you're roused, then {}", "trance deepening, oh and {}",
    ],
    "a horse racing commentary on the radio, said after": [
        "{}, into the final furlong", "{}, the favourite's flagging",
        "{}, they're loading into the stalls", "{}, the outsider's surging",
        "{}, jockey's reaching for the whip", "{}, nip and tuck by the grandstand",
        "{} and, they're leaping becher's brook", "{} so, odds tumbling on the chestnut",
    ],
    "a snooker commentator on the telly, said after": [
        "{}, he's snookered himself", "{}, he's nestled it snugly in baulk",
        "{}, vicious backspin, immaculate positional cueing",
        "{}, he's eyeing an audacious doubling",
        "{}, that tactical exchange rumbles on", "{}, a sumptuous long cannon",
        "{} and, the adjudicator respots the ball", "{} so, frame ball spurned",
    ],
    "a rocket launch livestream, said after": [
        f"{{}}, {r}" for r in _ROCKET[:6]
    ] + [f"{{}} and, {_ROCKET[6]}", f"{{}} so, {_ROCKET[7]}"],
    "a vicar's sermon on the radio, said after": [
        "{}, let us bow our heads", "{}, blessed are the meek", "{}, depart in peace",
        "{}, brethren, ponder the lilies", "{}, thus saith the prophet",
        "{}, the congregation shall arise", "{} and, absolve our trespasses",
        "{} so, glory be, parishioners",
    ],
    "between a tennis umpire's call and a rocket launch livestream": [
        f"{u}. {{}}, {r}" for u, r in zip(_UMPIRE[:6], _ROCKET[:6], strict=True)
    ] + [f"{_UMPIRE[6]}. {{}} and, {_ROCKET[6]}",
         f"{_UMPIRE[7]}. {{}} so, {_ROCKET[7]}"],
    "in the middle of a workout video instructor's line": [
        f"{a}, {{}}, {b}" for a, b in _WORKOUT[:6]
    ] + [f"{_WORKOUT[6][0]}, {{}} and, {_WORKOUT[6][1]}",
         f"{_WORKOUT[7][0]}, {{}} so, {_WORKOUT[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYTHIRD_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("callouts",
"humid", "chilly"; not "orchids", which "order more orchid pots" says too in its
singular): a commentator's, a livestream's or a sermon's line said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_BODY = {"workout", "gym", "yoga", "walk", "walking", "swimming", "football", "gymnastics",
         "rugby", "tap", "waltzing", "dance", "leg", "warmers", "trainers", "kit", "shoes",
         "pointe", "barre", "sprung", "floor", "fan", "cool", "breeze", "music", "loud",
         "sounds", "speakers", "tv", "television", "watch", "metronome", "tutus"}
"""Requests a workout video could bear on (exercise, the dance class, the music and
the telly it plays on)."""
_ROAD = {"homework", "study", "focus", "read", "reading", "kids", "school", "quiet",
         "driving", "away", "leaving", "goodbye", "garage", "bike", "chain", "trade",
         "show", "festival", "callout", "callouts"} | _SAID_TO
"""Requests a driving theory app could bear on (study, a trip or a drive, a bike, words
sent)."""
_COURT = {"tv", "television", "watch", "movie", "game", "gaming", "chess", "football",
          "rugby", "gymnastics", "swimming", "quiet", "loud", "noise", "sounds", "kit",
          "bag", "trainers", "shoes", "netting", "safe"}
"""Requests a tennis match on the telly could bear on (the telly, its hush, sport and
its kit, a net, a call of "safe")."""
_TRANCE = {"sleep", "sleeping", "nap", "relax", "calm", "meditation", "bedtime", "night",
           "wake", "quiet", "tv", "television", "watch", "movie", "feed", "kibble",
           "biscuits", "millet", "lurcher", "tabby", "budgie", "dinner", "lunch",
           "breakfast", "tension"}
"""Requests a stage hypnotist could bear on (sleep and waking, the telly, feeding: his
volunteer clucks like a hen)."""
_TURF = {"radio", "news", "podcast", "loud", "quiet", "noise", "sounds", "music",
         "speakers", "pay", "rent", "hire", "merchant", "auction", "gate", "count",
         "running", "post", "football", "rugby", "swimming", "gymnastics"}
"""Requests a race on the radio could bear on (the radio, money staked or paid, a
starting gate, a race run, sport)."""
_TABLE = {"tv", "television", "watch", "movie", "game", "gaming", "chess", "quiet",
          "noise", "count", "safe", "football", "rugby"}
"""Requests snooker on the telly could bear on (the telly, a game, a score counted, a
safety shot)."""
_LAUNCH = {"tv", "television", "watch", "movie", "news", "loud", "noise", "quiet",
           "sounds", "cutter", "grinder", "pump", "warmer", "speakers", "dehumidifier",
           "heater", "heat", "heating", "fan", "air", "conditioning", "fire", "fireplace",
           "trade", "show", "festival", "away", "leaving", "goodbye", "driving", "heading",
           "sunset", "sun", "storm", "misting", "nozzles"}
"""Requests a rocket launch could bear on (the screen it is on, a machine started or a
fire lit, a trip set off on, the sky)."""
_CHURCH = {"radio", "news", "podcast", "quiet", "loud", "music", "noise", "sounds",
           "speakers", "grace", "rose", "summer", "dinner", "lunch", "breakfast",
           "feed", "kibble", "biscuits", "millet", "pay", "rent", "hire", "merchant",
           "christmas", "birthday", "date", "romantic", "hall", "recital", "programme"}
"""Requests a sermon on the radio could bear on (the radio, a grace said before a meal,
a name a sermon could say, the collection, a feast, a church hall)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a workout video bears on exercise, the class and the telly)
    **{body: _BODY for body in ("quads", "crab shuffles", "kettlebell", "glute bridges",
                                "squat thrusts", "scissor kicks", "tricep", "oblique")},
    # (a theory test app bears on study, a drive and words sent)
    **{road: _ROAD for road in ("hazard", "mock examination", "stopping distances",
                                "cyclist's", "motorist", "pelican", "tailgating")},
    # (an umpire on the telly bears on the telly, sport and its kit)
    **{court: _COURT for court in ("deuce", "advantage", "second serve", "hawkeye",
                                   "racquet", "spectators", "foot fault", "tiebreak")},
    # (a hypnotist bears on sleep, the telly and feeding)
    **{trance: _TRANCE for trance in ("spiral", "pendulum", "a trance", "trance deepening", "cluck",
                                      "mesmerised", "hypnotised", "roused")},
    # (a commentator's, a livestream's or a sermon's line after a request could be what
    # it is about or the words of a message; said after a question, an answer)
    **{race: _TURF | _SAID_TO | _ASKED for race in (
        "furlong", "favourite's", "stalls", "outsider's", "jockey's", "grandstand",
        "becher's", "odds tumbling")},
    **{cue: _TABLE | _SAID_TO | _ASKED for cue in (
        "snookered", "nestled", "positional", "audacious doubling", "tactical exchange",
        "long cannon", "respots", "frame ball")},
    **{rocket: _LAUNCH | _SAID_TO | _ASKED for rocket in (
        "ignition", "liftoff", "booster", "telemetry", "fairing", "orbit", "thrusters",
        "payload")},
    **{pulpit: _CHURCH | _SAID_TO | _ASKED for pulpit in (
        "bow our heads", "meek", "depart in peace", "lilies", "saith", "congregation",
        "trespasses", "parishioners")},
}
"""Clauses that would bear on a phrase with one of these words ("ray's rugby at eleven"
after a tennis umpire may be about the match; "feed tango" after a hypnotist may be his
volunteer's hen): never said around it, so the clause stays beside the request and says
nothing of it."""

OOS_WRAPPERS = [
    "quads firing, tuck that pelvis. {}", "{}, into the final furlong",
    "hazard perception clip loading. {}", "{}, he's snookered himself",
    "deuce. {}", "{}, we have liftoff",
    "stare into the spiral. {}", "{}, blessed are the meek",
    "identify the cyclist's gesture. {}", "{}, the favourite's flagging",
    "advantage kowalski. {}", "{}, telemetry nominal",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "kettlebell deadlifts, hinge at the waist. {}", "{}, a sumptuous long cannon",
    "stopping distances chapter unlocked. {}", "{}, jockey's reaching for the whip",
    "racquet abuse, admonishment issued. {}", "{}, fairing jettisoned",
    "track the pendulum. {}", "{}, thus saith the prophet",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("into the final
furlong"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("trophy", "sticker", "motto",
"cracker") are never a wrapper's, so they stay."""

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
    "fancy", "first", "everybody", "into", "those", "they're", "which", "second",
    "go", "o", "yourselves", "himself",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtythird_data.py none of an
out-of-scope template)."""

THIRTYTHIRD_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("locksmith", "lock smith"), ("kibble", "kibbel"), ("lurcher", "lercher"),
    ("padlocks", "pad locks"), ("mortice", "mortise"), ("callouts", "call outs"),
    ("locksmithing", "locksmithin"), ("wrench", "rench"), ("attic", "attick"),
    ("secateurs", "secaters"), ("sphagnum", "sfagnum"), ("hothouse", "hot house"),
    ("gymnastics", "jimnastics"), ("orchids", "orkids"), ("misting", "mistin"),
    ("repotting", "re potting"), ("netting", "nettin"), ("sunroom", "sun room"),
    ("metronome", "metranome"), ("dehumidifier", "dehumidifyer"), ("tutus", "tootoos"),
    ("waltzing", "walsing"), ("stairwell", "stair well"), ("rosin", "rozin"),
    ("millet", "millit"), ("budgie", "budgy"), ("chilly", "chilli"),
    ("recital", "resital"), ("football", "foot ball"), ("hairpins", "hair pins"),
]
"""The thirty-third set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("key cutter", "keycutter"), ("bench grinder", "benchgrinder"),
         ("key blanks", "keyblanks"), ("tension wrench", "tensionwrench"),
         ("lock picks", "lockpicks"), ("key rings", "keyrings"), ("gate latch", "gatelatch"),
         ("safe dial", "safedial"), ("kiosk shutter", "kioskshutter"),
         ("spare keys", "sparekeys"), ("bike chain", "bikechain"),
         ("misting pump", "mistingpump"), ("tray warmer", "traywarmer"),
         ("bark mulch", "barkmulch"), ("orchid pots", "orchidpots"),
         ("plant labels", "plantlabels"), ("shade netting", "shadenetting"),
         ("potting shed", "pottingshed"), ("seed merchant", "seedmerchant"),
         ("bark chippings", "barkchippings"), ("misting nozzles", "mistingnozzles"),
         ("studio speakers", "studiospeakers"), ("tap shoes", "tapshoes"),
         ("kit bag", "kitbag"), ("studio entrance", "studioentrance"), ("hall hire", "hallhire"),
         ("leg warmers", "legwarmers"), ("pointe shoes", "pointeshoes"),
         ("sprung floor", "sprungfloor"), ("dance teacher", "danceteacher")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"mortice": "mortise", "secateurs": "secaters", "hothouse": "hot-house",
             "stairwell": "stair-well", "dehumidifier": "de-humidifier",
             "locksmith": "lock-smith", "sunroom": "sun-room", "hairpins": "hair-pins"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtythird.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a tea cosy in the shape of a {w}", "what's the gaelic for {w}",
        "paint me a {w} in watercolours", "how do folk in glasgow pronounce {w}",
        "which century first gave us the {w}", "is a {w} cheaper at the car boot",
        "find a folk song about a {w}", "signal {w} in morse to my cousin",
    ],
    "routine command": [
        "wipe {p} clean off your memory", "read out every step of {p}",
        "dream up a catchier label for {p}", "copy {p} for the granny flat",
        "limit {p} to bank holidays", "add a fanfare ahead of {p}",
        "who last tinkered with {p}", "make {p} a touch gentler",
    ],
    "word order": [
        "{b} at the start then {a} last", "{b} to begin and {a} to finish up",
        "swap the {a} with the {b}", "zero {a}, loads of {b}",
        "shouldn't {a} come ahead of {b}", "stacks of {b}, barely any {a}",
    ],
    "negation": [
        "leave off {p}, ta very much", "i'd rather no {p} till the plumber's gone",
        "no chance of {p}, mate", "skip {p} while i'm at the dentist",
        "nope, no {p} tonight cheers", "scratch that, absolutely no {p}",
    ],
    "cancellation": [
        "park {p} until i say otherwise", "{p} can wait till after the christening",
        "ditch {p} for the rest of the term", "pause {p} till the builders finish",
        "we'll manage without {p} just the once", "put {p} on ice for a fortnight or so",
    ],
    "state question": [
        "is {p} underway at the moment", "has {p} got going yet or not",
        "did {p} go according to the plan", "is {p} over or still plodding along",
        "has anyone seen to {p} already", "did {p} really happen on tuesday",
    ],
    "past or story": [
        "the winter the pipes froze {p} gave up", "during the heatwave {p} went completely haywire",
        "my grandad would {p} every new year's day", "at the wedding {p} dragged on for ages",
        "that easter weekend {p} misbehaved all day",
        "before the loft conversion we had to {p} by hand",
    ],
    "someone else's words": [
        "the milkman hummed {p} on the path", "a lad on the top deck yelled {p}",
        "my niece ends every voice note with {p}", "a fella at the tip grumbled {p}",
        "the traffic warden said {p} this morning",
        "our gardener signs off with {p}",
    ],
    "contrast": [
        "{p} is kept for bonfire night", "we only {p} when the cousins visit",
        "{p} is a treat for special occasions", "{p} only happens in the school holidays",
        "we {p} only on the last friday of the month", "{p} is saved for ruby weddings",
    ],
    "hypothetical": [
        "say i pleaded with you to {p}", "if i craved {p}, would you cope",
        "could you {p}, purely in theory", "if {p} began at four in the morning "
        "would it disturb next door", "picture {p} going off at daybreak",
        "what would happen if a visitor asked for {p}",
    ],
    "complaint": [
        "{p} is sending me up the wall", "{p} failed us again on friday",
        "{p} has been hopeless since the last update",
        "honestly i'm fed up to the back teeth of {p}",
        "{p} is a proper pain in the neck", "{p} keeps packing in",
    ],
    "opinion": [
        "{p} is an absolute little treasure", "i'm made up with {p}, honestly",
        "{p} is a godsend, truly", "{p} has changed our saturdays",
        "{p} is your smartest trick by miles", "{p} is brilliant, cross my heart",
    ],
    "reminder for later": [
        "prompt me to {p} when i'm back from the tip", "remind me about {p} after tea",
        "see that i don't forget to {p} on sunday", "give us a nudge to {p} later on",
        "pop {p} on the jobs list for thursday", "remind me about {p} around seven-ish",
    ],
    "permission question": [
        "is my daughter's girlfriend allowed to {p}", "can our au pair {p} unaided",
        "may the plasterer {p} unsupervised", "is grandpa allowed to {p} when he visits",
        "can the dog sitter {p} without asking", "is our lodger permitted to {p}",
    ],
    # the thirty-third's own
    "written in a birthday card": [
        "grandma wrote {p} in my birthday card",
        "why did uncle derek write {p} in the birthday card",
        "the birthday card from work just says {p} inside",
        "she signed my birthday card with {p} and a smiley",
        "inside the birthday card it said {p} in glitter pen",
        "fancy writing {p} in a fortieth birthday card",
    ],
    "engraved on a trophy": [
        "the bowls trophy is engraved with {p}",
        "they engraved {p} on the darts trophy by mistake",
        "the cup on the mantelpiece has {p} engraved round the rim",
        "why is {p} engraved on his golf trophy",
        "my quiz trophy has the words {p} engraved on the base",
        "the engraver put {p} on the trophy instead of her name",
    ],
    "a bumper sticker": [
        "the car ahead had a bumper sticker saying {p}",
        "he's got a bumper sticker that reads {p}",
        "who puts a bumper sticker saying {p} on a hearse",
        "my sister stuck a bumper sticker reading {p} on her mini",
        "the camper van had {p} on a bumper sticker",
        "there's a faded bumper sticker on the bus saying {p}",
    ],
    "a school motto": [
        "the school motto is {p} in latin",
        "their school motto is literally {p}",
        "my old school's motto was {p}, believe it or not",
        "why would a school pick {p} as its motto",
        "the motto on the blazer badge says {p}",
        "the new academy chose {p} as the school motto",
    ],
    "a fancy dress theme": [
        "the fancy dress theme for the party is {p}",
        "what do you wear to a fancy dress do themed {p}",
        "the office fancy dress theme this year is {p}",
        "she went as {p} to the fancy dress night",
        "the fancy dress theme at the wedding was {p}",
        "we're doing {p} as the theme for the fancy dress",
    ],
    "an out-of-office reply": [
        "his out of office reply just says {p}",
        "i got an out of office back saying {p}",
        "her out of office message reads {p} till monday",
        "why does the plumber's out of office say {p}",
        "i've set my out of office to {p} as a joke",
        "the whole team's out of office replies say {p}",
    ],
    "a message in a bottle": [
        "the kids found a message in a bottle saying {p}",
        "we put {p} in a message in a bottle off the pier",
        "a message in a bottle washed up reading {p}",
        "the note in the bottle on the beach just said {p}",
        "imagine finding a message in a bottle that says {p}",
        "the message in a bottle from norway said {p}",
    ],
    "a word played at scrabble": [
        "she tried to play {p} at scrabble",
        "is {p} allowed in scrabble",
        "he put down {p} on the scrabble board for a triple word",
        "grandad insists {p} is a proper scrabble word",
        "you can't play {p} in scrabble, it's two words",
        "the scrabble dictionary doesn't have {p}",
    ],
    "a cartoon character's catchphrase": [
        "the cartoon rabbit's catchphrase is {p}",
        "that cartoon dog keeps yelling his catchphrase {p}",
        "the kids copy the cartoon catchphrase {p} all day",
        "which cartoon has the catchphrase {p}",
        "the robot in the cartoon has {p} as his catchphrase",
        "my son's favourite cartoon catchphrase is {p}",
    ],
    "a christmas cracker joke's punchline": [
        "the christmas cracker joke's punchline was {p}",
        "the punchline to the cracker joke was {p}, groan",
        "grandpa read out a cracker joke that ended with {p}",
        "why was the punchline of the cracker joke {p}",
        "every cracker joke this year had the punchline {p}",
        "the cracker joke said {p} and nobody laughed",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} garlic press", "{} bread bin", "{} tea caddy", "{} salad spinner",
    "{} rolling pin", "{} sugar bowl", "{} tape measure", "{} nutcracker",
    "{} magazine rack", "{} spice rack",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
