import pytest

from sahelmap.articles import read_article
from sahelmap.places import PlaceFinder, dateline_span

from .conftest import SEEDS


@pytest.fixture(scope="module")
def finder():
    return PlaceFinder()


def names(finder, text):
    return [(m.text, m.name, m.country_code) for m in finder.find(text)]


def test_offsets_quote_the_body_exactly(finder):
    art = read_article(SEEDS / "001_9025b684f52d2ec7.txt")
    mentions = finder.find(art)
    assert len(mentions) > 20
    for m in mentions:
        assert art.body[m.start:m.end] == m.text


def test_sahel_places_and_demonyms(finder):
    found = finder.find("Nigerien troops left Air Base 201 near Agadez, and Gao was quiet.")
    got = {(m.text, m.country_code, m.role) for m in found}
    assert ("Nigerien", "NE", "demonym") in got
    assert ("Air Base 201", "NE", "mention") in got and ("Agadez", "NE", "mention") in got
    assert ("Gao", "ML", "mention") in got


def test_horn_of_africa_regions_and_bases_of_the_curated_gazetteer(finder):
    found = finder.find("Ethiopia struck a deal with the breakaway region of Somaliland; China's base lies by Doraleh.")
    got = {(m.text, m.name, m.country_code, m.kind) for m in found}
    assert ("Somaliland", "Somaliland", "SO", "region") in got
    assert ("Doraleh", "PLA Support Base Djibouti", "DJ", "site") in got


def test_residents_of_a_town_who_speak_do_not_make_it_a_surname(finder):
    found = finder.find("Residents of Shire said convoys of Eritrean soldiers had left the Tigray town.")
    assert ("Shire", "ET") in {(m.text, m.country_code) for m in found}


def test_context_decides_homonyms(finder):
    assert ("Gao", "Gao", "BF") in names(finder, "In Burkina Faso, fighting reached Gao on Monday.")
    assert ("Paris", "Paris", "FR") in names(finder, "Macron spoke in Paris.")
    assert ("Dublin", "Dublin", "US") in names(finder, "Police in Columbus, Ohio and nearby Dublin said.")


def test_congo_is_the_democratic_republic_in_a_kivu_story(finder):
    assert names(finder, "Burundi pulls troops back from eastern Congo. Congolese forces in South Kivu.")[1] == (
        "Congo", "Democratic Republic of the Congo", "CD")


def test_a_capitals_decision_is_its_governments(finder):
    found = finder.find("France completed a withdrawal that followed N'Djamena's decision in November.")
    assert [(m.text, m.role) for m in found if m.text == "N'Djamena"] == [("N'Djamena", "metonym")]


def test_people_and_common_words_are_not_places(finder):
    text = "Deputy Secretary of State Kurt Campbell met Ali Lamine Zeine. Campbell said May was busy."
    assert not any(m.kind == "city" for m in finder.find(text))


def test_first_words_of_other_names(finder):
    assert [m.text for m in finder.find("Vladimir Putin said Russia would stay.")] == ["Russia"]
    assert [m.text for m in finder.find("Traoré met Vladimir Putin in St Petersburg. Niger marked Independence "
                                        "Day.")] == ["St Petersburg", "Niger"]
    assert not finder.find("An outbreak of Marburg virus and Lassa fever was reported.")
    assert [m.text for m in finder.find("It ended the rule of the Bongo family in Gabon.")] == ["Gabon"]
    assert [m.text for m in finder.find("The Fargo Police Department and the Athens Mayor met.")] == \
        ["Fargo", "Athens"]  # a town that heads an organisation's name is still a place
    got = [m.text for m in finder.find("Police in Sarnia and Brampton said. The Gainesville police chief spoke.")]
    assert got == ["Sarnia", "Brampton", "Gainesville"]


def test_wire_datelines_are_marked(finder):
    text = "OUAGADOUGOU (Reuters) - Russian troops arrived in Burkina Faso on Wednesday."
    assert dateline_span(text) == (0, 11)
    roles = {m.text: m.role for m in finder.find(text)}
    assert roles["OUAGADOUGOU"] == "dateline" and roles["Burkina Faso"] == "mention"
    art = read_article(SEEDS / "001_9025b684f52d2ec7.txt")
    assert [m.text for m in finder.find(art) if m.role == "dateline"] == ["WASHINGTON"]


