import datetime as dt
import sys

import pytest

from sahelmap.articles import Article, load_articles

from .conftest import ROOT, SEEDS, read

sys.path.insert(0, str(ROOT / "bench"))
from bench_events import gold_events, matches  # noqa: E402


@pytest.fixture(scope="module")
def seed_events(extractor):
    return extractor.extract(load_articles([SEEDS]))


def test_every_seed_main_event_is_found(seed_events):
    main = [g for g in gold_events() if g.get("main") == "true"]
    assert all(any(matches(g, e) for e in seed_events) for g in main)


def test_most_seed_events_are_found(seed_events):
    gold = gold_events()
    found = sum(any(matches(g, e) for e in seed_events) for g in gold)
    assert found / len(gold) >= 0.75


def test_events_are_merged_across_articles_with_all_their_sources(seed_events):
    # agreed on Friday 19 April (003), confirmed by the Pentagon on Monday 22 April (000, 001)
    withdrawal = [e for e in seed_events if e.type == "withdrawal" and e.actor_country == "USA"
                  and dt.date(2024, 4, 19) <= e.start <= dt.date(2024, 4, 22)]
    assert len(withdrawal) == 1
    assert len({s.article for s in withdrawal[0].sources}) >= 3
    bodies = {a.id: a.body for a in load_articles([SEEDS])}
    for s in withdrawal[0].sources:
        assert bodies[s.article][s.start:s.end] == s.sentence


def test_recalled_events_are_background(seed_events):
    coup = next(e for e in seed_events if e.type == "coup" and e.host_country == "NER")
    assert coup.is_background and coup.start == dt.date(2023, 7, 1) and coup.date_precision == "month"
    assert coup.capital_proxy and coup.place == "Niamey"


def test_no_event_is_placed_at_a_dateline(extractor):
    events = read(extractor, dt.date(2024, 1, 26),
        "OUAGADOUGOU (Reuters) - Russian troops arrived in Burkina Faso on Wednesday to train the army, "
        "the government said.\nWASHINGTON officials declined to comment.", "wire")
    dep = next(e for e in events if e.type == "deployment")
    assert (dep.actor_country, dep.host_country, dep.start) == ("RUS", "BFA", dt.date(2024, 1, 24))
    assert all(e.place not in ("Washington",) for e in events)


def test_extraction_is_read_from_text_only(extractor, tmp_path):
    ev = read(extractor, dt.date(2024, 3, 17), "Niger's junta revoked the military accord with "
        "the United States on Saturday, a spokesman said on national television.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in ev] == [
        ("agreement", "revoked", "NER", dt.date(2024, 3, 16))]
    assert ev[0].reviewed is False


def test_main_events_of_unseen_style_articles(extractor):
    import yaml

    folder = ROOT / "tests" / "data" / "unseen"
    articles = {a.id: a for a in load_articles([folder])}
    gold = yaml.load((folder / "gold.yaml").read_text(), Loader=yaml.BaseLoader)
    found = 0
    for g in gold:
        events = extractor.extract([articles[g["article"]]])
        if "dateline" in g:
            assert all(e.place != g["dateline"] for e in events), (g, events)
        if "absent" in g:  # an article that tells no event of this kind, though its words suggest one
            assert not [e for e in events if e.type == g["absent"] and not e.is_background
                        and g.get("host", e.host_country) == e.host_country
                        and g.get("actor", e.actor_country) == e.actor_country], (g, events)
            continue
        hit = [e for e in events if (e.type, e.host_country, e.start.isoformat()) == (g["type"], g["host"], g["start"])]
        found += bool(hit)
        if "place" in g and hit:
            assert any(e.place == g["place"] for e in hit), (g, hit)
        assert all((e.lat, e.lon) != (0.0, 0.0) and e.place for e in events), events
    assert found >= sum("type" in g for g in gold) - 1, (found, len(gold))


def test_lead_sentences_in_many_phrasings(extractor, tmp_path):
    import yaml

    leads = yaml.safe_load((ROOT / "tests" / "data" / "leads.yaml").read_text(encoding="utf-8"))
    missed = []
    for n, lead in enumerate(leads):
        path = tmp_path / f"lead{n:02d}.txt"
        path.write_text(f"---\ndate: 2024-06-15\n---\n{lead['text']}\n", encoding="utf-8")
        events = extractor.extract(load_articles([path]))
        if not any((e.type, e.host_country, e.start.isoformat()) == (lead["type"], lead["host"], str(lead["start"]))
                   for e in events):
            missed.append(lead["text"])
    assert len(missed) <= 3, missed


def test_a_republished_wire_story_is_read_as_of_its_dateline(extractor):
    events = read(extractor, dt.date(2024, 1, 24), "MOSCOW, Jan 16 - Russia and Niger agreed on Tuesday "
        "to develop military cooperation, the defence ministry said.")
    assert [(e.type, e.start) for e in events] == [("agreement", dt.date(2024, 1, 16))]


def test_a_datelines_date_is_the_filings_when_the_sentence_names_another(extractor):
    events = read(extractor, dt.date(2024, 1, 25), "Ouagadougou, Jan. 25 — A first contingent of Russian "
        "soldiers has arrived in Burkina Faso, the Africa Corps said on Wednesday.")
    assert [(e.type, e.start) for e in events] == [("deployment", dt.date(2024, 1, 24))]
    events = read(extractor, dt.date(2024, 5, 3), "WASHINGTON, May 2 (Reuters) - Russian military "
        "personnel have entered an air base in Niger that is hosting U.S. troops, an official said.", "b")
    assert [(e.type, e.start) for e in events] == [("deployment", dt.date(2024, 5, 2))]


def test_the_country_asking_troops_to_leave_hosts_them_and_a_critic_deploys_nobody(extractor):
    events = read(extractor, dt.date(2025, 2, 20), "France handed over its base in Abidjan on Thursday. "
        "Chad and Senegal have asked French troops to leave.")
    assert ("withdrawal", "FRA", "TCD") in [(e.type, e.actor_country, e.host_country) for e in events]
    events = read(extractor, dt.date(2022, 1, 4), "Fifteen European countries and Canada said on "
        "December 23 they \"firmly condemn\" the deployment of troops in Mali.", "b")
    assert all(e.actor_country != "CAN" for e in events)


def test_a_un_mission_named_between_a_country_and_the_trigger_is_the_actor(extractor):
    events = read(extractor, dt.date(2023, 6, 30), "The council voted on Friday to end its decade-long "
        "peacekeeping mission in Mali. The resolution, drafted by France, asks the mission, known as "
        "MINUSMA, to start withdrawing its troops.")
    assert {(e.type, e.actor) for e in events} == {("withdrawal", "MINUSMA (UN mission)")}


def test_troops_landing_at_home_end_a_deployment(extractor):
    events = read(extractor, dt.date(2023, 12, 15), "The last German soldiers of the U.N. mission in Mali "
        "landed at the Wunstorf air base in Lower Saxony on Friday. Defence Minister Boris Pistorius "
        "welcomed the troops.")
    got = [(e.type, e.subtype, e.actor_country, e.host_country, e.start) for e in events]
    assert got == [("withdrawal", "completed", "DEU", "MLI", dt.date(2023, 12, 15))]


def test_a_force_named_in_the_sentence_before_and_a_headline_before_the_lead(extractor):
    (ev,) = read(extractor, dt.date(2024, 4, 12),
        "Russian instructors arrive in Niger\n\n"
        "Russian military instructors have arrived in Niger with equipment, state television reported on Thursday. "
        "A plane carrying the instructors landed in Niamey on Wednesday night, it said.")
    assert (ev.type, ev.actor_country, ev.start, ev.place) == ("deployment", "RUS", dt.date(2024, 4, 10), "Niamey")
    assert len(ev.sources) == 3


def test_a_standfirst_is_no_lead_and_an_unnamed_party_joins_the_named_one(extractor):
    events = read(extractor, dt.date(2024, 3, 17),
        "Niger's junta revokes military deal with the US\n\n"
        "The military rulers say the presence of US troops is illegal and violates the constitution.\n\n"
        "Niger's ruling military has revoked with immediate effect an agreement that allowed military personnel "
        "from the US Department of Defense on its soil, a government spokesman said.\n\n"
        "Colonel Amadou Abdramane made the announcement on Saturday on national television.")
    (ev,) = [e for e in events if e.type == "agreement"]
    assert (ev.subtype, ev.actor_country, ev.start) == ("revoked", "USA", dt.date(2024, 3, 16))
    assert len(ev.sources) == 2


def test_the_event_of_the_sentence_before(extractor):
    (ev,) = read(extractor, dt.date(2025, 9, 2),
        "Dozens of Russian soldiers from the Africa Corps have been deployed to the Agadez region in Niger, "
        "security sources told AFP on Monday. The deployment, which began in late August, follows the "
        "nationalisation of a mine in Burkina Faso's neighbour.")
    assert (ev.actor_country, ev.host_country, ev.start, ev.date_precision) == ("RUS", "NER", dt.date(2025, 8, 1), "month")


def test_a_sentence_set_in_an_earlier_time_is_background(extractor):
    events = read(extractor, dt.date(2024, 4, 22), "Series of losses: Following a 2021 coup in neighboring "
        "Mali, officials ousted a nine-year French counter-terrorism mission.")
    (ev,) = [e for e in events if e.type == "withdrawal"]
    assert (ev.host_country, ev.start, ev.is_background) == ("MLI", dt.date(2021, 1, 1), True)


def test_a_plan_is_news_the_day_it_is_told(extractor):
    (ev,) = read(extractor, dt.date(2025, 1, 1), "Ivory Coast's president said on Tuesday that French "
        "troops would withdraw from the country in January.")
    assert (ev.type, ev.subtype, ev.start) == ("withdrawal", "announced", dt.date(2024, 12, 31))


def test_a_capital_speaks_for_its_country_and_a_list_of_hosts_yields_to_the_towns(extractor):
    events = read(extractor, dt.date(2021, 4, 12),
        "N'Djamena has deployed 1,200 soldiers to the tri-border area between Mali, Niger and Burkina Faso, "
        "the joint force said on Sunday. The Chadian soldiers will be based in Tera, in western Niger.")
    assert [(e.actor_country, e.host_country, e.start) for e in events if e.type == "deployment"] \
        == [("TCD", "NER", dt.date(2021, 4, 11))]


def test_a_later_withdrawal_clause_does_not_make_an_arrival_a_participle(extractor):
    events = read(extractor, dt.date(2025, 2, 11),
        "NIAMEY, Niger (AP) — About 100 more Russian military personnel arrived in Niger's capital on Sunday, "
        "state television reported, more than a year after the junta ordered American troops out.")
    assert [(e.type, e.actor_country, e.start) for e in events if e.type == "deployment"] \
        == [("deployment", "RUS", dt.date(2025, 2, 9))]


def test_troops_landing_at_home_deploy_nowhere(extractor):
    events = read(extractor, dt.date(2023, 12, 13),
        "A plane carrying the last 140 German troops from Gao, Mali, landed at an air base in northern Germany "
        "on Tuesday.")
    assert not [e for e in events if e.type == "deployment"]


