"""The words of the twenty-third held-out resolver set
(benchmarks/_resolver_twentythird.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: an amateur astronomer's hilltop
cottage, where Niamh keeps a backyard observatory with her husband Graham, their son
Aidan and a cat Luna, with Stephen from the astronomy club (seed 230); a dog groomer's
bungalow with a salon, where Caitlin grooms with her partner Sean, their daughter Zoe and
a spaniel Bailey, with Megan who works in the salon and a client Rachel (231); and a
lock keeper's cottage on a canal, where Alistair keeps the lock with his wife Carys,
their son Jon and a parrot Rocco, with the boater Aisha moored below (232). Each teaches
22 of its own routines with the generic pool; the rest of its own pool, and the siblings
in ``UNTAUGHT`` ("meteor watch at ten" beside "meteor watch at eleven", "dew heater off"
beside "dew heater on"), are never taught there. Phrases come in every shape: one word
("stargazing", "pampering", "floodwatch"), nested ("red lights on" inside "observatory
red lights on", "blaster dryer on" inside "salon blaster dryer on"), names of people and
pets ("message graham and aidan", "trim bailey's fringe"), numbers ("astro club at half
seven"), places ("towpath lamp on"), verbs first ("park the telescope") and nouns first
("sunflower seeds for the parrot"), questions ("is the moon up"), and several share words
across routines ("tell aidan the moon's up" and "is the moon up").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("neve" for "niamh", "shaun" for "sean", "alasdair" for "alistair", "john" for "jon"):
the same person, so "phone neve" is in scope.

Its in-scope wrappers are clauses of the speaker's own that do not bear on the request,
in eleven kinds no earlier set has, said first or after, with and without "and", "but" and
"so": a word to the children first ("boys, stop flicking peas. X"), a word to someone in
the room after "and" ("X and horatio, put that recorder down"), talking to oneself first
("come on, grey matter, concentrate. X") or after "so" ("X so, now, where's my darning
needle"), an exclamation about something else first ("phwoar, what a pong! X"), a
question about something else after "but" ("X, but who's nabbed my fountain pen?"), a
greeting to someone arriving first ("well well, look who's blown in! X"), thanks to
someone in the room after ("X, thanks oodles for the scones, mavis"), something else
banned after "and" ("X and no conkers on the landing") and news of somebody else after
"so" ("X, so, dermot's popped the question"), and a wake word of the household's own
with "please" ("genie, X please, hunky dory"). No word of a clause is a word of this
set's pools or the generic pool, and its distinctive words are no earlier set's
wrappers'. Its new out-of-scope kinds are what a family says with a phrase in it that
asks nothing of the assistant: the speaker will do it themselves, it is someone else's
turn, a worry about it, a thing meant to be done and now too late, a promise to a child,
a refusal to someone who asked, an offer to someone in the room, and the room asked first.
"""

from __future__ import annotations

import re

from _resolver_set_words import (
    GENERIC_SAME_REQUEST,
    spelt_pairs,
    wrapping_stretches,
)

HOMES: dict[int, str] = {230: "amateur astronomer's hilltop cottage",
                         231: "dog groomer's bungalow with a salon",
                         232: "lock keeper's cottage on a canal"}

