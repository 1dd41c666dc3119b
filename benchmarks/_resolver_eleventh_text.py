"""The words of the eleventh held-out resolver set (benchmarks/_resolver_eleventh.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver on the tenth; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a couple living on a narrowboat
on the canal, with a cat called Pudding (seed 110); a musician's home studio where
lessons are given and the band rehearses (111); and a multilingual family's flat, a
Polish grandmother and a father from Lagos among them (112). Each teaches 22 of its own
routines with the generic pool; the rest of its own pool, and the near siblings in
``UNTAUGHT`` ("bilge pump off" beside "bilge pump on", "metronome at 100" beside
"metronome at 120", "ring aunty bisi" beside "ring aunty funmi", "cartoons in english"
beside "cartoons in polish"), are never taught there. Two taught routines of a home
share words on purpose ("bilge pump on" and "water pump on").

Its wrappers use words and frames none of the sixth to tenth tables have
(tests/test_resolver_eleventh_data.py checks it): the earlier kinds in new words, and
new kinds: a rambling sentence around the phrase, a child relaying a parent's request,
hedging, a countdown, reading off a list, talk to a pet or a baby around the request,
thanks given before it, enthusiasm, a stutter ("b-b-bilge pump on") and code-switching
(a whole frame of another language around the English phrase: "zara X kar do").
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {110: "narrowboat", 111: "home studio", 112: "multilingual flat"}

ELEVENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "narrowboat": {
        "Stove": ["light the stove", "get the stove going"],
        "Bilge": ["bilge pump on", "pump the bilge"],
        "Water pump": ["water pump on"],
        "Water tank": ["how full is the water tank"],
        "Batteries": ["what's the battery bank at"],
        "Genny": ["genny on", "start the generator"],
        "Moored": ["we're moored up", "tie up for the night"],
        "Cruising": ["cruising mode", "casting off"],
        "Lock": ["going through a lock"],
        "Cratch": ["cratch cover down"],
        "Tunnel light": ["tunnel light on"],
        "Pump out": ["book a pump out at the marina"],
        "Horn": ["sound the horn"],
        "Pudding": ["feed pudding", "pudding's supper"],
        "Ailsa": ["ring ailsa"],
        "Ailsa and Dougie": ["text ailsa and dougie"],
        "Coal": ["order coal and kindling"],
        "Ropes": ["coil the ropes on the roof"],
        "Weed hatch": ["check the weed hatch"],
        "Fenders": ["fenders up"],
        "Cassette": ["empty the cassette"],
        "Sunset cruise": ["sunset cruise"],
        "Bilgebot": ["bilgebot check"],
        "Solar": ["solarsnap on"],
        "Water point": ["where's the next water point"],
        # long
        "Moor night": ["we're moored for the night so light the stove and switch off the "
                       "engine and shut the hatch"],
    },
    "home studio": {
        "Record light": ["recording light on", "on air sign"],
        "Metronome": ["metronome at 120", "click at 120"],
        "Booth fan": ["vocal booth fan on"],
        "Monitors": ["studio monitors on"],
        "Valve amp": ["warm up the valve amp"],
        "Loopzilla": ["loopzilla on"],
        "Guitar humidity": ["guitar room humidifier on"],
        "Scales": ["scales practice", "practise my scales"],
        "Lesson": ["lesson at four", "student's arriving"],
        "Band practice": ["band practice tonight", "the band's here"],
        "Rafael": ["ring rafael"],
        "Rafael and Mo": ["message rafael and mo"],
        "Bounce": ["bounce the mix", "export the stems"],
        "Backup": ["back up the session"],
        "Headphones": ["headphones only"],
        "Gig": ["gig tonight", "load the van"],
        "Strings": ["order new strings"],
        "New take": ["start a new take"],
        "Espresso": ["espresso and biscotti"],
        "Soundcheck": ["what time's soundcheck"],
        "Silent phones": ["phones on silent"],
        "Studio door": ["lock the studio door"],
        "Miles": ["feed miles", "miles's breakfast"],
        "Tuner": ["tunestar on"],
        "Piano cover": ["put the cover on the piano"],
        # long
        "Band here": ["the band's arriving so open the garage and put the kettle on and "
                      "turn the monitors up"],
    },
    "multilingual flat": {
        "Babcia": ["ring babcia", "video call babcia"],
        "Grandma Lagos": ["call grandma in lagos"],
        "Polish radio": ["polish radio on"],
        "Afrobeats": ["dad's afrobeats playlist", "afrobeats on"],
        "Jollof": ["jollof night"],
        "Pierogi": ["pierogi sunday"],
        "Rice cooker": ["rice cooker on"],
        "Cartoons": ["cartoons in polish"],
        "Story": ["bedtime story in yoruba"],
        "School run": ["school drop off", "shoes and coats on"],
        "Spelling": ["spelling test practice"],
        "Mass": ["mass at ten"],
        "Subtitles": ["subtitles in polish"],
        "Kids heater": ["put the heater on in the kids' room"],
        "Washing": ["hang the washing on the balcony"],
        "Bins": ["what day are the bins collected"],
        "Intercom": ["buzz them in", "intercom open"],
        "Chinedu and Ola": ["message chinedu and ola"],
        "Aunty": ["ring aunty funmi"],
        "Kidscam": ["kidscam on"],
        "Dreamlite": ["dreamlite on"],
        "Market": ["saturday market list"],
        "Prayer": ["quiet for prayers"],
        "Lift": ["is the lift working"],
        "Name day": ["candles for name day"],
        # long
        "Babcia visit": ["babcia's arriving so warm the spare room and put polish radio on "
                         "and make pierogi"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another name, number,
    # place, language or day, off for on, down for up)
    "narrowboat": {
        "Bilge off": ["bilge pump off"], "Water pump off": ["water pump off"],
        "Genny off": ["genny off"], "Fenders down": ["fenders down"],
        "Cratch up": ["cratch cover up"], "Tunnel off": ["tunnel light off"],
        "Ring Dougie": ["ring dougie"], "Ailsa and Fergus": ["text ailsa and fergus"],
        "Boatyard": ["book a pump out at the boatyard"],
        "Coal and logs": ["order coal and logs"], "Feed ducks": ["feed the ducks"],
        "Sunrise cruise": ["sunrise cruise"], "Solarsnap off": ["solarsnap off"],
    },
    "home studio": {
        "Metronome 100": ["metronome at 100"], "Light off": ["recording light off"],
        "Monitors off": ["studio monitors off"], "Lesson five": ["lesson at five"],
        "Loopzilla off": ["loopzilla off"], "Rafael and Jo": ["message rafael and jo"],
        "Ring Mo": ["ring mo"], "Bounce vocals": ["bounce the vocals"],
        "Booth off": ["vocal booth fan off"], "Gig tomorrow": ["gig tomorrow"],
        "Reeds": ["order new reeds"], "Drum cover": ["put the cover on the drums"],
    },
    "multilingual flat": {
        "Aunty Bisi": ["ring aunty bisi"], "Radio off": ["polish radio off"],
        "Cartoons english": ["cartoons in english"],
        "Story polish": ["bedtime story in polish"],
        "Subtitles english": ["subtitles in english"], "Mass eleven": ["mass at eleven"],
        "Rice off": ["rice cooker off"], "Grandma Abuja": ["call grandma in abuja"],
        "Chinedu and Tolu": ["message chinedu and tolu"],
        "Washing bathroom": ["hang the washing in the bathroom"],
        "Lounge heater": ["put the heater on in the lounge"], "Kidscam off": ["kidscam off"],
        "Jollof friday": ["jollof friday"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the narrowboat
    {"light the stove", "get the stove going", "fireplace on", "light the fire",
     "cozy evening", "heating on", "warm up the living room"},
    {"we're moored up", "tie up for the night", "lock up"},
    {"cruising mode", "casting off", "sunset cruise", "i'm leaving", "goodbye house"},
    {"feed pudding", "pudding's supper", "feed the cat", "cat dinner"},
    {"tunnel light on", "night light", "porch light on", "front door light"},
    {"cratch cover down", "close everything", "storm mode"},
    {"sunset cruise", "sunset scene", "evening glow"},
    {"we're moored for the night so light the stove and switch off the engine and shut "
     "the hatch", "we're moored up", "tie up for the night", "light the stove",
     "get the stove going", "lock up", "good night", "lights out"},
    # the home studio
    {"recording light on", "on air sign", "start a new take", "headphones only",
     "phones on silent", "quiet mode", "focus mode"},
    {"scales practice", "practise my scales", "piano practice", "metronome at 120",
     "click at 120"},
    {"band practice tonight", "the band's here", "guests are coming", "company mode",
     "loud music", "concert mode",
     "the band's arriving so open the garage and put the kettle on and turn the "
     "monitors up"},
    {"the band's arriving so open the garage and put the kettle on and turn the monitors up",
     "open the garage", "garage door", "tea time", "boil the kettle", "studio monitors on"},
    {"espresso and biscotti", "make coffee", "coffee time"},
    {"feed miles", "miles's breakfast", "feed the cat", "cat dinner"},
    {"gig tonight", "load the van", "i'm leaving", "goodbye house"},
    {"lock the studio door", "lock up", "lock all doors"},
    {"bounce the mix", "export the stems", "back up the session"},
    {"guitar room humidifier on", "vocal booth fan on", "fan on", "cool breeze"},
    # the multilingual flat
    {"ring babcia", "video call babcia"},
    {"polish radio on", "dad's afrobeats playlist", "afrobeats on", "music in the kitchen",
     "kitchen radio", "loud music"},
    {"jollof night", "pierogi sunday", "rice cooker on", "dinner time", "dinner is ready",
     "cooking mode"},
    {"bedtime story in yoruba", "kids bedtime", "story time", "dreamlite on",
     "night light", "dim the hallway"},
    {"cartoons in polish", "subtitles in polish", "tv time", "watch television"},
    {"school drop off", "shoes and coats on", "school morning", "wake up kids", "i'm leaving",
     "goodbye house"},
    {"spelling test practice", "homework time", "study time", "focus mode"},
    {"put the heater on in the kids' room", "heating on", "warm up the living room"},
    {"buzz them in", "intercom open", "guests are coming", "company mode"},
    {"quiet for prayers", "quiet mode", "baby is sleeping", "meditation time", "calm down"},
    {"kidscam on", "security on", "arm the alarm", "baby is sleeping"},
    {"candles for name day", "birthday party", "romantic mood", "candle light dinner"},
    {"babcia's arriving so warm the spare room and put polish radio on and make pierogi",
     "guests are coming", "company mode", "heating on", "warm up the living room",
     "polish radio on", "pierogi sunday"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the cat" when "feed pudding" is taught). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heating": "heat", "warm": "heat", "warmer": "heat", "telly": "tv", "television": "tv",
    "generator": "genny", "gennie": "genny", "kitty": "cat", "moggy": "cat",
    "puss": "cat", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "coffee": "espresso", "practice": "practise", "practicing": "practise",
    "practising": "practise", "rehearsal": "practise", "mom": "mum", "grandmother": "grandma",
    "granny": "grandma", "nan": "grandma", "tunes": "music", "batteries": "battery",
    "cellphones": "phones", "mobiles": "phones", "telephones": "phones",
    "120": "one twenty", "100": "one hundred", "4": "four", "5": "five", "10": "ten",
    "11": "eleven",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"pudding", "pudding's", "ailsa", "dougie", "fergus", "rafael", "mo", "jo", "miles",
         "miles's", "babcia", "babcia's", "funmi", "bisi", "chinedu", "ola", "tolu",
         "lagos", "abuja", "yoruba", "polish", "english"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "120": ("one twenty", "a hundred and twenty", "one hundred and twenty"),
    "100": ("a hundred", "one hundred"), "four": ("4",), "five": ("5",), "ten": ("10",),
    "eleven": ("11",),
}
"""Number words, digits and clock times a noisy case must keep (in either form)."""

VOCATIVES = ["sprout", "tiger", "dumpling", "pumpkin", "squirt", "cupcake", "rockstar",
             "prof", "sarge", "admiral", "missus", "honeybun", "digger", "maestro",
             "comrade", "buttercup", "cherub", "sugarplum"]
"""Nicknames people give an assistant, none of the earlier sets'."""
DEVICE_NAMES = ["hestia", "ziggy", "mabel", "bobbin", "wilbur", "juno", "dexter"]
"""Names a person gives the device itself (said as its wake word)."""

