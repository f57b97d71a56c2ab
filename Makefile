# Concord: the README's two commands are `make demo` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: venv demo test test-fast lint format typecheck check ci bench clean

venv:
	@scripts/bootstrap

demo: venv
	$(BIN)/concord demo

test: venv
	scripts/browser-deps
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: venv
	$(BIN)/pytest -m "not slow and not spark and not browser" $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: venv
	$(BIN)/mypy

check: lint typecheck test

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
