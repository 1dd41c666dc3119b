"""Conversation commands: questions about the assistant and requests to change what
it was taught, told apart from phrases before the resolver ever sees them.

Pure functions over text. A sentence such as "forget study mode" must never run
Study mode, and must never become alias evidence, so these are recognised first
(``agent._dispatch``) and answered by ``explain``, ``knowledge`` and ``manage``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .social import PATTERN as _SOCIAL
from .time_words import WHEN_OPENS
from .usage import asked_how, usage_topic

__all__ = ["Talk", "TalkKind", "listening_vocabulary", "parse_talk", "spoken_forms",
           "strip_punctuation", "teaching_vocabulary"]

TalkKind = Literal["explain", "explain_done", "explain_miss", "explain_run", "explain_undo",
                   "taught", "devices",
                   "describe", "howto", "forget", "rename", "add_phrase", "remove_phrase",
                   "thanks", "greet",
                   "recap", "add_step", "remove_step", "last_run", "unusual", "about_me",
                   "why_state", "how_long", "call", "rename_ask", "phrase_ask", "which_routine",
                   "repeat", "past_state",
                   "bye", "switch_routine", "usage", "social", "edit_ask", "uses_device",
                   "copy_like", "how_command"]


@dataclass(frozen=True)
class Talk:
    """One conversation command: its kind, the routine it names (words as said, or
    "it" for the one just talked about) and the new name or phrase it gives."""

    kind: TalkKind
    target: str = ""
    value: str = ""
    routine_last: bool = False
    """The routine was said after the change ("set the tv to 30 percent in film night"):
    an edit only when it names a routine of this home (``manage.answered_talk``), else
    the words go on as a command ("turn the lamp off in five minutes")."""


_I = re.IGNORECASE
_LEAD = (r"(?:(?:hey|ok|okay|so|and|but|please|um|uh|well|can you|could you|would you|"
         r"remind me|tell me|do you know)\s+)*")
_TAIL = r"(?:\s+(?:please|thanks|thank you|now|again|anymore|any more))*"
_ROUTINE_WORD = r"(?:the\s+)?(?:routine\s+|phrase\s+)?"
_STEP_NOUN = r"(?:steps?|bits?|parts?|lines?|settings?)"
_STEP_VERBS = ("turn", "switch", "set", "change", "open", "close", "lock", "unlock", "dim",
               "brighten", "touch")
_STEP_VERB = r"(?:(?:turn|switch)(?: on| off)?|" + "|".join(_STEP_VERBS[2:]) + ")"
_STEP_VERB_ING = (r"(?:(?:turning|switching)(?: on| off)?|setting|changing|opening|closing|"
                  r"locking|unlocking|dimming|brightening|touching)")
"""What a step does, as said of it: "turn on the fan", "turning on the fan"."""

_HOW_OFTEN_WHEN = (r"(?: (?:this week|so far|at all|lately|recently|today|in total|"
                   r"altogether|till now|until now|up to now))?")
"""What may end "how many times has bedtime run": the count said is the same."""

_ASKED_ABOUT_ALL = r"(?:what|which|how many) (?:are |is )?(?:all )?(?:of )?(?:the |my |your |our )?"
"""The head of a question about a whole collection: "what are all my", "how many"."""
_ABOUT_ALL_TAIL = (r"(?: (?:(?:do|did|can|could) (?:you|i|we) (?:have|know|got|remember|run|"
                   r"do|understand|keep|store|control|switch|see)(?: about)?|"
                   r"(?:have|did) (?:i|we) (?:taught|teach|saved|made|set up|given)(?: you)?|"
                   r"(?:have|has) you got|(?:are|is) (?:there|saved|stored|set up|taught|known|"
                   r"in the house|at home)|"
                   r"(?:do|did) (?:i|we) (?:have|teach you|make|set up)))?"
                   r"(?: (?:so far|yet|now|already|at the moment|at home|in the house))?")
"""What may follow: only having, knowing or being there, never a state ("which lights
are on" is a question about devices' states, not a request for the list)."""
_LIST_ALL = (r"(?:list|show|tell|read|give|name)(?: me| us)?(?: out)? (?:all )?(?:of )?"
             r"(?:the |my |your |our )?")

_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|"
                 r"three|four|five|six|seven|eight|nine))?|one hundred|a hundred|hundred|ten|"
                 r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                 r"nineteen|one|two|three|four|five|six|seven|eight|nine)")
"""A number as a recogniser writes it ("forty", "twenty two"): "why is the lamp at forty
percent?" is the same question as "... at 40 %"."""

_PRAISE = r"(?:great|perfect|lovely|brilliant|nice|good|awesome|cool|amazing|excellent)"
_THANKS = (r"(?:thanks?(?: you)?(?: (?:very|so) much| a lot| a million| again)?|cheers|ta|thx|"
           r"much appreciated|good job|well done|nice one|(?:that'?s|that is|that was) "
           r"(?:(?:just|really|so) )?(?:great|perfect|lovely|better|brilliant|amazing|"
           r"helpful|much better|exactly (?:it|right)))")
"""A thanks, or praise that says as much ("that's perfect"), as one part of a thanks."""

_PAST_DONE = (r"(?P<done>turn(?:ed)?|switch(?:ed)?|lock(?:ed)?|unlock(?:ed)?|open(?:ed)?|"
              r"close(?:d)?|shut)(?: (?P<on>on|off))? (?P<target>.+?)"
              r"(?: (?P<on2>on|off))?")
"""What was done to which device, said of someone: "lock the door", "turn the tv off"."""
_PAST_WENT = (r"(?:get |got |gotten |been |go |gone |come |came |turn |switch )?(?P<state>"
              r"(?:turned|switched) (?:on|off)|on|off|locked|unlocked|opened|closed|shut|"
              r"lock|unlock|open|close)")