WRAPPERS: dict[str, list[str]] = {
    "vocative": [
        "sprout, {}", "{}, sprout", "tiger, {}", "{}, dumpling", "pumpkin, {}",
        "{}, squirt", "cupcake, {}", "{}, rockstar", "prof, {}", "{}, sarge",
        "admiral, {}", "{}, missus", "honeybun, {}", "{}, digger", "maestro, {}",
        "{}, comrade", "buttercup, {}", "{}, cherub", "sugarplum, {}",
    ],
    "discourse marker": [
        "anyhoo, {}", "{}, anyhoo", "point being, {}", "that aside, {}",
        "speaking of which, {}", "for the record, {}", "{}, for the record",
        "as luck would have it, {}", "first things first, {}", "on balance, {}",
        "lastly, {}", "to sum up, {}",
    ],
    "politeness": [
        "be an angel and {}", "{}, you're a diamond", "graciously {}", "{}, cordially",
        "be a treasure and {}", "{}, at your leisure", "{}, i'd be thrilled",
        "would you oblige me and {}", "{}, you're a gem", "{}, with my compliments",
    ],
    "time word": [
        "{} hotfoot", "{} in a trice", "{}, smartish", "{}, get a wiggle on",
        "{}, step on it", "{}, jump to it", "{}, hop to it",
        "{} before the adverts end",
    ],
    "self-correction": [
        "{h}, hold your horses, {p}", "{h}, oopsie, {p}", "{h}, blast, {p}",
        "{h}, fiddlesticks, {p}", "{h}, drat, {p}", "{h}, dang, {p}",
        "{h}, tangled up, {p}", "{h}, reboot, {p}", "{h}, erase, {p}",
        "oopsie, {p}", "drat, {p}",
    ],
    "question": [
        "would you be so good as to {}?", "is it within your powers to {}?",
        "could i get you to {}?",
        "how would you feel about doing {}?", "got a mo to {}?", "up for doing {}?",
        "{}, can that happen?", "{}, feasible?", "willing to {}?", "{}, any objections?",
    ],
    "regional speech": [
        "gonnae {}", "{}, my 'ansum", "{}, bab", "g'wan, {}", "{}, butt", "tidy, {}",
        "{}, b'y", "chur, {}", "{}, mush", "{}, darlin'", "howzit, {}", "wotcha, {}",
    ],
    "reason given": [
        "{}, i'm covered in paint", "{}, my fingers are sticky", "{}, there's a draught",
        "{}, i'm elbow deep in dough", "{}, my glasses are steamed up",
        "{} as i'm halfway through a recipe", "{}, the kids are finally settled",
        "{}, my arms are laden with shopping",
    ],
    "emphatic repeat": [
        "{p}, heed me, {p}", "{p}, cross my heart, {p}", "{p}; pleeeeease; {P}",
        "{P}, i did say {p}", "{p}, to be crystal clear, {p}", "{p}. truly. {p}.",
        "{p}, on my life, {p}",
    ],
    "filled pause": [
        "ehhm, {}", "uhhm, {}", "{}, hmmph", "mmmm, {}", "errm, {}", "ahhh... {}", "urr, {}",
        "{}, erh", "hrm, {}", "ummmm... {}",
    ],
    "trailing tag": [
        "{}, kk?", "{}, catch my drift?", "{}, mkay?",
        "{}, dig it?", "{}, ten-four", "{}, follow?", "{}, comprende?",
    ],
    "plans": [
        "{}, i'm dashing to the station", "{}, we're going swimming",
        "{}, i'm collecting the twins", "we're going to the allotment, {}",
        "{}, i'm cycling to the shops", "{}, we're hopping on the ferry",
        "i'm having a kip, {}", "{}, i'm taking the recycling out",
    ],
    "dictation": [
        "{} colon", "{C} colon", "{} dash", "quote {} unquote", "{} ellipsis",
        "{} smiley face", "{} underscore", "{T} hyphen", "open bracket {} close bracket",
        "{C} asterisk", "{} slash",
    ],
    "exasperation": [
        "oh my days, {}", "{}, i'm begging you", "lord grant me patience, {}", "ffs, {}",
        "{}, ffs", "for the hundredth time, {}", "{}, ridiculous", "blooming contraption, {}",
        "{}, jeepers", "strewth, {}", "typical, {}",
    ],
    "non-native phrasing": [
        "please to {}", "you will {} now", "i am needing {}", "it is required, {}",
        "{} is wanted", "now you {}", "you are to {}", "for me {}", "{}, this i want",
        "i would be liking {}",
    ],
    "device name": [
        "hestia, {}", "{}, hestia", "ziggy, {}", "{}, ziggy", "mabel, {}", "ok bobbin, {}",
        "wilbur, {}", "{}, wilbur", "juno, {}", "heya juno, {}", "dexter, {}",
    ],
    "rambling": [
        "so i was figuring, what with everything, {}",
        "ok so the gist of what i was going to say was {}",
        "you know what, it's been one of those weeks, {}",
        "{}, and after that we'll see how it goes",
        "where was i, oh yeah, {}",
        "i was just mulling it through earlier and {}",
        "{}, and i don't know why i didn't think of it sooner",
        "long story, don't ask, but {}",
    ],
    "relayed by a child": [
        "mama says you have to {}", "papa wants you to {}",
        "my mum asked me to ask you to {}", "grandad says please {}",
        "mamusia says you need to {}", "auntie wants you to {}", "my dad says can you {}",
        "papa says it's time to {}",
    ],
    "hedging": [
        "i suppose {}", "{}, i guess", "probably best to {}", "perhaps {}, if that's ok",
        "{}, ideally", "in theory {}", "{}, i'd imagine", "i was wondering if we could perhaps {}",
        "{}, at a guess",
    ],
    "countdown": [
        "three, two, one, {}", "on your marks, {}", "five, four, three, two, one... {}",
        "on my count... {}", "countdown... {}", "and in three two one, {}",
        "aaaand... {}", "ok, drumroll, {}",
    ],
    "reading a list": [
        "next on my list, {}", "reading off my list, {}", "item one, {}",
        "{}, cross that off", "according to my checklist, {}", "so, the list says {}",
        "first on the list, {}", "my to-do list says {}",
    ],
    "pet or baby talk": [
        "shh shh, there there, {}", "{}, who's a clever girl then", "shush little one, {}",
        "coochie coo, {}", "{}, isn't that right, sweetums", "peekaboo! {}",
        "hush now, {}", "c'mere you, {}", "{}, oh you are, you are",
    ],
    "thanks first": [
        "thanks in advance, {}", "thanks a bunch, {}", "thanks heaps, {}", "thankee, {}",
        "thanks a mil, {}", "mega thanks, {}", "thank you so much, {}",
        "thanks, you're a lifesaver, {}",
    ],
    "enthusiasm": [
        "ooh goody, {}!", "woohoo, {}", "yay! {}", "here we gooo, {}", "{}! amazing!",
        "oh brilliant, {}", "{}, wicked!", "ooh, {}, fab", "yippee, {}",
    ],
    "stutter": [
        "{s}{p}", "{u} {p}", "{u} {u} {p}", "{s}{s}{p}", "{s}.. {u} {p}",
    ],
    "code-switching": [
        "zara {} kar do", "kannst du mal {}?", "puedes {} porfi?", "dobra, {}, dzieki",
        "e jowo, {} jare", "sige, {} po", "bhai {} kardo", "tu peux {} stp?",
        "{} mal eben", "wez {} dobrze?",
    ],
    "mixed": [
        "hestia, {}, kk?", "oh my days, sprout, {}", "ehhm, {} in a trice",
        "mama says you have to {}, mkay?", "ooh goody, maestro, {}", "i suppose {}, tiger",
        "three, two, one, {}, step on it", "thanks in advance, juno, {}",
        "gonnae {}, digger", "{}, i'm covered in paint, prof",
    ],
}
"""In-scope wrappers by kind; ``{p}`` the phrase, ``{P}`` the phrase stressed (in
capitals), ``{T}`` in title case and ``{C}`` with a capital first letter (as a phone's
dictation writes them), ``{h}`` its first words (a restart: only around phrases of two
words or more), ``{s}`` its first letter stuttered ("b-") and ``{u}`` its first
sounds broken off ("bil-"); ``{}`` the phrase."""

