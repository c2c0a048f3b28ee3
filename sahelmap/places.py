"""Places: every toponym an article names, found in the gazetteer and resolved in context.

Recognition matches capitalised word runs against the geocoder's names (longest first),
with rules for common words, titles, surnames and demonyms; :mod:`sahelmap.resolve` then
picks each name's place in the article's context. A wire dateline is marked as such.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import string
from typing import Iterable

from .articles import Article
from .coords import LatLon
from .dates import MONTH_NAMES, WEEKDAY_NAMES
from .geocoders.index import capital_of
from .geocoders.normalize import key
from .resolve import ADMIN_AFTER, BIG_CITY, is_admin, locality, resolve

MAX_TOKENS = 6
COMMON_WORD_ZIPF = 4.3
COMMON_HEAD_ZIPF = 4.3
# "San Jose-based": the name ends where a lowercase compound word begins
_SUFFIX = r"(?:based|born|bred|area|bound|led|backed|run|owned|made|style|era|wide|native)\b"
_TOKEN = (r"(?:[A-Z][a-z]{0,3}\.){2,}|[A-Z]\.(?:[ \t][A-Z][a-z]?\.)+|(?:St|Ste|Ft|Mt)\.(?=[ \t]+[A-Z])|"
          rf"[A-ZÀ-Þ]\w*+(?:['’]\w++)*+(?:-(?!{_SUFFIX})\w++(?:['’]\w++)*+)*+|[A-Z]")
_CONNECT = r"(?:of|de|du|des|la|le|el|al|al-|upon|on|sur|en|and|da|do)"
_CALENDAR = rf"{WEEKDAY_NAMES}|{MONTH_NAMES}"
CALENDAR = re.compile(_CALENDAR)
# "Stratford upon Avon", "Rostov on Don", "Côte d'Ivoire", "Air Base 201"; not "Banjul on Friday", nor "Kidal on 31
# October" (a number only right after a name's word)
RUN = re.compile(rf"(?=[A-ZÀ-Þ])(?:{_TOKEN})(?:[ \t]+(?:(?:[dl]['’](?=[A-ZÀ-Þ])|"
                 rf"{_CONNECT}[ \t]+(?:the[ \t]+)?(?!(?:{_CALENDAR})\b))(?:{_TOKEN})|{_TOKEN}|\d{{1,4}}\b))*")
SPACED_ABBREV = re.compile(r"(?<=\b[A-Z]\.)[ \t]+(?=[A-Z][a-z]?\.)")  # "W. Va." is "W.Va."
# AP's abbreviations of states whose letters are also a word or a town ("ill", Pa in Burkina Faso): so they
# are no gazetteer names (as "Ariz." is) but a state only where a state goes, after "Town, "
POSTAL = {"Ill.": "Illinois", "Ind.": "Indiana", "La.": "Louisiana", "Miss.": "Mississippi", "Ore.": "Oregon",
          "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "Tex.": "Texas", "Wash.": "Washington State"}
AFTER_TOWN = re.compile(r"[A-Za-z][\w.]*,[ \t]*\Z")
OPENS = re.compile(r"(?:^|[.!?:\"“\n])\s*$|\s[-–—]{1,2}\s+$")  # what comes just before a sentence's first word
THE_COMMON = re.compile(r"[Tt]he \w+")
MIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,2}")
WORD = re.compile(rf"(?=[A-ZÀ-Þ\d])(?:{_TOKEN}|\d{{1,4}}\b)")
POSSESSIVE = re.compile(r"['’]s$")
TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt", "maj",
          "gov", "governor", "sen", "senator", "rep", "president", "minister", "judge", "justice", "mayor",
          "king", "queen", "prince", "pope", "saint", "st", "sir", "lord", "secretary", "chief", "officer",
          "sheriff", "deputy", "coach", "professor", "prof", "rev", "father", "sister", "brother"}
LEADING = {"The", "A", "An", "In", "At", "On", "But", "And", "For", "From", "With", "By", "As", "After", "Before",
           "When", "While", "This", "That", "Its", "Their", "Our", "His", "Her", "Across", "Near", "Outside",
           "Inside", "Since", "Until", "Under", "Over", "If", "Although", "Both", "Neither", "Meanwhile", "Like"}
ORG_AFTER = {"university", "college", "post", "times", "journal", "herald", "tribune", "news", "bank",
             "hospital", "school", "church", "street", "avenue", "road", "company", "corp", "inc", "fc",
             "united", "city fc", "stadium", "hotel", "airlines", "airways"}
SPEECH = re.compile(r"\s+(said|says|told|added|stated|wrote|tweeted|noted|argued|explained|asked|replied|declined)\b")
TITLE_BEFORE_NAME = re.compile(r"\.?[ \t]+[A-Z]")
NOT_PLACES = {"white house", "the white house", "metro", "passover", "hamas",
              # forces and operations of the Sahel story that share a name with some town
              "wagner", "barkhane", "serval", "takuba", "minusma", "ecowas", "sabre",
              "xinhua", "google", "reuters"}
DIVISION_AFTER = re.compile(r"\s+(state|province|region|governorate|prefecture)\b")
SITE_AFTER = re.compile(r" (airport|air ?base|base|camp|(?:desert )?platform)\b")  # "Gao desert platform"
TOWN_BEFORE = re.compile(r"\b(?:city|town|village) of\s+\Z")
DIVISION_BEFORE = re.compile(r"\b(?:states?|provinces?|regions?|governorates?) of\s+(?:the\s+)?\Z")
GERUND_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|from|to|on|in|out|up|through)\b")
DISEASE = re.compile(r"\s+(?:virus|fever|disease|flu)\b")
FAMILY = re.compile(r"\s+(?:family|clan|dynasty)\b")  # "the Bongo family", not "Sycamore family serving as ..."
THE_BEFORE = re.compile(r"\b(?i:the) \Z")
GOVERNMENT_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:has|have|had|said|says|agreed|agree|announced|wants|"
                              r"accused|accuses|demanded|ordered|asked|insisted|denied|denies|rejected|warned)\b|"
                              r"['’]s\s+(?:decision|demand|order|request|refusal|announcement)\b")  # "N'Djamena's decision"
# "relations between Paris and Bamako", "the junta in Bamako": the seat of a government
GOVERNMENT_BEFORE = re.compile(r"\b(?i:relations|ties|talks|tensions?|rift|dispute|standoff|row|cooperation|agreement|accord)"
                               r"\s+between\s+(?:[A-Z][\w'’-]+\s+and\s+)?$|"
                               r"\b(?i:government|junta|regime|rulers|authorities|administration)\s+in\s+$")
# "the 2015 Algiers peace agreement", "the Lusaka protocol": a city naming an accord, which is not there
ACCORD_AFTER = re.compile(r"\s+(?:(?:peace|ceasefire)\s+)?(?:agreements?|accords?|treaty|protocol|declaration|"
                          r"peace\s+(?:deal|process))\b", re.I)
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|into|inside)\s+\Z")  # "based in N'Djamena have left"
DATELINE = re.compile(r"\s*([A-ZÀ-Þ][A-ZÀ-Þ .'’/\-]{2,40}?)(?:,\s*([A-Z0-9][\w .,/]+?))?\s*(?:\([^)]{1,40}\))?"
                      r"\s*[-–—]{1,2}\s")
# an agency's tag before a headline ("URGENT - Burkina junta says ...", "UPDATE 1 —"), no place it was filed from
WIRE_FLAGS = {"URGENT", "UPDATE", "BREAKING", "FLASH", "ALERT", "EXCLUSIVE", "CORRECTED", "REFILE", "ANALYSIS",
              "FACTBOX", "EXPLAINER", "INSIGHT", "WRAPUP", "RPT", "LIVE", "OPINION", "EDITORIAL", "BULLETIN"}
# "Libreville, Gabon —", "Bamako, 4 January 2022 —", "Niamey (AFP) -": a title-case city needs its comma or agency
DATELINE_TITLE = re.compile(r"\A\s*([A-Z][\w'’\-]+(?:[ -][A-Z][\w'’\-]+){0,2})"
                            r"(?:,\s*([A-Z0-9][\w .]{1,30}?)\s*(?:\([^)]{1,40}\))?|\s*\([^)]{1,40}\))\s*[-–—]{1,2}\s")


@dataclasses.dataclass(frozen=True)
class PlaceMention:
    """One toponym in one article: the exact span and the place it resolves to."""

    article: str
    start: int
    end: int
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    country_code: str | None
    kind: str | None
    id: str | None
    role: str = "mention"  # mention | dateline | demonym | metonym (a capital for its government, a city its accord)

    def as_record(self) -> dict:
        return dataclasses.asdict(self)

    @property
    def point(self) -> LatLon | None:
        return None if self.lat is None else LatLon(self.lat, self.lon)


@functools.lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


class PlaceFinder:
    """Find and resolve the places in articles with an offline (or any geopy-like ranked) geocoder."""

    def __init__(self, geocoder=None):
        if geocoder is None:
            from .geocoders import OfflineGeocoder

            geocoder = OfflineGeocoder()
        self.geocoder = geocoder
        self._lookup = functools.lru_cache(maxsize=65536)(self._lookup)

    # ---- recognition
    def spans(self, text: str) -> list[tuple[int, int, tuple]]:
        """(start, end, candidates) for every gazetteer match that passes the context rules."""
        runs, owners = [], {}
        for run in RUN.finditer(text):
            words = [(m.start() + run.start(), m.end() + run.start()) for m in WORD.finditer(run.group())]
            own = {n + 1: self._owner(text, w) for n, w in enumerate(words[:-1]) if text[w[1] - 2:w[1]] in ("'s", "’s")}
            cut = [n for n, cc in own.items() if cc]
            runs.extend(words[a:b] for a, b in zip([0] + cut, cut + [len(words)]))  # "Niger's | Tillabéri region"
            owners.update({words[n][0]: own[n] for n in cut})
        surnames = self._surnames(text, runs)
        found = []
        for words in runs:
            i = 0
            while i < len(words):
                hit = self._longest(text, words, i)
                if hit is None:
                    found.extend(self._hyphen_parts(text, words[i], surnames))
                    i += 1
                    continue
                j, start, end, cands = hit
                if j + 1 < len(words) and text[words[j + 1][0]:words[j + 1][1]].lower() in ADMIN_AFTER:
                    local = tuple(p for p in cands if p.cc == "US") or cands  # "X County" is an American form
                    found.append((start, words[j + 1][1], local))  # "Laurel County": the county, not a surname
                    i = j + 2
                    continue
                if start in owners:  # "Niger's Tillabéri region", not "France's Orano" or "Niger's Independence Day"
                    cands = tuple(p for p in cands if p.cc == owners[start])
                    if not cands:
                        i = j + 1
                        continue
                lo, hi = _segment(text, words, i)
                if self._plausible(text, words, (i - lo, j + 1 < hi), start, end, cands, surnames):
                    site = self._site_after(text, start, end)
                    found.append(site or (start, end, self._division(text, start, end, cands)))
                i = j + 1
        return found

    def _owner(self, text, word) -> str | None:
        """The country of a possessive country name ("Niger's"), else None."""
        cands = self.geocoder.candidates(key(POSSESSIVE.sub("", text[word[0]:word[1]])))
        return cands[0].cc if cands and cands[0].kind == "country" else None

    def sites_called(self, town: str, words, cc: str | None = None) -> tuple:
        """The gazetteer's sites named for a town and the first of ``words`` that names one ("Niamey
        airport", "Gao base"), in country ``cc`` if given."""
        for word in words:
            sites = tuple(p for p in self.geocoder.candidates(key(f"{town} {word}"))
                          if p.kind == "site" and cc in (None, p.cc))
            if sites:
                return sites
        return ()

    def _site_after(self, text, start, end) -> tuple | None:
        """The span of a town and the lowercase word after it that names a site: "Niamey airport"."""
        m = SITE_AFTER.match(text, end)
        sites = self.sites_called(text[start:end], (m.group(1),)) if m else ()
        return (start, m.end(), sites) if sites else None

    def _division(self, text, start, end, cands) -> tuple:
        """Only the states and provinces of a name a lowercase word calls one: "Washington state",
        "the state of Victoria", "Kano state" (the curated "Kano State" if there is one)."""
        after = DIVISION_AFTER.match(text, end)
        if TOWN_BEFORE.search(text, max(0, start - 30), start):  # "the city of Agadez", not its region
            return tuple(p for p in cands if p.kind in ("city", "locality")) or cands
        if not (after or DIVISION_BEFORE.search(text, max(0, start - 30), start)):
            return cands
        # "Tillabéri region" is the region; "the Niger region" no Nigerian state, "the Sahel region" not Burkina's
        if after and (after.group(1) != "region" or cands[0].kind != "country" and cands[0].cc):
            compound = self.geocoder.candidates(key(f"{text[start:end]} {after.group(1)}"))
            regions = tuple(p for p in compound if p.kind == "region")
            if any(p.how != "alt" for p in regions):
                return regions
            if regions:  # only another name of some region ("the Charlotte region"): context decides
                return regions + tuple(p for p in cands if p.kind != "region")
        return tuple(p for p in cands if p.kind == "region") or cands

    def _hyphen_parts(self, text, word, surnames):
        """Places inside hyphenated words: "Russian-American", "Mali-based"."""
        start, end = word
        if "-" not in text[start:end]:
            return []
        out, pos = [], start
        for part in text[start:end].split("-"):
            cands = self.geocoder.candidates(key(part)) if part[:1].isupper() else ()
            if cands and (cands[0].kind in ("country", "region", "continent") or cands[0].how == "demonym"):
                out.append((pos, pos + len(part), cands))
            pos += len(part) + 1
        return out

    def _longest(self, text, words, i):
        state = POSTAL.get(text[words[i][0]:words[i][1] + 1])
        if state and AFTER_TOWN.search(text, max(0, words[i][0] - 40), words[i][0]):
            return i, words[i][0], words[i][1], tuple(p for p in self.geocoder.candidates(key(state)) if p.kind == "region")
        start = words[i][0]
        for j in range(min(len(words), i + MAX_TOKENS) - 1, i - 1, -1):
            length, cands = self._lookup(text[start:words[j][1]])
            if cands:
                return j, start, start + length, cands
        return None

    def _lookup(self, surface: str) -> tuple[int, tuple]:
        """The length of a name without its "'s", and its candidates."""
        surface = POSSESSIVE.sub("", surface)
        length = len(surface)
        if "." in surface:
            surface = SPACED_ABBREV.sub("", surface)
        cands = self.geocoder.candidates(key(surface)) if surface else ()
        if len(surface) <= 3 and not surface.isupper():  # "Pa" is no name of Chongqing's an article would use,
            cands = tuple(p for p in cands if not (p.how == "alt" and p.gid.startswith("gn:")))  # nor "Ber" Véroia's
        return length, cands

    def _surnames(self, text, runs) -> set[str]:
        """Last words of person-like runs ("Kurt Campbell"): later lone uses are people too."""
        out = set()
        for words in runs:
            if len(words) < 2:
                continue
            whole = text[words[0][0]:words[-1][1]]
            first = text[words[-2][0]:words[-2][1]]
            first_places = self.geocoder.candidates(key(first))
            listed = text[words[-2][1]:words[-1][0]].strip() and any(p.how == "name" for p in first_places)
            if CALENDAR.fullmatch(first) or listed:
                continue  # "Monday and Timbuktu", "Tessalit and Aguelhok": not a first name and a surname
            if text.endswith(" of", 0, words[-1][0] - 1):
                continue  # "Residents of Shire said": no first name and surname
            if self.geocoder.candidates(key(whole)) or first.lower() in ORG_AFTER:
                continue
            if first[0].isupper() and not first.isupper() and not _is_placey(first_places):
                out.add(POSSESSIVE.sub("", text[words[-1][0]:words[-1][1]]))
        return out

    def _plausible(self, text, words, where, start, end, cands, surnames) -> bool:
        """Whether a gazetteer match is a place here; ``where`` is (words before it in its name,
        whether words follow it)."""
        before, after = where
        best = cands[0]
        surface = text[start:end]
        if surface.lower() in NOT_PLACES or DISEASE.match(text, end) or \
                FAMILY.match(text, end) and THE_BEFORE.search(text, max(0, start - 4), start):
            return False  # "Marburg virus", "Lassa fever", "the Bongo family": named after a place
        if best.kind == "country" and len(surface) <= 4 and not surface.isupper() and key(surface) != key(best.name):
            return False  # a country's acronym only in capitals: "the CAR", not "Car bombs"
        national = best.kind in ("country", "continent") or best.how == "demonym"
        strong = national or best.kind in ("region", "site") or best.pop >= BIG_CITY
        if not national and _title_before(text, start):
            return False
        if surface.lower() in TITLES and not national and TITLE_BEFORE_NAME.match(text, end):
            return False  # "Sen. Marco Rubio": the title, not Mori's other name
        if " " not in surface and not national and surface.endswith("ing") and _sentence_initial(text, start) and \
                GERUND_OBJECT.match(text, end):
            return False  # "Reading a statement on state television, an officer said": a verb, not the town
        if " " not in surface and not national:
            z = _zipf(surface.lower())
            if (z >= 5.5 and _sentence_initial(text, start)) or (z >= 5.0 and best.how == "alt"):
                return False  # "We", "No", "Man": common words that are also some town's other name
        if best.how == "alt" and THE_COMMON.fullmatch(surface) and _zipf(surface.split()[1].lower()) >= 4.8:
            return False  # "The City Council", "The Mission's peacekeepers": not Oakville's or a district's other name
        if MIXED_ACRONYM.fullmatch(surface):
            return False  # "FAMa", Mali's armed forces: not Fama, Brazil
        dateline = surface.isupper() and DATELINE.match(text, start)  # "LOMÉ (Reuters) -", "HAMMOND, Ind. (AP) -"
        if best.kind == "city" and surface.isupper() and len(surface) <= 4 and not ("." in surface and best.pop >= BIG_CITY) \
                and not (dateline and _line_start(text, start)):
            return False  # acronyms: "UN", "AFP", "CNN"; not "D.C." or the dateline's "LOMÉ (Reuters) -"
        if strong and best.kind == "city" and after and (best.how == "alt" or self._other_name(text, words, end)):
            return False  # "Drug Enforcement" (Durg's other name), "Vladimir Putin": not the city
        if strong and (best.kind != "city" or not before):
            return not (best.kind == "country" and best.how == "alt" and surface.isupper())
        if before or after:
            return False  # a small place inside a longer name: "Kurt Campbell", "Ali Lamine Zeine"
        if surface in surnames or SPEECH.match(text, end) and not text.endswith("of ", 0, start):
            return False  # "Campbell said"; not "Residents of Shire said"
        if " " in surface:
            return True  # wordfreq rates a phrase by its rarer word: "Grand Island" is no phrase of English
        z = _zipf(surface.lower())
        initial = _sentence_initial(text, start) and not (dateline and dateline.group(2))  # "HAMMOND, Ind." opens no sentence
        return not (z >= COMMON_WORD_ZIPF or (z >= 3.5 and initial))

    def _other_name(self, text, words, end) -> bool:
        """A two-word name of someone who speaks ("Kurt Campbell said"), or whose second word is no place
        ("Vladimir Putin", "Independence Day"): a person's or a thing's name, not the city."""
        if len(words) != 2 or words[1][0] < end:
            return False
        second = text[words[1][0]:words[1][1]]
        return bool(SPEECH.match(text, words[1][1])) or (second.lower() not in ORG_AFTER and second[1:].islower()
                                                         and not self.geocoder.candidates(key(second)))

    # ---- resolution
    def find(self, article: Article | str, article_id: str | None = None) -> list[PlaceMention]:
        """Every place mention in the article body, resolved in the article's context."""
        text = article.body if isinstance(article, Article) else article
        aid = article.id if isinstance(article, Article) else (article_id or "")
        spans = [s for s in self.spans(text)
                 if not (isinstance(article, Article) and article.is_boilerplate(s[0], s[1]))]
        dateline = dateline_span(text)
        chosen = resolve(text, spans)
        towns = [p for p in chosen if p.kind in ("city", "locality")]
        out = []
        for (start, end, cands), best in zip(spans, chosen):
            role = "demonym" if best.how == "demonym" else "mention"
            if dateline and start >= dateline[0] and end <= dateline[1]:
                role = "dateline"
            elif best.kind == "city" and (_government(text, start, end, best) or ACCORD_AFTER.match(text, end)):
                role = "metonym"
            if is_admin(text[start:end]) and best.kind != "region":
                local = locality(towns)
                if local is not None:  # "County Durham" or a county no row holds: near the article's towns
                    out.append(PlaceMention(aid, start, end, text[start:end], text[start:end], local.lat,
                                            local.lon, best.cc, "region", None, role))
                    continue
            out.append(PlaceMention(aid, start, end, text[start:end], best.name, best.lat, best.lon,
                                    best.cc, best.kind, best.gid, role))
        return out


