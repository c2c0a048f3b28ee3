"""The words that tell events: language rules for extraction, kept apart from its logic.

Each kind of event has its trigger words; subtypes, background cues ("after the July coup"),
named forces and the phrasing of who sends forces where are here too; which event a date
belongs to is in :mod:`sahelmap.datewords`, and how a sentence's words are weighed (which tells its
news) in :mod:`sahelmap.triggers`. Nothing here knows any particular event: only English news phrasing.
"""

from __future__ import annotations

import re

from .dates import MONTH_NAMES, WEEKDAY_NAMES

FORCE = r"(?:troops|forces|soldiers|personnel|military|instructors|trainers|officers|mission|contingent|detachments?|battalions?|" \
        r"mercenaries|\bfighters|\bunits?\b|paramilitar\w*|service members|servicem[ae]n|army|peacekeep\w*|" \
        r"Africa Corps|African Corps|\bthe (?:Americans|Russians|Germans|Italians|Belgians|Danes|Swedes|Turks)\b|" \
        r"Wagner|Barkhane|delegation|base|blue helmets|drones|warplanes|fighter jets|attack helicopters|air ?strikes|" \
        r"(?:standby|task|joint|air|stabili[sz]ation|intervention) force|navy|warships?|naval vessels)"
FORCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + FORCE, re.I)  # "U.S. troops": a force's country, not a place
# the subject, after any dateline: "Troops from Niger and Chad", "About 130 soldiers from Nigeria"; not "to withdraw its
# troops from Niger"
FORCE_FROM = re.compile(r"(?:^|[-—–]\s)\W*(?:(?:about|some|around|nearly|more than|over|the|hundreds of|dozens of|"
                        r"thousands of|\d[\d,]*)\s+)*(?:[\w-]+\s+)?" + FORCE + r"\s+from\s+(?:the\s+)?$", re.I)