"""What happened to a device: "get turned off", "go off", "been locked"."""
_PAST_SINCE = (r"(?: (?:today|tonight|last night|this morning|this evening|yet|earlier|at all|"
               r"already))?")

_AWAY = (r"(?:while|when|whilst) (?:i|we) (?:was|were) (?:out|away|gone|not (?:here|home|in)|"
         r"asleep|sleeping|at work|in bed)|"
         r"since (?:i|we) (?:left|went out|went to bed|was last here|were last here)")
"""The time the person was out or asleep ("while I was out"), which ``recap.away_of``
reads from the gaps between their turns; "recap" is given "away:" and the words said
back ("away:while you were out")."""
_SAID_BACK = ((re.compile(r"\b(?:i|we) (?:was|were)\b", re.IGNORECASE), "you were"),
              (re.compile(r"\b(?:i|we)\b", re.IGNORECASE), "you"))

_RAW: list[tuple[TalkKind, str]] = [
    ("greet", r"(?:(?:hello|hi|hiya|howdy|hey)(?: there| you)?|(?:are )?you there|"
              r"are you (?:awake|listening))"
              r"(?:\s+(?:alexa|google|computer|house|siri|teachapp))?|"
              r"(?:alexa|google|computer|siri|teachapp)"),  # a wake word alone ("ok google";
    # the app's own name: "teachapp" alone was offered as a phrase to learn)
    # praise around the thanks too: "thanks, that's great", "thank you so much, perfect"
    # (they were offered as phrases to learn)
    ("thanks", rf"(?:(?:{_PRAISE}|ok|okay),?\s+)?{_THANKS}(?:,?\s+(?:and\s+)?(?:{_THANKS}|"
               rf"{_PRAISE}(?: thanks?)?))*(?:\s+(?:alexa|google|computer|house|teachapp))?"),
    ("bye", r"(?:ok(?:ay)? )?(?:(?:good)?bye(?: bye| now| for now)?|"
            r"see (?:you|ya)(?: later| soon)?|cheerio|later|that'?s all for now|"
            r"talk (?:to you )?later)"
            r"(?:\s+(?:alexa|google|computer|house|siri|teachapp))?"),
    # "you're great", "i love you", "no worries": small talk said to the assistant, with a
    # friendly reply (``social``); they were offered as phrases to learn
    ("social", rf"(?P<target>{_SOCIAL})(?:,?\s+(?:alexa|google|computer|house|siri|"
               r"teachapp))?"),
    ("about_me", r"(?:who|what) (?:are|r) (?:you|u)(?: exactly)?|"
                 r"what(?:'?s| is) your name|what (?:should|do|can) i call you|"
                 r"(?:do )?you have a name|(?:are|r) (?:you|u) (?:a robot|a person|human|real|"
                 r"a computer|an ai|alexa|siri|google)|who (?:made|built|wrote) you|"
                 r"(?P<value>how are (?:you|u|things)(?: (?:doing|today|keeping|going))*|"
                 r"how(?:'?s| is) it going|you (?:all right|alright|ok|okay)|"
                 r"are you (?:all right|alright|ok|okay|well))"
                 r"(?:\s+(?:alexa|google|computer|house|siri))?"),
    # "say that again", "pardon?": the last reply again (a spoken reply is easily missed;
    # it was "I don't know 'say that again'. Shall I learn it?")
    ("repeat", r"(?:(?:can|could|would) you )?(?:say|repeat) (?:that|it|this)(?: again)?|"
               r"repeat(?: yourself)?|say again|(?:please )?come again|"
               r"what did you (?:just )?say|(?:sorry|pardon)(?: me)?|what|huh|eh|"
               r"i didn'?t (?:catch|hear|get|understand) (?:that|it|you|what you said)"),
    ("explain_miss", r"why (?:didn'?t|did not|did you not|don'?t|won'?t|wouldn'?t|couldn'?t)"
                     r"(?: you)?(?P<rest>\s.*)?"),
    ("explain_miss", r"why (?:did you|do you) (?:ask|not understand|not do anything|reject|"
                     r"ignore)(?P<rest>\s.*)?"),
    # "why did you undo that?", "why was it put back?": the last undo (it was offered for
    # teaching)
    ("explain_undo", r"why (?:did you |have you |was (?:that |it |this )?|were (?:they |those "
                     r"|them )?)(?:undo|undone|put|take|taken|took|reverse|reversed|restore|"
                     r"restored)\b(?: (?:that|it|this|them|things|everything|the last (?:one|"
                     r"run|thing)))?(?: back)?(?: (?:that|it|this|them))?"),
    # "what did you just undo?", "what was put back?": the same (offered for teaching)
    ("explain_undo", r"what (?:did (?:you|that|it) (?:just )?(?:undo|put back|take back)|"
                     r"(?:was|got|has been|did you) (?:just )?(?:undone|put back|taken back))"),
    ("explain", r"why(?: did you(?: do| run| say)?(?: that| this| it)?| that| so| was that)?"),
    ("explain", r"why did (?:that|this|it) (?:just )?(?:happen|run)"),
    # "why did you just do that", "why did I just do it" (the person's "I" for the request
    # they said, or "you" misheard): the last turn; they were offered for teaching
    ("explain", r"why did (?:you|i|it|we) just (?:do|run|say) (?:that|this|it)|"
                r"why did (?:i|it) (?:do|run|say) (?:that|this|it)"),
    ("explain", r"why did you (?P<value>(?:turn|switch|set|run|start|open|close|do|lock|"
                r"unlock|change|dim|play|stop)\b.*)"),
    # ("what did I do today": the person's doing is the day's as well; it was offered
    # for teaching)
    ("recap", r"(?:what|anything) (?:did (?:you|i|we) (?:do|run)|have (?:you|i|we) "
              r"(?:done|run)|happen(?:ed)?|"
              r"has happened|went on|was on|ran|(?:did|have) i miss(?:ed)?)"
              r"(?: (?:in the house|at home|here|in the home))? (?P<value>today|this morning|"
              r"this afternoon|this evening|tonight|yesterday|so far today|last night|"
              r"overnight|" + _AWAY + r")|"
              r"what (?:has )?changed (?P<value3>today|this morning|this afternoon|this "
              r"evening|tonight|yesterday|so far today)|"
              r"what'?s (?:happened|been happening|been going on) (?P<value2>today|this "
              r"morning|this afternoon|this evening|tonight|" + _AWAY + r")"),
    ("unusual", r"(?:is (?:there )?|are there )?(?:anything|something|things) (?:unusual|odd|"
                r"strange|out of the ordinary|out of place|amiss|wrong|not as usual)"
                r"(?: (?:at home|in the house|in the home|here|going on|today|tonight))?|"
                r"what(?:'?s| is) (?:unusual|odd|strange|out of place|amiss)"
                r"(?: (?:at home|in the house|here|today|tonight))?|"
                r"(?:do you have |have you got |got )?any hunches|what are your hunches|"
                r"(?:(?:show|tell|give|read)(?: me)? )?(?:the |your |my )?hunches|"
                r"what hunches (?:do you have|have you got|are there)|"
                r"(?:(?:have|did) you )?noticed? anything(?: (?:unusual|odd|strange|new))?"
                r"(?: (?:at home|in the house|here|today|tonight|lately))?|"
                r"what (?:have|did) you noticed?(?: (?:at home|in the house|today|tonight|"
                r"lately))?|"
                r"(?:does |do )?anything (?:look|seem)s? (?:unusual|odd|strange|wrong|off)"),
    # "did you lock the door?", "did the tv get turned off?", "when did the lights go
    # off?": a device's past, from the history (``device_why.past_lines``); before
    # "last_run", which reads "when did the lights go on" as a routine "the lights go"
    ("past_state", r"(?P<value>when|what time|at what time) (?:did|have|has) (?:you|anyone|"
                   r"anybody|someone|somebody) (?:last )?" + _PAST_DONE + r"|"
                   r"(?P<value2>when|what time|at what time) (?:did|was|were|have|has) "
                   r"(?!you\b|that\b|this\b|i\b|we\b)(?P<target2>.+?) (?:last )?"
                   + _PAST_WENT),
    ("past_state", r"(?:did|have|has) (?:you|anyone|anybody|someone|somebody) (?:just |already "
                   r"|ever )?" + _PAST_DONE + _PAST_SINCE + "|"
                   r"(?:did|has|have) (?!you\b|that\b|this\b|i\b|we\b|.*\b(?:leave|left)\b)"
                   r"(?P<target2>.+?) "
                   r"(?:just |already |ever )?" + _PAST_WENT + _PAST_SINCE),
    ("last_run", r"(?:when|(?:at )?what time) (?:did|was) (?:you )?(?:last )?(?:run |start "
                 r"|use )?" + _ROUTINE_WORD
                 + r"(?P<target>.+?) (?:last )?(?:run|ran|used|started|on)(?: last)?|"
                 r"when did (?:i|you|we) last (?:run|use|start|say) " + _ROUTINE_WORD
                 + r"(?P<target2>.+?)|"
                 r"(?:has|did) " + _ROUTINE_WORD + r"(?P<target3>.+?) (?:run|ran|been run|"
                 r"started|happened)(?: (?P<value>yet|today|this morning|this afternoon|"
                 r"this evening|tonight|at all))?|"
                 r"(?:have|did) you (?:run|started?) " + _ROUTINE_WORD
                 + r"(?P<target4>.+?) (?P<value2>yet|today|this morning|this afternoon|"
                 r"this evening|tonight)|"
                 # "how many times have I used bedtime?", "how often has bedtime run?"
                 r"(?P<value3>how many times|how often) (?:have|has|did|do|does) (?:i|you|we) "
                 r"(?:run|ran|used?|started?|said|asked for|had) " + _ROUTINE_WORD
                 + r"(?P<target5>.+?)" + _HOW_OFTEN_WHEN + "|"
                 r"(?P<value4>how many times|how often) (?:has|did|does|is|was) " + _ROUTINE_WORD
                 + r"(?P<target6>.+?) (?:run|ran|been run|been used|used|been started|started)"
                 + _HOW_OFTEN_WHEN),
    # "why is the tv on?", "who turned the heating off?": a device's state and its newest
    # change, from the history (``device_why``); "why did you ..." is about the last turn
    ("why_state", r"why(?: is| are|'s|s) (?!it\b|that\b|this\b|you\b)(?P<target>.+?) (?:still )?"
                  r"(?P<value>on|off|open|closed|shut|locked|unlocked|up|down|playing|"
                  r"running|(?:so|that|this) (?:bright|dim|dark|loud|quiet|hot|warm|cold|low|"
                  r"high)|(?:turned|switched) (?:on|off)|dimmed|half (?:open|closed|shut)|"
                  # a level: "why is the lamp at 40?", "why is the heating on 24 degrees?"
                  r"(?:at|on|set to|turned up to|up at|down at|down to) (?:\d+(?:\.\d+)?|full|"
                  r"max(?:imum)?|half|" + _NUMBER_WORDS + r")(?: ?(?:%|percent|per cent|"
                  r"degrees?|°c?))?)"),
    ("why_state", r"why (?:did|has|have) (?!you\b|it\b|that\b|this\b|i\b|we\b)"
                  r"(?P<target>.+?) (?:just )?(?P<value>(?:turn(?:ed)?|switch(?:ed)?|go|gone|"
                  r"come|came) (?:on|off)|open(?:ed)?|close(?:d)?|lock(?:ed)?|unlock(?:ed)?|"
                  r"change(?:d)?)"),
    ("why_state", r"(?:who|what) (?:turned|switched|put|left) (?P<value>on|off) "
                  r"(?P<target>.+?)|(?:who|what) (?:turned|switched|put|left) "
                  r"(?!it\b|that\b|them\b)(?P<target2>.+?) (?P<value2>on|off)|"
                  r"(?:who|what) (?P<value3>opened|closed|locked|unlocked|changed|dimmed) "
                  r"(?!it\b|that\b|them\b)(?P<target3>.+?)"),
    # "what did you do?": the newest turn that did something, past the questions asked
    # since (it explained "is the front door locked?": "… it changed no device.")
    ("explain_done", r"what (?:did you|have you)(?: just)? (?:do|done|did)"),
    ("explain", r"what just happened|"
                r"what happened(?: just now)?|what was that"),
    # "what ran last": the newest run, told as "what did you just do" tells a turn
    ("explain_run", r"what (?:ran|was run|did you run|did you do|have you run) (?:last|most "
                r"recently)|what(?: was| is|'s|s) the last (?:thing|routine|command)"
                r"(?: (?:you (?:ran|did|run)|that ran|to run|run))?"),
    ("explain", r"explain(?: that| this| yourself| what you did| the last turn)?|"
                r"how did you (?:know|decide)(?: that)?"),
    ("taught", r"what (?:did|have) i (?:teach|taught) you(?: so far)?|"
               r"what do you know|(?:tell me )?what (?:do )?you know|"
               + _ASKED_ABOUT_ALL + r"(?:routines|phrases|commands)" + _ABOUT_ALL_TAIL + "|"
               r"(?:which|what) routines (?:do you|can you)(?: know| do| run)?|"
               + _LIST_ALL + r"(?:routines|phrases)|"
               r"list|what have you learned|what did you learn"),
    ("devices", _ASKED_ABOUT_ALL + r"(?:devices|things|lights|lamps|plugs|switches)"
                + _ABOUT_ALL_TAIL + "|"
                r"what (?:devices|things) (?:do you|can you|do i|have you|are there)"
                r"(?: have| know| see| control| got| know about)?|"
                r"(?:which|what) devices(?: are there)?|"
                + _LIST_ALL + r"devices|"
                r"what can you (?:control|switch)|"
                # "what do you have?", "what's in my home?" (were "I don't know …" and
                # "I can't answer …": a first question of a new user)
                r"what (?:do|have) you (?:have|got)(?: here| in (?:my|the|this) "
                r"(?:home|house|flat))?|what(?:'s| is) (?:there )?in (?:my|the|this|our) "
                r"(?:home|house|flat|apartment)|what(?:'s| is) there in (?:my|the|this|our) "
                r"(?:home|house|flat|apartment)"),
    ("how_long", r"how long (?:does|will|do|would) " + _ROUTINE_WORD + r"(?P<target>.+?) "
                 r"(?:take|last|run|go on|keep going)(?: for)?(?: to (?:run|finish))?|"
                 r"how long is " + _ROUTINE_WORD + r"(?P<target2>.+?)"),
    # "what did movie night do": its last run (``value`` "did"), not its steps to come
    ("describe", r"what (?:does|will|would|(?P<value>did)) " + _ROUTINE_WORD
                 + r"(?P<target>.+?) do|"
                 r"what " + _ROUTINE_WORD + r"(?P<target4>.+?) does|"
                 r"what happens (?:when|if) (?:i|you) (?:say|run|start) " + _ROUTINE_WORD
                 + r"(?P<target2>.+?)|"
                 r"(?:describe|tell me about|explain) (?:the )?routine (?P<target3>.+)|"
                 # "what does movie night have in it", "what steps are in movie night"
                 # (it was 'I don't know …. Shall I learn it?')
                 # "what does book time mean": a phrase said back, with its routine
                 r"what (?:does|do) (?:the phrase |the alias )?(?P<target7>.+?) "
                 r"(?P<value2>mean)|"
                 r"what (?:steps )?(?:does|do) " + _ROUTINE_WORD + r"(?P<target5>.+?) (?:have|"
                 r"contain|include)(?: in it)?|what steps (?:are|does|do) (?:in |there in )?"
                 + _ROUTINE_WORD + r"(?P<target6>.+?)(?: have| contain| include)?"),
    # "which routines use the lamp", "what routines turn on the tv": the routines
    # whose steps set the devices named (it said the lamp's state: "Desk lamp is off.")
    ("uses_device", r"(?:which|what) (?:routines?|of my routines) (?:use|uses|turn on|turns on|"
                    r"turn off|turns off|switch on|switch off|set|sets|change|changes|have|"
                    r"has|include|includes|control|controls|touch|touches|open|opens|close|"
                    r"closes|lock|locks|dim|dims) (?P<value>.+?)(?: in (?:them|it))?|"
                    r"(?:which|what) routines? "
                    r"(?:is|are) (?P<value2>.+?) in"),
    # "make bedtime like movie night but with the lamp at 20 %": its steps copied, a
    # change said after "but" made to them (it was 'I don't know …. Shall I learn it?')
    ("copy_like", r"(?:make|have|set up|create|do) " + _ROUTINE_WORD + r"(?P<target>.+?) "
                  r"(?:(?:just |exactly )?like|the same as|a copy of) " + _ROUTINE_WORD
                  + r"(?P<value>.+?)|" + _ROUTINE_WORD + r"(?P<target2>.+?) should (?:be|do) "
                  r"(?:(?:just |exactly )?like|the same as|what) " + _ROUTINE_WORD
                  + r"(?P<value2>.+?)(?: does)?|copy " + _ROUTINE_WORD + r"(?P<value3>.+?) "
                  r"(?:as|to|into) (?:a new routine (?:called )?)?(?P<target3>.+?)|"
                  r"(?:make|create) (?:a )?copy of " + _ROUTINE_WORD + r"(?P<value4>.+?),? "
                  r"(?:called|named|and call it) (?P<target4>.+?)"),
    ("howto", r"how (?:(?:do|can|should|would) (?:i|we|you) |to )(?:start|run|trigger|use|"
              r"activate|say|call|get|turn on|launch) " + _ROUTINE_WORD + r"(?P<target>.+?)|"
              r"what (?:do|should|can) i say (?:for|to (?:start|run|get|trigger)) "
              + _ROUTINE_WORD + r"(?P<target2>.+?)|"
              r"what(?: are| is|'s|s) the (?:phrases?|words|command) (?:for|of|to start) "
              + _ROUTINE_WORD + r"(?P<target3>.+?)"),
    # "what's film night do?": the spoken "what's" for "what does"
    ("describe", r"what(?:'s| is|s) " + _ROUTINE_WORD + r"(?P<target>.+?) (?:do|for)"),
    # "what is movie night?": only when the words are a routine's name or phrase as
    # taught (``manage.answered_talk``); "what's on" goes on as any question
    ("describe", r"what(?:'s| is|s) (?:in )?" + _ROUTINE_WORD + r"(?P<target>.+?)(?: routine)?"),
    # "show me movie night": the routine shown, as "what does movie night do" tells it
    # (the resolver hands it on, a routine command); only a routine's name or phrase as
    # taught (``manage.answered_talk``): "show me the weather" goes on
    ("describe", r"show(?: me| us)? " + _ROUTINE_WORD + r"(?P<target>.+?)(?: routine)?"),
    ("rename", r"(?:rename|change the name of) " + _ROUTINE_WORD
               + r"(?P<target>.+?) (?:to|as|into) (?P<value>.+?)"),
    ("rename", r"(?:call|name) " + _ROUTINE_WORD + r"(?P<target>.+?) (?P<value>.+?) instead"),
    # "forget", "delete a routine", "rename good morning": the name or the routine left
    # out, asked for (they were "I don't know 'forget'. Shall I learn it?")
    ("which_routine", r"(?:i (?:want|would like|'d like) to )?(?P<value>forget|delete|remove|"
                      r"erase|rename|change|edit)"
                      r"(?: (?:a|the|one|my|one of my|some) routines?| routines?)?"),
    # "disable evening", "turn off the evening routine", "enable evening": a routine
    # switched off or on ("enable evening" ran it; "disable evening" asked "did you mean
    # evening?"); only for a routine of this home (``manage.answered_talk``)
    ("switch_routine", r"(?P<value>enable|re-?enable|activate|reactivate|resume|unpause|"
                       r"disable|deactivate|pause|suspend) (?:the )?(?:routine )?"
                       r"(?P<target>.+?)(?: routine)?(?: again| for now| for a while)?|"
                       r"(?:turn|switch) (?P<value2>on|off) (?:the )?(?P<target2>.+?) routine"
                       r"(?: again| for now| for a while)?|"
                       r"(?:turn|switch) (?:the )?(?P<target3>.+?) routine (?P<value3>on|off)"
                       r"(?: again| for now| for a while)?|"
                       # "turn wake up back on": only of a routine switched off
                       # (``manage.answered_talk``); it was "Did you mean wake up?"
                       r"(?:turn|switch|put) (?:the )?(?P<target4>.+?)(?: routine)? "
                       r"(?P<value4>back on|on again)"),
    ("rename_ask", r"(?:rename|change the name of) " + _ROUTINE_WORD + r"(?P<target>.+?)"),
    ("add_phrase", r"(?:you can |please )?also call (?P<target>it|that|this|them) (?P<value>.+?)"),
    # "call movie mode film night", "name movie mode film night too", "also call movie
    # mode film night": a routine and a new phrase with nothing between them; where one
    # ends is only known from what was taught (``manage.answered_talk`` splits it)
    ("call", r"(?:you can |please )?(?:also )?(?:call|name) (?!it\b|that\b|this\b|them\b)"
             r"(?P<target>.+?)(?: too| as well| also)?"),
    ("add_phrase", r"call (?P<target>it|that|this) (?P<value>.+?) (?:too|as well)"),
    # "add a phrase to movie mode", "give movie mode another name": the phrase asked for
    # (it was read as a step to add: "What should movie mode do with it? …")
    ("phrase_ask", r"(?:add|give|teach (?:you|me)|make) (?:a|an|another|a new|one more|a "
                   r"second|an extra|other) (?:phrase|name|alias|nickname) (?:to|for|of) "
                   + _ROUTINE_WORD + r"(?P<target>.+?)|"
                   r"give " + _ROUTINE_WORD + r"(?P<target2>.+?) (?:a|an|another|a new|one "
                   r"more|a second|an extra) (?:phrase|name|alias|nickname)|"
                   r"(?:add|give|teach (?:you|me)|make) (?:another|a new|one more|a second|an "
                   r"extra|other) way to (?:say|start) " + _ROUTINE_WORD + r"(?P<target3>.+?)"),
    ("add_phrase", r"add (?:the |a )?phrase (?P<value>.+?) (?:to|for) " + _ROUTINE_WORD
                   + r"(?P<target>.+?)"),
    # (not "make cosy evening run every weekday at 7": a schedule, ``schedule_talk``)
    ("add_phrase", r"(?:let|make) (?P<value>.+?) (?:also )?(?:start|run|mean|trigger) "
                   r"(?!" + WHEN_OPENS + ")"
                   + _ROUTINE_WORD + r"(?P<target>.+?)(?: too| as well)?"),
    ("remove_phrase", r"(?:stop calling|don'?t call|do not call|never call) "
                      r"(?P<target>it|that|this|them|.+?) (?P<value>.+?)"),
    # "stop responding to rise and shine": was read as cancelling the routine it starts
    # ("Shall I undo good morning?")
    ("remove_phrase", r"(?:stop|quit) (?:responding|answering|reacting) to (?:the phrase )?"
                      r"(?P<value>.+?)|(?:don'?t|do not) (?:respond|answer|react) (?:any ?more )?"
                      r"to (?:the phrase )?(?P<value2>.+?)"),
    # "forget that book time means reading mode", "book time doesn't mean reading mode",
    # "stop taking book time to mean reading mode": the phrase taken off that routine
    # (they asked to forget all of Reading mode, "Shall I undo reading mode?" and "OK, I
    # won't run reading mode.")
    ("remove_phrase", r"(?:forget|unlearn) (?:that )?(?:the phrase |the alias )?(?P<value>.+?) "
                      r"(?:means|is) " + _ROUTINE_WORD + r"(?P<target>.+?)|"
                      r"(?P<value2>.+?) (?:doesn'?t|does not|shouldn'?t|should not|won'?t|will "
                      r"not) (?:mean|start|run) " + _ROUTINE_WORD
                      + r"(?P<target2>.+?)(?: any ?more)?|"
                      r"(?:stop|quit|don'?t|do not) (?:taking|take|treating|treat) (?P<value3>.+?)"
                      r" (?:to mean|as) " + _ROUTINE_WORD + r"(?P<target3>.+?)(?: any ?more)?"),
    ("remove_phrase", r"(?:remove|delete|forget|drop) (?:the )?phrase (?P<value>.+?)"
                      r"(?: from " + _ROUTINE_WORD + r"(?P<target>.+?))?"),
    # "add a step to good night: set the thermostat to 17" (the step read as a device
    # command, asked about and run), with or without the colon a recogniser leaves out
    ("add_step", r"(?:add|put|include) (?:a |an |another |one more )?(?:new )?(?:step|action) "
                 r"(?:to|in|into|for) " + _ROUTINE_WORD + r"(?P<target>[^:;,]+?)(?:\s*[:;,-]\s*"
                 r"|\s+(?=(?:set|turn|switch|dim|brighten|lock|unlock|open|close|put)\b))"
                 r"(?P<value>.+)"),
    ("add_step", r"(?:add|put|include) (?P<value>.+?) (?:to|in|into) " + _ROUTINE_WORD
                 + r"(?P<target>.+?)"),
    ("add_step", r"(?:change|edit|update) " + _ROUTINE_WORD + r"(?P<target>.+?),? so "
                 r"(?:that )?(?P<value>.+?)"),
    # "make it so that bedtime dims the hall light": offered as a phrase to learn
    ("add_step", r"(?:make|have|set) it (?:up )?so (?:that )?" + _ROUTINE_WORD
                 + r"(?P<target>.+?) (?:also |too )?(?P<value>(?:(?:set|turn|switch|dim|brighten|"
                 r"lock|unlock|open|close|put)s?|switches|closes)\b.+?)(?: too| as well)?"),
    ("add_step", r"(?:make|have) " + _ROUTINE_WORD + r"(?P<target>.+?) also (?P<value>.+?)"),
    # "make bedtime dim the lamp to 5 percent instead", "change bedtime to turn the tv off"
    ("add_step", r"(?:make|have|let) " + _ROUTINE_WORD + r"(?P<target>.+?) (?P<value>(?:set|"
                 r"turn|switch|dim|brighten|lock|unlock|open|close|put)\b.+?)"),
    ("add_step", r"(?:change|edit|update) " + _ROUTINE_WORD + r"(?P<target>.+?),? (?:to|and) "
                 r"(?P<value>(?:set|turn|switch|dim|brighten|lock|unlock|open|close|put)\b.+?)"),
    ("add_step", r"in " + _ROUTINE_WORD + r"(?P<target>.+?),? (?P<value>(?:set|turn|switch|"
                 r"dim|brighten|lock|unlock|open|close|put)\b.+?)"),
    # "change the tv in film night to 30 percent", "set the tv step in film night to 30",
    # "set the tv to 30 percent in film night": the device or the change said first, the
    # routine after it (they were commands: "This home has no film night. Shall I set TV
    # to 30 %, in the Living room?")
    ("add_step", r"(?:change|set|make|put|turn) (?P<device>.+?)(?: steps?| settings?)? "
                 r"(?:in|of|for) " + _ROUTINE_WORD + r"(?P<routine_last>.+?) "
                 r"(?P<value>(?:to|at|up to|down to|on|off)\b.*?)"),
    # "movie night should also lock the front door", "also lock the front door in movie
    # night": the lock was locked as a command ("This home has no movie night. …")
    ("add_step", _ROUTINE_WORD + r"(?P<target>.+?) should (?:also |too )?(?P<value>(?:set|turn|"
                 r"switch|dim|brighten|lock|unlock|open|close|put)\b.+?)(?: too| as well)?"),
    ("add_step", r"(?:also )?(?P<value>(?:set|turn|switch|dim|brighten|lock|unlock|open|close|put|"
                 r"make)\b.+?) (?:in|for) " + _ROUTINE_WORD + r"(?P<routine_last2>.+?)"),
    ("remove_step", r"(?:remove|take|drop|leave|delete|cut) (?P<value>.+?) (?:from|out of) "
                    + _ROUTINE_WORD + r"(?P<target>.+?)|"
                    # "take out the last step of bedtime", "delete the tv step in bedtime"
                    r"(?:remove|take out|drop|delete|cut) (?P<value4>(?:the |that )?[\w ]*?"
                    + _STEP_NOUN + r") (?:of|in|from) " + _ROUTINE_WORD + r"(?P<target4>.+?)|"
                    # "stop reading mode from turning on the fan", "reading mode shouldn't
                    # turn on the fan": the fan's step (it was "Reading mode isn't running,
                    # so there is nothing to cancel." and "OK, I won't run reading mode.")
                    r"(?:stop|keep) " + _ROUTINE_WORD + r"(?P<target2>.+?) from "
                    + _STEP_VERB_ING + r" (?P<value2>.+?)|" + _ROUTINE_WORD
                    + r"(?P<target3>.+?) (?:shouldn't|should not|mustn't|must not|doesn't need "
                    r"to|does not need to|needn't|need not) " + _STEP_VERB
                    + r" (?P<value3>.+?)(?: any ?more)?"),
    ("forget", r"(?:forget|delete|remove|erase|unlearn)(?: about)? (?:the )?(?:routine )?"
               r"(?P<target>.+?)(?: routine)?"),
    # last, after the edits that say a change ("change lights out to turn the tv off"):
    # "change movie night", "edit the bedtime routine", "how do I change movie night": a
    # routine to change, with no change said: what it does and how to say a change
    # (only for a routine of this home, ``manage.answered_talk``; "change movie night" was
    # "Did you mean movie night?", whose "yes" ran it, "edit movie night" offered to learn)
    ("edit_ask", r"(?:(?:i (?:want|need|would like|'d like) to|let me|can i|could i|"
                 r"how (?:do|can|could|should) i) )?(?:change|edit|modify|update|adjust|alter|"
                 r"fix|tweak) (?:what )?" + _ROUTINE_WORD + r"(?P<target>.+?)(?: routine)?"
                 r"(?: does| do)?"),
]
_PATTERNS = [(kind, re.compile(_LEAD + "(?:" + p + ")" + _TAIL + "$", _I)) for kind, p in _RAW]

