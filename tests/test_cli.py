from click.testing import CliRunner

from sahelmap.cli import cli

from .conftest import SEEDS


def test_build_command(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    assert "wrote 17 files" in r.output
    assert (tmp_path / "o" / "timeline.html").exists()


def test_bad_events_exit_1_with_file_line_field_and_no_traceback(tmp_path):
    bad = tmp_path / "events.yaml"
    bad.write_text((SEEDS / "events.yaml").read_text().replace("type: coup", "type: putsch", 1))
    r = CliRunner().invoke(cli, ["build", str(SEEDS), "--events", str(bad), "-o", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert f"{bad}:" in r.output and ": type: 'putsch' is not one of" in r.output
    assert "Traceback" not in r.output
    assert not (tmp_path / "o" / "index.html").exists()


def test_usage_errors_exit_2(tmp_path):
    r = CliRunner().invoke(cli, ["build", "--as-of", "yesterday"])
    assert r.exit_code == 2 and "not a date" in r.output
    assert CliRunner().invoke(cli, ["build", "--tiles", "google"]).exit_code == 2
    assert CliRunner().invoke(cli, ["frobnicate"]).exit_code == 2


def test_help_shows_examples():
    r = CliRunner().invoke(cli, ["build", "--help"])
    assert r.exit_code == 0 and "sahelmap build seeds -o output --as-of" in r.output


def test_places_command_json():
    import json
    r = CliRunner().invoke(cli, ["places", str(SEEDS / "001_9025b684f52d2ec7.txt"), "--json"])
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.output.splitlines()]
    body = (SEEDS / "001_9025b684f52d2ec7.txt").read_text(encoding="utf-8")
    assert rows and all(body[x["start"]:x["end"]] == x["text"] for x in rows)
    assert {"article", "start", "end", "text", "name", "lat", "lon", "country_code", "kind", "id"} <= set(rows[0])


def test_extract_command_json_and_file(tmp_path):
    import json
    r = CliRunner().invoke(cli, ["extract", str(SEEDS), "--json"])
    assert r.exit_code == 0
    events = [json.loads(line) for line in r.output.splitlines()]
    assert any(e["type"] == "withdrawal" and e["host_country"] == "NER" for e in events)
    out = tmp_path / "drafts.geojson"
    r = CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(out)])
    assert r.exit_code == 0 and json.loads(out.read_text())["features"]
    assert CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(tmp_path / "x.txt")]).exit_code == 2