TAKE_OVER = r"(?:took|tak(?:e|es|en|ing)) (?:over|control|possession)"  # what a host's army does to a camp left
HANDED_BASE = r"\bhand(?:ed|ing|s)?\s+(?:the |its |their )(?:[\w$€£.,-]+\s+){0,3}?(?:camp|base|site|installation|facility|garrison)s?\b"  # "handed its base in Abéché"
WORDS = {  # the words that tell each kind of event, as regular expressions
    "coup": (r"\bcoup\b(?! belt| anniversary| leaders?\b)", r"\bputsch\b", r"\b(?:seiz\w+|took|taken|tak\w+|grabbed) power\b", r"\bpower grab\b",
             # rebels who "seized the Central African Republic's capital Bangui"; not a province's
             r"\bmilitary takeover\b",
             r"\b(?:seiz\w+|captur\w+|overr[ua]n\w*)\s+(?:the\s+)?(?:(?!regional\b|provincial\b|state\b|district\b)"
             r"[\w'’-]+\s+){0,4}?capital\b(?!\s+of\b)", r"\btook control of the (?:country|government|state)\b", r"overthr\w+",
             r"oust(?:ed|ing) the (?:democratically )?elected", r"\btoppl\w+", r"\bdepos(?:ed|ing)\b",
             r"\bremov\w+\b[^.]{0,60}\bfrom (?:power|office)\b", r"\bsuspend\w* the constitution\b", r"\bmutin\w+",
             r"\b(?:detain|arrest|seiz|captur)\w*\s+(?:\w+['’]s\s+)?(?:\w+\s+){0,3}(?:President|Prime Minister)\b",
             # "soldiers are holding President Bazoum", "had taken custody of President Robert Mugabe"
             r"\b(?:holding|held)\s+(?:the\s+)?(?:President|Prime Minister)\b",
             r"\b(?:taken|took|take|taking)\s+custody\s+of\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:President|Prime Minister)\b",
             r"\bunder house arrest\b", r"\b(?:been|was|were|is|are)\s+(?:held|detained|arrested|seized|captured)\s+(?:hostage\s+)?"
             r"by\s+(?:[\w'’-]+\s+){0,5}?(?:soldiers|troops|guards?|army|military|officers|mutineers|putschists)\b",
             r"\b(?:put|putting) an end to the (?:\w+ )?(?:regime|power|rule|reign)\b",
             r"\bconstitution (?:is|was|has been|had been|was being) suspended\b",
             r"\b(?:soldiers|troops|officers|mutineers)\s+(?:arrested|detained|seized)\s+(?:him|her|them)\b",
             r"\b(?:president|prime minister)\b[^.]{0,80}\b(?:were|was|(?:have|has|had) been)\s+"
             r"(?:(?:arrested|detained|seized)\b[^.]{0,60}?\band\s+)?(?:taken|driven|flown)\s+"
             r"(?:by (?:soldiers|troops|mutineers|the army|the military)\s+)?to\s+(?:the\s+|a\s+)?"
             r"(?:[\w-]+\s+){0,2}(?:military|army)\s+(?:camp|base|barracks)\b", r"\bstripped\b[^.]{0,30}\bof (?:their|his|her) powers\b",
             r"(?<!\bto )\b(?:foil|thwart)\w*\s+(?:an?\s+|the\s+)?[\"“]?(?:\w+\s+){0,2}(?:plot|attempt)\b",
             r"\bplot\w*\s+(?:\w+\s+){0,2}against the (?:state|government|president|institutions|republic)\b",
             r"\battack\w*\s+(?:on\s+)?the (?:presiden(?:tial palace|cy)|government palace)\b", r"\bdestabili[sz]ation\b", r"\b(?:was|were|been|being|is) (?:ousted|overthrown|toppled|deposed)\b",
             r"\bousts?\b[^.]{0,40}\b(?:leader|president|head of state|junta chief)\b",
             r"\boust(?:ed|ing)\s+(?:Lieutenant-Colonel|Lt\.?\s*-?Col\.?|Colonel|Col\.|General|Gen\.|Captain|Capt\.)\s",
             r"\b(?:soldiers|troops|army|military|officers|junta|mutineers|putschists)\s+(?:\w+\s+){0,2}?ousted\b",
             # "said on Monday it had ousted President Roch Kabore"
             r"\b(?:soldiers|army|military|officers)\b[^.]{0,40}?\b(?:it|they)\s+(?:had|has|have)\s+ousted\b",
             r"\bremov(?:ed|es|ing)\s+(?:the\s+)?(?:military\s+|junta\s+|interim\s+|transitional\s+)?(?:leader|president|head of state)\b",
             # "had removed Lieutenant Colonel Paul-Henri Damiba, the military leader" (or "who himself took power")
             r"\bremov(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,5}?[\w'’.-]+,\s+(?:the\s+(?:[\w-]+\s+){0,2}"
             r"(?:leader|president|head of state)|"
             r"who\s+(?:had\s+)?(?:himself\s+|herself\s+)?(?:seized|took|grabbed) power)\b",
             r"\b(?:seiz|detain|arrest|captur)\w*\s+(?:\w+['’]s\s+)?(?:\w+\s+){0,2}(?:leader|head of state)\b",
             # words that tell a coup only when soldiers say or do them
             r"\b(?:army|soldiers|military|officers|colonels|generals|top general|junta|mutineers|presidential guard|regiment)\b[^.]{0,120}?\b(?:"
             r"dissolv\w+ (?:the )?(?:country['’]s )?(?:transitional |interim |civilian )?(?:government|cabinet|parliament|national assembly|institutions|constitution)|"
             r"tak(?:en|e|es|ing) charge of|took control of (?:the )?(?:country|state|government|presidency|power)|dismiss\w+ the (?:head|leader|president)|claim\w* power|"
             r"(?:taken|took|tak(?:e|es|ing)|seiz\w+|ha(?:ve|d|s)) [\"“]?(?:total |full |complete )?control[\"”]? of (?:the )?(?:country|state)|"
             r"suspend\w+ (?:all |\w+['’]s )?(?:state )?(?:institutions|constitution)|"
             r"closed (?:the |its |all |the country['’]s )?(?:land and air )?borders|"
             r"(?:surround\w*|encircl\w*) the (?:presidential )?(?:palace|presidency)|"
             r"(?:storm\w*|burst into) (?:the |his |her |a )?(?:\w+ )?(?:residence|palace|presidency|cabinet(?: meeting)?|"
             r"council of ministers))\b"),
    "membership": (r"\b(?:withdr[ae]w\w*|exit\w*|quit|left|leav\w+)\b[^.,;]{0,60}\b"
                   r"(?:ECOWAS|G5(?: Sahel)?|bloc|alliance|"
                   r"organi[sz]ation|group)\b",
                   r"\b(?:withdr[ae]w\w*|pull\w* out|exit\w*|quit|left|leav\w+)\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
                   r"(?:coalition|task force|joint force)\b"),  # "has withdrawn from the Multinational Joint Task Force"
    "withdrawal": (r"\bwithdr[ae]w\w*\b(?! (?:its|their|his|her|the) (?:consent|support|recognition|approval|accreditation)\b)", r"\bended (?:its|their) (?:military )?(?:operations?|mission|presence|mandate)\b",
                   r"\bend(?:ed|ing|s)?\s+(?:\w+['’]s\s+)(?:\w+\s+){0,2}(?:mission|operations?|military presence)\b",
                   r"\bwrap\w* up\b", r"\bdraw\w* down\b", r"\b(?:bring\w*|brought|fl(?:y|ying|ew|own))\b[^.]{0,30}\bhome\b",
                   r"\b(?:lift\w*|took|taken|tak\w+) off from\b|\bclimb\w* away from\b",  # "the last Chinook lifted off
                   # from Gao", "the last American transport plane climbed away from Air Base 201"
                   # "ending nearly a decade of Operation Barkhane"
                   r"\bend(?:ed|ing|s)?\s+(?:(?:nearly|almost|more than|over)\s+)?\w+\s+(?:decades?|years?|months)\s+of\s+"
                   r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:operations?|mission|presence|deployment)\b",
                   r"\bended (?:its|their) participation\b", r"\bend of (?:the )?(?:operation\s+\w+|(?:[\w-]+\s+){0,2}?(?:operation|mission)s?\b)",
                   r"\bend\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:mission|operations?|military presence|deployment)\b", r"\bordered\b[^.]{0,50}\bout\b",
                   r"\b(?:terminat|end)\w*\b[^.]{0,30}\bpresence\b", r"\b(?:br(?:ing|ings|ought)|came|come)\b[^.]{0,100}\bpresence\b[^.]{0,40}?\bto (?:a close|an end)\b",
                   r"\b(?:mission|operations?|deployment)\b[^.]{0,40}?\b(?:came|comes|come|coming) "
                   r"to (?:a close|an end)\b",
                   r"\b(?:shut\w*|clos\w+)(?: down)?\b(?!\s+(?:to|by)\b)[^.]{0,30}\b(?:bases?|camps?|military (?:sites?|facilit(?:y|ies)|installations?))\b",
                   r"\b(?:bases|camps)\s+(?:would|will|must|should)\s+(?:\w+\s+){0,3}?(?:close|shut)\b",  # "bases would soon
                   r"\btransferr\w+\b[^.]{0,40}\bto the\b",  # have to close"; "transferred the Faya base to the Chadian army"
                   HANDED_BASE + r"(?:\s+(?:in|near|at|outside)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
                                 r"\s+(?:over\s+)?to\b",  # "handed the drone base near Agadez to Nigerien forces"
                   r"\b(?:reposition|relocat|redeploy)\w*\b[^.]{0,40}\bfrom\b",
                   # "would temporarily reposition some of its troops"
                   r"\breposition\w*\b(?=[^.]{0,40}\b(?:troops|forces|soldiers|personnel)\b)",
                   r"\bended\b[^.]{0,50}\bmissions\b", r"\bend(?:s|ed)\s+(?:its|their)\b[^.]{0,40}\bmission\b", r"\breturn(?:ed|ing|s)?\b[^.]{0,60}\bbase\b[^.]{0,80}\bto\b",
                   r"\bpull(?:ed|ing|s)? out\b", r"\bpull(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,3}?back\b", r"\b(?:roll|drove|driv|march|head|mov)\w* out of\b",
                   r"\b(?:carr(?:y|ies|ied|ying)|ferr\w+|airlift\w*)\b[^.]{0,60}\bout of\b", r"\bpull(?:ed|ing|s)?\s+(?:[\w,'’-]+\s+){1,5}?out of\b", r"\bpull-?out\b",
                   r"\bfl[eo]wn? out\b", r"\bdrawdown\b", r"\bwind(?:s|ing)? down\b",
                   r"\bcross(?:ed|ing)\s+(?:back\s+)?the border\s+(?:at|near|back|between)\b", r"\bexpel\w*", r"\bexpulsions?\b",
                   r"\bevacuat\w+", r"\b(?:stop|halt|cease|suspend)\w*\s+(?:\w+\s+){0,2}(?:activities|operations|flights)\b",
                   r"\bleav(?:e|es|ing)\b", r"\b(?<!what was )(?<!what is )(?<!that was )(?<!far-)left\b(?!-)",
                   r"\bgone from\b", r"\brepatriat\w+", r"\bquit\b", r"\bvacat(?:e|ed|ing)\b",  # "left": not "What was left ... belongs"
                   r"\b(?:return\w*|c[oa]me|go(?:es|ing)|(?<!\bto )go|went|brought|flown|flew) home\b", r"\bhand(?:ed|ing|s)? (?:it |them )?over\b(?! power\b)",
                   r"\bhandover\b", r"\bdepart(?:ed|ing|ure|s)?\b", r"\bexit\b",
                   r"\bousted\b(?=[^.]{0,40}\b(?:troops|forces|mission|soldiers|contingent)\b)",
                   r"\b" + TAKE_OVER + r" (?:of )?(?:the )?(?:\w+ ){0,3}(?:camp|base)s?\b"),
    "deployment": (r"\bdeploy\w*", r"\b(?:went|go(?:es|ing)?|gone) into action\b",
                   r"\bredeploy\w*\b(?![^.]{0,40}\bfrom\b)", r"\bset foot\b",
                   r"\b(?:came|come|comes|coming)\s+(?:back\s+)?(?:in)?to\s+(?-i:[A-Z])",  # "came to Timbuktu"
                   r"\bflown in(?:to)?\b", r"\b(?:flown|flew)\b[^.]{0,80}\bfrom\b[^.]{0,40}\bto\b", r"\b(?:flown|flew)\s+(?:[\w-]+\s+){1,6}?into\b",
                   r"\bkeep\w*\b[^.]{0,30}\b(?:soldiers|troops|forces)\b", r"\barriv\w+", r"\blanded\b", r"\bunload(?:ed|ing|s)?\b", r"\bdisembark\w*", r"\blaunch\w*\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:operation|intervention|offensive)\b",
                   # "France launches air strikes in Mali", "launched air and artillery strikes ... in eastern Congo"
                   r"\blaunch\w*\s+(?:[\w-]+\s+)?(?:and\s+[\w-]+\s+)?(?:air\s?strikes|strikes|raids)\b",
                   # "..., accompanied by fighters from Russia's Wagner Group, raised the national flag over ... Kidal"
                   r"\braised\s+(?:the|its|their)\s+(?:[\w-]+\s+)?flag\s+(?:over|above)\b",
                   r"\b(?:warplanes|fighter jets|air force jets)\s+(?:\w+\s+)?(?:struck|bombed|pounded)\b",
                   r"\bente(?:red|ring)\b(?!\s+(?:into\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
                   r"(?:arrangement|agreement|deal|contract|talks|negotiations|partnership|alliance|force|office)s?\b)", r"\b(?:took|tak(?:en|es|ing)|seiz\w+|gain\w*|wrest\w*) control of\b(?! the (?:country|state|government)\b)(?![^.]{0,30}\b(?:camp|base)s?\b)",
                   r"\b(?:re)?captur(?:ed|ing)\b", r"\bre(?:took|tak(?:en|ing))\b", r"\bmov(?:ed|ing|es)? in(?:to)?\b", r"\b(?:started|begun|began|are|were) moving (?:in)?to\b", r"\bcross(?:ed|es|ing) (?:back |the border )?into\b", r"\btouch\w* down\b", r"\bflew in(?:to)?\b", r"\b(?<!letter )(?<!message )(?<!request )(?<!note )sen[dt](?:s|ing)?\b"
                   r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:letter|message|request|note|delegation|envoy)s?\b)", r"\bdispatch\w*",
                   r"\breinforce\w*", r"\bfan(?:ned|ning|s)?\s+out\b", r"\bstationed\b", r"\bdock(?:ed|s|ing)\b", r"\bwelcom\w+", r"\bremain(?:s|ed)?\b(?! on (?:track|course|schedule)\b)",
                   r"\bkept\b[^.]{0,40}\b(?:mission|base|troops|presence)\b"),
    "agreement": (r"\b(?:agreement|accord|(?<!to )deal|pact|treaty)s?\b",
                  r"\b(?:agreed|voted|approved)\b[^.]{0,30}\bto (?:let|allow|host)\b[^.]{0,60}\b(?:military |naval |air |drone )?bases?\b", r"\blease\b(?=[^.]{0,60}\bbase\b)", r"\blegal (?:basis|framework)\b", r"\b(?:defen[cs]e|military|security) partnerships?\b", r"\bmemorand(?:um|a) of understanding\b",
                  r"\b(?:agreed|sign(?:s|ed|ing)?)\b(?!\s+of\b)[^.]{0,60}\b(?:military|defen[cs]e|security) (?:cooperation|partnership|ties)\b",
                  # "was ending its military cooperation with the United States": the accord behind it, revoked
                  r"\b(?:end(?:s|ed|ing)?|terminat\w+|suspend\w*|revok\w+|sever(?:ed|ing|s)?)\s+"
                  r"(?:all\s+)?(?:its\s+|their\s+)?(?:military|defen[cs]e|security)\s+(?:cooperation|ties)"
                  r"(?:\s+(?:agreement|accord|pact)s?)?\b",
                  r"\b(?:agreed\b[^.]{0,60}\bto |would |will |to )?(?:create|form|set up|establish|launch)\w* (?:a |an )?"
                  r"(?:joint|common|unified) (?:[\w,-]+ )?(?:military |security )?(?:force|army|command)\b",
                  r"\b(?:creation|formation|establishment|launch)\s+of\s+(?:a|an|the)\s+(?:joint|common|unified)\s+(?:[\w,-]+\s+)?"
                  r"(?:military\s+|security\s+)?(?:force|army|command)\b"),
    "protest": (r"\bprotest\w*", r"\b(?:took|poured|spilled|celebrat\w+|danc\w+|march\w*) (?:in|into|to|onto) the streets\b", r"\bdemonstrat\w+\b(?!\s+(?:of|that|how|its|their|his|her|our|the)\b)", r"\brall(?:y|ies|ied|ying)\b",
                r"\b(?-i:march(?:ed|es|ing)?)\b", r"\bsit-in\b", r"\bcrowds?\b", r"\bmass(?:ed|ing)\b",
                r"\bblock(?:ed|ing|aded)\s+(?:\w+\s+){0,3}?(?:roads?|streets?|highways?|bridges?|traffic|entrances?|convoys?)\b",
                r"\bgathered\b[^.]{0,90}\bto (?:show |voice |express )?"
                r"(?:demand|denounce|call for|protest|celebrate|support|mark|commemorate)\b",
                r"\bgathered\b[^.]{0,120},\s+(?:demanding|calling for|denouncing)\b",  # "gathered ... , demanding"
                r"\b(?:gathered|massed|assembled)\b[^.]{0,100}\b(?:chant\w*|wav(?:ed|ing) (?:\w+ )?flags|set fire|torch\w*|"
                r"placards|banners|slogans)\b"),
    "base": (r"\b(?:air|drone|military|naval)\s+(?:(?:transport|training|logistics?|support)\s+)?(?:bases?|camp)\b",
             r"\bAir Base \d+", r"\bnew\s+(?:[\w-]+\s+)?(?:base|camp)\b", r"\bforward\s+(?:operating\s+)?bases?\b",
             r"\bhand(?:ed|s|ing)? (?:over )?the (?-i:[A-Z])[\w'’-]+ (?:base|camp)\b",  # "handed the Gossi base over"
             r"\bhand(?:ed|s|ing)? over (?-i:(?:Camp|Base|Fort) [A-Z])",  # "hands over Camp Geille"
             r"\bhand(?:ed|s|ing)? over (?:\w+ of )?(?:its|their) (?:last )?(?:[\w-]+ )?(?:base|camp|site)s?\b"),  # "two of its sites"
}
SUBTYPES = {"membership": "left"}
TRIGGERS = tuple((t, SUBTYPES.get(t), "|".join(words)) for t, words in WORDS.items())  # earlier rows win
TRIGGER_RX = {etype: re.compile(rx, re.I) for etype, _, rx in TRIGGERS}  # each kind's words, compiled once
WITHDRAWAL_WORDS = "|".join(WORDS["withdrawal"])
MOVED_ON = re.compile(WITHDRAWAL_WORDS + r"|\b(?:landed|arrived|touched down)\b", re.I)  # the clause's own verb
# each kind's words, and an announcement of it: "after ousting ...", "following Macron's announcement"
TELLS_KIND = {etype: re.compile("|".join(words + (r"\bannounce\w*",)), re.I) for etype, words in WORDS.items()}
HOMEWARD = re.compile(r"\bon (?:their|its) way (?:home|back)\b")
NEEDS_FORCE = {"withdrawal", "deployment"}
SUBTYPE_RULES = {
    "coup": ((r"\b(?:foil\w*|thwart\w*|attempt\w*|plot\w*|botched|abort\w*|repel\w*|repuls\w*|would-be|alleged)\b|"
              r"\bfailed (?:coup|putsch|bid|mutiny)|\b(?:coup|putsch|bid|mutiny) (?:has |had )?failed\b|"
              r"\b(?:failed|tried|sought) to (?:seize|take|grab|overthrow|topple|oust)\b", "failed"),),  # not "he had failed to contain"
    "protest": ((r"\btear ?gas\b|\bclash\w*|\bstorm\w*|\bset fire\b|\btorch\w*|\bloot\w*|\bransack\w*|"
                 r"\b(?:killed|injured|wounded)\b|\battack(?:ed|ing)\b|\bvandali[sz]\w*", "violent"),),
    "withdrawal": ((r"\b(?<!completing )(?<!completed )(?:the|a) first (?:[\w.]+ ){0,3}(?:troops|soldiers|convoy|contingent|group|step|phase|stage)\b", "started"),
                   # "began in March with the handover", not "a chapter that began with great ambitions"
                   (r"\b(?<!that )(?<!which )(?:started|began|begun)\s+(?:in\s+\w+\s+)?with\b", "started"),
                   (r"\b(?<!to )(?:(?<!be )complet\w+|finished|handover|took control of|(?:formally|officially) end(?:ed|ing)|(?:formal|official) end\b|hand(?:ed|s) over|hand(?:ed|ing)? (?:it|them) over)\b|"
                    r"\breturned\b[^.]{0,60}\bbase\b|\b(?:left|pulled out of|withdrew from|vacated) (?:its|their|the) (?:[\w-]+ ){0,2}(?:base|camp)s?\b|\bleft (?-i:[A-Z])|"
                    r"\b(?:remained|stayed)\b[^.;]{0,80}\buntil\b|"  # "a small team remained ... until Sunday"
                    r"\b(?:the|its|their) (?:last|final) of them\b|"
                    r"\b(?:the|its|their|\w+['’]s) (?:last|final) (?:[\w.,-]+ ){0,3}(?:troops|soldiers|forces|peacekeepers|contingent|"
                    r"service members|personnel|(?:military )?(?:bases?|camps?|sites?|facilit(?:y|ies))|"
                    r"planes?|aircraft|"
                    r"flights?|convoys?|C-\d+)\b", "completed"),
                   (r"\b(?:started|began|begun)\b", "started"),
                   (r"\bcall\w* on\b[^.]{0,60}\bto (?:withdraw|leave)\b|\b(?:ordered|demand\w*|expel\w*|expulsion|ousted|asked|g(?:ave|iven|iving|ives?)\b[^.]{0,40}\bto (?:leave|withdraw|go|quit))\b",
                    "ordered"),
                   (r"\b(?:talks|discussions|agreed|agreement|announc\w+|plan\w*|will|would|to withdraw)\b", "announced")),
    "agreement": ((r"\b(?:declin\w+|refus\w+|did not|would not|will not)\s+(?:to\s+)?(?:extend|renew)\b", "expired"),
                  (r"\b(?:revok\w+|terminat\w+|end(?:ed|ing|s)|scrap\w+|cancel\w+|denounc\w+|suspend\w*|tore up|torn up|"
                   r"renounc\w+|annul\w*|put\w* an end to|"
                   r"abrogat\w+|repudiat\w+|br(?:eak\w*|oke|oken) off|sever(?:ed|ing|s)?\b|"
                   r"withdr[ae]w\w* (?:its|their) consent|"  # not "withdrawing from some towns":
                   r"(?:withdr[ae]w\w* from|pull\w* out of) (?:the |an? |its |their )?(?:[\w-]+ ){0,3}?"
                   r"(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies)|partnerships?|cooperation|alliance|"
                   r"missions?)|"
                   r"quit|exit\w*|"
                   r"(?:decision|decided|decides|voted|moved|plans?) to end)\b", "revoked"),
                  (r"\b(?:sign(?:ed|s|ing)?|struck|strike|reach(?:ed|es|ing)?|agree(?:d|s|ing)?|step(?:ped)? up|voted|"
                   r"conclud\w+|ink(?:ed|s|ing)?|seal(?:ed|s|ing)?|finali[sz]\w+|ratif\w+|approv\w+|renew\w*|"
                   r"extend\w*|(?:create|form|set up|establish|launch)\w* (?:a |an )?(?:joint|common|unified)|"
                   r"(?:creation|formation|establishment|launch) of (?:a|an|the) (?:joint|common|unified))\b", "signed")),
    "deployment": ((r"\bstationed\b|\bbased in\b|\bremain\w*\b|\bkept\b|\bkeep\w*\b", "presence"),
                   (r"\b(?:announced|will|plans?|approv\w+|(?:ordered|authori[sz]ed) the (?:\w+ and )?(?:deployment|sending))\b", "announced")),
    "base": ((r"\b(?:hand(?:ed|s|ing) over|hand(?:ed|ing)? (?:it|them) over|transferred|handover|"
              r"hand(?:ed|s|ing)? back)\b|"
              + HANDED_BASE, "handed_over"),
             (r"\b(?:closed|shut|vacated)\b", "closed"),
             (r"\boperational\b|\b(?:began|begun|begins|started) (?:flying|operat\w+)\b", "operational"),
             # not "which cost $110 million to build", nor "keeping the air transport base open"
             (r"\b(?:(?<!to )buil[dt]\w*|construct\w*|open(?:ed|ing|s)\b|open(?=\s+(?:an?|the|its|their|new)\b)|"
              r"establish\w*|set(?:ting)? up|inaugurat\w+|"
              r"(?:show\w*|reveal\w*)\s+(?:an?\s+)?new)\b", "established")),  # "Satellite images ... show a new camp"
}
NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"  # "Mali", "Burkina Faso"
BACKGROUND_CUE = re.compile(r"\b(?:after|following|follows|followed|since|before(?!\s+(?!being\b)\w+ing\b)|in the wake of|already|despite|amid|"
                            r"anniversary of|(?:at|by) the time of|prior to)\s+"
                            r"(?:[^\s,;]+\s+){0,6}$|\b(?:the|a|its)\s+recent\s+$|"  # "discussed the recent coup"
                            # a trial for it: "court sentences 37 to death over failed coup"
                            r"\b(?:sentenc|convict|charg|jail|imprison|prosecut|indict|tried\b|trial)\w*[^.;]{0,40}?"
                            r"\b(?:over|for|of|in connection with)\s+(?:[^\s,;]+\s+){0,3}$|"  # "convicted of plotting"
                            r"\b(?:after|since|before)\s+(?:\w+\s+){0,3}(?:" + NAME + r",\s+)+" + NAME +
                            r"\s+(?:and|or)\s+" + NAME + r"\s+$", re.I)  # "after juntas in Mali, Burkina Faso and Niger expelled French troops"
