PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup test benchmark lint format messages clean-venv

# A development install: the demo extra (fpdf2, for the demo content) and the test tools.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[demo,test]'
	touch $(STAMP)

## setup: install, migrate, compile translations, load the demo content, create a local admin
##        (both commands come from portal.demo, installed by the dev settings manage.py uses)
setup: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py compilemessages --ignore '.venv' -v 0
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_local_admin

## run: everything from setup, then serve the portal on http://$(HOST):$(PORT) with the
##      background worker beside it (Ctrl-C stops both)
run: setup
	PYTHON=$(BIN)/python scripts/run-with-worker $(HOST):$(PORT)

## test: the whole suite (PostgreSQL when DATABASE_URL points at it, SQLite otherwise)
test: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore '.venv' -v 0
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

## messages: refresh the .po files after changing interface strings
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --all --ignore '.venv/*' --ignore 'static/*' --ignore 'media/*'