def _government(text, start, end, place) -> bool:
    """A capital standing for its government: "Washington and Niamey have agreed", "relations between
    Paris and Bamako", "Paris said"; not one a place is "in" ("troops based in N'Djamena have left")."""
    if capital_of(place.cc) != place.name:
        return False
    if GOVERNMENT_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return GOVERNMENT_AFTER.match(text, end) is not None and LOCATIVE.search(text, max(0, start - 10), start) is None


def _segment(text, words, i) -> tuple[int, int]:
    """The word range of the name word ``i`` belongs to: a run of capitalised words split at "and"
    ("Sarnia and Brampton") and after a sentence's first function or common word ("The Gainesville
    police", "Residents of Agadez")."""
    lo, hi = 0, len(words)
    for n in range(1, len(words)):
        gap = text[words[n - 1][1]:words[n][0]]
        head = text[words[0][0]:words[0][1]]
        first = n == 1 and _sentence_initial(text, words[0][0]) and (
            head in LEADING or _zipf(head.lower()) >= COMMON_HEAD_ZIPF)  # "Residents of Agadez"
        if " and " in f" {gap} " or first:
            if n <= i:
                lo = n
            else:
                hi = min(hi, n)
    return lo, hi


def _title_before(text: str, start: int) -> bool:
    """Whether a title ("Sen.", "President ") comes right before a name."""
    head = text[max(0, start - 20):start]
    if not head[-1:].isspace() or head.rstrip(" \t").endswith("\n"):
        return False  # a headline's last word, "... detains president", is no title for the dateline under it
    word = head.rstrip()
    word = word[:-1] if word.endswith(".") else word
    n = len(word)
    while n and word[n - 1] in string.ascii_letters:
        n -= 1
    return word[n:].lower() in TITLES


