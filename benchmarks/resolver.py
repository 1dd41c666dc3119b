"""Benchmark of teachapp's resolver: new (this tree) against old (before issue 14) and
three open-source matchers.

    .venv/bin/python benchmarks/resolver.py [--quick] [--tune] [--dev] [--sets SPLIT,...]

(a) Household utterances (benchmarks/_resolver_data.py), per seed a different home.
    In scope: every taught phrase said exactly, and noisy versions (generated
    recogniser errors, carrier words). Out of scope, reported per kind: fragments
    (a lone distinctive word of a phrase), different requests, commands about a
    routine, word order, negations, cancellations, state questions (our templates
    and Home Assistant's own test sentences with a phrase as the entity), the past
    or a story, someone else's words, held-out routines, near misses, and real
    crowd-written requests (HWU64, SLURP, Home Assistant) with or without a word of
    a taught phrase. Development homes (seeds 0 and 100-109) use the development
    templates, carriers and half of the real sentences; ``--tune`` sees only them.
    Figures are reported on held-out homes (seeds 1-3; 1 with ``--quick``) built
    with routines, templates, carriers and real sentences tuning never saw, and on
    a second, fresh held-out set (seeds 7-9: more routines, templates and carriers,
    written after the first held-out figures had been seen; its real sentences are
    the first held-out half again), and on a third (seeds 20-22: its own routines,
    templates, carriers and real-word sound-alikes, written before the sound-alike
    work was tuned and run only at its end; real sentences the held-out half), and on
    a fourth (seeds 30-32: its own routines with nested, one-word, numbered and named
    phrases, carriers, templates for every out-of-scope kind, fragment wrappers and
    recogniser sound-alikes; written in one session of issue 14 before any of its
    tuning and run once, by the lead, at its end; real sentences the held-out half),
    and on a fifth (seeds 40-42, benchmarks/_resolver_fifth.py, which tuning must not
    open: written blind in a later session of issue 14 while others tuned, never run
    by its author, and run once, by the lead, at that session's end; its own routines,
    wrappers, sound-alikes and templates, the real sentences no other split uses
    beside the held-out half, and "heard" cases: real Whisper transcripts of its
    phrases and requests spoken by synthetic voices, reported apart and kept out of
    the in-scope and out-of-scope aggregates), and on a sixth (seeds 50-52,
    benchmarks/_resolver_sixth.py, which tuning must not open: written blind while
    the fifth was tuned on, run once by the lead; homes of kinds the others lack, label
    guards in code, and real rows no other split uses), and on a seventh (seeds 60-62,
    benchmarks/_resolver_seventh.py, which tuning must not open: written blind the same
    way, one home per seed, new wrappers in scope and around out-of-scope speech,
    reported per kind; in-scope "wrapped phrase: ..." kinds count in the aggregates),
    and on an eighth (seeds 70-72, benchmarks/_resolver_eighth.py, which tuning must not
    open: written blind the same way, with other homes, wrappers and sound-alikes, fast
    speech, and dataset rows recombined another way), and on a ninth (seeds 80-82,
    benchmarks/_resolver_ninth.py, which tuning must not open: written blind the same
    way, with other homes and phrase shapes, wrappers in new words and of new kinds,
    out-of-scope speech of every kind wrapped, and dataset rows recombined yet another
    way), and on a tenth (seeds 90-92, benchmarks/_resolver_tenth.py, which tuning must
    not open: written blind while the ninth was tuned on, with other homes and phrase
    shapes, wrappers in new words and of new kinds, and crowd-written rows refilled
    from Home Assistant's names), and on an eleventh (seeds 110-112,
    benchmarks/_resolver_eleventh.py, which tuning must not open: written blind while
    the tenth was tuned on, with other homes, ten new wrapper kinds, and the two
    crowds' rows crossed), and on a twelfth (seeds 120-122,
    benchmarks/_resolver_twelfth.py, which tuning must not open: written blind while
    the eleventh was tuned on, with other homes, eight new wrapper kinds, and one slot
    of a crowd row given a second value), and on a thirteenth (seeds 130-132,
    benchmarks/_resolver_thirteenth.py, which tuning must not open: written blind while
    the earlier sets were tuned on, with other homes, seventeen wrapper kinds no earlier
    set has, four new out-of-scope kinds, and a slot of a dataset row corrected
    mid-request), and on a fourteenth (seeds 140-142, benchmarks/_resolver_fourteenth.py,
    which tuning must not open: written blind while the earlier sets were tuned on, with
    other homes, sixteen wrapper kinds no earlier set has, three new out-of-scope kinds,
    and a slot of a dataset row given a fallback value), and on a fifteenth (seeds
    150-152, benchmarks/_resolver_fifteenth.py, which tuning must not open: written blind
    while the earlier sets were tuned on, with other homes, sixteen wrapper kinds no
    earlier set has, seven new out-of-scope kinds, and another value of a dataset row's
    slot ruled out at its end), and on a sixteenth (seeds
    160-162, benchmarks/_resolver_sixteenth.py, which tuning must not open: written blind
    while the earlier sets were tuned on, with other homes, fifteen wrapper kinds no
    earlier set has, eight new out-of-scope kinds, and a dataset row asked again for
    another value of one slot), and on a seventeenth (seeds 170-172,
    benchmarks/_resolver_seventeenth.py, which tuning must not open: written blind while
    the earlier sets were tuned on, with other homes, sixteen wrapper kinds no earlier
    set has, seven new out-of-scope kinds, and a dataset row's device pinned down by
    where it is), and on an eighteenth (seeds 180-182,
    benchmarks/_resolver_eighteenth.py, which tuning must not open: written blind while
    the earlier sets were tuned on, with other homes, thirteen wrapper kinds no earlier
    set has, six new out-of-scope kinds, and a device put first as a topic and a dataset
    row said of it with "it"; it has no heard transcripts, which were not made), and on
    a nineteenth (seeds 190-192, benchmarks/_resolver_nineteenth.py, which tuning must
    not open: written blind while the earlier sets were tuned on, with other homes,
    thirteen wrapper kinds no earlier set has, five of them a phrase beside a clause of
    the speaker's own, seven new out-of-scope kinds, and a crowd row said beside such
    a clause; it has no heard transcripts either), and on
    a twentieth (seeds 200-202, benchmarks/_resolver_twentieth.py, which tuning must not
    open: written blind while the earlier sets were tuned on, with other homes, twelve
    kinds of a clause of the speaker's own said beside a taught phrase that does not
    bear on it, nine out-of-scope kinds where such a clause does, and a dataset row with
    a slot refilled said beside such a clause; it has no heard transcripts), and on a
    twenty-first (seeds 210-212, benchmarks/_resolver_twentyfirst.py, which tuning must
    not open: written blind while the earlier sets were tuned on, with other homes,
    twelve other kinds of a clause of the speaker's own said exactly beside a taught
    phrase that does not bear on it, thirteen out-of-scope kinds where such a clause
    does, and a dataset row with a slot refilled from its own source said beside such
    a clause; it has no heard transcripts), and on a twenty-second (seeds 220-222,
    benchmarks/_resolver_twentysecond.py, which tuning must not open: written blind
    while the earlier sets were tuned on, with other homes, a misheard taught phrase
    beside a clause of the speaker's own, a taught name spelt as a recogniser spells
    it, four more kinds of such a clause, ten out-of-scope kinds where what is said
    beside the phrase bears on it (a name alike at both ends among them), and two
    crowd rows of one intent crossed, said beside such a clause; no heard transcripts),
    and on a twenty-third (seeds 230-232, benchmarks/_resolver_twentythird.py, which
    tuning must not open: written blind while the earlier sets were tuned on, with other
    homes, ten kinds of a clause of a family's talk said beside a taught phrase, a
    misheard phrase beside such a clause, a taught name in a homophone spelling, eight
    out-of-scope kinds where the phrase asks nothing of the assistant, and a crowd row
    said with the speaker's whereabouts for its place; no heard transcripts), and on a
    twenty-fourth (seeds 240-242, benchmarks/_resolver_twentyfourth.py, which tuning
    must not open: written blind while the earlier sets were tuned on, with other homes,
    ten kinds of a clause of the speaker's own said beside a taught phrase, one of them
    with the phrase between two clauses, a misheard phrase beside such a clause, a
    taught name written as it sounds, eight out-of-scope kinds where the phrase asks
    something else or nothing of the assistant, and a crowd row said twice; no heard
    transcripts), and on a twenty-fifth (seeds 250-252, benchmarks/_resolver_twentyfifth.py,
    which tuning must not open: written blind while the earlier sets were tuned on, with
    other homes, ten kinds of everyday household speech said beside a taught phrase (a
    recipe step, a headline, a horoscope or a text message read aloud, a sum worked out,
    a quiz answer shouted, a child asked about schoolwork, a song sung, a crossword clue
    solved), one of them with the phrase between two clauses, a misheard phrase beside
    such a clause, a taught name written with the same sounds, eight out-of-scope kinds
    where the phrase asks something else or nothing of the assistant, and a crowd row
    said with a delay; no heard transcripts), and on a twenty-sixth (seeds 260-262,
    benchmarks/_resolver_twentysixth.py, which tuning must not open: written blind while
    the earlier sets were tuned on, with other homes, ten kinds of everyday household
    speech said beside a taught phrase (a tongue twister, a knitting pattern, a
    thank-you card dictated, a property listing, a bird spotted, a football score, a fun
    fact, a wine's tasting note), one with the phrase between two clauses and one with
    it in the middle of a clause, half of those cases again as a recogniser without
    punctuation writes them, a misheard phrase beside such a clause, a taught name
    written as it sounds, eight out-of-scope kinds where the phrase asks nothing of the
    assistant, and a crowd row said after a condition; no heard transcripts), and on a
    twenty-seventh (seeds 270-272, benchmarks/_resolver_twentyseventh.py, which tuning
    must not open: written blind while the earlier sets were tuned on, with other homes,
    ten kinds of everyday household speech said beside a taught phrase (a bedtime
    story, a shipping forecast, a game of i-spy, a poem recited, a chess move, a cricket
    commentary, a nature documentary, a line dance call), one with the phrase between
    two clauses and one with it in the middle of a forecast's line, half of those cases
    again without punctuation and a quarter of the in-scope ones with the sentence end
    written as a comma, a misheard phrase beside such a clause, a taught name written
    as it sounds, ten out-of-scope kinds where the phrase asks nothing of the assistant,
    and a crowd row said for someone else; no heard transcripts), and on a
    twenty-eighth (seeds 280-282, benchmarks/_resolver_twentyeighth.py, which tuning
    must not open: written blind in the same way, with other homes whose people and
    pets are named with common words, ten kinds of everyday household speech said
    beside a taught phrase (a sat-nav instruction, a voicemail played on speaker, a
    child's spelling test, a board game's rules, a film trailer, an auctioneer, a
    railway announcement, a tarot card), one with the phrase between a rule and a card
    and one with it in the middle of a voicemail, the same unpunctuated and comma-paused
    variants, a misheard phrase beside such a clause, a taught name written as it
    sounds, ten out-of-scope kinds where the phrase asks nothing of the assistant, and a
    crowd row said to last a while; no heard transcripts), and on a twenty-ninth (seeds
    290-292, benchmarks/_resolver_twentyninth.py, which tuning must not open: written
    blind in the same way, with other homes whose people and pets are named with common
    words or words that sound like others, ten kinds of everyday household speech said
    beside a taught phrase (a delivery driver at the door, a self-checkout voice, a lift
    announcement, an airline safety video, a podcast advert, a weather forecast on the
    radio, a courtroom drama on the telly, a museum audio guide), one with the phrase
    between a checkout's line and an advert and one with it in the middle of a safety
    video, the same unpunctuated and comma-paused variants, a misheard phrase beside such
    a clause, a taught name written as it sounds, ten out-of-scope kinds where the phrase
    asks nothing of the assistant, and a crowd row said as one more thing; no heard
    transcripts), and on a thirtieth (seeds 300-302, benchmarks/_resolver_thirtieth.py,
    which tuning must not open: written blind in the same way, with other homes whose
    people and pets are named with common words or words that sound like others, ten
    kinds of everyday household speech said beside a taught phrase (a smoke alarm test
    announced in the block, an automated phone menu, a drive-through speaker, a
    magician's patter, a pantomime audience, a guided meditation app, a children's
    television presenter, a shopping channel presenter), one with the phrase between a
    drive-through's line and a pantomime shout and one with it in the middle of a phone
    menu, the same unpunctuated and comma-paused variants, a misheard phrase beside such
    a clause, a taught name written as it sounds, ten out-of-scope kinds where the phrase
    asks nothing of the assistant, and a crowd row said with a reason after it; no heard
    transcripts), and on a thirty-first (seeds 310-312, benchmarks/_resolver_thirtyfirst.py,
    which tuning must not open: written blind in the same way, with other homes whose
    people and pets are named with common words or words that sound like others, ten
    kinds of everyday household speech said beside a taught phrase (a car's dashboard
    voice, a fairground ride operator, a supermarket tannoy, a best man's speech
    rehearsed, a talking toy, a stand-up comedian on the telly, an open-top bus tour
    guide, a smartwatch nudging), one with the phrase between a dashboard's line and a
    talking toy and one with it in the middle of a best man's speech, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase asks
    nothing of the assistant, and a crowd row said with what the speaker does meanwhile
    after it; no heard transcripts), and on a thirty-second (seeds 320-322,
    benchmarks/_resolver_thirtysecond.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named with common words or words
    that sound like others, ten kinds of everyday household speech said beside a taught
    phrase (a hairdresser's small talk, a language-learning app, a radio phone-in host, a
    choirmaster at rehearsal, a baby monitor, a politician on the radio, a cookery
    competition judge on the telly, a border control documentary on the telly), one with
    the phrase between a hairdresser's question and a baby monitor and one with it in the
    middle of a phone-in host's line, the same unpunctuated and comma-paused variants, a
    misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase asks nothing of the assistant, and a crowd row
    said with a word back asked of the assistant after it; no heard transcripts), and on a
    thirty-third (seeds 330-332, benchmarks/_resolver_thirtythird.py, which tuning must not
    open: written blind in the same way, with other homes whose people and pets are named
    with common words or words that sound like others, ten kinds of everyday household
    speech said beside a taught phrase (a workout video instructor, a driving theory test
    app, a tennis umpire on the telly, a stage hypnotist on the telly, a horse racing
    commentary on the radio, a snooker commentator on the telly, a rocket launch
    livestream, a vicar's sermon on the radio), one with the phrase between a tennis
    umpire's call and a rocket launch livestream and one with it in the middle of a
    workout instructor's line, the same unpunctuated and comma-paused variants, a misheard
    phrase beside such a clause, a taught name written as it sounds, ten out-of-scope
    kinds where the phrase asks nothing of the assistant, and a crowd row said with the
    way the job was done before asked for after it; no heard transcripts), and on a
    thirty-fourth (seeds 340-342, benchmarks/_resolver_thirtyfourth.py, which tuning must
    not open: written blind in the same way, with other homes whose people and pets are
    named with common words or words that sound like others, ten kinds of everyday
    household speech said beside a taught phrase (a bingo caller on the radio, a boxing
    ring announcer on the telly, the children's walkie-talkie game, a DIY tutorial video,
    a traffic report on the radio, a golf commentator on the telly, a game show host on
    the telly, a football manager's press conference on the radio), one with the phrase
    between a bingo call and a traffic report and one with it in the middle of a DIY
    tutorial's line, the same unpunctuated and comma-paused variants, a misheard phrase
    beside such a clause, a taught name written as it sounds, ten out-of-scope kinds
    where the phrase asks nothing of the assistant, and a crowd row said after the leave
    the speaker was given for it; no heard transcripts), and on a thirty-fifth (seeds
    350-352, benchmarks/_resolver_thirtyfifth.py, which tuning must not open: written
    blind in the same way, with other homes whose people and pets are named with common
    words or words that sound like others, ten kinds of everyday household speech said
    beside a taught phrase (a darts commentator, a soap opera, a sheepdog trial on the
    telly, wedding vows rehearsed, a motor racing commentator, a ballroom dancing judge,
    a fishing programme on the telly, a gardening programme on the radio), one with the
    phrase between a darts call and a motor racing commentary and one with it in the
    middle of a vow being rehearsed, the same unpunctuated and comma-paused variants, a
    misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase asks nothing of the assistant, and a crowd row
    said after the speaker says who is speaking; no heard transcripts), and on a
    thirty-sixth (seeds 360-362, benchmarks/_resolver_thirtysixth.py, which tuning must
    not open: written blind in the same way, with other homes whose people and pets are
    named with common words or words that sound like others, ten kinds of everyday
    household speech said beside a taught phrase (a rugby commentator, a detective
    drama, a parliamentary debate on the radio, a stock market report on the radio, a
    cycling commentator, an archaeology programme, a classical music presenter on the
    radio, a video game's announcer), one with the phrase between a rugby call and a
    cycling commentary and one with it in the middle of a line of the debate, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase asks
    nothing of the assistant, and a crowd row said after the speaker remembers what
    they meant to ask; no heard transcripts), and on a thirty-seventh (seeds 370-372,
    benchmarks/_resolver_thirtyseventh.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after months,
    trades, a tool, a herb or a colour another phrase of the home says as a word, or
    with names a recogniser writes as another word or spelling, ten kinds of everyday
    household speech said beside a taught phrase (an audiobook narrator, a dungeon
    master at a tabletop role-playing game, revision flashcards read aloud, a job
    interview practised aloud, a swimming commentator, an election night programme, a
    stargazing app, a card game at the kitchen table), one with the phrase between a
    dungeon master's line and a card game call and one with it in the middle of a job
    interview answer, the same unpunctuated and comma-paused variants, a misheard
    phrase beside such a clause, a taught name written as it sounds, ten out-of-scope
    kinds where the phrase asks nothing of the assistant, and a crowd row said straight
    after the speaker ends a phone call; no heard transcripts), and on a thirty-eighth
    (seeds 380-382, benchmarks/_resolver_thirtyeighth.py, which tuning must not open:
    written blind in the same way, with other homes whose people and pets are named
    after verbs or bills, virtues, foods, the lie of the land or the time of day that
    another phrase of the home says as a word, or with names a recogniser writes as a
    word of the home's trade, a past tense, a weather word, a verb or another name of
    the same sounds, ten kinds of everyday household speech said beside a taught phrase
    (a murder mystery party's script read aloud, a wrestling commentator, a retirement
    speech rehearsed, a mountaineering documentary, a figure skating commentator, a
    karaoke machine's scoring voice, a lottery draw, a jigsaw puzzle done at the
    table), one with the phrase between a wrestling commentator's line and a jigsaw
    remark and one with it in the middle of a retirement speech, the same unpunctuated
    and comma-paused variants, a misheard phrase beside such a clause, a taught name
    written as it sounds, ten out-of-scope kinds where the phrase asks nothing of the
    assistant, and a crowd row said once the speaker has sat down at last; no heard
    transcripts), and on a thirty-ninth (seeds 390-392,
    benchmarks/_resolver_thirtyninth.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after a part of a
    car, a distance or a coin, the kit of a game or the wood it is made of, a haircut or
    a hair colour that another phrase of the home says as a word, or with names a
    recogniser writes as a word of the road, a verb of study or of the home's trade, a
    fuel, a dish, a colour word, a past participle or a plural, ten kinds of everyday
    household speech said beside a taught phrase (an amateur dramatics monologue
    rehearsed, a ghost story told by torchlight, a pet parrot squawking, a holiday
    brochure read aloud, a curling commentator, a birdsong app naming a bird, a school
    sports day megaphone over the fence, a pottery throwing programme), one with the
    phrase between a parrot's squawk and a curling commentator's line and one with it in
    the middle of a monologue rehearsed, the same unpunctuated and comma-paused
    variants, a misheard phrase beside such a clause, a taught name written as it
    sounds, ten out-of-scope kinds where the phrase asks nothing of the assistant, and a
    crowd row said straight after the speaker sneezes; no heard transcripts), and on a
    fortieth (seeds 400-402, benchmarks/_resolver_fortieth.py, which tuning must not
    open: written blind in the same way, with other homes whose people and pets are
    named after a cut of meat, a herb, what is left over, the mark the post puts on a
    parcel, a song of the season, a mend, what a cue is rubbed with or a climbing plant
    that another phrase of the home says as a word, or with names a recogniser writes
    as a part of a book, a piece of clothing, a part of the garden, a month, a room, a
    knitting stitch, a drink, a knot, a chore or a result of a game, ten kinds of everyday
    household speech said beside a taught phrase (a sea shanty sung, a fashion show
    compere, a cheerleading chant practised, a children's party entertainer, a sailing
    race commentator, a dog show commentator, a poker commentator, a photographer
    posing a family), one with the phrase between a sea shanty and a poker
    commentator's line and one with it in the middle of a cheerleading chant, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase asks
    nothing of the assistant, and a crowd row said straight after the speaker stubs a
    toe; no heard transcripts), and on a forty-first (seeds 410-412,
    benchmarks/_resolver_fortyfirst.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a small nail, a
    timber, a cloth, the day before a feast, a pole, footwear, a soft toy or a container
    that another phrase of the home says as a word, or with names a recogniser writes as
    a salad leaf, tradesmen, a cheese, a small car, a back lane, a grumbler, a
    microphone, a bell, a fuel can or a raincoat, ten kinds of everyday household speech
    said beside a taught phrase (a singer's vocal warm-up, a teenager on a gaming
    headset, grace before a meal, a takeaway order phoned through, a ski jumping
    commentator, a gymnastics commentator, a mahjong game at the table, a tai chi
    video), one with the phrase between a takeaway order and a mahjong call and one with
    it in the middle of grace, the same unpunctuated and comma-paused variants, a
    misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase asks nothing of the assistant, and a crowd row
    said straight after the speaker comes in from the cold or the rain; no heard
    transcripts), and on a forty-second (seeds 420-422,
    benchmarks/_resolver_fortysecond.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a stone that
    strikes a spark, a game tile, a pear cider, a small citrus fruit, a fruit seed, a
    playing card or a hat that another phrase of the home says as a word, or with names
    a recogniser writes as a roadside cafe, a fabric edge, a maker of suits, a crackle of
    leaves, a helper at home, a fighting art, a stroll, a kitchen tool, a wheel's
    shaft, a jewel, a hot
    drink or a surfboard's keel, ten kinds of everyday household speech said beside a
    taught phrase (an opera aria sung along, a child chanting latin verbs for homework,
    a toddler's animal noises game, an affirmation said in the mirror, an archery
    commentator, a bowls commentator, a show jumping commentator, a backgammon game at
    the table), one with the phrase between an opera aria and a backgammon call and one
    with it in the middle of a latin verb chant, the same unpunctuated and comma-paused
    variants, a misheard phrase beside such a clause, a taught name written as it
    sounds, ten out-of-scope kinds where the phrase asks nothing of the assistant, and a
    crowd row said straight after the speaker spots a spider or some other creepy
    crawly; no heard transcripts), and on a forty-third (seeds 430-432,
    benchmarks/_resolver_fortythird.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a spice, a bee, a
    dye, an earth pigment, a harbour, a small boat or a timber that another phrase of
    the home says as a word, or with names a recogniser writes as a lamp's spirit, a
    biting fly, a hiding place, wet with dew, a colour, a place to train, a layer
    of tiles, sweets, a stroke of oars, a camp kettle, a burger or a quay, ten kinds of
    everyday household speech said beside a taught phrase (a skipping rhyme chanted in
    the garden, a bell ringer calling the changes, a hymn sung at the sink, a phone call
    half heard, a fencing commentator, a table tennis commentator, a marathon
    commentator, a cribbage game at the table), one with the phrase between a hymn and a
    cribbage call and one with it in the middle of a skipping rhyme, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase asks
    nothing of the assistant, and a crowd row said straight after the speaker drops or
    spills something; no heard transcripts), and on a forty-fourth (seeds 440-442,
    benchmarks/_resolver_fortyfourth.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after a weather, a
    headland, a keytop, a piece for the piano, a wild herb or a mushroom that another
    phrase of the home says as a word, or with names a recogniser writes as a sauce's
    base, the edge of the sea, a paraffin lamp, a hair grip, a carol, an aquarium fish,
    cunning, a portion, a plastic, help, a fuel or ice falling, ten kinds of everyday
    household speech said beside a taught phrase (a counting-out rhyme in the
    playground, a sumo referee's one-word call, calling the hens in, a drill sergeant,
    an ice hockey commentator, a badminton commentator, a remark on a ship passing the
    window, a dominoes game at the table), one with the phrase between a drill
    sergeant's order and a dominoes call and one with it in the middle of a
    counting-out rhyme, the same unpunctuated and comma-paused variants, a misheard
    phrase beside such a clause, a taught name written as it sounds, ten out-of-scope
    kinds where the phrase asks nothing of the assistant (one an untaught request joined
    to it by "and"), and a crowd row said straight after the speaker wakes from a doze;
    no heard transcripts), and on a forty-fifth (seeds 450-452,
    benchmarks/_resolver_fortyfifth.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a bird of the
    canal, a lock's gear, a gemstone, a glassblower's rod, a glass colour, a horse race
    or a horse's feed that another phrase of the home says as a word, or with names a
    recogniser writes as a snake, a loud noise, a sack truck, a bow tie, a spirit, a tea
    tin, a shared fund, a horse's rider, a she-donkey, a hot drink or daft, ten kinds of
    everyday household speech said beside a taught phrase (a nursery rhyme sung to the
    baby, a judo referee's one-word call, calling the pigs in, a tug of war coach, a
    speedway commentator, a volleyball commentator, a remark on an old aircraft flying
    over, a game of boules on the lawn), one with the phrase between a tug of war
    coach's shout and a boules call and one with it in the middle of a nursery rhyme,
    the same unpunctuated and comma-paused variants, a misheard phrase beside such a
    clause, a taught name written as it sounds, ten out-of-scope kinds where the phrase
    asks nothing of the assistant (one an untaught request joined to it by "then"), and
    a crowd row said straight after the speaker burns their fingers; no heard
    transcripts), and on a forty-sixth (seeds 460-462,
    benchmarks/_resolver_fortysixth.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a projector's
    part, a film's preview, a wheel's part or an organ's part that another phrase of the
    home says as a word, or with names a recogniser writes as a floor covering, a glass
    lamp, grimy, a sweet, a fish shop, an electrician, stemmy, a drink, the weather,
    silver, a fruit or a rabbit, ten kinds of everyday household speech said beside a
    taught phrase (a ballet teacher counting a class, a yodeller on the radio, calling
    the cows in, a rowing cox, a lacrosse commentator, a water polo commentator, a
    remark on a tortoise on the lawn, a game of skittles in the pub), one with the
    phrase between a rowing cox's call and a skittles call and one with it in the
    middle of a ballet teacher's count, the same unpunctuated and comma-paused variants,
    a misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase asks nothing of the assistant (one an untaught
    request joined to it by "after that"), and a crowd row said straight after the
    speaker nearly drops something; no heard transcripts), and on a forty-seventh
    (seeds 470-472, benchmarks/_resolver_fortyseventh.py, which tuning must not open:
    written blind in the same way, with other homes whose people and pets are named
    after a cask's part, a rope or a cord, or a mount's part that another phrase of the
    home says as a word, or with names a recogniser writes as a flavour, a pond flower,
    icy, a lawn flower, a bun, loud in pattern, sooted, smooth, fortunate, soft, unkempt
    or fizzy wine, ten kinds of everyday household speech said beside a taught phrase (a
    pilot's pre-flight checklist read aloud, a scat singer on the radio, calling the
    ducks in, a conductor at band practice, a weightlifting commentator, a baseball
    commentator, a remark on a fox cub in the garden, a croquet game on the lawn), one
    with the phrase between a conductor's call and a croquet call and one with it in the
    middle of a pilot's checklist, the same unpunctuated and comma-paused variants, a
    misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase asks nothing of the assistant (one an untaught
    request joined to it by "plus"), and a crowd row said straight after someone
    startles the speaker; no heard transcripts), and on a forty-eighth (seeds 480-482,
    benchmarks/_resolver_fortyeighth.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after a saddle's
    fitting, a chocolate's filling or icing, or a bell's part or metal that another
    phrase of the home says as a word, or with names a recogniser writes as a grooming
    brush, snug, pliable, soft to hug, full of nuts, made with milk, tasting of fruit,
    sparkling, thin in sound, smoked, gleaming or thick, ten kinds of everyday household
    speech said beside a taught phrase (a rally co-driver's pace notes on the telly, a
    beatboxer practising, calling the rabbits back into their hutch, a toastmaster at a
    dinner, a discus commentator, a game of tiddlywinks, a remark on a squirrel at the
    bird feeder, a game of quoits at the fete), one with the phrase between a
    toastmaster's call and a quoits call and one with it in the middle of a co-driver's
    pace notes, the same unpunctuated and comma-paused variants, a misheard phrase
    beside such a clause, a taught name written as it sounds, ten out-of-scope kinds
    where the phrase asks nothing of the assistant (one an untaught request joined to it
    by "as well as"), and a crowd row said straight after the speaker stops laughing at
    something; no heard transcripts), and on a forty-ninth (seeds 490-492,
    benchmarks/_resolver_fortyninth.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a lace's edging or
    trimming, a lathe's tool or work, or a sail's eyelet or ring that another phrase of
    the home says as a word, or with names a recogniser writes as windy, fine, made of
    wool, ruffled, tangy, smart, in tufts, curling round, striped, fried crisp, soft and
    downy or spotted, ten kinds of everyday household speech said beside a taught phrase
    (a ringmaster at the circus on the telly, a baby babbling in the high chair, calling
    the goats in from the paddock, a drum major leading the band at the gala, a hurling
    commentator, a game of jenga, a remark on a kingfisher by the brook, a game of
    marbles on the carpet), one with the phrase between a drum major's call and a
    marbles call and one with it in the middle of a ringmaster's patter, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase asks
    nothing of the assistant (one an untaught request joined to it by "along with"), and
    a crowd row said straight after a brain freeze bites; no heard transcripts), and on
    a fiftieth (seeds 500-502, benchmarks/_resolver_fiftieth.py, which tuning must not
    open: written blind in the same way, with other homes whose people and pets are
    named after a basket's willow, an arrow's notch or feather, or a scent's oil that
    another phrase of the home says as a word, or with names a recogniser writes as
    hazy, gritty, overgrown, full of leaves, smudged, shiny-papered, corroded, dusted
    white, hot with spice, briny, warm or full of suds, ten kinds of everyday household
    speech said beside a taught phrase (a lifeguard calling out at the swimming baths, a
    budgie chirping in its cage, calling the donkeys in off the beach, a dog agility
    handler at the show, a bobsleigh commentator, a game of battleships, a remark on a
    dragonfly by the pond, a game of spillikins on the rug), one with the phrase between
    an agility handler's call and a spillikins call and one with it in the middle of a
    lifeguard's calls, the same unpunctuated and comma-paused variants, a misheard
    phrase beside such a clause, a taught name written as it sounds, ten out-of-scope
    kinds where the phrase asks nothing of the assistant (one an untaught request joined
    to it by "not to mention"), and a crowd row said straight after a static shock makes
    the speaker jump; no heard transcripts), and on a fifty-first (seeds 510-512,
    benchmarks/_resolver_fiftyfirst.py, which tuning must not open: written blind in the
    same way, with other homes whose people and pets are named after a knife's parts, a
    kite's frame or lines, or a clog's sole and seam that another phrase of the home
    says as a word, or with names a recogniser writes as caked in mud, tacky, foaming,
    crisp-crusted, lumped, hazy with sediment, oily, grown over with grass, dusted with
    flour, sodden, full of peat or grubby, ten kinds of everyday household speech said
    beside a taught phrase (a pancake race marshal calling out on the high street, geese
    honking over the marsh, calling the alpacas in from the field, a limbo leader at the
    beach party, a cheese rolling commentator, a game of yoyo tricks, a remark on a
    ladybird on the windowsill, a sandcastle contest on the beach), one with the phrase
    between a limbo leader's call and a sandcastle call and one with it in the middle
    of a pancake race marshal's calls, the same unpunctuated and comma-paused variants,
    a misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase asks nothing of the assistant (one an untaught
    request joined to it by "together with"), and a crowd row said straight after the
    speaker bangs their funny bone; no heard transcripts), and on a fifty-second (seeds
    520-522, benchmarks/_resolver_fiftysecond.py, which tuning must not open: written
    blind in the same way, with other homes whose people and pets are named after what
    a besom is bound from, what a soap is made of or a drum's fittings that another
    phrase of the home says as a word, or with names ending in "-a" a recogniser writes
    as a word ending in "-er" (a kitchen grater, eiderdown, less fatty, a looking glass,
    a steel beam, a loft tank, post, a room below ground, a drink of apples or pears, a
    gauge, a garden machine, what holds a boat), ten kinds of everyday household speech
    said beside a taught phrase (a welly wanging referee at the country show, frogs
    croaking in the garden pond, calling the ponies in from the paddock, a maypole
    dance caller on the village green, a bog snorkelling commentator, a game of
    poohsticks, a remark on a snail on the patio door, a scarecrow competition in the
    village), one with the phrase between a maypole dance caller's call and a scarecrow
    remark and one with it in the middle of a welly wanging referee's calls, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase asks
    nothing of the assistant (one an untaught request joined to it by "on top of
    that"), and a crowd row said straight after a cramp seizes the speaker's leg; no
    heard transcripts), and on a fifty-third (seeds 530-532,
    benchmarks/_resolver_fiftythird.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after what paper is
    made from or how its sheet is edged, what a dyer dyes with or what a silversmith
    sets and casts that another phrase of the home says as a word, or with names a
    recogniser writes as the word they sound like (hens' feed, a cake's storey, a
    gatepost, the back, a plant that lives through frost, what chills wine, what birds
    eat from, a measure of milk, what falls in autumn, a fruit, a spray, a thorny stem),
    ten kinds of everyday household speech said beside a taught phrase (a square dance
    caller at the barn dance, owls hooting in the spinney, calling the guinea fowl in to
    roost, a fishmonger crying his wares on the market, a worm charming contest on the
    allotments, a gurning championship on the telly, a remark on a pipistrelle flitting
    at dusk, a game of knucklebones on the doorstep), one with the phrase between a
    guinea fowl call and a worm charming remark and one with it in the middle of a
    square dance caller's calls, the same unpunctuated and comma-paused variants, a
    misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase is a name or writing and asks nothing of the
    assistant (a carousel horse, a heritage tram or a tortoise named it, painted on a
    beach hut, on a sandwich board outside a cafe, in neon over a chip shop, a song on
    the jukebox, chalked on the playground, sewn on a name tape, scratched on a school
    desk), and a crowd row said straight after the speaker shoos a wasp; no heard
    transcripts), and on a fifty-fourth (seeds 540-542,
    benchmarks/_resolver_fiftyfourth.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after what a mill
    grinds or sifts out, what a leatherworker sets or works or what a glass maker cuts
    or brushes on that another phrase of the home says as a word, or with names a
    recogniser writes as the word they sound like (an old wheat, a kebab, a floor
    machine, what seals grout, a coat, one who heals, a tool that widens a hole, a sofa,
    a cheese, a little bunch of flowers, a city, a parish officer), ten kinds of
    everyday household speech said beside a taught phrase (a dwile flonking referee at
    the village fete, a corncrake rasping in the hay meadow, calling the turkeys into
    the barn, a rag and bone man crying from his cart, a shin kicking bout on the telly,
    a remark on a slowworm on the compost heap, a remark on a starling murmuration at
    dusk, a game of shove ha'penny in the snug), one with the phrase between a turkey
    call and a slowworm remark and one with it in the middle of a dwile flonking
    referee's calls, the same unpunctuated and comma-paused variants, a misheard phrase
    beside such a clause, a taught name written as it sounds, ten out-of-scope kinds
    where the phrase is a name or writing and asks nothing of the assistant (a bonsai
    tree, a stick insect, a pantomime horse, a prize ram or a rescue hen named it, spelt
    out in fairy lights, painted on a pebble, mown into a lawn, written on a kite,
    sprayed on a railway bridge), and a crowd row said straight after a hot drink
    scalds the speaker's mouth; no heard transcripts), and on a fifty-fifth (seeds
    550-552, benchmarks/_resolver_fiftyfifth.py, which tuning must not open: written
    blind in the same way, with other homes whose people and pets are named after the
    stone a dry stone waller clears or lays, the wood a chair bodger splits or turns or
    a mapmaker's ink and projection that another phrase of the home says as a word, or
    with names a recogniser writes as the word they sound like (one who breeds dogs,
    what is left of burnt coal, one who gilds, a bus, a hedge shrub, a smell, one who
    leads, one who owns, a metal, of the stars, a fish, a cotton thread), ten kinds of
    everyday household speech said beside a taught phrase (a coconut shy barker at the
    fair, a bittern booming in the reedbed, calling the peacocks down off the barn
    roof, a cattle auctioneer at the mart, a caber toss at the highland games on the
    telly, a remark on newts in the garden pond, a game of musical statues at a
    children's party, a remark on the ice cream van's chimes), one with the phrase
    between a peacock call and a newt remark and one with it in the middle of a coconut
    shy barker's patter, the same unpunctuated and comma-paused variants, a misheard
    phrase beside such a clause, a taught name written as it sounds, ten out-of-scope
    kinds where the phrase is a name or writing and asks nothing of the assistant (a
    lifeboat, a hedgehog, a shetland pony, a traction engine, a tartan or a storm named
    it, traced in frost on a windscreen, stencilled on a wheelie bin, wrought into an
    iron gate, woven into a rag rug), and a crowd row said straight after stinging
    nettles catch the speaker; no heard transcripts), and on a fifty-sixth (seeds
    560-562, benchmarks/_resolver_fiftysixth.py, which tuning must not open: written
    blind in the same way, with other homes whose people and pets are named after what a
    charcoal burner makes or clears, what a coracle is sealed or covered with or the
    leather and the piece a glover cuts that another phrase of the home says as a word,
    or with names a recogniser writes as the word they sound like (tidier, a thing that
    mashes, a tray, one who gives blood, one who mills, a thing lent, of the poles, a
    machine that seams, of the sun, a whisk, a stand, a fire), ten kinds of everyday
    household speech said beside a taught phrase (a chestnut seller on the high street,
    a nightjar churring on the heath, calling the sheep in off the common, a punch and
    judy professor at the seaside, a remark on a hot air balloon drifting over, a remark
    on the swifts round the chimneys, a game of buckaroo at the table, a remark on the
    northern lights over the hill), one with the phrase between a call to the sheep and
    a swifts remark and one with it in the middle of a chestnut seller's cry, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase is a name
    or writing and asks nothing of the assistant (a church bell, a guinea pig, a cheese,
    a sheepdog, a climbing route or a gin named it, scrawled in the dust on a van,
    knitted into a jumper, carved on a walking stick, painted on a garden shed), and a
    crowd row said straight after pins and needles start in the speaker's leg; no heard
    transcripts), and on a fifty-seventh (seeds 570-572,
    benchmarks/_resolver_fiftyseventh.py, which tuning must not open: written blind in
    the same way, with other homes whose people and pets are named after what a tinsmith
    joins tin with, what a trug is nailed with or cut into, or what a quilter sews with
    and cuts, that another phrase of the home says as a word, or with names a recogniser
    writes as the word they sound like (a box for the internet, a thing to measure with,
    one who sells, one leaving school, one who tells fortunes, a machine for dough, a
    churn's plunger, a measure of cloth, a church cushion, a printer's powder, a fowl), ten
    kinds of everyday household speech said beside a taught phrase (a child playing tig
    on the lawn, a raven kronking over the quarry, calling the geese in off the pond, a
    bosun on a tall ship at the harbour festival, a remark on a meteor shower over the
    fells, a remark on hailstones on the conservatory roof, a game of kerplunk at the
    table, a remark on tadpoles in the water butt), one with the phrase between a call
    to the geese and a meteor remark and one with it in the middle of a child's game of
    tig, the same unpunctuated and comma-paused variants, a misheard phrase beside such
    a clause, a taught name written as it sounds, ten out-of-scope kinds where the
    phrase is a name or writing and asks nothing of the assistant (a sourdough starter,
    a robot mower, a houseplant, a rocking horse or a campervan named it, burnt into a
    chopping board, written in the condensation on a window, embroidered on a tea cosy,
    written on a paper aeroplane, painted on a pair of wellies), and a crowd row said
    straight after a paper cut stings the speaker's finger; no heard transcripts), and on
    a fifty-eighth (seeds 580-582, benchmarks/_resolver_fiftyeighth.py, which tuning must
    not open: written blind in the same way, with other homes whose pets are named after
    what a cooper shapes or binds a cask with, what a thatcher lays or pins a roof with,
    or what a bell founder tunes or moulds, that another phrase of the home says as a
    word, and whose people have names a recogniser writes as the word they sound like
    (one who hauls goods, a slice of bacon, less strong, a jug that purees, what bales
    hay, one who mourns, what milks goats, one who sails, a bell tolled for the dead,
    what a horse says), ten kinds of everyday household speech said beside a taught
    phrase (a falconer flying her hawk at the country fair, a jackdaw chacking on the
    chimney pot, calling the bantams in to roost, a croupier at the charity casino
    night, a remark on a solar eclipse, a remark on toadstools in the paddock, a game of
    pass the pigs at the table, a remark on glowworms in the lane), one with the phrase
    between a call to the bantams and an eclipse remark and one with it in the middle of
    a falconer's calls, the same unpunctuated and comma-paused variants, a misheard
    phrase beside such a clause, a taught name written as it sounds, ten out-of-scope
    kinds where the phrase is a name or writing and asks nothing of the assistant (a
    beach hut, a giant pumpkin, a canoe, a barn owl or a tandem bicycle named it,
    written on a gift tag, spelt out in scrabble tiles, crocheted into a blanket,
    painted on a beach pebble, printed on a tote bag), and a crowd row said straight
    after a splinter goes into the speaker's finger; no heard transcripts), and on a
    fifty-ninth (seeds 590-592, benchmarks/_resolver_fiftyninth.py, which tuning must not
    open: written blind in the same way, with other homes whose pets are named after
    what a pewterer casts or pours, what a hatter stiffens or braids a hat with, or what
    a shipwright caulks or whips with, that another phrase of the home says as a word,
    and whose people have names a recogniser writes as the word they sound like (what
    joins metal, what an ebook is read on, a round felt hat, what sows a lawn, what
    paints a wall, what frozen food is left to do, a nail gun, the cold season, a river
    animal, a capstan's catch), ten kinds of everyday household speech said beside a
    taught phrase (a cricket appeal at the village match, a lapwing calling over the
    ploughland, calling the cat in for the night, wassailers in the orchard, a remark on
    hoarfrost on the hedges, a remark on goldfinches at the teasels, a game of yahtzee
    at the table, a remark on waxwings in the hawthorn), one with the phrase between a
    call to the cat and a hoarfrost remark and one with it in the middle of a cricket
    appeal, the same unpunctuated and comma-paused variants, a misheard phrase beside
    such a clause, a taught name written as it sounds, ten out-of-scope kinds where the
    phrase is a name or writing and asks nothing of the assistant (a grandfather clock, a
    vintage motorbike, a carthorse, a beehive or a greenhouse named it, written with a
    sparkler, painted on a boat's stern, written on a paper lantern, carved into a piece
    of driftwood, tooled into a leather belt), and a crowd row said straight after the
    speaker bites their tongue; no heard transcripts), and on a sixtieth (seeds 600-602,
    benchmarks/_resolver_sixtieth.py, which tuning must not open: written blind in the
    same way, with other homes whose pets are named after what a framer primes or cuts a
    frame with, what a hurdle maker weaves or splits with, or what a stick maker tips or
    straightens, that another phrase of the home says as a word, and whose people have
    names a recogniser writes as the word they sound like (what guards a hearth, what
    lines a pond, what works a flush, what runs past the cabin, what shaves a chin, what
    holds up a porch, what lights a fire, what a shirt is starched at, what coats a wall,
    a fizzy drink), ten kinds of everyday household speech said beside a taught phrase (a
    karate sensei calling the class at the dojo, a kittiwake calling off the sea cliffs, a
    skateboarder calling tricks at the skate park, a bhangra class in the village hall, a
    remark on the haar rolling in off the sea, a remark on bramblings at the bird table,
    a game of canasta at the table, a remark on snowdrops under the beeches), one with
    the phrase between a kittiwake's call and a haar remark and one with it in the middle
    of a karate sensei's calls, the same unpunctuated and comma-paused variants, a
    misheard phrase beside such a clause, a taught name written as it sounds, ten
    out-of-scope kinds where the phrase is a name or writing and asks nothing of the
    assistant (a ferry, a windmill, a gritter lorry, a combine harvester or a dolls' house
    named it, engraved on a locket, welded into a garden gate, embossed on a leather
    notebook, spelt out in fridge magnets, painted on the side of a van), and a crowd row
    said straight after the speaker cricks their neck; no heard transcripts), and on a
    sixty-first (seeds 610-612, benchmarks/_resolver_sixtyfirst.py, which tuning must not
    open: written blind in the same way, with other homes whose pets are named after what
    a harp maker planes a soundboard from or pins its strings with, what a felt maker
    cards or dyes, or what a spoon carver hones or waxes, that another phrase of the home
    says as a word, and whose people have names a recogniser writes as the word they sound
    like (one who minds a cat, what edges a lawn, what holds papers, what finds a stud,
    one who sells fish, what binds bricks, what feeds seed, what prunes a rose, what
    fastens a coat, a bird on the weir), ten kinds of everyday household speech said
    beside a taught phrase (a capoeira class in the community centre, a curlew calling
    over the mudflats, a kabaddi raider chanting at the sports centre, a cock pheasant
    crowing in the stubble, a remark on the smirr drifting in off the moor, a remark on
    siskins in the alders, a game of bezique at the table, a remark on aconites under the
    hornbeams), one with the phrase between a curlew's call and a smirr remark and one
    with it in the middle of a capoeira class's calls, the same unpunctuated and
    comma-paused variants, a misheard phrase beside such a clause, a taught name written
    as it sounds, ten out-of-scope kinds where the phrase is a name or writing and asks
    nothing of the assistant (a seaside donkey, a treehouse, a pedalo, a double decker
    bus or a hamster named it, stamped on a dog tag, scratched into a school desk,
    written on a luggage tag, cut into a topiary hedge, painted on a weather vane), and a
    crowd row said straight after the speaker gets an eyelash in their eye; no heard
    transcripts), and on a sixty-second (seeds 620-622,
    benchmarks/_resolver_sixtysecond.py, which tuning must not open: written blind in
    the same way, with other homes whose pets are named after what a globe maker gilds
    or polishes, what a wig maker dyes or combs hair on, or what a mead maker bottles or
    brews, that another phrase of the home says as a word, and whose people have names a
    recogniser writes as the word they sound like (what a shop hangs out, what bends
    pipes, what a failing screen does, one who lends money, a great house, what shapes
    wood on a spindle, what keeps bikes dry, a horse's easy gallop, a rocking chair,
    what a pony is led by), ten kinds of everyday household speech said beside a taught
    phrase (a taekwondo class in the church hall, a green woodpecker yaffling in the
    orchard, a taiko drum group practising in the scout hut, an oystercatcher piping on
    the shingle, a remark on the graupel pattering on the skylight, a remark on redwings
    at the windfalls, a game of piquet at the table, a remark on celandines on the
    hedgebank), one with the phrase between a green woodpecker's yaffle and a graupel
    remark and one with it in the middle of a taekwondo class's calls, the same
    unpunctuated and comma-paused variants, a misheard phrase beside such a clause, a
    taught name written as it sounds, ten out-of-scope kinds where the phrase is a name
    or writing and asks nothing of the assistant (a koi carp, a robot lawnmower, a
    bouncy castle, a paddle steamer or a rag doll named it, engraved on a pocket watch,
    printed on a seed packet, chiselled on a foundation stone, doodled on a paper
    napkin, burnt into a cricket bat), and a crowd row said straight after the speaker
    bites into a hot chilli; no heard transcripts).
    ``--sets sixth`` runs only the named sets (a), nothing else, and writes
    benchmarks/results/resolver-sets.json.
(b) HWU64-iot few-shot: K = 10 crowd-written utterances per intent taught as
    phrases, the rest tested; top-1 routine accuracy, several seeds.
(c) The baselines of benchmarks/_resolver_baselines.py on the same data.
(d) Median resolve time at 100, 1,000 and 10,000 distinct phrases and at 10,000
    phrases of 2,000 routines sharing ~70 words, with a plain rapidfuzz
    ``process.extractOne(fuzz.ratio)`` scan timed in the same loop (one core), and the
    memory the new resolver holds at each size (tracemalloc, in an untimed pass).

Writes benchmarks/results/resolver.json. (benchmarks/resolver_snapshot.py checks that a
speed-up changes no answer on these same utterances.)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from _resolver_baselines import BASELINES, old_resolver_class
from _resolver_data import (
    AMBIGUOUS,
    DEV_SEEDS,
    HELD_OUT_SETS,
    OUT_OF_SCOPE_KINDS,
    blind_set_kinds,
    build_home,
    datasets_missing,
    hwu_few_shot,
    noisy,
    shared_vocabulary_phrases,
    synthetic_phrases,
)
from _resolver_fifth import HEARD_KINDS
from _resolver_made_here import unpunctuated
from _resolver_multipart import multipart_cases
from rapidfuzz import fuzz, process

from teachapp.understanding.resolution import PhraseEntry, ResolverSettings
from teachapp.understanding.resolver import Resolver

MIN_MARGIN = 0.05
"""Runs need some lead over the runner-up, whatever the tuning seeds say (sound-alikes)."""
RESULTS = Path(__file__).resolve().parent / "results" / "resolver.json"
TEACHAPP = "teachapp"
OLD = "teachapp before issue 14"
IN_SCOPE_KINDS = ("exact phrase", "noisy")
BLIND_KINDS, BLIND_IN_SCOPE = blind_set_kinds()
RIGHT_KINDS = (*IN_SCOPE_KINDS, *BLIND_IN_SCOPE)
"""Kinds whose cases name a routine: run right and wrong run are reported per kind."""


def _entries(pairs: list[tuple[str, str]]) -> list[PhraseEntry]:
    return [PhraseEntry(text=p, routine=r) for p, r in pairs]


def _old_entries(pairs: list[tuple[str, str]]) -> list:
    import _teachapp_resolver_old.resolution as old  # loaded by old_resolver_class()

    return [old.PhraseEntry(text=p, routine=r) for p, r in pairs]


def _pct(n: int, d: int) -> float:
    return round(100.0 * n / d, 2) if d else 0.0


def _summarise(outcomes: list[tuple[str | None, str, str | None, str]]) -> dict:
    """outcomes: (expected routine or None, decision, routine named, case kind)."""
    # (the fifth set's "heard" transcripts are reported per kind only)
    ins = [o for o in outcomes if o[0] is not None and o[3] not in HEARD_KINDS]
    oos = [o for o in outcomes if o[0] is None and o[3] not in (AMBIGUOUS, *HEARD_KINDS)]
    unclear = [o for o in outcomes if o[3] == AMBIGUOUS]
    out: dict = {
        "in_scope": len(ins),
        "out_of_scope": len(oos),
        "accuracy": _pct(sum(d == "run" and r == e for e, d, r, _ in ins), len(ins)),
        "clarify_right": _pct(sum(d == "clarify" and r == e for e, d, r, _ in ins), len(ins)),
        "clarify_wrong": _pct(sum(d == "clarify" and r != e for e, d, r, _ in ins), len(ins)),
        "wrong_run": _pct(sum(d == "run" and r != e for e, d, r, _ in ins), len(ins)),
        "missed": _pct(sum(d == "reject" for _, d, _, _ in ins), len(ins)),
        "false_accept": _pct(sum(d == "run" for _, d, _, _ in oos), len(oos)),
        "oos_clarify": _pct(sum(d == "clarify" for _, d, _, _ in oos), len(oos)),
        "unclear": len(unclear),
        "unclear_run": _pct(sum(d == "run" for _, d, _, _ in unclear), len(unclear)),
        "by_kind": {},
    }
    for kind in dict.fromkeys((*IN_SCOPE_KINDS, *OUT_OF_SCOPE_KINDS, AMBIGUOUS, *BLIND_KINDS)):
        rows = [o for o in outcomes if o[3] == kind]
        if not rows:
            continue
        m = {"n": len(rows), "run": _pct(sum(d == "run" for _, d, _, _ in rows), len(rows)),
             "clarify": _pct(sum(d == "clarify" for _, d, _, _ in rows), len(rows)),
             "reject": _pct(sum(d == "reject" for _, d, _, _ in rows), len(rows))}
        if kind in RIGHT_KINDS:
            m["run_right"] = _pct(sum(d == "run" and r == e for e, d, r, _ in rows), len(rows))
            m["wrong_run"] = _pct(sum(d == "run" and r != e for e, d, r, _ in rows), len(rows))
        out["by_kind"][kind] = m
    return out


def noisy_benchmark(seeds: list[int], settings: ResolverSettings, split: str = "held") -> dict:
    old_class = old_resolver_class()
    systems = [TEACHAPP, *([OLD] if old_class else []), *BASELINES]
    per_system: dict[str, list] = {name: [] for name in systems}
    reasons: dict[str, Counter[str]] = {}
    for seed in seeds:
        home = build_home(seed, split=split)
        resolver = Resolver(_entries(home.phrases), settings)
        matchers = {name: make(home.phrases) for name, make in BASELINES.items()}
        old = old_class(_old_entries(home.phrases)) if old_class else None
        for case in home.cases:
            res = resolver.resolve(case.utterance)
            per_system[TEACHAPP].append((case.routine, res.decision, res.routine, case.kind))
            reasons.setdefault(case.kind, Counter())[res.reason] += 1
            if old is not None:
                was = old.resolve(case.utterance)
                per_system[OLD].append((case.routine, was.decision, was.routine, case.kind))
            for name, match in matchers.items():
                decision, routine, _ = match(case.utterance)
                per_system[name].append((case.routine, decision, routine, case.kind))
    out = {name: _summarise(o) for name, o in per_system.items()}
    out[TEACHAPP]["reasons_by_kind"] = {k: dict(c.most_common()) for k, c in reasons.items()}
    return out


def hwu_benchmark(seeds: list[int], settings: ResolverSettings) -> dict[str, dict]:
    old_class = old_resolver_class()
    names = [TEACHAPP, *([OLD] if old_class else []), *BASELINES]
    acc: dict[str, list[float]] = {name: [] for name in names}
    decisions: Counter[str] = Counter()
    for seed in seeds:
        taught, tests = hwu_few_shot(seed)
        resolver = Resolver(_entries(taught), settings)
        old = old_class(_old_entries(taught)) if old_class else None
        matchers = {name: make(taught) for name, make in BASELINES.items()}
        hits: Counter[str] = Counter()
        for text, intent in tests:
            ranked = resolver.rank(text, 1)
            hits[TEACHAPP] += bool(ranked) and ranked[0].routine == intent
            if old is not None:
                was = old.rank(text, 1)
                hits[OLD] += bool(was) and was[0].routine == intent
            res = resolver.resolve(text)
            decisions[res.decision + ("" if res.routine in (None, intent) else " (wrong)")] += 1
            for name, match in matchers.items():
                hits[name] += match(text)[1] == intent
        for name in acc:
            acc[name].append(100.0 * hits[name] / len(tests))
    total = sum(decisions.values())
    out = {name: {"mean": statistics.mean(v), "sd": statistics.pstdev(v), "per_seed": v}
           for name, v in acc.items()}
    out[TEACHAPP]["decisions"] = {k: round(100.0 * n / total, 2) for k, n in decisions.items()}
    return out


def _time_all(pairs: list[tuple[str, str]], n_queries: int, seed: int) -> dict[str, float]:
    """Median ms per utterance of new, old and a plain rapidfuzz scan, interleaved per
    query so that the load of a shared machine falls on all three alike."""
    start = time.perf_counter()
    resolver = Resolver(_entries(pairs))
    build = time.perf_counter() - start
    old_class = old_resolver_class()
    old = old_class(_old_entries(pairs)) if old_class else None
    texts = [p for p, _ in pairs]
    rng = random.Random(seed)
    queries = [noisy(rng.choice(pairs)[0], rng) for _ in range(n_queries)]
    queries += ["what is the weather like tomorrow", "play the party playlist"] * 10
    other = random.Random(seed + 1)  # warm caches on other utterances than those timed
    for q in [noisy(other.choice(pairs)[0], other) for _ in range(20)]:
        resolver.resolve(q)
        if old is not None:
            old.resolve(q)
    systems = {"new": resolver.resolve,
               "rapidfuzz": lambda q: process.extractOne(q, texts, scorer=fuzz.ratio)}
    if old is not None:
        systems["old"] = old.resolve
    times: dict[str, list[float]] = {name: [] for name in systems}
    first: dict[str, list[float]] = {name: [] for name in systems}
    for q in queries:
        # The first hearing of each utterance, timed once in CPU time (the thread's own,
        # which other work on a shared machine inflates far less than wall time): the
        # resolvers keep per-word caches, so a new utterance with a word not heard before
        # costs more than one said again, and a person's next utterance is new.
        for name, call in systems.items():
            t0 = time.thread_time_ns()
            call(q)
            first[name].append((time.thread_time_ns() - t0) / 1e6)
        # Then best of three, the systems interleaved: on a machine shared with other
        # work the minimum is the least disturbed measurement of each.
        best = dict.fromkeys(systems, math.inf)
        for _ in range(3):
            for name, call in systems.items():
                t0 = time.perf_counter_ns()
                call(q)
                best[name] = min(best[name], (time.perf_counter_ns() - t0) / 1e6)
        for name, value in best.items():
            times[name].append(value)
    out = {"build_s": build}
    for prefix, table in (("", times), ("first_", first)):
        for name, values in table.items():
            if values:
                values.sort()
                out[f"{name}_{prefix}median_ms"] = statistics.median(values)
                out[f"{name}_{prefix}p90_ms"] = values[int(0.9 * len(values))]
    return out


def _index_memory(pairs: list[tuple[str, str]], n_queries: int, seed: int) -> dict[str, float]:
    """MB a resolver of ``pairs`` holds (tracemalloc, in a pass of its own: tracing slows
    every allocation, so the timed pass runs without it): as built, at the peak of its
    build, and after ``n_queries`` noisy utterances have filled its per-word caches."""
    entries = _entries(pairs)
    # (the module-level tables a resolver loads once, on its first build and first
    # utterances, are loaded before tracing: they are no part of any one index)
    warm, rng = Resolver(entries[:3]), random.Random(seed)
    for _ in range(10):
        warm.resolve(noisy(rng.choice(pairs)[0], rng))
    tracemalloc.start()
    try:
        resolver = Resolver(entries)
        built, peak = tracemalloc.get_traced_memory()
        rng = random.Random(seed)
        for _ in range(n_queries):
            resolver.resolve(noisy(rng.choice(pairs)[0], rng))
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    mb = 1024.0 * 1024.0
    return {"index_mb": built / mb, "index_peak_mb": peak / mb, "index_used_mb": used / mb}


def latency_benchmark(sizes: list[int], n_queries: int) -> dict[str, dict]:
    cases = [(str(size), synthetic_phrases(size), size) for size in sizes]
    cases.append(("10000 shared (2000 x 5, ~70 words)", shared_vocabulary_phrases(), 7))
    return {name: {**_time_all(pairs, n_queries, seed), **_index_memory(pairs, n_queries, seed)}
            for name, pairs, seed in cases}


# -- tuning on seed 0 -------------------------------------------------------------------
def _fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and offset of P(correct | raw score) by Newton's method."""
    a, b = 1.0, 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a * x + b)))
        w = p * (1 - p) + 1e-9
        grad = np.array([np.sum((p - y) * x), np.sum(p - y)])
        hess = np.array([[np.sum(w * x * x), np.sum(w * x)], [np.sum(w * x), np.sum(w)]])
        step = np.linalg.solve(hess + 1e-6 * np.eye(2), grad)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


