PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# uv (compiles the locks) and pip-audit, in a virtualenv of their own.
TOOLS := .tools
TOOLS_STAMP := $(TOOLS)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup test benchmark lint format messages clean-venv lock lock-upgrade lock-check audit

# A development install, exactly as locked in requirements/test.txt (every pin with its hashes:
# the dependencies, all extras, the test tools), then the checkout itself without dependencies.
$(STAMP): pyproject.toml requirements/test.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(TOOLS_STAMP): requirements/tools.txt
	test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --require-hashes -r requirements/tools.txt
	touch $(TOOLS_STAMP)

## lock: compile requirements/*.txt from pyproject.toml after changing a dependency (PyPI)
lock: $(TOOLS_STAMP)
	UV=$(TOOLS)/bin/uv scripts/lock

## lock-upgrade: move every pin in requirements/ to the newest version pyproject.toml allows
lock-upgrade: $(TOOLS_STAMP)
	UV=$(TOOLS)/bin/uv scripts/lock --upgrade

## lock-check: fail when requirements/ is out of step with pyproject.toml
lock-check: $(TOOLS_STAMP)
	UV=$(TOOLS)/bin/uv scripts/lock --check

## audit: known vulnerabilities of the locked versions (scripts/audit.py, requirements/audit-ignore.toml)
audit: $(TOOLS_STAMP)
	$(TOOLS)/bin/python scripts/audit.py requirements/production.txt requirements/test.txt

## setup: install, migrate, compile translations, load the demo content, create a local admin
##        (both commands come from portal.demo, installed by the dev settings manage.py uses)
setup: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py compilemessages --ignore '.venv' --ignore '.tools' -v 0
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_local_admin

## run: everything from setup, then serve the portal on http://$(HOST):$(PORT) with the
##      background worker beside it (Ctrl-C stops both)
run: setup
	PYTHON=$(BIN)/python scripts/run-with-worker $(HOST):$(PORT)

## test: the whole suite (PostgreSQL when DATABASE_URL points at it, SQLite otherwise)
test: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore '.venv' --ignore '.tools' -v 0
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=portal.settings.test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## benchmark: times of the report search on the configured backend (figures, not a test)
benchmark: setup
	$(BIN)/python manage.py benchmark_search

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: refresh the .po files after changing interface strings: every catalogue in locale/
##           and a new one for each language of PORTAL_LANGUAGES that has none yet
MESSAGE_LANGUAGES = $(addprefix -l ,$(sort $(notdir $(wildcard locale/*)) $(subst $(comma), ,$(PORTAL_LANGUAGES))))
comma := ,
messages: $(STAMP)
	$(BIN)/python manage.py makemessages $(MESSAGE_LANGUAGES) --ignore '.venv/*' --ignore '.tools/*' --ignore 'static/*' --ignore 'media/*'
