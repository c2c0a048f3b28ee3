"""Where in one sentence: the site, town or capital an event happened at, read from phrasing alone."""

import re

import pytest

from sahelmap.places import PlaceFinder
from sahelmap.scenes import left_place, not_bound, place_of


@pytest.fixture(scope="module")
def finder():
    return PlaceFinder()


def read(finder, sentence, trigger):
    """The sentence's mentions and the trigger's offset, as the extractor hands them over."""
    return finder.find(sentence), re.search(trigger, sentence).start()


def test_the_place_is_the_site_else_the_nearby_town_in_the_host(finder):
    s = "US troops left Air Base 201 near Agadez on Monday."
    here, at = read(finder, s, "left")
    assert place_of(here, "NE", frozenset(), (at, at)).name == "Air Base 201"
    town = "US troops left Agadez on Monday."
    here, at = read(finder, town, "left")
    assert place_of(here, "NE", frozenset(), (at, at)).name == "Agadez"
    assert place_of(here, "ML", frozenset(), (at, at)) is None
    far = "US troops " + "x " * 70 + "left Agadez."  # a long trigger holds the town it names
    here, at = read(finder, far, "US")
    assert place_of(here, "NE", frozenset(), (at, at)) is None
    assert place_of(here, "NE", frozenset(), (at, len(far))).name == "Agadez"


def test_a_coups_capital_may_be_further_from_the_trigger_than_a_town(finder):
    s = ("Officers said they had captured President Alpha Conde and dissolved the government, hours after "
         "heavy gunfire rang out near the presidential palace in the capital Conakry, and near Kindia.")
    here, at = read(finder, s, "captured")
    assert place_of(here, "GN", frozenset(), (at, at)) is None
    assert place_of(here, "GN", frozenset(), (at, at), capital_window=250).name == "Conakry"


def test_a_town_far_from_the_trigger_or_the_dateline_is_not_the_place(finder):
    far = "Soldiers left on Monday" + ", officials said in a statement read out on state television" * 3 + " in Agadez."
    here, at = read(finder, far, "left")
    assert place_of(here, "NE", frozenset(), (at, at)) is None
    s = "Protesters gathered in Agadez."
    here, at = read(finder, s, "gathered")
    dateline = frozenset(m.id for m in here)
    assert place_of(here, "NE", dateline, (at, at)).name == "Agadez"  # named by the sentence itself
    assert place_of(here, "NE", dateline, None) is None  # carried over from elsewhere


def test_a_withdrawal_is_at_the_town_it_left_not_where_it_went(finder):
    s = "The convoy that left Gao came under fire as it travelled to Timbuktu."
    here, _ = read(finder, s, "left")
    assert [m.name for m in not_bound("withdrawal", s, here)] == ["Gao"]
    assert [m.name for m in not_bound("protest", s, here)] == ["Gao", "Timbuktu"]
    assert left_place(s, here, "ML").name == "Gao"


def test_a_distances_landmark_is_no_place(finder):
    s = "The drones left a base about 450 kilometres south of Addis Ababa."
    here, _ = read(finder, s, "left")
    assert not_bound("withdrawal", s, here) == []
