"""Who: the foreign force and the host country of an event a sentence tells (where it was: :mod:`sahelmap.scenes`).

Only English news phrasing and the place mentions of the sentence are read: "France's last troops"
(the actor), "asked Denmark to withdraw" (told to go), "ending France's mission in Mali" (the host).
"""

from __future__ import annotations

import re

from .eventwords import (ACTOR_NAMES, COALITIONS, DESTINATION, FORCE, FORCE_AFTER, FORCE_FROM, FOREIGN_POWERS,
                         METONYMS, NAME, NAMED_FORCES, RULER_NOUNS, TELLER, TELLING, TOLD_TO_GO, UN_FORCES)
from .geocoders.index import capital_of, country_table
from .places import PlaceMention

# where forces come from: "from Nigeria, Sierra Leone and Ghana", "flown in from bases in Chad and Ivory Coast"
ORIGIN = re.compile(r"\bfrom\s+(?:(?:their|its|the)\s+)?(?:(?:[\w-]+\s+)?(?:bases?|camps?|garrisons?)\s+in\s+)?"
                    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))*\Z")
UNKNOWN = (None, "unknown")
OTHER_CLAUSE = re.compile(r"\b(?:after|before|since|while|when|because|whereas)\b")  # "remain after juntas in Mali ..."
WHERE_TO = re.compile(r"\b(?:in|into|at|to)\s+(?:the\s+)?(?:neighbou?ring\s+)?\Z")  # "into neighbouring Niger": no sender
THEIR_COUNTRY = re.compile(r"\b(?:his|her) country\s+(?:\w+\s+){0,3}$")  # "his country would send"
DWELLING = re.compile(r"\b(?:based|living|exiled|hiding|settled)\s+in\s+\Z")
THE_COUNTRY = re.compile(r"\b(?:to|in|into|out of) the country\b")  # "sent 300 instructors to the country"
BOUND_FOR = re.compile(r"\b(?:bound|headed|heading|for|to|towards?|into)\s+$")  # "a C-17 bound for Germany, ending"
# "the resolution, drafted by France, sets a deadline for the withdrawal": the drafter, not the force's owner
AUTHOR_OF = re.compile(r"\b(?:drafted|proposed|sponsored|written|tabled|brokered|mediated)\s+by\s+(?:the\s+)?$")
# "Chad ended its defence pact": a country's own accord
OWN_ACCORD = re.compile(r"(?:['’]s\s+\w+)?\s+(?:has\s+|had\s+)?\w+\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}")
TERRITORY = re.compile(r"\s+(?:territory|soil|airspace)\b")  # "left Malian territory": the country itself
LISTED = re.compile(r",?\s*(?:and\s+|or\s+)?")  # between names listed together
# "Berlin decided to pull out", not "ties with Moscow and moves to expel"
METONYM_SUBJECT = re.compile(r"(?<!\bwith )(?<!\bto )(?<!\bof )(?<!\band )(?:"
                             + "|".join(f"(?P<{cc}>{rx})" for cc, rx in METONYMS.items())
                             + r")(?=(?:\s+(?!and\b)[\w'’-]+){0,3}\s*$)")
# "alongside Mali", "formed a confederation with Mali"
COMPANION = re.compile(r"\b(?:alongside|along with|together with|as did|like|"
                       r"(?:confederation|federation|alliance) with)\s+(?:fellow\s+)?\Z")
OWN_BORDER = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?borders?\s+with\b[^.;]*$")  # "to its northern border with
# Burkina Faso and Niger": the sender's own side of it
BORDER_POST = re.compile(r"cross\w*\s+(?:back\s+)?the border\s+(?:at|near)\s+")  # "crossed the border at Gisenyi"
EN_ROUTE = re.compile(r"\b(?:heading|headed|bound|en route|on (?:its|their) way|making (?:its|their) way)\s+(?:to|for|towards?)\s+$")
FORCE_OF = re.compile(r"(?:['’]s)?" + FORCE_AFTER.pattern, re.I)  # "French troops", "France's troops"
# "Sweden's armed forces", not "Mali's military government"
OWN_FORCE = re.compile(r"['’]s" + FORCE_AFTER.pattern + r"(?!\s+(?:" + RULER_NOUNS + r"|spokes\w+|chief))", re.I)
HELD_BY_CLAUSE = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$")
BASE_DEED = re.compile(FORCE_AFTER.pattern + r"\s+(?:had\s+|have\s+|has\s+)?(?:handed|built|left|vacated|closed|used|"
                       r"occupied|set up)\b", re.I)
