"""Held-out routines, wrappers and out-of-scope templates of benchmarks/resolver.py.

Kept apart from the generator (``_resolver_data.py``) so the sets a tuning run must
not see are in one place: "dev" entries are for the development homes, "held" ones
were written before any tuning and only reported on, "fresh" ones were written
after the first held-out figures had been seen and never tuned on, "third" ones
before the sound-alike work was tuned, and "fourth" ones (issue 14) before any of
that session's tuning, run once by the lead at its end.
"""

from __future__ import annotations

__all__ = ["FOURTH_CARRIERS", "FOURTH_ROUTINES", "FOURTH_SOUND_ALIKE", "FRAGMENT_WRAPPERS",
           "FRESH_CARRIERS", "FRESH_ROUTINES", "HELD_OUT_CARRIERS", "HELD_OUT_ROUTINES",
           "KIND_TEMPLATES", "THIRD_CARRIERS", "THIRD_ROUTINES", "THIRD_SOUND_ALIKE"]

# Routines only the held-out homes have (written before any tuning, never tuned on).
HELD_OUT_ROUTINES: dict[str, list[str]] = {
    "Board games": ["board game night", "games evening"],
    "Stargazing": ["stargazing mode", "lights down for the stars"],
    "Knitting": ["knitting corner"],
    "Late snack": ["midnight snack", "raid the fridge"],
    "Painting": ["painting studio", "art time"],
    "Bike ride": ["bike ride", "cycling time"],
    "Football": ["match day", "football on"],
    "Sewing": ["sewing table light"],
    "Bread": ["bake some bread", "baking mode"],
    "Plants": ["water the plants", "plant care"],
    "Puzzle": ["puzzle evening"],
    "Video call": ["video call mode", "meeting light"],
    "Guitar": ["guitar practice"],
    "Shopping": ["going shopping", "back soon"],
    "Kitchen lights": ["kitchen lights on"],
    "Kitchen all": ["kitchen lights on full"],
}

