# `make test` and `make demo` are all a fresh clone needs: both install into .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser servers lint test test-fast demo bench data clean messages

install: $(STAMP)

# The message catalogues are compiled by the install (setup.py): a changed .po reinstalls.
$(STAMP): pyproject.toml setup.py constraints.txt $(wildcard core/locales/*/LC_MESSAGES/*.po)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# The web interface's browser tests drive Debian's Chromium through its chromedriver (selenium is
# given /usr/bin/chromedriver and downloads nothing); a CJK font makes the screenshots legible.
# Installed once with apt-get (as root, or through sudo), skipped when already there.
BROWSER_PACKAGES := chromium chromium-driver fonts-wqy-microhei
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser:
	@dpkg -s $(BROWSER_PACKAGES) >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(BROWSER_PACKAGES); }

# PostgreSQL and Redis from Debian, for the tests of the PostgreSQL archive and of the cluster
# (they start their own servers in temporary folders: nothing here is started or configured).
SERVER_PACKAGES := postgresql redis-server

servers:
	@dpkg -s $(SERVER_PACKAGES) >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(SERVER_PACKAGES); }

# Style, types and the architecture (the import layers of .importlinter), on the product's packages.
lint: install
	$(BIN)/ruff check archive cli cluster core demo scraper web scheduler.py settings.py tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint browser servers
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Unit tests only (no subprocess, server or browser: see tests/conftest.py), in seconds.
test-fast: install
	$(BIN)/python -m pytest -q -m "not integration" $(PYTEST_ARGS)

demo: install
	$(BIN)/newsvault demo

# The extraction sets of $NEWSVAULT_DATA/extract (default /work/data/extract), rebuilt from the git snapshots
# under /work/.mirror (`$(BIN)/python bench/rebuild_data.py --list` names the repositories to fetch).
data: install
	$(BIN)/python bench/rebuild_data.py $(DATA_ARGS)

# Benchmarks are not tests: they print our figures beside the peers'.
bench: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/search.py

# After changing interface messages in the code or templates: collect them, merge them into the
# catalogues, then translate the new entries (tests/test_i18n.py fails while any is missing).
messages: install
	$(BIN)/pybabel extract --no-location --omit-header -F babel.cfg -k N_ -k _ -k ngettext:1,2 -o core/locales/newsvault.pot .
	$(BIN)/pybabel update --no-fuzzy-matching -D newsvault -d core/locales -i core/locales/newsvault.pot
	rm -f core/locales/newsvault.pot

clean:
	rm -rf $(VENV) demo-data .pytest_cache
