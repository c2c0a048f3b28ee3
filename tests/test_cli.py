from click.testing import CliRunner

from sahelmap.cli import cli

from .conftest import SEEDS


def test_build_command(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    assert "wrote 7 files" in r.output
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
