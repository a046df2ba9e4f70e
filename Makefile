# The two commands: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
LOCK := requirements-dev.lock
# The stamp names the lock file's hash, so a changed lock reinstalls and an unchanged one is quick.
STAMP := $(VENV)/.installed-$(shell sha256sum $(LOCK) | cut -c1-16)
PIP_COMPILE := $(BIN)/pip-compile -q --no-emit-index-url --no-emit-find-links --generate-hashes --strip-extras --allow-unsafe

.PHONY: install run test lint format messages compile-messages lock bench clean

install: $(STAMP) compile-messages

$(STAMP): $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	rm -f $(VENV)/.installed-*
	touch $@

# Compiled with polib, so a machine without GNU gettext can build them too.
compile-messages: $(STAMP)
	$(MANAGE) build_messages

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:8000

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(find templates -name '*.html')

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(find templates -name '*.html')

# Refreshes locale/*/LC_MESSAGES/django.po from the code and templates (needs GNU gettext).
messages: install
	$(MANAGE) makemessages --no-obsolete --no-location -l ar -l fr -l de \
		--ignore '.venv/*' --ignore 'static/*' --ignore 'node_modules/*' --ignore 'tests/*'
	$(MANAGE) build_messages

lock: install
	$(PIP_COMPILE) -o requirements.lock pyproject.toml
	$(PIP_COMPILE) --extra dev -c requirements.lock -o requirements-dev.lock pyproject.toml

bench: install
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) static .pytest_cache