def test_title_case_datelines_need_their_comma_or_agency(finder):
    for text, marked in [("Libreville, Gabon — Officers took power on Wednesday.", ["Libreville", "Gabon"]),
                         ("Bamako, 4 January 2022 — Instructors arrived in Timbuktu.", ["Bamako"]),
                         ("Niamey (AFP) - Troops left Agadez.", ["Niamey"]),
                         ("Niger - Troops left Agadez.", [])]:
        assert [m.text for m in finder.find(text) if m.role == "dateline"] == marked, text


def test_a_dateline_of_two_cities_is_one_dateline(finder):
    text = "HARARE/GOMA, March 14 - Leaders met in Goma."
    assert dateline_span(text) == (0, 21)
    assert [(m.text, m.role) for m in finder.find(text)] == [("HARARE", "dateline"), ("Goma", "mention")]


def test_an_agencys_flag_is_no_dateline(finder):
    text = "URGENT - Burkina junta says it foiled coup attempt\n\nOUAGADOUGOU, Sept 28 (AFP) - The government spoke."
    assert text[slice(*dateline_span(text))] == "OUAGADOUGOU, Sept 28"
    assert [(m.text, m.role) for m in finder.find(text)] == [("Burkina", "mention"), ("OUAGADOUGOU", "dateline")]


def test_a_headlines_last_word_is_no_title_for_the_dateline_under_it(finder):
    text = "Soldiers seize power, detain president\n\nBISSAU, Nov 26 (Reuters) - Officers took control on Wednesday."
    assert [(m.text, m.role) for m in finder.find(text)] == [("BISSAU", "dateline")]


def test_the_city_of_a_name_is_the_town_though_the_article_named_its_region(finder):
    found = finder.find("Troops deployed to Niger's Agadez region. They patrol outside the city of Agadez.")
    assert [(m.text, m.kind) for m in found if m.text == "Agadez"] == [("Agadez", "region"), ("Agadez", "city")]


def test_a_town_and_a_lowercase_airport_or_base_is_the_gazetteers_site(finder):
    found = finder.find("A plane landed at Niamey airport. The last convoy left the Gao base. Talks were held in Gao. "
                        "It came from the Gao desert platform.")
    assert [(m.text, m.name, m.kind) for m in found] == [("Niamey airport", "Air Base 101", "site"),
                                                         ("Gao base", "Gao desert platform", "site"),
                                                         ("Gao", "Gao", "city"),
                                                         ("Gao desert platform", "Gao desert platform", "site")]


def test_a_datelines_country_is_the_dateline(finder):
    marked = {m.text: m.role for m in finder.find("ABUJA, Nigeria (AP) — Leaders met in Niger on Thursday.")}
    assert marked["Nigeria"] == "dateline" and marked["Niger"] == "mention"


def test_a_capital_standing_for_its_government_is_marked(finder):
    roles = {m.text: m.role for m in finder.find("Washington and Niamey have agreed on a plan. Relations between "
                                                  "Paris and Bamako are strained. Protesters marched in Niamey.")}
    assert roles == {"Washington": "metonym", "Niamey": "mention", "Paris": "metonym", "Bamako": "metonym"}
    based = finder.find("Soldiers based in N'Djamena have left. Officials in Washington have said little.")
    assert [(m.text, m.role) for m in based] == [("N'Djamena", "mention"), ("Washington", "mention")]
    seat = finder.find("Britain blamed the junta in Bamako. Its troops were based in Gao, not in Bamako.")
    assert [m.role for m in seat if m.text == "Bamako"] == ["metonym", "mention"]


def test_a_town_before_a_day_or_month_is_read_alone(finder):
    # "on" joins "Stratford upon Avon"-like names, not a town to its date
    text = "French troops left Ouallam on Monday and Timbuktu in December; envoys were due in Banjul on Friday."
    got = [(m.text, m.country_code) for m in finder.find(text)]
    assert ("Ouallam", "NE") in got and ("Timbuktu", "ML") in got and ("Banjul", "GM") in got


def test_a_place_after_its_countrys_possessive(finder):
    got = names(finder, "Troops deployed in Niger's Tillabéri region; France's Orano mined uranium; "
                        "Russia's Africa Corps arrived.")
    assert ("Tillabéri", "Tillabéri Region", "NE") in got  # the region the lowercase word names
    assert not [g for g in got if g[0] in ("Orano", "Africa")]
    assert ("Sahel", "Sahel", None) in names(finder, "Jihadists spread across the Sahel region.")


