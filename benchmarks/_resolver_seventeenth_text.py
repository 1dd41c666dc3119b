"""The words of the seventeenth held-out resolver set (benchmarks/_resolver_seventeenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a village vet's house with the
surgery attached, with the vet Catriona, her husband Emyr, the veterinary nurse Bethan,
the receptionist Kerry and a collie Bryn (seed 170); a night-shift nurse's flat, where
Aoife sleeps by day, with her partner Callum, her mother Deirdre, the colleagues Tunde
and Grace and a cat Mabel (171); and a home recording studio in a terraced house, with
the producer Dex, the singer Priya, the drummer Olu, the neighbour Maureen and a dog
Ziggy (172). Each teaches 22 of its own routines with the generic pool; the rest of its
own pool, and the near siblings in ``UNTAUGHT`` ("ring bethany" beside "ring bethan",
"evening surgery at five" beside "evening surgery at four", "wake me at five" beside
"wake me at four", "feed iggy" beside "feed ziggy", "tell maureen we're finishing at
eleven" beside "tell maureen we're finishing at ten"), are never taught there. Some
taught phrases nest on purpose ("booth lights on" inside "vocal booth lights on", the
generic "lights on" inside both, the generic "heating on" inside "waiting room heating
on", the generic "fan on" inside "isolation ward fan on" and "bedroom fan on"), and
several share words across routines ("message emyr" and "message emyr and kerry",
"feed bryn" and "take bryn round the green", "surgery lights on" and "surgery
answerphone on", "ring priya" and "message olu and priya").

Its wrappers are kinds of wrapping no earlier set has
(tests/test_resolver_seventeenth_data.py checks the kinds, the frames and the words),
drawn from these homes and from how people talk to a voice assistant: calming an animal
mid-sentence, counting a band in, talking over loud music, said twice for the noise, a
nurse's handover talk, a tired run-on chained with "and", a favour asked "since you're
up anyway", a question that is really a request ("any chance of X?"), the result wanted
after it ("X so i can see"), Welsh English, Scots English, Caribbean English, hushed for
a day sleeper, a studio's talkback, scrubbed in for surgery and Southern US English.
Each says the phrase exactly and nothing that could change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {170: "village vet's house", 171: "night-shift nurse's flat",
                         172: "terraced house recording studio"}

SEVENTEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "village vet's house": {
        "Surgery lights": ["surgery lights on", "light up the surgery"],
        "Kennel heater": ["kennel heater on"],
        "Kennelcam": ["kennelcam on"],
        "Autoclave": ["run the autoclave cycle"],
        "Bethan": ["ring bethan", "call the vet nurse"],
        "Emyr": ["message emyr"],
        "Emyr and Kerry": ["message emyr and kerry"],
        "Kerry": ["tell kerry the surgery's open"],
        "Bryn": ["feed bryn", "bryn's dinner"],
        "Bryn walk": ["take bryn round the green"],
        "Evening surgery": ["evening surgery at four"],
        "Waiting room": ["waiting room heating on"],
        "Oxygen": ["oxygen level in theatre"],
        "Isolation ward": ["isolation ward fan on"],
        "Dispensary": ["lock the dispensary"],
        "On call": ["who's on call tonight"],
        "Appointments": ["how many appointments this afternoon"],
        "Vaccine fridge": ["vaccine fridge temperature"],
        "Drugs order": ["drugs order for friday"],
        "Farm visits": ["farm visit list for tomorrow"],
        "Kennels": ["hose down the kennels"],
        "Answerphone": ["surgery answerphone on"],
        "Practice car": ["charge the practice car"],
        "Cat ward": ["cat ward radio on"],
        "Horsebox": ["horsebox camera"],
        "Client door": ["buzz the client door"],
        # long
        "Out on a call": ["i'm going out on a call so lock the dispensary and put the surgery "
                          "answerphone on and ring bethan"],
    },
    "night-shift nurse's flat": {
        "Blackout": ["pull the blackouts down"],
        "Day sleep": ["day sleep mode"],
        "Doorbell": ["mute the doorbell"],
        "Brown noise": ["brown noise on"],
        "Wake up": ["wake me at four"],
        "Next shift": ["when am i on next"],
        "Scrubs": ["scrubs on a hot wash"],
        "Callum": ["ring callum", "call my fella"],
        "Tunde": ["message tunde"],
        "Tunde and Grace": ["message tunde and grace"],
        "Deirdre": ["tell deirdre i'm home safe"],
        "Mabel": ["feed mabel", "mabel's biscuits"],
        "Litter": ["clean the litter tray"],
        "Night bus": ["when's the night bus"],
        "Rota": ["print my rota"],
        "Slow cooker": ["slow cooker on"],
        "Porridge": ["porridge for after my shift"],
        "Bath": ["run me a bath"],
        "Bedroom fan": ["bedroom fan on"],
        "Landing nightlight": ["landing nightlight on"],
        "Divert": ["divert my phone"],
        "Car": ["defrost the car"],
        "Melatonin": ["melatonin at ten"],
        "Windows": ["close the bedroom windows"],
        "Radiator": ["bedroom radiator off"],
        "Big shop": ["order the big shop for thursday"],
        # long
        "Home from nights": ["i'm home from nights so pull the blackouts down and mute "
                             "the doorbell and message tunde"],
    },
    "terraced house recording studio": {
        "On air": ["on air light on"],
        "Booth lights": ["booth lights on"],
        "Vocal booth": ["vocal booth lights on"],
        "Click": ["click track on", "start the click"],
        "Monitors": ["monitors on"],
        "Valve amp": ["warm up the tube amp"],
        "Humidifier": ["humidifier on for the guitars"],
        "Priya": ["ring priya", "call the singer"],
        "Olu": ["message olu"],
        "Olu and Priya": ["message olu and priya"],
        "Maureen": ["tell maureen we're finishing at ten"],
        "Ziggy": ["feed ziggy", "ziggy's tea"],
        "Ziggy walk": ["take ziggy to the rec"],
        "Backup": ["back up tonight's session"],
        "Bounce": ["bounce down the rough mix"],
        "Pedalboard": ["pedalboard on"],
        "Stems": ["upload the stems"],
        "Invoice": ["invoice the band"],
        "Knocking": ["who's knocking"],
        "Drive space": ["how much space is on the drive"],
        "Studio door": ["shut the studio door"],
        "Drum mics": ["drum mics on"],
        "Reference": ["play the reference track"],
        "Marker": ["drop a marker at bar thirty"],
        "Tape machine": ["tape machine on"],
        # long
        "Band's here": ["the band's here so put the on air light on and start the click and "
                        "ring priya"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "village vet's house": {
        "Bethany": ["ring bethany"], "Emlyn": ["message emlyn"],
        "Emyr and Kelly": ["message emyr and kelly"], "Glyn": ["feed glyn"],
        "Surgery five": ["evening surgery at five"], "Kennel heater off": ["kennel heater off"],
        "Kennelcam off": ["kennelcam off"], "Surgery lights off": ["surgery lights off"],
        "Kelly": ["tell kelly the surgery's open"],
        "Unlock dispensary": ["unlock the dispensary"],
        "Drugs monday": ["drugs order for monday"], "Cat radio off": ["cat ward radio off"],
        "Isolation off": ["isolation ward fan off"],
    },
    "night-shift nurse's flat": {
        "Colin": ["ring colin"], "Tunji": ["message tunji"],
        "Tunde and Grant": ["message tunde and grant"], "Mavis": ["feed mavis"],
        "Wake five": ["wake me at five"], "Melatonin eleven": ["melatonin at eleven"],
        "Dervla": ["tell dervla i'm home safe"], "Bedroom fan off": ["bedroom fan off"],
        "Nightlight off": ["landing nightlight off"], "Cooker off": ["slow cooker off"],
        "Shop friday": ["order the big shop for friday"],
        "Unmute": ["unmute the doorbell"], "Blackout up": ["pull the blackouts up"],
    },
    "terraced house recording studio": {
        "Preeti": ["ring preeti"], "Ollie": ["message ollie"],
        "Olu and Preeti": ["message olu and preeti"], "Iggy": ["feed iggy"],
        "Finishing eleven": ["tell maureen we're finishing at eleven"],
        "On air off": ["on air light off"], "Booth off": ["booth lights off"],
        "Click off": ["click track off"], "Monitors off": ["monitors off"],
        "Pedalboard off": ["pedalboard off"], "Drum mics off": ["drum mics off"],
        "Marker forty": ["drop a marker at bar forty"],
        "Control room": ["control room lights on"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the village vet's house
    {"take bryn round the green", "dog walk", "walking the dog"},
    {"i'm going out on a call so lock the dispensary and put the surgery answerphone on and "
     "ring bethan", "i'm leaving", "goodbye house", "lock the dispensary",
     "surgery answerphone on", "ring bethan", "call the vet nurse"},
    # the night-shift nurse's flat
    {"pull the blackouts down", "close the blinds", "privacy please"},
    {"day sleep mode", "nap time"},
    {"brown noise on", "white noise", "sleep sounds"},
    {"run me a bath", "bath time"},
    {"i'm home from nights so pull the blackouts down and mute the doorbell and message "
     "tunde", "i'm home", "welcome home", "pull the blackouts down", "close the blinds",
     "privacy please", "mute the doorbell", "message tunde"},
    # the terraced house recording studio
    {"take ziggy to the rec", "dog walk", "walking the dog"},
    {"the band's here so put the on air light on and start the click and ring priya",
     "guests are coming", "company mode", "on air light on", "click track on",
     "start the click", "ring priya", "call the singer"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("close the blinds" when "pull the blackouts down" is
taught). The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "mom": "mum", "4": "four", "5": "five", "10": "ten", "11": "eleven", "30": "thirty",
    "40": "forty",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"catriona", "emyr", "bethan", "kerry", "bryn", "bryn's", "bethany", "emlyn", "kelly",
         "glyn", "aoife", "callum", "deirdre", "tunde", "grace", "mabel", "mabel's", "marcel",
         "tunji", "grant", "mavis", "dervla", "colin", "dex", "priya", "olu", "maureen", "ziggy",
         "ziggy's", "preeti", "ollie", "iggy"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "four": ("4",), "five": ("5",), "ten": ("10",), "eleven": ("11",), "thirty": ("30",),
    "forty": ("40",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "bethan": ("bronwen", "carys"), "emyr": ("gethin", "ifor"), "kerry": ("karen", "kirsty"),
    "bryn": ("floss", "jess"), "bryn's": ("floss's", "jess's"),
    "callum": ("malcolm", "martin"), "tunde": ("tayo", "tobi"), "grace": ("gemma", "gill"),
    "deirdre": ("dolores", "doreen"), "mabel": ("muffin", "misty"),
    "mabel's": ("muffin's", "misty's"), "priya": ("pooja", "parveen"),
    "olu": ("obi", "ade"), "maureen": ("moira", "margaret"), "ziggy": ("zola", "zeus"),
    "ziggy's": ("zola's", "zeus's"),
    # numbers, days and times
    "four": ("six", "seven"), "ten": ("nine", "twelve"), "thirty": ("twenty", "fifty"),
    "friday": ("tuesday",), "thursday": ("saturday",), "tonight": ("tomorrow",),
    "tomorrow": ("next week",), "afternoon": ("morning",), "evening": ("morning",),
    # things and places
    "surgery": ("pharmacy",), "kennel": ("cattery",), "kennelcam": ("catterycam",),
    "autoclave": ("steriliser",), "vet": ("practice",), "nurse": ("manager",),
    "green": ("village",), "waiting": ("consulting",), "oxygen": ("nitrous",),
    "theatre": ("recovery",), "isolation": ("dog",), "dispensary": ("stockroom",),
    "appointments": ("operations",), "vaccine": ("specimen",), "fridge": ("freezer",),
    "drugs": ("bandages",), "farm": ("home",), "kennels": ("stables",),
    "answerphone": ("fax",), "practice": ("locum's",), "cat": ("rabbit",),
    "horsebox": ("paddock",), "client": ("side",), "dinner": ("breakfast",),
    "blackouts": ("rollers",), "sleep": ("study",), "doorbell": ("intercom",),
    "brown": ("pink",), "shift": ("holiday",), "scrubs": ("trainers",), "fella": ("brother",),
    "biscuits": ("treats",), "litter": ("water",), "tray": ("fountain",), "bus": ("tram",),
    "rota": ("payslip",), "cooker": ("juicer",), "porridge": ("pancakes",),
    "bath": ("shower",), "bedroom": ("spare room",), "landing": ("porch",),
    "nightlight": ("lantern",), "phone": ("pager",), "car": ("van",),
    "melatonin": ("ibuprofen",), "windows": ("skylights",), "radiator": ("towel rail",),
    "shop": ("veg box",), "air": ("stage",), "booth": ("foyer",), "vocal": ("piano",),
    "click": ("shaker",), "monitors": ("subwoofer",),
    "amp": ("mixer",), "guitars": ("drums",), "humidifier": ("air purifier",),
    "tube": ("transistor",), "rough": ("final",), "tonight's": ("yesterday's",),
    "cycle": ("test",), "next": ("later",), "hot": ("cold",),
    "singer": ("bassist",), "rec": ("canal",), "session": ("photos",), "mix": ("demo",),
    "pedalboard": ("synth",), "stems": ("videos",), "band": ("label",),
    "drive": ("laptop",), "studio": ("garden",), "drum": ("choir",), "mics": ("cymbals",),
    "reference": ("backing",), "marker": ("loop",), "tape": ("sewing",),
    "tea": ("biscuit",),
    # the generic pool's
    "dog": ("pony",), "garage": ("cellar",), "piano": ("cello",), "sauna": ("jacuzzi",),
    "coffee": ("cocoa",), "kettle": ("toaster",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "birthday": ("retirement",), "vacuum": ("steamer",),
    "christmas": ("easter",), "pool": ("pond",), "yoga": ("pilates",),
    "kitchen": ("pantry",), "living": ("dining",), "hallway": ("stairs",),
    "fireplace": ("log burner",), "podcast": ("audiobook",), "porch": ("patio",),
    "office": ("workshop",), "storm": ("snow",), "sunset": ("sunrise",),
    "bedside": ("wardrobe",), "laundry": ("mending",), "homework": ("coursework",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
bronwen" for "ring bethan", "evening surgery at six", "feed the rabbit"): never taught,
so such a request is a different one."""

