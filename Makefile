# Every target creates the virtual environment it needs: a fresh machine needs only Python 3 and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
BASE ?= HEAD~1

.PHONY: demo test generate check-generated lint typecheck bench spec-diff sandbox clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/link2prisma demo

test: $(STAMP)
	$(PY) scripts/generate.py --check
	$(VENV)/bin/ruff check src tests scripts bench
	$(VENV)/bin/ruff format --check src tests scripts bench
	$(VENV)/bin/mypy --strict
	$(PY) -m pytest -q -n 2

generate: $(STAMP)
	$(PY) scripts/generate.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts bench
	$(VENV)/bin/ruff format --check src tests scripts bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict

bench: $(STAMP)
	$(PY) bench/run.py

spec-diff: $(STAMP)
	$(PY) scripts/spec_diff.py --base $(BASE)

sandbox: $(STAMP)
	$(VENV)/bin/link2prisma sandbox

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
