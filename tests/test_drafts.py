import datetime as dt

from sahelmap.drafts import Draft, merged_subtype, same_event, within
from sahelmap.events import Source


def draft(day, precision="day", dated=2, subtype="completed", again=False, **kw):
    fields = dict(type="withdrawal", subtype=subtype, actor="French Armed Forces", actor_cc="FR", host_cc="NE",
                  place=None, day=day, precision=precision, background=False, dated=dated,
                  source=Source(article="a", sentence="s", start=0, end=1), again=again)
    fields.update(kw)
    return Draft(**fields)


def test_days_a_week_apart_are_one_event_and_further_apart_two():
    assert same_event(draft(dt.date(2023, 12, 22)), draft(dt.date(2023, 12, 18)))
    assert not same_event(draft(dt.date(2023, 12, 22)), draft(dt.date(2023, 12, 10)))


def test_a_day_told_outside_a_months_draft_is_another_event_unless_it_refers_back():
    april = draft(dt.date(2024, 4, 1), "month")
    may_2 = draft(dt.date(2024, 5, 2))
    assert not within(may_2.day, april)
    assert same_event(may_2, draft(dt.date(2024, 5, 1), "month"))
    assert not same_event(may_2, april)
    assert same_event(may_2, draft(dt.date(2024, 4, 1), "month", again=True))


def test_other_parties_or_kinds_are_other_events():
    day = dt.date(2024, 8, 5)
    assert not same_event(draft(day), draft(day, actor_cc="US"))
    assert same_event(draft(day), draft(day, actor_cc="US"), actor=False)
    assert not same_event(draft(day), draft(day, type="deployment"))


def test_a_withdrawal_takes_the_furthest_stage_its_sources_tell_that_day():
    best = draft(dt.date(2023, 12, 22), subtype="announced")
    assert merged_subtype(best, ["announced", "completed", "started"]) == "completed"
    assert merged_subtype(best, []) == "announced"
