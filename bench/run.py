"""Run every benchmark in bench/ (``make bench``)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for name in sorted(p.name for p in HERE.glob("bench_*.py")):
    print(f"\n== {name}")
    sys.argv = [name]
    runpy.run_path(str(HERE / name), run_name="__main__")
