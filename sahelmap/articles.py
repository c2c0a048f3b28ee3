"""Articles: the text files a build reads, with their metadata and exact offsets.

An article is a ``.txt`` or ``.md`` file. Its metadata (date, title, url, outlet)
comes from YAML front matter or from a sidecar ``articles.yaml`` beside it; front
matter wins. Offsets everywhere are Python ``str`` indices into :attr:`Article.body`,
the text after any front matter, so ``body[start:end]`` is always the quoted text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from pathlib import Path
from typing import Iterable

from . import yamlfile
from .dates import find_dates
from .exc import ArticleError, InputError

log = logging.getLogger("sahelmap")

ARTICLE_SUFFIXES = (".txt", ".md")
SIDECAR_NAME = "articles.yaml"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
META_FIELDS = ("date", "title", "url", "outlet")

# Site furniture that scrapers keep: whole lines that are never article text.
BOILERPLATE = re.compile(
    r"^\s*(close|share\.?|exit mobile version|author-image|updated on|new update|"
    r"advertisement|skip to (main )?content|(?:read|see) (?:more|also)[:.]?|related(?: stories| articles)?:?|"
    r".*whatsapp channel|with inputs from \w+|"
    # an archive photo's caption (the day's own "PHOTO: A convoy ... leaves the base in Ouallam" is news) and the wire's
    # credits: "FILE PHOTO: French soldiers ... REUTERS/Benoit Tessier", "Reporting by ...; Editing by ...",
    # "Associated Press writers ... contributed to this report."
    r"file (?:photo|picture)\b.*|.*\b(?:REUTERS|AP Photo|AFP Photo)/[^\n]*|"
    r"\(?(?:reporting|writing|editing|additional reporting) by\b.*|our standards:.*|_{3,}|"
    r".*\bcontributed (?:to )?(?:this )?(?:report|story)\w*\.?)\s*$",
    re.IGNORECASE,
)

_ABBREV = (
    "U.S.|U.N.|U.K.|E.U.|D.C.|Mr.|Mrs.|Ms.|Dr.|Gen.|Maj.|Col.|Lt.|Capt.|Sgt.|Sen.|Rep.|Gov.|"
    "Pres.|St.|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|No.|vs.|Inc.|Corp.|Jr.|Sr."
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*(?:\[\d+\])?\s+(?=[\"'“‘(]?[A-Z0-9])")  # "... forces.[1] The"
FACT_LABEL = re.compile(r"\s*(?:[-•*]\s*)?([A-Z][a-z]+(?: [a-z]+)?)\s*:\s")  # a factbox's "- Where: Ouagadougou"
W_LABELS = {"who", "what", "when", "where"}  # a factbox answers two or more of these
_CLOCK_TAIL = re.compile(r"\b[ap]\.m\.$")
_OPENER = re.compile(r"[\"'“‘(]?(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|There|His|Her|Its|"
                     r"Their|After|When|Some|Soldiers|Troops)\b")
_SPEAKER = re.compile(  # a transcript's "CORRESPONDENT:", "MARY LOUISE KELLY, HOST:", "MAJ. GEN. PAT RYDER:"
    r"(?:[A-Z][A-Z'.-]*,? ){0,4}(?:ANCHOR|HOST|PRESENTER|CORRESPONDENT|REPORTER|INTERVIEWER|MODERATOR)"
    r"|(?:MR|MS|MRS|DR|GEN|COL|MAJ|LT|CAPT|ADM|SEN|REP)\.(?: [A-Z][A-Z'.-]*){1,4}"
)
_ABBREV_TAIL = re.compile(r"(?:^|\s)(?:" + _ABBREV.replace(".", r"\.") + r"|[A-Z]\.)$")


@dataclasses.dataclass(frozen=True)
class Article:
    """One news article: its id (file stem), body text and publication metadata."""

    id: str
    body: str
    path: str = ""
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    date_from_text: bool = False  # no date was given: ``date`` is the latest full date the text names

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when the span lies inside a line of site furniture."""
        return any(s <= start and end <= e for s, e in self.boilerplate)

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) spans of the sentences of the body, boilerplate left out."""
        return list(iter_sentences(self.body, self.boilerplate))


def iter_sentences(text: str, skip: Iterable[tuple[int, int]] = ()) -> Iterable[tuple[int, int]]:
    """Split text into sentence spans, one paragraph (line) at a time.

    >>> list(iter_sentences("The U.S. left. Russia came."))
    [(0, 14), (15, 27)]
    """
    skipped = set(skip)
    lines = [m for m in re.finditer(r"[^\n]+", text) if (m.start(), m.end()) not in skipped and m.group().strip()]
    for box in _factboxes(lines):
        if len(box) > 1:  # "Who: ..." / "When: arrived on Wednesday" / "Where: Ouagadougou": one account
            yield box[0].start(), box[-1].end()
            continue
        line_start, line = box[0].start(), box[0].group()
        speaker = _SPEAKER.match(line)
        cut = speaker.end() + 1 if speaker and line.startswith(": ", speaker.end()) else 0
        for b in _SENTENCE_END.finditer(line, cut):
            if _ABBREV_TAIL.search(line[cut:b.start()]) or \
                    _CLOCK_TAIL.search(line, cut, b.start()) and not _OPENER.match(line, b.end()):
                continue  # "at 1 p.m. Paris time", not "at 1 p.m. The convoy left"
            yield from _trimmed(line_start, line, cut, b.start())
            cut = b.end()
        yield from _trimmed(line_start, line, cut, len(line))


def fact_label(text: str, at: int = 0) -> str | None:
    """The label, lower-cased, of the factbox line of ``text`` that holds ``at`` ("- When: arrived on
    Wednesday" is "when"); None for a line with no label."""
    m = FACT_LABEL.match(text, text.rfind("\n", 0, at) + 1)
    return m.group(1).lower() if m else None


def _factboxes(lines: list[re.Match]) -> list[list[re.Match]]:
    """The lines, a factbox's run of labelled lines ("Who: ...", "Where: ...", "When: ...") grouped as one
    when it answers at least two of who, what, when and where; every other line alone."""
    runs: list[list[tuple[re.Match, str | None]]] = []
    for m in lines:
        label = fact_label(m.group())
        if runs and label and runs[-1][-1][1] and runs[-1][-1][0].end() + 1 == m.start():
            runs[-1].append((m, label))
        else:
            runs.append([(m, label)])
    boxes = []
    for run in runs:
        answers = {label for _, label in run} & W_LABELS
        boxes += [[m for m, _ in run]] if len(answers) >= 2 else [[m] for m, _ in run]
    return boxes


def _trimmed(offset: int, line: str, a: int, b: int):
    piece = line[a:b]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece.rstrip())
    if trail > lead:
        yield (offset + a + lead, offset + a + trail)