TUNING_SEEDS = DEV_SEEDS
"""Seed 0 and ten development homes; the reported seeds (1-3) are never among them."""


def tune(seeds: tuple[int, ...] = TUNING_SEEDS, extra: dict | None = None) -> dict:
    """Calibration and thresholds chosen on the tuning seeds (never on the reported ones)."""
    hwu_taught, hwu_tests = hwu_few_shot(seeds[0])
    base = ResolverSettings(extra=dict(extra or {}))
    rows = []  # (raw1, raw2, correct top, in scope)
    first_home = 0  # rows of the first seed: with HWU's, they fit the calibration
    for seed in seeds:
        home = build_home(seed, split="dev")
        resolver = Resolver(_entries(home.phrases), base)
        for case in home.cases:
            if case.kind == AMBIGUOUS:
                continue
            ranked = resolver.rank(case.utterance, 2)
            raw1 = ranked[0].raw if ranked else 0.0
            raw2 = ranked[1].raw if len(ranked) > 1 else 0.0
            right = bool(ranked) and ranked[0].routine == case.routine
            rows.append((raw1, raw2, right, case.routine is not None))
        first_home = first_home or len(rows)
    hwu = Resolver(_entries(hwu_taught), base)
    hwu_rows = []
    for text, intent in hwu_tests:
        ranked = hwu.rank(text, 2)
        hwu_rows.append((ranked[0].raw if ranked else 0.0,
                         ranked[1].raw if len(ranked) > 1 else 0.0,
                         bool(ranked) and ranked[0].routine == intent, True))
    # The calibration is fitted on one home and HWU, so both kinds of speech weigh
    # alike (all eleven homes would drown HWU and make the scores overconfident).
    data = np.array(rows[:first_home] + hwu_rows, dtype=float)
    mask = data[:, 0] > 0
    slope, offset = _fit_logistic(data[mask, 0], data[mask, 2])

    def cal(raw: np.ndarray) -> np.ndarray:
        return np.where(raw >= 1 - 1e-6, 1.0,
                        np.where(raw <= 0, 0.0, 1 / (1 + np.exp(-(slope * raw + offset)))))

    home_data = np.array(rows, dtype=float)
    s1, s2 = cal(home_data[:, 0]), cal(home_data[:, 1])
    right, ins = home_data[:, 2] > 0, home_data[:, 3] > 0
    best = None
    for run_t in np.arange(0.50, 0.99, 0.01):
        for margin in np.arange(MIN_MARGIN, 0.41, 0.02):
            run = (s1 >= run_t) & (s1 - s2 >= margin)
            acc = np.mean(run[ins] & right[ins])
            wrong = np.mean(run[ins] & ~right[ins])
            fa = np.mean(run[~ins])
            if wrong <= 0.002 and fa <= 0.01:
                key = (round(acc, 4), -run_t, -margin)
                if best is None or key > best[0]:
                    best = (key, float(run_t), float(margin), acc, wrong, fa)
    if best is None:
        return {"accuracy": 0.0}
    _, run_t, margin, acc, wrong, fa = best
    # Clarify: ask when a wrong guess is still unlikely to be out of scope noise.
    clar = None
    for clar_t in np.arange(0.20, run_t, 0.01):
        asked = (s1 >= clar_t) & ~((s1 >= run_t) & (s1 - s2 >= margin))
        oos_asked = np.mean(asked[~ins])
        if oos_asked <= 0.05:
            clar = float(clar_t)
            break
    return {"calibration": [round(slope, 3), round(offset, 3)], "run_threshold": round(run_t, 2),
            "margin": round(margin, 2), "clarify_threshold": round(clar or run_t, 2),
            "accuracy": acc * 100, "tuning_seed_wrong_run": wrong * 100,
            "tuning_seed_false_accept": fa * 100}


