"""The words of the tenth held-out resolver set (benchmarks/_resolver_tenth.py builds its
homes from them). Written blind in one session of issue 14, while another engineer
tuned the resolver on the ninth; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a night-shift nurse's bedsit
(seed 90), a holiday let whose guests do not know the house (91), and a couple's
pottery studio in a converted barn with a kiln and a dog called Biscuit (92). Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and
the near siblings in ``UNTAUGHT`` ("biscuit firing" beside "biscuit's dinner", "text
gwen and bryn" beside "text gwen and huw", "put the heater on in the barn" beside "...
in the studio"), are never taught there. Phrases take shapes the other pools lack:
imperatives with an object and a place ("put the kettle on in the kitchenette", "fire
up the grill on the patio"), phrases with "and" ("tea and toast", "clean the wheels and
the bats"), people's names ("ring sister mbeki", "tell marcus lunch is ready"),
brand-like coinages ("snoozebox on", "smartlok open", "pawcam on") and questions
taught as questions ("what's the password for the wifi", "is the kiln cool yet").

Its wrappers use words and frames none of the sixth, seventh, eighth and ninth tables
have (tests/test_resolver_tenth_data.py checks it): the earlier kinds in new words
(nicknames "skipper", "treacle"; markers "short version"; politeness "that'd be
smashing"; time words "stat", "in a flash"; corrections "d'oh", "misspoke"; questions
"think you could"; regional speech "howay", "me old china"; reasons "seeing as it's
chilly"; repeats "i repeat"; pauses "ummm", "errr"; a child's or tired voice "mummy",
"yawwwn"; tags "capisce?") and new kinds: the phrase inside a sentence about the
person's plans, a phone's dictation artefacts ("period", "comma", capitals, stray
marks), words of other languages said in UK and US homes ("por favor", "yalla",
"abeg"), exasperation ("argh", "for pete's sake"), another dialect's question tag
("na?", "ennit?", "lah"), a non-native speaker's phrasing ("i want X", "do X for me"),
and the name the person gives the device ("nova, X").
"""

from __future__ import annotations

HOMES: dict[int, str] = {90: "night nurse's bedsit", 91: "holiday let",
                         92: "pottery barn"}

TENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "night nurse's bedsit": {
        "Day sleep": ["daytime sleep", "sleeping till three"],
        "Shift": ["night shift starts", "heading to the ward"],
        "Scrubs": ["iron my scrubs", "scrubs in the machine"],
        "Blackout": ["blackout curtains closed"],
        "Alarm six": ["alarm for 6pm", "wake me at six"],
        "Lunchbox": ["pack my lunchbox"],
        "Kettle kitchenette": ["put the kettle on in the kitchenette"],
        "Airer": ["hang the scrubs on the airer"],
        "Sofa bed": ["fold the sofa bed away", "sofa bed out"],
        "Sister Mbeki": ["ring sister mbeki"],
        "Priya and Tom": ["message priya and tom"],
        "Fish and chips": ["fish and chips friday"],
        "Tea and toast": ["tea and toast"],
        "Snoozebox": ["snoozebox on"],
        "Glowbug": ["the glowbug"],
        "Rota": ["what's my rota this week"],
        "Next shift": ["when's my next shift"],
        "Electric blanket": ["electric blanket on"],
        "Panel heater": ["panel heater up", "zapwarm heater on"],
        "Quiet hours": ["quiet hours on", "neighbours are asleep"],
        "Laundrette": ["laundrette run"],
        "Bike lights": ["charge the bike lights"],
        "Mum call": ["video call with mum"],
        "Cactus": ["water the cactus"],
        "Payday": ["payday treat"],
        # long
        "After nights": ["after a night shift close the curtains and warm the bedsit "
                         "and wake me at three"],
    },
    "holiday let": {
        "Hot tub": ["hot tub bubbles on", "how do we heat the hot tub"],
        "Wifi": ["what's the password for the wifi"],
        "Checking out": ["checking out today"],
        "Arrived": ["welcome pack", "we've just arrived"],
        "Log burner": ["light the log burner"],
        "Heating guests": ["how do i turn the heating up"],
        "Recycling": ["which bin is recycling"],
        "Boiler": ["reset the boiler", "the shower's gone cold"],
        "Beach": ["beach day", "pack the beach bag and the windbreak"],
        "Keysafe": ["keysafe code"],
        "Sea view": ["open the sea view blinds"],
        "Gwen": ["ring gwen"],
        "Gwen and Huw": ["text gwen and huw"],
        "Taxi": ["book a taxi to the station"],
        "Parking": ["where do we park"],
        "Quiet eleven": ["quiet after eleven"],
        "Telly": ["how does the telly work"],
        "Grill": ["fire up the grill on the patio"],
        "Smartlok": ["smartlok open"],
        "Brewmaster": ["brewmaster on", "brewmaster 3000"],
        "Dishwasher": ["dishwasher on eco"],
        "Late checkout": ["late checkout request"],
        "Board games": ["board games out"],
        "Smoke alarm": ["the smoke alarm's beeping"],
        "Lanterns": ["garden lanterns on"],
        # long
        "Beach lock": ["we're going to the beach so lock the patio doors and keep the "
                       "hot tub warm"],
    },
    "pottery barn": {
        "Kiln": ["kiln on", "fire up the kiln"],
        "Bisque": ["bisque firing", "bisque at 1000"],
        "Glaze": ["glaze firing at 1240"],
        "Kiln cool": ["is the kiln cool yet"],
        "Wheel": ["wheel on", "throwing session"],
        "Pug mill": ["pug mill on"],
        "Studio heater": ["put the heater on in the studio"],
        "Extractor": ["extractor fan on"],
        "Biscuit dinner": ["biscuit's dinner", "feed the dog"],
        "Top field": ["take biscuit to the top field"],
        "Dehumidifier": ["drying room dehumidifier on"],
        "Clay": ["clay delivery's here"],
        "Open studio": ["open studio sign", "visitors welcome"],
        "Workshop": ["saturday workshop setup"],
        "Wash up": ["clean the wheels and the bats"],
        "Barn doors": ["barn doors open"],
        "Yard lights": ["yard floodlights on"],
        "Studio radio": ["studio radio on", "put on radio three"],
        "Ines": ["ring ines"],
        "Marcus lunch": ["tell marcus lunch is ready"],
        "Pawcam": ["pawcam on"],
        "Kilnwatch": ["kilnwatch check"],
        "Crumpets": ["tea and crumpets"],
        "Etsy": ["print the etsy labels", "etsy orders"],
        "Field gate": ["shut the field gate"],
        # long
        "Kiln done": ["the kiln's finished so open the vent and let biscuit back in"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another name, number,
    # place or day, off for on, another brand's thing)
    "night nurse's bedsit": {
        "Alarm seven": ["alarm for 7pm"], "Wake seven": ["wake me at seven"],
        "Blanket off": ["electric blanket off"], "Heater down": ["panel heater down"],
        "Priya and Sam": ["message priya and sam"], "Sister Okoro": ["ring sister okoro"],
        "Fish saturday": ["fish and chips saturday"], "Rota next": ["what's my rota next week"],
        "Snoozebox off": ["snoozebox off"], "Kettle office": ["put the kettle on in the office"],
        "Towels airer": ["hang the towels on the airer"], "Call dad": ["video call with dad"],
    },
    "holiday let": {
        "Hot tub off": ["hot tub bubbles off"], "Gwen and Bryn": ["text gwen and bryn"],
        "Ring Huw": ["ring huw"], "Taxi airport": ["book a taxi to the airport"],
        "Door code": ["what's the door code"], "Tomorrow out": ["checking out tomorrow"],
        "Garden blinds": ["open the garden view blinds"], "Smartlok shut": ["smartlok closed"],
        "Brewmaster off": ["brewmaster off"], "Quiet ten": ["quiet after ten"],
        "Lanterns off": ["garden lanterns off"],
        "Grill garden": ["fire up the grill in the garden"],
    },
    "pottery barn": {
        "Kiln off": ["kiln off"], "Glaze 1220": ["glaze firing at 1220"],
        "Bisque 900": ["bisque at 900"], "Wheel off": ["wheel off"],
        "Biscuit firing": ["biscuit firing"], "Biscuit breakfast": ["biscuit's breakfast"],
        "Ring Marcus": ["ring marcus"], "Ines lunch": ["tell ines lunch is ready"],
        "Barn heater": ["put the heater on in the barn"], "Yard off": ["yard floodlights off"],
        "Pawcam off": ["pawcam off"], "Radio off": ["studio radio off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the nurse's bedsit
    {"daytime sleep", "sleeping till three", "quiet hours on", "neighbours are asleep",
     "snoozebox on", "nap time", "quiet mode", "white noise", "sleep sounds",
     "blackout curtains closed", "close the blinds", "privacy please",
     "after a night shift close the curtains and warm the bedsit and wake me at three"},
    {"put the kettle on in the kitchenette", "tea and toast", "tea time", "boil the kettle"},
    {"electric blanket on", "panel heater up", "zapwarm heater on", "heating on",
     "warm up the living room", "cozy evening"},
    {"night shift starts", "heading to the ward", "i'm leaving", "goodbye house",
     "start my work day", "office mode"},
    {"the glowbug", "night light", "dim the hallway"},
    {"water the cactus", "water the garden", "sprinklers on"},
    {"iron my scrubs", "scrubs in the machine", "hang the scrubs on the airer", "laundrette run",
     "laundry is done", "washing machine finished"},
    {"alarm for 6pm", "wake me at six", "good morning", "wake up the house"},
    # the holiday let
    {"hot tub bubbles on", "how do we heat the hot tub", "spa evening", "sauna time"},
    {"light the log burner", "fireplace on", "light the fire", "cozy evening"},
    {"how do i turn the heating up", "heating on", "warm up the living room"},
    {"how does the telly work", "tv time", "watch television", "movie night",
     "start the movie"},
    {"fire up the grill on the patio", "barbecue time"},
    {"brewmaster on", "brewmaster 3000", "make coffee", "coffee time"},
    {"checking out today", "late checkout request", "i'm leaving", "goodbye house"},
    {"welcome pack", "we've just arrived", "i'm home", "welcome home", "guests are coming",
     "company mode"},
    {"garden lanterns on", "porch light on", "front door light", "evening glow",
     "sunset scene"},
    {"reset the boiler", "the shower's gone cold", "shower time", "heat the bathroom"},
    {"open the sea view blinds", "open the blinds", "let the sun in"},
    {"beach day", "pack the beach bag and the windbreak",
     "we're going to the beach so lock the patio doors and keep the hot tub warm"},
    {"quiet after eleven", "quiet mode"},
    {"board games out", "game night", "gaming mode"},
    {"smartlok open", "keysafe code"},
    {"we're going to the beach so lock the patio doors and keep the hot tub warm",
     "lock up", "lock all doors", "i'm leaving", "goodbye house", "hot tub bubbles on"},
    # the pottery barn
    {"kiln on", "fire up the kiln", "kilnwatch check"},
    {"biscuit's dinner", "feed the dog", "feed the cat", "cat dinner"},
    {"take biscuit to the top field", "dog walk", "walking the dog"},
    {"put the heater on in the studio", "heating on", "warm up the living room"},
    {"studio radio on", "put on radio three", "music in the kitchen", "kitchen radio"},
    {"yard floodlights on", "porch light on", "front door light"},
    {"tea and crumpets", "tea time", "boil the kettle", "breakfast time"},
    {"barn doors open", "open the garage", "garage door"},
    {"extractor fan on", "fan on", "cool breeze", "cool the house"},
    {"open studio sign", "visitors welcome", "guests are coming", "company mode"},
    {"pawcam on", "security on", "arm the alarm"},
    {"the kiln's finished so open the vent and let biscuit back in", "is the kiln cool yet",
     "extractor fan on"},
    {"tell marcus lunch is ready", "lunch break", "dinner is ready", "dinner time"},
    {"shut the field gate", "lock up", "close everything"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("boil the kettle" when "tea and toast" is taught).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "telly": "tv", "television": "tv", "lamp": "light", "lamps": "light", "lights": "light",
    "lanterns": "light", "lantern": "light", "brew": "tea", "cuppa": "tea",
    "heater": "heat", "heating": "heat", "warm": "heat", "warmer": "heat",
    "doggo": "dog", "pup": "dog", "puppy": "dog", "hound": "dog", "hoover": "vacuum",
    "curtains": "blind", "blinds": "blind", "shades": "blind", "bbq": "grill",
    "barbecue": "grill", "tv's": "tv", "wi-fi": "wifi", "internet": "wifi",
    "bin": "bin", "bins": "bin", "rubbish": "bin", "telephone": "phone", "cab": "taxi",
    "uniform": "scrubs", "mom": "mum", "mummy": "mum",
    "3": "three", "3000": "three thousand", "6pm": "six pm", "6": "six", "7pm": "seven pm",
    "7": "seven", "10": "ten", "11": "eleven", "1000": "thousand", "900": "nine hundred",
    "1240": "twelve forty", "1220": "twelve twenty",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"mbeki", "okoro", "priya", "tom", "sam", "mum", "dad", "gwen", "huw", "bryn",
         "biscuit", "biscuit's", "ines", "marcus"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "three": ("3",), "6pm": ("6 pm", "six pm", "6 p.m."), "7pm": ("7 pm", "seven pm"),
    "six": ("6",), "seven": ("7",), "eleven": ("11",), "ten": ("10",),
    "3000": ("three thousand", "3,000"), "1000": ("a thousand", "1,000", "one thousand"),
    "900": ("nine hundred",), "1240": ("twelve forty", "1,240"),
    "1220": ("twelve twenty", "1,220"),
}
"""Number words, digits and clock times a noisy case must keep (in either form)."""

VOCATIVES = ["skipper", "gaffer", "treacle", "poppet", "chum", "sport", "captain",
             "duckie", "squire", "boyo", "hinny", "matey", "doll", "sunny", "jim"]
"""Nicknames people give an assistant, none of the earlier sets'."""
DEVICE_NAMES = ["nova", "orla", "pixie", "beacon", "homebot", "teachy", "echo"]
"""Names a person gives the device itself (said as its wake word)."""

WRAPPERS: dict[str, list[str]] = {
    "vocative": [
        "skipper, {}", "{}, skipper", "gaffer, {}", "{} gaffer", "treacle, {}",
        "{}, treacle", "poppet, {}", "{}, chum", "sport, {}", "captain, {}", "{}, captain",
        "duckie, {}", "{}, squire", "boyo, {}", "{}, hinny", "{}, matey", "doll, {}",
        "{}, sunny jim",
    ],
    "discourse marker": [
        "short version, {}", "bottom line, {}", "frankly, {}", "in short, {}",
        "as it happens, {}", "{}, as it happens", "{}, so to speak", "moving on, {}",
        "by the by, {}", "{}, by the by", "incidentally, {}", "for starters, {}",
        "cutting to the chase, {}",
    ],
    "politeness": [
        "be a sweetie and {}", "{}, that'd be smashing", "{}, that'd be super",
        "with gratitude, {}", "{}, i'd be chuffed", "{}, most gracious",
        "{}, i'd be delighted", "humbly, {}", "if it pleases you, {}", "{}, i'd owe you big",
        "{}, bravo",
    ],
    "time word": [
        "{}, stat", "{} in a flash", "{} in a tick", "{} posthaste", "{} toute suite",
        "{}, make it snappy", "{}, hurry hurry", "{} on the spot", "{} at warp speed",
        "{}, rapido", "{} this second", "pdq, {}",
    ],
    "self-correction": [
        "{h}, d'oh, {p}", "{h}, misspoke, {p}", "{h}, beg pardon, {p}", "{h}, silly me, {p}",
        "{h}, backtrack, {p}", "{h}... errr... {p}", "{h}, brain fog, {p}",
        "{h}, pfft, {p}", "{h}, redo, {p}", "{h}, goodness, {p}", "misspoke, {p}",
        "d'oh, {p}",
    ],
    "question": [
        "think you could {}?", "could we maybe {}?", "can i nab {}?", "do you wanna {}?",
        "can we try {}?", "howzabout {}?", "care to {}?", "would it hurt to {}?",
        "{}, doable?", "is {} doable?",
    ],
    "regional speech": [
        "howay, {}", "{}, la", "{}, me old china", "wagwan, {}", "{}, bredrin",
        "{}, ripper", "{}, sweet as", "{}, bud", "howdy, {}", "{}, our kid", "ey up, {}",
        "{}, hun",
    ],
    "reason given": [
        "{}, my shift's over", "{} seeing as it's chilly", "{}, the postie's dropped by",
        "{}, it's tipping down", "{}, my phone's dying", "{} cause it's pouring",
        "{}, my back's aching", "{}, my feet are killing me", "{} as the forecast's awful",
    ],
    "emphatic repeat": [
        "{p}. i repeat, {p}", "{p}; {P}", "{P}! {P}.", "{p}... {p}... {p}",
        "{p}, absolutely, {p}", "{p}, definitely {p}", "{p}. {p}. {p}.",
        "{p}, dead serious", "{p}! {P}!", "{p}, i'm adamant",
    ],
    "filled pause": [
        "ummm, {}", "{}, uhhh", "errr... {}", "aah, {}", "mhm, {}", "emm, {}", "euh, {}",
        "{} ehh", "hmmmm... {}", "ummm, errr, {}", "aaand {}", "so, uhhh, {}",
    ],
    "child or tired voice": [
        "mummy, {}", "{}, daddy", "{} pleaaase", "yawwwn... {}", "{}, i'm shattered",
        "so sleepy... {}", "nnngh, {}", "{}, i'm wiped", "zzz... {}", "i'm sleepy, {}",
    ],
    "trailing tag": [
        "{}, yup?", "{}, gotcha?", "{}, capisce?", "{}, savvy?", "{}, deal?", "{}, k?",
        "{}, agreed?", "{}, understood?", "{}, wilco?", "{}, roger?", "{}, sorted?",
    ],
    "plans": [
        "i'm hitting the hay shortly, {}", "{}, i'm nipping to the corner shop",
        "we're popping over to grandma's, {}", "i'm catching the early train so {}",
        "{}, i'm jumping in the car", "i'm turning in, {}", "we're having folk round later, {}",
        "we're driving to cornwall tomorrow, {}", "{}, i'm walking into town",
    ],
    "dictation": [
        "{} period", "{}, comma", "{T}.", "{T}!!", "{} semicolon", "{} exclamation mark",
        "...{}", "{} ,", "{C} period", "- {}", "{} new line", "{C}... period",
    ],
    "other language": [
        "{}, por favor", "vale, {}", "{}, bitte", "danke, {}", "yalla, {}", "{}, jaldi",
        "chalo, {}", "arre, {}", "allora, {}", "dai, {}", "andale, {}", "oye, {}",
        "abeg, {}", "{}, jor", "{}, diolch", "prosze, {}", "{}, dziekuje", "{}, shukran",
        "{}, asante", "{}, grazie", "{}, obrigado",
    ],
    "exasperation": [
        "argh, {}", "gah, {}", "for pete's sake, {}", "{}, give me strength", "crikey, {}",
        "blimey, {}", "{}, flippin' heck", "sheesh, {}", "jeez, {}", "cor, {}",
        "{}, heaven help me", "i swear, {}", "{}, sigh",
    ],
    "dialect tag": [
        "{}, na?", "{}, ne?", "{}, ja?", "{}, lah", "{}, ennit?", "{}, hai?", "{}, nuh?",
        "{}, ay?", "{}, isn't it?", "{}, is it?",
    ],
    "non-native phrasing": [
        "i want {}", "{}, i want", "i request {}", "i am wanting {}", "i am requesting {}",
        "do {} for me", "you must {}", "{} is needed", "{}, necessary", "requesting {}",
    ],
    "device name": [
        "nova, {}", "{}, nova", "yo nova, {}", "orla, {}", "{} orla", "hello pixie, {}",
        "pixie {}", "beacon, {}", "homebot, {}", "{}, homebot", "ahoy beacon, {}",
        "teachy, {}", "echo, {}",
    ],
    "mixed": [
        "nova, {}, capisce?", "argh, skipper, {}", "ummm, {} por favor", "mummy, {} in a flash",
        "blimey, i want {}", "howay treacle, {}", "yalla, {}, yup?", "pixie, {} stat",
        "{}, i'm jumping in the car, chum", "frankly, do {} for me", "errr, orla, {}, ne?",
    ],
}
"""In-scope wrappers by kind; ``{p}`` the phrase, ``{P}`` the phrase stressed (in
capitals), ``{T}`` in title case and ``{C}`` with a capital first letter (as a phone's
dictation writes them), ``{h}`` its first words (a restart: only around phrases of two
words or more); ``{}`` the phrase."""

REASON_CLASHES: dict[str, set[str]] = {
    "my shift's over": {"shift", "ward", "scrubs", "lunchbox"},
    "seeing as it's chilly": {"fan", "extractor", "cool", "breeze", "conditioning"},
    "it's tipping down": {"water", "sprinklers", "beach", "grill", "garden", "cactus",
                           "barbecue", "field", "walk", "walking", "windbreak"},
    "cause it's pouring": {"water", "sprinklers", "beach", "grill", "garden", "cactus",
                             "barbecue", "field", "walk", "walking", "windbreak"},
    "as the forecast's awful": {"water", "sprinklers", "beach", "grill", "garden",
                                "cactus", "barbecue", "windbreak"},
    "hitting the hay": {"morning", "wake", "rise", "breakfast", "starts", "workshop",
                        "party", "shift", "ward", "arrived", "throwing", "visitors"},
    "i'm turning in": {"morning", "wake", "rise", "breakfast", "starts", "workshop",
                       "party", "shift", "ward", "arrived", "throwing", "visitors"},
    "nipping to the corner shop": {"home", "arrived", "welcome", "asleep", "sleep",
                                   "sleeping"},
    "popping over to grandma's": {"home", "arrived", "welcome", "asleep", "sleep",
                                  "sleeping"},
    "catching the early train": {"home", "arrived", "welcome", "night", "bedtime"},
    "jumping in the car": {"home", "arrived", "welcome", "asleep", "sleep", "sleeping"},
    "driving to cornwall": {"home", "arrived", "welcome"},
    "walking into town": {"home", "arrived", "welcome", "asleep", "sleep", "sleeping"},
    "having folk round": {"asleep", "sleep", "sleeping", "quiet", "leaving", "goodbye",
                          "checking"},
    "i'm shattered": {"workout", "gym", "party", "yoga", "throwing"},
    "i'm wiped": {"workout", "gym", "party", "yoga", "throwing"},
}
"""Reasons and plans that would contradict a phrase with one of these words ("good
morning, i'm hitting the hay shortly"): never said around it, so the request stays
the phrase's."""

MULTI_WRAPPING = [
    "short version", "bottom line", "in short", "as it happens", "so to speak",
    "moving on", "by the by", "for starters", "cutting to the chase",
    "be a sweetie and", "that'd be smashing", "that'd be super", "with gratitude",
    "i'd be chuffed", "most gracious", "i'd be delighted", "if it pleases you",
    "i'd owe you big", "in a flash", "in a tick", "toute suite", "make it snappy",
    "hurry hurry", "on the spot", "at warp speed", "this second", "beg pardon",
    "silly me", "brain fog", "think you could", "could we maybe", "can i nab",
    "do you wanna", "can we try", "care to", "would it hurt to", "me old china",
    "our kid", "ey up", "sweet as", "my shift's over", "seeing as it's chilly",
    "the postie's dropped by", "it's tipping down", "my phone's dying", "cause it's pouring",
    "my back's aching", "my feet are killing me", "as the forecast's awful", "i repeat",
    "dead serious", "i'm adamant", "so sleepy", "i'm shattered", "i'm wiped",
    "i'm sleepy", "i'm hitting the hay shortly",
    "i'm nipping to the corner shop", "we're popping over to grandma's",
    "i'm catching the early train", "i'm jumping in the car", "i'm turning in",
    "we're having folk round later", "we're driving to cornwall tomorrow",
    "i'm walking into town", "exclamation mark", "new line", "por favor",
    "for pete's sake", "give me strength", "flippin' heck", "heaven help me", "i swear",
    "isn't it", "i want", "i request", "i am wanting", "i am requesting",
    "do", "you must", "is needed", "yo nova", "hello pixie", "ahoy beacon",
    "sunny jim",
]
"""Wrapper expressions of several words (or words only a wrapper says here), struck
(longest first) before single words."""

WRAPPER_WORDS = {
    *VOCATIVES, *DEVICE_NAMES, "frankly", "incidentally", "humbly", "bravo", "stat",
    "posthaste", "rapido", "pdq", "d'oh", "misspoke", "backtrack", "errr", "pfft", "redo",
    "goodness", "doable", "howzabout", "howay", "la", "wagwan", "bredrin", "ripper", "bud",
    "howdy", "hun", "absolutely", "definitely", "ummm", "uhhh", "aah", "mhm", "emm",
    "euh", "ehh", "hmmmm", "aaand", "mummy", "daddy", "pleaaase", "yawwwn", "nnngh",
    "zzz", "yup", "gotcha", "capisce", "savvy", "deal", "k", "agreed", "understood",
    "roger", "wilco", "sorted", "period", "comma", "semicolon", "vale", "bitte", "danke",
    "yalla", "jaldi",
    "chalo", "arre", "allora", "dai", "andale", "oye", "abeg", "jor", "diolch", "prosze",
    "dziekuje", "shukran", "asante", "grazie", "obrigado", "argh", "gah", "crikey",
    "blimey", "sheesh", "jeez", "cor", "sigh", "na", "ne", "ja", "lah", "ennit", "hai",
    "nuh", "ay", "requesting", "necessary", "wanna",
    "would", "could", "you", "can", "us",
}
"""Single words that only wrap a request in this set (struck wherever they are)."""

OOS_WRAPPERS = [
    "skipper, {}", "{}, treacle", "short version, {}", "{}, as it happens",
    "{}, that'd be smashing", "{} in a flash", "{}, stat", "howay, {}", "{}, me old china",
    "ummm, {}", "{}, uhhh", "mummy, {}", "{}, capisce?", "{}, yup?", "nova, {}", "{}, orla",
    "argh, {}", "for pete's sake, {}", "{}, por favor", "yalla, {}", "{}, na?", "{}, lah",
    "i'm hitting the hay shortly, {}", "{}, i'm nipping to the corner shop", "{} period",
    "{}, comma",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, skipper", "nova, {}", "{}, capisce?", "errr... {}", "argh, {}", "{}, por favor",
    "{}, ennit?", "{} period", "howay, {}", "frankly, {}", "{} in a tick", "i want {}",
    "{}, bravo", "blimey... {}?",
]
"""Around a fragment, new wrappers only."""

TENTH_SOUND_ALIKE = [
    ("sleep", "slip"), ("sleeping", "slipping"), ("shift", "shaft"), ("ward", "word"),
    ("scrubs", "scrabs"), ("scrubs", "scrub's"), ("iron", "iron's"), ("blackout", "black out"),
    ("curtains", "curtain's"), ("alarm", "a lamb"), ("lunchbox", "lunch box"),
    ("kettle", "kettel"), ("kitchenette", "kitchen net"), ("airer", "error"),
    ("sofa", "soda"), ("mbeki", "em becky"), ("mbeki", "beki"), ("priya", "pria"),
    ("tom", "tomb"), ("toast", "host"), ("snoozebox", "snooze box"), ("glowbug", "glow bug"),
    ("rota", "rotor"), ("blanket", "blanked"), ("panel", "panels"), ("zapwarm", "zap warm"),
    ("neighbours", "neighbors"), ("laundrette", "launderette"), ("bike", "bake"),
    ("cactus", "cactus's"), ("payday", "pay day"), ("mum", "mom"), ("hot", "hut"),
    ("tub", "tab"), ("wifi", "wi-fi"), ("password", "pass word"), ("checking", "chicken"),
    ("arrived", "arrive"), ("log", "lock"), ("burner", "burna"), ("recycling", "re cycling"),
    ("boiler", "broiler"), ("windbreak", "wind break"),
    ("keysafe", "key safe"), ("gwen", "gwyn"), ("huw", "hugh"), ("huw", "who"),
    ("taxi", "taxes"), ("station", "stations"), ("park", "bark"), ("telly", "tele"),
    ("grill", "grille"), ("patio", "patty o"), ("smartlok", "smart lock"),
    ("brewmaster", "brew master"), ("dishwasher", "dish washer"), ("checkout", "check out"),
    ("lanterns", "lantern's"), ("kiln", "kill"), ("kiln", "killin"), ("bisque", "bisk"),
    ("bisque", "bask"), ("glaze", "glass"), ("wheel", "we'll"), ("throwing", "throwin"),
    ("pug", "pog"), ("extractor", "extractors"), ("biscuit's", "biscuits"),
    ("biscuit", "biscuits"), ("dehumidifier", "de humidifier"), ("clay", "clare"),
    ("delivery's", "deliveries"), ("workshop", "work shop"), ("bats", "bass"),
    ("barn", "born"), ("yard", "yawn"), ("radio", "radios"), ("ines", "inez"),
    ("marcus", "markus"), ("pawcam", "poor cam"), ("pawcam", "pore cam"),
    ("kilnwatch", "kiln watch"), ("crumpets", "trumpets"), ("etsy", "etsey"),
    ("etsy", "it's he"), ("labels", "label's"), ("gate", "gait"), ("vent", "went"),
]
"""The tenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("hot tub", "hottub"), ("log burner", "logburner"), ("sofa bed", "sofabed"),
         ("pug mill", "pugmill"), ("sea view", "seaview"), ("bike lights", "bikelights"),
         ("board games", "boardgames"), ("top field", "topfield"),
         ("field gate", "fieldgate"), ("floodlights on", "floodlightson"),
         ("bisque firing", "bisquefiring"), ("glaze firing", "glazefiring"),
         ("barn doors", "barndoors"), ("studio radio", "studioradio"),
         ("panel heater", "panelheater"), ("electric blanket", "electricblanket"),
         ("night shift", "nightshift"), ("garden lanterns", "gardenlanterns")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how many calories in a {w}", "draw a {w} for me", "spell {w} backwards",
        "what's the welsh word for {w}", "add a {w} to my wishlist", "sell the {w} on ebay",
        "is a {w} recyclable", "find a youtube video about {w}", "rate my {w} out of ten",
        "make {p} the title of my blog", "where can i buy a {w}", "who sings the song {p}",
        "email {p} to the owners", "tweet about the {w}", "measure the {w}",
    ],
    "routine command": [
        "undo {p}", "what's inside {p}", "who set up {p}", "when is {p} scheduled",
        "remove {p} from the routines", "edit {p}", "give {p} a new name",
        "how many steps has {p}", "copy {p} to the studio", "move {p} to sunday",
        "pause {p} for a week", "why does {p} take so long", "export {p}",
    ],
    "word order": [
        "{b} before {a}", "{b} or {a}", "{b} with no {a}", "the {b} of the {a}",
        "{b}, not {a}", "less {b} more {a}",
    ],
    "negation": [
        "leave out {p}", "we can manage without {p}", "forget about {p} tonight",
        "don't bother with {p}", "{p} is the last thing we need", "no {p} today",
        "under no circumstances {p}", "i'd rather not have {p}", "not now, {p} can wait",
        "never mind {p}", "let's not do {p}",
    ],
    "cancellation": [
        "stop {p}", "cancel {p} please", "switch {p} back off", "stop {p} straight away",
        "undo {p} now", "halt {p}", "end {p} early", "terminate {p}", "drop {p} for today",
        "put an end to {p}", "shut down {p}",
    ],
    "state question": [
        "is {p} happening", "did {p} finish ok", "has {p} been done today",
        "how long has {p} been on", "is {p} on right now", "did anyone do {p}",
        "what time did {p} start", "is {p} working properly", "was {p} done",
        "has {p} started yet",
    ],
    "past or story": [
        "last christmas {p} went wrong", "the guests loved {p} last summer",
        "{p} broke during my night shift", "biscuit chewed the {w} last week",
        "grandad used to do {p}", "we tried {p} in 2019", "{p} caused a fuse to blow once",
        "the previous owner did {p} daily", "years ago {p} didn't exist",
        "yesterday {p} took forever", "{p} was the first thing i taught you",
    ],
    "someone else's words": [
        "the guest book says {p}", "marcus keeps saying {p}", "the ward sister said {p}",
        "a review online mentioned {p}", "the owner's note says {p}",
        "my flatmate used to say {p}", "the potter on youtube said {p}",
        "the instructions say {p}", "my mum wrote {p} on a post-it",
        "the airbnb message says {p}", "priya texted me {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "what's the history of the {}", "how heavy is a {}", "is a {} expensive",
    "name a famous {}", "how do i fix a {}", "{} in french", "best {} brands",
    "what's a {} made of", "how to clean a {}", "synonym for {}",
]

QUESTION_STARTS = ("what's", "when's", "how", "which", "where", "is", "what")
"""How a phrase taught as a question starts (out-of-scope templates leave these out:
"has how does the telly work finished" is nobody's speech)."""
