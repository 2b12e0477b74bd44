# `make run` and `make test` work on a fresh machine with only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install migrate run test lint demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

migrate: install
	$(BIN)/taperline db upgrade

run: migrate
	@echo "Taperline on http://127.0.0.1:8000 (health: http://127.0.0.1:8000/healthz); Ctrl-C stops it."
	$(BIN)/taperline serve --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: install lint
	$(BIN)/pytest -n 2

demo: install
	$(BIN)/taperline demo

bench: install
	$(BIN)/python -m benchmarks.dispatch
	$(BIN)/python -m benchmarks.parser
	$(BIN)/python -m benchmarks.webhook

clean:
	rm -rf $(VENV) taperline.db .pytest_cache .ruff_cache
