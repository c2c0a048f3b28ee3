"""Whose date is it: language rules for which event a date in a sentence belongs to.

A sentence often tells two happenings and one date ("the junta, which seized power in July, ordered
French troops out on Friday"): these rules say which trigger a date dates, when a date dates the report
rather than the event, and when it qualifies another noun ("a 2012 accord"). Only English news phrasing.
"""

from __future__ import annotations

import re

from .dates import COUNT, DateMention
from .events import ENDINGS
from .eventwords import NAME, TELLS_KIND

PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.I)
PERFECT_SINCE = re.compile(r"[^.;]{0,60}?\bsince\b", re.I)
# "has in recent years been forced to pull troops out": a span of years, no day
SPAN_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+)?(?:in|over)\s+(?:the\s+)?(?:recent|past|last)\s+"
                          r"(?:few\s+|two\s+|three\s+)?(?:years|decades)\b[^.;,]{0,40}$", re.I)
# "has deployed to Mali, Burkina Faso and Niger": a tally of places over time, not one happening
PERFECT_TALLY = re.compile(r"\w*\s+(?:(?:[\w-]+\s+){0,2}(?:to|in|into|from|out of)\s+)" + NAME + r"(?:,\s+" + NAME +
                           r")+,?\s+and\s+" + NAME + r"\b")
SINCE_OPENING = re.compile(r"[\"“]?Since\b[^,;]{0,60},[^.;]*?\b(?:has|have)\b", re.I)  # "Since then, the rulers have"
PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|just\s+|also\s+|previously\s+|earlier\s+)?(?:been\s+)?$", re.I)
PAST_RELATIVE = re.compile(r",\s+(?:which|who)\s+had\s+[^,;]*$")  # ", which had served as a hub for the"
SAYING = re.compile(r"\b(?:said|says|saying|announc\w+|told|report\w*|confirm\w*|stated|added|declared|claimed)\b", re.I)
AND_THEN = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+)?$|;\s*$")  # "..., and on Thursday a first group left"
CLAUSE = re.compile(r"\b(?:after|following|before|since|when|while|until)\b", re.I)
RELATIVE_PASSIVE = re.compile(r",\s*(?:which|who)\s+(?:was|were|had been|has been)\s+(?:[\w-]+\s+){1,3}"
                              r"(?:(?:in|on|since|during)\s+)?$", re.I)  # "the mission, which was set up in February"
# "a SADC force, whose leaders approved one in June": a clause about another noun than the trigger's
RELATIVE_OTHER = re.compile(r",\s*whose\s+[\w-]+\s+(?:[\w-]+\s+){1,6}(?:(?:in|on|since|during)\s+)?$|"
                            r"\b(?:that|which)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+['’]s\s+)?(?:[\w-]+\s+)?(?:junta|government|"
                            r"president|army|ministry|leaders?|rulers|authorities|council)\s+(?:[\w-]+\s+){1,3}?"
                            r"(?:(?:in|on|since|during|last)\s+)?$", re.I)  # "a withdrawal that Niger's junta demanded in March"
PLOTTED = re.compile(r"\b(?:planned|planning|plotted|plotting|intended|intending|aimed|aiming)\s+to\b[^.;]*$", re.I)
COUNTED_FROM = re.compile(r"(?:(?:" + COUNT + r") (?:days?|weeks?|months?|years?)|\d+ hours|hours|minutes|moments) "
                          r"(?:after|before)", re.I)  # an offset's text
# "the agreement of 24 April 1961": the accord's own date
ACCORD_OF = re.compile(r"\b(?:agreement|accord|treaty|pact|convention|deal)s?\s+of\s+$", re.I)
OTHER_NOUN = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(deal|accord|agreement|pact|treaty|coup|base|protest)s?\b", re.I)
COUNTED = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                     r"(?:[\w-]+\s+)?(?:coup|putsch|takeover|attempt|mutiny)s?\s+$", re.I)
WANTED = re.compile(r"\b(?:demand|order|request|ask|call|sought|seek|want|announc|plan|agree|approv|decid|promis)\w*\s+"
                    r"(?:(?:in|on|since|during|last)\s+)?$", re.I)  # the clause's verb wants the event; it is not the event
