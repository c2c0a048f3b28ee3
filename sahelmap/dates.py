"""Dates in news text, resolved against the publication date.

"on Friday", "last month", "in July", "July 2023", "by September 15", "a 2021 coup":
each becomes a (date, precision) with the span it came from. Relative days look back
from the publication date (news reports the past); "by"/"until" deadlines look ahead.

>>> pub = dt.date(2024, 4, 22)
>>> [(d.day.isoformat(), d.precision) for d in find_dates("talks began on Friday", pub)]
[('2024-04-19', 'day')]
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# French months, read only after a day ("NIAMEY, 22 décembre (AFP)"): a translated wire's dateline
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")
UNACCENTED = {"fevrier": 2, "aout": 8, "decembre": 12}
MONTHS.update({m: i for i, m in enumerate(FRENCH_MONTHS, 1)}, **UNACCENTED)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December|" \
              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_RELYEAR = r"(?:\s+of)?\s+(?P<relyear>last|this|next) year"  # "on July 26 last year", "in July of last year"
_LEAD = r"(?P<lead>\b(?i:(?:(?:by|until|before|since|at|from|towards?)\s+)?(?:the )?(?:end|start|beginning) of|on|in|by|until|" \
        r"before|after|since|from|late|early|mid-?|no later than|not later than|last)\s+)?"

RELYEAR = {"last": -1, "this": 0, "next": 1}
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
COUNT = "|".join(NUMBERS) + r"|\d"  # "two days after", "3 weeks ago"

PATTERNS = [
    ("mdy", re.compile(_LEAD + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r"|" + _RELYEAR + r")?\b")),
    ("dmy", re.compile(_LEAD + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH
                       + r"(?:\s+" + _YEAR + r"|" + _RELYEAR + r")?\b")),
    ("dmy", re.compile(_LEAD + r"\b" + _DAY + r"\s+(?P<month>(?i:" + "|".join((*FRENCH_MONTHS, *UNACCENTED)) + r"))"
                       r"(?:\s+" + _YEAR + r")?\b")),
    ("my", re.compile(_LEAD + _MONTH + r",?\s+" + _YEAR + r"\b")),
    ("iso", re.compile(_LEAD + r"\b" + _YEAR + r"-(?P<m2>\d{2})-(?P<d2>\d{2})\b")),
    # "on the night of Tuesday to Wednesday": the night's small hours, the second day's
    ("weekday", re.compile(rf"(?P<lead>\b(?i:on\s+)?)(?i:the\s+night\s+of|overnight(?:\s+from)?)\s+"
                           rf"(?:{WEEKDAY_NAMES})\s+(?i:to|into|and)\s+(?P<weekday>{WEEKDAY_NAMES})\b")),
    ("weekday", re.compile(_LEAD + rf"\b(?P<weekday>{WEEKDAY_NAMES})\b(?P<lastweek>\s+(?:of\s+)?last week\b)?")),
    ("month_rel", re.compile(_LEAD + r"\b" + _MONTH + _RELYEAR + r"\b")),
    ("numeric", re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b")),
    ("relative", re.compile(r"\b(?P<rel>yesterday|(?<!ago )today|(?:earlier )?this (?:morning|afternoon|evening)|"
                            r"tonight|last night|last week|(?<!ago )this week|last weekend|over the weekend|"
                            r"last month|this month|earlier this month|"
                            r"last year|this year|earlier this year|next month|next year|"
                            r"(?:the )?(?:start|beginning) of (?:the|this) (?:year|month)|"
                            r"(?:the )?(?:start|beginning|end) of last year|"
                            r"(?:in|over) (?:recent|the (?:past|last)(?: few)?) weeks)\b", re.I)),
    ("offset", re.compile(r"\b(?:(?:(?P<n>" + COUNT + r") (?P<unit>days?|weeks?|fortnights?)|"
                          r"(?P<hours>24|48|72|96) hours) "
                          r"(?P<dir>after|before|earlier|later|ago)|"
                          r"(?P<ago_n>" + COUNT + r") (?P<ago_unit>months?|years?) ago(?P<today> today| this week)?|"
                          r"(?P<then_n>" + COUNT + r") (?P<then_unit>months?|years?) "
                          r"(?P<then_dir>earlier|later|after|before)|"
                          r"the (?:day|night) (?P<prev>before|prior)|the previous (?:day|night)|"
                          r"the (?P<next>next|following) day|"
                          r"(?P<same>hours|minutes|moments) (?:after|before|earlier|later)|"
                          r"the same (?P<same_day>day|night))\b",
                          re.I)),
    ("ordinal", re.compile(r"(?P<lead>\bon )the (?P<day>\d{1,2})(?:st|nd|rd|th)\b"
                           r"(?!\s+(?:of\s+)?(?i:" + MONTH_NAMES + r"))")),
    ("month", re.compile(_LEAD + r"\b" + _MONTH + r"\b(?!\s+\d)")),
    ("year", re.compile(_LEAD + r"(?<![\d$,.])\b" + _YEAR + r"\b(?!\d|-\d)")),
]
FORWARD = {"by", "until", "before", "no", "not"}  # "no later than September 15"
# Every date holds a digit, a month, a weekday or a word such as "week": the patterns above, slow to
# try at every position for their optional leading word, run only on the stretches around those.
CORE = re.compile(r"\d|\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|yesterday|today|weeks?|weekend|"
                  r"fortnights?|hours|minutes|moments|months?|years?|days?|night|tonight|morning|afternoon|evening|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
REACH = 40  # characters a date expression reaches either side of its core word
STAYED = re.compile(r"\b(?:remained|stayed|lingered|was kept|were kept)\b[^.;]*$", re.I)
# "By Friday, they had left": done by then, no deadline ahead
DONE_BY = re.compile(r"[^.;]{0,60}?\bhad\s+(?:already\s+|all\s+)?\w+(?:ed|en|ft|ne|wn|ught|ew)\b")
WEEKDAY_OF = re.compile(r",?\s*(?:the\s+)?")  # between a weekday and the date it falls on
FUTURE = re.compile(r"\b(?:will|shall|is due to|are due to|is expected to|are expected to|is set to|are set to)\b[^.,;]*$",
                    re.I)


@dataclasses.dataclass(frozen=True)
class DateMention:
    """A date found in text: its span, the resolved first day, and how precise it is."""

    start: int
    end: int
    text: str
    day: dt.date
    precision: str  # day | week | month | year
    lead: str = ""
    offset: bool = False  # counted from another date: "two days after", "the day before"
    filed: bool = False  # a dateline's ("BAMAKO, Aug 19 -"): the day the story was filed

    @property
    def is_deadline(self) -> bool:
        return self.lead.split(" ")[0] in FORWARD


NOT_NAMES = {"in", "by", "since", "until", "from", "before", "after", "of", "during", "early", "late", "mid",
             "the", "and", "or", "between", "through", "to", "for", "spring", "summer", "autumn", "fall",
             "winter", "december", "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november"}


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``published`` (non-overlapping, in order)."""
    taken: list[tuple[int, int]] = []
    out = []
    stretches = _stretches(text)
    for kind, rx in PATTERNS:
        for m in (m for a, b in stretches for m in rx.finditer(text, a, b)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "weekday" and WEEKDAY_OF.match(text, m.end()).end() in {s for s, _ in taken}:
                continue  # "on Wednesday, July 26": the date it names
            if kind == "month" and m.group("month") == "May" and not m.group("lead"):
                continue  # the modal verb "may"
            if kind == "year" and not m.group("lead") and _model_number(text, m.start("year")):
                continue  # "Mirage 2000 jets"
            # "by the Sept. 15 deadline"; "will be sworn in on Monday"; not "By Friday, the last soldiers had left"
            ahead = bool(re.match(r"\s+deadline\b", text[m.end():m.end() + 10])) or \
                bool(re.search(r"\b(?:by|until|before) the\s+$", text[max(0, m.start() - 12):m.start()], re.I)) or \
                (kind == "weekday" and FUTURE.search(text[max(0, m.start() - 60):m.start()]) is not None)
            lead = (m.groupdict().get("lead") or "").strip().lower()
            deadline = lead.split(" ")[0] in FORWARD
            # "a team remained until Sunday": when a stay ended, a past day and no deadline
            stayed = deadline and (STAYED.search(text, max(0, m.start() - 80), m.start())
                                   or DONE_BY.match(text, m.end())) is not None
            if kind == "offset":  # "hours after" counts only from a day the text names
                resolved = _offset(m, _anchor(out, m, published), published)
                hedged = HEDGED.search(text, max(0, m.start() - 20), m.start()) is not None
                if resolved and resolved[1] in ("day", "week") and hedged:
                    resolved = resolved[0].replace(day=1), "month"  # "less than two weeks after": that month
            else:
                resolved = _resolve(kind, m, published, ahead or deadline and not stayed)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            lead = "through" if stayed and lead in ("until", "by") else lead or ("by" if ahead else "")
            out.append(DateMention(m.start(), m.end(), m.group(), resolved[0], resolved[1], lead, kind == "offset"))
    return sorted(out, key=lambda d: d.start)


def _stretches(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) stretches around each core word, cut at whitespace so that word
    boundaries inside a stretch are the text's own."""
    out: list[tuple[int, int]] = []
    for m in CORE.finditer(text):
        a, b = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _anchor(found: list[DateMention], m: re.Match, published: dt.date | None) -> dt.date | None:
    """The day a "two days after" counts from: the last full day named before it (any date, for "a year
    later"), else publication unless that counts ahead of it ("a day before election results"). "hours
    after" with no day before it counts from the day its clause names: "took control, hours after gunfire
    broke out on Wednesday"."""
    any_date = m.group("then_unit") is not None  # "in July 2023. A year later"
    days = [d for d in found if any_date or d.precision == "day"]
    before = max(((d.start, d.day) for d in days if d.end <= m.start()), default=None)
    if before:
        return before[1]
    if m.group("same"):  # not "minutes after X declared him winner of Saturday's election": the election's day
        return min(((d.start, d.day) for d in days if d.start >= m.end() and not _deep_possessive(m, d)),
                   default=(0, None))[1]
    forward = (m.group("dir") or m.group("then_dir") or "").lower() in ("before", "later")  # a day not yet come
    return None if forward else published


def _deep_possessive(m: re.Match, d: DateMention) -> bool:
    """A day's possessive ("Saturday's election") further into the clause than "after (the)" names
    another noun's day, not the clause's."""
    return m.string.startswith(("'s", "’s"), d.end) and \
        not re.fullmatch(r"\s+(?:the\s+)?", m.string[m.end():d.start])


NEAR_FUTURE_DAYS = 14
HEDGED = re.compile(r"\b(?:less|more|fewer) than\s+$|\b(?:nearly|almost|about|around|roughly|some|over|within)\s+$", re.I)
DIRECTION = {"after": -1, "earlier": -1, "before": 1, "later": 1, "ago": -1}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def _offset(m: re.Match, anchor: dt.date | None, pub: dt.date | None):
    """A day counted from the date before it in the text, else from publication: "resigned on
    Wednesday, two days after soldiers arrested them" (the arrest: Monday), "a day later"."""
    g = m.groupdict()
    if g["ago_unit"]:  # "a year ago": that month a year before; "three years ago": that year
        n = _count(g["ago_n"])
        if pub and g["today"]:  # "Five years ago today", "a year ago this week": that day, that week
            return _years_back(pub, n, g["ago_unit"], g["today"].strip())
        return _months_ago(pub, n, g["ago_unit"]) if pub else None
    if g["then_unit"]:  # "flew out a month earlier", "a year later": that month, that year, from the day before it
        if g["then_dir"].lower() in ("after", "before") and _count(g["then_n"]) < 2:
            return None  # "a month after" is only roughly a month: no calendar month of its own
        return _months_from(anchor, g["then_n"], g["then_unit"], g["then_dir"]) if anchor else None
    if g["dir"]:  # "two days after", "48 hours after": two days
        n = int(g["hours"]) // 24 if g["hours"] else _count(g["n"])
        per = UNIT_DAYS[(g["unit"] or "day").lower().rstrip("s")]
        base = pub if g["dir"].lower() == "ago" else anchor
        days = n * DIRECTION[g["dir"].lower()] * per
        if base and per >= 7:  # "a week ago", "two weeks after", "a fortnight ago": that week
            return _monday(base + dt.timedelta(days=days)), "week"
    elif g["same"] or g["same_day"]:  # "on Wednesday ..., hours after the army seized power": that day, when the
        # text names one; "on the same day"
        base, days = anchor, 0
    else:
        base, days = anchor, (1 if g["next"] else -1)
    return (base + dt.timedelta(days=days), "day") if base else None


def _count(word: str) -> int:
    """A count written as a word or in digits: "a", "two", "3"."""
    return NUMBERS.get(word.lower()) or int(word)


def _months_from(anchor: dt.date, count: str, unit: str, direction: str):
    """The month (for months) or year ``count`` months or years ``direction`` ("earlier", "later") of ``anchor``;
    what came "four months after" something happened four months before ``anchor``."""
    n = _count(count) * (-1 if direction.lower() in ("earlier", "after") else 1)
    year, month = divmod(_month_back(anchor, -n, unit), 12)
    return (dt.date(year, month + 1, 1), "month") if unit.startswith("month") else (dt.date(year, 1, 1), "year")


def _month_back(pub: dt.date, n: int, unit: str) -> int:
    """The month ``n`` months or years before publication, counted as year * 12 + month - 1."""
    return pub.year * 12 + pub.month - 1 - n * (12 if unit.startswith("year") else 1)


def _years_back(pub: dt.date, n: int, unit: str, span: str):
    """Publication's day (its week, for "this week") ``n`` months or years before; 29 February falls on the 28th."""
    year, month = divmod(_month_back(pub, n, unit), 12)
    day = dt.date(year, month + 1, min(pub.day, calendar.monthrange(year, month + 1)[1]))
    return (_monday(day), "week") if span == "this week" else (day, "day")


def _months_ago(pub: dt.date, n: int, unit: str):
    """The month ``n`` months or years before publication; more than a year back, only its year is meant."""
    months = _month_back(pub, n, unit)
    day = dt.date(months // 12, months % 12 + 1, 1)
    return (day, "month") if months >= (pub.year - 1) * 12 + pub.month - 1 else (day.replace(month=1), "year")


def _model_number(text: str, at: int) -> bool:
    """A four-digit number right after a capitalised name word is a model, not a year."""
    prev = re.search(r"([A-Z][\w-]*)[ -]$", text[max(0, at - 30):at])
    return bool(prev) and prev.group(1).lower() not in NOT_NAMES


def _resolve(kind: str, m: re.Match, pub: dt.date | None, forward: bool = False):
    """(first day, precision) of a match; ``forward``: a deadline's, which looks ahead of ``pub``."""
    g = m.groupdict()
    try:
        if kind == "iso":
            return dt.date(int(g["year"]), int(g["m2"]), int(g["d2"])), "day"
        if kind in ("mdy", "dmy"):
            month, day = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
            if g.get("year"):
                return dt.date(int(g["year"]), month, day), "day"
            if g.get("relyear") and pub:
                return dt.date(pub.year + RELYEAR[g["relyear"].lower()], month, day), "day"
            return (_nearest_year(pub, month, day, forward), "day") if pub else None
        if kind == "my":
            return dt.date(int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], 1), "month"
        if kind == "month":
            month = MONTHS[g["month"].lower().rstrip(".")]
            if (g.get("lead") or "").strip().lower() == "last" and pub:  # "seized power last July": last year's
                return dt.date(pub.year - 1, month, 1), "month"
            return (_nearest_year(pub, month, 1, forward, monthly=True), "month") if pub else None
        if kind == "year":  # "since the end of 2021" is its December
            part = re.search(r"\b(end|start|beginning) of", g.get("lead") or "", re.I)
            if part:
                return dt.date(int(g["year"]), 12 if part.group(1).lower() == "end" else 1, 1), "month"
            return dt.date(int(g["year"]), 1, 1), "year"
        if kind == "numeric":  # "22/12/2023": day first, as outside the United States, unless it cannot be
            a, b = int(g["a"]), int(g["b"])
            return dt.date(int(g["year"]), *((a, b) if b > 12 else (b, a))), "day"
        if kind == "month_rel" and pub:  # "in July last year"
            month = MONTHS[g["month"].lower().rstrip(".")]
            return dt.date(pub.year + RELYEAR[g["relyear"].lower()], month, 1), "month"
        if kind == "weekday" and pub:
            if forward:
                return pub + dt.timedelta(days=(WEEKDAYS[g["weekday"].lower()] - pub.weekday()) % 7), "day"
            if g.get("lastweek"):  # "on Thursday last week": last week's Thursday, though this week had one
                return _monday(pub) - dt.timedelta(days=7 - WEEKDAYS[g["weekday"].lower()]), "day"
            back = (pub.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
            return pub - dt.timedelta(days=back), "day"
        if kind == "relative" and pub:
            return _relative(g["rel"].lower(), pub)
        if kind == "ordinal" and pub:  # "left their camp on the 31st": the last 31st before publication
            day, first = int(g["day"]), pub.replace(day=1)
            first = first if day <= pub.day else (first - dt.timedelta(days=1)).replace(day=1)
            return first.replace(day=day), "day"
    except ValueError:
        return None
    return None


def _nearest_year(pub: dt.date, month: int, day: int, forward: bool, monthly: bool = False) -> dt.date:
    """The month (and day) in the publication's year, or the year before (after, for deadlines). A day
    up to two weeks ahead is this year's: "to start withdrawing on July 1", told on June 30."""
    this = dt.date(pub.year, month, day)
    if forward:
        return this if this >= (pub.replace(day=1) if monthly else pub) else dt.date(pub.year + 1, month, day)
    soon = not monthly and (this - pub).days <= NEAR_FUTURE_DAYS
    return this if this <= pub or soon else dt.date(pub.year - 1, month, day)


def _monday(day: dt.date) -> dt.date:
    """The first day of the week ``day`` falls in, as a week-precision date starts."""
    return day - dt.timedelta(days=day.weekday())


def _relative(rel: str, pub: dt.date):
    first = pub.replace(day=1)
    if rel.endswith(("morning", "afternoon", "evening", "tonight", "night")):  # "this morning", "last night"
        rel = "yesterday" if rel == "last night" else "today"
    if rel == "yesterday":
        return pub - dt.timedelta(days=1), "day"
    if rel == "today":
        return pub, "day"
    monday = _monday(pub)
    if rel in ("last weekend", "over the weekend"):  # its Saturday: "tore up the accord last weekend"
        return (monday + dt.timedelta(days=5) if pub.weekday() >= 5 else monday - dt.timedelta(days=2)), "day"
    if rel.endswith("weeks"):  # "have arrived in recent weeks": the month of a fortnight ago
        return (pub - dt.timedelta(days=14)).replace(day=1), "month"
    if rel in ("last week", "this week"):
        return (monday - dt.timedelta(days=7) if rel == "last week" else monday), "week"
    if rel in ("this month", "earlier this month"):
        return first, "month"
    if rel == "last month":
        return (first - dt.timedelta(days=1)).replace(day=1), "month"
    if rel == "next month":
        return (first + dt.timedelta(days=32)).replace(day=1), "month"
    if rel.endswith("of the month") or rel.endswith("of this month"):
        return first, "month"
    if rel.endswith("year") and ("start" in rel or "beginning" in rel or "end" in rel):
        year = pub.year - 1 if rel.endswith("last year") else pub.year  # "at the end of last year": its December
        return dt.date(year, 12 if "end" in rel else 1, 1), "month"
    if rel in ("this year", "earlier this year"):
        return dt.date(pub.year, 1, 1), "year"
    if rel == "last year":
        return dt.date(pub.year - 1, 1, 1), "year"
    if rel == "next year":
        return dt.date(pub.year + 1, 1, 1), "year"
    return None
