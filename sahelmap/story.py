"""The shape of a news story, as extraction reads it: headline, lead, the sentences that follow, and dates.

A headline, kicker or byline comes before the story's first full sentence; the lead is the
first that tells news; a lead that lacks a day or a place finds it in the next sentences, and a
sentence that names no force may go on with the one before ("The deployment, which began ...").
The days the page's layout gives (dateline, live-blog headings, corrections) are
:mod:`sahelmap.storydays`'.
"""

from __future__ import annotations

import dataclasses
import re

from .articles import Article, fact_label
from .dates import DateMention
from .datewords import (PAST_RELATIVE, date_owner, dates_event, its_own, occasion_of, opens_clause, possessor,
                        reports)
from .eventwords import FORCE, NEEDS_FORCE, NOT_PROTEST, PLOTTED, RETRACTED, TRIGGER_RX
from .storydays import BACKGROUND_DAYS, lead_day, recent
from .triggers import cue_at, recalls

SHOTS = r"gunfire|gunshots|shooting|heavy weapons fire|explosions"
GUNFIRE = re.compile(rf"\b(?:{SHOTS})\b", re.I)
ASSAULT = re.compile(r"\b(?:gunmen|assailants|attackers|mutineers|mutinous soldiers)\b[^.;]{0,30}\b"
                     r"(?:stormed|attacked|raided|seized)\b", re.I)
# what a coup's scene shows: shooting, armour or soldiers in the streets, the leaders held somewhere
COUP_SCENE = re.compile(rf"\b(?:{SHOTS}|shots|armou?red vehicles|tanks|military vehicles|"
                        r"(?:soldiers|troops)\s+(?:were\s+)?(?:deployed|patrolled|took up positions)\b|"
                        r"(?:detained|held|arrested|kept|holed up)\b[^.;]{0,60}\b(?:at|in|inside)\b)", re.I)
PAST_IT = re.compile(r"(?:With|After|Following|Since|Despite|Amid|Before)\s+(?:the|this|that)\s+(?:\w+\s+)?")
THE_BASE = re.compile(r"(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:camp|base)\b")  # "The camp ... will be handed over"
# what carries the force told before, or names it by its people: "a transport plane", "Dozens of Russians"
CARRIER = re.compile(r"\b(?:planes?|aircraft|flights?)\b|\b(?:last|first|rest) of them\b|"
                     r"\b(?:[Dd]ozens|[Hh]undreds|[Ss]cores|[Ss]everal|[Aa]bout \d[\d,]*|"
                     r"\d[\d,]*)\s+(?:of\s+)?(?-i:[A-Z][a-z]+s)\b", re.I)
LAST_GROUP = re.compile(r"\W*(?:A|The)\s+(?:final|last|first)\s+(?:contingent|group|detachment|batch)\b")
CARRIED = re.compile(r"\W*(?:A|An|The)\s+(?:[\w-]+\s+){0,2}(?:plane|aircraft|flight|ship)\s+carrying\b")
# "the instructors", "our special forces", "the bloc's troops"
THE_FORCE = re.compile(r"\b(?:the|our)\s+(?:[\w'’-]+\s+){0,2}?" + FORCE, re.I)
COUNTED_FORCE = re.compile(r"(?:(?:a|another|the first|the last)\s+(?:group|contingent|batch|team|detachment)\s+of\s+)?"
                           r"(?:(?:about|some|around|nearly|almost|roughly|more than|over|at least)\s+)?"
                           r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of)\s+"
                           r"(?:(?:[\w-]+\s+)?" + FORCE + r"|(?:[\w-]+\s+){0,3}?(?:aircraft|planes|flights)\b)",
                           re.I)  # "About 100 servicemen", "At least two Ilyushin Il-76 transport aircraft"