REASON_CLASHES: dict[str, set[str]] = {
    "the kids are finally settled": {"school", "run", "shoes", "cartoons", "spelling",
                                     "party", "afrobeats", "loud", "concert", "wake"},
    "my arms are laden with shopping": {"leaving", "goodbye", "market", "gig", "van",
                                     "casting", "cruising", "order"},
    "there's a draught": {"fan", "cool", "breeze", "conditioning", "open", "humidifier"},
    "dashing to the station": {"home", "welcome", "arrived", "arriving", "moored", "sleep",
                               "bedtime", "lesson", "practice", "practise", "take"},
    "going swimming": {"home", "welcome", "arriving", "shower", "bath", "lesson", "practice",
                       "practise", "take", "moored"},
    "collecting the twins": {"home", "welcome", "arriving", "sleep", "bedtime", "lesson",
                             "take", "moored"},
    "going to the allotment": {"home", "welcome", "arriving", "sleep", "lesson", "take",
                               "water", "garden", "sprinklers"},
    "cycling to the shops": {"home", "welcome", "arriving", "order", "market", "sleep",
                             "lesson", "take"},
    "hopping on the ferry": {"home", "welcome", "arriving", "moored", "cruising", "casting",
                           "lesson", "take"},
    "having a kip": {"morning", "wake", "breakfast", "party", "practice", "practise",
                     "workout", "gym", "run", "gig", "band", "lesson", "cruising",
                     "casting", "mass", "loud", "concert", "afrobeats", "take", "espresso",
                     "coffee", "horn"},
    "taking the recycling out": {"bins", "leaving", "goodbye"},
}
"""Reasons and plans that would contradict a phrase with one of these words ("good
morning, i'm having a kip"): never said around it, so the request stays the phrase's."""