TWENTYTHIRD_ROUTINES: dict[str, dict[str, list[str]]] = {
    "amateur astronomer's hilltop cottage": {
        "Luna": ["feed luna", "tuna for the moggy"],
        "Luna flap": ["lock luna's flap"],
        "Niamh": ["phone niamh", "call the astronomer"],
        "Graham": ["message graham"],
        "Graham and Aidan": ["message graham and aidan"],
        "Aidan": ["tell aidan the moon's up"],
        "Stephen": ["text stephen about the star party"],
        "Stephen ring": ["ring stephen"],
        "Dome": ["open the dome"],
        "Telescope": ["park the telescope"],
        "Dew heater": ["dew heater on"],
        "Red lights": ["red lights on"],
        "Observatory red lights": ["observatory red lights on"],
        "Cloud cover": ["what's the cloud cover tonight"],
        "Moon": ["is the moon up"],
        "Meteor watch": ["meteor watch at eleven"],
        "Star party": ["star party on friday"],
        "Camera cooler": ["camera cooler on"],
        "Stargazing": ["stargazing"],
        "Eyepieces": ["warm up the eyepieces"],
        "Observing log": ["start the observing log"],
        "Space station": ["when does the space station pass over"],
        "Astro club": ["astro club at half seven"],
        "Woodburner": ["light the woodburner"],
        "Solar filter": ["solar filter on"],
        "Power tank": ["charge the power tank"],
        "School bus": ["aidan's school bus at eight"],
        "Planets": ["read out tonight's planets"],
        # long
        "Up the hill": ["i'm off up the hill so feed luna and message graham and open "
                        "the dome"],
    },
    "dog groomer's bungalow with a salon": {
        "Bailey": ["feed bailey", "chow for the spaniel"],
        "Bailey fringe": ["trim bailey's fringe"],
        "Caitlin": ["ring caitlin", "call the boss lady"],
        "Sean": ["message sean"],
        "Sean and Zoe": ["message sean and zoe"],
        "Zoe": ["tell zoe her lift's here"],
        "Megan": ["text megan about the rota"],
        "Rachel": ["ring rachel"],
        "Blaster": ["blaster dryer on"],
        "Salon blaster": ["salon blaster dryer on"],
        "Pampering": ["pampering"],
        "Hydrobath": ["fill the hydrobath"],
        "Clippers": ["oil the clippers"],
        "Booked": ["how many dogs are booked today"],
        "Next pooch": ["who's the next pooch"],
        "Towels": ["tumble the towels"],
        "Extractor": ["salon extractor on"],
        "Playlist": ["calming playlist for the salon"],
        "Grooming van": ["warm the grooming van"],
        "Shampoo": ["order oatmeal shampoo"],
        "Swimming": ["zoe's swimming at five"],
        "Side gate": ["shut the side gate"],
        "Price list": ["print the price list"],
        "Deposit": ["has the deposit come in"],
        "Doorbell": ["mute the salon doorbell"],
        "Fur bin": ["empty the fur bin"],
        "Sean pickup": ["sean's pickup at six"],
        # long
        "Opening up": ["i'm opening up so feed bailey and ring caitlin and fill the "
                       "hydrobath"],
    },
    "lock keeper's cottage on a canal": {
        "Rocco": ["feed rocco", "sunflower seeds for the parrot"],
        "Rocco perch": ["cover rocco's perch"],
        "Alistair": ["ring alistair", "call the lockie"],
        "Carys": ["message carys"],
        "Carys and Jon": ["message carys and jon"],
        "Jon": ["tell jon the towpath's flooded"],
        "Aisha": ["text aisha about her mooring"],
        "Aisha ring": ["ring aisha"],
        "Top gates": ["open the top gates"],
        "Paddles": ["raise the ground paddles"],
        "Lock lights": ["lock lights on"],
        "Lower lock lights": ["lower lock lights on"],
        "Water level": ["what's the water level"],
        "Boats": ["how many boats went through today"],
        "Floodwatch": ["floodwatch"],
        "Sump pump": ["sump pump on"],
        "Tea hatch": ["open the tea hatch"],
        "Lolly freezer": ["lolly freezer on"],
        "Hotel barge": ["hotel barge at ten"],
        "Cadets": ["jon's sea cadets at seven"],
        "Range": ["light the range"],
        "Weed boat": ["book the weed boat"],
        "Towpath lamp": ["towpath lamp on"],
        "Mooring fee": ["when's the mooring fee due"],
        "Swing bridge": ["sound the swing bridge horn"],
        "Lock log": ["fill in the lock log"],
        # long
        "Down to the lock": ["i'm going down to the lock so feed rocco and ring carys and "
                             "open the top gates"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number, day or
    # thing, off for on)
    "amateur astronomer's hilltop cottage": {
        "Meteor ten": ["meteor watch at ten"], "Astro eight": ["astro club at half eight"],
        "Bus nine": ["aidan's school bus at nine"], "Dew off": ["dew heater off"],
        "Red off": ["red lights off"], "Observatory off": ["observatory red lights off"],
        "Close dome": ["close the dome"], "Party saturday": ["star party on saturday"],
        "Cooler off": ["camera cooler off"], "Solar off": ["solar filter off"],
        "Stephen eclipse": ["text stephen about the eclipse"],
        "Unlock flap": ["unlock luna's flap"],
    },
    "dog groomer's bungalow with a salon": {
        "Swimming six": ["zoe's swimming at six"], "Pickup seven": ["sean's pickup at seven"],
        "Blaster off": ["blaster dryer off"], "Salon blaster off": ["salon blaster dryer off"],
        "Extractor off": ["salon extractor off"], "Open gate": ["open the side gate"],
        "Empty hydrobath": ["empty the hydrobath"],
        "Megan holidays": ["text megan about the holidays"],
        "Order conditioner": ["order oatmeal conditioner"],
        "Unmute doorbell": ["unmute the salon doorbell"],
        "Sharpen clippers": ["sharpen the clippers"],
        "Cool van": ["cool the grooming van"],
    },
    "lock keeper's cottage on a canal": {
        "Barge eleven": ["hotel barge at eleven"], "Cadets eight": ["jon's sea cadets at eight"],
        "Lock off": ["lock lights off"], "Lower off": ["lower lock lights off"],
        "Close top": ["close the top gates"], "Lower paddles": ["lower the ground paddles"],
        "Pump off": ["sump pump off"], "Freezer off": ["lolly freezer off"],
        "Close hatch": ["close the tea hatch"], "Lamp off": ["towpath lamp off"],
        "Aisha engine": ["text aisha about her engine"],
        "Uncover perch": ["uncover rocco's perch"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *GENERIC_SAME_REQUEST,
    # the observatory cottage
    {"i'm off up the hill so feed luna and message graham and open the dome",
     "i'm leaving", "goodbye house", "feed luna", "message graham", "open the dome"},
    {"feed luna", "tuna for the moggy", "feed the cat", "cat dinner"},
    # the groomer's bungalow
    {"i'm opening up so feed bailey and ring caitlin and fill the hydrobath",
     "i'm leaving", "goodbye house", "feed bailey", "ring caitlin", "call the boss lady",
     "fill the hydrobath"},
    {"feed bailey", "chow for the spaniel", "feed the dog"},
    # the lock keeper's cottage
    {"i'm going down to the lock so feed rocco and ring carys and open the top gates",
     "i'm leaving", "goodbye house", "feed rocco", "ring carys", "open the top gates"},
    {"feed rocco", "sunflower seeds for the parrot", "feed the parrot"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the cat"
where the cat is Luna). The phrases of one routine ask for the same thing too (the
labels add them)."""

NAMES = {"niamh", "graham", "aidan", "aidan's", "luna", "luna's", "stephen", "caitlin",
         "sean", "sean's", "zoe", "zoe's", "bailey", "bailey's", "megan", "rachel",
         "alistair", "carys", "jon", "jon's", "rocco", "rocco's", "aisha"}

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "niamh": ("neve", "neeve"), "graham": ("grahame",), "aidan": ("aiden", "ayden"),
    "aidan's": ("aiden's",), "luna": ("loona",), "luna's": ("loona's",),
    "stephen": ("steven",), "caitlin": ("kaitlyn", "katelyn"), "sean": ("shaun", "shawn"),
    "sean's": ("shaun's",), "zoe": ("zoey",), "zoe's": ("zoey's",),
    "bailey": ("bayley", "baily"), "bailey's": ("bayley's",), "megan": ("meghan",),
    "rachel": ("rachael",), "alistair": ("alasdair", "alastair"), "carys": ("karis",),
    "jon": ("john",), "jon's": ("john's",), "rocco": ("rocko",), "rocco's": ("rocko's",),
    "aisha": ("ayesha", "aysha"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers, days and times
    "eleven": ("midnight",), "seven": ("six",), "eight": ("ten past eight",),
    "five": ("half four",), "six": ("twenty to six",), "ten": ("noon",),
    "friday": ("sunday",), "today": ("this week",), "tonight": ("on sunday",),
    # things and places
    "tuna": ("salmon",), "moggy": ("kitten",),
    "moon's": ("sun's",), "astronomer": ("plumber",), "star": ("garden",),
    "party": ("social",), "dome": ("shed",),
    "telescope": ("camper",), "dew": ("patio",), "red": ("blue",),
    "observatory": ("study",), "moon": ("sun",),
    "meteor": ("comet",), "camera": ("laptop",), "eyepieces": ("mittens",),
    "observing": ("gardening",), "space": ("weather",),
    "astro": ("chess",), "woodburner": ("barbecue",), "solar": ("dust",),
    "filter": ("cover",), "tank": ("bank",), "school": ("swimming",),
    "planets": ("tides",), "chow": ("treats",), "spaniel": ("poodle",),
    "fringe": ("nails",), "boss": ("tea",), "lift's": ("taxi's",), "rota": ("wages",),
    "blaster": ("hand",), "dryer": ("fan",), "salon": ("garage",), "hydrobath": ("paddling pool",),
    "clippers": ("scissors",), "dogs": ("cats",), "pooch": ("client",),
    "towels": ("blankets",), "extractor": ("heater",), "calming": ("upbeat",),
    "grooming": ("family",), "oatmeal": ("coconut",), "shampoo": ("conditioner",),
    "swimming": ("ballet",), "side": ("back",), "gate": ("door",), "price": ("waiting",),
    "deposit": ("refund",), "doorbell": ("phone",), "fur": ("recycling",),
    "pickup": ("dentist",),
    "sunflower": ("millet",), "parrot": ("budgie",), "perch": ("mirror",),
    "lockie": ("harbourmaster",), "towpath's": ("cellar's",), "flooded": ("icy",),
    "mooring": ("licence",), "top": ("bottom",), "ground": ("gate",),
    "paddles": ("shutters",), "lower": ("upper",), "lolly": ("fish",), "water": ("fuel",),
    "level": ("price",),
    "boats": ("cyclists",), "floodwatch": ("stormwatch",), "sump": ("bilge",),
    "tea": ("coffee",), "hatch": ("kiosk",), "hotel": ("trip",),
    "barge": ("cruiser",), "sea": ("army",), "cadets": ("scouts",), "range": ("aga",),
    "weed": ("rubbish",), "boat": ("skip",), "towpath": ("garden",), "fee": ("rent",),
    "swing": ("lift",), "horn": ("bell",), "log": ("book",),
    # the generic pool's
    "dog": ("hamster",), "cat": ("rabbit",), "garage": ("loft",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("cartoon",),
    "barbecue": ("bonfire",), "birthday": ("anniversary",), "vacuum": ("mop",),
    "christmas": ("diwali",), "yoga": ("tai chi",), "hallway": ("stairwell",),
    "fireplace": ("stove",), "porch": ("conservatory",), "office": ("workshop",),
    "sunset": ("sunrise",), "bedside": ("dressing table",), "laundry": ("recycling",),
    "baby": ("toddler",), "homework": ("violin",), "washing": ("sewing",),
    "bedroom": ("attic",), "podcast": ("audiobook",), "story": ("quiz",),
    "bath": ("snack",), "pool": ("pond",), "spa": ("film",), "study": ("craft",),
    "focus": ("disco",), "relax": ("panic",), "vacation": ("winter",), "news": ("weather",),
    "guests": ("builders",), "alarm": ("smoke alarm",), "quiet": ("silent",),
    "read": ("knit",), "reading": ("sewing",), "morning": ("midday",),
    "evening": ("afternoon",), "bedtime": ("teatime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("meteor watch at midnight" for "meteor watch at eleven", "feed the hamster"): never
taught, so such a request is a different one. Names are never swapped."""

# The in-scope wrappers: each a clause of the speaker's own, said beside the phrase,
# about nothing any routine of any pool does (tests/test_resolver_blind_sets.py checks
# no word of a clause but CLAUSE_FUNCTION's is a word of a pool phrase).
WRAPPERS: dict[str, list[str]] = {
    "a word to the children, said first": [
        "tilly, toes off the ottoman. {}", "boys, stop flicking peas. {}",
        "you two, pyjamas on. {}", "sebastian, gumboots on the newspaper. {}",
        "rory, give florence those felt tips back. {}", "urchins, undies in the hamper. {}",
        "felix, spit that gobstopper out. {}", "girls, stop squabbling. {}",
    ],
    "a word to someone in the room, after and": [
        "{} and marnie, mind the kerb", "{} and horatio, put that recorder down",
        "{} and moira, your tabard's skew-whiff", "{} and dougie, stop hogging the beanbag",
        "{} and wilf, stop gurning", "{} and bea, your bootlaces",
        "{} and ollie, fetch me the paperclips", "{} and trudy, sit up properly",
    ],
    "talking to oneself, said first": [
        "come on, grey matter, concentrate. {}", "hmm, errands, errands, ah yes, {}",
        "mustn't misplace my library card. {}", "gosh, i'm all of a dither. {}",
        "my memory's a colander nowadays. {}", "right, oyster card, purse, cagoule. {}",
        "sakes alive, i'd misplace my shadow. {}", "where are my bifocals, ah, {}",
    ],
    "talking to oneself, after so": [
        "{} so, now, where's my darning needle", "{} so, um, what else, the rockery",
        "{} so then, the crossword", "{} so, yes, then the mending heap",
        "{} so, brill, now the jigsaw", "{} so, memo to me, renew my library loans",
        "{} so, next, the gutters", "{} so, where's my pencil sharpener",
    ],
    "an exclamation about something else, said first": [
        "yikes, look at the size of that moth! {}", "phwoar, what a pong! {}",
        "eek, this jumper's itchy! {}", "holy moly, the state of this carpet! {}",
        "wowzers, that's a whopper of a marrow! {}", "lawks, i've laddered my tights! {}",
        "gordon bennett, that's a massive spider! {}", "golly, these leggings have shrunk! {}",
    ],
    "a question about something else, after but": [
        "{}, but who's nabbed my fountain pen?", "{}, but has anybody found the bradawl?",
        "{}, but when did we get so many coat hangers?",
        "{}, but who keeps hiding my moccasins?",
        "{}, but how come there's sand in the linen press?",
        "{}, but what's the tallest mountain in wales?",
        "{}, but who's been at my chocolate digestives?",
        "{}, but why is the hoover on the trampoline?",
    ],
    "a greeting to someone arriving, said first": [
        "oh, hullo, beverley! {}", "well well, look who's blown in! {}",
        "as i live and breathe, a stranger! {}", "ah, dermot, come on in! {}",
        "there's our maureen! {}", "namaste, neighbour! {}", "cooee, marjorie! {}",
        "bonjour, bruce, what a surprise! {}",
    ],
    "thanks to someone in the room, said after": [
        "{}, thanks oodles for the scones, mavis", "{}, blessings on you for the marmalade, doreen",
        "{}, thanks for bringing the deckchairs, clive",
        "{}, you're a saint for the casserole, june",
        "{}, thanks for fixing the wobbly shelf, gareth", "{}, thanks for the postcard, ruth",
        "{}, thanks for babysitting, pauline", "{}, thanks for the loan of the ladder, kev",
    ],
    "something else banned, after and": [
        "{} and no trampolining in the lounge", "{} and no conkers on the landing",
        "{} and no glue guns by the dresser", "{} and positively no felt tips on the cushions",
        "{} and nobody touches my sourdough starter", "{} and no skateboards in the vestibule",
        "{} and no ketchup on the duvet", "{} and no more slime on the chaise longue",
    ],
    "news of somebody else, after so": [
        "{}, so, guess what, dermot's popped the question", "{}, so, mrs pembleton had triplets",
        "{}, so, the bowls committee's fallen out", "{}, so, our ruby passed her clarinet exam",
        "{}, so, the chippy's been sold", "{}, so, uncle nigel's taken up salsa",
        "{}, so, the postman's off with his knee", "{}, so, the curate's off to fiji apparently",
    ],
    "a new wake word with please": [
        "housebot, {} please, arigato", "bertha, {} please, spasibo",
        "sergeant igor, please {}", "majordomo, {} please, spasibo", "genie, {} please, hunky dory",
        "please, jenkins, {}", "madam nellie, please, {}", "homebrain, please {}",
        "toaster, {} please, that's dandy",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_ASKED = {w for routines in TWENTYTHIRD_ROUTINES.values() for ps in routines.values()
          for p in ps if re.match(r"(what's|is|how|when|when's|who's|has) ", p)
          for w in p.split()[1:]} - {"the", "a", "many", "are", "up", "over", "in", "does",
                                     "come"}
"""The words of the pools' questions but their question words ("moon", "pooch",
"deposit"): a clause after "but" or "so" is never said beside a question, and the
question words themselves are the clauses' own, so the content words mark it."""
_EATING = {"dinner", "lunch", "breakfast", "supper", "tuna", "chow", "seeds", "sunflower",
           "feed", "coffee", "tea", "barbecue", "cooking", "kitchen", "lolly",
           "freezer", "hatch", "dog", "cat", "moggy", "spaniel", "parrot"}
_FAMILY = {"ring", "phone", "call", "message", "text", "tell", "astronomer", "boss", "lady",
           "lockie", "lift's"}
_BIRTHDAY = {"birthday", "party", "christmas", "holiday", "guests", "company"}
_ARRIVING = {"here", "next", "pooch", "welcome", "guests", "company", "coming", "home",
             "lift's", "booked", "leaving", "goodbye"}
_WASHING = {"laundry", "washing", "towels", "tumble", "dryer", "machine", "finished", "done"}
_GOING = {"leaving", "goodbye", "away", "vacation", "hill", "opening", "going", "home",
          "welcome"}
_SOFA = {"tv", "movie", "night", "cozy", "evening", "gaming", "game", "relax", "television"}
_BATH = {"bath", "bathroom", "shower", "hydrobath", "pampering", "spa", "towels"}
_WATER = {"flooded", "towpath's", "floodwatch", "water", "level", "sump", "pump"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a question is not run on with a "but" question, nor with "so" news)
    "but who's nabbed": _ASKED, "but has anybody": _ASKED,
    "but when did we": _ASKED, "but who keeps": _ASKED,
    "but how come": _ASKED, "but what's the tallest": _ASKED,
    "but who's been at": _ASKED | _EATING, "but why is the hoover": _ASKED,
    "so, guess what": _ASKED | _FAMILY, "so, mrs pembleton": _ASKED | _FAMILY,
    "so, the bowls": _ASKED | _FAMILY, "so, our ruby": _ASKED | _FAMILY,
    "so, the chippy": _ASKED | _FAMILY | _EATING, "so, uncle nigel": _ASKED | _FAMILY,
    "so, the postman's": _ASKED | _FAMILY, "so, the curate's": _ASKED | _FAMILY,
    # (what would bear on a request with one of these words: news for a call, food for
    # feeding, a guest for an arrival, the sofa for a film night, pyjamas for bedtime)
    "flicking peas": _EATING, "for the scones": _EATING, "for the marmalade": _EATING,
    "for the casserole": _EATING, "sourdough starter": _EATING, "ketchup": _EATING,
    "gobstopper": _EATING, "slime on the chaise": _SOFA, "felt tips on the cushions": _SOFA,
    "for the postcard": _FAMILY | _ARRIVING, "for babysitting": _FAMILY,
    "hullo, beverley": _ARRIVING | _FAMILY, "look who's blown in": _ARRIVING | _FAMILY,
    "a stranger": _ARRIVING | _FAMILY, "dermot, come on in": _ARRIVING | _FAMILY,
    "our maureen": _ARRIVING | _FAMILY, "namaste": _ARRIVING | _FAMILY,
    "cooee": _ARRIVING | _FAMILY, "what a surprise": _ARRIVING | _FAMILY,
    "pyjamas on": _SOFA | _BATH | {"bedtime", "sleep", "sleeping", "nap"},
    # (what is said first or after that would be the reason for the request: a smell
    # for a fan, a dirty carpet for the hoover, shrunk clothes and a hamper for the
    # washing, specs for reading, a travel card and a coat for going out)
    "what a pong": {"extractor", "fan", "bin", "fur", "air", "vent", "ventilation"},
    "the state of this carpet": {"vacuum", "cleaning", "hoover", "clean"},
    "hoover on the trampoline": {"vacuum", "cleaning", "clean"},
    "leggings have shrunk": _WASHING, "jumper's itchy": _WASHING,
    "undies in the hamper": _WASHING, "where are my bifocals": {"read", "reading"},
    "oyster card, purse, cagoule": _GOING, "bringing the deckchairs": _BIRTHDAY | {
        "barbecue", "sun", "sunset", "garden"},
}
"""Clauses that would bear on a phrase with one of these words ("phone niamh, so, guess
what, dermot's popped the question" may be why she is rung; "feed luna, thanks oodles
for the scones, mavis" is about eating): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "felix, spit that gobstopper out. {}", "you two, pyjamas on. {}",
    "{} and marnie, mind the kerb", "{} and wilf, stop gurning",
    "come on, grey matter, concentrate. {}", "my memory's a colander nowadays. {}",
    "phwoar, what a pong! {}", "eek, this jumper's itchy! {}",
    "{} and no conkers on the landing", "{} and no skateboards in the vestibule",
    "{}, thanks for the loan of the ladder, kev", "golly, these leggings have shrunk! {}",
]
"""Wrappers that fit around any request (a question or a negation too): none joined by
"but" or "so", and none a greeting, news or thanks that could bear on the kind."""

FRAGMENT_NEW_WRAPPERS = [
    "tilly, toes off the ottoman. {}", "{} and horatio, put that recorder down",
    "right, oyster card, purse, cagoule. {}", "{} so, next, the gutters",
    "wowzers, that's a whopper of a marrow! {}", "{} and no glue guns by the dresser",
    "{} and trudy, sit up properly", "lawks, i've laddered my tights! {}",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""


MULTI_WRAPPING = wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("and no conkers on the
landing"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("myself", "your turn",
"promise", "too late now") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "all", "am", "an", "and", "any", "anybody", "are", "as", "at", "back",
    "be", "been", "but", "by", "come", "did", "do", "for", "from", "get", "give", "got",
    "had", "has", "have", "he", "her", "his", "how", "i", "i'd", "i'm", "i've", "if", "in",
    "is", "it", "it's", "look", "me", "my", "many", "no", "not", "now", "of", "off",
    "oh", "on", "our", "out", "so", "that", "that's", "the", "their", "then", "there's",
    "these", "this", "those", "to", "up", "was", "we", "well", "were", "what", "what's",
    "when", "where", "where's", "who", "who's", "why", "with", "you", "your", "yes", "more",
    "long", "time", "see", "ah", "um", "hmm", "after", "think", "next", "right", "else",
    "guess", "nobody", "keeps", "there", "sit", "stop", "mind", "down", "put", "you're",
    "please",
}
"""The function words (and commonest verbs) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_twentythird_data.py none of an
out-of-scope template)."""

TWENTYTHIRD_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("stargazing", "star gazing"), ("woodburner", "wood burner"),
    ("observatory", "observatry"), ("telescope", "tellyscope"), ("eyepieces", "eye pieces"),
    ("moggy", "moggie"), ("hydrobath", "hydro bath"),
    ("pampering", "pamper ring"), ("extractor", "extracter"), ("spaniel", "spaniels"),
    ("shampoo", "sham poo"), ("doorbell", "door bell"), ("pickup", "pick up"),
    ("floodwatch", "flood watch"), ("towpath", "tow path"), ("lockie", "locky"),
    ("sunflower", "sun flower"), ("cadets", "cadettes"), ("paddles", "paddels"),
    ("barge", "baaj"), ("sump", "sum"), ("oatmeal", "oat meal"), ("rota", "rotor"),
]
"""The twenty-third set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("star party", "starparty"), ("dew heater", "dewheater"),
         ("red lights", "redlights"), ("camera cooler", "cameracooler"),
         ("solar filter", "solarfilter"), ("power tank", "powertank"),
         ("space station", "spacestation"), ("school bus", "schoolbus"),
         ("price list", "pricelist"), ("side gate", "sidegate"), ("fur bin", "furbin"),
         ("blaster dryer", "blasterdryer"), ("top gates", "topgates"),
         ("sump pump", "sumppump"), ("tea hatch", "teahatch"),
         ("weed boat", "weedboat"), ("swing bridge", "swingbridge"),
         ("lock log", "locklog"), ("water level", "waterlevel")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"telescope": "telescop", "observatory": "observatary", "hydrobath": "hydrobarth",
             "extractor": "extracta", "shampoo": "shampo", "paddles": "padles",
             "floodwatch": "floodwach", "sunflower": "sunflour"}
"""Spellings a phone's recogniser writes."""

# How a recogniser mishears a phrase beside a clause (the set's in-scope kind
# "a misheard phrase beside a household clause"): a letter dropped from a long word, two
# words run together (GLUED), a word split (the sound-alikes with a space), a sound off,
# or a word said twice.
MISHEARD_WAYS = ("dropped letter", "joined", "split", "sound off", "word twice")

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and eight
# kinds no earlier set has (``_resolver_twentythird.NEW_OUT_OF_SCOPE``): what a family
# says with a phrase in it that asks nothing of the assistant.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "translate {w} into cornish", "how do you say {w} in sign language",
        "give me an anagram of {w}", "is {w} a noun or a verb in latin",
        "how many syllables has {w}", "spell {w} backwards for the kids",
        "who first thought up the {w}", "what's {w} in portuguese",
    ],
    "routine command": [
        "forget {p} altogether", "rechristen {p}", "what does {p} actually switch",
        "when does {p} kick off", "scrap the routine called {p}",
        "stop {p} running on weekends", "what time is {p} due to start",
        "give {p} a friendlier name",
    ],
    "word order": [
        "{b} rather than any old {a}", "never mind {a}, {b} please", "{b} matters more than {a}",
        "{b} comes first and {a} can wait", "forget {a}, just {b}", "{b} today and {a} another day",
    ],
    "negation": [
        "do not {p} under any circumstances", "we shan't {p} tonight",
        "there's no need to {p} whatsoever", "i'd rather you didn't {p} while gran's here",
        "best not {p} today", "don't you dare {p} while i'm napping",
    ],
    "cancellation": [
        "scrub {p} for tonight", "abandon {p} for now", "drop {p} from today's plans",
        "{p} is off for today", "{p}, cancel that for the weekend",
        "strike {p} off tonight's plans",
    ],
    "state question": [
        "is {p} still going at the moment", "did anyone {p} before the school run",
        "has {p} happened yet, does anyone know", "is {p} done or not done",
        "did {p} get done while i was at the dentist", "has somebody already done {p}",
    ],
    "past or story": [
        "last winter {p} saved our bacon", "back in the day we'd {p} by candlelight",
        "the night we moved in {p} was the first thing we did",
        "grandpa always used to {p} at new year", "once {p} went wrong in a thunderstorm",
        "when we first got here {p} was a lifesaver",
    ],
    "someone else's words": [
        "the estate agent kept saying {p}", "the parrot at the pet shop says {p}",
        "my brother-in-law's catchphrase is {p}", "the advert on the radio said {p}",
        "the sign at the garden centre reads {p}", "our old landlord used to bellow {p}",
    ],
    "contrast": [
        "{p} is strictly for school holidays", "{p} only happens when the in-laws visit",
        "{p} is a summer only thing", "we only {p} in leap years",
        "{p} is more of a weekday job", "{p} was the previous tenant's thing",
    ],
    "hypothetical": [
        "imagine if i ever asked you to {p}", "what if i said {p}",
        "purely for argument's sake, {p}", "if i were to {p}, what then",
        "just as a thought experiment, {p}", "suppose for a moment i wanted to {p}",
    ],
    "complaint": [
        "{p} is a right pain in the neck", "{p} drives me up the wall every time",
        "{p} is more bother than it's worth", "{p} never does what it says on the tin",
        "{p} has been rubbish lately", "i'm sick of {p} misbehaving",
    ],
    "opinion": [
        "{p} is genius, sheer genius", "{p} is the best thing we've set up all year",
        "i'm really chuffed with {p}", "{p} is brilliant, honestly it is",
        "{p} is rather lovely", "{p} was a stroke of genius on your part",
    ],
    "reminder for later": [
        "remind me to {p} when i get back from the shops", "make a note to {p} on wednesday",
        "ping me to {p} after the school run", "remind me about {p} in an hour",
        "add {p} to tomorrow's to-do list", "prompt me to {p} before bed",
    ],
    "permission question": [
        "is grandad allowed to {p}", "can the dog sitter {p}",
        "may the cleaner {p} while we're out", "is the babysitter permitted to {p}",
        "would the lodger be able to {p}", "can visitors {p} on their own",
    ],
    # the twenty-third's own: a phrase in speech that asks nothing of the assistant
    "the speaker will do it themselves": [
        "i'll {p} myself in a minute", "don't worry, i'll {p} when i'm up",
        "i can {p} on my own, cheers", "i'm going to {p} myself later",
        "no need, i'll {p} the old-fashioned way", "i'll see to {p} myself",
    ],
    "someone else's turn to do it": [
        "it's your turn to {p}, toby", "whose turn is it to {p}?",
        "toby, you {p} tonight, i did it yesterday", "it's dad's turn to {p}",
        "your brother's turn to {p} today", "i did it last time, so it's sophie's go to {p}",
    ],
    "worry about it": [
        "i'm worried {p} will wake the whole street", "i hope {p} doesn't trip the fuse",
        "i'm nervous that {p} will go wrong again", "i do fret that {p} costs a fortune",
        "i've a feeling {p} will blow the fuse again", "i'm scared {p} will upset grandma",
    ],
    "meant to, too late now": [
        "i meant to {p} this morning, too late now", "i was supposed to {p} before noon, oh well",
        "i should've remembered to {p} hours ago", "drat, i forgot to {p} and now it's pointless",
        "i was going to {p} earlier, no point now", "too late to {p} now, i missed it",
    ],
    "promise to a child": [
        "i promise we'll {p} once you've tidied up", "we'll {p} at the weekend, cross my heart",
        "pinky promise, we'll {p} tomorrow", "i'll {p} when you're better, i promise",
        "promise we'll {p} after your swimming lesson", "we'll {p} on your birthday, promise",
    ],
    "refused to someone who asked": [
        "no, sweetheart, we're not going to {p}", "i've already told you, we won't {p} today",
        "sorry pet, i can't {p} right now", "no, and stop asking me to {p}",
        "for the last time, no, i won't {p}", "you can ask all you like, i'm not going to {p}",
    ],
    "offer to someone in the room": [
        "do you want me to {p}, grandma?", "shall i {p} for you, sweetie?",
        "would you like me to {p}, auntie?", "want me to {p} while you sit down?",
        "i could {p} for you if you like", "happy to {p} for you, just say the word",
    ],
    "asking the room first": [
        "who wants me to {p}?", "hands up who wants to {p}", "does anybody mind if i {p}?",
        "are we all happy for me to {p}?", "shall we have a vote on whether to {p}?",
        "any objections if i {p}?",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} gift ideas for grandad", "{} car boot bargains", "{} flat pack instructions",
    "{} spare parts by post", "{} cheapest deals online", "{} video tutorial",
    "{} hire near me", "{} colouring page", "{} trivia quiz", "{} sizing chart",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""
