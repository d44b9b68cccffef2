# Two commands set everything up on a fresh machine: `make figures` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_TOOLS := dot rsvg-convert pdfimages pdfinfo

.PHONY: setup system venv figures test lint typecheck pytest bench clean

setup: system venv

# Debian's graphviz (dot), librsvg2-bin (rsvg-convert, the independent SVG renderer the tests use)
# and poppler-utils (pdfimages, pdfinfo), installed only when missing.
system:
	@missing=""; for tool in $(SYSTEM_TOOLS); do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages for:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
			graphviz librsvg2-bin poppler-utils fonts-dejavu-core >/dev/null; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

figures: setup
	$(VENV)/bin/citystack build

lint: setup
	$(VENV)/bin/ruff check src tests models
	$(VENV)/bin/lint-imports --no-cache

typecheck: setup
	$(VENV)/bin/mypy --strict src

pytest: setup
	$(VENV)/bin/pytest

test: setup lint typecheck pytest

bench: setup
	$(PY) tests/bench/bench_render.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
