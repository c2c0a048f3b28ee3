import csv
import json

import pytest
from click.testing import CliRunner
from geopy.exc import GeocoderServiceError
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from sahelmap.cli import cli
from sahelmap.coords import LatLon, haversine_km
from sahelmap.geocoders import OfflineGeocoder, get_geocoder
from sahelmap.geocoders.normalize import key
from sahelmap.geocoders.online import OnlineGeocoder

from .conftest import ROOT


@pytest.fixture(scope="module")
def offline():
    return OfflineGeocoder()


class FakeService:
    """A geopy-style service that answers from the offline index, counting calls, or fails."""

    def __init__(self, fail=False):
        self.calls, self.fail, self.inner = 0, fail, OfflineGeocoder()

    def geocode(self, query, exactly_one=True, **kw):
        self.calls += 1
        if self.fail:
            raise GeocoderServiceError("service down")
        return self.inner.geocode(query, exactly_one=exactly_one, **kw)

    def reverse(self, query, exactly_one=True, **kw):
        self.calls += 1
        if self.fail:
            raise GeocoderServiceError("service down")
        return self.inner.reverse(query, exactly_one=exactly_one)


def online(tmp_path, fail=False):
    return OnlineGeocoder(FakeService(fail), fallback=OfflineGeocoder(), min_delay_seconds=0,
                          error_wait_seconds=0, cache_path=tmp_path / "cache.sqlite")


GEOCODERS = {
    "offline": lambda tmp_path: OfflineGeocoder(),
    "online": lambda tmp_path: online(tmp_path),
    "online-failing": lambda tmp_path: online(tmp_path, fail=True),
}


@pytest.mark.parametrize("make", GEOCODERS.values(), ids=GEOCODERS.keys())
def test_geocoder_contract(make, tmp_path):
    g = make(tmp_path)
    loc = g.geocode("Agadez")
    assert isinstance(loc, Location)
    assert haversine_km(LatLon(loc.latitude, loc.longitude), LatLon(16.973, 7.991)) < 25
    assert loc.raw["country_code"] == "NE" and {"id", "kind", "population", "source"} <= set(loc.raw)
    assert g.geocode("Qwxyzzy Nowhere") is None
    many = g.geocode("Gao", exactly_one=False)
    assert isinstance(many, list) and {m.raw["country_code"] for m in many} >= {"ML", "BF"}
    assert g.geocode("Gao", country_codes=["BF"]).raw["country_code"] == "BF"
    back = g.reverse((13.51, 2.11))
    assert isinstance(back, Location) and back.raw["country_code"] == "NE"
    limited = RateLimiter(g.geocode, min_delay_seconds=0)
    assert limited("Niamey").raw["country_code"] == "NE"


def test_online_answers_are_cached(tmp_path):
    g = online(tmp_path)
    g.geocode("Kidal")
    g.geocode("Kidal")
    assert g.service.calls == 1
    again = OnlineGeocoder(FakeService(), fallback=None, min_delay_seconds=0, cache_path=tmp_path / "cache.sqlite")
    assert again.geocode("Kidal").raw["country_code"] == "ML" and again.service.calls == 0


def test_online_failure_falls_back_with_a_warning(tmp_path, caplog):
    g = online(tmp_path, fail=True)
    assert g.geocode("Niamey").raw["country_code"] == "NE"
    assert "using the offline answer" in caplog.text


def test_offline_is_the_default():
    assert isinstance(get_geocoder(), OfflineGeocoder)


def test_name_keys_fold_variants():
    assert key("N'Djamena") == key("Ndjamena") == key("NDJAMENA") == "ndjamena"
    assert key("Tillabéri") == key("Tillaberi") and key("Agadès") == "agades"


def test_disambiguation_rules(offline):
    assert offline.geocode("Niger").raw["kind"] == "country"
    assert offline.geocode("Chad").raw["kind"] == "country"
    assert offline.geocode("Gao").raw["country_code"] == "ML"
    assert offline.geocode("Nigerien").raw["country_code"] == "NE"
    assert offline.geocode("Nigerian").raw["country_code"] == "NG"
    assert offline.geocode("GAO").raw["country_code"] == "ML"  # airport codes are not names
    assert offline.geocode("Air Base 201").raw["kind"] == "site"
    assert offline.geocode("Niger", featuretype="city") is None or \
        offline.geocode("Niger", featuretype="city").raw["kind"] == "city"


def test_provinces_and_counties(offline):
    def where(q):
        loc = offline.geocode(q)
        return loc and (loc.raw["kind"], loc.raw["country_code"])

    assert where("Hunan") == ("region", "CN") and where("Punjab")[0] == "region"
    assert where("Niger State") == ("region", "NG") and where("Niger") == ("country", "NE")
    assert where("Kano") == ("city", "NG") and where("Kano State") == ("region", "NG")
    assert where("Gaza")[1] == "PS"  # not Mozambique's Gaza province
    assert where("Agadez") == ("city", "NE")  # Sahel divisions come from the curated gazetteer
    assert where("Laurel County") == ("region", "US") and where("DeSoto Parish") == ("region", "US")
    assert offline.geocode("Florida State") is None  # no "X State" form for a curated state's name


def test_sahel_names_resolve_within_tolerance(offline):
    rows = list(csv.DictReader(open(ROOT / "tests" / "sahel_names.csv", encoding="utf-8")))
    misses = []
    for r in rows:
        loc = offline.geocode(r["query"])
        ok = loc is not None and haversine_km(LatLon(loc.latitude, loc.longitude),
                                              LatLon(float(r["lat"]), float(r["lon"]))) <= float(r["tolerance_km"])
        if not ok:
            misses.append(r["query"])
    assert len(misses) <= 0.05 * len(rows), misses


def test_geocode_command_json_stdin_and_exit_codes():
    r = CliRunner().invoke(cli, ["geocode", "--json"], input="Agadez\n\nTombouctou\nQwxyzzy Nowhere\n")
    assert r.exit_code == 1
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [row["query"] for row in rows] == ["Agadez", "Tombouctou", "Qwxyzzy Nowhere"]
    assert rows[1]["country_code"] == "ML" and rows[2]["name"] is None
    assert set(rows[0]) == {"query", "name", "lat", "lon", "country_code", "kind", "source", "id"}
    ok = CliRunner().invoke(cli, ["geocode", "Gao", "--country", "BF"])
    assert ok.exit_code == 0 and "\tBF\t" in ok.output
    assert CliRunner().invoke(cli, ["geocode", "--bogus"]).exit_code == 2


def test_indexes_of_earlier_versions_are_removed(tmp_path):
    from sahelmap.geocoders.index import _remove_stale

    current, old, other = (tmp_path / n for n in ("gazetteer-new.sqlite", "gazetteer-old.sqlite", "notes.txt"))
    for f in (current, old, other):
        f.write_text("x")
    _remove_stale(current)
    assert current.exists() and other.exists() and not old.exists()


def test_a_capital_that_moved_is_the_one_of_its_day():
    import datetime as dt

    from sahelmap.geocoders.index import capital_of

    assert capital_of("BI") == "Gitega" and capital_of("BI", dt.date(2015, 5, 13)) == "Bujumbura"
    assert capital_of("NG", dt.date(1985, 8, 27)) == "Lagos" and capital_of("NG", dt.date(2023, 7, 26)) == "Abuja"
    assert capital_of("NE", dt.date(1974, 4, 15)) == "Niamey"