_PRONOUNS = {"it", "that", "this", "them"}
_EVERY_ROUTINE = re.compile(
    r"everything(?: you (?:know|learned|learnt|were taught)| i (?:taught|told) you)?|all|"
    r"all of (?:them|it|my routines|the routines|your routines)|"
    r"every(?: single)?(?: one| routine)?|"
    r"all (?:of )?(?:my |the |your |those |these )?(?:routines|phrases)", _I)
"""What "forget ..." says of every routine at once ("forget everything", "delete all my
routines"): asked one at a time, never all forgotten at a word."""
_FORGET_VERB = re.compile(r"\b(?:delete|remove|erase)\b", _I)
_STEP_SAID = re.compile(r"^(?:the |that |this )?" + _STEP_NOUN + r" (?:(?:that|which) \w+"
                        r"(?: on| off| up| down)?|for|with|of|about) |\s+" + _STEP_NOUN + "$",
                        _I)
"""How a step is named by its device in "remove the blinds step from good night", "the
step that closes the blinds", "the step for the tv": the words are the device's (they
were read as a routine's name, or offered for teaching)."""
_STEP_ALONE = re.compile(r"^(?:the |that |this )?(?P<value>.+?)\s+" + _STEP_NOUN + "$", _I)
"""A step with no routine named ("remove the blinds step"): of the routine just spoken
of, not a routine called "blinds step"."""
_QUOTES = "\"'“”‘’«»"