def multipart_benchmark(seeds: list[int], settings: ResolverSettings) -> dict[str, dict]:
    """Runs (false accepts) of two requests joined by "and", one not taught, on the
    development homes ``seeds`` (:mod:`_resolver_multipart`), per kind, as written and
    written without punctuation: nothing may run."""
    counts: dict[str, dict[str, list[int]]] = {}
    for seed in seeds:
        home = build_home(seed, split="dev")
        resolver = Resolver(_entries(home.phrases), settings)
        for case in multipart_cases(home, seed):
            for form, said in (("as written", case.utterance),
                               ("bare", unpunctuated(case.utterance))):
                n_run = counts.setdefault(case.kind, {}).setdefault(form, [0, 0])
                n_run[0] += 1
                n_run[1] += resolver.resolve(said).decision == "run"
    return {kind: {form: {"n": n, "false_accept": _pct(run, n)}
                   for form, (n, run) in forms.items()} for kind, forms in counts.items()}


def _print_noisy(res: dict[str, dict]) -> None:
    print("\n(a) household utterances (homes: see below) accuracy  clarify  wrong-run  missed"
          "  false-accept  oos-clarify  unclear-run")
    for name, m in res.items():
        print(f"  {name:42s} {m['accuracy']:7.2f}% {m['clarify_right']:7.2f}% "
              f"{m['wrong_run']:8.2f}% {m['missed']:7.2f}% {m['false_accept']:10.2f}% "
              f"{m['oos_clarify']:10.2f}% {m['unclear_run']:10.2f}%")
    new, old = res[TEACHAPP], res.get(OLD)
    print(f"  in scope {new['in_scope']}, out of scope {new['out_of_scope']}, unclear "
          f"{new['unclear']} (real requests holding a whole taught phrase: reported apart)")
    print("\n  per kind (run / clarify / reject %)      new                      old"
          "                      " + "  ".join(f"{n.split()[0]:>8s}" for n in BASELINES))
    for kind, m in new["by_kind"].items():
        o = old["by_kind"].get(kind, {}) if old else {}
        right = f" right {m['run_right']:5.1f} wrong {m['wrong_run']:4.1f}" \
            if "run_right" in m else ""
        base = "  ".join(f"{res[n]['by_kind'][kind]['run']:7.1f}%" for n in BASELINES)
        print(f"  {kind:34s} n={m['n']:<4d} {m['run']:5.1f} {m['clarify']:5.1f} {m['reject']:5.1f}"
              f"   |  {o.get('run', 0):5.1f} {o.get('clarify', 0):5.1f} {o.get('reject', 0):5.1f}"
              f"   |  {base}{right}")
    if any(kind in new["by_kind"] for kind in HEARD_KINDS):
        print("  (heard*: real Whisper transcripts of spoken phrases and requests, outside "
              "the aggregates above: 'heard' as the app listens, 'no prompt' with open "
              "vocabulary; 'unrecoverable': the transcript lost the phrase)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer seeds and queries")
    parser.add_argument("--tune", action="store_true",
                        help="choose thresholds on the tuning seeds and use them (print them)")
    parser.add_argument("--latency", action="store_true", help="only the timings (d)")
    parser.add_argument("--dev", action="store_true",
                        help="report on the development homes instead (for tuning by hand)")
    parser.add_argument("--sets", metavar="SPLIT,...",
                        help="only these held-out household sets (a), e.g. 'sixth' or "
                             "'fifth,sixth'; no HWU64 or timings")
    args = parser.parse_args(argv)
    if not args.latency and (missing := datasets_missing()) is not None:
        parser.error(missing)
    if args.sets is not None and (args.latency or args.dev):
        parser.error("--sets names held-out sets: use it without --latency and --dev")
    settings = ResolverSettings()
    report: dict = {}
    if args.tune:
        tuned = tune()
        report["tuned"] = tuned
        print(f"tuned on seeds {TUNING_SEEDS}:", json.dumps(tuned))
        if "calibration" not in tuned:
            print("no thresholds meet the safety limits on the tuning seeds")
            return 1
        settings = ResolverSettings(run_threshold=tuned["run_threshold"],
                                    clarify_threshold=tuned["clarify_threshold"],
                                    margin=tuned["margin"],
                                    extra={"calibration": tuned["calibration"]})
    report["settings"] = {"run_threshold": settings.run_threshold,
                          "clarify_threshold": settings.clarify_threshold,
                          "margin": settings.margin}
    if args.latency:
        runs = []
    elif args.dev:
        runs = [("noisy", "dev", list(TUNING_SEEDS[:4] if args.quick else TUNING_SEEDS))]
    else:
        runs = [("noisy" if split == "held" else f"noisy_{split}", split,
                 list(seeds[:1] if args.quick else seeds))
                for split, seeds in HELD_OUT_SETS.items()]
    if args.sets:
        wanted = {s.strip() for s in args.sets.split(",") if s.strip()}
        unknown = sorted(wanted - {split for _, split, _ in runs})
        if unknown:
            parser.error(f"--sets: no set named {', '.join(unknown)}; choose from "
                         f"{', '.join(split for _, split, _ in runs)}")
        runs = [run for run in runs if run[1] in wanted]
    for key, split, seeds in runs:
        report[key] = noisy_benchmark(seeds, settings, split)
        report[key]["homes"] = {"split": split, "seeds": seeds}
        print(f"\n== homes: {split} split, seeds {seeds} ==")
        _print_noisy({k: v for k, v in report[key].items() if k != "homes"})
    if args.sets:
        out = RESULTS.with_name("resolver-sets.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2, default=float))
        print(f"\nwrote {out}")
        return 0
    if not args.latency and not args.sets:
        seeds = list(DEV_SEEDS[:2] if args.quick else DEV_SEEDS)
        report["multipart_dev"] = multipart_benchmark(seeds, settings)
        print(f"\n(a2) two requests joined by 'and', one not taught (dev homes {seeds}): "
              "false accepts")
        for kind, forms in report["multipart_dev"].items():
            print(f"  {kind:50s} " + "  ".join(
                f"{form} {m['false_accept']:5.1f}% (n={m['n']})" for form, m in forms.items()))
    if not args.latency:
        report["hwu64_iot_10shot"] = hwu_benchmark([1, 2] if args.quick else [1, 2, 3, 4, 5],
                                                   settings)
        print("\n(b) HWU64-iot 10-shot top-1 accuracy (mean ± sd over seeds)")
        for name, m in report["hwu64_iot_10shot"].items():
            print(f"  {name:42s} {m['mean']:6.2f} ± {m['sd']:.2f}")
        print(f"  teachapp decisions: {report['hwu64_iot_10shot'][TEACHAPP]['decisions']}")
    sizes = [100, 1000] if args.quick else [100, 1000, 10000]
    report["latency"] = latency_benchmark(sizes, 100 if args.quick else 400)
    print(f"\n(d) resolve latency, median (p90) ms; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n"
          "    first hearing of each utterance (CPU time) / said again (best of 3, wall)\n"
          "                                        new               old"
          "               rapidfuzz extractOne   build")
    nan = float("nan")
    for size, m in report["latency"].items():
        for label, prefix in (("first", "first_"), ("again", "")):
            cells = "  ".join(f"{m.get(f'{k}_{prefix}median_ms', nan):7.3f} "
                              f"({m.get(f'{k}_{prefix}p90_ms', nan):6.3f})"
                              for k in ("new", "old", "rapidfuzz"))
            print(f"  {size + ', ' + label:36s} {cells}   {m['build_s']:5.2f} s")
    print("\n    memory of the new index (tracemalloc, MB): as built / peak while building / "
          "after the queries")
    for size, m in report["latency"].items():
        print(f"  {size:36s} {m['index_mb']:7.1f} / {m['index_peak_mb']:7.1f} / "
              f"{m['index_used_mb']:7.1f}")
    report["load_average"] = os.getloadavg()[0]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    out = RESULTS.with_name("resolver-latency.json") if args.latency else RESULTS
    out.write_text(json.dumps(report, indent=2, default=float))
    print(f"\nwrote {out}")
    return 0 if args.latency or not math.isnan(report["noisy"][TEACHAPP]["accuracy"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
