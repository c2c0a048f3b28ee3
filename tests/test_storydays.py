import datetime as dt

from sahelmap.articles import Article
from sahelmap.places import PlaceFinder
from sahelmap.storydays import as_of_dateline, section_days


def test_a_republished_wire_story_takes_its_datelines_date():
    finder = PlaceFinder()
    art = Article(id="a", date=dt.date(2024, 1, 24), body="MOSCOW, Jan 16 - Russia and Niger agreed to cooperate.")
    assert as_of_dateline(art, finder.find(art)).date == dt.date(2024, 1, 16)
    old = Article(id="b", date=dt.date(2024, 6, 24), body="MOSCOW, Jan 16 - Russia and Niger agreed to cooperate.")
    assert as_of_dateline(old, finder.find(old)).date == dt.date(2024, 6, 24)  # too far back: another story


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