THE_CROWD = re.compile(r"\bthe\s+(?:\w+\s+)?(?:protesters|demonstrators|marchers|crowds?)\b", re.I)
# "the personnel would fly unarmed surveillance drones out of an airfield in Garoua", "The soldiers were flown to
# Bangui": where a force works from
FORCE_NOUN = r"force|unit|contingent|detachment|battalion|squadron|group"
CONFINED = r"confined to (?:their|its) (?:bases?|barracks|camps?)"  # "who have been confined to their bases in Goma"
BASED_AS = r", (?:an?|the) (?:[\w-]+ ){0,3}?(?:" + FORCE_NOUN + r") based (?:in|at)\b"  # ", a reconnaissance force based"
STATION = re.compile(r"\b(?:the|these|those|they|our|who)\b[^.;]{0,60}?\b(?:(?:are|were|will be|would be|have been) "
                     r"(?:based|stationed|housed|" + CONFINED + r")\b|"
                     r"(?:were|have been) (?:flown|airlifted|sent|dispatched) (?:in)?to\b|"
                     r"(?:will|would)\s+(?:[\w-]+\s+){0,4}?(?:operat|fl(?:y|ies|ew)|work)\w*\b[^.;]{0,60}?"
                     r"\b(?:out of|from))|"
                     r"(?:the|these|those)\b[^.;]{0,40}?" + BASED_AS,
                     re.I)
# where a force that leaves was: "who were based in N'Djamena"; "The British soldiers, a reconnaissance force based in
# Gao"
WAS_BASED = re.compile(r"\b(?:were|had been) (?:based|stationed|housed)\b|\bhave been " + CONFINED + r"\b|" + BASED_AS)
SIGNED = re.compile(r"\b(?:signed|concluded|reached|struck|ratified|revised|launched|created|set up|established|"
                    r"gave|given|granted)\b")
SIGNED_AT = re.compile(SIGNED.pattern + r"\s+$")  # the signing's own date: "the consent it gave in 2012"
RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:(?:had|have|has)\s+)?(?:\w+\s+)?$")
SCENE = re.compile(r"(?:[\w ]{1,30}:\s*)?(?:After|Following|Since|In the wake of|When)\b[^,;]{0,80},")
VERB = re.compile(r"\w+ed|left|sent|quit|flew|took|(?:arriv|leav)es?", re.I)
THEN = re.compile(r"\s*(?:(?:\w+\s+){1,2}then\b|Then\b|(?:Hours|Minutes|Moments) later\b|Later(?: that| on)?\b|"
                  r"Shortly (?:after|afterwards)\b|Soon after\b|"  # "They then drove into Bamako": the same scene
                  r"By (?:late |early |mid-?)?(?:morning|afternoon|evening|nightfall|midday|noon|dusk)\b)")
WIRE_OPENING = re.compile(r"[A-ZÀ-Þ]{3,}[A-ZÀ-Þ'’ .-]*(?:,[^—–\n-]{0,40})?\s*(?:\([^)]{0,30}\)\s*)?[—–-]")
# "the withdrawal from Air Base 101 in Niamey ": the trigger and the places it names, up to its date
NAMED = r"[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*"
# "departure of the French forces from the base of Faya on 26 December": the day right after the noun's complements
COMPLEMENTS = re.compile(r"\w+(?:\s+(?:from|in|at|near|of)\s+(?:the\s+)?(?:(?:base|camp|town|city) of\s+)?(?:"
                         + NAMED + r")(?:\s+(?:forces|troops|soldiers|army))?)+\s+")
BEGAN = re.compile(r"\W*(?:[\w'’-]+\s+){1,6}?(?:that|which)\s+(?:began|started|erupted|broke out)\s+\Z")
THE_TOLD = re.compile(r"\b(?:the|this)\s+(?:(?:early|planned|gradual|phased|final|full|swift|orderly)\s+)?$")  # "the
# early withdrawal"
WORD = re.compile(r"\w*")
WHEN_ASKED = re.compile(r"\W*(?:Q\s*[:.]\s*)?When\b[^?]*\?")


@dataclasses.dataclass(frozen=True)
class After:
    """What the next sentences offer a lead sentence that lacks a date or a place."""

    lead: bool  # the trigger sentence is the article's headline or first sentence
    lead_day: DateMention | None  # the day the lead tells of, for a coup named later without one
    early: bool  # the trigger sentence is among the story's first four
    dates: tuple  # dates in the next two sentences
    places: tuple  # places in the next sentences of the paragraph
    told: frozenset  # the kinds of event the next sentence reports itself
    heading: DateMention | None = None  # the day of the live-blog entry the sentence is in
    scene: DateMention | None = None  # the day the sentence before sets ("Late Wednesday, soldiers appeared ...")
    gunfire: bool = False  # the next sentence tells the shooting of a coup: "Gunfire was heard near the residence in"
    owned: tuple = ()  # (day, the words it owns) in the next sentences: "Sunday's pre-dawn attack"
    standfirst: DateMention | None = None  # the lead's day when a sentence before this one names it