# "confirming a decision that the junta took on Wednesday": the order's day
DECISION = re.compile(r"\b(?:decision|order|request|ultimatum|demand)\s+$")
# "the town of Konna, which the militants seized on Thursday, and that soldiers had been flown in": the clause's own
IN_RELATIVE = re.compile(r",\s*(?:which|who|where)\b[^,;]*$", re.I)
NEXT_CLAUSE = re.compile(r",\s*(?:and|but)\b|;")  # where a clause ends: "..., a day after he won, and a council ..."
# a trigger told after its own "after ..." clause: "sworn in on Monday, days after soldiers ousted Bongo"
AFTER_CLAUSE = re.compile(r"\b(?:after|following|before(?!\s+(?!being\b)\w+ing\b)|since|until)\b[^,;]*$", re.I)
# "impeach the president, who fled the country over the weekend": someone else's doing, after the trigger
WHO_CLAUSE = re.compile(r",\s*who\s+(?:[\w'’-]+\s+){1,6}$", re.I)
SEIZING = re.compile(r"\b(?:detain|arrest|seiz|captur|storm|held|hold)\w*", re.I)
_OCCASIONS = r"elections?|votes?|polls?|referendum"  # occasions with dates of their own, not the event's
OTHER_OCCASION = re.compile(r"\b(?:" + _OCCASIONS + r"|anniversary|independence day|deadline)\s+"
                            r"(?:(?:on|of|scheduled for|set for|due on|due)\s+)?$", re.I)  # a date's span holds its "on"
OCCASION_NAMED = re.compile(r"\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:" + _OCCASIONS + r"|summit)\b",
                            re.I)  # the occasion a date names before it: "the Dec. 27 presidential elections"
POSSESSED = re.compile(r"^['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)")  # "Sunday's presidential and legislative elections"
OWN_NOUNS = {"coup": ("coup", "putsch", "takeover", "attack", "mutiny", "attempt", "power grab", "ouster", "overthrow"),
             "withdrawal": ("withdrawal", "departure", "pullout", "pull-out", "handover", "exit", "drawdown",
                            "ceremony"),
             "deployment": ("deployment", "arrival", "landing"),
             "base": ("base", "handover", "closure", "opening", "ceremony"),
             "agreement": ("deal", "accord", "agreement", "pact", "treaty", "signing", "decision", "announcement",
                           "vote", "ceremony"),
             "protest": ("protest", "march", "rally", "demonstration", "sit-in")}
REPORTED = re.compile(r"\b(?:said|says|announced|told|reported|confirmed|showed|stated|wrote|posted)\s+(?:\w+\s+){0,3}$|"
                      r"\b(?:said|says|announced|told)\s+(?:in|during|on)\s+(?:a|an|his|her|its|their|the)\s+"
                      r"(?:[\w'’-]+\s+){0,3}"  # "in his New Year's address", "said on its Telegram channel on Thursday"
                      r"(?:address|speech|statement|interview|broadcast|message|post|channel|account|website)\s+$")
# "will remain, down from roughly 1,000 two years ago": the date of a figure compared
COMPARED = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s+(?:\w+\s+)?\d[\d,.]*\s+(?:\w+\s+)?$", re.I)


NOW_WORDS = ("today", "this morning", "this afternoon", "this evening", "tonight")
_SAY_HAVE = r"\b(?:say|says|said|claim|claims|announced?)\b[^.;]{0,30}\b(?:have|has)\s+(?:just\s+)?"
LIVE_PERFECT = re.compile(_SAY_HAVE + "$", re.I)  # "Army officers say they have | seized power"
SAY_HAVE_DONE = re.compile(_SAY_HAVE + r"\w", re.I)  # "Army officers ... say they have taken "total control""
# the soldiers' own statement: "we, the defence and security forces, ..., have decided to ... put an end to"
WE_HAVE_DECIDED = re.compile(r"\bwe\b[^.;]{0,200}\bhave\s+decided\b[^.;]{0,60}$", re.I)


def pluperfect(before: str) -> bool:
    """The trigger is told in the past perfect outside reported speech ("while French and German forces
    had left", "the base, which had served as a hub for the withdrawal from Mali"): something that happened
    before the story's time, which without a date has no day."""
    return (PLUPERFECT.search(before[-30:]) or PAST_RELATIVE.search(before[-80:])) is not None and \
        SAYING.search(before) is None


