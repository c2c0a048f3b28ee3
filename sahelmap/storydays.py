"""The days a story's layout gives its sentences: a dateline's or an archive head's, under which the
whole article is read; a live blog's headings and clock-stamped entries; a correction's; the lead's.

:mod:`sahelmap.story` reads the news itself; this module only says what day each part of the page is
of, as an editor would from where a sentence stands.
"""

from __future__ import annotations

import dataclasses
import re

from .articles import Article
from .dates import WEEKDAY_NAMES, DateMention, find_dates
from .datewords import its_own, possessor, reports
from .eventwords import RETRACTED, TRIGGERS

BACKGROUND_DAYS = 45  # a day further back than this is history, not the news
RECENT_DAYS = 7  # an event recalled ("after three days of protests that began on Thursday") this recently is news
HEADING_PLACE = re.compile(r"\s*[A-Z][\w'’ .-]{0,30},[\s,]*")  # what heads a date: "N'Djamena, " or "Sunday, "
WEEKDAY = re.compile(WEEKDAY_NAMES)
# a report republished under the day it first ran: "From the archive, 16 October 1987: Sankara killed"
ARCHIVE = re.compile(r"\s*(?:From (?:the|our) archives?|From the vault|On this day)\b[^\n]{0,40}", re.I)
CLOCK_ENTRY = re.compile(r"\s*(?:\d{1,2}[:.h]?\d{2}\s*(?:GMT|UTC|[ap]\.?m\.?|local time|[A-Z]{2,4}T)?\s*[-–—:|]\s|"
                         r"\d{1,2}[:.h]\d{2}\s+(?=[A-Z]))")  # "06:40 GMT -", "08:40 Reports are coming in"


def recent(day, published) -> bool:
    """Whether ``day`` is news as of ``published``: not after it, and no further back than BACKGROUND_DAYS."""
    return published is not None and 0 <= (published - day).days <= BACKGROUND_DAYS


def sentence_dates(article: Article, sentences, skip: tuple[int, int] | None = None):
    """``dates_at(n)``: the dates of sentence ``n`` (no deadlines), found once however often asked.
    ``skip``: the dateline's head, whose date ("BAMAKO, Aug 19 -") is the filing's: the event's only
    when the sentence names no other."""
    found: dict[int, list[DateMention]] = {}
    lo, hi = skip or (0, 0)

    def dates_at(n: int) -> list[DateMention]:
        if n not in found:
            s, e = sentences[n]
            text = article.body[s:e]
            a = min(max(lo - s, 0), len(text))  # the sentence read without its dateline, whose day no
            b = min(max(hi - s, a), len(text))  # "hours after" counts from
            told = [d for d in find_dates(text[:a] + " " * (b - a) + text[b:], article.date) if not d.is_deadline]
            filed = [d for d in find_dates(text[a:b], article.date) if not d.is_deadline] if a < b else []
            found[n] = told or [dataclasses.replace(d, start=d.start + a, end=d.end + a, filed=True) for d in filed]
            ago = _quoted_agos(text, found[n]) if n else []
            if ago:  # the sentence before is read only for these
                found[n] = _counted_from_speech(text, found[n], ago, article.body[slice(*sentences[n - 1])],
                                                dates_at(n - 1))
            sequel = _sequel_counts(text, found[n]) if n else None
            if sequel:  # "The protest came four days after ...": from the protest's day, told before
                day = next((d.day for k in range(n - 1, max(-1, n - 7), -1) for d in dates_at(k)
                            if d.precision == "day" and not d.offset and recent(d.day, article.date)), None)
                found[n] = _counted_from(text, found[n], [sequel], day) if day else found[n]
        return found[n]

    return dates_at


QUOTE_OPEN = re.compile(r"\s*[\"“][^\"”]{1,300}[\"”]")


def _quoted_agos(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The "ago"s inside a quotation that opens the sentence: "“Two days ago, our forces entered Juba,” he
    wrote"."""
    quote = QUOTE_OPEN.match(text)
    return [d for d in dates if quote and d.offset and d.end <= quote.end() and d.text.lower().endswith("ago")]


# "The protest came four days after", "The move comes a day after": counted from the news the subject names
SEQUEL_COUNT = re.compile(r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){1,2}?(?:came|comes|happened|took place)\s+"
                          r"(?:just\s+|only\s+|barely\s+|on\s+)?")  # "The move came on the same day that"


def _sequel_counts(text: str, dates: list[DateMention]) -> DateMention | None:
    """The count right after a sentence's opening "The protest came" that dates what the news followed."""
    opening = SEQUEL_COUNT.match(text)
    return next((d for d in dates if opening and d.offset and d.start == opening.end()), None)