AND_CLAUSE = re.compile(r",\s+and\s+(?:then\s+)?$")  # "pull troops out of Mali ..., and left Chad in January": its own


def recalled(sentence: str, words: dict[str, list[re.Match]] | None = None) -> list[int]:
    """Where the sentence names events it only recalls ("follows a mutiny"), of any kind; a gerund
    tells how the news was done, not another event ("took power after ousting the government").
    ``words``: the sentence's trigger words when already matched (:func:`sentence_words`)."""
    words = words if words is not None else sentence_words(Article(id="", body=sentence), [(0, len(sentence))])(0)
    return [m.start() for etype, found in words.items() if etype != "base" for m in found
            if (recalls(sentence, m.start()) or AND_CLAUSE.search(sentence, 0, m.start()))
            and not re.match(r"\w+ing\b", m.group())]


def _counts_to(d, sentence: str, at: int) -> bool:
    """Whether the day counted in "a day after ..." is the day of the word at ``at`` in its clause."""
    return d.end <= at and d.text.lower().endswith("after") and not re.search(r"[,;:]", sentence[d.end:at])


def sentence_words(article: Article, sentences):
    """``words_at(n)``: each kind's trigger words in sentence ``n`` (any case), found once however
    often asked (the sentence itself, the lead before it, the lookahead after it)."""
    found: dict[int, dict[str, list[re.Match]]] = {}

    def words_at(n: int) -> dict[str, list[re.Match]]:
        if n not in found:
            s, e = sentences[n]
            found[n] = {etype: list(rx.finditer(article.body[s:e])) for etype, rx in TRIGGER_RX.items()}
        return found[n]

    return words_at


def sequels(sentence: str, hits, words, dates) -> list:
    """Later words of a kind already found that an "after" recalls but a day counted back dates:
    "ended their presence, the ministry said on Saturday, after the last soldiers flew out a day
    earlier"; a coup's first day, "took power, a day after they burst into a cabinet meeting and detained
    the president" (this week's news told in sequence, not history); one the sentence goes on to with a
    day of its own: "asked Washington last month to halt activities at the base, and on Thursday a first
    group of U.S. soldiers left"."""
    out = []
    for etype, sub, t in hits:
        if t and etype != "base":
            later = (m for m in words.get(etype, ()) if m.start() > t.end() and any(
                d.offset and (d.start > m.end() and recalls(sentence, m.start())
                              or etype == "coup" and _counts_to(d, sentence, m.start()))
                or d.precision == "day" and t.end() < d.start < m.start() and opens_clause(d, sentence)
                for d in dates))
            first = next(later, None)
            if first:
                out.append((etype, sub, first))
    return out


def lead_index(article: Article, sentences, words_at=None) -> int:
    """The index of the story's first sentence that tells news: headlines, kickers and bylines before
    it have no closing stop ("Gabon army officers say they have seized power" / "By ..."), a standfirst
    no word of any kind of event ("The military rulers say the presence of US troops is illegal."); a
    sentence under a wire dateline ("NOUAKCHOTT — The EU and Mauritania signed a partnership") is the lead."""
    body, words_at = article.body, words_at or sentence_words(article, sentences)
    full = [n for n, (s, e) in enumerate(sentences[:8])
            if body[e - 1] in ".!?\"”’'" and len(body[s:e].split()) >= 8]
    telling = (n for n in full[:3] if any(words_at(n).values()) or WIRE_OPENING.match(body, sentences[n][0]))
    return next(telling, full[0] if full else 0)


def station(sentence: str, here, host_cc: str | None, avoid, left=False) -> object | None:
    """The town in the host country a sentence says a force works from, if it says so; what it ``left``,
    only where it says the force was ("who were based in N'Djamena", not "the rest are based in Abéché")."""
    found = STATION.search(sentence)
    if host_cc is None or not found or (left and not WAS_BASED.search(found.group())):
        return None
    return next((m for m in here if m.country_code == host_cc and m.kind in ("city", "locality", "site")
                 and m.role == "mention" and m.id not in avoid), None)


def coup_scene(body: str, sentence_start: int, here, host_cc: str | None):
    """The town or site in the host country a sentence shows a coup's scene in ("Gunfire was heard near the
    main camp in the capital, Ouagadougou", "were detained on Monday at the Kati camp"), if it does. A
    town named so is the scene even when the dateline names it too."""
    return next((m for m in here if m.country_code == host_cc and m.kind in ("city", "locality", "site")
                 and m.role != "metonym"
                 and COUP_SCENE.search(body, max(sentence_start, m.start - 120), m.start)), None) if host_cc else None