SERVING = re.compile(FORCE_AFTER.pattern + r"\s+(?:serving|attached|deployed|working)\s+(?:with|alongside|under|to)\b",
                     re.I)
GRANTED_WITH = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$")  # "with the breakaway region of"
# "... to use its port of Berbera", "... for sea access"
LEND_SITE = re.compile(r"[^.;]{0,40}?\b(?:to\s+(?:use\s+its|set\s+up|build|open|host)|"
                       r"for\s+(?:sea\s+|port\s+)?access)\b")
HELPED = re.compile(r"\b(?:train|help|support|assist|equip|advise)\w*\s+(?:the\s+)?$")
DEFENCE_FORCE = re.compile(r"\s+(?:National\s+|People['’]s\s+)?Defen[cs]e\s+Forces?\b")  # "Botswana Defence Force"
SAID_IT = re.compile(r"\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+"
                     r"(?:had\s+|has\s+|have\s+|would\s+|will\s+)?(?:also\s+|already\s+)?")
OPENING_QUOTE = re.compile(r"\s*[\"“][^\"”]{1,200}[\"”],?\s*")
OWN_OBJECT = re.compile(r"\w+(?:\s+(?:out|back|home))?\s+(?:(?:around|about|some|nearly|almost|roughly)\s+)?"
                        r"(?:(?:all|some|half|most|part|[\d,]+)(?:\s+of)?\s+)?(?:the\s+[\d,]+\s+)?"
                        r"(?:(?:its|their)\s+(?:[\w,-]+\s+){0,2}?)?" + FORCE + r"\b", re.I)  # "600 of the 1,200 troops"
SUBJECT_GAP = re.compile(r"\s+(?:(?:will|would|is|was|has|had|to|plans|plans to|decided to|is to|began|began to|"
                         r"started|start|starts|begun|gradually|also|now|quickly|fully|set to|is set to)\s+){0,3}")


def actor_of(sentence, offset, here, trig_at, moving=False, partner=False) -> tuple[str | None, str]:
    """Whose forces: a country told to go, else one withdrawing its own, else one they come from ("Troops from
    Niger and Chad"), else the country right before the force word nearest the trigger ("France's last troops"),
    else a named force (Wagner), else the first foreign power named before the trigger, else an accord's partner
    ("deal with the US"), else a UN or EU mission; for forces on the move, else any country sending its own, else a
    people's forces ("The Danish troops"); else a coalition (Takuba)."""
    for m in here:  # "asked Denmark to withdraw", "ordered France to pull out"
        if m.kind == "country" and TOLD_TO_GO.match(sentence, m.end - offset) and \
                TELLING.search(sentence[max(0, m.start - offset - 20):m.start - offset]):
            return _forces(m)
    own = not partner and (_own_forces(sentence, offset, here, trig_at)
                           or _their_country(sentence, offset, here, trig_at))
    if own:  # "Ivory Coast will gradually withdraw its soldiers"; an accord names no force of its own
        return _forces(own)
    sent_from = next((m for m in here if m.kind == "country" and m.start - offset < trig_at
                      and FORCE_FROM.search(sentence, 0, m.start - offset)
                      and not re.match(r",\s*[A-Z]", sentence[m.end - offset:])), None) if moving else None
    if sent_from:  # "Troops from Niger and Chad launched an offensive": the first named's; a bloc's list names none
        return _forces(sent_from)
    serving = _serving_with(sentence, offset, here, trig_at)
    if serving:  # "The last Estonian soldiers serving with France's operation Barkhane left Mali": Estonia's
        return _forces(serving)
    forces = sorted((m.start() for m in re.finditer(FORCE, sentence, re.I)), key=lambda f: abs(f - trig_at))
    countries = [m for m in here if m.kind == "country" and m.country_code in FOREIGN_POWERS
                 and not AUTHOR_OF.search(sentence, max(0, m.start - offset - 30), m.start - offset)]
    subject = [m for m in countries if 0 < trig_at - (m.end - offset) <= 20
               and not re.search(FORCE + r"|\band\b", sentence[m.end - offset:trig_at], re.I)
               and not BOUND_FOR.search(sentence, max(0, m.start - offset - 14), m.start - offset)]
    if subject:  # "as US prepares exit", "France's withdrawal"
        return _power(subject[-1])
    named = _metonym_subject(sentence, trig_at)
    if named:  # "Berlin decided to pull out after Mali's junta brought in Russian mercenaries"
        return _named_power(named)
    found = _partner(sentence, offset, countries, trig_at) if partner else None
    if found:  # "ended a military cooperation agreement with Washington, a month after Russia began sending ..."
        return found
    for f in forces:
        before = [m for m in countries if 0 <= offset + f - m.end <= 40
                  and not sentence.startswith("-led", m.end - offset)]  # "the French-led task force"
        if before:  # "German soldiers serving with the UN mission" are Germany's; "France, asks the mission" not
            m = before[-1]
            own = re.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + FORCE, sentence[m.end - offset:], re.I)
            return (None if own else _un_between(sentence, m.end - offset, trig_at)) or _power(m)
    for rx, cc, name in NAMED_FORCES:
        if re.search(rx, sentence):
            return cc, name
    if countries and countries[0].start - offset < trig_at:
        return _un_between(sentence, countries[0].end - offset, trig_at) or _power(countries[0])
    for cc, rx in METONYMS.items():  # "Moscow has dispatched instructors"
        m = re.search(rx, sentence[:trig_at])
        if m and not re.match(r"\s*[-–—(]", sentence[m.end():m.end() + 3]):  # not a dateline
            return _named_power(cc)
    # before a UN or regional mission the sentence names: "Rwanda said it had deployed troops to the Central
    # African Republic after its soldiers serving with the United Nations force there came under attack",
    # "Kenyan soldiers from the East African Community's regional force"
    for fallback in (_smaller_power, _people_force, _self_told) if moving else ():
        found = fallback(sentence, offset, here, trig_at)
        if found != UNKNOWN:
            return found
    # an accord "that could pave the way for Rwandan troops to help Benin": the party sending them, named after it
    later = [m for m in here if m.start - offset > trig_at  # but not those helped: "to train Nigerien troops"
             and not HELPED.search(sentence, max(0, m.start - offset - 16), m.start - offset)]
    found = _people_force(sentence, offset, later, len(sentence)) if partner else UNKNOWN
    if found != UNKNOWN:
        return found
    for rx, cc, name in UN_FORCES:
        if re.search(rx, sentence):
            return cc, name
    return next(((cc, name) for rx, cc, name in COALITIONS if re.search(rx, sentence)), UNKNOWN)