def quoted_now(d, sentence: str) -> bool:
    """A "today" inside a quotation ("Today at 1 p.m., the last detachment crossed the border," the army said):
    the day the words were said, which a day named outside the quotation tells better."""
    return d.text.lower() in NOW_WORDS and (sentence.count('"', 0, d.start) % 2 == 1
                                              or sentence.count("“", 0, d.start) > sentence.count("”", 0, d.start))


def live_takeover(before: str, lead: bool, trigger: str = "") -> bool:
    """A lead that tells a takeover as just done ("Army officers say they have seized power in Gabon", "we
    ... have decided to defend peace by putting an end to the current regime"), the "say they have" inside
    a long ``trigger`` too ("Army officers in Guinea-Bissau say they have taken "total control" of the
    country"): news of the day it is published, though it names none."""
    return lead and (LIVE_PERFECT.search(before[-40:]) or WE_HAVE_DECIDED.search(before[-300:])
                     or SAY_HAVE_DONE.search(trigger)) is not None


def perfect_since(sentence: str, trig) -> bool:
    """The trigger sums up the time since something ("has expelled French troops since seizing power in
    July", "Since then, the rulers have expelled French troops", "has in recent years been forced to pull troops
    out", "has deployed to Mali, Burkina Faso and Niger"): a present perfect with no day of its own."""
    perfect = PERFECT.search(sentence, max(0, trig.start() - 30), trig.start()) is not None
    return perfect and (PERFECT_SINCE.match(sentence, trig.end()) or PERFECT_TALLY.match(sentence, trig.start())) \
        is not None or SINCE_OPENING.match(sentence, 0, trig.start()) is not None \
        or SPAN_PERFECT.search(sentence, 0, trig.start()) is not None


def reports(d: DateMention, sentence: str) -> bool:
    """The date dates the report, not the event: "..., the army said on Thursday"."""
    return REPORTED.search(sentence[max(0, d.start - 60):d.start]) is not None


def date_owner(d: DateMention, sentence: str, triggers: list[int]) -> int:
    """The trigger a date belongs to: the sentence's first when it dates the report ("..., the army
    said on Thursday"), else the one it qualifies ("the August coup"), else the last one before it
    in its clause ("since the military seized power on July 26"), else the first after it
    ("Earlier this month, ... arrived") unless it opens a clause the trigger is in, else the last
    before it; -1 for none. A date opening a clause after "and" ("..., and on Thursday a first group ...
    left") dates the next trigger."""
    if reports(d, sentence):
        return min(triggers)
    if d.offset and COUNTED_FROM.fullmatch(d.text):
        # "two days before the inauguration", "48 hours after protesters tried to storm the embassy": what comes
        # next in its clause, whether ours or not; not "..., a day after he won a sixth term, and a council took power"
        return next((t for t in triggers if t > d.end and not NEXT_CLAUSE.search(sentence, d.end, t)), -1)
    opened = next((t for t in triggers if t > d.end), None) if opens_clause(d, sentence) else None
    if opened is not None:  # "asked ... last month to halt activities, and on Thursday a first group ... left"
        return opened
    right_after = [t for t in triggers if not d.lead and t > d.end and sentence[d.end:t].isspace()]
    if right_after:  # "the August coup"
        return right_after[0]
    # "imposed by Washington, after a delegation visited Niamey this week": the visit's week
    # "Deby, who took power after his father's death in 2021, visited Budapest in September": not the taking's
    before = [t for t in triggers if t < d.start and not (IN_RELATIVE.search(sentence, 0, t)
                                                           and re.search(r",\s", sentence[t:d.start]))]
    in_clause = [t for t in before if not CLAUSE.search(sentence, t, d.start)]
    # "sworn in on Monday, days after soldiers ousted Bongo": not the ousting's Monday
    relative = IN_RELATIVE.search(sentence, 0, d.start) is not None
    after = [t for t in triggers if t > d.start and ";" not in sentence[d.end:t]  # "when"/"while" share the time
             and not AFTER_CLAUSE.search(sentence[d.end:t]) and not (relative and "," in sentence[d.end:t])]
    return max(in_clause) if in_clause else min(after) if after else max(before) if before else -1


