import pytest

from sahelmap.exc import ManyErrors, SpecError
from sahelmap.maps import PAGES, MapOptions, render_page
from sahelmap.spec import default_spec, load_spec, parse_spec


def test_default_spec_has_chrome_for_the_seeds():
    spec = default_spec()
    assert spec.source and spec.labels and spec.extent[0][0] < spec.extent[1][0]


def test_spec_sets_titles_colours_and_labels(tmp_path):
    p = tmp_path / "map.yaml"
    p.write_text("byline: 'Graphic: Jane Doe / The Daily'\ncolors: {coup: '#123456'}\n"
                 "pages: {coups: {title: 'Juntas of the Sahel'}}\nlabels: [{name: Kidal, lat: 18.44, lon: 1.41}]\n")
    spec = load_spec(p)
    html = render_page(PAGES[1], [], {}, MapOptions(spec=spec))
    assert "<h1>Juntas of the Sahel" in html and "Jane Doe / The Daily" in html and "Kidal" in html


@pytest.mark.parametrize("text, line, field", [
    ("colors: {coup: red}\n", 1, "colors.coup"),
    ("source: x\nextent: [[30, 0], [10, 5]]\n", 2, "extent"),
    ("date_range: [2024-01-01, 2020-01-01]\n", 1, "date_range"),
    ("source: x\nsize: big\n", 2, "size"),
    ("pages: {maps: {title: x}}\n", 1, "pages.maps"),
    ("labels: [{name: A, lat: 95, lon: 0}]\n", 1, "labels[0]"),
])
def test_bad_specs_name_line_and_field(text, line, field):
    with pytest.raises(ManyErrors) as info:
        parse_spec(text, "map.yaml")
    assert any(e.line == line and e.field == field and str(e).startswith(f"map.yaml:{line}: {field}: ")
               for e in info.value.errors), [str(e) for e in info.value.errors]


def test_unreadable_yaml_spec():
    with pytest.raises(SpecError, match=r"map.yaml:\d+: not valid YAML"):
        parse_spec("title: [unclosed\n", "map.yaml")