def _partner(sentence, offset, countries, trig_at) -> tuple[str | None, str] | None:
    """An accord's foreign party named right after it: "a deal with the US", "its agreement with Washington"."""
    m = next((m for m in countries if 0 < m.start - offset - trig_at <= 60
              and re.search(r"\bwith\s+(?:the\s+)?$", sentence[:m.start - offset])), None)
    if m:
        return _power(m)
    for cc, rx in METONYMS.items():  # "tore up its military agreement with Washington"
        if re.match(r"[^.;]{0,60}?\bwith\s+(?:the\s+)?" + rx, sentence[trig_at:]):
            return _named_power(cc)
    return None


QUIT_MISSION = re.compile(r"\s+from\s+(?:[\w-]+\s+){0,6}?(?:missions?|partnerships?)\b")


def host_quits(sentence, offset, here, trig, host) -> bool:
    """The host itself withdrawing from foreign missions ends a partnership, not a deployment: "Niger's
    military authorities said they were withdrawing from two European Union security and defence missions"."""
    named = [m for m in here if m.start - offset < trig.start() and m.role != "dateline"]
    return QUIT_MISSION.match(sentence, trig.end()) is not None and bool(named) and \
        all(m.country_code == host for m in named)


def taken_from(sentence, offset, here, host) -> tuple[str | None, str]:
    """Who left what the host's army "took over": "The Malian army took over the UN camp in Tessalit, after
    peacekeepers left" (the UN mission), "the base ... that French troops had used" (France)."""
    for rx, cc, name in UN_FORCES:
        if re.search(rx, sentence):
            return cc, name
    m = next((m for m in here if m.country_code not in (None, host) and m.kind == "country"
              and FORCE_OF.match(sentence, m.end - offset)), None)
    return _forces(m) if m else UNKNOWN


def _forces(m: PlaceMention) -> tuple[str | None, str]:
    """(code, name) of a country's armed forces: "French Armed Forces", "Armed forces of Denmark"."""
    return m.country_code, ACTOR_NAMES.get(m.country_code, f"Armed forces of {m.name}")


