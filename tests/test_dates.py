import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sahelmap.dates import find_dates

PUB = dt.date(2024, 4, 22)  # a Monday


def resolved(text, pub=PUB):
    return [(d.text, d.day.isoformat(), d.precision) for d in find_dates(text, pub)]


def test_weekdays_look_back_from_publication():
    assert resolved("Campbell told Zeine on Friday") == [("on Friday", "2024-04-19", "day")]
    assert resolved("the Pentagon said Monday") == [("Monday", "2024-04-22", "day")]


def test_until_a_day_a_stay_ended_is_past_and_no_deadline():
    stayed = find_dates("A small team remained to coordinate the departure until Sunday.", PUB)
    ahead = find_dates("The troops will stay until Sunday.", PUB)
    assert [(d.day.isoformat(), d.is_deadline) for d in stayed] == [("2024-04-21", False)]
    assert [(d.day.isoformat(), d.is_deadline) for d in ahead] == [("2024-04-28", True)]


def test_relative_months_and_years():
    assert resolved("revoked a deal last month") == [("last month", "2024-03-01", "month")]
    assert resolved("Earlier this month, officers arrived") == [("Earlier this month", "2024-04-01", "month")]
    assert resolved("a coup last year") == [("last year", "2023-01-01", "year")]


def test_last_weekend_is_its_saturday():
    assert resolved("tore up its accord last weekend", dt.date(2024, 3, 20)) == [
        ("last weekend", "2024-03-16", "day")]
    assert resolved("troops left over the weekend", dt.date(2024, 3, 17)) == [
        ("over the weekend", "2024-03-16", "day")]


def test_hours_after_is_the_day_named_before_it_and_nothing_alone():
    assert resolved("was carried through Libreville on Wednesday, hours after the army seized power",
                    dt.date(2023, 8, 31)) == [("on Wednesday", "2023-08-30", "day"), ("hours after", "2023-08-30", "day")]
    assert resolved("Keita resigned, hours after soldiers detained him") == []
    assert resolved("left on Monday and landed in Paris the same day", dt.date(2023, 12, 5)) == [
        ("on Monday", "2023-12-04", "day"), ("the same day", "2023-12-04", "day")]


def test_named_months_resolve_to_the_latest_past_one():
    assert resolved("signed an agreement in January") == [("in January", "2024-01-01", "month")]
    assert resolved("said on August 7") == [("on August 7", "2023-08-07", "day")]


def test_a_day_just_ahead_is_this_years():
    (d,) = find_dates("asks the mission to start withdrawing on July 1", dt.date(2023, 6, 30))
    assert d.day == dt.date(2023, 7, 1)
    (d,) = find_dates("the junta said on August 7", dt.date(2023, 6, 30))
    assert d.day == dt.date(2022, 8, 7)


def test_explicit_dates_and_deadlines():
    assert resolved("after a July 2023 coup") == [("July 2023", "2023-07-01", "month")]
    out = find_dates("withdraw by September 15th", dt.date(2024, 5, 20))
    assert [(d.day.isoformat(), d.is_deadline) for d in out] == [("2024-09-15", True)]
    assert resolved("Since 2018, the base") == [("Since 2018", "2018-01-01", "year")]


def test_numbers_and_the_modal_may_are_not_dates():
    assert resolved("over 1,000 troops, a $100 million base") == []
    assert resolved("troops may leave soon") == []
    assert resolved("two Mirage 2000 jets left") == []  # a model number
    assert resolved("a coup in July last year", dt.date(2024, 8, 6)) == [("in July last year", "2023-07-01", "month")]
    assert resolved("to leave by the end of January", dt.date(2024, 12, 14)) == \
        [("by the end of January", "2025-01-01", "month")]
    assert [day for _, day, _ in resolved("In 2019, troops left; Operation Barkhane ended in 2022")] == \
        ["2019-01-01", "2022-01-01"]