def test_a_foiled_coup_stays_foiled_and_what_has_since_happened_is_undated(extractor):
    events = read(extractor, dt.date(2025, 12, 8),
        "Benin's government says it has foiled an attempt by a group of soldiers to overthrow President Patrice Talon. "
        "A group of soldiers had appeared on state television early on Sunday to announce that they had dissolved "
        "the government. Niger's military leaders seized power in July 2023 and have since expelled French forces "
        "and ended a security pact with the United States.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in events if not e.is_background] == \
        [("coup", "failed", "BEN", dt.date(2025, 12, 7))]
    assert not [e for e in events if e.type == "agreement"]


def test_the_event_named_again_further_on_and_what_also_happened(extractor):
    events = read(extractor, dt.date(2025, 1, 31),
        "The French army on Thursday handed over its last military base in Chad to local authorities. "
        "A ceremony was held at the Kossei base in N'Djamena. Chad ended its defence cooperation with France "
        "in late November. The departure leaves France without a military presence in the Sahel, after its "
        "forces were pushed out of Mali, Burkina Faso and Niger.")
    assert {(e.type, e.host_country, e.start) for e in events if e.type == "withdrawal"} == \
        {("withdrawal", "TCD", dt.date(2025, 1, 30))}
    events = read(extractor, dt.date(2022, 1, 17),
        "Tens of thousands of people rallied in Bamako on Friday against ECOWAS sanctions. "
        "Demonstrations were also held in Kayes and Sikasso.", "b")
    assert {(e.type, e.start) for e in events} == {("protest", dt.date(2022, 1, 14))}


def test_a_convoy_withdrawing_through_another_country_is_the_withdrawal(extractor):
    events = read(extractor, dt.date(2023, 10, 20),
        "A first convoy of French soldiers withdrawing from Niger arrived in N'Djamena on Thursday, the army said.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in events] == \
        [("withdrawal", "started", "NER", dt.date(2023, 10, 19))]


def test_live_blog_entries_are_as_of_their_day_heading(extractor):
    events = read(extractor, dt.date(2021, 9, 6),
        "Guinea coup: Live updates\n\nMonday, September 6\n\n"
        "08:10 GMT – ECOWAS condemns the coup, threatens sanctions\n"
        "The regional bloc has condemned what it called an attempted coup.\n\nSunday, September 5\n\n"
        "21:45 GMT – Special forces commander says government dissolved\n"
        "Lieutenant Colonel Mamady Doumbouya, the head of an elite army unit, said on state television that his "
        "forces had dissolved the government and closed Guinea's borders.\n")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in events] == \
        [("coup", "successful", "GIN", dt.date(2021, 9, 5))]


def test_an_agreement_to_withdraw_is_the_withdrawal_announced(extractor):
    events = read(extractor, dt.date(2024, 5, 20),
        "The Pentagon and Niger's military government concluded talks on Sunday with an agreement to complete "
        "the withdrawal of U.S. forces from the country no later than September 15.")
    assert [(e.type, e.subtype, e.start) for e in events] == \
        [("withdrawal", "announced", dt.date(2024, 5, 19))]


def test_the_day_a_scene_setting_sentence_names_and_a_communique_date_line(extractor):
    events = read(extractor, dt.date(2023, 7, 27),
        "Late Wednesday, soldiers appeared on national television. Colonel Amadou Abdramane said the defence and "
        "security forces had decided to put an end to the regime in Niger.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("coup", "NER", dt.date(2023, 7, 26))]
    events = read(extractor, dt.date(2024, 11, 29),
        "PRESS RELEASE\n\nN'Djamena, 28 November 2024\n\nThe Government of the Republic of Chad informs national "
        "and international opinion of its decision to end the defence cooperation agreement signed with France.", "b")
    assert [(e.type, e.subtype, e.start) for e in events] == [("agreement", "revoked", dt.date(2024, 11, 28))]


def test_a_plane_carrying_the_final_troops_out(extractor):
    (ev,) = read(extractor, dt.date(2024, 8, 9),
        "On Monday, the last U.S. C-17 transport plane lifted off from Air Base 201, carrying the final group "
        "of American service members out of Niger.")
    assert (ev.type, ev.subtype, ev.host_country, ev.start, ev.place) == \
        ("withdrawal", "completed", "NER", dt.date(2024, 8, 5), "Air Base 201")


def test_what_had_happened_without_a_date_is_no_news(extractor):
    events = read(extractor, dt.date(2024, 8, 31),
        "The last Bundeswehr soldiers stationed in Niger left the country on Friday, the ministry said. "
        "Germany had kept about 100 troops in Niamey even after France and the United States were forced out.")
    assert [(e.type, e.start) for e in events if not e.is_background] == \
        [("withdrawal", dt.date(2024, 8, 30))]
    events = read(extractor, dt.date(2022, 8, 16),
        "When French paratroopers landed in Timbuktu in January 2013, crowds lined the streets of Mali's towns.", "b")
    assert all(e.is_background for e in events)


def test_told_to_leave_at_once_and_the_leads_day_for_the_statement_after_it(extractor):
    events = read(extractor, dt.date(2022, 1, 25),
        "BAMAKO — Mali's military government on Tuesday asked Denmark to immediately withdraw its special forces.")
    assert [(e.type, e.subtype, e.actor_country, e.start) for e in events] == \
        [("withdrawal", "ordered", "DNK", dt.date(2022, 1, 25))]
    events = read(extractor, dt.date(2023, 12, 5),
        "Niger's military rulers said on Monday they were revoking the legal basis for two European Union "
        "missions in the country.\n\nIn a statement, the foreign ministry said it was denouncing the agreement "
        "that allowed the EUCAP Sahel Niger mission to operate.", "b")
    assert {(e.type, e.subtype, e.start) for e in events} == \
        {("agreement", "revoked", dt.date(2023, 12, 4))}


def test_a_campaign_rally_is_no_protest(extractor):
    events = read(extractor, dt.date(2024, 3, 22),
        "DAKAR — The opposition candidate said on Thursday he would review Senegal's defence agreements with France, "
        "he told reporters at a rally in Dakar. His campaign has drawn huge crowds across Senegal.")
    assert not [e for e in events if e.type == "protest"]


def test_the_datelines_country_and_the_actors_fellows_host_nothing(extractor):
    events = read(extractor, dt.date(2023, 8, 11),
        "ABUJA, Nigeria (AP) — West African leaders on Thursday ordered the deployment of a \"standby force\" "
        "to restore constitutional order in Niger.")
    assert [(e.type, e.host_country, e.start) for e in events] == \
        [("deployment", "NER", dt.date(2023, 8, 10))]
    events = read(extractor, dt.date(2022, 11, 16),
        "Mali's government said on Wednesday that the UN mission would close its camp in Gao. "
        "Britain, Sweden, Germany and Benin have also announced they are pulling troops out of the mission.", "b")
    assert "BEN" not in {e.host_country for e in events}


def test_a_coup_anniversary_is_no_coup(extractor):
    events = read(extractor, dt.date(2024, 7, 27),
        "Niger marks coup anniversary with rally in capital\n\nThousands of people rallied in Niamey on Friday to "
        "mark the first anniversary of the coup that brought General Tiani to power.")
    assert [(e.type, e.start) for e in events] == [("protest", dt.date(2024, 7, 26))]


def test_a_day_counted_back_dates_the_exit_not_the_statement(extractor):
    (ev,) = read(extractor, dt.date(2024, 8, 31), "Germany's armed forces have ended their presence in "
        "Niger, the Defence Ministry in Berlin said on Saturday, after the last Bundeswehr soldiers flew "
        "out of the capital Niamey a day earlier.")
    assert (ev.type, ev.host_country, ev.start, ev.place) == ("withdrawal", "NER", dt.date(2024, 8, 30), "Niamey")


def test_juntas_that_seized_power_are_no_coup_of_the_day(extractor):
    events = read(extractor, dt.date(2023, 9, 17), "The military leaders of Mali, Niger and Burkina Faso on "
        "Saturday signed a mutual defence pact in Bamako. The three countries, all run by juntas that "
        "seized power in coups since 2020, are battling jihadist insurgencies.")
    assert [e.type for e in events if not e.is_background] == ["agreement"]


def test_a_protests_violence_and_an_arrivals_actor_carry_over_from_the_sentence_before(extractor):
    events = read(extractor, dt.date(2022, 5, 15), "Hundreds of people took to the streets of N'Djamena "
        "on Saturday to protest against France's military presence. Police fired tear gas to disperse "
        "the protesters.")
    assert [(e.type, e.subtype, e.start) for e in events] == [
        ("protest", "violent", dt.date(2022, 5, 14))]
    events = read(extractor, dt.date(2024, 4, 12), "Russian military instructors arrived in Niamey on "
        "Wednesday. The arrival comes weeks after the junta ended an agreement allowing U.S. military "
        "personnel to operate in the country.", "b")
    deployments = [e for e in events if e.type == "deployment"]
    assert [(e.actor_country, e.start) for e in deployments] == [("RUS", dt.date(2024, 4, 10))]


def test_the_day_it_happened_before_the_day_it_was_told_and_the_datelines_city_when_named(extractor):
    events = read(extractor, dt.date(2023, 10, 6), "Burkina Faso's military government said on Wednesday "
        "it had foiled a coup attempt the day before.")
    assert [(e.type, e.subtype, e.start) for e in events] == [
        ("coup", "failed", dt.date(2023, 10, 3))]
    events = read(extractor, dt.date(2022, 10, 21), "N'DJAMENA, Oct 20 (Reuters) - Security forces fired on "
        "protesters on Thursday. Hundreds of demonstrators marched in N'Djamena and the southern city of "
        "Moundou.", "b")
    assert [e.place for e in events if e.type == "protest"] == ["N'Djamena"]


def test_the_year_an_accord_was_signed_does_not_date_its_end(extractor):
    events = read(extractor, dt.date(2024, 12, 1), "Chad's foreign ministry announced late on Thursday that "
        "the government had decided to terminate the defence cooperation accord signed with France in 2019.")
    assert [(e.type, e.subtype, e.start) for e in events] == [
        ("agreement", "revoked", dt.date(2024, 11, 28))]


def test_troops_crossing_into_a_country_deploy_there_unless_they_are_the_last_leaving(extractor):
    ev = read(extractor, dt.date(2017, 1, 20), "DAKAR — Senegalese troops crossed into Gambia on Thursday, hours "
              "after Adama Barrow was sworn in as president.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("deployment", "SEN", "GMB", dt.date(2017, 1, 19))]
    ev = read(extractor, dt.date(2022, 8, 16), "When the last French soldiers rolled out of the Gao base on Monday "
              "and crossed into Niger, they ended a nine-year intervention in Mali.", "b")
    assert not [e for e in ev if e.type == "deployment"]


def test_a_day_that_qualifies_another_noun_does_not_date_the_coup(extractor):
    ev = read(extractor, dt.date(2025, 11, 26), "Army officers in Guinea-Bissau said on Wednesday they had "
              "seized power, a day before results of Sunday's elections were due.")
    assert [(e.type, e.start) for e in ev] == [("coup", dt.date(2025, 11, 26))]
    ev = read(extractor, dt.date(2023, 11, 27), "The government has described Sunday's attack on the main "
              "barracks in Freetown as a failed coup attempt.", "b")
    assert [(e.type, e.subtype, e.start) for e in ev] == [("coup", "failed", dt.date(2023, 11, 26))]


def test_a_timelines_designation_is_no_coup_of_its_own(extractor):
    ev = read(extractor, dt.date(2024, 9, 16), "Key dates:\n\nJuly 26, 2023 — Members of the presidential guard "
              "detain President Mohamed Bazoum and take power in Niger.\n\nOct. 10, 2023 — Washington formally "
              "designates the takeover a coup, suspending most aid.")
    assert [(e.type, e.start) for e in ev if e.type == "coup"] == [("coup", dt.date(2023, 7, 26))]


def test_a_coup_in_the_capital_is_placed_there_though_filed_from_it(extractor):
    ev = read(extractor, dt.date(2025, 11, 26), "BISSAU, Nov 26 (Reuters) - Military officers in Guinea-Bissau "
              "said on Wednesday they had seized power.\n\nGunfire was heard near the presidential palace in the "
              "capital, witnesses said.")
    assert [(e.type, e.place, e.geo_precision) for e in ev] == [("coup", "Bissau", "town")]
    ev = read(extractor, dt.date(2025, 11, 26), "BISSAU, Nov 26 (Reuters) - Military officers in Guinea-Bissau "
              "said on Wednesday they had seized power.", "b")
    assert [(e.type, e.place) for e in ev] == [("coup", "Guinea-Bissau")]  # the dateline alone places nothing


def test_soldiers_who_tried_to_seize_power_failed(extractor):
    ev = read(extractor, dt.date(2025, 12, 7), "Loyal forces dislodged soldiers who tried to seize power in "
              "Cotonou on Sunday, Benin's government said.")
    assert [(e.type, e.subtype, e.host_country) for e in ev] == [("coup", "failed", "BEN")]


def test_forces_sent_from_a_list_of_countries_are_hosted_by_the_one_they_help(extractor):
    ev = read(extractor, dt.date(2025, 12, 8), "Nigeria deployed troops alongside contingents from Sierra Leone, "
              "Ivory Coast and Ghana to help Benin's government on Sunday.")
    assert [(e.type, e.actor_country, e.host_country) for e in ev] == [("deployment", "NGA", "BEN")]


def test_last_months_news_is_not_history(extractor):
    ev = read(extractor, dt.date(2024, 9, 20), "Germany ended its military presence in Niger last month, when "
              "its last soldiers flew out of the air base.")
    assert [(e.type, e.start, e.date_precision, e.is_background) for e in ev] == [
        ("withdrawal", dt.date(2024, 8, 1), "month", False)]


def test_an_election_day_does_not_date_the_deployment_before_it(extractor):
    ev = read(extractor, dt.date(2020, 12, 21), "Rwanda has deployed troops to the Central African Republic, the "
              "defence ministry said on Sunday. The deployment comes days before presidential elections on Dec. 27.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("deployment", "RWA", "CAF", dt.date(2020, 12, 20))]


def test_soldiers_disembarking_arrive(extractor):
    ev = read(extractor, dt.date(2022, 11, 13), "Kenyan soldiers of the regional force disembark from a military "
              "plane at Goma airport, eastern Democratic Republic of Congo, on Saturday, Nov. 12, 2022.")
    assert [(e.type, e.host_country, e.place, e.start) for e in ev] == [
        ("deployment", "COD", "Goma", dt.date(2022, 11, 12))]


def test_the_soldiers_it_deployed_are_withdrawn_from_the_region_named(extractor):
    ev = read(extractor, dt.date(2021, 8, 22), "N'DJAMENA — Chad has withdrawn 600 of the 1,200 soldiers it "
              "deployed in Niger's Tillabéri region, a government spokesman said on Saturday.")
    assert [(e.type, e.host_country, e.place, e.geo_precision, e.start) for e in ev] == [
        ("withdrawal", "NER", "Tillabéri Region", "region", dt.date(2021, 8, 21))]


def test_a_numeric_datelines_date_is_the_filings(extractor):
    ev = read(extractor, dt.date(2020, 12, 22), "MOSCOW, 22/12/2020 — Russia has sent 300 military instructors to "
              "the Central African Republic, the foreign ministry said in a statement on Tuesday. The government said "
              "the instructors arrived in Bangui on Monday.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in ev] == [
        ("deployment", "RUS", dt.date(2020, 12, 21), "Bangui")]


def test_a_tally_of_coups_dates_none(extractor):
    ev = read(extractor, dt.date(2022, 10, 1), "Burkina Faso's leader ousted in second coup this year\n\n"
              "OUAGADOUGOU, Sept 30 (Reuters) - Burkina Faso army officers announced on state television on Friday "
              "evening that they had removed military leader Paul-Henri Damiba.")
    assert [(e.type, e.start, e.date_precision) for e in ev] == [("coup", dt.date(2022, 9, 30), "day")]


def test_no_troops_deployed_is_no_deployment(extractor):
    ev = read(extractor, dt.date(2024, 5, 10), "No French troops have been deployed to Niger since December.")
    assert ev == []


def test_a_coup_takes_its_first_day_over_the_days_it_was_reported(extractor):
    ev = read(extractor, dt.date(2023, 7, 27), "NIAMEY, July 27 (AP) — Niger's army command said Thursday it "
              "supported the mutinous soldiers who detained President Mohamed Bazoum.\n\nGuards surrounded the palace "
              "on Wednesday. Late that night, a group of officers appeared on state television to announce that they "
              "had dissolved the constitution, suspended all institutions and closed the country's borders.")
    assert [(e.type, e.start) for e in ev] == [("coup", dt.date(2023, 7, 26))]


def test_troops_launching_an_operation_abroad_deploy(extractor):
    ev = read(extractor, dt.date(2013, 1, 12), "PARIS — French troops launched an operation on Friday to help "
              "Malian forces push back Islamist rebels, President Francois Hollande said.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("deployment", "FRA", "MLI", dt.date(2013, 1, 11))]


def test_an_ambassador_leaving_is_no_withdrawal(extractor):
    ev = read(extractor, dt.date(2023, 9, 27), "NIAMEY — France's ambassador to Niger, Sylvain Itté, left the "
              "country early on Wednesday, weeks after the military government ordered him out.")
    assert not [e for e in ev if e.type == "withdrawal"]


def test_leaders_taken_to_a_military_camp_tell_a_coup(extractor):
    ev = read(extractor, dt.date(2021, 5, 25), "BAMAKO — Mali's interim president Bah Ndaw and prime minister "
              "Moctar Ouane were taken to the Kati military camp outside Bamako on Monday after soldiers arrested them.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev] == [
        ("coup", "MLI", dt.date(2021, 5, 24), "Kati")]


def test_a_base_handed_to_the_host_army(extractor):
    ev = read(extractor, dt.date(2025, 1, 13), "France handed its military base in Abéché, in eastern Chad, to the "
              "Chadian army on Saturday.")
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("base", "handed_over", "FRA", "TCD", dt.date(2025, 1, 11), "Abéché")]


def test_consent_withdrawn_is_an_accord_ended_not_troops_leaving(extractor):
    ev = read(extractor, dt.date(2023, 12, 6), "Niger's junta also withdrew its consent for the EU's military "
              "partnership mission, which was set up in February to train Nigerien troops, on Monday.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in ev] == [
        ("agreement", "revoked", "NER", dt.date(2023, 12, 4))]


def test_a_named_base_handed_over(extractor):
    ev = read(extractor, dt.date(2022, 4, 20), "Barkhane has handed the Gossi base over to the Malian armed forces, "
              "the French army said in a statement on Tuesday.")
    assert ("base", "handed_over", "MLI", dt.date(2022, 4, 19), "Gossi") in [
        (e.type, e.subtype, e.host_country, e.start, e.place) for e in ev]


def test_a_general_dissolving_the_transitional_government_is_a_coup(extractor):
    ev = read(extractor, dt.date(2021, 10, 25), "KHARTOUM, Sudan (AP) — Sudan's top general declared a state of "
              "emergency on Monday and dissolved the country's transitional government.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev] == [("coup", "SDN", dt.date(2021, 10, 25), "Sudan")]


def test_an_arrival_told_on_a_day_is_not_an_earlier_months_arrival(extractor):
    ev = read(extractor, dt.date(2024, 5, 3), "Russian military personnel have entered an air base in Niger that is "
              "hosting U.S. troops, a senior U.S. defense official told reporters on Thursday. The Russians are using "
              "a separate hangar at Air Base 101 in Niamey, the official said.\n\nRussia sent about 100 military "
              "instructors to Niamey in April.")
    assert sorted((e.start, e.date_precision, e.place) for e in ev if e.type == "deployment") == [
        (dt.date(2024, 4, 1), "month", "Niamey"), (dt.date(2024, 5, 2), "day", "Air Base 101")]


def test_a_deployment_referred_back_to_keeps_its_month(extractor):
    ev = read(extractor, dt.date(2025, 9, 2), "Dozens of Russian soldiers have been deployed to the Agadez region "
              "in northern Niger, two security sources told AFP on Monday.\n\nThe deployment, which began in late "
              "August, follows the nationalisation of the Somair mine.")
    assert [(e.type, e.start, e.date_precision) for e in ev] == [("deployment", dt.date(2025, 8, 1), "month")]


def test_talks_ending_without_agreement_end_no_accord(extractor):
    ev = read(extractor, dt.date(2021, 9, 10), "Talks between the junta and ECOWAS mediators in Bamako ended "
              "without agreement on an election date on Thursday.")
    assert ev == []


def test_an_ambassador_named_in_apposition_ordered_to_leave_is_no_withdrawal(extractor):
    for body in ("BAMAKO — Mali's military government on Monday ordered France's ambassador, Joël Meyer, to leave "
                 "the country within 72 hours.", "The army junta ordered the ambassador, Joël Meyer, to leave Mali."):
        assert not [e for e in read(extractor, dt.date(2022, 2, 1), body) if e.type == "withdrawal"], body


def test_a_live_blogs_undated_entry_is_the_days_news(extractor):
    ev = read(extractor, dt.date(2023, 11, 26), "LIVE: Gunfire in Sierra Leone's capital\n\n06:40 GMT - Residents "
              "of Freetown report heavy gunfire near a military barracks.\n\n14:45 GMT - Police say 13 soldiers were "
              "killed. The government later described the violence as a failed coup attempt.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in ev] == [
        ("coup", "failed", "SLE", dt.date(2023, 11, 26))]


def test_officers_taking_control_of_the_country_tell_a_coup(extractor):
    for body in ('Military officers in Guinea-Bissau announced on Wednesday that they had taken "total control" of '
                 'the country, suspended the electoral process and closed its borders.',
                 "Guinea-Bissau soldiers claim power on Wednesday, president detained."):
        ev = read(extractor, dt.date(2025, 11, 27), body)
        assert [(e.type, e.host_country, e.start) for e in ev] == [("coup", "GNB", dt.date(2025, 11, 26))], body


def test_troops_taking_a_town_are_deployed_there(extractor):
    ev = read(extractor, dt.date(2013, 1, 29), "French and Malian troops took control of the desert city of "
              "Timbuktu on Monday without meeting resistance, the French military said.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("deployment", "FRA", "MLI", dt.date(2013, 1, 28), "Timbuktu")]


def test_a_date_in_a_clause_about_another_noun_is_not_the_events(extractor):
    ev = read(extractor, dt.date(2021, 7, 10), "Rwanda said Friday it has started deploying 1,000 soldiers to "
              "Mozambique's Cabo Delgado province.\n\nThe deployment comes ahead of a separate force from the Southern "
              "African Development Community, whose leaders approved a standby force in June but have yet to send it.")
    assert [(e.type, e.start, e.date_precision) for e in ev] == [("deployment", dt.date(2021, 7, 9), "day")]


def test_handing_over_power_is_no_withdrawal_and_a_verb_refers_back_to_nothing(extractor):
    ev = read(extractor, dt.date(2017, 1, 20), "Senegalese troops crossed into Gambia on Thursday in an intervention "
              "to force Yahya Jammeh to hand over power to the winner of last month's election.")
    assert [e.type for e in ev] == ["deployment"]
    ev = read(extractor, dt.date(2024, 8, 30), "A Russian paramilitary unit in Burkina Faso said on Thursday that its "
              "fighters were leaving the country.\nThe junta expelled French special forces last year and has turned to Moscow.")
    assert sorted((e.actor_country, e.start.year) for e in ev if e.type == "withdrawal") == [("FRA", 2023), ("RUS", 2024)]


def test_a_short_accented_dateline_city_is_the_datelines(extractor):
    ev = read(extractor, dt.date(2025, 3, 28), "LOMÉ (Reuters) - Togo's National Assembly on Thursday ratified a "
              "military cooperation agreement with Russia.\n\nIt provides for port calls by Russian warships at Lomé.")
    assert [(e.type, e.host_country, e.start) for e in ev] == [("agreement", "TGO", dt.date(2025, 3, 27))]
    assert all(e.place != "Lomé" for e in ev)


def test_a_base_opened_in_the_host_countrys_capital_is_at_the_capital(extractor):
    ev = read(extractor, dt.date(2017, 10, 1), "MOGADISHU (Reuters) - Turkey opened its largest overseas military "
              "base in Somalia's capital on Saturday, the Somali government said.")
    assert [(e.type, e.host_country, e.start, e.place, e.geo_precision) for e in ev] == [
        ("base", "SOM", dt.date(2017, 9, 30), "Mogadishu", "town")]


def test_equipment_flown_in_and_the_aircraft_landing_next_are_one_deployment(extractor):
    ev = read(extractor, dt.date(2024, 12, 20), "Russian military cargo planes have flown air defence equipment from "
              "Syria to eastern Libya, officials said on Thursday. At least two Ilyushin Il-76 transport aircraft "
              "landed at an air base east of Benghazi on Wednesday, according to a Libyan official.")
    assert [(e.type, e.actor_country, e.host_country, e.start, len(e.sources)) for e in ev] == [
        ("deployment", "RUS", "LBY", dt.date(2024, 12, 18), 2)]


def test_an_undated_headline_joins_its_articles_dated_news(extractor):
    ev = read(extractor, dt.date(2024, 9, 20), "Russian instructors deployed to Equatorial Guinea, sources say\n\n"
              "About 200 Russian military instructors were deployed to Malabo in early August to protect President "
              "Teodoro Obiang, according to diplomatic sources.\n\nThe Russian Defence Ministry did not comment.")
    assert [(e.type, e.start, e.date_precision, e.place, len(e.sources)) for e in ev] == [
        ("deployment", dt.date(2024, 8, 1), "month", "Malabo", 2)]


def test_an_undated_sentence_does_not_keep_its_group_from_the_named_partys_accord(extractor):
    day = dt.date(2024, 4, 20)
    us = Article(id="a", date=dt.date(2024, 3, 17), body="Niger's junta revoked the military accord with the United "
                 "States on Saturday, a spokesman said.")
    other = Article(id="b", date=day, body="Following the coup, the new leadership in Niger terminated military "
                    "agreements with former Western allies.\n\nLast month, Niger's ruling junta said it revoked "
                    "with immediate effect a military accord that allowed military personnel on its soil.")
    ev = [e for e in extractor.extract([us, other]) if e.type == "agreement"]
    assert [(e.actor_country, e.start, len(e.sources)) for e in ev] == [("USA", dt.date(2024, 3, 16), 3)]


def test_a_sentence_going_on_with_then_keeps_the_day_before(extractor):
    ev = read(extractor, dt.date(2020, 8, 19), "Mali's president has resigned, hours after mutinous soldiers "
              "detained him.\n\nOn Tuesday morning, soldiers took over the military camp in Kati, "
              "about 15km from the capital, Bamako, and fired shots in the air. They then drove into Bamako and "
              "arrested the president and the prime minister at the president's residence.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev if e.type == "coup"] == [
        ("coup", "MLI", dt.date(2020, 8, 18), "Bamako")]


def test_soldiers_deployed_with_a_mission_who_landed_at_home_withdrew(extractor):
    ev = read(extractor, dt.date(2023, 12, 15), "The last German soldiers deployed with the United Nations "
              "peacekeeping mission in Mali landed at Wunstorf air base in northern Germany on Friday.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("withdrawal", "DEU", "MLI", dt.date(2023, 12, 15))]


def test_an_announcement_in_the_lead_takes_the_day_it_was_said_in_the_next_sentence(extractor):
    ev = read(extractor, dt.date(2024, 8, 30), "A Russian paramilitary unit guarding Burkina Faso's leader said it "
              "was pulling its fighters out of the country.\n\nThe unit, which arrived in Burkina Faso in May, said "
              "in a Telegram post on Thursday that most of its members were returning home.")
    assert [(e.type, e.subtype, e.actor_country, e.start) for e in ev] == [
        ("withdrawal", "announced", "RUS", dt.date(2024, 8, 29))]


def test_an_accords_parties_listed_together_host_it(extractor):
    ev = read(extractor, dt.date(2024, 2, 9), "Turkey, Somalia sign defence pact as tensions with Ethiopia simmer")
    assert [(e.type, e.actor_country, e.host_country) for e in ev] == [("agreement", "TUR", "SOM")]


def test_forces_remaining_somewhere_told_in_another_clause_send_no_one(extractor):
    ev = read(extractor, dt.date(2023, 11, 27), "Chad is one of the few Sahel countries where Western forces remain "
              "after military governments in Mali, Burkina Faso and Niger turned away from France.")
    assert ev == []


def test_the_country_is_the_one_named_last_and_a_un_clause_does_not_take_the_sender(extractor):
    ev = read(extractor, dt.date(2020, 12, 21), "Rwanda said on Monday it had deployed troops to the Central "
              "African Republic after its soldiers serving with the United Nations peacekeeping force there came "
              "under attack. The Rwandan forces will help protect the elections on Sunday, the ministry said. "
              "Russia also said it had sent 300 military instructors to the country.")
    assert sorted((e.actor_country, e.host_country, e.start) for e in ev) == [
        ("RUS", "CAF", dt.date(2020, 12, 21)), ("RWA", "CAF", dt.date(2020, 12, 21))]


def test_a_leaders_country_sends_and_what_was_not_said_is_no_event(extractor):
    ev = read(extractor, dt.date(2023, 8, 11), "ABUJA, Nigeria — West African leaders on Thursday ordered the "
              "activation and deployment of a standby force to restore constitutional order in Niger.\n\n"
              "\"All options are on the table,\" said Nigerian President Bola Tinubu after a summit in the Nigerian "
              "capital.\n\nECOWAS did not say how large the force would be, when it would deploy or which countries "
              "would contribute troops. Ivory Coast's President Alassane Ouattara said his country would send a "
              "battalion of 850 to 1,100 soldiers.")
    assert sorted((e.actor, e.actor_country, e.host_country, e.start) for e in ev if e.type == "deployment") == [
        ("Armed forces of Ivory Coast", "CIV", "NER", dt.date(2023, 8, 11)),
        ("ECOWAS force", None, "NER", dt.date(2023, 8, 10))]  # West African leaders' standby force


def test_a_force_leaving_a_mission_named_without_its_country_leaves_the_missions_host(extractor):
    ev = read(extractor, dt.date(2022, 11, 16), "Ivory Coast will gradually withdraw its soldiers serving in the "
              "United Nations peacekeeping mission in Mali by August 2023, the government said on Wednesday.\n\n"
              "Britain, Sweden, Germany and Benin have also announced they are pulling troops out of the mission.")
    assert ("GBR", "MLI") in {(e.actor_country, e.host_country) for e in ev}


def test_a_new_base_starting_operations_takes_the_day_it_became_operational(extractor):
    ev = read(extractor, dt.date(2019, 11, 4), "STUTTGART, Germany — U.S. Air Force MQ-9 Reaper drones have started "
              "flying missions out of a new base in central Niger, U.S. Africa Command said.\n\nNigerien Air Base 201, "
              "near the city of Agadez, became operational on Nov. 1, AFRICOM spokesman Col. Chris Karns said.")
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("base", "operational", "USA", "NER", dt.date(2019, 11, 1), "Air Base 201")]


def test_a_juntas_communique_ending_a_presidents_power_is_a_coup(extractor):
    ev = read(extractor, dt.date(2022, 1, 25), "The Patriotic Movement for Safeguard and Restoration, which brings "
              "together all components of the army, has decided today, 24 January 2022, to put an end to the power "
              "of President Roch Marc Christian Kaboré of Burkina Faso. The constitution is suspended.")
    assert [(e.type, e.host_country, e.start) for e in ev] == [("coup", "BFA", dt.date(2022, 1, 24))]


def test_a_leader_stands_for_his_country_in_an_accord(extractor):
    ev = read(extractor, dt.date(2020, 11, 17), "MOSCOW, Nov 17 (TASS) - President Vladimir Putin has approved a "
              "draft agreement with Sudan on setting up a Russian Navy logistics centre, according to a decree "
              "published on Monday.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("agreement", "RUS", "SDN", dt.date(2020, 11, 16))]


def test_a_coup_lead_does_not_take_the_next_sentences_protest_place(extractor):
    ev = read(extractor, dt.date(2021, 10, 26), "KHARTOUM, Oct 25 — Sudan's top general dissolved the country's "
              "transitional government on Monday, hours after soldiers arrested Prime Minister Abdalla Hamdok.\n\n"
              "Thousands of people poured into the streets of Khartoum and its twin city Omdurman to protest.")
    assert [(e.type, e.start, e.place) for e in ev if e.type == "coup"] == [("coup", dt.date(2021, 10, 25), "Sudan")]


def test_an_accord_with_a_capital_is_with_its_country(extractor):
    ev = read(extractor, dt.date(2024, 3, 20), "Niger's junta tore up its military agreement with Washington "
              "last weekend.")
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("agreement", "revoked", "USA", "NER", dt.date(2024, 3, 16))]


def test_a_yes_no_question_tells_nothing_happened_and_a_why_question_does(extractor):
    asked = read(extractor, dt.date(2024, 2, 19), "UK to send troops to help train Nigerian forces? Ministry says "
                 "no decision yet")
    why = read(extractor, dt.date(2024, 12, 1), "Why are French troops leaving Chad? What we know")
    assert asked == [] and [(e.type, e.actor_country, e.host_country) for e in why] == [("withdrawal", "FRA", "TCD")]


def test_no_decision_on_sending_trainers_is_no_deployment(extractor):
    ev = read(extractor, dt.date(2024, 2, 19), "Britain's defence ministry said on Monday that no decision had been "
              "made on sending military trainers to Nigeria.")
    assert ev == []


def test_the_end_of_an_operation_is_a_withdrawal_and_warships_docking_deploy(extractor):
    ended = read(extractor, dt.date(2022, 11, 10), "President Emmanuel Macron on Wednesday declared the formal end of "
                 "Operation Barkhane, France's anti-jihadist mission in the Sahel, three months after the last French "
                 "soldiers pulled out of Mali.")
    docked = read(extractor, dt.date(2024, 6, 5), "Two Russian navy vessels docked at the eastern Libyan port of "
                  "Tobruk on Tuesday for a visit of several days.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ended] == [
        ("withdrawal", "FRA", "MLI", dt.date(2022, 11, 9))]
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in docked] == [
        ("deployment", "RUS", "LBY", dt.date(2024, 6, 4), "Tobruk")]


def test_a_factbox_line_signing_documents_on_military_cooperation_is_an_accord(extractor):
    ev = read(extractor, dt.date(2023, 12, 4), "- Dec. 4: Niger hosts Russia's deputy defence minister; the two "
              "sides sign documents to strengthen military cooperation.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("agreement", "RUS", "NER", dt.date(2023, 12, 4))]


def test_troops_redeployed_to_a_country_named_after_anothers_towns_go_there(extractor):
    ev = read(extractor, dt.date(2022, 2, 18), "France's bases at Gossi, Ménaka and Gao in Mali will be closed, "
              "Macron said, and some troops will be redeployed to Niger.")
    assert ("deployment", "FRA", "NER") in {(e.type, e.actor_country, e.host_country) for e in ev}


def test_plotters_based_abroad_do_not_move_the_coup_and_a_sign_of_ties_is_no_accord(extractor):
    plot = read(extractor, dt.date(2025, 4, 22), "Burkina junta says it foiled coup plot, blames plotters based in "
                "Ivory Coast\n\nBurkina Faso's military government said on Monday it had foiled a plot to overthrow "
                "it, planned to attack the presidency in Ouagadougou.")
    ties = read(extractor, dt.date(2024, 6, 5), "The visit is the latest sign of Moscow's deepening military ties "
                "with eastern Libya's commander Khalifa Haftar.")
    assert {e.host_country for e in plot} == {"BFA"} and ties == []


def test_a_day_owning_a_noun_sets_no_scene_for_the_next_sentence(extractor):
    ev = read(extractor, dt.date(2023, 8, 31), "The officers appeared on national television shortly after the "
              "electoral commission declared Bongo the winner of Saturday's election. Crowds celebrated in the "
              "streets of Gabon's capital.")
    assert [(e.type, e.start) for e in ev] == [("protest", dt.date(2023, 8, 31))]


def test_a_regional_blocs_mission_ends_and_leaves_by_a_neighbour(extractor):
    ended = read(extractor, dt.date(2024, 7, 16), "PEMBA, Mozambique — The Southern African Development Community "
                 "formally ended its military mission in Mozambique's Cabo Delgado province on Monday.")
    left = read(extractor, dt.date(2025, 4, 30), "GOMA — A first convoy of troops from the Southern African "
                "Development Community's mission in the Democratic Republic of Congo left Goma on Tuesday, crossing "
                "into Rwanda on their way home, the mission said.")
    assert [(e.type, e.actor, e.host_country, e.start) for e in ended] == [
        ("withdrawal", "SADC force", "MOZ", dt.date(2024, 7, 15))]
    assert [(e.type, e.actor, e.host_country, e.start, e.place) for e in left] == [
        ("withdrawal", "SADC force", "COD", dt.date(2025, 4, 29), "Goma")]


def test_a_country_pulling_troops_back_and_a_date_in_an_after_clause(extractor):
    ev = read(extractor, dt.date(2025, 2, 17), "Burundi pulls troops back from eastern Congo as M23 advances\n\n"
              "Burundi has started withdrawing soldiers it deployed in South Kivu province, sources said on Monday, "
              "after M23 rebels seized the provincial capital Bukavu over the weekend.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("withdrawal", "BDI", "COD", dt.date(2025, 2, 17))]


def test_a_wire_datelined_sentence_is_the_lead_that_dates_its_headline(extractor):
    ev = read(extractor, dt.date(2024, 3, 8), "EU, Mauritania sign migration and security partnership\n\n"
              "NOUAKCHOTT — The European Union and Mauritania signed a partnership on Thursday worth 210 million "
              "euros to curb irregular migration.\n\nMauritania has become a major departure point for migrants.")
    assert [(e.type, e.host_country, e.start) for e in ev] == [("agreement", "MRT", dt.date(2024, 3, 7))]


def test_protests_that_began_days_before_are_the_news_they_are_recalled_in(extractor):
    ev = read(extractor, dt.date(2025, 6, 28), "LOMÉ — At least seven bodies were recovered around Togo's capital "
              "after three days of protests against President Faure Gnassingbé that began on Thursday, civil society "
              "groups said on Saturday.")
    assert [(e.type, e.host_country, e.start, e.is_background) for e in ev] == [
        ("protest", "TGO", dt.date(2025, 6, 26), False)]


def test_launching_a_joint_force_is_an_accord_at_its_headquarters(extractor):
    ev = read(extractor, dt.date(2024, 10, 3), "The military governments of Mali, Burkina Faso and Niger said on "
              "Wednesday they would launch a joint 5,000-strong force to fight jihadists, with its headquarters in "
              "Niamey.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev] == [
        ("agreement", "NER", dt.date(2024, 10, 2), "Niamey")]


def test_a_date_in_a_clause_about_what_another_party_did_is_not_the_events(extractor):
    ev = read(extractor, dt.date(2024, 8, 7), "On Monday, the last U.S. troops at Air Base 201 handed the facility "
              "over to Nigerien authorities and flew out, the Pentagon said, wrapping up a withdrawal that Niger's "
              "junta demanded in March.")
    assert [(e.type, e.actor_country, e.start) for e in ev if e.type == "withdrawal"] == [
        ("withdrawal", "USA", dt.date(2024, 8, 5))]
    assert [(e.type, e.subtype, e.place) for e in ev if e.type == "base"] == [("base", "handed_over", "Air Base 201")]


def test_the_last_contingent_leaving_by_a_neighbour_after_a_handover_names_the_base(extractor):
    ev = read(extractor, dt.date(2022, 8, 16), "PARIS — The last French troops of Operation Barkhane left Mali on "
              "Monday, the French army said.\n\nThe final contingent crossed into neighbouring Niger after handing "
              "over the base in Gao, the army's last in Mali, to Malian forces.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("withdrawal", "FRA", "MLI", dt.date(2022, 8, 15), "Gao desert platform")]


def test_a_day_inside_the_week_another_sentence_gives_is_the_events(extractor):
    ev = read(extractor, dt.date(2021, 2, 12), "N'DJAMENA (Reuters) - Chad will deploy 1,200 soldiers to the "
              "three-border area where Mali, Niger and Burkina Faso meet, a government spokesman said on Monday.\n\n"
              "The deployment was announced at a G5 Sahel summit in N'Djamena this week.")
    assert [(e.type, e.actor_country, e.start, e.date_precision) for e in ev] == [
        ("deployment", "TCD", dt.date(2021, 2, 8), "day")]


def test_jets_flown_into_a_base_deploy_and_soldiers_who_ousted_a_president_made_a_coup(extractor):
    flown = read(extractor, dt.date(2024, 6, 1), "Satellite imagery shows Russia has flown fighter jets and cargo "
                 "planes into the Al-Jufra air base in central Libya.")
    ousted = read(extractor, dt.date(2023, 9, 5), "The African Union suspended Gabon on Thursday, a day after "
                  "soldiers ousted President Ali Bongo Ondimba.")
    assert [(e.type, e.actor_country, e.host_country) for e in flown] == [("deployment", "RUS", "LBY")]
    assert [(e.type, e.host_country, e.start) for e in ousted] == [("coup", "GAB", dt.date(2023, 8, 30))]


def test_a_day_a_later_sentence_tells_outranks_the_datelines_filing_day(extractor):
    ev = read(extractor, dt.date(2013, 4, 15), "N'DJAMENA, April 15 (Reuters) - Chad will withdraw its troops from "
              "Mali, President Idriss Deby said.\n\n\"Our mission is over,\" Deby told reporters late on Sunday. "
              "\"The Chadian army will withdraw from Mali.\"")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("withdrawal", "TCD", "MLI", dt.date(2013, 4, 14))]


def test_a_coup_announced_a_day_after_the_leaders_were_detained_is_dated_the_day_before(extractor):
    ev = read(extractor, dt.date(2015, 9, 17), "OUAGADOUGOU (Reuters) - Soldiers of Burkina Faso's presidential "
              "guard said on Thursday they had dissolved the government and taken power, a day after they burst into "
              "a cabinet meeting and detained the interim president.")
    assert [(e.type, e.host_country, e.start) for e in ev] == [("coup", "BFA", dt.date(2015, 9, 16))]


def test_a_regiment_storming_the_cabinet_in_the_capital_is_a_coup_there(extractor):
    ev = read(extractor, dt.date(2015, 9, 17), "Members of Burkina Faso's Regiment of Presidential Security stormed "
              "the council of ministers at the presidential palace in the capital on Wednesday.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev] == [
        ("coup", "BFA", dt.date(2015, 9, 16), "Ouagadougou")]


def test_our_forces_in_a_quote_go_on_with_the_force_told_before(extractor):
    ev = read(extractor, dt.date(2025, 3, 11), "KAMPALA, March 11 (Reuters) - Uganda has deployed special forces to "
              "Juba, the capital of South Sudan, its army chief said on Tuesday. \"Two days ago, our special forces "
              "units entered Juba,\" he wrote on X.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("deployment", "UGA", "SSD", dt.date(2025, 3, 9), "Juba")]


def test_troops_sent_up_to_a_number_are_not_coming_home_and_are_placed_where_they_fly_from(extractor):
    ev = read(extractor, dt.date(2015, 10, 14), "WASHINGTON (AP) — President Barack Obama said Wednesday he is "
              "sending up to 300 U.S. troops to Cameroon to fight Boko Haram. About 90 U.S. military personnel began "
              "deploying on Monday, he said in a letter to Congress.\n\n"
              "Officials said the personnel would fly surveillance drones out of an airfield in Garoua, in the "
              "north.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("deployment", "USA", "CMR", dt.date(2015, 10, 12), "Garoua")]


def test_armoured_vehicles_blocking_roads_in_the_capital_place_a_coup_not_a_protest(extractor):
    ev = read(extractor, dt.date(2017, 11, 15), "HARARE, Nov 15 (Reuters) - Zimbabwe's military seized power on "
              "Wednesday.\n\nArmoured vehicles blocked roads to parliament and the courts in central Harare in the "
              "early hours.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev] == [
        ("coup", "ZWE", dt.date(2017, 11, 15), "Harare")]


def test_a_new_lease_on_a_base_is_an_accord_at_the_base(extractor):
    ev = read(extractor, dt.date(2014, 5, 5), "WASHINGTON (AP) — The United States has signed a new 20-year lease "
              "for its military base in Djibouti, Camp Lemonnier, President Barack Obama said on Monday.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("agreement", "USA", "DJI", dt.date(2014, 5, 5), "Camp Lemonnier")]


def test_a_national_contingent_of_a_regional_force_is_its_countrys(extractor):
    ev = read(extractor, dt.date(2023, 12, 4), "GOMA, Democratic Republic of Congo, Dec 4 (Reuters) - About 100 "
              "Kenyan soldiers from the East African Community's regional force left Goma on Sunday.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in ev] == [
        ("withdrawal", "KEN", "COD", dt.date(2023, 12, 3))]


def test_the_pullout_named_again_is_the_one_told_before(extractor):
    ev = read(extractor, dt.date(2013, 4, 15), "Chad will withdraw its troops from Mali, President Idriss Deby "
              "said on Sunday. A government source said the pullout would begin once a U.N. peacekeeping force "
              "was in place.")
    assert [(e.type, e.actor_country, e.host_country) for e in ev] == [("withdrawal", "TCD", "MLI")]


def test_the_detachment_that_had_left_a_base_places_the_withdrawal_told_before(extractor):
    ev = read(extractor, dt.date(2022, 8, 16), "PARIS — The last French soldiers of Operation Barkhane have left "
              "Mali, the army said on Monday.\n\n\"Today at 1 p.m. Paris time, the last detachment crossed the "
              "border,\" the army said. The detachment had left the Gao base, which was handed over the same morning.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("withdrawal", "FRA", "MLI", dt.date(2022, 8, 15), "Gao desert platform")]


def test_a_plane_unloading_the_night_before_dates_an_arrival_reported_the_next_day(extractor):
    ev = read(extractor, dt.date(2024, 4, 12), "Russian military instructors have arrived in Niger with an air "
              "defence system, state television reported on Thursday.\n\nFootage showed a Russian transport plane "
              "unloading equipment at the airport in Niamey late on Wednesday.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("deployment", "RUS", "NER", dt.date(2024, 4, 10), "Niamey")]


def test_the_coup_at_the_time_of_which_troops_were_there_is_no_news_and_western_forces_leave_no_one(extractor):
    ev = read(extractor, dt.date(2023, 12, 22), "The last French soldiers left Niger on Friday. France had about "
              "1,500 soldiers in Niger at the time of the coup.\n\nRussia is expanding in a region that Western "
              "forces are leaving.")
    assert [(e.type, e.actor_country, e.start) for e in ev if not e.is_background] == [
        ("withdrawal", "FRA", dt.date(2023, 12, 22))]


def test_troops_handing_over_their_base_in_a_town_hand_over_the_gazetteers_base_there(extractor):
    ev = read(extractor, dt.date(2021, 12, 15), "TIMBUKTU, Mali (AFP) — French troops handed over their base in "
              "Timbuktu to the Malian army on Tuesday.")
    assert sorted((e.type, e.actor_country, e.start, e.place, e.geo_precision) for e in ev) == [
        ("base", "FRA", dt.date(2021, 12, 14), "Timbuktu base", "site"),
        ("withdrawal", "FRA", dt.date(2021, 12, 14), "Timbuktu base", "site")]


def test_a_president_who_survived_an_attack_on_the_palace_reports_a_failed_coup_that_day(extractor):
    ev = read(extractor, dt.date(2022, 2, 2), "BISSAU, Feb 1 (Reuters) - Guinea-Bissau President Umaro Sissoco "
              "Embalo said on Tuesday he had survived a \"failed attack against democracy\" after gunmen attacked the "
              "government palace in the capital Bissau.")
    assert [(e.type, e.subtype, e.host_country, e.start, e.place) for e in ev] == [
        ("coup", "failed", "GNB", dt.date(2022, 2, 1), "Bissau")]


def test_an_accord_signed_at_a_summit_in_the_datelines_city_is_placed_there(extractor):
    ev = read(extractor, dt.date(2024, 7, 7), "NIAMEY (Reuters) - The military leaders of Niger, Mali and Burkina "
              "Faso signed a treaty on Saturday creating a confederation.\n\nThey signed the document at the first "
              "summit of the Alliance of Sahel States in Niamey.")
    assert [(e.type, e.host_country, e.start, e.place) for e in ev] == [
        ("agreement", "NER", dt.date(2024, 7, 6), "Niamey")]


def test_a_withdrawal_told_in_a_new_years_address_is_placed_at_the_camp_to_be_handed_over(extractor):
    ev = read(extractor, dt.date(2025, 1, 1), "ABIDJAN (Reuters) - French troops will withdraw from Ivory Coast in "
              "January, President Alassane Ouattara said in his New Year's address on Tuesday.\n\n\"We have decided "
              "on the withdrawal of French forces,\" he said. The camp of the 43rd Marine Infantry Battalion in "
              "Port-Bouet will be handed over to Ivorian forces.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in ev] == [
        ("withdrawal", "FRA", "CIV", dt.date(2024, 12, 31), "Port-Bouët")]


def test_gunfire_near_the_residence_in_the_datelines_city_places_the_coup_there(extractor):
    ev = read(extractor, dt.date(2025, 12, 8), "COTONOU (AP) — Benin's government said Sunday that loyal troops had "
              "foiled an attempted coup.\n\nThe soldiers said in a broadcast that they had dissolved the government. "
              "Gunfire was heard near the president's residence in Cotonou early in the morning.")
    assert [(e.type, e.subtype, e.host_country, e.start, e.place) for e in ev] == [
        ("coup", "failed", "BEN", dt.date(2025, 12, 7), "Cotonou")]


def test_a_group_of_soldiers_or_dozens_of_a_people_go_on_with_the_force_told_before(extractor):
    left = read(extractor, dt.date(2024, 6, 10), "WASHINGTON (Reuters) - The first U.S. troops have left Niger, the "
                "Pentagon said on Monday.\n\nA group of about 100 soldiers flew out of Air Base 101 in Niamey over the "
                "weekend, a defense official said.")
    came = read(extractor, dt.date(2024, 9, 5), "Russian military instructors have deployed to Kidal in northern Mali, "
                "residents said on Wednesday.\n\nDozens of Russians arrived at the former U.N. camp in the town on "
                "Tuesday.\n\nMali's army, backed by Wagner fighters, took control of Kidal in November 2023.", "b")
    assert [(e.type, e.actor_country, e.start, e.place) for e in left] == [
        ("withdrawal", "USA", dt.date(2024, 6, 8), "Air Base 101")]
    assert [(e.type, e.actor_country, e.start, e.place) for e in came if not e.is_background] == [
        ("deployment", "RUS", dt.date(2024, 9, 3), "Kidal")]


def test_what_a_relative_clause_or_a_condition_mentions_is_no_news(extractor):
    ev = read(extractor, dt.date(2023, 8, 27), "Paris has said the troops will remain until the legitimate "
              "authorities ask them to leave. Unlike Mali, Burkina Faso and Niger, which expelled French forces, Ivory "
              "Coast kept them.")
    assert [(e.type, e.subtype) for e in ev if e.type == "withdrawal"] == []


def test_an_accords_partner_after_with_outranks_a_power_a_later_clause_names(extractor):
    ev = read(extractor, dt.date(2024, 6, 10), "Niger's junta ended a military cooperation agreement with "
              "Washington in March, a month after Russia began sending military instructors.")
    assert [(e.type, e.actor_country) for e in ev if e.type == "agreement"] == [("agreement", "USA")]


def test_no_agreement_reached_is_no_accord(extractor):
    ev = read(extractor, dt.date(2024, 5, 6), "The United States is in talks with Benin about hosting drones. No "
              "agreement has been reached, and any new facility would be far smaller than Air Base 201 in Niger.")
    assert [e.type for e in ev if e.type == "agreement"] == []


def test_what_soldiers_did_on_a_day_before_arresting_the_president_places_and_dates_the_coup(extractor):
    ev = read(extractor, dt.date(2020, 8, 19), "BAMAKO, Mali — President Keïta resigned shortly before midnight on "
              "Tuesday, hours after mutinous soldiers seized him.\n\nThe soldiers had taken over the Kati camp, a few miles "
              "from the capital, on Tuesday morning, before driving into Bamako and arresting Keïta and the Prime Minister.")
    assert [(e.type, e.start, e.place) for e in ev] == [("coup", dt.date(2020, 8, 18), "Kati")]


def test_a_day_in_a_clause_about_what_the_ousted_president_did_is_not_the_coups(extractor):
    ev = read(extractor, dt.date(2025, 10, 15), "An army unit said on Tuesday it had seized power in Madagascar, "
              "shortly after lawmakers voted to impeach the president, who fled the country over the weekend.")
    assert [(e.type, e.start) for e in ev] == [("coup", dt.date(2025, 10, 14))]


def test_gunfire_told_paragraphs_later_the_same_day_places_the_coup(extractor):
    ev = read(extractor, dt.date(2022, 10, 1), "OUAGADOUGOU, Burkina Faso (AP) — The country's military ruler was "
              "toppled by soldiers on Friday.\n\nIn a broadcast on Friday night, an army captain said the leader had "
              "been removed.\n\nEarlier Friday, shots were heard near the main military camp in the capital, "
              "Ouagadougou, and soldiers blocked major roads.")
    assert [(e.type, e.start, e.place) for e in ev] == [("coup", dt.date(2022, 9, 30), "Ouagadougou")]


def test_leaders_taken_to_a_base_outside_the_capital_are_placed_where_the_next_sentence_holds_them(extractor):
    ev = read(extractor, dt.date(2021, 5, 25), "Mali's interim president and prime minister have been taken by "
              "soldiers to a military base outside the capital, Bamako.\n\nThe two men were detained on Monday at the "
              "Kati camp, officials said.")
    assert [(e.type, e.start, e.place) for e in ev] == [("coup", dt.date(2021, 5, 24), "Kati")]


def test_with_the_departure_goes_on_with_the_withdrawal_told_before_not_the_countries_it_recalls(extractor):
    ev = read(extractor, dt.date(2025, 1, 31), "France on Thursday handed over its last military base in Chad, "
              "completing the withdrawal of its troops.\n\nWith the departure, France has no troops left in the Sahel, "
              "after being pushed out of Mali and Niger.")
    assert {(e.type, e.host_country) for e in ev if e.type == "withdrawal"} == {("withdrawal", "TCD")}


def test_a_president_held_by_his_own_guard_is_a_coup(extractor):
    ev = read(extractor, dt.date(2023, 7, 26), "Niger's President Mohamed Bazoum has been held by members of his own "
              "guard in the presidential palace in the capital, Niamey.\n\nThe presidency said on Twitter on Wednesday "
              "that talks were under way.")
    assert [(e.type, e.start, e.place) for e in ev] == [("coup", dt.date(2023, 7, 26), "Niamey")]


def test_troops_handing_a_priced_base_to_the_host_withdraw_from_it(extractor):
    ev = read(extractor, dt.date(2024, 8, 6), "The last U.S. troops in Niger handed the $110 million drone base near "
              "Agadez to Nigerien forces on Monday and boarded a transport plane.")
    assert [(e.type, e.actor_country, e.start) for e in ev if e.type == "withdrawal"] == [
        ("withdrawal", "USA", dt.date(2024, 8, 5))]


def test_a_base_in_the_northern_city_of_a_town_is_the_gazetteers_base_there(extractor):
    ev = read(extractor, dt.date(2021, 12, 15), "French forces on Tuesday handed over their base in the northern "
              "Malian city of Timbuktu to the Malian army.")
    assert {e.place for e in ev} == {"Timbuktu base"}


def test_special_forces_seizing_the_president_a_day_before_is_the_coup_and_a_correction_retracts(extractor):
    ev = read(extractor, dt.date(2021, 9, 8), "Guinea's new military leaders on Monday sought to tighten their grip, "
              "a day after special forces seized President Alpha Condé.\n\nThis article was amended on 8 September "
              "2021. An earlier version said the coup took place on Saturday.")
    assert [(e.type, e.start) for e in ev] == [("coup", dt.date(2021, 9, 5))]


def test_a_day_the_withdrawal_was_demanded_is_not_its_day_nor_the_planes_destination_its_actor(extractor):
    ev = read(extractor, dt.date(2024, 8, 6), "That ended on Monday. At a ceremony, the last U.S. troops at Air Base "
              "201 lowered the flag and boarded a C-17 bound for Germany, completing a withdrawal that the country's "
              "military rulers demanded in March.")
    assert [(e.type, e.actor_country, e.start) for e in ev if e.type == "withdrawal"] == [
        ("withdrawal", "USA", dt.date(2024, 8, 5))]


def test_handing_over_the_last_installation_brings_the_presence_to_a_close(extractor):
    ev = read(extractor, dt.date(2025, 1, 31), "The tricolour was lowered over the Adji Kossei base on Thursday, as "
              "France handed its final military installation in Chad to the Chadian army and brought six decades of "
              "military presence in the country to a close.")
    assert [(e.type, e.start, e.place) for e in ev if e.type == "withdrawal"] == [
        ("withdrawal", dt.date(2025, 1, 30), "Adji Kossei")]


def test_the_creation_of_a_joint_force_after_a_meeting_in_the_datelines_city_is_an_accord_there(extractor):
    ev = read(extractor, dt.date(2024, 3, 7), "NIAMEY, March 6 (AFP) - Niger, Mali and Burkina Faso announced on "
              "Wednesday the creation of a joint force to fight jihadists.\n\nIt will be operational soon, the army "
              "chief said after a meeting of the three countries' defence chiefs in Niamey.")
    assert [(e.type, e.start, e.place) for e in ev] == [("agreement", dt.date(2024, 3, 6), "Niamey")]


def test_the_last_team_staying_until_a_day_dates_the_completed_withdrawal(extractor):
    ev = read(extractor, dt.date(2024, 9, 16), "The U.S. military has completed its withdrawal from Niger, the "
              "Pentagon said on Monday.\n\nA small team of U.S. personnel remained to coordinate the departure until "
              "Sunday, the Defense Department said.")
    assert [(e.type, e.subtype, e.start) for e in ev if e.type == "withdrawal"] == [
        ("withdrawal", "completed", dt.date(2024, 9, 15))]


def test_forces_that_have_deployed_said_on_thursday_arrived_last_week_at_the_base_by_the_city(extractor):
    ev = read(extractor, dt.date(2024, 9, 20), "Russian soldiers have deployed to Niger's Agadez region, sources said "
              "on Thursday.\n\nAbout 100 Russian servicemen arrived at the former U.S. drone base outside the city of "
              "Agadez last week, the sources said.")
    assert [(e.type, e.start, e.date_precision, e.place) for e in ev] == [
        ("deployment", dt.date(2024, 9, 9), "week", "Air Base 201")]


def test_agreeing_to_let_a_power_set_up_a_base_and_leaving_a_task_force_are_news(extractor):
    base = read(extractor, dt.date(2025, 2, 13), "Sudan has agreed to let Russia set up a naval base on its coast, "
                "the foreign minister said on Wednesday.")
    left = read(extractor, dt.date(2025, 3, 31), "Niger has withdrawn from the Multinational Joint Task Force, a "
                "regional coalition, the defence ministry said on Sunday.", "b")
    assert [(e.type, e.actor_country, e.start) for e in base] == [("agreement", "RUS", dt.date(2025, 2, 12))]
    assert [(e.type, e.host_country, e.start) for e in left] == [("membership", "NER", dt.date(2025, 3, 30))]


def test_a_merged_coup_is_placed_where_its_news_tells_not_where_a_recollection_puts_it(extractor):
    news = Article(id="a", date=dt.date(2020, 8, 19), body="Soldiers detained President Keïta at the Kati camp on "
                   "Tuesday, the army said.")
    recalled = Article(id="b", date=dt.date(2022, 8, 16), body="Relations with Bamako soured after the military took "
                       "power in 2020.")
    coups = [e for e in extractor.extract([recalled, news]) if e.type == "coup"]
    assert [(e.start, e.place, len(e.sources)) for e in coups] == [(dt.date(2020, 8, 18), "Kati", 2)]


def test_a_withdrawal_is_placed_where_its_force_was_based_not_where_the_rest_are(extractor):
    left = read(extractor, dt.date(2024, 5, 3), "US special forces have left Chad\n\nWASHINGTON — The United States "
                "has withdrawn its special forces from Chad, the Pentagon said on Thursday. \"About 75 personnel who "
                "were based in N'Djamena have relocated to Germany,\" a spokesman said.")
    staying = read(extractor, dt.date(2024, 12, 27), "France begins handing over bases in Chad\n\nFrance handed "
                   "over its base in Faya-Largeau to the Chadian army on Thursday.\n\nAbout 120 French soldiers had "
                   "been stationed in Faya. The remaining troops are based in Abéché and in the capital.", "b")
    assert [(e.type, e.host_country, e.start, e.place) for e in left] == [
        ("withdrawal", "TCD", dt.date(2024, 5, 2), "N'Djamena")]
    assert {(e.type, e.host_country, e.place) for e in staying if e.type == "withdrawal"} == {
        ("withdrawal", "TCD", "Faya-Largeau")}


def test_an_operations_name_tells_its_country_and_a_bloc_sends_a_stabilisation_force(extractor):
    barkhane = read(extractor, dt.date(2022, 8, 15), "The last elements of the Barkhane force left Malian territory "
                    "today, Monday 15 August 2022.")
    bloc = read(extractor, dt.date(2022, 2, 4), "West African leaders agreed on Thursday to deploy a stabilisation "
                "force to Guinea-Bissau.", "b")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in barkhane] == [
        ("withdrawal", "FRA", "MLI", dt.date(2022, 8, 15))]
    assert [(e.type, e.actor, e.host_country, e.start) for e in bloc] == [
        ("deployment", "ECOWAS force", "GNB", dt.date(2022, 2, 3))]


def test_what_was_called_a_failed_coup_failed_and_a_recent_coup_is_no_news(extractor):
    ev = read(extractor, dt.date(2022, 2, 4), "Gunmen attacked the government palace in Bissau on Tuesday in what "
              "the president called a failed coup. The summit also discussed the recent coup in Burkina Faso.")
    assert [(e.host_country, e.subtype, e.start) for e in ev if not e.is_background] == [
        ("GNB", "failed", dt.date(2022, 2, 1))]


def test_a_base_handed_over_ends_the_day_it_is_handed_over(extractor):
    ev = read(extractor, dt.date(2025, 1, 31), "France on Thursday handed over its last military base in Chad, "
              "the Adji Kossei camp in N'Djamena, to the Chadian army.")
    base = next(e for e in ev if e.type == "base")
    assert (base.subtype, base.start, base.end, base.end_precision, base.active_on(dt.date(2025, 2, 1))) == (
        "handed_over", dt.date(2025, 1, 30), dt.date(2025, 1, 30), "day", False)


def test_the_week_a_withdrawal_began_outranks_the_sunday_it_was_told_unless_that_announced_it(extractor):
    # and a deployment announced in the sender's capital is no homecoming
    began = read(extractor, dt.date(2024, 6, 10), "Niger's army has begun taking over facilities at Air Base 101 "
                 "vacated by departing U.S. troops, two officials said on Sunday. The first U.S. soldiers flew out of "
                 "the base late last week, the officials said.")
    told = read(extractor, dt.date(2021, 2, 9), "Chad will deploy 1,200 soldiers to Mali, a government spokesman "
                "said on Monday. The deployment was announced at a summit in N'Djamena this week.", "b")
    assert [(e.type, e.start, e.date_precision) for e in began if e.type == "withdrawal"] == [
        ("withdrawal", dt.date(2024, 6, 3), "week")]
    assert [(e.type, e.start, e.date_precision) for e in told] == [("deployment", dt.date(2021, 2, 8), "day")]


def test_a_last_base_is_the_one_named_later_and_troops_flown_somewhere_are_placed_there(extractor):
    base = read(extractor, dt.date(2024, 8, 5), "TRANSCRIPT: Evening news\n\nANCHOR: The United States military "
                "has left its last base in Niger. Our correspondent has the story.\n\nREPORTER: This is the gate of "
                "Air Base 201, outside Agadez, where the last American plane took off this morning.")
    flown = read(extractor, dt.date(2020, 12, 22), "Rwanda sends troops\n\nRwanda said on Monday it had deployed "
                 "troops to the Central African Republic. Rebels seized a town last week. The soldiers were flown to "
                 "Bangui under a defence agreement.", "b")
    assert [(e.type, e.start, e.place) for e in base] == [("withdrawal", dt.date(2024, 8, 5), "Air Base 201")]
    assert [(e.type, e.start, e.place) for e in flown] == [("deployment", dt.date(2020, 12, 21), "Bangui")]


def test_soldiers_crossing_the_border_back_date_the_withdrawal_the_lead_reports(extractor):
    ev = read(extractor, dt.date(2025, 2, 18), "Burundi has begun withdrawing its soldiers from eastern Congo, "
              "sources said on Tuesday. Several hundred Burundian soldiers crossed the border at Uvira on Sunday.")
    assert [(e.type, e.host_country, e.start) for e in ev] == [("withdrawal", "COD", dt.date(2025, 2, 16))]


def test_a_schedule_restated_or_a_question_asked_is_no_news(extractor):
    ev = read(extractor, dt.date(2024, 6, 28), "The last American troops are due to leave Niger by September 15. "
              "Washington expects to hand over the drone base in August. Whether Russia's Africa Corps will send "
              "more men to Niger is the question diplomats ask.")
    told = read(extractor, dt.date(2024, 6, 28), "The last American troops are due to leave Niger by September 15, "
                "the Pentagon said on Thursday.", "b")
    assert [e for e in ev if not e.is_background and e.type in ("withdrawal", "deployment")] == []
    assert [(e.type, e.subtype, e.start) for e in told] == [("withdrawal", "announced", dt.date(2024, 6, 27))]


def test_what_was_already_done_is_dated_by_its_own_words(extractor):
    ev = read(extractor, dt.date(2025, 1, 31), "France handed over the Adji Kossei base in N'Djamena on Thursday. "
              "French troops had already left the bases in Faya-Largeau and Abeche in December.")
    assert sorted((e.start, e.date_precision, e.place, e.is_background) for e in ev if e.type == "withdrawal") == [
        (dt.date(2024, 12, 1), "month", "Faya-Largeau", True), (dt.date(2025, 1, 30), "day", "Adji Kossei", False)]


def test_a_departure_that_could_follow_and_expulsions_after_a_list_of_juntas_are_no_withdrawal(extractor):
    ev = read(extractor, dt.date(2024, 11, 29), "Chad said on Thursday it was ending its defence cooperation "
              "agreement with France, a move that could lead to the departure of about 1,000 French troops. Chad is "
              "the last country in the Sahel to host a French force after juntas in Mali, Burkina Faso and Niger "
              "expelled French troops.")
    assert [(e.type, e.subtype, e.start) for e in ev if not e.is_background] == [
        ("agreement", "revoked", dt.date(2024, 11, 28))]


def test_soldiers_moving_to_a_country_deploy_and_a_summary_of_the_time_since_is_no_news(extractor):
    moving = read(extractor, dt.date(2020, 1, 6), "Turkish soldiers have started moving to Libya, President Tayyip "
                  "Erdogan said on Sunday.")
    since = read(extractor, dt.date(2024, 1, 17), "Niger's prime minister and Russia's defence minister agreed on "
                 "Tuesday to step up military cooperation. Niger's junta has expelled French troops since seizing "
                 "power in July.", "b")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in moving] == [
        ("deployment", "TUR", "LBY", dt.date(2020, 1, 5))]
    assert [(e.type, e.start) for e in since if not e.is_background] == [("agreement", dt.date(2024, 1, 16))]


def test_a_recalled_exit_keeps_its_day_and_plotters_foiling_a_plot_tell_no_failed_coup(extractor):
    recalled = read(extractor, dt.date(2024, 8, 5), "The last U.S. personnel left Air Base 201 on August 5, 2024. "
                    "This follows the completion of the withdrawal from Air Base 101 in Niamey on July 7, 2024.")
    plotters = read(extractor, dt.date(2025, 11, 27), "Guinea-Bissau's army said on Wednesday it had taken control "
                    "of the country. Officers read a statement, saying they had acted to foil a plot to destabilise "
                    "the country.", "b")
    assert sorted((e.place, e.start) for e in recalled) == [
        ("Air Base 101", dt.date(2024, 7, 7)), ("Air Base 201", dt.date(2024, 8, 5))]
    assert [(e.type, e.subtype, e.start) for e in plotters] == [("coup", "successful", dt.date(2025, 11, 26))]


def test_a_lead_with_a_tag_line_takes_its_day_from_the_next_paragraph(extractor):
    ev = read(extractor, dt.date(2024, 11, 29), "1/ Big news: Chad says it is ending its defence cooperation "
              "agreement with France. Thread below.\n\n2/ The foreign ministry announced the decision late on "
              "Thursday.")
    assert [(e.type, e.subtype, e.start) for e in ev] == [("agreement", "revoked", dt.date(2024, 11, 28))]


def test_a_denied_plan_is_no_withdrawal_and_a_country_ending_its_own_pact_hosts_it(extractor):
    denied = read(extractor, dt.date(2024, 11, 26), "France denied on Monday that it was preparing to withdraw its "
                  "troops from Chad.")
    own = read(extractor, dt.date(2024, 11, 29), "Senegal's president told Le Monde on Thursday that French bases "
               "would have to close, hours after Chad ended its defence pact with Paris.", "b")
    assert [e for e in denied if e.type == "withdrawal"] == []
    assert [(e.type, e.host_country, e.start) for e in own if e.type == "agreement"] == [
        ("agreement", "TCD", dt.date(2024, 11, 28))]


def test_a_dateline_day_is_not_what_hours_after_counts_from_and_a_mutiny_is_not_the_coups_day(extractor):
    bissau = read(extractor, dt.date(2025, 11, 27), 'BISSAU, Nov 27 - Army officers in Guinea-Bissau said they had '
                  'taken "total control" of the country, hours after heavy gunfire broke out near the presidential '
                  'palace in the capital on Wednesday.')
    ouaga = read(extractor, dt.date(2022, 1, 26), "Lieutenant-Colonel Damiba appeared on television on Monday "
                 "evening to announce that the army had ousted President Roch Kaboré. Mutinies had broken out at "
                 "several barracks in Ouagadougou on Sunday.", "b")
    assert [(e.type, e.start) for e in bissau] == [("coup", dt.date(2025, 11, 26))]
    assert [(e.type, e.start) for e in ouaga] == [("coup", dt.date(2022, 1, 24))]


def test_a_mission_that_came_to_an_end_a_unit_leaving_and_a_base_there_is_no_intention_to_close(extractor):
    eutm = read(extractor, dt.date(2024, 5, 21), "The European Union Training Mission in Mali came to an end on "
                "Saturday, when its mandate expired. It trained soldiers at its camp in Koulikoro.")
    bear = read(extractor, dt.date(2024, 8, 30), 'On Thursday, the Bear Brigade said "the overwhelming majority" '
                "of its Russian fighters would leave Burkina Faso in the coming days, though a small group would "
                "stay.", "b")
    staying = read(extractor, dt.date(2025, 3, 5), "France 'not leaving Djibouti', minister says\n\nFrance has no "
                   "intention of closing its base in Djibouti, Sébastien Lecornu said on Tuesday.", "c")
    assert [(e.type, e.host_country, e.start, e.place) for e in eutm] == [
        ("withdrawal", "MLI", dt.date(2024, 5, 18), "Koulikoro")]
    assert [(e.type, e.host_country, e.start) for e in bear] == [("withdrawal", "BFA", dt.date(2024, 8, 29))]
    assert [e for e in staying if e.type == "withdrawal"] == []


def test_a_withdrawal_is_not_placed_where_its_convoy_went_and_a_lead_takes_the_next_days_day(extractor):
    ber = read(extractor, dt.date(2023, 8, 14), "The U.N. mission in Mali completed its withdrawal from its camp "
               "on Sunday. The convoy came under fire twice as it travelled to Timbuktu.")
    togo = read(extractor, dt.date(2025, 3, 24), "Togo's National Assembly has ratified a military cooperation "
                "agreement with Russia.\n\nThe deal, signed in Moscow last year, was approved by lawmakers on "
                "Thursday.", "b")
    assert [(e.type, e.start, e.place) for e in ber] == [("withdrawal", dt.date(2023, 8, 13), "Mali")]
    assert (("agreement", "TGO", dt.date(2025, 3, 20)) in
            [(e.type, e.host_country, e.start) for e in togo if not e.is_background])


def test_a_bloc_ending_its_mission_the_troops_stationed_there_and_the_facility_named_before(extractor):
    sadc = read(extractor, dt.date(2025, 3, 14), "Southern African leaders decided on Thursday to end their "
                "military mission in eastern Democratic Republic of Congo and to begin a phased withdrawal.")
    agadez = read(extractor, dt.date(2024, 8, 6), "A Nigerien soldier raises the flag at Air Base 201 outside Agadez. "
                  "The $110 million facility was formally handed over on Monday to the Nigerien army by the last "
                  "American troops stationed there.", "b")
    assert [(e.type, e.actor, e.host_country, e.start) for e in sadc] == [
        ("withdrawal", "SADC force", "COD", dt.date(2025, 3, 13))]
    assert [(e.type, e.host_country, e.start, e.place) for e in agadez] == [
        ("withdrawal", "NER", dt.date(2024, 8, 5), "Air Base 201")]


def test_the_americans_gone_and_the_last_of_them_and_the_former_colonial_power(extractor):
    agadez = read(extractor, dt.date(2024, 8, 6), "The Americans are gone from Agadez. The last of them flew out of "
                  "the desert drone base on Monday aboard a C-17 cargo plane.")
    niger = read(extractor, dt.date(2023, 12, 23), "The former colonial power completed its military withdrawal from "
                 "Niger on Friday, the ruling junta said.", "b")
    assert [(e.type, e.subtype, e.actor_country, e.start, e.place) for e in agadez] == [
        ("withdrawal", "completed", "USA", dt.date(2024, 8, 5), "Agadez")]
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in niger] == [
        ("withdrawal", "FRA", "NER", dt.date(2023, 12, 22))]


def test_a_base_being_built_takes_the_next_sentences_month_and_a_base_that_cost_to_build_is_none(extractor):
    hub = read(extractor, dt.date(2016, 9, 30), "The U.S. military is building a $100 million drone base in Agadez, "
               "in northern Niger. Construction of the runway began this month, the documents show.")
    cost = read(extractor, dt.date(2024, 3, 10), "About 1,000 U.S. military personnel are in Niger, most of them at "
                "Air Base 201 near Agadez, which cost $110 million to build. A U.S. delegation visited Niamey this "
                "week.", "b")
    assert [(e.type, e.start, e.date_precision, e.place) for e in hub] == [
        ("base", dt.date(2016, 9, 1), "month", "Air Base 201")]
    assert [e for e in cost if e.type == "base"] == []


def test_what_had_happened_by_friday_a_quote_before_its_speaker_and_a_country_telling_what_it_sent(extractor):
    chad = read(extractor, dt.date(2025, 2, 1), "By Friday, the last French soldiers had left Chad, the general "
                "staff said, after the handover of the Adji Kossei base the day before.")
    sweden = read(extractor, dt.date(2023, 12, 14), '"We have now completed our withdrawal," Sweden\'s armed forces '
                  "said in a statement on Wednesday, after the last of its soldiers serving with the United Nations "
                  "mission in Mali left Timbuktu.", "b")
    gambia = read(extractor, dt.date(2017, 1, 20), "Senegalese troops crossed into Gambia on Thursday. Nigeria said "
                  "it had also sent a warship and aircraft.", "c")
    assert [(e.type, e.start) for e in chad] == [("withdrawal", dt.date(2025, 1, 31))]
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in sweden] == [
        ("withdrawal", "SWE", "MLI", dt.date(2023, 12, 13), "Timbuktu")]
    assert ("NGA", "GMB") in [(e.actor_country, e.host_country) for e in gambia if e.type == "deployment"]


def test_a_withdrawal_should_the_junta_order_it_one_recalled_by_whom_and_an_accord_put_an_end_to(extractor):
    italy = read(extractor, dt.date(2024, 5, 20), "Should Niger's junta expel the remaining Italian troops, Rome would "
                 "lose its last foothold. So far the generals in Niamey have treated the Italians differently from "
                 "the Americans and the French, whom they ordered out.")
    chad = read(extractor, dt.date(2024, 11, 29), "Chad on Thursday put an end to its defence cooperation accord with "
                "France, its foreign ministry said.", "b")
    assert [e for e in italy if e.type == "withdrawal"] == []
    assert [(e.type, e.subtype, e.host_country, e.start) for e in chad] == [
        ("agreement", "revoked", "TCD", dt.date(2024, 11, 28))]


def test_the_host_army_taking_over_a_camp_tells_the_withdrawal_of_whoever_left_it(extractor):
    tessalit = read(extractor, dt.date(2023, 10, 25), "The Malian army took over the UN camp in Tessalit on Saturday, "
                    "after peacekeepers left under fire, an army statement said.")
    assert [(e.type, e.actor, e.host_country, e.start, e.place) for e in tessalit] == [
        ("withdrawal", "United Nations mission", "MLI", dt.date(2023, 10, 21), "Tessalit")]


def test_a_trial_over_a_coup_is_no_coup_and_peacekeepers_repatriated_are_withdrawn(extractor):
    trial = read(extractor, dt.date(2024, 9, 14), "Congo court sentences 37 to death over failed coup\n\nA military "
                 "court in Kinshasa on Friday sentenced 37 people to death over a failed coup attempt in May.")
    egypt = read(extractor, dt.date(2023, 11, 20), "Egypt said on Sunday it had repatriated the last of its 1,000 "
                 "peacekeepers from Mali, where the United Nations mission is winding down.", "b")
    assert [e for e in trial if e.type == "coup" and not e.is_background] == []
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start) for e in egypt] == [
        ("withdrawal", "completed", "EGY", "MLI", dt.date(2023, 11, 19))]


def test_troops_leaving_a_port_at_home_set_out_rather_than_withdraw(extractor):
    ships = read(extractor, dt.date(2017, 8, 2), "China opened its first overseas base in Djibouti on Tuesday. Ships "
                 "carrying Chinese troops left the southern port of Zhanjiang on July 11.")
    assert ("deployment", "CHN", "DJI", dt.date(2017, 7, 11)) in [
        (e.type, e.actor_country, e.host_country, e.start) for e in ships]
    assert [e for e in ships if e.type == "withdrawal"] == []


def test_lawmakers_walking_out_in_protest_hold_no_protest(extractor):
    vote = read(extractor, dt.date(2018, 3, 24), "Ghana's parliament has approved a defence cooperation agreement "
                "with the United States, after opposition lawmakers walked out of the chamber in protest.")
    assert [e.type for e in vote] == ["agreement"]


def test_warplanes_sent_troops_repositioned_a_rally_called_off_and_a_stadium_marking_an_anniversary(extractor):
    jets = read(extractor, dt.date(2023, 9, 5), "Mali and Burkina Faso sent warplanes to Niger late last month, "
                "Niger's state broadcaster said on Monday.")
    chad = read(extractor, dt.date(2024, 4, 26), "The Pentagon said on Thursday it would temporarily reposition some "
                "of its roughly 100 troops in Chad.", "b")
    off = read(extractor, dt.date(2024, 4, 22), "A rally planned for Saturday in Niamey to demand the departure of "
               "U.S. troops was called off. The organisers said they would hold the march later.", "c")
    stadium = read(extractor, dt.date(2024, 7, 27), "Thousands of people gathered in Niamey's stadium on Friday to "
                   "mark the first anniversary of the coup.", "d")
    assert [(e.type, e.host_country, e.start, e.date_precision) for e in jets] == [
        ("deployment", "NER", dt.date(2023, 8, 1), "month")]
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in chad] == [
        ("withdrawal", "USA", "TCD", dt.date(2024, 4, 25))]
    assert [e for e in off if e.type == "protest"] == []
    assert [(e.type, e.start, e.is_background) for e in stadium if e.type == "protest"] == [
        ("protest", dt.date(2024, 7, 26), False)]


def test_a_day_posted_on_a_channel_dates_the_report_and_a_landing_at_home_follows_the_departure(extractor):
    corps = read(extractor, dt.date(2024, 1, 26), "About a hundred Russian military personnel have arrived in Burkina "
                 "Faso, the Africa Corps said on its Telegram channel on Thursday. The soldiers landed in Ouagadougou "
                 "on Wednesday, according to a video posted by the group.")
    home = read(extractor, dt.date(2023, 12, 15), "The last German soldiers of the UN mission in Mali landed at an air "
                "base in northern Germany on Friday. The final contingent left their camp in Gao on Tuesday. Germany "
                "had about 1,000 soldiers at Camp Castor in Gao. Berlin decided to pull out after Mali's junta "
                "brought in Russian mercenaries.", "b")
    assert [(e.type, e.actor_country, e.start, e.place) for e in corps] == [
        ("deployment", "RUS", dt.date(2024, 1, 24), "Ouagadougou")]
    assert [(e.type, e.actor_country, e.start, e.place) for e in home] == [
        ("withdrawal", "DEU", dt.date(2023, 12, 12), "Camp Castor")]  # the camp it names, not the Gao base guessed


def test_a_crowd_in_the_capitals_streets_is_there_but_not_the_coup_and_talks_in_the_capital_place_an_accord(extractor):
    gabon = read(extractor, dt.date(2023, 8, 31), "LIBREVILLE — Jubilant crowds filled the streets of Gabon's capital "
                 "on Wednesday after senior officers appeared on television to announce they had taken power.")
    niger = read(extractor, dt.date(2024, 1, 18), "NIAMEY, Jan 17 — Niger's military rulers and a Russian delegation "
                 "agreed on Tuesday to strengthen defence cooperation. Niger's defence minister spoke after talks in "
                 "the capital.", "b")
    assert sorted((e.type, e.place) for e in gabon) == [("coup", "Gabon"), ("protest", "Libreville")]
    assert [(e.type, e.start, e.place) for e in niger] == [("agreement", dt.date(2024, 1, 16), "Niamey")]


def test_a_ceremony_that_closed_the_last_military_site_completes_the_withdrawal_that_day(extractor):
    dakar = read(extractor, dt.date(2025, 7, 18), "Thursday's ceremony in Ouakam, a district of Dakar, closed the last "
                 "French military site in Senegal.")
    ivory = read(extractor, dt.date(2025, 2, 21), "About 80 French soldiers will remain in Ivory Coast to train its "
                 "forces, down from roughly 1,000 two years ago.", "b")
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start) for e in dakar] == [
        ("withdrawal", "completed", "FRA", "SEN", dt.date(2025, 7, 17))]
    assert [(e.type, e.start, e.is_background) for e in ivory] == [("deployment", dt.date(2025, 2, 21), False)]


def test_a_month_given_to_leave_is_an_order_dated_by_the_decision_that_took_it(extractor):
    burkina = read(extractor, dt.date(2023, 1, 23), "Burkina Faso gives French troops a month to leave\n\nBurkina "
                   "Faso's government has asked France to withdraw its troops within a month, the state news agency "
                   "said on Saturday, confirming a decision that the junta took on Wednesday.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in burkina] == [
        ("withdrawal", "ordered", "BFA", dt.date(2023, 1, 18))]


def test_a_coups_camp_told_next_unless_the_president_was_seized_in_the_capital(extractor):
    lead = "Mali's President Ibrahim Boubacar Keïta resigned on Tuesday, hours after mutinous soldiers detained " \
        "him.\n\n"
    kati = read(extractor, dt.date(2020, 8, 19), lead + "The uprising began at the Kati military camp, 15 km from "
                "Bamako, and soldiers took Keïta back to Kati.")
    bamako = read(extractor, dt.date(2020, 8, 19), lead + "The revolt began at the Kati military camp, and soldiers "
                  "later drove into the capital, where they seized the president at his home.", "b")
    assert [(e.type, e.place) for e in kati] == [("coup", "Kati")]
    assert [(e.type, e.place) for e in bamako] == [("coup", "Bamako")]


def test_a_base_in_the_somali_capital_is_there_and_a_coup_bid_takes_the_day_of_its_attack(extractor):
    turkey = read(extractor, dt.date(2017, 10, 1), "MOGADISHU — Turkey on Saturday opened its largest overseas "
                  "military base in the Somali capital, where Turkish officers will train Somali soldiers.")
    sierra = read(extractor, dt.date(2023, 11, 28), "Sierra Leone's government said on Monday that soldiers who "
                  "attacked the main barracks had tried to overthrow the state. Sunday's pre-dawn attack left 21 "
                  "people dead.", "b")
    assert [(e.type, e.host_country, e.start, e.place) for e in turkey] == [
        ("base", "SOM", dt.date(2017, 9, 30), "Mogadishu")]
    assert [(e.type, e.host_country, e.start) for e in sierra] == [("coup", "SLE", dt.date(2023, 11, 26))]


def test_partners_in_a_confederation_host_nothing(extractor):
    niger = read(extractor, dt.date(2024, 7, 26), "A year on, Niger's junta digs in. General Tiani's government has "
                 "expelled American troops and formed a confederation with Mali and Burkina Faso.")
    assert [(e.type, e.host_country) for e in niger if e.type == "withdrawal"] == [("withdrawal", "NER")]


def test_a_correction_dates_the_news_it_corrects_and_guards_holding_the_president_stage_a_coup(extractor):
    embassy = read(extractor, dt.date(2023, 7, 31), "Thousands of supporters of Niger's junta marched to the French "
                   "embassy in Niamey, where some set fire to a door.\n\nCorrection, July 31: An earlier version of "
                   "this article said the protest took place on Saturday. It took place on Sunday.")
    guards = read(extractor, dt.date(2023, 7, 26), "Soldiers are holding President Mohamed Bazoum inside his residence "
                  "in Niamey, the presidency said on Wednesday.", "b")
    assert [(e.type, e.start) for e in embassy] == [("protest", dt.date(2023, 7, 30))]
    assert [(e.type, e.host_country, e.start) for e in guards] == [("coup", "NER", dt.date(2023, 7, 26))]


def test_a_country_withdrawing_some_of_its_soldiers_and_a_base_an_accord_would_allow(extractor):
    chad = read(extractor, dt.date(2021, 8, 22), "Chad has withdrawn 600 of its soldiers from the area where the "
                "borders of Niger, Mali and Burkina Faso meet, a spokesman said on Saturday.")
    ghana = read(extractor, dt.date(2018, 3, 28), "Ghana's government on Tuesday denied that a defence cooperation "
                 "agreement with the United States would allow Washington to set up a military base in the "
                 "country.", "b")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in chad] == [
        ("withdrawal", "TCD", "NER", dt.date(2021, 8, 21))]
    assert [e for e in ghana if e.type == "base"] == []


def test_soldiers_who_removed_the_military_leader_this_morning_and_a_denied_report(extractor):
    burkina = read(extractor, dt.date(2022, 9, 30), "Soldiers in Burkina Faso this morning announced on state "
                   "television that they had removed Lieutenant Colonel Paul-Henri Damiba, the military leader.")
    kremlin = read(extractor, dt.date(2023, 8, 3), "The Kremlin on Wednesday denied reports that Russian soldiers or "
                   "Wagner fighters had been sent to Niger after last week's coup.", "b")
    washington = read(extractor, dt.date(2024, 4, 22), "On Friday last week, Washington agreed to pull its roughly "
                      "1,000 troops out of Niger.", "c")
    assert [(e.type, e.host_country, e.start) for e in burkina] == [("coup", "BFA", dt.date(2022, 9, 30))]
    assert [e for e in kremlin if e.type == "deployment"] == []
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in washington] == [
        ("withdrawal", "USA", "NER", dt.date(2024, 4, 19))]


def test_a_call_for_a_march_is_no_march(extractor):
    chad = read(extractor, dt.date(2022, 5, 10), "Chad opposition calls new march against France\n\nChad's opposition "
                "coalition called on Monday for a new march on Saturday to demand the departure of French troops.")
    assert [e for e in chad if e.type == "protest"] == []


def test_a_when_question_is_answered_by_the_next_line_and_a_capital_named_by_its_country_places_a_coup_bid(extractor):
    qa = read(extractor, dt.date(2022, 2, 10), "Q: When did the Russians come to Timbuktu?\nA: The first ones came in "
              "early January, with our soldiers.")
    bissau = read(extractor, dt.date(2022, 2, 2), "Guinea-Bissau president says coup attempt defeated\n\nHeavy gunfire "
                  "erupted near the government palace in Guinea-Bissau's capital on Tuesday afternoon.", "b")
    assert [(e.type, e.actor_country, e.start, e.date_precision, e.place) for e in qa] == [
        ("deployment", "RUS", dt.date(2022, 1, 1), "month", "Timbuktu")]
    assert [(e.type, e.subtype, e.start, e.place) for e in bissau] == [
        ("coup", "failed", dt.date(2022, 2, 1), "Bissau")]


def test_a_day_after_and_opens_its_own_clause_and_a_president_taken_into_custody(extractor):
    chad = read(extractor, dt.date(2024, 5, 3), "Chad asked Washington last month to halt activities at the Adji "
                "Kossei air base, and on Thursday a first group of U.S. soldiers left the base aboard a plane.")
    harare = read(extractor, dt.date(2017, 11, 15), "Zimbabwe's military said early on Wednesday it had taken custody "
                  "of President Robert Mugabe, hours after soldiers seized the state broadcaster in the capital.", "b")
    assert ("withdrawal", dt.date(2024, 5, 2), "day", "Adji Kossei") in [
        (e.type, e.start, e.date_precision, e.place) for e in chad]
    assert [(e.type, e.host_country, e.start, e.place) for e in harare] == [
        ("coup", "ZWE", dt.date(2017, 11, 15), "Harare")]


def test_leaders_arrested_and_taken_to_a_camp_is_a_coup_placed_at_the_camp_inside_the_trigger(extractor):
    mali = read(extractor, dt.date(2021, 5, 26), "President Bah Ndaw and Prime Minister Moctar Ouane were arrested on "
                "Monday evening, hours after a government reshuffle, and taken to the Kati military camp about 15 km "
                "from Bamako.")
    assert [(e.type, e.host_country, e.start, e.place) for e in mali] == [
        ("coup", "MLI", dt.date(2021, 5, 24), "Kati")]


def test_the_blocs_troops_go_on_with_the_mission_before_and_bases_left_are_a_completed_withdrawal(extractor):
    sadc = read(extractor, dt.date(2024, 7, 16), "The Southern African Development Community formally ended its "
                "military mission in Mozambique's Cabo Delgado province on Monday.\n\nAt a ceremony in Pemba, the "
                "provincial capital, the bloc's troops handed over their positions to Mozambican forces.")
    mali = read(extractor, dt.date(2022, 8, 16), "French forces had already left their bases in Kidal, Tessalit and "
                "Timbuktu at the end of last year.", "b")
    assert [(e.type, e.host_country, e.start, e.place) for e in sadc] == [
        ("withdrawal", "MOZ", dt.date(2024, 7, 15), "Pemba")]
    assert [(e.type, e.subtype, e.start, e.date_precision) for e in mali] == [
        ("withdrawal", "completed", dt.date(2021, 12, 1), "month")]


def test_troops_that_went_into_action_were_deployed(extractor):
    mali = read(extractor, dt.date(2013, 1, 12), "PARIS (AP) — French troops went into action in Mali on Friday to "
                "help the West African nation's army halt an advance by Islamist rebels towards the capital.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in mali] == [
        ("deployment", "FRA", "MLI", dt.date(2013, 1, 11))]


def test_a_force_from_a_bloc_deploys_and_a_force_a_country_asked_to_leave_is_told_in_passing(extractor):
    congo = read(extractor, dt.date(2023, 12, 16), "A force from the Southern African Development Community began "
                 "deploying in eastern Democratic Republic of Congo on Friday to help government troops fight M23 "
                 "rebels, replacing an East African force that Kinshasa asked to leave.")
    assert [(e.type, e.actor, e.host_country, e.start) for e in congo] == [
        ("deployment", "SADC force", "COD", dt.date(2023, 12, 15))]


def test_a_coup_bids_capital_told_in_the_next_paragraph(extractor):
    bissau = read(extractor, dt.date(2023, 12, 3), "BISSAU (Reuters) - Guinea-Bissau President Umaro Sissoco Embaló "
                  "said on Saturday that clashes between members of the National Guard and presidential guard forces "
                  "early on Friday were an attempted coup, and that those responsible would face severe consequences."
                  "\n\nThe fighting erupted after National Guard members freed the finance minister and a secretary of "
                  "state from police custody, where they were being questioned over the withdrawal of $10 million from "
                  "state accounts. The army said it had arrested the National Guard's commander after shooting near a "
                  "military barracks in the capital.")
    assert ("coup", "failed", dt.date(2023, 12, 1), "Bissau") in [(e.type, e.subtype, e.start, e.place) for e in bissau]


def test_ousting_an_officer_by_rank_is_a_coup(extractor):
    burkina = read(extractor, dt.date(2023, 9, 28), "Traoré came to power in Burkina Faso on September 30 last "
                   "year, when he ousted Lieutenant-Colonel Paul-Henri Damiba.")
    assert [(e.type, e.start, e.is_background) for e in burkina] == [("coup", dt.date(2022, 9, 30), True)]


def test_a_deployment_approved_in_a_later_clause_has_arrived(extractor):
    libya = read(extractor, dt.date(2020, 1, 6), "ANKARA (Reuters) - Turkish troops have started moving to Libya, "
                 "President Tayyip Erdogan said on Sunday, days after parliament approved the deployment.")
    assert [(e.type, e.subtype, e.start) for e in libya] == [("deployment", "arrival", dt.date(2020, 1, 5))]


def test_a_missions_handle_names_it_and_a_headlines_not_planning_negates(extractor):
    thread = read(extractor, dt.date(2023, 10, 22), "1/ @UN_MINUSMA has completed its withdrawal from the Tessalit "
                  "camp, in the Kidal region, the mission said on Saturday.")
    chad = read(extractor, dt.date(2024, 2, 14), "France not planning to withdraw troops from Chad, minister says",
                "b")
    assert [(e.type, e.actor, e.start, e.place) for e in thread] == [
        ("withdrawal", "MINUSMA (UN mission)", dt.date(2023, 10, 21), "Tessalit")]
    assert chad == []


def test_a_leads_day_owned_by_another_noun_does_not_date_its_coup(extractor):
    events = read(extractor, dt.date(2023, 8, 30), "Gabon coup: live updates\n\nArmy officers say they have seized "
        "power in Gabon, minutes after the electoral commission declared President Ali Bongo the winner of "
        "Saturday's election.\n\n06:40 GMT: Gunfire heard in the capital\n\nReporters heard gunfire in Libreville "
        "after officers appeared on television in the early hours of Wednesday, announcing they had dissolved all "
        "the institutions of the republic.")
    assert [(e.type, e.host_country, e.start) for e in events if e.type == "coup"] == [
        ("coup", "GAB", dt.date(2023, 8, 30))]


def test_fighters_going_home_withdraw_and_a_placard_telling_them_to_go_home_does_not(extractor):
    events = read(extractor, dt.date(2025, 6, 12), "When Wagner announced last Friday that its fighters were "
        "going home from Mali, it was tempting to read it as a retreat.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("withdrawal", "MLI", dt.date(2025, 6, 6))]
    assert not read(extractor, dt.date(2023, 9, 4), "Saturday's rally drew tens of thousands of people: flags of "
        "Russia, placards telling France to go home.")


def test_a_withdrawal_is_placed_where_the_force_is_based_as_an_apposition_says(extractor):
    events = read(extractor, dt.date(2022, 11, 14), "LONDON (Reuters) - Britain will pull its roughly 300 troops "
        "out of the United Nations peacekeeping mission in Mali earlier than planned, a minister told parliament "
        "on Monday.\n\nThe British soldiers, a reconnaissance force based in Gao, deployed in December 2020.")
    out = next(e for e in events if e.type == "withdrawal")
    assert (out.actor_country, out.start, out.place) == ("GBR", dt.date(2022, 11, 14), "Gao")


def test_a_coup_told_on_monday_takes_the_day_the_next_sentence_gives_its_assault(extractor):
    events = read(extractor, dt.date(2023, 11, 27), "FREETOWN - Sierra Leone's government said on Monday that "
        "attacks on the main military barracks in Freetown were a failed attempt to overthrow the president.\n\n"
        "Gunmen stormed the barracks and freed inmates in the early hours of Sunday before security forces "
        "regained control.")
    assert [(e.type, e.subtype, e.start) for e in events] == [("coup", "failed", dt.date(2023, 11, 26))]


def test_a_blocs_leaders_end_its_mission_and_its_troops_are_placed_where_they_are_confined(extractor):
    events = read(extractor, dt.date(2025, 3, 14), "HARARE/GOMA, March 14 - Southern African leaders decided at "
        "a virtual summit on Thursday to end their military mission in eastern Democratic Republic of Congo and begin "
        "a phased withdrawal of its troops, who have been confined to their bases in Goma since M23 rebels seized "
        "the city in January.")
    assert [(e.type, e.actor, e.host_country, e.start, e.place) for e in events] == [
        ("withdrawal", "SADC force", "COD", dt.date(2025, 3, 13), "Goma")]


def test_the_last_detachment_crossing_the_border_between_two_countries_leaves_the_first(extractor):
    events = read(extractor, dt.date(2022, 8, 15), "Paris, 15 August 2022\n\nToday, at 1 p.m. Paris time, the last "
        "detachment of the Barkhane force present on Malian soil crossed the border between Mali and Niger.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("withdrawal", "FRA", "MLI", dt.date(2022, 8, 15))]


def test_a_quoted_today_yields_to_the_day_the_lead_names(extractor):
    events = read(extractor, dt.date(2022, 8, 16), "PARIS - The last French soldiers of Operation Barkhane have "
        "left Mali, the French army command announced on Monday.\n\n\"Today at 1 p.m. Paris time, the last Barkhane "
        "force detachment present on Malian territory left Gao,\" the army said.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("withdrawal", "MLI", dt.date(2022, 8, 15))]


def test_an_accord_named_for_a_city_is_hosted_by_the_country_that_ends_it(extractor):
    events = read(extractor, dt.date(2024, 1, 29), "- Mali's junta ended the 2015 Algiers peace agreement with "
        "northern separatist groups \"with immediate effect\" on Thursday, accusing Algeria of \"hostile acts\".")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in events] == [
        ("agreement", "revoked", "MLI", dt.date(2024, 1, 25))]


def test_a_handover_that_follows_a_departure_tells_the_departure(extractor):
    events = read(extractor, dt.date(2025, 1, 11), "The base of Abéché was handed over to the Chadian army today "
        "by the French forces.\n\nThis handover follows the departure of the French forces from the base of Faya on "
        "26 December 2024.")
    faya = [e for e in events if e.place == "Faya-Largeau"]
    assert [(e.type, e.start, e.is_background) for e in faya] == [("withdrawal", dt.date(2024, 12, 26), True)]


def test_a_list_under_a_standfirst_takes_its_day(extractor):
    events = read(extractor, dt.date(2023, 12, 5), "Niger junta ends EU security missions: what we know\n\nNiger's "
        "military government said on Monday it was ending two European Union security and defence missions in the "
        "country. Here is what we know.\n\n- The junta revoked the agreement that allowed EUCAP Sahel Niger, a "
        "civilian mission, to operate.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("agreement", "NER", dt.date(2023, 12, 4))]


def test_a_recalled_events_year_does_not_date_the_plan_after_it(extractor):
    events = read(extractor, dt.date(2022, 8, 16), "France first deployed troops in Mali in 2013 to drive back "
        "jihadists.\n\nAbout 2,500 French soldiers will remain in the region, mainly in Niger and Chad.")
    assert [(e.host_country, e.start.year) for e in events if e.type == "deployment"] == [
        ("MLI", 2013), ("NER", 2022)]


def test_countries_listed_before_the_sender_send_with_it_and_host_nothing(extractor):
    events = read(extractor, dt.date(2023, 12, 4), "The first Kenyan soldiers of the regional force left Goma, in "
        "eastern Congo, on Sunday. Uganda, Burundi and South Sudan also sent troops.")
    assert {e.host_country for e in events if e.type == "deployment"} == {"COD"}


def test_a_parliaments_vote_does_not_date_the_move_the_text_tells(extractor):
    events = read(extractor, dt.date(2020, 1, 6), "ANKARA (Reuters) - Turkish troops have started moving to Libya, "
        "President Tayyip Erdogan said on Sunday.\n\nTurkey's parliament voted on Thursday to allow troops to be sent.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("deployment", "LBY", dt.date(2020, 1, 5))]


def test_a_headlines_country_to_send_troops_is_a_plan(extractor):
    events = read(extractor, dt.date(2023, 11, 14), "Hungary to send up to 200 soldiers to Chad")
    assert [(e.type, e.subtype, e.host_country) for e in events] == [("deployment", "announced", "TCD")]


def test_an_agreement_on_setting_up_a_base_is_no_base_built(extractor):
    events = read(extractor, dt.date(2025, 2, 13), "Sudan and Russia have reached an agreement on setting up a Russian "
        "naval base on the Red Sea coast, Sudan's foreign minister said on Wednesday.")
    assert [(e.type, e.host_country) for e in events] == [("agreement", "SDN")]


def test_forces_arriving_before_a_clause_that_names_their_country_do_not_come_home(extractor):
    events = read(extractor, dt.date(2018, 3, 23), "The Russian instructors arrived in the Central African Republic "
        "in February. Russian instructors arrived after the U.N. Security Council agreed in December to let Russia "
        "deliver weapons.")
    assert {(e.type, e.actor_country, e.host_country) for e in events} == {("deployment", "RUS", "CAF")}


def test_entering_an_arrangement_is_no_deployment(extractor):
    assert not read(extractor, dt.date(2022, 12, 17), "Ghana's president said on Wednesday that Burkina Faso had "
        "entered an arrangement with Russia's Wagner group.")


def test_air_strikes_launched_deploy_and_troops_flown_in_from_bases_elsewhere_are_not_hosted_there(extractor):
    events = read(extractor, dt.date(2013, 1, 12), "France launches air strikes in Mali to halt Islamist advance\n\n"
        "PARIS - French warplanes struck Islamist rebels near Konna on Friday. French troops were also being flown in "
        "from bases in Chad and Ivory Coast, a diplomatic source said.")
    assert {(e.type, e.actor_country, e.host_country) for e in events} == {("deployment", "FRA", "MLI")}
    assert [e.place for e in events] == ["Konna"]


def test_a_west_african_peacekeeping_force_and_ecomog_are_ecowas_forces(extractor):
    events = read(extractor, dt.date(1990, 8, 25), "A West African peacekeeping force of about 3,000 soldiers landed "
        "at the port of Monrovia on Friday. The force, known as ECOMOG, sailed from Freetown on Thursday.")
    assert [(e.type, e.actor, e.host_country, e.start, e.place) for e in events] == \
        [("deployment", "ECOWAS force", "LBR", dt.date(1990, 8, 24), "Monrovia")]


def test_an_operation_launched_with_adjectives_is_a_deployment(extractor):
    events = read(extractor, dt.date(2014, 8, 1), "France on Friday launched a new regional counter-terrorism "
        "operation of 3,000 troops in Chad.")
    assert [(e.type, e.actor_country, e.start) for e in events] == [("deployment", "FRA", dt.date(2014, 8, 1))]


def test_ending_a_deployment_takes_the_day_of_the_leaving_it_follows(extractor):
    events = read(extractor, dt.date(2024, 8, 15), "Two years on, Gao weighs what came next\n\nFrance's last troops "
        "left the base in Gao two years ago today, ending a nine-year deployment in Mali.")
    assert [(e.type, e.start, e.is_background) for e in events] == [("withdrawal", dt.date(2022, 8, 15), True)]


def test_what_was_left_is_no_leaving_and_a_plane_climbing_away_from_a_base_is(extractor):
    events = read(extractor, dt.date(2024, 8, 7), "AGADEZ, Niger - By the time the last American transport plane "
        "climbed away from Air Base 201 on Monday morning, the base had been stripped. What was left now belongs to "
        "Niger's armed forces.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in events] == \
        [("withdrawal", "USA", dt.date(2024, 8, 5), "Air Base 201")]


def test_soldiers_statement_we_have_decided_to_end_the_regime_is_the_days_coup(extractor):
    events = read(extractor, dt.date(2023, 8, 30), "Transcript: the Gabon officers' statement\n\n\"We, the defence and "
        "security forces, have decided to defend peace by putting an end to the current regime. The general "
        "elections of 26 August 2023 are cancelled.\"")
    assert [(e.type, e.host_country, e.start) for e in events] == [("coup", "GAB", dt.date(2023, 8, 30))]


def test_a_force_raising_its_flag_over_a_town_alongside_the_hosts_army_is_deployed_there(extractor):
    events = read(extractor, dt.date(2023, 11, 15), "BAMAKO - Malian soldiers, accompanied by fighters from Russia's "
        "Wagner Group, raised the national flag over the northern town of Kidal on Tuesday, the army said.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in events] == \
        [("deployment", "RUS", "MLI", dt.date(2023, 11, 14), "Kidal")]


def test_a_parliaments_vote_on_an_accord_dates_the_accord(extractor):
    events = read(extractor, dt.date(2018, 3, 24), "Ghana lawmakers back US defence pact\n\nACCRA - Ghana's "
        "parliament has approved a defence cooperation agreement with the United States.\n\nThe vote on Friday "
        "followed days of protests.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("agreement", "GHA", dt.date(2018, 3, 23))]


def test_a_report_from_the_archive_is_read_as_of_the_day_it_first_ran(extractor):
    events = read(extractor, dt.date(2017, 10, 15), "From the archive, 16 October 1987: Sankara killed in coup\n\n"
        "Captain Thomas Sankara, the President of Burkina Faso, was killed on Thursday in a coup led by his "
        "second-in-command, Captain Blaise Compaore.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("coup", "BFA", dt.date(1987, 10, 15))]


def test_officers_who_say_they_have_taken_control_in_a_threads_lead_took_it_that_day(extractor):
    events = read(extractor, dt.date(2025, 11, 26), "Thread: what we know\n\n1/ Army officers in Guinea-Bissau "
        "say they have taken \"total control\" of the country, a day before the results of Sunday's presidential "
        "election were due.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("coup", "GNB", dt.date(2025, 11, 26))]


def test_an_opinion_that_it_is_time_for_troops_to_leave_is_no_withdrawal(extractor):
    assert not read(extractor, dt.date(2024, 5, 20), "Opinion: It is time for French troops to leave Chad")


def test_troops_deployed_before_the_coup_are_no_news_and_a_plane_taking_off_from_a_town_left_it(extractor):
    events = read(extractor, dt.date(2023, 12, 23), "NIAMEY, 22 décembre (AFP) - The last French soldiers stationed "
        "in Niger left the country on Friday. \"The withdrawal of the French forces was completed today,\" the "
        "general staff said, adding "
        "that the final aircraft took off from Niamey in the afternoon.\n\nSome 1,500 French soldiers were deployed "
        "in Niger before the coup.")
    assert [(e.type, e.start, e.place) for e in events] == [("withdrawal", dt.date(2023, 12, 22), "Niamey")]


def test_guards_surrounding_the_palace_on_a_day_date_the_coup_there(extractor):
    events = read(extractor, dt.date(2023, 7, 27), "Niger's army backs coup leaders\n\nNIAMEY - Niger's army command "
        "said on Thursday it backed the soldiers who detained President Mohamed Bazoum.\n\nMembers of the "
        "presidential guard had surrounded the presidential palace in Niamey on the morning of the 26th of July.")
    assert [(e.type, e.start, e.place) for e in events] == [("coup", dt.date(2023, 7, 26), "Niamey")]


def test_a_crowd_gathered_demanding_on_the_outskirts_of_the_capital_protests_there(extractor):
    events = read(extractor, dt.date(2023, 8, 14), "NIAMEY - Thousands of supporters of Niger's military government "
        "gathered on Saturday near the base housing French troops on the outskirts of the capital, demanding that "
        "France withdraw its soldiers.")
    assert [(e.type, e.host_country, e.start, e.place) for e in events] == \
        [("protest", "NER", dt.date(2023, 8, 12), "Niamey")]


def test_the_final_troops_go_on_from_a_withdrawal_told_weeks_late(extractor):
    events = read(extractor, dt.date(2024, 9, 30), "WASHINGTON - The U.S. military said its forces had completed "
        "their withdrawal from Niger in mid-August. The final troops left Air Base 201 near Agadez on Aug. 5.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in events] == \
        [("withdrawal", "USA", dt.date(2024, 8, 5), "Air Base 201")]


def test_an_air_transport_base_inaugurated_is_a_base_and_one_kept_open_is_not(extractor):
    events = read(extractor, dt.date(2018, 11, 30), "BERLIN - Germany's armed forces on Thursday inaugurated an air "
        "transport base at the airport of Niger's capital Niamey.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in events] == \
        [("base", "DEU", dt.date(2018, 11, 29), "Niamey")]
    assert not read(extractor, dt.date(2024, 8, 24), "Germany had sought to keep the air transport base in Niger "
        "open but talks with the junta collapsed earlier this year.")


def test_no_plans_to_open_a_base_is_no_base(extractor):
    assert not read(extractor, dt.date(2023, 10, 6), "MOSCOW - Russia has no plans to open a military base in "
        "Burkina Faso, the Russian foreign ministry said on Thursday.")


def test_satellite_images_showing_a_new_camp_tell_a_base_built(extractor):
    events = read(extractor, dt.date(2022, 1, 14), "DAKAR - Satellite images taken this month show a new military "
        "camp next to the airport in Timbuktu, northern Mali, which officials say is used by Russian mercenaries.")
    assert ("base", "MLI", dt.date(2022, 1, 1), "month", "Timbuktu") in \
        [(e.type, e.host_country, e.start, e.date_precision, e.place) for e in events]


def test_a_factbox_tells_one_event_dated_by_its_when_line(extractor):
    events = read(extractor, dt.date(2024, 8, 10), "FACTBOX: The U.S. exit from Niger\n\nWho: U.S. Africa Command, "
        "about 1,000 troops\nWhat: withdrawal of all forces, ordered by the junta in March\nWhen: completed Aug. 5, "
        "2024\nWhere: Air Base 201 near Agadez")
    assert ("withdrawal", "NER", dt.date(2024, 8, 5), "Air Base 201") in \
        [(e.type, e.host_country, e.start, e.place) for e in events]


def test_a_withdrawal_is_not_placed_where_others_were_bound(extractor):
    events = read(extractor, dt.date(2024, 8, 15), "France's last troops left Mali two years ago today, ending a "
        "deployment that began with a dash to stop jihadists advancing on Bamako.")
    assert [(e.type, e.place) for e in events] == [("withdrawal", "Mali")]


def test_several_severs_nothing_and_a_left_wing_politician_leaves_nothing(extractor):
    events = read(extractor, dt.date(2020, 12, 22), "KIGALI - Rwanda said on Sunday it had deployed \"several "
        "hundred\" soldiers to the Central African Republic under a bilateral defence agreement.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("deployment", "CAF", dt.date(2020, 12, 20))]
    assert not read(extractor, dt.date(2024, 6, 5), "DAKAR - Senegal's prime minister questioned the French "
        "military bases, speaking beside French left-wing politician Jean-Luc Melenchon.")


def test_a_date_naming_an_election_does_not_date_the_troops_sent_for_it(extractor):
    events = read(extractor, dt.date(2020, 12, 22), "KIGALI - Rwanda said on Sunday it had deployed soldiers to the "
        "Central African Republic. The troops were sent to help secure the Dec. 27 presidential and legislative "
        "elections.")
    assert [(e.type, e.start) for e in events] == [("deployment", dt.date(2020, 12, 20))]


def test_mpoko_airport_in_bangui_is_a_site(extractor):
    events = read(extractor, dt.date(2022, 12, 20), "BANGUI - The last French soldiers in the Central African "
        "Republic left the country on Thursday. The 47 soldiers, who had been part of a logistics detachment at "
        "M'Poko airport, flew out on a military plane.")
    assert [(e.type, e.start, e.place) for e in events] == [("withdrawal", dt.date(2022, 12, 15), "M'Poko")]


def test_a_speakers_label_does_not_hide_the_event_the_sentence_goes_on_with(extractor):
    events = read(extractor, dt.date(2024, 8, 5), "Last U.S. troops leave Niger's drone base\n\nCORRESPONDENT: The "
        "handover ceremony at Air Base 201, on the edge of the desert outside Agadez, lasted less than an hour.")
    assert [(e.type, e.start, e.place) for e in events] == [("withdrawal", dt.date(2024, 8, 5), "Air Base 201")]


def test_ending_military_cooperation_revokes_the_accord_with_the_partner(extractor):
    events = read(extractor, dt.date(2024, 3, 20), "When Colonel Amadou Abdramane went on national television on "
        "Saturday night to announce that Niger was ending its military cooperation with the United States, many "
        "in Washington professed surprise.")
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start) for e in events] == [
        ("agreement", "revoked", "USA", "NER", dt.date(2024, 3, 16))]
    events = read(extractor, dt.date(2025, 1, 10), "Chad ended its military cooperation agreement with France in "
        "November.")
    assert [(e.type, e.actor_country, e.host_country) for e in events] == [("agreement", "FRA", "TCD")]


def test_a_country_withdrawing_some_of_the_soldiers_it_sent_is_their_actor(extractor):
    events = read(extractor, dt.date(2021, 8, 22), "N'DJAMENA, Aug 21 (Reuters) - Chad has withdrawn around 600 of "
        "the 1,200 soldiers it sent to the area where the borders of Mali, Niger and Burkina Faso meet, a spokesman "
        "said on Saturday. The soldiers had been based in Tera in western Niger.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("withdrawal", "TCD", "NER", dt.date(2021, 8, 21))]


def test_troops_sent_to_the_senders_own_border_are_hosted_by_no_neighbour(extractor):
    assert not read(extractor, dt.date(2022, 7, 12), "COTONOU - Benin has deployed 3,000 of its soldiers to its "
        "northern border with Burkina Faso and Niger, the army said.")


def test_a_presence_ended_on_a_named_day(extractor):
    events = read(extractor, dt.date(2023, 2, 20), "The French army officially ended on Sunday its military presence "
        "on Burkinabe soil with the lowering of the French colours at the Kamboinsin camp.")
    assert [(e.type, e.host_country, e.start, e.place) for e in events] == [
        ("withdrawal", "BFA", dt.date(2023, 2, 19), "Kamboinsin")]


def test_what_a_country_cannot_do_and_what_a_junta_once_ordered_are_no_news(extractor):
    events = read(extractor, dt.date(2022, 11, 15), "Britain will withdraw its troops from Mali, a minister told "
        "Parliament on Monday. \"The UK cannot deploy our armed forces to provide security in a country whose "
        "government is not willing to work with us,\" he said.")
    assert [(e.type, e.start) for e in events] == [("withdrawal", dt.date(2022, 11, 14))]
    events = read(extractor, dt.date(2023, 12, 5), "The junta, which ordered French troops and diplomats to leave "
        "after seizing power, has also revoked two European Union missions this week.")
    assert [(e.type, e.is_background) for e in events if e.type == "withdrawal"] == []


def test_a_coup_in_a_district_named_with_its_capital_is_placed_in_the_district(extractor):
    events = read(extractor, dt.date(2021, 9, 6), "Special forces soldiers in Guinea said on Sunday they had captured "
        "President Alpha Conde and dissolved the government and constitution, hours after heavy gunfire rang out "
        "near the presidential palace in the Kaloum district of Conakry.")
    assert [(e.type, e.start, e.place) for e in events] == [("coup", dt.date(2021, 9, 5), "Kaloum")]


def test_a_takeover_reported_on_a_day_is_not_dated_by_the_mutiny_before_it(extractor):
    events = read(extractor, dt.date(2022, 1, 25), "OUAGADOUGOU, Jan 24 (Reuters) - Burkina Faso's army said on "
        "Monday it had ousted President Roch Kabore. The announcement came a day after heavy gunfire erupted at "
        "several military camps, where mutinous soldiers demanded the sacking of army chiefs.")
    assert [(e.type, e.start) for e in events] == [("coup", dt.date(2022, 1, 24))]


def test_peacekeepers_camp_in_a_town_is_the_un_camp_not_the_national_base(extractor):
    events = read(extractor, dt.date(2023, 12, 20), "BEIJING, Dec. 20 (Xinhua) -- The last group of the Chinese "
        "peacekeeping contingent to Mali left its camp in Gao on Tuesday and flew home.")
    assert [(e.type, e.start, e.place) for e in events] == [("withdrawal", dt.date(2023, 12, 19), "Camp Castor")]
    events = read(extractor, dt.date(2022, 8, 16), "The last French soldiers left their camp in Gao on Monday.")
    assert [(e.type, e.place) for e in events] == [("withdrawal", "Gao desert platform")]


def test_allies_departing_a_summary_since_then_and_a_deals_terms_are_no_news(extractor):
    events = read(extractor, dt.date(2024, 5, 5), "Italy keeps its soldiers in Niger as Western allies depart")
    assert [(e.type, e.actor_country) for e in events] == [("deployment", "ITA")]
    assert not read(extractor, dt.date(2024, 7, 27), "Since then, Niger's military rulers have expelled French troops, "
        "ordered U.S. forces out and welcomed Russian military instructors.")
    assert not [e for e in read(extractor, dt.date(2025, 2, 13), "The deal would allow Russia to keep up to 300 troops "
        "and four warships at Port Sudan.") if e.type == "deployment"]


def test_a_neighbour_striking_rebels_in_eastern_congo_and_sending_troops_deploys(extractor):
    events = read(extractor, dt.date(2021, 12, 1), "KAMPALA - Uganda launched air and artillery strikes against "
        "Islamist rebels in eastern Congo on Tuesday and sent ground troops across the border, both countries said.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("deployment", "UGA", "COD", dt.date(2021, 11, 30))]


def test_a_coup_dismissed_as_fake_news_and_no_coup_are_no_coup(extractor):
    assert not read(extractor, dt.date(2023, 9, 6), "ABIDJAN - Ivory Coast's army dismissed as \"fake news\" on "
        "Tuesday reports circulating on social media that soldiers had attempted to seize power in Abidjan overnight. "
        "\"No coup d'etat attempt took place,\" the army said in a statement.")


def test_a_national_defence_force_serving_with_a_regional_mission_goes_home_from_its_host(extractor):
    events = read(extractor, dt.date(2024, 7, 15), "GABORONE - The last contingent of Botswana Defence Force soldiers "
        "serving with the Southern African Development Community mission in Mozambique returned home on Sunday.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("withdrawal", "BWA", "MOZ", dt.date(2024, 7, 14))]


def test_a_distances_landmark_is_not_the_place_and_a_bases_holder_is_who_handed_it_over(extractor):
    events = read(extractor, dt.date(2016, 1, 5), "The U.S. military has withdrawn its drones from a base about 450 "
        "kilometres south of Addis Ababa, officials said on Monday.")
    assert [(e.type, e.place, e.geo_precision) for e in events] == [("withdrawal", "Addis Ababa", "country")]
    events = read(extractor, dt.date(2022, 4, 22), "PARIS - The French army said on Thursday that its drone had filmed "
        "Russian mercenaries burying bodies near the Gossi military base in central Mali, which French troops handed "
        "over to the Malian army on Tuesday.")
    assert ("base", "FRA", "Gossi") in [(e.type, e.actor_country, e.place) for e in events]


def test_a_crowd_gathered_outside_a_base_to_celebrate_is_a_protest_there(extractor):
    events = read(extractor, dt.date(2024, 12, 8), "Hundreds of people gathered outside the Sergent Adji Kossei "
        "base in N'Djamena on Saturday to celebrate the coming departure of French troops, witnesses said.")
    assert ("protest", "Adji Kossei", dt.date(2024, 12, 7)) in [(e.type, e.place, e.start) for e in events]


def test_a_military_support_base_is_a_base(extractor):
    events = read(extractor, dt.date(2013, 12, 18), "DJIBOUTI - Italy on Tuesday inaugurated its first overseas "
        "military support base in Djibouti, to back its navy's anti-piracy operations off Somalia.")
    assert [(e.type, e.actor_country, e.host_country) for e in events] == [("base", "ITA", "DJI")]


def test_an_accords_partner_is_the_country_whose_troops_it_would_send(extractor):
    events = read(extractor, dt.date(2023, 4, 18), "Benin and Rwanda signed a defence cooperation agreement on "
        "Monday that could pave the way for Rwandan troops to help Benin fight jihadist militants in its north.")
    assert [(e.type, e.actor_country, e.host_country) for e in events] == [("agreement", "RWA", "BEN")]
    events = read(extractor, dt.date(2023, 4, 18), "Niger and Italy signed a defence cooperation agreement on "
        "Monday to train Nigerien troops.")
    assert "NER" not in [e.actor_country for e in events]


def test_a_host_withdrawing_from_foreign_missions_ends_a_partnership(extractor):
    events = read(extractor, dt.date(2023, 12, 5), "NIAMEY - Niger's military authorities said on Monday they were "
        "withdrawing from two European Union security and defence missions in the country. The foreign ministry "
        "said it was \"withdrawing the consent\" given to the EU Military Partnership Mission.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in events] == [
        ("agreement", "revoked", "NER", dt.date(2023, 12, 4))]
    events = read(extractor, dt.date(2023, 6, 6), "Sweden said on Monday it was withdrawing from the UN mission "
                  "in Mali.")
    assert [(e.type, e.actor_country) for e in events] == [("withdrawal", "SWE")]


def test_a_headlines_accord_ended_takes_the_leads_day_not_the_coups(extractor):
    for lead in ("Niger's military rulers have announced that they are ending the country's military agreements "
                 "with France, a week after they seized power. A spokesman said on Thursday evening the accords had "
                 "been revoked.",
                 "The military authorities of Niger, who seized power in a coup on July 26, on Thursday denounced "
                 "several military agreements with France."):
        events = read(extractor, dt.date(2023, 8, 4), "Niger junta ends military pacts with France\n\n" + lead)
        assert [(e.type, e.start) for e in events if e.type == "agreement"] == [("agreement", dt.date(2023, 8, 3))]


def test_a_missions_launch_does_not_date_its_end(extractor):
    events = read(extractor, dt.date(2023, 12, 5), "Niger revoked two agreements with the European Union on Monday. "
        "The decision ended the legal basis for the EU Military Partnership Mission, launched in February to help "
        "train Nigerien troops.")
    assert [(e.type, e.start, e.is_background) for e in events] == [("agreement", dt.date(2023, 12, 4), False)]


def test_a_departure_due_to_be_completed_restates_a_schedule(extractor):
    events = read(extractor, dt.date(2024, 7, 8), "U.S. forces completed their withdrawal from Air Base 101 in Niamey "
        "on Sunday. The departure from Air Base 201 in Agadez is due to be completed by August 5.")
    assert [(e.type, e.place) for e in events if e.type == "withdrawal"] == [("withdrawal", "Air Base 101")]


def test_a_coup_put_down_in_a_neighbour_is_the_neighbours(extractor):
    events = read(extractor, dt.date(2025, 12, 8), "ABUJA - Nigeria deployed fighter jets and ground troops into "
        "neighbouring Benin on Sunday at the request of the Beninese government, which had just put down an attempt "
        "by a group of soldiers to seize power, the Nigerian presidency said.")
    assert sorted((e.type, e.actor_country, e.host_country) for e in events) == [
        ("coup", "BEN", "BEN"), ("deployment", "NGA", "BEN")]


def test_a_vote_to_allow_a_base_approves_an_accord_and_builds_nothing_yet(extractor):
    events = read(extractor, dt.date(2017, 2, 13), "HARGEISA - Lawmakers in Somaliland, the breakaway region of "
        "Somalia, voted on Sunday to allow the United Arab Emirates to set up a military base at the port of Berbera.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in events] == [
        ("agreement", "ARE", "SOM", dt.date(2017, 2, 12), "Berbera")]


def test_a_letter_sent_is_no_deployment(extractor):
    events = read(extractor, dt.date(2022, 11, 16), "ABIDJAN - Ivory Coast will gradually withdraw its troops "
        "serving with the United Nations peacekeeping mission in Mali by August next year, according to a letter "
        "sent to the U.N. and seen by Reuters on Tuesday.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("withdrawal", "CIV", "MLI", dt.date(2022, 11, 15))]


def test_the_base_housing_troops_in_a_town_is_the_towns_base(extractor):
    events = read(extractor, dt.date(2023, 12, 23), "The last French soldiers left the base housing French troops "
        "in Niamey on Friday.")
    assert [(e.type, e.place, e.geo_precision) for e in events] == [("withdrawal", "Air Base 101", "site")]


def test_a_foreign_base_by_its_port_is_the_gazetteers_site(extractor):
    events = read(extractor, dt.date(2017, 8, 2), "BEIJING, Aug 1 (Reuters) - China formally opened its first "
        "overseas military base in Djibouti on Tuesday, state media said. The base, near the port of Doraleh, will be "
        "used for peacekeeping and humanitarian missions.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in events] == [
        ("base", "CHN", dt.date(2017, 8, 1), "PLA Support Base Djibouti")]


def test_soldiers_serving_with_anothers_operation_are_their_own_countrys(extractor):
    events = read(extractor, dt.date(2022, 8, 13), "TALLINN - The last Estonian soldiers serving with France's "
        "counter-terrorism operation Barkhane left Mali on Thursday, the Estonian Defence Forces said.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("withdrawal", "EST", "MLI", dt.date(2022, 8, 11))]


def test_a_demonstration_of_commitment_is_no_protest(extractor):
    events = read(extractor, dt.date(2020, 12, 7), "\"This deployment is a demonstration of our commitment to peace "
        "and stability in the Sahel,\" Defence Secretary Ben Wallace said of the British troops in Mali.")
    assert "protest" not in [e.type for e in events]
    events = read(extractor, dt.date(2020, 12, 7), "Hundreds demonstrated in Bamako on Saturday against the "
        "French presence.")
    assert [e.type for e in events] == ["protest"]


def test_a_coup_named_again_after_its_counted_day_keeps_that_day(extractor):
    events = read(extractor, dt.date(2022, 10, 2), "OUAGADOUGOU - Protesters set fires outside the French embassy "
        "in Ouagadougou on Saturday, a day after army officers seized power in Burkina Faso's second coup this year.")
    assert sorted((e.type, e.start) for e in events) == [
        ("coup", dt.date(2022, 9, 30)), ("protest", dt.date(2022, 10, 1))]


def test_a_base_opened_since_a_war_in_a_nation_named_after_a_comma(extractor):
    events = read(extractor, dt.date(2011, 7, 8), "DJIBOUTI - Japan on Thursday opened its first overseas military "
        "base since the end of World War Two, in the Horn of Africa nation of Djibouti, to support its navy's "
        "anti-piracy patrols.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("base", "JPN", "DJI", dt.date(2011, 7, 7))]


def test_a_coup_is_placed_at_its_takeover_not_the_camp_its_mutiny_began_at(extractor):
    events = read(extractor, dt.date(2012, 3, 23), "BAMAKO, March 22 (Reuters) - Renegade soldiers in Mali said on "
        "Thursday they had seized power, after a night of heavy gunfire around the presidential palace in Bamako.\n\n"
        "The mutiny began on Wednesday at a military camp in Kati, outside the capital.")
    assert [(e.type, e.start, e.place) for e in events] == [("coup", dt.date(2012, 3, 22), "Bamako")]


def test_a_coup_seen_in_the_streets_of_the_capital_named_after_a_comma_is_there(extractor):
    events = read(extractor, dt.date(2008, 12, 24), "CONAKRY, Dec 23 (Reuters) - A group of army officers in Guinea "
        "seized power on Tuesday, hours after the death of President Lansana Conte. Soldiers patrolled the streets of "
        "the capital, Conakry.")
    assert [(e.type, e.start, e.place) for e in events] == [("coup", dt.date(2008, 12, 23), "Conakry")]


def test_an_accord_to_use_a_regions_port_is_hosted_where_the_port_is(extractor):
    events = read(extractor, dt.date(2024, 1, 2), "ADDIS ABABA (Reuters) - Ethiopia signed a preliminary agreement on "
        "Monday with the breakaway region of Somaliland to use its port of Berbera, the two sides said.")
    assert [(e.type, e.host_country, e.start, e.place) for e in events] == [
        ("agreement", "SOM", dt.date(2024, 1, 1), "Berbera")]


def test_a_deal_that_comes_after_anothers_is_not_placed_at_the_others_region(extractor):
    events = read(extractor, dt.date(2024, 2, 9), "Turkey and Somalia signed a defence cooperation agreement in Ankara "
        "on Thursday. The deal comes weeks after Ethiopia agreed to lease a stretch of coastline from the breakaway "
        "region of Somaliland.")
    assert [(e.type, e.host_country) for e in events] == [("agreement", "SOM")]
    assert events[0].place != "Somaliland"


def test_a_base_handed_over_in_the_present_tense_is_a_base_event(extractor):
    events = read(extractor, dt.date(2025, 7, 18), "- July 17, 2025: France hands over Camp Geille in Dakar and its "
        "airport site, its last bases in Senegal.")
    assert ("base", "handed_over", dt.date(2025, 7, 17), "Ouakam") in [
        (e.type, e.subtype, e.start, e.place) for e in events]


def test_an_ago_in_a_quote_counts_from_the_day_it_was_said(extractor):
    events = read(extractor, dt.date(2025, 3, 12), "KAMPALA - Uganda has deployed special forces to Juba to secure "
        "South Sudan's capital, the Ugandan army chief said on Tuesday.\n\n\"Two days ago, our special forces entered "
        "Juba to secure it,\" General Muhoozi Kainerugaba wrote on X.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in events] == [
        ("deployment", "UGA", dt.date(2025, 3, 9), "Juba")]


def test_troops_withdrawing_from_towns_revoke_no_peace_deal(extractor):
    events = read(extractor, dt.date(2023, 1, 21), "NAIROBI (Reuters) - Eritrean troops have begun withdrawing from "
        "some towns in Ethiopia's Tigray region, residents said on Friday, in a sign of progress in implementing a "
        "peace deal signed in November.\n\nResidents of Shire said convoys of Eritrean soldiers had left the town.")
    assert "revoked" not in [e.subtype for e in events]
    assert ("withdrawal", "ERI", "ETH", dt.date(2023, 1, 20), "Shire") in [
        (e.type, e.actor_country, e.host_country, e.start, e.place) for e in events]


def test_a_force_that_had_also_been_sent_is_told_before_the_story(extractor):
    events = read(extractor, dt.date(2022, 6, 24), "The last Czech soldiers in Mali returned home on Wednesday. The "
        "Czech Republic had also sent special forces to the European Takuba task force, which ended its operations in "
        "Mali at the end of June.")
    assert [(e.type, e.start) for e in events] == [("withdrawal", dt.date(2022, 6, 22))]


def test_a_crowd_dispersed_after_the_protest_is_that_protests(extractor):
    events = read(extractor, dt.date(2025, 1, 29), "Protesters attacked several embassies in Kinshasa on Tuesday, "
        "setting fires and looting. Police fired tear gas to disperse crowds who accused Western countries of failing "
        "to stop Rwanda.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("protest", "COD", dt.date(2025, 1, 28))]


def test_gunfire_near_landmarks_in_the_dateline_city_is_the_coups_scene(extractor):
    events = read(extractor, dt.date(2025, 11, 27), "BISSAU/DAKAR (Reuters) - Army officers in Guinea-Bissau announced "
        "on Wednesday they had taken \"total control\" of the country.\n\nGunfire was heard near the electoral "
        "commission headquarters and the presidential palace in Bissau around midday, witnesses said.")
    assert [(e.type, e.host_country, e.start, e.place) for e in events] == [
        ("coup", "GNB", dt.date(2025, 11, 26), "Bissau")]


def test_a_town_introduced_as_one_late_in_the_sentence_is_the_scene(extractor):
    events = read(extractor, dt.date(2022, 7, 26), "GOMA, Democratic Republic of Congo, July 26 (Reuters) - "
        "Protesters angry at the United Nations peacekeeping mission stormed and looted two of its bases in the "
        "eastern Congolese city of Goma on Monday, authorities said.\n\nProtests spread on Tuesday to the city of "
        "Butembo.")
    assert [(e.type, e.start, e.place) for e in events] == [
        ("protest", dt.date(2022, 7, 25), "Goma"), ("protest", dt.date(2022, 7, 26), "Butembo")]


def test_what_a_handover_follows_came_before_it(extractor):
    events = read(extractor, dt.date(2025, 2, 21), "France handed over its military camp in Libreville to Gabon on "
        "Thursday. The handover follows France's departures from Mali, Burkina Faso and Niger after coups there, and "
        "its withdrawal from Chad and Senegal, whose governments asked French troops to leave.")
    assert {(e.host_country, e.is_background) for e in events if e.type == "withdrawal"} <= {
        ("GAB", False), ("TCD", True), ("SEN", True), ("MLI", True), ("BFA", True), ("NER", True)}


def test_others_also_due_to_send_troops_restate_a_schedule(extractor):
    events = read(extractor, dt.date(2022, 8, 16), "Burundian soldiers crossed into eastern Congo's South Kivu "
        "province on Monday, becoming the first contingent of a regional force, Congo's army said. Kenya, Uganda and "
        "South Sudan are also due to send troops.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("deployment", "BDI", "COD", dt.date(2022, 8, 15))]


def test_mutineers_who_arrest_the_president_place_the_takeover_not_the_mutiny(extractor):
    events = read(extractor, dt.date(2020, 8, 19), "The mutiny began on Tuesday morning at the Soundiata Keita "
        "military camp in Kati, where soldiers seized weapons.\n\nBy late afternoon, mutineers had driven into Bamako "
        "and arrested President Ibrahim Boubacar Keita at his residence, as crowds cheered them on in the streets.")
    assert [(e.type, e.start, e.place) for e in events] == [
        ("coup", dt.date(2020, 8, 18), "Bamako"), ("protest", dt.date(2020, 8, 18), "Bamako")]


def test_soldiers_deployed_in_the_dateline_city_are_the_coups_scene(extractor):
    events = read(extractor, dt.date(2019, 4, 11), "KHARTOUM (Reuters) - Sudan's defence minister said on Thursday "
        "that the army had overthrown President Omar al-Bashir.\n\nSoldiers deployed around the defence ministry and on "
        "main roads in Khartoum, while protesters who had camped outside the ministry since Saturday danced.")
    assert ("coup", dt.date(2019, 4, 11), "Khartoum") in [(e.type, e.start, e.place) for e in events]


def test_what_the_news_came_days_after_counts_from_the_news(extractor):
    events = read(extractor, dt.date(2023, 7, 31), "NIAMEY (Reuters) - Thousands of supporters of Niger's junta "
        "protested outside the French embassy in Niamey on Sunday.\n\nDemonstrators waved Russian flags.\n\nThe protest "
        "came four days after soldiers detained President Mohamed Bazoum in the presidential palace.")
    assert ("coup", dt.date(2023, 7, 26)) in [(e.type, e.start) for e in events]


def test_what_others_condemned_a_day_before_is_not_dated_by_the_condemning(extractor):
    events = read(extractor, dt.date(2021, 12, 26), "BAMAKO - Mali's government said on Friday that Russian military "
        "trainers had arrived in the country.\n\nThe statement came a day after 15 Western countries condemned what "
        "they called the deployment of Wagner mercenaries in Mali.")
    assert [(e.type, e.start) for e in events] == [("deployment", dt.date(2021, 12, 24))]


def test_an_arrival_recalled_is_dated_by_its_count_not_by_the_aim_after_it(extractor):
    events = read(extractor, dt.date(2024, 4, 13), "NIAMEY - Thousands of people marched in Niamey on Saturday to "
        "demand the departure of U.S. troops.\n\nThe demonstration came two days after Russian military instructors "
        "and equipment arrived in Niamey to reinforce the country's air defences.")
    assert ("deployment", "RUS", dt.date(2024, 4, 11)) in [(e.type, e.actor_country, e.start) for e in events]


def test_a_later_clause_tells_the_withdrawal_the_first_does_not(extractor):
    events = read(extractor, dt.date(2023, 10, 3), "A large Malian army convoy left the town of Gao on Monday heading "
        "north, as the U.N. peacekeeping mission MINUSMA brought forward its departure from a nearby camp.\n\n"
        "Peacekeepers of the mission left their camp in Tessalit on Sunday.")
    assert [(e.type, e.actor, e.host_country, e.start, e.place) for e in events] == [
        ("withdrawal", "MINUSMA (UN mission)", "MLI", dt.date(2023, 10, 1), "Tessalit")]


def test_a_forward_operating_base_being_built_is_a_base(extractor):
    events = read(extractor, dt.date(2014, 10, 25), "PARIS - French troops have begun building a forward operating "
        "base at Madama, in the far north of Niger near the border with Libya, the French army said on Friday.")
    assert [(e.type, e.subtype, e.actor_country, e.host_country, e.start, e.place) for e in events] == [
        ("base", "established", "FRA", "NER", dt.date(2014, 10, 24), "Madama")]


def test_the_base_in_a_town_told_next_places_the_handover_in_a_province(extractor):
    events = read(extractor, dt.date(2024, 6, 26), "The United Nations peacekeeping mission in Congo handed over its "
        "last base in South Kivu province to Congolese authorities on Tuesday.\n\nThe base in Bukavu, the provincial "
        "capital, was the last of 14 that the mission, known as MONUSCO, had operated in the province.")
    assert {(e.type, e.place) for e in events} == {("base", "Bukavu"), ("withdrawal", "Bukavu")}


def test_the_other_of_two_countries_signing_is_the_hosts_partner(extractor):
    events = read(extractor, dt.date(2021, 11, 25), "RABAT (Reuters) - Israel and Morocco signed a memorandum of "
        "understanding on defence cooperation on Wednesday during a visit to Rabat by Israel's defence minister.")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("agreement", "ISR", "MAR", dt.date(2021, 11, 24))]


def test_an_accord_that_had_allowed_troops_there_tells_no_presence(extractor):
    events = read(extractor, dt.date(2023, 1, 24), "OUAGADOUGOU (AFP) - Burkina Faso's military government on Monday "
        "confirmed that it had asked France to withdraw its troops within a month, saying it was ending an agreement "
        "that had allowed them to be stationed there.")
    assert "deployment" not in [e.type for e in events]


def test_troops_fanning_out_across_a_capital_are_deployed_there(extractor):
    events = read(extractor, dt.date(2013, 12, 7), "BANGUI (Reuters) - French troops fanned out across the Central "
        "African Republic's capital Bangui on Friday, hours after President Francois Hollande announced an operation.")
    assert [(e.type, e.actor_country, e.host_country, e.start, e.place) for e in events] == [
        ("deployment", "FRA", "CAF", dt.date(2013, 12, 6), "Bangui")]


def test_a_withdrawal_considered_is_no_withdrawal(extractor):
    events = read(extractor, dt.date(2022, 8, 13), "BERLIN - Germany is considering withdrawing its troops from the "
        "United Nations peacekeeping mission in Mali, Defence Minister Christine Lambrecht said on Friday.")
    assert events == []


def test_rebels_seizing_a_countrys_capital_take_power_but_not_a_provinces(extractor):
    events = read(extractor, dt.date(2003, 3, 16), "BANGUI, March 16 (Reuters) - Rebels loyal to former army chief "
        "Francois Bozize seized the Central African Republic's capital Bangui on Saturday, forcing President Patasse "
        "to seek refuge abroad.")
    assert [(e.type, e.host_country, e.start, e.place) for e in events] == [
        ("coup", "CAF", dt.date(2003, 3, 15), "Bangui")]
    events = read(extractor, dt.date(2025, 1, 28), "M23 rebels seized the provincial capital Goma on Monday.", "b")
    assert "coup" not in [e.type for e in events]


def test_troops_leaving_much_of_the_continent_leave_no_one_country(extractor):
    events = read(extractor, dt.date(2024, 7, 25), "France and Djibouti signed a renewed defence treaty in Paris on "
        "Wednesday, securing the future of France's largest military base in Africa as its troops leave much of the "
        "continent.")
    assert "withdrawal" not in [e.type for e in events]


def test_the_base_told_again_is_the_site_named_by_its_town_before(extractor):
    events = read(extractor, dt.date(2024, 9, 16), "NIAMEY - For a decade, the sprawling drone base outside Agadez was "
        "the sign of Washington's bet on Niger. Built at a cost of $100 million, Air Base 201 let U.S. drones watch the "
        "region.\n\nThat era ended on Monday. The last U.S. military personnel left the base and flew out of the "
        "country, the Pentagon said.")
    assert [(e.type, e.actor_country, e.start, e.place) for e in events] == [
        ("withdrawal", "USA", dt.date(2024, 9, 16), "Air Base 201")]


def test_a_letter_sent_by_an_air_force_chief_sends_no_force(extractor):
    events = read(extractor, dt.date(2024, 4, 26), "Chad's air force chief sent a letter this month asking the U.S. "
        "to halt activities at the base.")
    assert "deployment" not in [e.type for e in events]


def test_troops_launching_an_offensive_across_a_border_are_deployed(extractor):
    events = read(extractor, dt.date(2015, 3, 9), "NIAMEY, March 9 (Reuters) - Troops from Niger and Chad launched a "
        "ground and air offensive against Boko Haram militants in northeast Nigeria on Sunday, military sources said.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("deployment", "NGA", dt.date(2015, 3, 8))]


def test_a_base_a_power_presses_to_be_let_build_is_not_built(extractor):
    events = read(extractor, dt.date(2021, 12, 6), "Chinese officials have been pressing Equatorial Guinea to let them "
        "build a naval base on its Atlantic coast, probably at the port of Bata, U.S. officials said on Sunday.")
    assert "base" not in [e.type for e in events]


def test_protests_a_mission_has_faced_are_no_protest_of_the_day(extractor):
    events = read(extractor, dt.date(2023, 9, 21), "MONUSCO has faced violent protests in eastern Congo, where "
        "residents accuse it of failing to protect them.")
    assert events == []


def test_troops_given_until_a_day_to_withdraw_are_ordered_out(extractor):
    events = read(extractor, dt.date(2024, 12, 21), "N'DJAMENA - Chad has given France until January 31 to withdraw "
        "all its troops from the country, the government said in a statement on Friday.")
    assert ("withdrawal", "ordered", "FRA", "TCD", dt.date(2024, 12, 20)) in [
        (e.type, e.subtype, e.actor_country, e.host_country, e.start) for e in events]


def test_a_march_postponed_or_a_plot_convicted_is_no_event_of_the_day(extractor):
    events = read(extractor, dt.date(2023, 6, 2), "Senegal's main opposition coalition said on Thursday it had "
        "postponed a march that had been planned for Friday in Dakar, after the authorities banned it.")
    assert events == []
    events = read(extractor, dt.date(2022, 4, 5), "A military court has sentenced eight soldiers to prison, lawyers "
        "said on Monday. The soldiers were convicted of plotting against the state.", "b")
    assert all(e.is_background for e in events)


def test_a_country_that_is_no_blocs_member_is_not_the_blocs_force(extractor):
    events = read(extractor, dt.date(2021, 8, 10), "Botswana's soldiers arrived in Mozambique's Cabo Delgado province "
        "in July, its army said on Monday. Rwanda, which is not a SADC member, sent 1,000 soldiers and police officers "
        "to the province in July under a bilateral deal.")
    assert "RWA" not in [e.host_country for e in events]


def test_a_power_that_refused_to_withdraw_did_not_withdraw(extractor):
    events = read(extractor, dt.date(2023, 8, 12), "Thousands rallied in Niamey on Friday. The military government has "
        "revoked military agreements with France, which has refused to withdraw its troops.")
    assert "withdrawal" not in [e.type for e in events]


def test_the_attack_a_foiled_plot_had_planned_is_no_coup_and_dates_none(extractor):
    events = read(extractor, dt.date(2025, 4, 22), "OUAGADOUGOU - Burkina Faso's military government said on Monday "
        "it had foiled a \"major plot\" to seize power.\n\nThe minister said the plotters, some of them based in "
        "neighbouring Ivory Coast, had planned to attack the presidency on April 16.")
    assert [(e.type, e.subtype, e.host_country, e.start) for e in events] == [
        ("coup", "failed", "BFA", dt.date(2025, 4, 21))]


def test_a_crowd_recalled_after_a_curfew_is_dated_by_its_own_verb(extractor):
    events = read(extractor, dt.date(2025, 9, 26), "Authorities imposed a dusk-to-dawn curfew in Madagascar's capital "
        "Antananarivo on Friday after thousands of mostly young protesters took to the streets on Thursday to denounce "
        "chronic water and electricity shortages.")
    assert [(e.type, e.start, e.place) for e in events] == [("protest", dt.date(2025, 9, 25), "Antananarivo")]


def test_a_tally_over_recent_years_has_no_day_and_a_handover_that_began_a_withdrawal_starts_it(extractor):
    events = read(extractor, dt.date(2025, 7, 17), "France has in recent years been forced to pull troops out of "
        "Mali, Burkina Faso and Niger, and left Chad in January. Russia's Africa Corps has deployed to Mali, "
        "Burkina Faso and Niger, where it replaced Western forces.")
    assert [e for e in events if e.host_country in ("MLI", "BFA", "NER")] == []
    events = read(extractor, dt.date(2025, 7, 17), "France handed over its last bases in Senegal on Thursday. The "
        "French withdrawal began in March with the handover of several facilities in the capital.", "b")
    assert ("withdrawal", "started", dt.date(2025, 3, 1)) in [(e.type, e.subtype, e.start) for e in events]


def test_the_same_day_counts_from_the_news_before_and_a_consents_year_dates_no_revoking(extractor):
    events = read(extractor, dt.date(2023, 12, 5), "NIAMEY - Niger's military government said on Monday it had revoked "
        "two security and defence agreements with the European Union. The foreign ministry said it had withdrawn the "
        "consent it gave in 2012 for the EUCAP Sahel Niger mission and that the EU military partnership mission would "
        "be terminated. The move came on the same day that the junta received Russia's deputy defence minister in "
        "Niamey, where the two sides agreed to strengthen military cooperation.")
    assert sorted((e.type, e.subtype, e.start) for e in events) == [
        ("agreement", "revoked", dt.date(2023, 12, 4)), ("agreement", "signed", dt.date(2023, 12, 4))]


def test_a_date_after_a_closed_relative_clause_is_not_its_verbs(extractor):
    events = read(extractor, dt.date(2023, 11, 28), "Hungary's parliament approved on Tuesday a plan to send up to 200 "
        "soldiers to Chad. Chad's interim President Mahamat Idriss Deby, who took power after his father's death in "
        "2021, visited Budapest in September.")
    assert ("coup", dt.date(2023, 9, 1)) not in [(e.type, e.start) for e in events]


def test_a_pact_signed_in_the_datelines_city_is_placed_there(extractor):
    events = read(extractor, dt.date(2023, 9, 17), "BAMAKO, Sept 17 (Reuters) - The military rulers of Mali, Niger and "
        "Burkina Faso signed a mutual defence pact on Saturday. The charter establishing the \"Alliance of Sahel "
        "States\" was signed in Bamako by Mali's junta leader Colonel Assimi Goita.")
    assert [(e.type, e.start, e.place) for e in events] == [("agreement", dt.date(2023, 9, 16), "Bamako")]


def test_a_blocs_convoy_leaving_a_city_for_home_leaves_the_citys_country(extractor):
    events = read(extractor, dt.date(2025, 4, 30), "GOMA, Democratic Republic of Congo, April 30 (Reuters) - A first "
        "convoy of Southern African soldiers left the M23-held city of Goma on Tuesday, crossing into Rwanda on their "
        "way home. About a dozen trucks carrying South African, Tanzanian and Malawian soldiers crossed the border at "
        "Gisenyi, a Reuters witness said.")
    assert ("withdrawal", "COD", dt.date(2025, 4, 29), "Goma") in [
        (e.type, e.host_country, e.start, e.place) for e in events]
    assert {(e.actor_country, e.host_country) for e in events} <= {(None, "COD"), ("ZAF", "COD")}


def test_a_plan_recalled_or_refused_is_no_deed(extractor):
    events = read(extractor, dt.date(2024, 8, 31), "The last German soldiers left Niger on Friday. Talks on keeping "
        "the base, which had served as a hub for the withdrawal from Mali, collapsed in July when Niger declined to "
        "extend an agreement allowing the German presence beyond August 31.")
    assert ("withdrawal", "MLI") not in [(e.type, e.host_country) for e in events]
    assert ("agreement", "signed") not in [(e.type, e.subtype) for e in events]
    events = read(extractor, dt.date(2025, 1, 1), "ABIDJAN - Ivory Coast President Alassane Ouattara announced on "
        "Tuesday that French troops would withdraw from the country this month, handing over their main base near "
        "Abidjan to the Ivorian army.", "b")
    assert [(e.type, e.subtype) for e in events] == [("withdrawal", "announced")]


def test_a_coup_leader_is_no_coup_and_a_coup_joined_to_a_recalled_one_is_recalled(extractor):
    events = read(extractor, dt.date(2025, 5, 3), "Several hundred people gathered in Bamako on Saturday to protest. A "
        "national consultation last month recommended naming coup leader Gen Assimi Goita president.")
    assert [e.type for e in events] == ["protest"]
    events = read(extractor, dt.date(2023, 8, 31), "Gabon coup: soldiers parade leader\n\n31 August 2023\n\nGabon's "
        "new leader was carried through the streets of Libreville on Wednesday by jubilant soldiers, hours after the "
        "army seized power and placed President Ali Bongo under house arrest.", "b")
    assert [(e.type, e.start) for e in events] == [("coup", dt.date(2023, 8, 30))]


def test_an_ago_quoted_counts_from_the_day_the_same_sentence_says_it_was_written(extractor):
    events = read(extractor, dt.date(2025, 3, 12), "KAMPALA - Uganda has deployed special forces to South Sudan's "
        "capital Juba, the army chief said. \"Two days ago, our special forces entered Juba to secure it,\" General "
        "Muhoozi Kainerugaba wrote on X on Tuesday.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("deployment", "SSD", dt.date(2025, 3, 9))]


def test_a_text_signed_in_the_datelines_city_and_a_mission_a_power_ends(extractor):
    events = read(extractor, dt.date(2024, 7, 7), "NIAMEY, July 7 (Reuters) - The military leaders of Niger, Mali and "
        "Burkina Faso signed a treaty on Saturday creating a confederation. The three leaders signed the text in "
        "Niamey, where they also agreed to set up a joint investment bank.")
    assert ("agreement", "Niamey") in [(e.type, e.place) for e in events]
    events = read(extractor, dt.date(2025, 1, 31), "Feb 2023 - France ends its special forces mission in Burkina Faso, "
        "a month after the junta asked it to leave.", "b")
    assert [(e.type, e.actor_country, e.host_country, e.start) for e in events] == [
        ("withdrawal", "FRA", "BFA", dt.date(2023, 2, 1))]


def test_a_protests_grievance_is_not_its_place_and_a_camp_pulled_out_of_is_left(extractor):
    events = read(extractor, dt.date(2025, 1, 28), "Protesters attack embassies in Congo's capital over Goma fall\n\n"
        "Police fired tear gas to disperse crowds in the capital on Tuesday.")
    assert "Goma" not in [e.place for e in events] and [e.type for e in events] == ["protest"]
    events = read(extractor, dt.date(2023, 8, 14), "United Nations peacekeepers pulled out of their camp at Ber in "
        "northern Mali on Sunday, the mission said.", "b")
    assert [(e.type, e.subtype, e.place) for e in events] == [("withdrawal", "completed", "Ber")]


def test_a_blocs_stabilisation_force_arrives_and_the_plane_carrying_its_troops_is_its_arrival(extractor):
    events = read(extractor, dt.date(2022, 6, 19), "BISSAU (AFP) — The first soldiers of a West African stabilisation "
        "force arrived in Guinea-Bissau on Saturday, four months after gunmen attacked the government palace in what "
        "President Umaro Sissoco Embalo called a failed coup.\n\nA plane carrying about 100 Nigerian troops landed at "
        "Bissau's airport, a Nigerien officer told AFP.")
    got = [(e.type, e.host_country, e.start, e.place, e.is_background) for e in events]
    assert ("deployment", "GNB", dt.date(2022, 6, 18), "Bissau", False) in got
    assert [g for g in got if g[0] == "coup"] == [("coup", "GNB", dt.date(2022, 2, 1), "Guinea-Bissau", True)]
    assert len(got) == 2


def test_a_coup_before_a_capital_moved_is_not_placed_at_the_new_one(extractor):
    events = read(extractor, dt.date(2015, 5, 14), "A Burundian general announced on Wednesday that President Pierre "
        "Nkurunziza had been dismissed, but the presidency said the coup attempt had failed.")
    assert [(e.type, e.start) for e in events] == [("coup", dt.date(2015, 5, 13))]
    assert events[0].place != "Gitega"


def test_bases_that_must_close_are_an_order_to_leave_and_a_base_close_to_another_is_not(extractor):
    events = read(extractor, dt.date(2024, 11, 29), "Senegal's president, Bassirou Diomaye Faye, said on Thursday "
        "French military bases would soon have to close, hours after Chad ended its defence pact with Paris.")
    assert sorted((e.type, e.host_country, e.start) for e in events) == [
        ("agreement", "TCD", dt.date(2024, 11, 28)), ("withdrawal", "SEN", dt.date(2024, 11, 28))]
    events = read(extractor, dt.date(2017, 8, 2), "China opened its first overseas military base in Djibouti on "
        "Tuesday. The base is close to Camp Lemonnier, the only permanent U.S. military base in Africa.", "b")
    assert [e.type for e in events] == ["base"]


def test_the_early_withdrawal_is_the_one_told_and_leaving_a_home_city_sets_out(extractor):
    events = read(extractor, dt.date(2022, 12, 8), "The last British soldiers serving with the U.N. mission in Mali "
        "flew out of Gao on Wednesday. Minister James Heappey announced the early withdrawal in November, saying "
        "the Malian government's partnership with the Wagner Group was counter-productive.")
    assert {e.actor_country for e in events} == {"GBR"}
    events = read(extractor, dt.date(2017, 8, 2), "China formally opened its first overseas military base in Djibouti "
        "on Tuesday. Personnel for the base left the southern city of Zhanjiang in July aboard two navy ships.", "b")
    assert "withdrawal" not in [e.type for e in events]


def test_a_lead_dated_only_by_its_dateline_takes_the_day_the_next_sentence_reports(extractor):
    events = read(extractor, dt.date(2024, 3, 17), "NIAMEY, March 17 (Reuters) - Niger's ruling junta has ended, with "
        "immediate effect, a military agreement that allowed U.S. military personnel to operate in the country, a "
        "government spokesman said.\n\nColonel Amadou Abdramane said on national television late on Saturday that the "
        "2012 deal had been \"imposed\" on Niger.")
    assert [(e.type, e.subtype, e.start) for e in events] == [("agreement", "revoked", dt.date(2024, 3, 16))]


def test_a_final_contingent_goes_on_with_the_force_told(extractor):
    events = read(extractor, dt.date(2023, 12, 23), "PARIS (AFP) — The last French soldiers deployed in Niger left the "
        "country on Friday, the French army general staff said.\n\nA final contingent flew out of Niamey aboard an "
        "Airbus A400M, a spokesman said.")
    assert [(e.type, e.start, e.place) for e in events] == [("withdrawal", dt.date(2023, 12, 22), "Niamey")]


def test_troops_that_transferred_a_base_to_the_hosts_army_withdrew(extractor):
    events = read(extractor, dt.date(2024, 7, 8), "French troops transferred the Faya base to the Chadian army on "
        "Thursday.")
    assert [(e.type, e.host_country, e.start) for e in events] == [("withdrawal", "TCD", dt.date(2024, 7, 4))]
