"""The one way the tools write a data table: UTF-8 CSV, header first, "\n" line ends, so that a
regenerated table differs from the committed one only where the data does."""

import csv
from pathlib import Path


def write_table(path: Path, rows: list[dict], fieldnames: list[str] | None = None) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fieldnames or list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