def base_holder(sentence, offset, here, trig_end) -> tuple[str | None, str] | None:
    """The force a base's relative clause says held it: "the Gossi military base ..., which French
    troops handed over to the Malian army on Tuesday" (not the mercenaries filmed near it)."""
    for m in here:
        at = m.start - offset
        if at > trig_end and m.country_code and HELD_BY_CLAUSE.search(sentence, max(trig_end, at - 14), at) \
                and BASE_DEED.match(sentence, m.end - offset):
            return _forces(m)
    return None


def _named_power(cc: str) -> tuple[str, str]:
    """(code, name) of a power its capital, institution or leader stands for: "Moscow", "the Pentagon"."""
    return cc, ACTOR_NAMES.get(cc, country_table().get(cc, {}).get("name", cc))


def _metonym_subject(sentence: str, trig_at: int) -> str | None:
    """The power whose capital or leader stands right before the trigger, as its subject."""
    m = METONYM_SUBJECT.search(sentence[max(0, trig_at - 25):trig_at])
    if m and not re.search(FORCE, m.string[m.end():], re.I) and not re.match(r"\s*[-–—(]", m.string[m.end():]):
        return m.lastgroup
    return None


def signatory(sentence, offset, here, host) -> tuple[str | None, str] | None:
    """The host's partner when the sentence tells the two as a pair: "Israel and Morocco signed a memorandum of
    understanding" (Morocco hosting), "Ethiopia and Somaliland signed"; none of a longer list ("Mali, Burkina Faso and
    Niger signed a treaty")."""
    parties = [m for m in here if m.kind in ("country", "region") and m.role == "mention"]
    for a, b in zip(parties, parties[1:]):
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[a.end - offset:b.start - offset]) and \
                not re.search(r",\s*$", sentence[:a.start - offset]) and \
                host in (a.country_code, b.country_code) and a.country_code != b.country_code:
            return _power(a if b.country_code == host else b)
    return None


def _power(m: PlaceMention) -> tuple[str | None, str]:
    """(code, name) of a foreign power as the text names it when it has no forces' name."""
    return m.country_code, ACTOR_NAMES.get(m.country_code, m.name)


def _own_forces(sentence, offset, here, trig_at) -> PlaceMention | None:
    """The country that is the subject of the trigger and owns its object: "Ivory Coast will gradually
    withdraw its soldiers", "Chad to pull troops out"."""
    if not OWN_OBJECT.match(sentence, trig_at):
        return None
    return next((m for m in here if m.kind == "country" and m.start - offset < trig_at
                 and SUBJECT_GAP.fullmatch(sentence, m.end - offset, trig_at)), None)


def _their_country(sentence, offset, here, trig_at) -> PlaceMention | None:
    """The country a leader's "his country" points back to: "Ivory Coast's President Alassane Ouattara
    said his country would send a battalion"."""
    told = THEIR_COUNTRY.search(sentence, 0, trig_at)
    return next((m for m in reversed(here) if m.kind == "country" and m.end - offset <= told.start()), None) \
        if told else None


def _serving_with(sentence, offset, here, trig_at) -> PlaceMention | None:
    """A people's forces that serve with another's, as the trigger's subject: "Estonian soldiers serving with
    France's operation Barkhane left", "Chadian troops attached to the U.N. mission"."""
    return next((m for m in here if m.role == "demonym" and m.start - offset < trig_at
                 and SERVING.match(sentence, m.end - offset)), None)


# "French troops", the first of "South African, Tanzanian and Malawian soldiers"
PEOPLE_FORCE = re.compile(r"(?:(?:,\s+" + NAME + r")*,?\s+and\s+" + NAME + r")?" + FORCE_AFTER.pattern, re.I)


def _people_force(sentence, offset, here, trig_at) -> tuple[str | None, str]:
    """A people's or a country's forces before the trigger: "The Danish troops arrived in Menaka", "Sweden's armed
    forces left", "Botswana Defence Force soldiers returned" (not "transferred to the Chadian army"), the first of
    "South African, Tanzanian and Malawian soldiers"; or the speaker after a quote that tells it: "“We have completed
    our withdrawal,” Sweden's armed forces said"."""
    quote = OPENING_QUOTE.match(sentence)
    limit = quote.end() + 5 if quote and trig_at < quote.end() else trig_at
    m = next((m for m in here if m.start - offset < limit and (
        m.role == "demonym" and PEOPLE_FORCE.match(sentence, m.end - offset)
        or m.kind == "country" and (OWN_FORCE.match(sentence, m.end - offset)
                                    or DEFENCE_FORCE.match(sentence, m.end - offset)))), None)
    return _forces(m) if m else UNKNOWN