def test_a_sentence_opening_verb_is_not_a_town(finder):
    got = [m.text for m in finder.find("Reading a statement on state television, an officer spoke. "
                                       "Reading is a town in England.")]
    assert got.count("Reading") == 1 and "England" in got


def test_ap_state_abbreviations_that_are_also_words_count_only_after_a_town(finder):
    got = names(finder, "She was buried in Friedensburg, Pa. He moved to Bolingbrook, Ill., and Sulpher, La., "
                        "last year. Miss. Jones was ill. Pa said so.")
    assert ("Pa", "Pennsylvania", "US") in got and ("Ill", "Illinois", "US") in got
    assert ("La", "Louisiana", "US") in got
    assert [g[0] for g in got].count("Pa") == 1 and "Miss" not in [g[0] for g in got]


def test_an_upper_case_dateline_town_is_not_a_sentence_opening_word(finder):
    got = {m.text: (m.name, m.role) for m in finder.find("HAMMOND, Ind. (AP) - The mayor spoke.")}
    assert got == {"HAMMOND": ("Hammond", "dateline"), "Ind": ("Indiana", "dateline")}


def test_a_town_region_is_the_town_unless_a_region_has_that_name(finder):
    got = names(finder, "Jobs came to the Charlotte region, near Huntersville, N.C.")
    assert ("Charlotte", "Charlotte", "US") in got  # not the St Vincent parish GeoNames also calls so


def test_peoples_in_the_plural_and_mixed_case_acronyms(finder):
    got = names(finder, "The Danes and Swedes left Ménaka, where FAMa units patrol.")
    assert ("Danes", "Denmark", "DK") in got and ("Swedes", "Sweden", "SE") in got
    assert "FAMa" not in [g[0] for g in got]  # Mali's armed forces, not Fama in Brazil


def test_a_title_before_a_name_is_no_place(finder):
    text = "On Sunday, Sen. Marco Rubio of Florida expressed concern. Rubio tweeted about it."
    assert [m.text for m in finder.find(text)] == ["Florida"]


def test_a_clause_after_a_spaced_dash_opens_like_a_sentence(finder):
    assert [m.text for m in finder.find("06:40 GMT - Residents of Freetown report gunfire.")] == ["Freetown"]
    assert [m.text for m in finder.find("MANSFIELD — The City Council met on Monday.")] == ["MANSFIELD"]


def test_a_country_name_joined_by_d_apostrophe_and_no_short_foreign_alias(finder):
    assert names(finder, "Côte d'Ivoire took over the base; Cote d’Ivoire troops left.") == [
        ("Côte d'Ivoire", "Ivory Coast", "CI"), ("Cote d’Ivoire", "Ivory Coast", "CI")]
    assert names(finder, "UN peacekeepers left their camp in Ber, in Mali, on Sunday.") == [
        ("Ber", "Ber", "ML"), ("Mali", "Mali", "ML")]  # the UN camp's town, no foreign town's short alias


def test_a_countrys_acronym_counts_only_in_capitals(finder):
    assert names(finder, "Rebels attacked the CAR capital. Car bombs exploded. Us and them.") == [
        ("CAR", "Central African Republic", "CF")]


def test_the_french_base_in_ndjamena_by_its_short_name(finder):
    assert names(finder, "Two Mirage jets left the Kossei air base on Tuesday.") == [
        ("Kossei air base", "Adji Kossei", "TD")]


def test_the_mission_is_no_district_and_the_un_camps_of_mali_are_places(finder):
    assert names(finder, "The Mission's peacekeepers left Ber and Anefis on Sunday.") == [
        ("Ber", "Ber", "ML"), ("Anefis", "Anéfis", "ML")]


def test_kamanyola_the_un_base_town_in_south_kivu(finder):
    assert names(finder, "MONUSCO handed its base in Kamanyola over to Congolese police.") == [
        ("Kamanyola", "Kamanyola", "CD"), ("Congolese", "Democratic Republic of the Congo", "CD")]


def test_a_town_before_a_date_is_no_longer_name_and_a_city_naming_an_accord_is_not_there(finder):
    assert [m.text for m in finder.find("Peacekeepers left their camp in Kidal on 31 October 2023.")] == ["Kidal"]
    found = [(m.text, m.role) for m in finder.find("Mali ended the 2015 Algiers peace agreement. Talks were held "
                                                   "in Algiers.")]
    assert found == [("Mali", "mention"), ("Algiers", "metonym"), ("Algiers", "mention")]