def following(article: Article, sentences, n, lead, mentions, opening, dates_at, words_at, headed=None) -> After:
    """The dates and places of the next sentences of this paragraph; a headline's are its lead's.
    ``headed``: each sentence's live-blog day (:func:`section_days`); no day is taken across one."""
    body, ks, last = article.body, [], sentences[n][1]
    headed = headed or [None] * len(sentences)
    opening = opening if headed[n] == headed[lead] else None
    standfirst = lead_day(article, sentences, dates_at, n - 1) if n <= lead and opening is not None else None

    def tells(k):  # "Thread on what it means.": a lead's tag line, not a sentence of its own
        return any(words_at(k).values()) or dates_at(k) or len(body[slice(*sentences[k])].split()) >= 8
    asked = body[slice(*sentences[n])].rstrip(" \"'”’").endswith("?")  # its answer comes next: "Q: When did ...?"
    for k in range(max(n + 1, lead), min(max(n + 1, lead) + 2, len(sentences))):
        s, e = sentences[k]
        # a new paragraph tells something else, except the one after a one-sentence lead or a question
        other = "\n" in body[last:s] and (any(map(tells, ks)) or n > lead) and not (asked and not ks)
        if other or headed[k] != headed[n] or RETRACTED.match(body, s):  # nor a correction
            break
        ks.append(k)
        last = e
    dates = tuple(d for k in ks for d in dates_at(k))
    heading = headed[n] and DateMention(0, 0, "", headed[n], "day")
    scene = _scene_day(article, sentences, n, dates_at, words_at, lead)
    if not ks:
        return After(n <= lead, opening, n < lead + 4, dates, (), frozenset(), heading, scene, standfirst=standfirst)
    s, e = sentences[ks[0]]
    # the sentence after that too, if it tells no event of its own ("In the town of Tera, hundreds gathered"); a
    # base named is no event ("had operated an air transport base at Niamey's airport")
    e2 = sentences[ks[-1]][1] if len(ks) > 1 and not any(found for kind, found in words_at(ks[1]).items()
                                                         if kind != "base") else e
    places = tuple(m for m in mentions if s <= m.start < e2)
    told = frozenset(t for t, found in words_at(ks[0]).items()
                     if any(not (t == "protest" and NOT_PROTEST.search(body, max(s, s + m.start() - 40), s + m.start()))
                            for m in found)  # "Armoured vehicles blocked roads": no protest
                     and (t not in NEEDS_FORCE or re.search(FORCE, body[s:e], re.I)))
    # days the next sentences give to other nouns: "Sunday's pre-dawn attack", "the elections of 26 August"
    owned = tuple((d, nouns) for owner in (possessor, occasion_of) for k in ks for d in dates_at(k)
                  if d.precision == "day" for nouns in [owner(d, body[slice(*sentences[k])])] if nouns)
    owned += tuple((d, "coup") for k in ks for d in dates_at(k)  # "who seized power in a coup on July 26"
                   if _coup_dated(d, body[slice(*sentences[k])], words_at(k)))
    if ASSAULT.search(body, s, e):  # "Gunmen stormed the barracks ... in the early hours of Sunday": the attack's day
        owned += tuple((d, "attack") for d in dates_at(ks[0]) if d.precision == "day")
    return After(n <= lead, opening, n < lead + 4, dates, places, told, heading, scene,
                 GUNFIRE.search(body, s, e) is not None, owned, standfirst)


def _coup_dated(d: DateMention, sentence: str, words) -> bool:
    """Whether a coup's word right before the date ``d`` owns it: "in a coup on July 26"; not a plot's aim ("had
    planned to attack the presidency on April 16")."""
    at = {m.start(): (etype, m.end()) for etype, found in words.items() if etype != "base" for m in found}
    start = date_owner(d, sentence, sorted(at)) if at else -1
    etype, end = at.get(start, (None, 0))
    return etype == "coup" and 0 <= d.start - end <= 4 and not PLOTTED.search(sentence, max(0, start - 30), start)


