# Every target creates the virtual environment it needs: a fresh machine needs only Python 3 and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
BASE ?= HEAD~1

.PHONY: demo test matrix generate check-generated lint lint-spec typecheck bench spec-diff sandbox clean
REDOCLY_VERSION := 2.77.0
REDOCLY := .tools/node_modules/.bin/redocly

GEN_STAMP := $(VENV)/.generate-stamp

$(PY):
	$(PYTHON) -m venv $(VENV)

# The full set (tests, linters, sandbox): make test, demo, bench.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(GEN_STAMP)

# Only the pinned generators: make generate stays quick on a fresh clone.
$(GEN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[generate]'
	touch $(GEN_STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/link2prisma demo

test: $(STAMP) lint-spec
	$(PY) scripts/generate.py --check
	$(VENV)/bin/ruff check src tests scripts bench noxfile.py
	$(VENV)/bin/ruff format --check src tests scripts bench noxfile.py
	$(VENV)/bin/mypy --strict
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q -n 2

# The test matrix (noxfile.py): the wheel, built from the sdist, installed into a fresh venv of
# each supported CPython on this machine (pyenv's included), runs a representative subset of the
# tests; a version that is not here is skipped with a line saying so.
matrix: $(STAMP)
	$(VENV)/bin/nox

generate: $(GEN_STAMP)
	$(PY) scripts/generate.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts bench noxfile.py
	$(VENV)/bin/ruff format --check src tests scripts bench noxfile.py
	$(VENV)/bin/lint-imports

# The spec linter (Redocly CLI, pinned) runs offline; it needs Node.js and npm. Without them it
# says so and is skipped (openapi-spec-validator still runs in the tests).
lint-spec:
	@if command -v npm >/dev/null 2>&1; then \
	  if [ ! -x $(REDOCLY) ]; then \
	    npm install --prefix .tools --no-audit --no-fund --silent @redocly/cli@$(REDOCLY_VERSION); \
	  fi; \
	  cd openapi && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
	    ../$(REDOCLY) lint link2prisma.yaml --config redocly.yaml --format=summary; \
	else echo "lint-spec: npm not found, Redocly lint skipped"; fi

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict

bench: $(STAMP)
	$(PY) bench/run.py

spec-diff: $(STAMP)
	$(PY) scripts/spec_diff --base $(BASE)

sandbox: $(STAMP)
	$(VENV)/bin/link2prisma sandbox

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
