"""Who in one sentence: the actor and the host, read from phrasing alone."""

import datetime as dt
import re
from types import SimpleNamespace

import pytest

from sahelmap.articles import Article
from sahelmap.places import PlaceFinder
from sahelmap.roles import actor_of, host_of


@pytest.fixture(scope="module")
def finder():
    return PlaceFinder()


def read(finder, sentence, trigger):
    """The sentence's mentions and the trigger's offset, as the extractor hands them over."""
    return finder.find(sentence), re.search(trigger, sentence).start()


def actor(finder, sentence, trigger, **kw):
    here, at = read(finder, sentence, trigger)
    return actor_of(sentence, 0, here, at, **kw)[0]


def host(finder, sentence, trigger, actor_cc, focus=None):
    here, at = read(finder, sentence, trigger)
    art = Article(id="t", body=sentence, date=dt.date(2024, 1, 1))
    named = frozenset(m.country_code for m in here if m.country_code)
    ctx = SimpleNamespace(article=art, focus=focus, avoid=frozenset(), named=named,
                          towns=frozenset(m.country_code for m in here if m.kind != "country"))
    return host_of(here, actor_cc, ctx, at)


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("France's last troops left Niger on Friday.", "left", "FR"),
    ("The junta asked Denmark to withdraw its special forces.", "withdraw", "DK"),
    ("Moscow has dispatched instructors to Bamako.", "dispatched", "RU"),
    ("Wagner fighters arrived in the north.", "arrived", "RU"),
    ("German soldiers serving with the UN mission began withdrawing.", "withdrawing", "DE"),
    # a country before "and" is the last clause's object, not the subject of the trigger
    ("The junta shifted by ending its accord with the United States and welcoming Russian military instructors.",
     "welcoming", "RU"),
])
def test_the_actor_is_the_force_the_sentence_names(finder, sentence, trigger, expected):
    assert actor(finder, sentence, trigger) == expected


def test_a_mission_named_between_a_country_and_the_trigger_is_the_actor(finder):
    s = "The resolution, drafted by France, asks the mission, known as MINUSMA, to start withdrawing."
    here, at = read(finder, s, "withdrawing")
    assert actor_of(s, 0, here, at) == (None, "MINUSMA (UN mission)")
    s = "The resolution, drafted by France, sets a deadline for the withdrawal of 12,000 peacekeepers."
    assert actor(finder, s, "withdrawal") != "FR"


def test_a_country_withdrawing_its_own_soldiers_is_the_actor(finder):
    s = "Ivory Coast will gradually withdraw its soldiers from the United Nations peacekeeping mission in Mali."
    assert actor(finder, s, "withdraw") == "CI"
    s = "Chad takes over French base in Abeche."
    assert actor(finder, s, "takes over") == "FR"


def test_a_peoples_forces_or_a_coalition_when_nothing_else_names_the_actor(finder):
    assert actor(finder, "The Danish troops arrived in Menaka to join the Takuba task force.", "arrived",
                 moving=True) == "DK"
    s = "The base was transferred to the Chadian army on Thursday."
    assert actor(finder, s, "transferred", moving=True) is None
    here, at = read(finder, "Takuba ended its operations in Mali in June.", "ended")
    assert actor_of("Takuba ended its operations in Mali in June.", 0, here, at, moving=True) == \
        (None, "Takuba task force (European)")


def test_a_convoys_destination_does_not_host_a_protest(finder):
    s = "Protesters blocked a French military convoy heading to Mali."
    assert host(finder, s, "Protesters", None, focus="NE") == "NE"


def test_a_smaller_power_counts_only_for_moving_forces(finder):
    s = "Hungary's parliament approved sending 200 soldiers to Chad."
    assert actor(finder, s, "sending", moving=True) == "HU"
    assert actor(finder, "The parliament approved the budget.", "approved", moving=True) is None


@pytest.mark.parametrize("sentence, trigger, actor_cc, expected", [
    ("The vote ends France's mission in Mali.", "ends", "FR", "ML"),
    ("Chad and Senegal have asked French troops to leave.", "leave", "FR", "TD"),
    ("Russia sent instructors to Mali, Niger and Burkina Faso.", "sent", "RU", "ML"),
    ("France, Britain, Germany and Canada condemned the deployment.", "deployment", "RU", None),
])
def test_the_host_is_the_african_country_the_trigger_points_at(finder, sentence, trigger, actor_cc, expected):
    assert host(finder, sentence, trigger, actor_cc) == expected


def test_a_neighbour_named_well_after_the_trigger_hosts_nothing(finder):
    s = ("Traore, who took power in a coup in September 2022, expelled French special forces last year and "
         "has sought closer ties with Russia, whose Wagner group also operates in neighbouring Mali.")
    assert host(finder, s, "took power", None, focus="BF") == "BF"
    assert host(finder, "The move comes as US forces also prepare to leave neighbouring Niger.", "leave", "US",
                focus="TD") == "NE"


def test_countries_listed_with_the_actor_are_fellows_not_hosts(finder):
    s = "Britain, Sweden, Germany and Benin have also announced they are pulling troops out of Mali."
    assert host(finder, s, "pulling", "GB") == "ML"


def test_countries_that_did_the_same_alongside_are_company_not_hosts(finder):
    s = ("Since the July 2023 coup, the government has expelled French troops and quit ECOWAS alongside Mali and "
         "Burkina Faso.")
    assert host(finder, s, "coup", None, focus="NE") == "NE"
    assert host(finder, s, "expelled", "FR", focus="NE") == "NE"


def test_with_no_country_named_the_article_focus_hosts(finder):
    assert host(finder, "The last soldiers left on Sunday.", "left", "FR", focus="NE") == "NE"
    assert host(finder, "The last soldiers left on Sunday.", "left", "FR", focus="FR") is None