def _scene_day(article: Article, sentences, n, dates_at, words_at, lead) -> DateMention | None:
    """The recent day the sentence before sets when it tells no event itself and is in the same paragraph
    or is the lead ("... said on Monday they were revoking ..." / "In a statement, the ministry said ..."),
    or when this one goes on from it ("On Tuesday, soldiers took over a camp ... They then drove ...")."""
    if n == 0 or "\n" in article.body[sentences[n - 1][1]:sentences[n][0]] and n - 1 != lead or \
            any(words_at(n - 1).values()) and not THEN.match(article.body, sentences[n][0]):
        return None
    start, end = sentences[n - 1]
    return next((d for d in dates_at(n - 1) if d.precision == "day"
                 and recent(d.day, article.date)  # not "the elections on Sunday"
                 and possessor(d, article.body[start:end]) is None), None)  # "Saturday's election"


def continues(sentence: str, trig, etype: str) -> bool:
    """A sentence naming no force goes on with the one before: "A plane carrying the instructors
    landed", "The deployment, which began ...", "said the pullout would begin", "footage showed a plane
    unloading", "Demonstrations were also held in Kayes", "About 100 servicemen landed", "A final contingent flew
    out", or a base's story ("The camp ... will be handed over"); not a clause recalling an earlier time ("the base,
    which had served as a hub for the withdrawal from Mali")."""
    if PAST_RELATIVE.search(sentence, max(0, trig.start() - 80), trig.start()):
        return False
    return etype == "base" or anaphora(sentence, trig) or THE_BASE.match(sentence) is not None or bool(
        THE_FORCE.search(sentence) or COUNTED_FORCE.match(sentence) or LAST_GROUP.match(sentence)
        or etype == "protest" and THE_CROWD.search(sentence)
        or definite(sentence, trig)
        or CARRIER.search(sentence, 0, trig.start())  # "a transport plane unloading", "Dozens of Russians arrived"
        or re.search(r"\balso\b", sentence[max(0, trig.start() - 25):trig.end() + 25]))


def refers_back(sentence: str, trig) -> bool:
    """ "The arrival comes weeks after ... U.S. personnel", "the pullout would begin once a U.N. force ...":
    the event the sentence before told, whoever else it names; "The arrival of Turkish troops" names its own. "A
    plane carrying about 100 Nigerian troops landed" brings the force told (a bloc's) in."""
    return (anaphora(sentence, trig) or definite(sentence, trig)) and not re.match(r"\s+of\b", sentence[trig.end():]) \
        or CARRIED.match(sentence) is not None


def definite(sentence: str, trig) -> bool:
    """The event named as one already told, inside the sentence: "said the pullout would begin"."""
    return _noun(trig) and THE_TOLD.search(sentence, 0, trig.start()) is not None


def anaphora(sentence: str, trig) -> bool:
    """The sentence opens on the event the one before told: "The deployment, which began ..."; not a
    verb after its subject ("The junta expelled French forces"). "With the departure, ..." too, unless
    it names its own ("After the withdrawal from Mali")."""
    if not _noun(trig):
        return False
    head = sentence[:trig.start()]
    if re.fullmatch(r"(?:The|This|That)\s+(?:\w+\s+)?", head):
        return True
    return PAST_IT.fullmatch(head) is not None and not re.match(r"\s+(?:of|from|to|in|by|at)\b", sentence[trig.end():])


def _noun(trig) -> bool:
    """A trigger that names the event ("the deployment", "the pullout"), not a verb telling it."""
    return bool(trig) and not VERB.fullmatch(trig.group().split()[0])


def _own_verb(etype: str, sentence: str, trig_at: int, triggers: list[int]) -> re.Match:
    """The kind's word the trigger's noun does right after it ("protesters took to the streets"), else
    the trigger itself: a date after the verb is the noun's own."""
    rx = TRIGGER_RX[etype]
    m = rx.match(sentence, trig_at) or WORD.match(sentence, trig_at)
    nxt = next((t for t in triggers if t > m.end() and sentence[m.end():t].isspace()), None)
    return (rx.match(sentence, nxt) if nxt is not None else None) or m