OOS_WRAPPERS = [
    "sprout, {}", "{}, dumpling", "point being, {}", "{}, for the record", "{} hotfoot",
    "{}, you're a diamond", "gonnae {}", "{}, bab", "ehhm, {}", "{}, hmmph", "{}, kk?",
    "{}, mkay?", "hestia, {}", "{}, wilbur", "oh my days, {}", "ffs, {}",
    "we're going to the allotment, {}", "{}, i'm cycling to the shops", "{} colon",
    "{} ellipsis", "i suppose {}", "thanks in advance, {}", "shush little one, {}",
    "next on my list, {}", "ooh goody, {}", "sige, {} po",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, sprout", "hestia, {}", "{}, mkay?", "ehhm, {}", "oh my days, {}", "{} hotfoot",
    "{}, bab", "{} colon", "tidy, {}", "point being, {}", "i suppose {}",
    "mama says you have to {}", "ooh goody, {}", "{}, cross that off",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("mama says you have
to"), struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {*(v for v in VOCATIVES if " " not in v), *DEVICE_NAMES, "hmmph", "ehhm",
                 "uhhm", "mmmm", "errm", "ahhh", "urr", "erh", "hrm", "ummmm", "anyhoo",
                 "oopsie", "drat", "ffs", "strewth", "jeepers", "woohoo", "yay", "yippee",
                 "ooh", "peekaboo", "thankee", "mkay", "comprende"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

ELEVENTH_SOUND_ALIKE = [
    ("stove", "stow"), ("stove", "stoves"), ("bilge", "bulge"), ("bilge", "bill"),
    ("pump", "plump"), ("tank", "thank"), ("battery", "battering"), ("genny", "jenny"),
    ("genny", "jenny's"), ("moored", "mood"), ("moored", "mode"), ("cruising", "bruising"),
    ("lock", "loch"), ("cratch", "crutch"), ("cratch", "crash"), ("tunnel", "funnel"),
    ("marina", "marine"), ("horn", "hon"), ("pudding", "putting"), ("pudding's", "puddings"),
    ("supper", "super"), ("ailsa", "elsa"), ("dougie", "duggie"), ("kindling", "kindly"),
    ("ropes", "robes"), ("weed", "we'd"), ("hatch", "hutch"), ("fenders", "venders"),
    ("cassette", "cassettes"), ("sunset", "sun set"), ("bilgebot", "bilge bot"),
    ("solarsnap", "solar snap"), ("recording", "recordings"), ("metronome", "metro gnome"),
    ("booth", "boot"), ("monitors", "monitor"), ("valve", "valves"),
    ("loopzilla", "loop zilla"), ("humidifier", "humidifiers"), ("scales", "snails"),
    ("practise", "practice"), ("lesson", "lessen"), ("student's", "students"),
    ("rafael", "raphael"), ("mo", "moe"), ("bounce", "pounce"), ("stems", "stamps"),
    ("session", "sessions"), ("headphones", "head phones"), ("gig", "gag"),
    ("strings", "strings'"), ("take", "tape"), ("espresso", "expresso"),
    ("biscotti", "biscotty"), ("soundcheck", "sound check"), ("phones", "fones"),
    ("miles", "myles"), ("miles's", "miles'"), ("tunestar", "tune star"),
    ("piano", "pianos"), ("babcia", "bab cha"), ("babcia", "barbara"), ("lagos", "lego's"),
    ("afrobeats", "afro beats"), ("jollof", "jolof"), ("pierogi", "perogi"),
    ("pierogi", "pirogi"), ("cartoons", "cartoon's"), ("yoruba", "yorba"),
    ("coats", "goats"), ("spelling", "spilling"), ("mass", "mask"), ("subtitles", "sub titles"),
    ("balcony", "balconies"), ("bins", "beans"), ("intercom", "inter com"),
    ("buzz", "bus"), ("chinedu", "chin edu"), ("ola", "oller"), ("funmi", "fumi"),
    ("kidscam", "kids cam"), ("dreamlite", "dream light"), ("market", "markets"),
    ("prayers", "players"), ("lift", "left"), ("candles", "handles"),
]
"""The eleventh set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("bilge pump", "bilgepump"), ("water pump", "waterpump"),
         ("water tank", "watertank"), ("tunnel light", "tunnellight"),
         ("weed hatch", "weedhatch"), ("pump out", "pumpout"), ("on air", "onair"),
         ("vocal booth", "vocalbooth"), ("valve amp", "valveamp"),
         ("band practice", "bandpractice"), ("new take", "newtake"),
         ("rice cooker", "ricecooker"), ("drop off", "dropoff"),
         ("polish radio", "polishradio"), ("name day", "nameday"),
         ("bedtime story", "bedtimestory"), ("sunset cruise", "sunsetcruise")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"practise": "practice", "humidifier": "humidifyer", "biscotti": "biscoti",
             "metronome": "metronom", "kindling": "kindeling", "cassette": "casette",
             "intercom": "intercomm"}
"""Spellings a phone's recogniser writes (American, or near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "what rhymes with {w}", "translate {w} into polish", "how do you pronounce {w}",
        "set a reminder to buy a {w}", "is there a podcast about {w}",
        "what's a {w} in cockney slang", "show me pictures of a {w}",
        "write a limerick about {p}", "how old is the oldest {w}",
        "who invented the {w}", "add {w} to the shopping list",
        "play a song called {p}", "what does {w} mean", "put {p} in my diary as a joke",
    ],
    "routine command": [
        "rename {p}", "what does {p} actually do", "add a step to {p}",
        "delete the routine {p}", "show me {p}", "change the words for {p}",
        "who made {p}", "stop {p} running every day", "duplicate {p}",
        "is {p} one of my routines", "list the steps in {p}", "share {p} with my sister",
    ],
    "word order": [
        "{b} then {a}", "{b} and {a}", "{b} without {a}", "{b} instead of {a}",
        "more {b} less {a}", "{b} after the {a}",
    ],
    "negation": [
        "please don't {p}", "we won't need {p} tonight", "no need for {p}",
        "skip {p} this time", "hold off on {p}", "definitely not {p}", "no {p} thanks",
        "i said don't {p}", "avoid {p} today", "there's no point in {p}",
    ],
    "cancellation": [
        "cancel {p}", "abort {p}", "scrap {p}", "stop doing {p}", "call off {p}",
        "kill {p}", "quit {p}", "switch off {p} now", "reverse {p}", "stop {p} immediately",
        "can you undo {p}",
    ],
    "state question": [
        "is {p} still going", "has {p} finished", "did {p} run this morning",
        "was {p} done last night", "how long ago was {p}", "is {p} running",
        "when did {p} last happen", "did {p} work", "is {p} done yet",
        "has anyone done {p} today",
    ],
    "past or story": [
        "the day we bought the boat {p} didn't work", "{p} woke the baby last week",
        "we did {p} twice on holiday", "my granny always did {p} on sundays",
        "the {w} broke in the winter", "back in 2015 {p} was a nightmare",
        "the last tenant did {p} every night", "{p} went wrong at the gig",
        "i remember when {p} took ages", "on monday {p} set the alarm off",
    ],
    "someone else's words": [
        "my nan used to say {p} all the time", "the song goes {p}",
        "in the film he shouts {p}", "the manual says {p}", "the forum said {p}",
        "my teacher wrote {p} on the board", "the sign on the lock says {p}",
        "the podcast host said {p}", "there's a meme that says {p}",
        "the kids' book says {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "how much does a {} weigh", "who makes the best {}", "what colour is a {}",
    "is a {} loud", "how long does a {} last", "{} in polish", "cheapest {} online",
    "how many {} are there in the uk", "a joke about a {}", "what goes with a {}",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "is", "when's")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
