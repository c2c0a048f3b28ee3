import re

import pytest

from sahelmap.eventwords import TRIGGERS
from sahelmap.triggers import find_trigger, subtype_of

RX = {etype: rx for etype, _, rx in TRIGGERS}


def kinds(sentence):
    return {etype for etype, rx in RX.items() if find_trigger(rx, sentence, etype)}


@pytest.mark.parametrize("sentence, kind", [
    ("Mutinous soldiers detained Mali's President Ibrahim Boubacar Keïta on Tuesday.", "coup"),
    ("Soldiers said they had removed President Mohamed Bazoum from power.", "coup"),
    ("The army suspended the constitution and dissolved parliament.", "coup"),
    ("Soldiers stormed his residence in Bamako and detained him along with Prime Minister Boubou Cisse.", "coup"),
    ('The authorities had foiled a "major plot" against the state.', "coup"),
    ("The last German soldiers returned home on Tuesday.", "withdrawal"),
    ("The United States will pull some of its troops out of Chad.", "withdrawal"),
    ("A first contingent of Russian soldiers has landed in Burkina Faso.", "deployment"),
    ("Hungary's parliament approved sending up to 200 soldiers to Chad.", "deployment"),
    ("Hundreds of people marched through the streets of Agadez.", "protest"),
    ("Russia and Niger agreed to step up military cooperation.", "agreement"),
    ("The army chiefs agreed on Wednesday at a meeting in Niamey to create a joint force.", "agreement"),
])
def test_each_kind_has_its_words(sentence, kind):
    assert kind in kinds(sentence)


def test_march_the_month_is_no_protest():
    assert "protest" not in kinds("In March the junta revoked the accord.")


@pytest.mark.parametrize("sentence", [
    "Denmark began bringing home its special forces from Mali.",
    "The last French Chinook lifted off from Gao on Monday.",
    "The colonel spoke on Monday, ending nearly a decade of Operation Barkhane in Mali.",
])
def test_more_ways_to_leave(sentence):
    assert "withdrawal" in kinds(sentence)


def test_accords_broken_off_are_revoked():
    assert subtype_of("agreement", "Mali said it was breaking off its defence accords with France.") == "revoked"


def test_sites_handed_over_are_bases_and_a_plan_on_track_is_no_presence():
    assert "base" in kinds("France handed over two of its military sites in Dakar to Senegal's army.")
    assert "deployment" not in kinds("The withdrawal of U.S. forces from Air Base 201 remains on track.")
    assert "deployment" in kinds("About 80 French soldiers remain in the country.")


def test_the_sentence_news_before_what_it_recalls():
    s = "The general dissolved the government, hours after soldiers arrested the Prime Minister, in a coup."
    assert find_trigger(RX["coup"], s, "coup").group() == "coup"


def test_subtypes():
    assert subtype_of("withdrawal", "The last French troops left Niger on Friday.") == "completed"
    assert subtype_of("withdrawal", "Mali asked Denmark to withdraw its soldiers.") == "ordered"
    assert subtype_of("withdrawal", "The withdrawal must be completed by September 15.") != "completed"
    assert subtype_of("withdrawal", "A first group of U.S. soldiers left Niger on Friday.") == "started"
    assert subtype_of("withdrawal", "France left Timbuktu in December as part of a plan to reduce its presence.") == "completed"
    assert subtype_of("withdrawal", "France plans to leave Timbuktu and is left with few options.") == "announced"
    assert subtype_of("withdrawal", "France lowered its flag, formally ending the presence of its task force.") == "completed"
    assert subtype_of("protest", "Hundreds marched, some of them attacking French-owned petrol stations.") == "violent"
    assert subtype_of("base", "The U.S. military is building a drone base.") == "established"
    assert re.search(RX["base"], "a drone base near Agadez")


def test_coup_and_accord_subtypes():
    assert subtype_of("coup", "The army said it had foiled a coup attempt.", 40) == "failed"
    s = "Soldiers seized power on Sunday, a year after a failed putsch."
    assert subtype_of("coup", s, s.index("seized")) == "successful"
    assert subtype_of("agreement", "Niger annulled its military cooperation agreement.") == "revoked"
    assert subtype_of("agreement", "Mali and Russia inked a deal.") == "signed"
    assert subtype_of("agreement", "the agreement had been imposed by Washington") is None
    assert subtype_of("protest", "Police fired tear gas at protesters.") == "violent"
    assert subtype_of("base", "Air Base 201 became operational on Nov. 1.") == "operational"
    assert subtype_of("withdrawal", "The Bundeswehr's last troops were withdrawn from Niamey.") == "completed"
    assert subtype_of("withdrawal", "The first French troops to leave Niger departed by road.") == "started"


def test_a_negated_verb_tells_no_event():
    from sahelmap.eventwords import NEGATED

    assert NEGATED.search("The letter did not explicitly order the troops to ")
    assert not NEGATED.search("The letter, not the minister, ordered the troops to ")


def test_phrasings_of_later_batches():
    s = "Gunmen attacked the presidential palace in N'Djamena, adding that the assault had been repelled."
    assert re.search(RX["coup"], s) and subtype_of("coup", s, 7) == "failed"
    assert re.search(RX["withdrawal"], "the army proceeded to the taking over of the military camp of Menaka")
    assert re.search(RX["protest"], "Hundreds gathered in Ouagadougou, some waving Russian flags")
    assert re.search(RX["agreement"], "Niger and Russia signed documents on Monday to strengthen their military cooperation")
    assert not re.search(RX["protest"], "the presidential guard is blocking access to the palace")


def test_a_slogan_or_a_diplomat_told_to_go_is_no_withdrawal():
    from sahelmap.eventwords import SLOGAN, diplomat_told

    assert SLOGAN.search('Protesters carried placards reading "French army, ')
    assert not SLOGAN.search('The minister said: "French troops will ')
    assert diplomat_told("The junta has given the French ambassador 48 hours to ")
    assert not diplomat_told("Macron announced that troops and France's ambassador would ")
    assert not diplomat_told("Crowds demanded that the ambassador and its troops ")
    assert diplomat_told("Burkina Faso ", " diplomats, and Chad prepares for elections.")
    assert not diplomat_told("Mali ", " the ambassador and French troops.")
    assert diplomat_told("Two coups, the ", " of the French ambassador and the arrival of the Wagner group")
    assert not diplomat_told("Paris said it would ", " its troops and the ambassador")
