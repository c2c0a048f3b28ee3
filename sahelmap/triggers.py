"""Finding a sentence's events: which of its words tells its own news, and what kind of news it is.

The words themselves are :mod:`sahelmap.eventwords`'; here is how a sentence's words are weighed: the
first that is not recalled ("after the July coup"), not a participle describing the force ("soldiers
deployed in Niger left"), a stage of a withdrawal rather than an arrival ("crossed into Niger on their
way home"), and the subtype its words tell.
"""

from __future__ import annotations

import re

from .eventwords import (BACKGROUND_CUE, CALLED_FAILED, FOILED, FORCE, FORCE_AFTER, HOMEWARD, LAST_CROSSING,
                         MOVED_ON, SINCE_THEN, SUBTYPE_RULES, SURVIVED, TRIGGER_RX)

PURPOSE = re.compile(r"\bto\s+$")  # an aim ("to reinforce the air defences") is not a happening


def find_trigger(rx: str, sentence: str, etype: str, found: list[re.Match] | None = None) -> re.Match | None:
    """The first word of this kind that tells the sentence's own news rather than recalls one: in
    "dissolved the government, hours after soldiers arrested the Prime Minister, in a coup", the coup.
    ``found``: this kind's words in the sentence when already matched (bases match case and all)."""
    if found is None or etype == "base":
        found = list(re.finditer(rx, sentence, re.I if etype != "base" else 0))
    # "This handover follows the departure": the departure; but "The coup follows a mutiny on Sunday" is one coup
    told = [m for m in found if etype == "coup" or not _sequel_of(sentence, m)] or found
    first = next((m for m, back in zip(told, _recalled_all(sentence, told)) if not back), None)
    if first is None or etype == "deployment" and first is not told[0] and \
            PURPOSE.search(sentence, max(0, first.start() - 4), first.start()):
        return told[0] if told else None  # "two days after instructors arrived in Niamey to reinforce ...": arrived
    return first


JOINED = re.compile(r"[^,;.]*?\band\s+[^,;.]*")  # "hours after the army seized power and placed Bongo under arrest"


def _recalled_all(sentence: str, found: list[re.Match]) -> list[bool]:
    """For each word, whether it is recalled: after a background cue, or joined by "and" to one that is."""
    out: list[bool] = []
    for prev, m in zip([None, *found], found):
        joined = prev is not None and out[-1] and JOINED.fullmatch(sentence, prev.end(), m.start()) is not None
        out.append(joined or recalls(sentence, m.start()))
    return out


SEQUEL_HEAD = re.compile(r"\W*(?:This|That|The)\s+(?:\w+\s+)?")  # "This handover ..."
SEQUEL_VERB = re.compile(r"\s+(?:follows|followed|comes after|came after)\b")  # "... follows the departure"
# "The handover follows France's departures from Mali, ..., and its withdrawal from Chad": all it names came before
SEQUEL_OPEN = re.compile(SEQUEL_HEAD.pattern + r"(?:follows|comes after)\s")
# "... the junta, which seized power in a coup last year": its own time; so is a clause after a semicolon
OWN_CLAUSE = re.compile(r",\s+(?:which|who)\b|;")


def _sequel_of(sentence: str, m: re.Match) -> bool:
    """The sentence opens on the news just told, to say what came before it: "This handover follows the
    departure of the French forces from the base of Faya on 26 December"; the departure is the news here."""
    return SEQUEL_HEAD.fullmatch(sentence, 0, m.start()) is not None and \
        SEQUEL_VERB.match(sentence, m.end()) is not None


def recalls(sentence: str, at: int) -> bool:
    """The word at ``at`` follows a background cue: "after the July coup", "despite protests", "have
    since expelled French forces and ended a security pact"."""
    return cue_at(sentence[:at]) is not None


def cue_at(before: str) -> int | None:
    """Where the background cue that governs the end of ``before`` starts, if there is one."""
    m = BACKGROUND_CUE.search(before[-60:])
    if m:
        return m.start() + len(before) - len(before[-60:])
    m = SINCE_THEN.search(before) or (SEQUEL_OPEN.match(before) if not OWN_CLAUSE.search(before) else None)
    return m.start() if m else None


CLAUSE_BREAK = re.compile(r",\s+(?:as|while|whereas|but)\s|;\s")


def next_clause(sentence: str, trig: re.Match, found: list[re.Match]) -> int | None:
    """Where a later clause of its own telling the kind's word again starts, for when the first tells no event:
    "A Malian army convoy left the town of Gao ..., as the U.N. peacekeeping mission MINUSMA brought forward its
    departure"."""
    for m in found:
        breaks = list(CLAUSE_BREAK.finditer(sentence, trig.end(), m.start()))
        if m.start() > trig.end() and breaks and not recalls(sentence, m.start()):
            return breaks[-1].end()
    return None


def mutiny_only(sentence: str, trig: re.Match) -> bool:
    """A mutiny told without the takeover it led to ("The mutiny began ... at the camp in Kati"), not
    "mutineers had driven into Bamako and arrested President Ibrahim Boubacar Keita"."""
    return trig.group().lower().startswith("mutin") and \
        all(m.group().lower().startswith("mutin") for m in TRIGGER_RX["coup"].finditer(sentence, trig.end()))


# a clause after the trigger about another time: "have started moving, ..., days after parliament approved it"
LATER_CLAUSE = re.compile(r",\s*(?:\w+\s+){0,2}(?:after|before|following|since)\b", re.I)