# "a region that Western forces are leaving": forces of no one country, told as the setting
GENERIC_FORCES = re.compile(r"\b(?:Western|foreign|European|international)\s+"
                            r"(?:forces|troops|armies|partners|powers|allies)\s+"
                            r"(?:(?:are|were|have|had|has)\s+(?:been\s+)?(?:also\s+)?)?$", re.I)
# "as its troops leave much of the continent": no one country left
CONTINENT_LEFT = re.compile(r"\s+(?:from\s+)?(?:(?:much|most|parts|swathes|the rest)\s+of\s+)?(?:the\s+)?"
                            r"(?:continent|Africa|West Africa|Sahel)\b(?!\s+(?:nation|country)\b)")
SURVIVED = re.compile(r"\b(?:survived|foiled|thwarted|repelled|repulsed)\b", re.I)  # the attempt is the news
# "Mali, Burkina Faso and Niger, which expelled French forces": said of someone in passing, with no day of its own
RELATIVE_VERB = re.compile(r"\b(?:which|who)\s+(?:(?:had|have|has)\s+(?:been\s+)?|(?:was|were)\s+)?$|"
                           r"\bwhom\s+(?:they|it|he|she)\s+(?:had\s+)?$|"  # "the French, whom they ordered out"
                           # "The junta, which ordered French troops and diplomats to leave after seizing power"
                           r"\b(?:which|who)\s+(?:had\s+)?(?:asked|ordered|told|forced)\s+[^,;]{1,50}?\bto\s+$|"
                           r"\b(?:that|which)\s+(?-i:[A-Z])[\w'’-]+\s+(?:had\s+)?(?:asked|ordered|told|wanted)\s+"
                           r"(?:to\s+)?$",
                           re.I)  # "an East African force that Kinshasa asked to leave"