def strip_punctuation(text: str) -> str:
    """Text without the quotes and end punctuation a person types around it."""
    text = " ".join(text.replace("’", "'").split())
    return text.strip(_QUOTES + " .!?,;:").strip()


def _clean(value: str | None) -> str:
    if not value:
        return ""
    value = strip_punctuation(value)
    value = re.sub(r"^(?:the phrase|phrase|routine)\s+", "", value, flags=_I)
    return strip_punctuation(value)


_DONE_STATE = {"lock": "locked", "locked": "locked", "unlock": "unlocked",
               "unlocked": "unlocked", "open": "open", "opened": "open", "close": "closed",
               "closed": "closed", "shut": "closed"}


def _past_state(groups: dict[str, str]) -> str:
    """The state a question about a device's past names ("off", "locked"), after "when "
    when it asks when."""
    done = (groups.get("done") or "").casefold()
    said = (groups.get("state") or "").casefold().split()
    state = (_DONE_STATE.get(done) or groups.get("on") or groups.get("on2") or "on"
             if done else _DONE_STATE.get(said[-1], said[-1]) if said else "")
    asked = "when " if groups.get("value") or groups.get("value2") else ""
    return f"{asked}{state.casefold()}"


def parse_talk(text: str, *, besides: str = "") -> Talk | None:
    """The conversation command ``text`` is, or None for anything else; ``besides``: a
    kind not to read it as (its reading named nothing of this home)."""
    cleaned = strip_punctuation(text)
    if not cleaned or len(cleaned) > 300:
        return None
    topic = usage_topic(cleaned)
    if topic is not None:  # "how do I delete a routine?": the words to say (``usage``)
        return Talk("usage", value=topic)
    for kind, pattern in _PATTERNS:
        if kind == besides:
            continue
        match = pattern.match(cleaned)
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v}
        last = groups.get("routine_last") or groups.get("routine_last2")
        target = _clean(groups.get("target") or groups.get("target2")
                        or groups.get("target3") or groups.get("target4")
                        or groups.get("target5") or groups.get("target6")
                        or groups.get("target7") or last or "")
        value = _clean(groups.get("value") or groups.get("value2") or groups.get("value3")
                       or groups.get("value4"))
        if kind == "recap" and re.fullmatch(_AWAY, value, _I):
            for said, back in _SAID_BACK:
                value = said.sub(back, value.casefold())
            value = f"away:{value}"
        if kind == "past_state":  # (the state said, "when" first when asked when)
            value = _past_state(groups)
        if groups.get("device"):  # ("the tv" ... "to 30 percent")
            value = _clean(f"{groups['device']} {value}")
        if kind == "remove_step":
            value = _STEP_SAID.sub("", value).strip() or value
            value = re.sub(r"^out\s+", "", value, flags=_I) or value  # ("take out the tv from …")
        if kind == "forget" and besides != "remove_step" \
                and (alone := _STEP_ALONE.match(target)) is not None:
            return Talk("remove_step", "it", alone.group("value"))
        if kind == "forget" and target.casefold() in _PRONOUNS and not re.match(
                r"(?:.*\s)?forget\b", cleaned, _I):
            return Talk("forget", "it")  # "delete it": the routine just spoken of
        if kind == "forget" and _EVERY_ROUTINE.fullmatch(target):
            # ("forget everything": one at a time, each asked; it offered to learn it)
            verb = _FORGET_VERB.search(cleaned)
            return Talk("which_routine", "everything",
                        verb.group(0).casefold() if verb else "forget")
        if kind == "forget" and target.casefold() in _PRONOUNS:
            return None  # "forget it" is "cancel"
        if kind in ("describe", "howto", "forget", "rename", "last_run", "how_long",
                    "phrase_ask") \
                and not target:
            continue
        if kind == "call" and len(target.split()) < 2:
            continue  # a routine and a phrase: two words at least
        if kind in ("add_phrase", "remove_phrase", "rename", "add_step", "remove_step",
                    "copy_like") and not value:
            continue
        if kind == "remove_phrase" and target.casefold() in _PRONOUNS:
            target = "it"
        if kind in ("add_phrase", "add_step", "remove_step") \
                and target.casefold() in _PRONOUNS:
            target = "it"
        return Talk(kind, target, value, routine_last=last is not None)
    how = asked_how(cleaned)  # (after "howto": "how do I turn on movie night" is a routine's)
    return Talk("how_command", value=how) if how is not None else None  # ("… the tv?")