def _self_told(sentence, offset, here, trig_at) -> tuple[str | None, str]:
    """A country telling what it did itself: "Nigeria said it had also sent a warship and aircraft"."""
    m = next((m for m in here if m.kind == "country" and m.role == "mention"
              and SAID_IT.fullmatch(sentence, m.end - offset, trig_at)), None)
    return _forces(m) if m else UNKNOWN


def _clause_start(sentence: str, start: int, end: int) -> int:
    """Where the clause holding ``end`` starts, from ``start`` on: after "since the end of World War Two," a
    place "in Djibouti" is the base's again."""
    comma = sentence.rfind(",", start, end)
    return start if comma < 0 else comma


def _smaller_power(sentence, offset, here, trig_at) -> tuple[str | None, str]:
    """Any country sending its own forces somewhere else it names: "Hungary's parliament approved
    sending 200 soldiers to Chad" (the country before the trigger, another after "to")."""
    nations = [m for m in here if m.kind == "country" or m.role == "demonym" or _capital_subject(m, offset)]
    dest = next((m for m in here if m.start - offset > trig_at and m.country_code  # "to Mali", "to Juba"
                 and DESTINATION.search(sentence[max(0, m.start - offset - 12):m.start - offset])
                 and not OTHER_CLAUSE.search(sentence, _clause_start(sentence, trig_at, m.start - offset),
                                             m.start - offset)), None)
    if dest is None or all(f.group().lower() == "delegation" for f in re.finditer(FORCE, sentence, re.I)):
        return UNKNOWN  # a delegation sent to Niamey is no deployment
    actor = next((m for m in nations if m.start - offset < trig_at and m.country_code != dest.country_code
                  and not WHERE_TO.search(sentence, 0, m.start - offset)), None)
    return _forces(actor) if actor else UNKNOWN


def host_of(here, actor_cc, ctx, trig_at=None, arriving=False, accord=False, recent=None, nearest=False) -> str | None:
    """The African country the trigger points at ("ending France's mission in Mali"), else the first the sentence
    names other than the force's own (a town counts only when the article names its country: "Wagner" is no
    Brazilian town here), else the article's. Hosts are African: "France, Britain, Germany, Canada and others"
    condemn, they do not host. Forces ``arriving`` come "from Nigeria, Sierra Leone and Ghana": those send them. An
    ``accord``'s parties listed together ("Turkey, Somalia sign defence pact") are its host, not fellow actors. With
    none named, the ``recent`` host of the same kind goes on ("... said his country would send a battalion").
    A ``nearest`` (a coup's) is the country named last before it: "Nigeria sent jets into Benin, which had just put
    down an attempt ... to seize power"."""
    body = ctx.article.body
    if arriving:
        here = [m for m in here if not ORIGIN.search(body, max(0, m.start - 80), m.start)]
    partners = [] if accord else _listed_with(here, actor_cc, body)  # "Britain, Sweden, Germany and Benin have ..."
    partners += _companions(here, body)
    named = [m for m in here if m.country_code and m.country_code != actor_cc and _african(m.country_code)
             and m.country_code not in FOREIGN_POWERS and (m.role != "demonym" or TERRITORY.match(body, m.end))
             and m not in partners
             and (m.kind in ("country", "region") or m.country_code in ctx.named | {ctx.focus})
             and not _next_door(body, m.start, trig_at) and not OWN_BORDER.search(body, max(0, m.start - 60), m.start)
             and not (actor_cc is None and EN_ROUTE.search(body, max(0, m.start - 30), m.start))
             and not (trig_at is not None and BORDER_POST.fullmatch(body, trig_at, m.start))]  # the far side
    own = [m for m in named if accord and trig_at is not None and 0 < trig_at - m.end <= 50
           and OWN_ACCORD.fullmatch(body, m.end, trig_at)]
    if own:  # "hours after Chad ended its defence pact with Paris": Chad's own accord
        return own[-1].country_code
    granting = [m for m in named if accord and trig_at is not None and 0 < m.start - trig_at <= 90
                and GRANTED_WITH.search(body, max(0, m.start - 40), m.start)
                and LEND_SITE.match(body, m.end, m.end + 90)]
    if granting:  # "signed an agreement with the breakaway region of Somaliland to use its port": where it is
        return granting[0].country_code
    tellers = [m for m in named if trig_at is not None and m.end < trig_at and TELLER.match(body, m.end)]
    if tellers:  # "Chad and Senegal have asked French troops to leave": the one asking hosts them
        return tellers[0].country_code
    pointed = [m for m in named if trig_at is not None and 0 < m.start - trig_at <= 90
               and DESTINATION.search(body[max(0, m.start - 40):m.start])
               and not DWELLING.search(body, max(0, m.start - 20), m.start)]  # "plotters based in Ivory Coast"
    for m in named:  # "to Mali, Niger and Burkina Faso": the whole list is pointed at
        if pointed and m not in pointed and m.start > pointed[-1].end and \
                LISTED.fullmatch(body, pointed[-1].end, m.start):
            pointed.append(m)
    before = [m for m in named if nearest and trig_at is not None and m.end <= trig_at]
    if before and not pointed:
        return before[-1].country_code
    if pointed or named:  # of "between Mali, Niger and Burkina Faso", the one the story puts a town in
        listed = pointed or named
        return next((m for m in listed if m.country_code in ctx.towns), listed[0]).country_code
    if trig_at is not None and THE_COUNTRY.search(body, trig_at, trig_at + 80):  # the one named last before
        last = [m for m in ctx.mentions if m.end <= trig_at and m.kind == "country" and m.role != "demonym"
                and m.country_code not in (actor_cc, *FOREIGN_POWERS) and _african(m.country_code)]
        if last:
            return last[-1].country_code
    if recent and recent != actor_cc:
        return recent
    return ctx.focus if ctx.focus != actor_cc and _african(ctx.focus) else None