SINCE_THEN = re.compile(r"\b(?:has|have|had) since\b[^.;:]*$", re.I)  # an earlier time's aftermath, undated
# "denied on Monday that it was preparing to withdraw"; further back, "denied reports that Russian soldiers or
# Wagner fighters had been sent": the report denied
DENIED = re.compile(r"\bden(?:y|ies|ied|ying)\b(?:[^.;,]{0,50}|\s+(?:\w+\s+){0,3}"
                    r"(?:reports?|claims?|allegations?|suggestions?|that)\b[^.;]{0,100})$|"
                    # "dismissed as \"fake news\" on Tuesday reports ... that soldiers had attempted to seize power"
                    r"\b(?:dismiss\w*|reject\w*)\s+as\b[^.;]{0,60}\b(?:reports?|claims?|rumou?rs?)\b[^.;]{0,100}$",
                    re.I)
NEGATED = re.compile(r"\b(?:(?:did|does|do|has|have|had|will|would|could|was|were|is|are) not|\w+n['’]t|never|cannot)"
                     r"\b[^,;]{0,40}$|"
                     r"\bnot\s+\w+ing\s+to\s+$|"  # a headline's "France not planning to withdraw troops"
                     r"\bno\s+$|"  # "No coup d'etat attempt took place"
                     r"\b(?:no|none of the)\s+(?:[\w-]+\s+){0,3}(?:troops|soldiers|forces|personnel)\b[^,;]{0,30}$|"
                     r"\bwithout\s+(?:an?\s+|any\s+)?$|\bno decision\b[^.;]{0,40}$|"  # "talks ended without agreement"
                     r"\b(?:not|n['’]t|declined to|refused to)\s+(?:say|specify|disclose|reveal)\b[^.]{0,80}$|"
                     r"\b(?:it is|it was|it's) (?:not|un)(?:clear|known)\b[^.]{0,80}$|"  # "did not say ... when it would deploy"
                     r"\b(?:could|might)\s+(?:\w+\s+){1,2}(?:the\s+)?$|"  # "a move that could force the departure of"
                     # a headline's "France 'not leaving Djibouti'"; "has no intention of closing its base", "has no
                     # plans to open a military base"
                     r"\bnot\s+$|\bno\s+(?:intention|plans?|desire|wish)\s+(?:of|to)\s+(?:\w+\s+){0,2}$|"
                     r"\brefus(?:e|es|ed|ing)\s+to\s+$",  # "France, which has refused to withdraw its troops"
                     re.I)  # "did not explicitly order the troops to leave"