def event_date(etype, subtype, sentence, trig_at, dates, triggers, after, pub):
    """(the date of the event a trigger tells, the background cue before it if any). A date is the
    event's when it is this trigger's ("after the July 2023 coup": inside the cue); else a live-blog
    entry takes its heading's day, a lead the next sentence's day, and a coup named later the lead's."""
    before, raw = sentence[:trig_at], dates
    # "the eighth coup in the region since 2020": a span's start dates no event
    dates = [d for d in dates if dates_event(d, sentence, etype, subtype, trig_at)
             and not (etype == "coup" and d.lead == "since" and d.precision in ("year", "month"))]
    verb = _own_verb(etype, sentence, trig_at, triggers)  # "protesters took to the streets on Thursday": took
    dates = [d for d in dates if etype == "base" or date_owner(d, sentence, triggers) in (trig_at, verb.start())]
    if subtype == "revoked":  # "terminate the accord signed with France in 2019", "the consent it gave in 2012"
        dates = [d for d in dates if not ((d.start > trig_at and SIGNED.search(sentence, trig_at, d.start)
                                           or SIGNED_AT.search(sentence, 0, d.start))
                                          and not (pub and 0 <= (pub - d.day).days <= 7))]
    if fact_label(sentence, trig_at) == "what":  # a factbox's "What:" dated by its "When:"
        dates = [d for d in dates if fact_label(sentence, d.start) == "when"] or dates
    cue = cue_at(before)
    # only a date inside the cue or right after its noun dates the recalled event ("since a coup in July"); a verb
    # "already" done is dated as any verb ("had already left the bases ... in December")
    if cue is not None and not before.startswith("already", cue):
        dates = [d for d in dates if cue < d.end and d.start < trig_at
                 or (d.lead in ("in", "on") and (0 < d.start - trig_at <= 16 or 0 < d.start - verb.end() <= 1
                                                  or COMPLEMENTS.fullmatch(sentence, trig_at, d.start)))
                 or (d.offset and d.start > trig_at)
                 or (d.start > trig_at and BEGAN.match(sentence, trig_at, d.start))]  # "protests that began on Thursday"
    # the day the thing happened before the day it was told: "said on Wednesday it had foiled a coup attempt the day before"
    told_day = any(d.precision == "day" and not reports(d, sentence) for d in dates)
    when = min(dates, key=lambda d: (told_day and reports(d, sentence), abs(d.start - trig_at), d.start), default=None)
    if when is None and cue is None:  # a live blog's entry under "Sunday, September 5"; "Late Wednesday, ..."
        when = after.heading or after.scene
    era = SCENE.match(before)
    if when is None and era:  # "Following a 2021 coup in Mali, officials ousted ...": told in that time
        when = next((d for d in raw if d.end <= era.end()), None)
    if when is None and cue is None and WHEN_ASKED.match(sentence):  # "Q: When did they come?" "A: In early January"
        when = next(iter(after.dates), None)
    if when is None and cue is None and after.lead:  # a lead's "have seized power"; the day comes next
        # a day, else a week or month ("Construction began this month"); not "The deal, signed last year, ..."
        others = {d for d, nouns in after.owned if not its_own(nouns, etype)}  # "Saturday's election"
        others |= {d for d in after.dates if d.offset and d.text.lower().endswith("after")}  # "a week after the coup"
        days = [d for d in after.dates if d.precision == "day" and d not in others] or \
            [d for d in after.dates if d.precision in ("week", "month") and d not in others]
        told = days if subtype == "announced" else days[:1]  # "... said on Thursday that ..."
        when = next((d for d in told if pub is not None and abs((pub - d.day).days) <= BACKGROUND_DAYS), None)
    if when is None and cue is None and after.lead:  # "... said on Monday it was ending two EU missions. Here is
        when = after.standfirst  # what we know. - The junta revoked the agreement ...": the standfirst's day
    if when is not None and cue is None and after.lead and reports(when, sentence):
        # "said on Monday that soldiers ... had tried to overthrow the state. Sunday's pre-dawn attack ...": its day
        when = next((d for d, nouns in after.owned if 0 < (when.day - d.day).days <= 7 and its_own(nouns, etype)),
                    when)
    if when is None and etype == "coup":  # "a day after army officers seized power in Burkina Faso's second coup"
        when = next((d for d in raw if _counts_to(d, sentence, trig_at)), None)
    if when is None and cue is None and etype == "coup" and after.early and not RELATIVE.search(before[-30:]):
        when = after.lead_day  # "Opposition politicians called it an institutional coup.", not "juntas that seized power"
    if when is not None and when.filed and cue is None and after.lead:  # "NIAMEY, March 17 - ... has ended ... a
        # military agreement, a spokesman said. He said ... late on Saturday that ...": the next sentence's day
        owned = {d for d, _ in after.owned}
        when = next((d for d in after.dates if d.precision == "day" and not d.offset and not d.filed
                     and d not in owned and 0 < (when.day - d.day).days <= 7), when)
    return when, cue is not None