def opens_clause(d: DateMention, sentence: str) -> bool:
    """Whether the date opens a clause of its own after "and": "..., and on Thursday a first group left"."""
    return AND_THEN.search(sentence, 0, d.start) is not None


def possessor(d: DateMention, sentence: str) -> str | None:
    """The words that own a date by its possessive: "Sunday's pre-dawn attack"; None if none do."""
    m = POSSESSED.match(sentence[d.end:])
    return m.group(1) if m else None


def occasion_of(d: DateMention, sentence: str) -> str | None:
    """The occasion named before a date as its own: "the elections of 26 August"; None if none is."""
    m = OTHER_OCCASION.search(sentence[:d.start])
    return m.group() if m else None


def its_own(nouns: str, etype: str) -> bool:
    """Whether the words a date owns ("Sunday's pre-dawn attack") name an event of this kind."""
    return any(noun in nouns.lower() for noun in OWN_NOUNS.get(etype, ()))


def dates_event(d: DateMention, sentence: str, etype: str, subtype: str | None = None, trig_at: int = -1) -> bool:
    """False for a date that qualifies another noun ("a 2012 military cooperation deal"), or the
    event's own noun when the event is its end ("revoked a 2012 accord" was not revoked in 2012),
    or a relative clause about another noun after the trigger ``trig_at``."""
    relative = RELATIVE_OTHER.search(sentence, max(0, d.start - 80), d.start)
    if relative and relative.start() > trig_at >= 0 and (" " in sentence[trig_at:relative.start()].strip()
                                                         or WANTED.search(relative.group())) and \
            not (subtype in ("ordered", "announced") and DECISION.search(sentence, 0, relative.start())):
        return False  # "a SADC force, whose leaders approved one in June"; "a withdrawal the junta demanded in March"
    who = WHO_CLAUSE.search(sentence, max(0, d.start - 80), d.start)
    if who and who.start() > trig_at >= 0 and etype in TELLS_KIND and \
            not (TELLS_KIND[etype].search(who.group()) or SEIZING.search(who.group())):
        return False
    cause = re.search(r"\b(?:after|following)\s[^,;]*$", sentence[trig_at:d.start]) if 0 <= trig_at < d.start else None
    if cause and etype in TELLS_KIND and not TELLS_KIND[etype].search(cause.group()):
        return False  # "started withdrawing ..., after M23 rebels seized Bukavu over the weekend", not "after ousting"
    if re.search(r"\bdat(?:ing|es|ed) (?:back )?(?:to|from)\s+$", sentence[max(0, d.start - 25):d.start], re.I):
        return False  # "the accords, some dating back to 1977, were terminated"
    if COMPARED.search(sentence[max(0, d.start - 40):d.start]):
        return False  # "will remain, down from roughly 1,000 two years ago": the figure's date
    if RELATIVE_PASSIVE.search(sentence[max(0, d.start - 60):d.start]):
        return False  # "withdrew its consent for the mission, which was set up in February"
    if etype == "coup" and subtype == "failed" and PLOTTED.search(sentence[max(0, d.start - 80):d.start]):
        return False  # "foiled a plot by soldiers who planned to attack the presidency on April 16"
    if d.precision == "year" and COUNTED.search(sentence[max(0, d.start - 40):d.start]):
        return False  # "the second coup this year": a tally, not the coup's date
    if OTHER_OCCASION.search(sentence[max(0, d.start - 60):d.start]):
        return False  # "days before presidential and legislative elections on Dec. 27"
    if subtype in ENDINGS and ACCORD_OF.search(sentence, max(0, d.start - 30), d.start):
        return False  # "denounced ... the agreement of 24 April 1961": the accord's date, not its end's
    if OCCASION_NAMED.match(sentence, d.end):
        return False  # "to help secure the Dec. 27 presidential and legislative elections"
    owned = possessor(d, sentence)
    if owned:  # "Sunday's elections" dates the elections; "Sunday's attack on the barracks" the event
        return its_own(owned, etype)
    m = OTHER_NOUN.match(sentence[d.end:])
    if not m or d.lead or d.precision in ("day", "week"):
        return True  # "on Friday formally returned the base" dates the returning, not the base
    noun = m.group(1).lower()
    return noun in OWN_NOUNS.get(etype, ()) and subtype not in ENDINGS