_SCHEDULE = r"(?:is|are)(?: also| still)? (?:set|due|expected) to|expects? to"  # "are due to leave", "expects to hand over"
PLANNED = re.compile(r"\b(?:will|would|shall|plans? to|planning to|is to|are to|" + _SCHEDULE + r")\s+(?:\w+\s+){0,2}$|"
                     r"^(?-i:[A-Z][\w'’.-]*\s+){1,3}to\s+$",  # a headline's "Hungary to send up to 200 troops"
                     re.I)  # "French troops would withdraw ... in January"
# a vote that allows a deployment or a withdrawal: not its day, when the text tells the troops moving
APPROVED = re.compile(r"\b(?:parliament|senate|lawmakers|legislators|deputies|national assembly|congress)\b[^.;]{0,40}"
                      r"\b(?:approv\w+|authori[sz]\w+|vot\w+|backed|endorsed)\b[^.;]*$", re.I)
SCHEDULED = re.compile(r"\b(?:" + _SCHEDULE + r")\s+(?:\w+\s+){0,2}$", re.I)  # of those plans, a schedule restated
# a schedule told of the noun: "The departure from Air Base 201 in Agadez is due to be completed by August 5"
DUE_AFTER = re.compile(r"(?:\s+(?:from|of)\s+[^,.;]{0,60}?)?\s+(?:" + _SCHEDULE + r")\b", re.I)
DEMAND = re.compile(r"\b(?:demand\w*|call\w*(?:\s+on\s+\w+)?\s+for|urg\w+|press\w* for|seek\w*|"
                    r"(?:it is|it['’]s|is) (?:high |long |now )?time for)"  # "It is time for French troops to leave"
                    r"\s+(?:that\s+)?(?:(?!who\b|which\b|that\b)\w+\s+){0,6}$",
                    re.I)  # "calling for the UN peacekeeping mission MINUSMA to leave"; not "demands from rulers who seized"
