# Two commands set everything up on a fresh machine: `make map` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SEEDS  ?= seeds
OUT    ?= output

.PHONY: map test bench eval clean

map: $(VENV)/.installed
	$(VENV)/bin/sahelmap build $(SEEDS) -o $(OUT)

test: $(VENV)/.installed-test
	$(PY) -m pytest -q

bench: $(VENV)/.installed-test
	$(PY) bench/run.py

eval: $(VENV)/.installed-test
	$(PY) bench/eval_geoparse.py

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(VENV)/.installed $@

clean:
	rm -rf $(OUT) $(VENV)
