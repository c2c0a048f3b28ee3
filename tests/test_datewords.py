"""Whose date is it: which trigger a date in a sentence dates, and when it dates none."""

import datetime as dt

from sahelmap.dates import find_dates
from sahelmap.datewords import date_owner, dates_event

PUB = dt.date(2024, 7, 8)


def test_a_date_belongs_to_the_trigger_before_it_or_to_the_report():
    s = "The rally was the largest since the military seized power on July 26."
    rally, seized = s.index("rally"), s.index("seized")
    (d,) = find_dates(s, PUB)
    assert date_owner(d, s, [rally, seized]) == seized
    s = "Russian instructors arrived in Niger, state television said on Thursday, after expelling French forces."
    (d,) = find_dates(s, PUB)
    assert date_owner(d, s, [s.index("arrived"), s.index("expelling")]) == s.index("arrived")


def test_an_ended_accord_is_not_dated_by_its_signing():
    s = "The junta revoked a 2012 military accord with the United States."
    (d,) = find_dates(s, PUB)
    assert dates_event(d, s, "agreement", "signed") and not dates_event(d, s, "agreement", "revoked")
    s = "The government has denounced, this Wednesday 1 March 2023, the agreement of 24 April 1961 with France."
    told, signed = find_dates(s, PUB)[-2:]
    assert dates_event(told, s, "agreement", "revoked") and not dates_event(signed, s, "agreement", "revoked")
    s = "The junta has revoked the 2012 status-of-forces agreement with the United States."
    (d,) = find_dates(s, PUB)
    assert not dates_event(d, s, "agreement", "revoked")
    s = "The accords, some dating back to 1977, were terminated."
    (d,) = find_dates(s, PUB)
    assert not dates_event(d, s, "agreement", "revoked")


def test_a_date_qualifying_a_noun_or_in_another_clause():
    s = "Soldiers detained the two men on Monday and took them to Kati, hours after officers who led the August coup left."
    left, coup = s.index("left"), s.index("coup")
    august = next(d for d in find_dates(s, PUB) if d.text == "August")
    assert date_owner(august, s, [coup, left]) == coup
    s = "The junta revoked the accord, after a U.S. delegation visited Niamey this week."
    (d,) = find_dates(s, PUB)
    assert date_owner(d, s, [s.index("revoked")]) == s.index("revoked")  # no other trigger to take it
    s = "Jets struck near Konna, which the rebels seized on Thursday, and soldiers were flown into Bamako."
    (d,) = find_dates(s, PUB)
    assert date_owner(d, s, [s.index("flown")]) == -1  # the relative clause's own day
    s = "Deby died on Tuesday, a day after he won a sixth term, and a military council took power."
    d = next(d for d in find_dates(s, PUB) if d.offset)
    assert date_owner(d, s, [s.index("took power")]) == -1  # "a day after" counts to his win, not the council's
    s = "Trainers began leaving Chad, where 100 troops are stationed, after the air chief demanded it on Thursday."
    (d,) = find_dates(s, PUB)
    assert date_owner(d, s, [s.index("leaving"), s.index("stationed"), s.index("demanded")]) == s.index("demanded")


def test_days_before_something_date_that_thing():
    s = "Gunfire erupted in what the government said on Wednesday was an attempted coup, two days before the inauguration."
    offset = next(d for d in find_dates(s, PUB) if d.offset)
    assert date_owner(offset, s, [s.index("coup")]) == -1
    s = "He resigned on Wednesday, two days after soldiers arrested him."
    offset = next(d for d in find_dates(s, PUB) if d.offset)
    assert date_owner(offset, s, [s.index("resigned"), s.index("arrested")]) == s.index("arrested")


def test_the_day_plotters_planned_dates_no_foiled_coup():
    s = "The minister said the authorities had foiled a plot by soldiers who planned to attack the presidency on April 16."
    (d,) = [d for d in find_dates(s, PUB) if d.text.endswith("16")]
    assert not dates_event(d, s, "coup", "failed")
    assert dates_event(d, "Soldiers attacked the presidency on April 16.", "coup", "failed")


def test_hours_before_or_after_date_what_comes_next():
    s = "Paris said on Tuesday it would evacuate citizens, 48 hours after protesters tried to storm the embassy."
    told, hours = find_dates(s, PUB)
    assert date_owner(hours, s, [s.index("evacuate"), s.index("protesters")]) == s.index("protesters")