# after the trigger, a time before a recalled turning point: "were deployed in Niger before the coup"
BEFORE_THE = re.compile(r"[^.;]{0,40}?\bbefore\s+(?:the\s+|last\s+|\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:coup|takeover|putsch|junta|war)\b", re.I)
TOOK_OVER = re.compile(TAKE_OVER + r"\b", re.I)  # "The Malian army took over the UN camp": whoever left it withdrew
NO_ACCORD = re.compile(r"\b(?:no|not an?|without an?)\s+(?:[\w-]+\s+){0,2}$", re.I)  # "No agreement has been reached"
# "will remain until the authorities ask them to leave"
_DEADLINE = rf"(?:the end of\s+)?(?:(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b|\d)"  # "until January 31": no condition
CONDITION = re.compile(r"\b(?:until(?!\s+" + _DEADLINE + r")|unless|if)\s+[^.;,]{0,60}$|"
                       r"\A\W*(?:Should|Were)\s+[^.;,]{0,60}$|"  # "Should Niger's junta expel the troops, ..."
                       # a choice weighed, not made: "is considering withdrawing its troops", "weighs pulling out"
                       r"\b(?:consider|weigh|mull|contemplat)\w*\s+"
                       r"(?:whether\s+to\s+|the\s+(?:possibility|option)\s+of\s+)?$",
                       re.I)
REACTION = re.compile(r"\b(?:condemn|denounc|deplor|criticis|criticiz|reject|welcom|react\w* to|respond\w* to|designat|label)\w*"
                      r"[\"”’']?\s+(?:[^\s.;]+\s+){0,5}$", re.I)  # "has condemned what it called an attempted coup"