def _counted_from(text: str, dates: list[DateMention], counted: list[DateMention], day) -> list[DateMention]:
    """The sentence's ``dates`` with those ``counted`` counted from ``day`` instead of publication."""
    recount = {d.start: d for d in find_dates(text, day) if d.offset}
    return [recount.get(d.start, d) if d in counted else d for d in dates]


def _counted_from_speech(text: str, dates: list[DateMention], ago: list[DateMention], prior: str,
                         before: list[DateMention]) -> list[DateMention]:
    """ "“Two days ago, our special forces entered Juba,” the army chief wrote" (on Tuesday, or after a sentence
    telling he "said on Tuesday"): an ``ago`` in the quote counts from the day its speaker said it, not from
    publication."""
    said = [d for d in dates if d not in ago and d.precision == "day" and not d.offset and reports(d, text)] or \
        [d for d in before if d.precision == "day" and not d.offset and reports(d, prior)]
    if len(said) != 1:
        return dates
    return _counted_from(text, dates, ago, said[0].day)


def section_days(article: Article, sentences) -> list:
    """For each sentence, the day of the date-only heading above it ("Sunday, September 5" in a live
    blog, "N'Djamena, 28 November 2024" atop a communiqué, or at its foot for all above), else None:
    what an entry tells without a date happened that day. Entries stamped with a clock time and no day
    above them are the publication day's."""
    out, day = [], None
    for s, e in sentences:
        line = article.body[s:e]
        found = [d for d in find_dates(line, article.date) if d.precision == "day"] if len(line) < 50 else []
        words = _outside(line, found) if found else ""
        rest = re.sub(r"[\W\d_]+", " ", words).strip()
        placed = found and rest and HEADING_PLACE.fullmatch(words)
        if found and (not rest or placed):
            heading = max(found, key=lambda d: d.end - d.start).day
            if placed and day is None and not WEEKDAY.fullmatch(rest):
                # a statement signed at its foot ("N'Djamena, 28 November 2024"), not "Monday, September 6": its day
                out = [heading] * len(out)
            day = heading
        elif day is None and CLOCK_ENTRY.match(line):
            day = article.date  # "06:40 GMT - Residents report gunfire": a blog of the day it is published
        out.append(day)
    return out


def _outside(text: str, spans) -> str:
    for d in sorted(spans, key=lambda d: -d.start):
        text = text[:d.start] + text[d.end:]
    return text


def dateline_head(article: Article, places) -> tuple[int, int] | None:
    """The span of the dateline up to its dash or agency: "BAMAKO, Aug 19" in "BAMAKO, Aug 19 (Reuters) -"."""
    start = next((m.start for m in places if m.role == "dateline"), None)
    if start is None:
        return None
    return start, start + re.match(r"[^-–—(\n]*", article.body[start:start + 80]).end()


def as_of_dateline(article: Article, places) -> Article:
    """The article read as of its dateline's date ("MOSCOW, Jan 16 -") when it was published in
    the month after: a republished wire story's "on Tuesday" is the wire's Tuesday; an archive's
    ("From the archive, 16 October 1987: ...") however long ago."""
    archive = ARCHIVE.match(article.body)
    span = (archive.start(), archive.end()) if archive else dateline_head(article, places)
    head = article.body[span[0]:span[1]] if span else ""
    day = next((d.day for d in find_dates(head, article.date) if d.precision == "day"), None)
    back = (article.date - day).days if day is not None and article.date is not None else 0
    if not (back > 0 and (archive or back <= 31)):
        return article
    return dataclasses.replace(article, date=day)


def corrected_days(article: Article, sentences, dates_at, words_at) -> dict:
    """The day a correction gives each kind of event it names: "An earlier version said the protest took
    place on Saturday. It took place on Sunday." """
    out = {}
    for n in range(len(sentences) - 1):
        if not RETRACTED.match(article.body, sentences[n][0]):
            continue
        days = [d for d in dates_at(n + 1) if d.precision == "day"]
        if days and not any(words_at(n + 1).values()):
            out.update((etype, days[0]) for etype, found in words_at(n).items() if found)
    return out


def lead_day(article: Article, sentences, dates_at, lead: int) -> DateMention | None:
    """The day the article's headline or first sentence (any up to ``lead``) names, when recent."""
    if not sentences or article.date is None:
        return None
    return next((d for n in range(lead + 1) for d in dates_at(n) if d.precision == "day"
                 and abs((article.date - d.day).days) <= BACKGROUND_DAYS
                 and not _others_day(d, article.body[slice(*sentences[n])])), None)


def _others_day(d: DateMention, sentence: str) -> bool:
    """A day owned by a noun that is no event ("the winner of Saturday's election")."""
    nouns = possessor(d, sentence)
    return nouns is not None and not any(its_own(nouns, etype) for etype, _, _ in TRIGGERS)