WRAPPERS: dict[str, list[str]] = {
    "calming an animal": [
        "steady, steady, {}", "{}, good lad, almost there", "whoa there, {}",
        "{}, brave pup", "{}, stay steady for me", "poor mite, {}", "{}, brave soldier",
    ],
    "counting in": [
        "and a one, and a two, {}", "five six seven eight, {}", "{}, hit it",
        "a one two, a one two three, {}", "{}, on the downbeat", "{}, on the pickup",
    ],
    "over loud music": [
        "{}, the music's blaring", "{}, bass is pumping", "{}, speakers are booming",
        "{}, the kit's thumping", "it's deafening in here, {}", "{}, volume's cranked",
    ],
    "said twice for the noise": [
        "{p}. {p}.", "{p}... {p}, it's noisy", "{p}; {p}, louder", "{p}, such a din, {p}",
        "{p}? {p}!", "{p}, it's a din in here, {p}",
    ],
    "nurse's handover talk": [
        "handover's done, {}", "{}, obs are stable", "{}, cannula's in", "{}, per the kardex",
        "{}, sats are fine", "{}, obs charted",
    ],
    "and-chained run-on": [
        "and i'm in and i'm zonked and {}", "so the trains were cancelled and it poured and {}",
        "{} and and yeah that's it", "and then and whatsit {}", "{} and yeah and that's the lot",
        "right and so and {}",
    ],
    "since you're up anyway": [
        "since you're up anyway, {}", "while you're awake, {}", "now you're on, {}",
        "while i've got your ear, {}", "since you're not busy, {}", "whilst you're about, {}",
    ],
    "question as a request": [
        "is there any chance of {}?", "would you ever {}?", "any joy with {}?",
        "don't suppose you could {}?", "what about {}?", "any chance, {}?",
        "is there any hope of {}?",
    ],
    "result wanted after": [
        "{} so i can see", "{} so i can crack on", "{} so that's that",
        "{} so i can unwind", "{} so everyone's happy", "{} so i'm not hanging about",
    ],
    "welsh english": [
        "{} for me, bach", "{}, lush", "duw duw, {}", "{}, i'm tamping", "diawl, {}",
        "{}, iechyd da", "{}, bachgen",
    ],
    "scots english": [
        "jings, {}", "crivens, {}", "{}, braw", "{}, pure barry", "{}, dinnae fash",
        "{}, gallus",
    ],
    "caribbean english": [
        "{}, irie", "{}, mi bredda", "{}, yuh zimmi", "{}, likkle more", "{}, gwaan",
        "{}, zeen",
    ],
    "hushed for a day sleeper": [
        "{}, sotto voce, she's sleeping off nights", "{}, quiet as you can, he's on nights",
        "tiptoeing here, {}", "{}, softly, there's a sleeper upstairs",
        "{}, pianissimo, she's just nodded off", "{}, on tiptoes, someone's kipping",
    ],
    "studio talkback": [
        "{}, we're rolling", "levels are good, {}", "{}, that's a keeper", "{}, gain's good",
        "{}, rolling now", "talkback, {}",
    ],
    "scrubbed in": [
        "i'm scrubbed in, {}", "{}, gloves on", "{}, she's under", "stitching up here, {}",
        "{}, sterile field", "{}, retractors in",
    ],
    "southern us english": [
        "{}, partner", "shoot, {}", "lordy, {}", "{}, yeehaw", "{}, hoss", "mercy me, {}",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught; ``{p}`` the
phrase said twice for the noise)."""

_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirty", "forty", "half", "quarter"}
_QUESTIONS = {"what's", "who's", "how", "whose", "where's", "when's"}
_LOUD = {"party", "loud", "music", "concert", "horn", "recording", "playlist", "drum",
         "mics", "band", "band's", "vacuum", "alarm", "doorbell", "buzz", "wake", "morning",
         "radio", "play", "click", "monitors", "hose", "autoclave", "amp", "pedalboard",
         "tape", "reference", "session", "track"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a count in says numbers: never around a phrase with one of its own)
    "and a one": _NUMBER_WORDS - {"one", "two"},
    "five six seven eight": _NUMBER_WORDS - {"five", "six", "seven", "eight"},
    "a one two": _NUMBER_WORDS - {"one", "two", "three"},
    # (a question that asks for X reads badly around a phrase that is a question)
    "any chance of": _QUESTIONS, "would you ever": _QUESTIONS, "any joy with": _QUESTIONS,
    "don't suppose you could": _QUESTIONS, "any hope of": _QUESTIONS,
    # (seeing is for light, not for dark or sleep)
    "so i can see": {"off", "out", "blackouts", "night", "dim", "close", "down", "sleep",
                     "sleeping", "nap", "bed", "bedtime", "quiet", "mute", "shut", "lock",
                     "relax", "calm", "meditation"},
    # (a sleeper is never woken by what is asked for)
    "sleeping off nights": _LOUD, "he's on nights": _LOUD, "a sleeper upstairs": _LOUD,
    "just nodded off": _LOUD, "someone's kipping": _LOUD,
    # (one who has just come in is not leaving; one scrubbed in is not going out)
    "i'm in and": {"leaving", "goodbye", "going", "away", "vacation"},
    "scrubbed in": {"leaving", "goodbye", "going", "walk", "walking", "take", "away"},
    "she's under": {"feed", "dinner", "biscuits", "tea", "walk", "walking", "take"},
    "stitching up": {"leaving", "goodbye", "going", "walk", "walking", "take", "away"},
}
"""Situations that would contradict a phrase with one of these words ("nap time, the
music's blaring" is fine; "wake me at four, five six seven eight" is not): never said
around it, so the request stays the phrase's."""

OOS_WRAPPERS = [
    "steady, steady, {}", "{}, partner", "{}, bass is pumping", "handover's done, {}",
    "right and so and {}", "now you're on, {}", "{}, bachgen", "jings, {}", "{}, irie",
    "{}, we're rolling", "{}, gloves on", "shoot, {}", "whoa there, {}", "{}, sats are fine",
    "{}, braw", "{}, mi bredda", "talkback, {}", "mercy me, {}", "{}, lush",
    "{}, volume's cranked",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, good lad, almost there", "{}, on the downbeat", "{}, the kit's thumping",
    "{}, obs are stable", "{} and and yeah that's it", "while i've got your ear, {}",
    "duw duw, {}", "crivens, {}", "{}, zeen", "{}, that's a keeper", "{}, sterile field",
    "lordy, {}", "{}, yeehaw", "{}, cannula's in",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("sorry it's deafening in
here"), struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"steady", "whoa", "pup", "soldier", "downbeat", "pickup", "blaring",
                 "pumping", "booming", "deafening", "cranked", "thumping", "noisy", "din",
                 "louder", "handover's", "obs", "cannula's", "kardex", "sats", "charted",
                 "zonked", "whatsit", "whilst", "lush", "bach", "duw", "tamping", "diawl",
                 "iechyd", "bachgen", "jings", "crivens", "braw", "barry", "gallus", "dinnae",
                 "fash", "irie", "bredda", "yuh", "zimmi", "likkle", "gwaan", "zeen",
                 "sotto", "voce", "pianissimo", "tiptoeing", "tiptoes", "kipping", "rolling",
                 "keeper", "gain's", "talkback", "scrubbed", "gloves", "stitching", "sterile",
                 "retractors", "partner", "lordy", "yeehaw", "hoss"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

SEVENTEENTH_SOUND_ALIKE = [
    ("bethan", "bethen"), ("emyr", "emir"), ("kerry", "kerri"), ("bryn", "brin"),
    ("kennelcam", "kennel cam"), ("autoclave", "auto clave"), ("dispensary", "dispensery"),
    ("answerphone", "answer phone"), ("horsebox", "horse box"), ("oxygen", "oxygens"),
    ("theatre", "theater"), ("vaccine", "vaccines"), ("kennels", "kennel's"),
    ("isolation", "isolations"), ("appointments", "appointment"),
    ("callum", "calum"), ("tunde", "toonday"), ("deirdre", "deidre"), ("mabel", "mable"),
    ("blackouts", "black outs"), ("doorbell", "door bell"), ("nightlight", "night light"),
    ("melatonin", "melatonine"), ("porridge", "porage"), ("scrubs", "scrub"),
    ("radiator", "radiater"), ("litter", "litre"), ("rota", "rotor"),
    ("priya", "pria"), ("olu", "oloo"), ("maureen", "morine"), ("ziggy", "ziggie"),
    ("pedalboard", "pedal board"), ("humidifier", "humidifyer"), ("monitors", "monitor"),
    ("stems", "stem"), ("invoice", "in voice"), ("tube", "tubes"), ("mics", "mikes"),
    ("knocking", "knockin"), ("reference", "referance"), ("marker", "marka"),
]
"""The seventeenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("slow cooker", "slowcooker"), ("litter tray", "littertray"),
         ("night bus", "nightbus"), ("vet nurse", "vetnurse"), ("cat ward", "catward"),
         ("client door", "clientdoor"), ("practice car", "practicecar"),
         ("farm visit", "farmvisit"), ("drum mics", "drummics"),
         ("autoclave cycle", "autoclavecycle"),
         ("tape machine", "tapemachine"), ("studio door", "studiodoor"),
         ("tube amp", "tubeamp"), ("booth lights", "boothlights"),
         ("click track", "clicktrack"), ("waiting room", "waitingroom"),
         ("big shop", "bigshop"), ("bedroom fan", "bedroomfan"),
         ("on air", "onair"), ("rough mix", "roughmix")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"dispensary": "dispensry", "autoclave": "autoclav", "melatonin": "melatonim",
             "porridge": "porrige", "humidifier": "humidifer", "pedalboard": "peddleboard",
             "vaccine": "vacine", "appointments": "apointments"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and seven
# kinds no earlier set has ("duration question", "disturbance question", "fault
# report", "walk-through request", "future wish", "who used it", "usage count").
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "find a rhyme for {w}", "spell {w} out letter by letter backwards",
        "what's {w} in gaelic", "where does the word {w} come from originally",
        "is {w} a noun or a verb", "show me pictures of {w}",
        "write a limerick about {w}", "how do the americans pronounce {w}",
        "what's the plural form of {w}", "find a podcast episode about {w}",
    ],
    "routine command": [
        "rename {p} to something snappier", "delete {p} from the list",
        "duplicate {p} for the weekend", "pause {p} till monday",
        "who's allowed to change {p}", "make {p} run at sunrise",
        "change the wording of {p} for me", "export {p} to my phone",
        "give {p} a fresh nickname",
    ],
    "word order": [
        "{b} trumping {a}", "{b} but hold the {a}", "{b} swapped for {a}",
        "{b} in preference to {a}",
        "{b} in lieu of {a}", "{b} sans {a}",
    ],
    "negation": [
        "no need to {p}", "please don't {p} yet", "we'll manage without {p} today",
        "leave {p} for today", "give {p} a miss tonight", "not {p} just now",
        "don't go bothering with {p}",
    ],
    "cancellation": [
        "cancel {p} right away", "stop {p} this second", "{p}, no, cancel that",
        "abort {p} immediately", "forget {p}, call it off", "reverse {p} please", "pull out of {p}",
    ],
    "state question": [
        "has somebody already sorted {p}", "did {p} already happen", "is {p} all done now",
        "has {p} finished its run", "was {p} running earlier today", "did {p} go off this morning",
    ],
    "past or story": [
        "last winter {p} broke down", "my nan swore by {p}",
        "the first night here {p} went haywire", "back in march {p} was a nightmare",
        "the locum once tried {p}", "we did {p} at the old flat",
    ],
    "someone else's words": [
        "the locum wrote {p} on the whiteboard", "the post-it on the fridge says {p}",
        "my colleague keeps saying {p}", "the drummer yelled {p}",
        "the radio presenter joked about {p}", "the text from my sister says {p}",
    ],
    "contrast": [
        "{p} is a weekday thing", "{p} is what the previous owners did",
        "{p} was for summer, not now", "unlike {p}, this one's quick",
        "we stopped doing {p} years ago", "{p} is for days off, not today",
    ],
    "hypothetical": [
        "what would you do if i said {p}", "say i wanted {p}, hypothetically",
        "in theory, could you {p}", "if i ever said {p}, what then",
        "pretend i asked for {p}", "imagine me saying {p} in my sleep",
    ],
    "complaint": [
        "{p} is hopeless", "{p} keeps failing", "{p} is way too slow", "i'm sick and tired of {p}",
        "{p} always glitches", "{p} drives me round the bend",
    ],
    "opinion": [
        "{p} is cracking", "i absolutely love {p}", "{p} is handy",
        "{p} is the best thing we set up",
        "i'm a huge fan of {p}", "{p} is dead useful",
    ],
    "reminder for later": [
        "remind me to {p} on friday", "set a reminder for {p} after my shift",
        "remind me about {p} at lunchtime", "add {p} to tomorrow's list",
        "don't let me forget {p} later", "jog my memory about {p} tonight",
    ],
    "permission question": [
        "am i even allowed to {p}", "can the locum {p}", "is it ok for the kids to {p}",
        "would the neighbours mind if i {p}", "can a guest {p}", "are visitors allowed to {p}",
    ],
    "duration question": [
        "how long does {p} take", "how many minutes is {p}", "does {p} take long",
        "how long will {p} run for", "roughly how long is {p}", "is {p} quick or slow",
    ],
    "disturbance question": [
        "will {p} wake the baby", "is {p} loud enough to wake anyone",
        "would {p} disturb the neighbours", "does {p} make a racket",
        "will {p} wake her up", "can you hear {p} from upstairs",
    ],
    "fault report": [
        "last time i said {p} it did the wrong thing",
        "when i said {p} yesterday nothing happened", "{p} turned on the wrong light last time",
        "you got {p} wrong this morning", "{p} misfired on monday",
        "the last time i asked for {p} you messed it up",
    ],
    "walk-through request": [
        "walk me through {p}", "what does {p} actually do, in steps", "explain the steps of {p}",
        "talk me through {p} step by step", "what happens when i say {p}",
        "tell me what {p} involves",
    ],
    "future wish": [
        "one day {p} will make the tea too", "someday {p} will do the lot",
        "i hope {p} gets smarter next year", "in future {p} could do more",
        "eventually {p} will run itself", "maybe one day {p} will sort the post as well",
    ],
    "who used it": [
        "who last used {p}", "who set off {p} last night", "who asked for {p} at three am",
        "which of you did {p}", "who keeps doing {p}", "who was it said {p} earlier",
    ],
    "usage count": [
        "how often do we {p}", "how many times did we {p} this week",
        "count how many times {p} ran", "how often has {p} been used",
        "what's the tally for {p} this month", "how regularly do we {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} reviews", "cheapest {}", "{} recall notice", "second hand {}", "{} user forum",
    "how to fix a {}", "{} for sale", "history of the {}", "{} price comparison",
    "{} size chart",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