FOILED = re.compile(r"\b(?:attack|assault|attempt|coup|putsch|plot)\s+(?:had\s+been|has\s+been|was|were)\s+"
                    r"(?:repelled|foiled|thwarted|repulsed|put down|crushed|defeated)\b", re.I)
# "attacked the palace in what the president called a failed coup"
CALLED_FAILED = re.compile(r"\bwhat\s+(?:[\w-]+\s+){1,4}(?:called|described as|termed)\s+(?:an?\s+)?"
                           r"(?:failed|attempted|foiled)\s+(?:coup|putsch)", re.I)
SLOGAN = re.compile(r"\b(?:reading|read|chant\w*|slogans?|placards?|banners?|signs?)\s*[:,]?\s*[\"“][^\"”]*$", re.I)
DIPLOMATS = r"(?:ambassadors?|envoys?|diplomats?|embassy staff)"
# "the ambassador has", "France's ambassador to Niger, Sylvain Itté, left"
RULER_NOUNS = r"(?:government|junta|rulers|leaders?|authorities|council|regime)"
RULERS = re.compile(r"\b(?:military|army)\s+" + RULER_NOUNS + r"\b", re.I)
# "the expulsion of the French ambassador and ...", "ordered him out"; not "the ambassador and its troops"
DIPLOMAT_AFTER = re.compile(r"\s+(?:(?!" + FORCE + r")\w+\s+){0,3}?" + DIPLOMATS + r"\b(?!\s+and\s+(?:\w+\s+){0,2}?" + FORCE
                            + r")|\s+(?:him|her)\b", re.I)
DIPLOMAT = re.compile(r"\b" + DIPLOMATS + r"\b[^.,;]{0,40}(?:,[^.;]{0,40},)?[^.,;]{0,20}$", re.I)
# "postponed a march", "has drawn huge crowds", "MONUSCO has faced violent protests"
NOT_PROTEST = re.compile(r"\b(?:postpon|cancel|called off|ban|prohibit)\w*\s+(?:(?:a|an|the|its|their|planned)\s+)*$|"
                         r"\b(?:campaign\w*|election|electoral|drawn|drew|draws|attract\w*|at a|faced|faces|facing)\s+"
                         r"(?:\w+\s+){0,2}$|"  # "MONUSCO has faced violent protests": what it went through, undated
                         # "Armoured vehicles blocked roads"; lawmakers who "walked out of the chamber in protest"
                         r"\b(?:armou?red vehicles|tanks|soldiers|troops)\s+(?:\w+\s+)?$|"
                         r"\b(?:resign\w*|quit|walk\w* out|boycott\w*)\b[^.;]{0,30}?\bin\s+$|"
                         # one yet to come: "said they would hold the march when the time is right"
                         r"\b(?:(?:would|will|plan\w* to|vow\w* to)\s+(?:hold|stage|organi[sz]e)|calls?(?:\s+for)?)\s+"
                         r"(?:an?\s+|the\s+|new\s+|more\s+|fresh\s+|further\s+)*$",  # "Opposition calls new march"
                         re.I)
# "A rally planned for Saturday ... was called off"; "U.S." ends no sentence
CALLED_OFF = re.compile(r"(?:[^.;]|(?<=[A-Z])\.){0,100}?\b(?:called off|cancell?ed|postponed)\b", re.I)
# "in central Harare", "the streets of Conakry", "signed at a summit in Niamey", "gunfire near the residence in
# Cotonou", "the streets of the capital, Conakry": the scene of the news, even in the dateline's city
SCENE_OF = re.compile(r"\b(?:in (?:central|downtown)|"
                      r"(?:streets|centre|center|heart) of(?: central| the capital,)?|"
                      r"(?:signed|sealed|inked) (?:[\w-]+ ){0,3}?(?:in|at))\s+$|"  # "was signed in Bamako", "signed the text in"
                      r"\b(?:summit|ceremony|signing|meeting|talks|gunfire|gunshots|shooting)\b[^.;]{0,60}\b(?:in|at)\s+$", re.I)
LAST_CROSSING = re.compile(r"\b(?:last|final)\b[^.;]*\bcross\w*\s+(?:the border\s+)?(?:between [^.;]{0,40}|into)?$", re.I)
ENDING = re.compile(r"\b(?:end\w*|conclud\w*|wound down)\s+(?:[^\s,;]+\s+){0,6}$", re.I)
FOREIGN_POWERS = ("US", "FR", "RU", "DE", "IT", "GB", "CN", "TR", "AE", "UN")
ACTOR_NAMES = {"US": "United States Armed Forces", "FR": "French Armed Forces", "RU": "Russian forces",
               "DE": "Bundeswehr", "IT": "Italian Armed Forces", "GB": "British Armed Forces"}
NAMED_FORCES = ((r"Africa(?:n)? Corps", "RU", "Africa Corps (Russia)"), (r"\bWagner\b", "RU", "Wagner Group (Russia)"),
                (r"\b(?:Barkhane|Serval)\b", "FR", "French Armed Forces"))  # France's Sahel operations


def _bloc(names: str, more: str = "") -> str:
    """A regional bloc's force, its force word after the bloc or before it: "SADC troops", "a force from the
    Southern African Development Community"."""
    force = r"(?:force|troops|soldiers|mission" + more + ")"
    return rf"\b(?:{names})\b(?!\s+member\b(?!\s+states))[^.]{{0,80}}\b{force}\b|" \
        rf"\b{force}\s+(?:from|of)\s+(?:the\s+)?(?:{names})\b"  # not "Rwanda, which is not a SADC member, will keep"


