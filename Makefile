# Two commands set everything up on a fresh machine: `make figures` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_LISTS := $(sort $(wildcard .ci/debian/*.txt))
MERMAID := tests/mermaid
MERMAID_STAMP := $(MERMAID)/node_modules/.installed

.PHONY: setup system venv mermaid figures test lint typecheck pytest bench clean

setup: system venv mermaid

# Every Debian package named in .ci/debian/*.txt, installed only when missing (one line per step).
system:
	@echo "setup: checking Debian packages ($(notdir $(DEBIAN_LISTS)))"
	@pkgs=$$(sed -e 's/#.*//' $(DEBIAN_LISTS) | tr -s ' \t\n' ' '); missing=""; \
	for pkg in $$pkgs; do \
		dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "setup: installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || { echo "setup: creating the virtual environment $(VENV)"; python3 -m venv $(VENV); }
	@echo "setup: upgrading pip"
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	@echo "setup: installing citystack with its test extras (about a minute the first time)"
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)
	@echo "setup: done"

# The real Mermaid (npm, versions pinned by the lock file) for the tests of the Mermaid export.
# npm comes with Debian's nodejs and npm packages when no npm is on PATH.
mermaid: $(MERMAID_STAMP)

$(MERMAID_STAMP): $(MERMAID)/package.json $(MERMAID)/package-lock.json
	@command -v npm >/dev/null || { echo "setup: installing Debian packages: nodejs npm"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null; }
	@echo "setup: installing Mermaid with npm for the Mermaid export tests"
	@cd $(MERMAID) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

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
	$(PY) tests/bench/bench.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache $(MERMAID)/node_modules