def subtype_of(etype: str, sentence: str, trig_at: int = 0) -> str | None:
    """The subtype the sentence's words tell; a coup's only from the words around its trigger (a
    "failed" attempt last year does not make today's coup fail)."""
    if etype == "coup":
        if FOILED.search(sentence) or SURVIVED.search(sentence, 0, trig_at) or CALLED_FAILED.search(sentence, trig_at):
            return "failed"  # "gunmen attacked the palace ..., adding that the assault had been repelled"; "survived"
        sentence = sentence[max(0, trig_at - 40):trig_at + 40]
    elif etype == "deployment":  # not "..., days after parliament approved the deployment": that clause's own
        since = LATER_CLAUSE.search(sentence, trig_at)
        sentence = sentence[:since.start()] if since else sentence
    for rx, sub in SUBTYPE_RULES.get(etype, ()):
        if re.search(rx, sentence, re.I):
            return sub
    return {"withdrawal": "announced", "deployment": "arrival", "coup": "successful", "protest": "peaceful"}.get(etype)


def in_transit(sentence: str, hits: list) -> list:
    """ "A convoy of French soldiers withdrawing from Niger arrived in N'Djamena on Thursday", "the
    last detachment ... crossed into Niger", "left Goma, crossing into Rwanda on their way home": the
    arrival is a stage of the withdrawal, not a deployment, and its day is the withdrawal's."""
    out = dict((etype, (sub, t)) for etype, sub, t in hits)
    leaving, arriving = out["withdrawal"][1], out["deployment"][1]
    if not arriving:
        return hits
    tail = LAST_CROSSING.search(sentence[:arriving.end()]) is not None
    stage = leaving is not None and (HOMEWARD.search(sentence) is not None or leaving.start() < arriving.start() and (
        re.match(r"(?:withdraw|leav|pull|depart|return)\w*ing\b", leaving.group(), re.I) is not None
        and re.search(FORCE + r"\s+$", sentence[:leaving.start()], re.I) is not None))
    return [(etype, sub, None if etype == "deployment" else t) for etype, sub, t in hits] if tail or stage else hits


def agreed_withdrawal(sentence: str, hits: list) -> list:
    """ "concluded talks with an agreement to complete the withdrawal": the accord is the withdrawal's
    announcement, and the day it was reached is the withdrawal's."""
    out = dict((etype, t) for etype, _, t in hits)
    accord, leaving = out["agreement"], out["withdrawal"]
    if accord and leaving and accord.end() < leaving.start() and \
            re.fullmatch(r"\s+(?:to|on|for)\s+(?:\w+\s+){0,3}", sentence[accord.end():leaving.start()]):
        return [(etype, sub, None if etype == "agreement" else t) for etype, sub, t in hits]
    return hits


def arrives_home(sentence: str, offset: int, here, trig, actor_cc) -> bool:
    """Forces arriving in their own country ("landed at the Wunstorf air base in northern Germany,
    after the soldiers had left Camp Castor in Gao") come home; they deploy nowhere. A noun does not land
    ("The deployment was announced at a summit in N'Djamena")."""
    if trig.group().lower() in ("deployment", "deployments", "arrival", "landing"):
        return False
    # the clause ends at a comma or where another begins: "arrived after the Council agreed ... to let Russia"
    clause = re.split(r"[,;]|\s(?:after|before|when|because|since)\s", sentence[trig.end():], maxsplit=1)[0]
    clause_end = offset + trig.end() + len(clause)
    first = next((m for m in here if offset + trig.end() <= m.start < clause_end and m.role == "mention"
                  and re.search(r"\b(?<!up )(?:in|at|to|into)\s+(?:the\s+)?(?:\w+\s+){0,2}$", sentence[:m.start - offset])
                  and not FORCE_AFTER.match(sentence, m.end - offset)), None)  # "sending up to 300 U.S. troops to"
    return actor_cc is not None and first is not None and first.country_code == actor_cc


def acting(sentence: str, trig, found) -> re.Match | None:
    """The first of a sentence's ``found`` words from ``trig`` on that tells what happened, not who:
    "The German soldiers deployed with the U.N. mission in Mali landed at Wunstorf": landed."""
    while trig and describes_force(sentence, trig):
        trig = next((m for m in found if m.start() > trig.end()), None)
    return trig


def describes_force(sentence: str, trig) -> bool:
    """A participle right after the force word, with the clause's own verb further on ("The last
    French soldiers deployed in Niger left", "German soldiers deployed with the U.N. mission in Mali
    landed"; not "personnel arrived on Sunday, ... after it ordered American troops out")."""
    if not re.match(r"(?:deployed|stationed|sent|dispatched|posted|based)\b", trig.group(), re.I):
        return False
    before = sentence[:trig.start()]
    if re.search(FORCE + r"\s+(?:that\s+|which\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?$", before, re.I):
        return True  # "600 of the 1,200 soldiers it deployed in Niger": which soldiers, not a deployment
    # the clause's own verb after the participle, or before it: "handed over ... by the last troops stationed there"
    clause = re.split(r"[,;—–]", sentence[trig.end():], maxsplit=1)[0]
    return re.search(FORCE + r"\s+$", before, re.I) is not None and (
        MOVED_ON.search(clause) is not None or MOVED_ON.search(before) is not None)