COALITIONS = ((r"\bTakuba\b", None, "Takuba task force (European)"),)  # when no member country is named
# after the countries: "German soldiers serving with the UN mission" are Germany's
UN_FORCES = ((r"(?<![A-Za-z0-9])MINUSMA\b", None, "MINUSMA (UN mission)"),  # "@UN_MINUSMA" too
             (r"\b(?:European Union|EU|EUCAP|EUTM)\b[^.]{0,40}\b(?i:missions?)\b", None, "European Union mission"),
             (r"\b(?:United Nations|UN\b|U\.N\.)(?:[^.]|\.(?! )){0,100}?\b(?i:peacekeep\w*|mission|force)\b|"
              r"\bblue helmets\b", None,
              "United Nations mission"),
             (_bloc(r"ECOWAS|West African (?:leaders|bloc|heads of state|peacekeep\w*)|"
                   r"West African(?=\s+(?:stabili[sz]ation|standby|intervention)\s+force\b)") + r"|\bECOM(?:OG|IB|IG|IL)\b",
              None, "ECOWAS force"),  # "a West African peacekeeping force", ECOMOG (Liberia), ECOMIG (Gambia)
             (r"\bstandby force\b", None, "Regional standby force"),
             (_bloc(r"SADC|Southern African Development Community|Southern African (?:leaders|bloc|heads of state)|"
                   r"Southern African(?=\s+(?:troops|soldiers|forces|peacekeepers)\b)")
              + r"|\bSAMI(?:M|DRC)\b", None, "SADC force"),
             (_bloc(r"African Union|AU", r"|peacekeep\w*") + r"|\b(?:AMISOM|ATMIS|AUSSOM)\b", None,
              "African Union mission"),
             (_bloc(r"East African Community|EAC"), None, "East African Community force"))
# a yes-no question, or one asked indirectly: "Whether Russia will send more men is the question"
ASKED = re.compile(r"(?!\W*(?:Q\s*[:.]\s*)?(?:Why|How|What|When|Where|Who|Which)\b)[^?]*\?[\"'”’\s]*$|\W*Whether\b")
# "agreed to let Russia set up a naval base": a plan, told as the accord, not a base built
# "The deal ... would allow Russia to keep up to 300 troops": a deal's terms, no troops there yet
# a plot's aim, not a coup: "the plotters had planned to attack the presidency"
PLOTTED = re.compile(r"\b(?:plann?(?:ed|ing|s)?|intend\w*|plott\w*|prepar\w*)\s+to\s+$", re.I)
# "an agreement that had allowed them to be stationed": the accord's terms, no news of troops
PERMITTED = re.compile(r"\b(?:(?:would|could|may|might)\s+(?:let|allow|permit|enable)|"
                       r"(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:allowed|allows|permitted|permits|let)\b)"
                       r"[^.;]{0,40}$", re.I)
LET_BUILD = re.compile(r"\b(?:agree|vot|approv|press|urg|lobb|seek|sought|ask)\w*\b[^.]{0,40}"
                       r"\b(?:to|would|will|could|may|might) (?:let|allow|permit)\b"
                       r"[^.]{0,60}$|"
                       r"\b(?:agreement|deal|accord|understanding)\s+(?:on|over|to)\s+(?:setting up|set up|"
                       r"build\w*|establish\w*|open\w*)\b[^.]{0,40}$|"  # "an agreement on setting up a ... base"
                       # "would withdraw from the country this month, handing over their main base": a plan
                       r"\b(?:will|would|shall|plans? to|is to|are to)\s+(?:\w+\s+){0,2}(?:withdraw|leave|pull|quit|depart)"
                       r"\w*\b[^.;]{0,50},\s+$",
                       re.I)  # "an agreement ... would allow Washington to set up a military base"
# a correction's account of what an earlier version wrongly said: "An earlier version said the coup took place on Saturday"
RETRACTED = re.compile(r"\s*(?:Correction\b[^:.]{0,30}:\s*)?"  # "Correction, July 31: An earlier version said"
                       r"(?:An?|The)\s+(?:earlier|previous|original)\s+(?:version|edition)\b|"
                       r"\s*This (?:article|story|report) (?:was|has been) (?:amended|corrected|updated)\b", re.I)
MISSIONS = frozenset(name for _, _, name in UN_FORCES)  # forces of no one country
# a capital, an institution or its leader standing for its country: "Moscow has dispatched", "Putin has approved"
METONYMS = {"RU": r"\b(?:Moscow|Kremlin|Putin)\b", "US": r"\b(?:Washington|Pentagon|White House|AFRICOM|Africom)\b",
            # in the Sahel, "the former colonial power" is France
            "FR": r"\b(?:Paris|Elysee|Élysée|Macron|(?:former|ex-) ?colonial (?:power|ruler))\b",
            "DE": r"\b(?:Berlin|Bundeswehr)\b", "GB": r"\bLondon\b",
            "IT": r"\bRome\b", "CN": r"\b(?:Beijing|Xi Jinping)\b", "TR": r"\b(?:Ankara|Erdo[gğ]an)\b"}
TELLER = re.compile(r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'’ -]{0,20}?)*\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|since\s+|now\s+)?"
                    r"(?:asked|ordered|told|demanded|instructed|gave)\s")  # "Chad and Senegal have asked"
TELLING = re.compile(r"\b(?:asked|ordered|told|urged|gave|giving|demanded|instructed)\s+(?:the\s+)?$")
TOLD_TO_GO = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,4}?to\s+(?:\w+ly\s+)?(?:withdraw|leave|pull|go|depart|quit)\b")
DESTINATION = re.compile(r"\b(?:to|in|into|from|out of|leav\w+|left|between)\s+(?:the\s+)?"
                         r"(?:(?:north|south|east|west|central)[\w-]*\s+)?$"  # "in eastern Congo"
                         r"|\b(?:nation|country)\s+of\s+$"  # "in the Horn of Africa nation of Djibouti"
                         r"|\b(?:left|leaving|from|out of)\s+the\s+(?:[\w-]+\s+){0,2}(?:city|town|port)\s+of\s+$")
# "left the M23-held city of Goma"
def diplomat_told(before: str, after: str = "") -> bool:
    """ "given the French ambassador 48 hours to leave", "expels diplomats": a diplomat goes, not a
    force; "troops and France's ambassador would leave" and "the ambassador and its troops" still tell
    of troops. ``after``: the text after the trigger."""
    if DIPLOMAT_AFTER.match(after):
        return True  # "ordered him out": one person, not a force
    m = DIPLOMAT.search(before[-90:])
    if m is None:
        return False
    at = len(before) - len(before[-90:]) + m.start()
    near = RULERS.sub("", before[max(0, at - 30):])  # "Mali's military government ordered France's ambassador"
    return re.search(FORCE, near, re.I) is None