HELD_OUT_CARRIERS = [
    # wrappers of the held-out homes: written apart, never used while tuning
    "hey siri {}", "{} now please", "ok google {}", "jarvis {} thanks", "could you do {}",
    "i want {}", "{} okay", "time for {}", "computer please {}", "{} if you can",
    "let's have {}", "{} for me", "alexa start {}", "so um {}", "{} right now",
    "would you {} please", "put on {}", "{} straight away", "hey assistant {}", "{} cheers",
    "mm {} please", "{} when you get a chance", "can you go {}", "uh {}",
]
FRESH_CARRIERS = [
    # a second held-out set, written after the first held-out figures were seen
    "alexa {} please", "{} thank you", "okay google {} now", "can you {}", "um {} please",
    "{} now", "hey jarvis {}", "turn on {}", "let us do {}", "start {} please",
    "could you start {}", "{} quickly please", "{} asap", "uh {} thanks", "go {}",
    "i need {}", "hey computer {} please", "{} please and thank you", "right {}",
    "{} for us", "activate {} now", "so {}", "please can you {}", "{} if possible",
]
FRESH_ROUTINES: dict[str, list[str]] = {
    "Chess": ["chess night", "chess board light"],
    "Pizza": ["pizza night"],
    "Radio play": ["radio play", "story on the radio"],
    "Attic": ["attic light on"],
    "Podcast walk": ["walking podcast"],
    "Jam session": ["jam session", "band practice"],
    "Sleepover": ["sleepover mode"],
    "Cinema": ["home cinema", "cinema lights"],
}
# A third held-out set (seeds 20-22), written for the sound-alike work of issue 14
# before any of it was tuned, and run only at its end: its own routines, carriers,
# templates and real-word sound-alikes (added to the generic table for its homes).
THIRD_CARRIERS = [
    "olly {}", "kindly {}", "{} please olly", "hey home {}", "siri {} please", "ok {} please",
    "google {} thanks", "{} would be great", "can we have {}", "please do {}",
    "{} now thanks", "er {}", "i'd love {}", "{} if you would", "do {} for me",
    "hey there {}", "right then {}", "{} thanks a lot", "could we {}", "{} go",
]
THIRD_ROUTINES: dict[str, list[str]] = {
    "Aquarium": ["fish tank light", "feed the fish"],
    "Hot tub": ["hot tub ready", "warm the jacuzzi"],
    "Sunday roast": ["sunday roast", "preheat the oven"],
    "Choir": ["choir rehearsal"],
    "Wine": ["wine and cheese", "uncork the wine"],
    "Boiler": ["hot water boost", "boost the boiler"],
    "Photo shoot": ["photo shoot", "ring light on"],
    "Camping": ["camping trip", "tent lights"],
    "Drawing room": ["drawing room lamps"],
    "Electric blanket": ["electric blanket", "warm my bed"],
    "Pet door": ["let the dog out", "pet flap open"],
    "Quiet hours": ["quiet hours"],
    "Violin": ["violin lesson"],
    "Night shift": ["night shift", "day sleep"],
    "Master bedroom": ["master bedroom cozy"],
    "Garden party": ["garden party", "fairy lights on"],
}
THIRD_SOUND_ALIKE = [
    ("fish", "fresh"), ("tank", "thank"), ("tub", "tab"), ("hot", "hat"), ("roast", "rose"),
    ("oven", "often"), ("choir", "quire"), ("wine", "whine"), ("cheese", "cheers"),
    ("boost", "boast"), ("boiler", "boyer"), ("photo", "photon"), ("shoot", "shoe"),
    ("ring", "rink"), ("trip", "drip"), ("tent", "tend"), ("bed", "bet"), ("dog", "dug"),
    ("flap", "flat"), ("quiet", "quite"), ("hours", "ours"), ("violin", "violent"),
    ("lesson", "lessen"), ("shift", "shaft"), ("sleep", "sheep"), ("garden", "guardian"),
    ("fairy", "ferry"), ("water", "waiter"), ("master", "muster"), ("sunday", "sundae"),
    ("drawing", "drying"), ("lamps", "lumps"), ("ready", "reddy"), ("warm", "wore"),
    ("lights", "lice"), ("open", "often"), ("party", "parity"), ("day", "they"),
]
# A fourth held-out set (seeds 30-32), written in one session of issue 14 before any of
# its tuning and run once by the lead at its end. Different in kind from the sets above:
# phrases nested in each other and in the generic pool's ("kitchen lights off" beside
# "lights off"), one-word phrases, numbers as words and as digits, people's and places'
# names, phrases of one routine sharing most words with another's ("preset one" /
# "preset two"); wrappers with commas and full stops as Whisper writes them; and
# sound-alikes from both kinds of recogniser (homophones, dropped endings, split and
# merged words, digits against number words, British against American spelling).
FOURTH_ROUTINES: dict[str, list[str]] = {
    "Kitchen dark": ["kitchen lights off", "kitchen dark"],
    "Upstairs": ["upstairs", "upstairs lights on"],
    "Upstairs off": ["upstairs off", "upstairs lights off"],
    "Downstairs off": ["downstairs lights off", "lights off downstairs"],
    "Emma's bedtime": ["emma's bedtime", "emma to bed", "night night emma"],
    "Grandpa visiting": ["grandpa's here", "grandpa mode", "warm it up for grandpa"],
    "Nana's room": ["nana's room warm", "heat nana's room"],
    "Lake house": ["lake house", "cabin mode"],
    "Lake house heating": ["lake house heating on", "warm the cabin"],
    "Preset one": ["preset one", "scene 1"],
    "Preset two": ["preset two", "scene 2"],
    "Heating 21": ["heating to 21", "twenty one degrees"],
    "Tokyo call": ["call with tokyo", "tokyo meeting", "work call"],
    "Movie marathon": ["movie marathon", "marathon night", "lord of the rings night"],
    "Rugby": ["rugby on", "six nations"],
    "Hoover": ["hoover", "hoover downstairs"],
    "Dishwasher": ["dishwasher", "run the dishwasher", "dishes on"],
    "Bins": ["bin night", "bins out"],
    "School run": ["school run", "off to school", "shoes on kids"],
    "Shabbat": ["shabbat mode", "shabbat shalom"],
    "Garden lights": ["garden lights", "patio lights"],
    "Back garden": ["back garden lights", "lights at the back"],
    "Snooze": ["snooze", "five more minutes", "ten more minutes"],
    "Drums": ["henry's drum practice", "drums", "soundproof mode"],
}
FOURTH_CARRIERS = [
    "ok so {}", "{} if you don't mind", "could you do {} for me", "alexa, {}",
    "hey google, {}", "hey siri {} please", "right, {} please", "{} when you're ready",
    "can i get {}", "go on then {}", "{}, cheers alexa", "would you mind doing {}",
    "just {}", "{} ta", "um so {} please", "oh and {}", "ok google, {}.", "mycroft {}",
    "{} thank you so much", "yeah {}", "computer, {} now", "{}, would you", "quick one, {}",
    "{} please, alexa",
]
FOURTH_SOUND_ALIKE = [
    ("kitchen", "chicken"), ("dark", "bark"), ("upstairs", "up stairs"),
    ("downstairs", "down stairs"), ("emma's", "emmas"), ("emma", "ella"),
    ("bedtime", "bed time"), ("grandpa's", "grandpas"), ("grandpa", "grampa"),
    ("lake", "late"), ("cabin", "cab in"), ("preset", "present"), ("scene", "seen"),
    ("one", "won"), ("two", "too"), ("1", "one"), ("2", "two"), ("21", "twenty one"),
    ("tokyo", "tokio"), ("meeting", "meetin"), ("rings", "wings"), ("six", "sex"),
    ("nations", "nation"), ("hoover", "hover"), ("dishwasher", "dish washer"),
    ("dishes", "dish is"), ("bins", "beans"), ("bin", "been"), ("school", "skull"),
    ("shalom", "shallow"), ("nana's", "nanas"), ("patio", "patty oh"), ("back", "bag"),
    ("snooze", "snows"), ("minutes", "minute"), ("drums", "drugs"),
    ("practice", "practise"), ("henry's", "henries"), ("room", "rum"), ("heat", "eat"),
]
# Out-of-scope speech built around a taught phrase {p}, one of its words {w}, or the
# two words {a} {b} of a two-word phrase. Per kind: templates for the development
# homes (tuning) and, written apart, for the held-out homes (reporting only).
KIND_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "different request": {
        "dev": ["play the {w} anthem", "when is {p} over", "buy {p} tickets",
                "how long is {p}", "add {p} to my calendar", "{w} recipes for beginners",
                "find a {w} shop nearby", "put {p} on the shopping list",
                "send the {p} photos to grandma", "is there a {w} emoji"],
        "held": ["book a table for {p}", "who invented {p}", "{p} tickets for two",
                 "search for {p} recipes", "how do i make {p} better", "order {w} online",
                 "write {p} on the calendar", "show me pictures of {w}",
                 "spell {w} for me", "translate {p} into french"],
        "fresh": ["what is a {w}", "download the {p} app", "make a playlist called {p}",
                  "is {p} a good film", "call the {w} shop", "show my {p} photos",
                  "set a reminder for {p} on friday", "order a {w} cake",
                  "how far is the {w} from here", "tell my brother about {p}"],
        "third": ["who sings {p}", "rate {p} five stars", "find {w} near me",
                  "how much does a {w} cost", "email the {p} list to dad", "is {p} on netflix",
                  "google {w} facts", "what rhymes with {w}", "add {p} to the to do list",
                  "post {p} on facebook"],
        "fourth": ["how do you say {p} in german", "text jane about {p}",
                   "how many calories in {w}", "what day is {p} this year",
                   "who is coming to {p}", "put {w} on the grocery list",
                   "read me a poem about {w}", "make a note that says {p}",
                   "is {w} bad for dogs", "what's the weather for {p} on saturday",
                   "look up {w} on wikipedia", "how many people said yes to {p}"],
    },
    "routine command": {
        "dev": ["forget {p}", "rename {p}", "what does {p} do", "when does {p} start",
                "delete {p}", "rename {p} to relax"],
        "held": ["remove {p}", "change the name of {p}", "explain {p} to me",
                 "what time does {p} begin", "edit {p}", "schedule {p} for tomorrow",
                 "describe {p}"],
        "fresh": ["get rid of {p}", "call {p} something else", "what happens in {p}",
                  "when will {p} run", "change {p}", "show me the steps of {p}",
                  "make {p} start at seven"],
        "third": ["erase {p}", "give {p} a new name", "what will {p} switch",
                  "when is {p} due", "copy {p}", "disable {p}", "show the settings of {p}"],
        "fourth": ["you can forget {p} now", "rename {p} to something shorter",
                   "what does {p} actually do", "when does {p} kick in",
                   "how long does {p} take", "who set up {p}", "add the fan to {p}",
                   "take the lamp out of {p}", "move {p} to half past eight",
                   "what's in {p}", "can you teach {p} again", "when did {p} last run"],
    },
    "word order": {
        "dev": ["what {b} is {a}", "what {b} does {a} happen"],
        "held": ["which {b} is {a}", "the {b} of the {a}", "how many {b} is {a}"],
        "fresh": ["what {b} was {a}", "a {b} for {a}", "is the {b} {a} over"],
        "third": ["which {b} of {a}", "any {b} with {a}", "{b} before {a}"],
        "fourth": ["how much {b} for the {a}", "{b} after the {a}", "is there {b} for {a}",
                   "what kind of {b} is {a}", "the {a} needs more {b}"],
    },
    "negation": {
        "dev": ["don't {p}", "do not start {p}", "no {p}", "not {p} tonight"],
        "held": ["please don't do {p}", "never {p} again", "not now {p}",
                 "i do not want {p}", "without {p} please"],
        "fresh": ["don't do {p} please", "i said no {p}", "no no {p}", "do not run {p}",
                  "please not {p}"],
        "third": ["please no {p}", "i don't want {p}", "not {p} please", "we won't do {p}",
                  "no thanks {p}"],
        "fourth": ["let's not {p}", "we don't need {p} tonight", "{p}? no", "no need for {p}",
                   "hold off on {p}", "i'd rather not {p} right now", "absolutely not {p}",
                   "nope, not {p}"],
    },
    "cancellation": {
        "dev": ["cancel {p}", "never mind {p}", "stop {p}", "{p} off"],
        "held": ["abort {p}", "forget about {p}", "turn off {p}", "call off {p}",
                 "undo {p}", "halt {p} now", "skip {p}"],
        "fresh": ["stop {p} right now", "cancel the {p} routine", "never mind about {p}",
                  "switch off {p}", "end {p}", "{p} stop", "abort the {p}"],
        "third": ["stop the {p}", "cancel {p} please", "{p} cancel", "kill {p}",
                  "turn {p} off now", "pause {p}", "never mind the {p}"],
        "fourth": ["scrap {p}", "actually cancel {p}", "oops i didn't mean {p}, undo that",
                   "reverse {p}", "put everything back from {p}", "cancel that {p} thing",
                   "no scratch that {p}", "stop doing {p}"],
    },
    "state question": {
        "dev": ["is {p} on", "is {p} running", "is {p} active", "are the lights in {p}"],
        "held": ["is {p} still on", "has {p} started", "is the {p} going",
                 "was {p} switched on", "are we in {p}"],
        "fresh": ["is {p} on right now", "is the {p} routine running", "are we doing {p}",
                  "has {p} finished", "is {p} still going"],
        "third": ["is {p} happening", "did {p} start", "is {p} switched on",
                  "are we on {p}", "has {p} begun yet"],
        "fourth": ["is {p} done", "have you done {p} yet", "what's the status of {p}",
                   "is {p} already on", "are you doing {p} right now", "did you start {p}",
                   "{p} is on, right", "how far along is {p}"],
    },
    "past or story": {
        "dev": ["we had {p} yesterday", "{p} was great last night",
                "remember when we did {p}", "last week we had {p}"],
        "held": ["yesterday we did {p}", "{p} used to be my favourite",
                 "did you run {p} earlier", "we tried {p} the other day",
                 "{p} worked well last time", "we enjoyed {p} a lot"],
        "fresh": ["{p} was on all night", "we did {p} last weekend", "{p} ran twice yesterday",
                  "remember {p} last year", "my kids loved {p} earlier"],
        "third": ["{p} was fun last night", "we did {p} on monday", "last time {p} broke",
                  "yesterday {p} was too loud", "back then we had {p}"],
        "fourth": ["{p} woke the baby last night", "i forgot {p} this morning",
                   "we used {p} for the party on saturday", "the last {p} took ages",
                   "{p} didn't work yesterday", "my mum liked {p} when she visited",
                   "two days ago {p} came on by itself", "{p} kept us up all night"],
    },
    "someone else's words": {
        "dev": ["she said {p}", "he told me {p}", "my son keeps saying {p}"],
        "held": ["they said {p} on the radio", "my wife asked for {p}",
                 "he was like {p}", "the kids shouted {p}", "quote {p} unquote"],
        "fresh": ["grandma said {p}", "he keeps saying {p} all day", "she told him {p}",
                  "they were shouting {p}", "my friend asked about {p}"],
        "third": ["my dad said {p}", "the tv said {p}", "mum keeps saying {p}",
                  "my neighbour shouted {p}", "she whispered {p}"],
        "fourth": ["the song goes {p}", "in the film they say {p}", "grandpa always says {p}",
                   "my toddler just said {p}", "the podcast host said {p}",
                   "the text from mum says {p}", "the parrot keeps squawking {p}",
                   "i heard someone on tv say {p}"],
    },
}
FRAGMENT_WRAPPERS = {"dev": ["{}", "alexa {}", "{} please"],
                     "held": ["{}", "hey google {}", "um {}"],
                     "fresh": ["{}", "ok google {}", "{} now"],
                     "third": ["{}", "olly {}", "{} thanks"],
                     "fourth": ["{}", "ok so {}", "{} yeah", "hey computer, {}"]}