def boilerplate_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Spans of whole lines that are site furniture ("Share.", "Exit mobile version"...); the
    headlines listed under a "Read more:" line, up to the next blank line, are furniture too."""
    spans, links, start = [], False, 0
    for line in body.split("\n"):
        line_start, start = start, start + len(line) + 1
        if not line.strip():
            links = False
        elif BOILERPLATE.match(line):
            spans.append((line_start, line_start + len(line)))
            links = line.rstrip().endswith(":")
        elif links:
            spans.append((line_start, line_start + len(line)))
    return tuple(spans)


def split_front_matter(text: str, path: str = "") -> tuple[dict, str]:
    """Return (metadata, body) for text that may start with a ``---`` YAML block."""
    if not text.startswith("---"):
        return {}, text
    m = re.match(r"---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", text, re.S | re.M)
    if not m:
        raise ArticleError("front matter opened with '---' is never closed", path=path, line=1)
    meta, _ = yamlfile.parse(m.group(1), path, ArticleError, what="front matter is not valid YAML", first_line=2)
    meta = meta or {}
    if not isinstance(meta, dict):
        raise ArticleError("front matter must be a mapping of fields", path=path, line=2)
    return meta, text[m.end():]


def parse_date(value, *, path="", line=None, field="date") -> dt.date | None:
    """Accept a YAML date or an ISO ``YYYY-MM-DD`` string; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD)", path=path, line=line, field=field) from None


def decode(raw: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM); fall back to cp1252 with a warning."""
    if b"\x00" in raw[:8192]:
        raise ArticleError("looks binary (NUL bytes), not text", path=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        log.warning("%s: not UTF-8 (byte %d); read as cp1252/latin-1", path, e.start)
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def read_article(path: Path, sidecar: dict | None = None, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one article file; raise :class:`ArticleError` naming the file when it cannot be used."""
    p = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"{size:,} bytes is over the {max_bytes:,}-byte article limit", path=p)
        raw = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"cannot be read ({e.strerror or e})", path=p) from None
    text = decode(raw, p).replace("\r\n", "\n")
    meta, body = split_front_matter(text, p)
    if not body.strip():
        raise ArticleError("is empty", path=p)
    merged = {**(sidecar or {}), **{k: v for k, v in meta.items() if k in META_FIELDS}}
    date = parse_date(merged.get("date"), path=p, field="date")
    return Article(
        id=path.stem,
        body=body,
        path=p,
        date=date,
        title=_text_or_none(merged.get("title")),
        url=_text_or_none(merged.get("url")),
        outlet=_text_or_none(merged.get("outlet")),
        boilerplate=boilerplate_spans(body),
    )