def _is_placey(cands) -> bool:
    return bool(cands) and (cands[0].kind != "city" or cands[0].pop >= BIG_CITY)


def _line_start(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _sentence_initial(text: str, start: int) -> bool:
    """Whether a word opens a sentence, a line or a clause after a spaced dash ("06:40 GMT - Residents")."""
    return start == 0 or OPENS.search(text[max(0, start - 4):start]) is not None  # sliced: "^" is where the four begin


def dateline_span(text: str) -> tuple[int, int] | None:
    """The span of a wire dateline ("WASHINGTON –", "OUAGADOUGOU (Reuters) -", "HARARE/GOMA, March 14 -") in the
    first line."""
    first = text.lstrip("\n")
    offset = len(text) - len(first)
    for line in re.finditer(r"[^\n]+", first[:2000]):
        m = DATELINE.match(line.group()) or DATELINE_TITLE.match(line.group())
        if m and m.group(1).strip().upper().rstrip(" 0123456789") not in WIRE_FLAGS:
            # "ABUJA, Nigeria (AP) —": the country is the dateline's too
            return offset + line.start() + m.start(1), offset + line.start() + max(m.end(1), m.end(2))
    return None


def find_places(articles: Iterable[Article], finder: PlaceFinder | None = None) -> list[PlaceMention]:
    """All mentions in all articles, in article then text order."""
    finder = finder or PlaceFinder()
    return [m for a in articles for m in finder.find(a)]
