from sahelmap.eventfiles import read_events
from sahelmap.layers import KINDS, compact_countries, countries_frame, event_layers

from .conftest import SEEDS


def test_one_layer_per_kind_with_start_and_end():
    layers = event_layers(read_events(SEEDS / "events.yaml"))
    assert set(layers) == set(KINDS)
    bases = layers["bases"]
    assert len(bases) >= 2 and set(bases["type"]) == {"base"}
    assert {"start", "end", "geometry"} <= set(bases.columns)
    ab201 = bases[bases["id"] == "USA-NER-AB201"].iloc[0]
    assert (ab201.geometry.x, ab201.geometry.y) == (8.014, 16.95)
    assert ab201["end"] == "2024-08-05"
    assert bases[bases["id"] == "ITA-NER-MISIN"].iloc[0]["end"] is None
    assert str(bases.crs) == "EPSG:4326"


def test_countries_come_from_natural_earth_and_are_simplified():
    c = countries_frame()
    assert {"NER", "MLI", "BFA", "TCD", "FRA"} <= set(c["iso3"])
    niger = c[c["iso3"] == "NER"].iloc[0]
    assert niger.geometry.contains(niger.geometry.representative_point())
    assert niger.geometry.bounds[0] < 1 and niger.geometry.bounds[2] > 15
    rings = compact_countries()
    assert sum(len(r) for c3 in rings for poly in c3[2] for r in poly) < 60000


def test_a_frame_beyond_the_sahel_draws_all_of_africa_and_the_sahels_draws_its_neighbours():
    from sahelmap.layers import BASEMAP_BBOX, basemap_bbox

    sahel = basemap_bbox(((4.0, -18.0), (24.0, 25.0)))
    south = basemap_bbox(((-28.5, -18.0), (24.0, 42.5)))  # a deployment in Maputo
    assert sahel == BASEMAP_BBOX
    assert not {"MOZ", "ZAF"} & {c[0] for c in compact_countries(sahel)}
    assert {"MOZ", "ZAF", "NER"} <= {c[0] for c in compact_countries(south)}
