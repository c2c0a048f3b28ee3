import pytest

from sahelmap.coords import LatLon, haversine_km
from sahelmap.places import PlaceFinder


@pytest.fixture(scope="module")
def finder():
    return PlaceFinder()


def resolved(finder, text, surface):
    hits = [m for m in finder.find(text) if m.text == surface]
    assert hits, f"{surface!r} not found in {text!r}"
    return hits[0]


def near(m, lat, lon, km=60):
    return haversine_km(m.point, LatLon(lat, lon)) <= km


def test_a_county_takes_the_state_of_the_article(finder):
    text = "Deputies in Hall County arrested two men. The Gainesville police chief said the case was closed."
    county, town = resolved(finder, text, "Hall County"), resolved(finder, text, "Gainesville")
    assert (county.country_code, county.kind) == ("US", "region")
    assert near(county, 34.3, -83.8) and near(town, 34.3, -83.8)  # both in Georgia


def test_the_same_county_name_elsewhere_follows_its_neighbours(finder):
    text = "Deputies in Hall County, near Grand Island, arrested two men on Friday."
    assert near(resolved(finder, text, "Hall County"), 40.9, -98.4)  # Nebraska


def test_county_spellings(finder):
    for text, surface in (("Sheriffs in DeSoto Parish and Shreveport met.", "DeSoto Parish"),
                          ("Flooding closed roads across Laurel Co. on Monday.", "Laurel Co"),
                          ("Voters in St. Clair County, Illinois, went to the polls.", "St. Clair County")):
        m = resolved(finder, text, surface)
        assert m.kind == "region" and m.country_code == "US", text


def test_a_town_beside_its_neighbours_beats_a_distant_big_namesake(finder):
    text = "Police in Sarnia and Brampton said the suspect was later seen in London."
    assert resolved(finder, text, "London").country_code == "CA"
    text = "Police in Kent and Croydon said the suspect was later seen in London."
    assert resolved(finder, text, "London").country_code == "GB"


def test_a_country_name_yields_only_to_a_town_in_a_purely_local_story(finder):
    local = "The Anderson County commissioners met in Palestine, Texas, on Tuesday."
    assert resolved(finder, local, "Palestine").country_code == "US"
    local = "The Anderson County commissioners met in Palestine on Tuesday."
    assert resolved(finder, local, "Palestine").country_code == "US"
    world = "Israel and Egypt discussed Gaza; Palestine was not at the table in Washington."
    assert resolved(finder, world, "Palestine").country_code == "PS"
    alone = "Palestine asked for a seat at the talks."
    assert resolved(finder, alone, "Palestine").country_code == "PS"


def test_state_abbreviations_are_one_token(finder):
    m = resolved(finder, "Officials in Charleston, W.Va., said the river crested.", "W.Va.")
    assert m.name == "West Virginia"


def test_country_points_follow_the_geonames_convention(finder):
    # news geoparsing corpora put a country at its GeoNames point (mostly the CIA Factbook's)
    for text, lat, lon in (("Sweden", 62.0, 15.0), ("Niger", 16.0, 8.0), ("Canada", 60.1, -113.6),
                           ("Democratic Republic of the Congo", -2.5, 23.5)):
        assert near(resolved(finder, f"Troops from {text} arrived.", text), lat, lon, km=30), text


def test_an_old_alternate_name_needs_more_than_a_neighbour(finder):
    text = "Officials in Maryland and in Washington said the talks would resume."
    assert resolved(finder, text, "Washington").name == "Washington"


def test_a_british_county_only_in_a_british_story(finder):
    county = resolved(finder, "Bird flu was found at a farm in Suffolk, England, officials said.", "Suffolk")
    assert (county.country_code, county.kind) == ("GB", "region") and near(county, 52.2, 1.0, km=40)
    town = resolved(finder, "Police in Suffolk and Norfolk, Va., said the man was arrested.", "Suffolk")
    assert (town.country_code, town.kind) == ("US", "city")
    assert resolved(finder, "Kent State University in Kent, Ohio, reopened.", "Kent").country_code == "US"