_FIXED = ("why did you do that", "what did you just do", "why didn't you do it",
          "what did i teach you", "what routines do you know", "is anything unusual",
          "what's scheduled", "what timers are set")
"""Long sentences only: a short word ("why") in a closed-set grammar takes the place
of short taught phrases the recogniser hears less well."""


TIMER_SENTENCES = ("set a timer for 10 minutes", "add 5 minutes", "add 10 minutes to the timer")
"""How timers are spoken to, for a recogniser's vocabulary: without them in Whisper's
prompt "add five minutes" was heard "and five minutes" (espeak-ng en-us, en-gb) and the
recorded "set a timer for 30 seconds" "set turn off the tv seconds". Whisper tiny is
sensitive to its prompt: with "pause the timer" too (heard right without it) "bath
time, the kids are filthy" lost its "bath time"."""


DIALOGUE_WORDS = ("yes", "no", "undo", "that's wrong", "teach", "cancel", "done", "help",
                  "the first one", "the second one", "the last one", "both", "neither",
                  "either")
"""The words that answer the app's questions, which a closed-set grammar must hold
(the which-one answers of ``which_one.py`` too)."""

_TEACHING_ENDS = ("that's it", "that's all")
"""How people end the steps besides "done" (``intents``' "done" words said most), which the
teaching prompt lacked: only "done" was listened for."""