def with_date(articles: Iterable[Article]) -> list[Article]:
    """The articles, each undated one read as of :func:`latest_full_date` of its text; one warning
    names those so dated and one those left undated (their "on Monday" cannot be placed)."""
    out, guessed, undated, uncased = [], [], [], []
    for a in articles:
        if _uncased(a.body):
            uncased.append(Path(a.path).name or a.id)
        if a.date is None and (day := latest_full_date(a.body)) is not None:
            a = dataclasses.replace(a, date=day, date_from_text=True)
            guessed.append(f"{Path(a.path).name or a.id} ({day.isoformat()})")
        elif a.date is None:
            undated.append(Path(a.path).name or a.id)
        out.append(a)
    hint = f"give date: in front matter or {SIDECAR_NAME}"
    if guessed:
        log.warning("%d article(s) have no date and are read as of the latest full date they name: %s (%s)",
                    len(guessed), _some(guessed), hint)
    if undated:
        log.warning("%d article(s) have no date and name none, so days such as \"on Monday\" cannot be "
                    "placed: %s (%s)", len(undated), _some(undated), hint)
    if uncased:
        log.warning("%d article(s) have no capital letters, so their place names and sentence ends cannot be "
                    "told from other words: %s (give the text as published)", len(uncased), _some(uncased))
    return out


def _uncased(text: str) -> bool:
    """Text whose words (an upper-case dateline aside) all start lower-case, such as a lower-cased
    scrape: its names look like other words."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 30 and sum(w[0].isupper() and not w.isupper() for w in words) < len(words) * 0.01


def _some(names: list[str], most: int = 5) -> str:
    return ", ".join(names[:most]) + (f" and {len(names) - most} more" if len(names) > most else "")


def latest_full_date(text: str) -> dt.date | None:
    """The latest day the text names with its year ("April 19, 2024" in a photo caption): a news
    article is published on or soon after the last day it reports. Failing that, a weekday with
    its month and day ("On Monday, May 20th") in the year that fits, counting from the latest
    year the text names.

    >>> latest_full_date("Talks began on March 2, 2024 and ended April 19, 2024.")
    datetime.date(2024, 4, 19)
    >>> latest_full_date("After the 2023 coup, on Monday, May 20th, the US agreed to leave.")
    datetime.date(2024, 5, 20)
    """
    if not _YEAR_WORD.search(text):
        return None  # both readings need a year somewhere in the text
    found = find_dates(text, None)
    days = [d.day for d in found if d.precision == "day" and not d.is_deadline]
    if days:
        return max(days)
    years = [d.day.year for d in found]
    if not years or not _WEEKDAY_WORD.search(text):
        return None
    fits = []
    for d in find_dates(text, dt.date(max(years) + 2, 12, 31)):
        weekday = _WEEKDAY_BEFORE.search(text[max(0, d.start - 14):d.start])
        if d.precision != "day" or d.is_deadline or not weekday:
            continue
        want = _WEEKDAYS.index(weekday.group(1).lower())
        fits += [day for y in range(max(years), max(years) + 3)
                 if (day := _day_or_none(y, d.day.month, d.day.day)) and day.weekday() == want][:1]
    return max(fits, default=None)


_YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_WORD = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.I)
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b,?\s*(?:on\s+)?$", re.I)


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _text_or_none(v) -> str | None:
    return None if v is None else str(v)


def read_sidecar(folder: Path) -> dict[str, dict]:
    """Read ``articles.yaml``: a mapping of article id to its metadata fields."""
    path = folder / SIDECAR_NAME
    if not path.exists():
        return {}
    data = yamlfile.parse(path.read_text(encoding="utf-8"), path, ArticleError)[0] or {}
    entries = data.get("articles", data) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise ArticleError("must map article ids to their metadata", path=path, field="articles")
    for key, meta in entries.items():
        if not isinstance(meta, dict):
            raise ArticleError("metadata must be a mapping", path=path, field=str(key))
        unknown = sorted(set(meta) - set(META_FIELDS) - {"note"})
        if unknown:
            raise ArticleError(f"unknown field(s) {', '.join(unknown)}", path=path, field=str(key))
        parse_date(meta.get("date"), path=str(path), field=f"{key}.date")
    return {str(k): v for k, v in entries.items()}


def article_paths(sources: Iterable[str | Path]) -> list[Path]:
    """Article files named by the sources (files or folders), sorted for stable output."""
    found: list[Path] = []
    for src in sources:
        p = Path(src)
        if p.is_dir():
            for child in sorted(p.iterdir()):
                if child.suffix.lower() in ARTICLE_SUFFIXES and child.is_file():
                    found.append(child)
                elif child.is_file() and child.suffix.lower() not in (".yaml", ".yml", ".csv", ".geojson", ".json"):
                    log.warning("%s: skipped: not an article (.txt or .md)", child)
        elif p.is_file():
            found.append(p)
        else:
            log.warning("%s: skipped: no such file or folder", p)
    return sorted(dict.fromkeys(found), key=lambda q: (str(q.parent), q.name))


def load_articles(sources: Iterable[str | Path], *, max_bytes: int = MAX_ARTICLE_BYTES) -> list[Article]:
    """Read every article under the sources. A bad file is logged and skipped, never fatal."""
    sidecars: dict[Path, dict] = {}
    articles = []
    for path in article_paths(sources):
        folder = path.parent
        if folder not in sidecars:
            sidecars[folder] = read_sidecar(folder)
        try:
            articles.append(read_article(path, sidecars[folder].get(path.stem), max_bytes=max_bytes))
        except ArticleError as e:
            log.warning("%s: skipped", e)
    return articles