@given(st.text(max_size=200), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_any_text_gives_spans_that_quote_it(text, pub):
    for d in find_dates(text, pub):
        assert text[d.start:d.end] == d.text and d.precision in ("day", "week", "month", "year")


def test_days_counted_from_the_date_before_them():
    pub = dt.date(2021, 5, 26)  # a Wednesday
    assert resolved("resigned on Wednesday, two days after soldiers arrested them", pub)[1] == \
        ("two days after", "2021-05-24", "day")
    assert resolved("said on Wednesday it had foiled a coup attempt the day before", pub)[1] == \
        ("the day before", "2021-05-25", "day")
    assert resolved("The troops left three days ago", pub) == [("three days ago", "2021-05-23", "day")]
    assert find_dates("arrived on Monday and left a day later", pub)[1].offset
    assert not find_dates("on Monday", pub)[0].offset
    assert resolved("arrived on Saturday, four months after gunmen attacked", dt.date(2022, 6, 19))[1] == \
        ("four months after", "2022-02-01", "month")
    assert resolved("left on Saturday, a month after the junta asked", dt.date(2022, 6, 19)) == [
        ("on Saturday", "2022-06-18", "day")]  # "a month" is only roughly one: no month of its own
    assert resolved("ended in October 2016, nearly three years after it began", pub)[1] == \
        ("three years after", "2013-01-01", "year")


def test_a_named_deadline_looks_ahead():
    (d,) = find_dates("will leave by the Sept. 15 deadline agreed", dt.date(2024, 7, 8))
    assert (d.day.isoformat(), d.is_deadline) == ("2024-09-15", True)


def test_numeric_dates_read_day_first_unless_they_cannot_be():
    assert resolved("Issued on: 22/12/2023 - 18:05") == [("22/12/2023", "2023-12-22", "day")]
    assert resolved("Updated 12/25/2023") == [("12/25/2023", "2023-12-25", "day")]
    assert resolved("advisers arrived since the start of the year") == [("the start of the year", "2024-01-01", "month")]


def test_a_weekday_in_the_future_tense_looks_ahead():
    pub = dt.date(2023, 9, 1)  # a Friday
    assert resolved("He will be sworn in on Monday, the junta said", pub) == [("on Monday", "2023-09-04", "day")]
    assert resolved("The junta said on Monday it will hold talks", pub) == [("on Monday", "2023-08-28", "day")]


def test_the_end_or_start_of_a_year_is_its_month():
    assert resolved("drawing down since the end of 2021") == [("since the end of 2021", "2021-12-01", "month")]
    assert resolved("at the start of 2022") == [("at the start of 2022", "2022-01-01", "month")]
    (d,) = find_dates("to leave by the end of 2025", PUB)
    assert d.is_deadline and d.precision == "month"


def test_last_month_name_is_last_years_and_no_later_than_looks_ahead():
    pub = dt.date(2024, 8, 9)
    assert [(d.day.isoformat(), d.precision) for d in find_dates("seized power last July", pub)] == [("2023-07-01", "month")]
    (d,) = find_dates("complete the withdrawal no later than September 15", pub)
    assert (d.day.isoformat(), d.is_deadline) == ("2024-09-15", True)


def test_by_end_of_a_month_is_a_deadline_ahead():
    (d,) = find_dates("Germany to pull troops out of Niger by end of August", dt.date(2024, 7, 8))
    assert (d.day, d.precision, d.is_deadline) == (dt.date(2024, 8, 1), "month", True)


def test_a_bare_day_of_the_month_and_hours_counted_in_days():
    pub = dt.date(2023, 11, 2)
    assert resolved("left their camp in Kidal on the 31st, ahead of schedule", pub) == [
        ("on the 31st", "2023-10-31", "day")]
    assert resolved("the convoy left on the 31st of October", pub) == [("31st of October", "2023-10-31", "day")]
    text = "Paris said on Tuesday, 48 hours after protesters tried to storm the embassy"
    assert resolved(text, dt.date(2023, 8, 1)) == [("on Tuesday", "2023-08-01", "day"), ("48 hours after", "2023-07-30", "day")]


def test_weeks_counted_and_a_weekday_of_last_week():
    pub = dt.date(2023, 9, 6)  # a Wednesday
    assert resolved("the officers who seized power a week ago", pub) == [("a week ago", "2023-08-28", "week")]
    assert resolved("insisted on Thursday last week that they leave", dt.date(2022, 2, 4)) == [
        ("on Thursday last week", "2022-01-27", "day")]
    assert resolved("said on August 7, less than two weeks after the coup", pub) == [
        ("on August 7", "2023-08-07", "day"), ("two weeks after", "2023-07-01", "month")]  # hedged: its month


def test_hours_after_with_no_day_before_counts_from_its_clause_and_no_count_runs_ahead_of_publication():
    pub = dt.date(2025, 11, 27)  # a Thursday
    assert resolved("said they had taken control, hours after gunfire broke out near the palace on Wednesday",
                    pub) == [("hours after", "2025-11-26", "day"), ("on Wednesday", "2025-11-26", "day")]
    assert resolved("Officers seize power a day before election results", pub) == []
    assert resolved("The protest came four days after the coup", pub) == [("four days after", "2025-11-23", "day")]
    # another noun's day further into the clause is not the clause's: the declaration came on Wednesday
    pub = dt.date(2023, 8, 30)
    assert resolved("seized power, minutes after the commission declared him the winner of Saturday's election",
                    pub) == [("Saturday", "2023-08-26", "day")]
    assert resolved("seized power, hours after Saturday's election", pub) == [
        ("after Saturday", "2023-08-26", "day")]


def test_by_a_day_something_had_happened_is_past_and_a_night_is_its_second_day():
    pub = dt.date(2025, 2, 1)  # a Saturday
    (by,) = find_dates("By Friday, the last French soldiers had left Chad", pub)
    assert (by.day.isoformat(), by.is_deadline) == ("2025-01-31", False)
    (ahead,) = find_dates("The troops will leave by Friday", pub)
    assert (ahead.day.isoformat(), ahead.is_deadline) == ("2025-02-07", True)
    assert resolved("foiled an attempted coup on the night of Tuesday to Wednesday", dt.date(2021, 3, 31)) == [
        ("on the night of Tuesday to Wednesday", "2021-03-31", "day")]


def test_a_fortnight_ago_is_that_week():
    assert resolved("The last U.S. troops left Niger a fortnight ago", dt.date(2024, 8, 19)) == [
        ("a fortnight ago", "2024-08-05", "week")]


def test_a_weekday_before_the_date_it_falls_on_is_that_date():
    pub = dt.date(2023, 8, 5)
    assert resolved("It is 3 a.m. on Wednesday, July 26, when soldiers seal off the palace", pub) == [
        ("July 26", "2023-07-26", "day")]
    assert resolved("French troops left on Thursday 26 December", dt.date(2024, 12, 27)) == [
        ("26 December", "2024-12-26", "day")]


def test_months_or_years_ago_are_that_month_and_further_back_only_that_year():
    pub = dt.date(2024, 1, 26)
    assert resolved("Burkina Faso expelled French special forces a year ago", pub) == [
        ("a year ago", "2023-01-01", "month")]
    assert resolved("The junta came to power three months ago", pub) == [("three months ago", "2023-10-01", "month")]
    assert resolved("Traoré seized power two years ago", pub) == [("two years ago", "2022-01-01", "year")]


def test_times_of_today_and_last_night():
    pub = dt.date(2022, 9, 30)
    assert resolved("Soldiers this morning announced they had taken power", pub) == [
        ("this morning", "2022-09-30", "day")]
    assert resolved("Gunfire was heard last night near the camp", pub) == [("last night", "2022-09-29", "day")]


def test_a_day_last_year_and_the_end_of_last_year():
    assert resolved("overthrew President Bazoum on July 26 last year") == [
        ("on July 26 last year", "2023-07-26", "day")]
    assert resolved("arrested on 5 September last year") == [("on 5 September last year", "2023-09-05", "day")]
    assert resolved("seized power in a coup in July of last year") == [("in July of last year", "2023-07-01", "month")]
    assert resolved("French troops left at the end of last year.") == [("the end of last year", "2023-12-01", "month")]


def test_recent_weeks_are_the_month_of_a_fortnight_before():
    assert resolved("have arrived in recent weeks", dt.date(2024, 8, 30)) == [
        ("in recent weeks", "2024-08-01", "month")]
    assert resolved("over the past few weeks", dt.date(2024, 6, 1)) == [
        ("over the past few weeks", "2024-05-01", "month")]


def test_years_ago_today_is_that_day_and_ago_this_week_that_week():
    pub = dt.date(2025, 8, 18)  # a Monday
    assert resolved("Five years ago today, soldiers mutinied at the Kati camp", pub) == [
        ("Five years ago today", "2020-08-18", "day")]
    assert resolved("A year ago this week, the last French soldiers left", pub) == [
        ("A year ago this week", "2024-08-12", "week")]
    assert resolved("Five years ago, soldiers mutinied", pub) == [("Five years ago", "2020-01-01", "year")]


def test_months_and_years_earlier_or_later_count_from_the_date_before_them():
    pub = dt.date(2024, 8, 7)
    assert resolved("They left on Monday. The last of them flew out of Niamey a month earlier.", pub) == [
        ("on Monday", "2024-08-05", "day"), ("a month earlier", "2024-07-01", "month")]
    assert resolved("Soldiers took power in July 2023. A year later, the French had gone.", pub) == [
        ("in July 2023", "2023-07-01", "month"), ("A year later", "2024-01-01", "year")]
    assert resolved("Two months later the camp closed.", pub) == []  # later than publication: no day yet


def test_a_translated_wires_french_month_after_a_day():
    assert resolved("NIAMEY, 22 décembre (AFP) - The last French soldiers left", dt.date(2023, 12, 23)) == [
        ("22 décembre", "2023-12-22", "day")]
    assert resolved("Violence mars the vote", dt.date(2023, 12, 23)) == []  # no day before it: an English verb
