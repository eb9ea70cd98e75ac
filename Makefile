# The two commands: `make run` (the marketplace on its embedded defaults) and `make test` (the suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test install install-dev migrate demo lint format lock clean messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	PYTHONPATH=. $(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-extract the Vietnamese catalogue after changing strings, then compile it (needs GNU gettext).
# Commit both locale/vi/LC_MESSAGES/django.po and django.mo: `make run` needs no gettext.
I18N_IGNORE := --ignore=.venv --ignore=node_modules --ignore=var --ignore=test-artifacts --ignore=bench
messages: install
	$(BIN)/python manage.py makemessages -l vi $(I18N_IGNORE) --no-obsolete
	$(BIN)/python manage.py compilemessages -l vi $(I18N_IGNORE)

clean:
	rm -rf $(VENV) var db.sqlite3* test-artifacts