def _listed_with(here, actor_cc, body) -> list:
    """The countries listed together with the actor's ("Britain, Sweden, Germany and Benin have also
    announced they are pulling troops out", "Uganda, Burundi and South Sudan also sent troops"): fellow
    actors, not hosts."""
    first = next((i for i, m in enumerate(here) if m.country_code == actor_cc and m.kind == "country"), None)
    if actor_cc is None or first is None:
        return []
    # "Uganda, Burundi and South Sudan also sent troops": South Sudan's fellow senders
    return _listed_next_to(here, first, body, step=-1)[::-1] + _listed_next_to(here, first, body)


def _companions(here, body) -> list:
    """The countries that did the same "alongside" the story's ("has quit ECOWAS alongside Mali and Burkina
    Faso"): company, not the host."""
    out = []
    for i, m in enumerate(here):
        if m not in out and COMPANION.search(body, max(0, m.start - 24), m.start):
            out += [m, *_listed_next_to(here, i, body)]
    return out


def _listed_next_to(here, i, body, step=1) -> list:
    """The mentions listed together with ``here[i]``: right after it ("Mali, Burkina Faso and Niger"), or
    right before it with ``step=-1``, nearest first."""
    out = []
    while 0 <= i + step < len(here):
        a, b = (here[i], here[i + step])[::step]  # in text order
        if not LISTED.fullmatch(body, a.end, b.start):
            break
        i += step
        out.append(here[i])
    return out


def _next_door(body, start, trig_at) -> bool:
    """ "took power in 2022, ..., and Wagner also operates in neighbouring Mali": a country beside the
    story's, named well after the trigger ("troops from neighbouring Niger" right after it is the host)."""
    return re.search(r"\bneighbou?ring\s+$", body[max(0, start - 14):start]) is not None and \
        trig_at is not None and start - trig_at > 90


def _capital_subject(m: PlaceMention, offset: int) -> bool:
    """A capital opening the sentence speaks for its country: "N'Djamena has deployed 1,200 soldiers"."""
    return m.start - offset <= 2 and m.kind == "city" and capital_of(m.country_code) == m.name


def _african(cc: str | None) -> bool:
    return country_table().get(cc or "", {}).get("continent") == "AF"


def _un_between(sentence, start, end) -> tuple | None:
    """The UN or regional mission named between a country and the trigger: "the resolution, drafted by
    France, asks the mission, known as MINUSMA, to start withdrawing" is the mission's withdrawal."""
    return next(((cc, name) for rx, cc, name in UN_FORCES
                 if any(start <= u.start() < end for u in re.finditer(rx, sentence))), None)
