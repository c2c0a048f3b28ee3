import datetime as dt

from sahelmap.articles import Article
from sahelmap.places import PlaceFinder
from sahelmap.story import as_of_dateline, lead_index, recalled, section_days


def test_the_lead_is_the_first_full_sentence_that_tells_news():
    art = Article(id="a", body="Gabon officers say they have seized power\n\nBy Staff\n\n"
                  "The military rulers say the presence of foreign troops is illegal and unwelcome.\n\n"
                  "Army officers in Gabon said they had taken power in the early hours of Wednesday.")
    assert lead_index(art, art.sentences()) == 3
    plain = Article(id="b", body="A quiet day in the capital, where nothing at all happened to anyone.")
    assert lead_index(plain, plain.sentences()) == 0


def test_a_republished_wire_story_takes_its_datelines_date():
    finder = PlaceFinder()
    art = Article(id="a", date=dt.date(2024, 1, 24), body="MOSCOW, Jan 16 - Russia and Niger agreed to cooperate.")
    assert as_of_dateline(art, finder.find(art)).date == dt.date(2024, 1, 16)
    old = Article(id="b", date=dt.date(2024, 6, 24), body="MOSCOW, Jan 16 - Russia and Niger agreed to cooperate.")
    assert as_of_dateline(old, finder.find(old)).date == dt.date(2024, 6, 24)  # too far back: another story


def test_what_a_sentence_recalls():
    s = "The coup follows a mutiny on Sunday; the junta took power after ousting the government."
    assert recalled(s) == [s.index("mutiny")]


def test_a_sentence_that_goes_on_with_the_one_before():
    import re

    from sahelmap.story import anaphora, continues

    s = "The deployment, which began in late August, follows a mine's nationalisation."
    trig = re.search("deployment", s)
    assert anaphora(s, trig) and continues(s, trig, "deployment")
    s = "A plane carrying the instructors landed in Niamey."
    assert continues(s, re.search("landed", s), "deployment") and not anaphora(s, re.search("landed", s))
    s = "About 100 servicemen landed in Ouagadougou and a further 200 are expected."
    assert continues(s, re.search("landed", s), "deployment")
    s = "Turkey sent drones to Niger."
    assert not continues(s, re.search("sent", s), "deployment")


def test_date_only_headings_date_the_entries_below_them():
    art = Article(id="a", date=dt.date(2021, 9, 6), body="Live updates\nMonday, September 6\nECOWAS condemns "
                  "the coup.\nSunday, September 5\nGunfire near the palace on Sunday, September 5, residents said.\n")
    days = section_days(art, art.sentences())
    assert days == [None, dt.date(2021, 9, 6), dt.date(2021, 9, 6), dt.date(2021, 9, 5), dt.date(2021, 9, 5)]


def test_clock_stamped_entries_are_the_publication_days():
    art = Article(id="a", date=dt.date(2023, 11, 26), body="LIVE: Gunfire in the capital\n\n06:40 GMT - Residents "
                  "report gunfire.\n\n14:45 GMT - Police say 13 soldiers were killed. The government called it a "
                  "coup attempt.\n")
    assert section_days(art, art.sentences()) == [None] + [dt.date(2023, 11, 26)] * 3


def test_a_statement_signed_at_its_foot_is_of_that_day():
    art = Article(id="a", date=dt.date(2024, 11, 29), body="Chad ends defence cooperation\n\nThe Government informs "
                  "the public of its decision to end the agreement.\n\nN'Djamena, 28 November 2024\n\nEditor's note: "
                  "France has 1,000 troops in Chad.\n")
    assert set(section_days(art, art.sentences())) == {dt.date(2024, 11, 28)}


def test_entries_stamped_with_a_bare_clock_time_are_the_publication_days():
    art = Article(id="a", date=dt.date(2023, 7, 26), body="LIVE: Niger president held by guards\n\n08:40 Reports "
                  "are coming in of unusual movements around the palace.\n\n23:05 Soldiers appear on television.\n")
    assert section_days(art, art.sentences()) == [None] + [dt.date(2023, 7, 26)] * 2