def listening_vocabulary(taught: Sequence[str], device_names: Sequence[str]) -> list[str]:
    """What a recogniser in command mode listens for: device commands, timer talk, the
    dialogue words, talk about routines and the taught phrases, in that order. A grammar takes
    them all; Whisper's prompt keeps only its end (``whisper_engine.PROMPT_TOKENS``), so
    the taught phrases go last (with twelve devices first, they were cut from the prompt
    and "alexa morning tea please" was heard "alexa morning t please"), in the order
    given: ``Store.phrases_by_use``, the most lately used last. Every front end (the
    window, chat, ``listen``) listens for this same list."""
    commands = [f"turn {state} the {name.lower()}" for name in device_names
                for state in ("on", "off")]
    return list(dict.fromkeys([*commands, *TIMER_SENTENCES, *DIALOGUE_WORDS,
                               *spoken_forms(list(taught)),
                               *taught]))


def teaching_vocabulary(phrase: str, device_names: Sequence[str]) -> list[str]:
    """What a recogniser listens for once a new phrase is heard and its steps are being
    said: the device names, the dialogue words ("undo", "done", "cancel") and the phrase
    itself (it may be said again to correct it), last so Whisper's prompt keeps it.
    Names, not commands: on 40 step recordings (two voices, pink noise) Whisper's word
    error rate was 15 % with no prompt and with "turn on the ..." commands ("done" was
    heard "turn"), 5 % with the names. Each name as a step says it, after "the": with the
    bare names the "to" after one was heard "touch" ("dim the desk lamp touch twenty
    percent", taught as a dim by 20 from off: off) in 10 of 30 draws of +-1-bit noise on one
    espeak-ng recording, 0 of 30 so; 30 step recordings (three voices) 24 -> 25 right."""
    names = [name.lower() for name in device_names]
    names = [name if name.startswith("the ") else f"the {name}" for name in names]
    return list(dict.fromkeys([*names, *DIALOGUE_WORDS, *_TEACHING_ENDS,
                               *([phrase] if phrase else [])]))


def spoken_forms(phrases: list[str]) -> list[str]:
    """The conversation sentences a closed-set grammar must hold to hear them:
    the fixed questions, and "what does X do" / "how do I start X" / "forget X" for
    each taught phrase."""
    out = list(_FIXED)
    for phrase in phrases:
        out += [f"what does {phrase} do", f"how do i start {phrase}", f"forget {phrase}"]
    return out
