# One command to start the site, one to run the tests (README.md). Everything else is a step of those.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
WORKER_CONCURRENCY ?= 2
PYTEST_ARGS ?=
TEST_WORKERS ?= auto
# A command the embedded test pass runs under (CI gives tools/without-network).
EMBEDDED_ISOLATION ?=

.PHONY: run install native assets migrate seed worker beat lint test test-browser bench clean help

help:
	@echo "make run          start the site on http://$(HOST):$(PORT) (embedded default unless DATABASE_URL and REDIS_URL are set)"
	@echo "make test         the whole test suite with coverage, needing no service; then, when DATABASE_URL and REDIS_URL"
	@echo "                  are set, the tests that touch Django again against PostgreSQL and Redis"
	@echo "make test-browser the end-to-end browser tests (needs DATABASE_URL, REDIS_URL and Chromium)"
	@echo "make lint         ruff, formatting, mypy and the import contracts"
	@echo "make worker       a Celery worker (services mode)"
	@echo "make beat         the Celery beat scheduler (services mode; one per deployment)"
	@echo "make bench        the Engine's and the compilers' benchmarks"

$(PY):
	@python=$$(tools/find-python) || exit 1; \
	echo "Creating $(VENV) with $$python"; \
	"$$python" -m venv $(VENV)

# Reinstall only when the pins change.
$(VENV)/.installed: $(PY) requirements.txt requirements-dev.txt
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed native assets

# The Engine's hot loop in C (babbage/native_build.py), rebuilt when its source or the venv changes. With
# no C compiler the build says so and the pure-Python engines run every program.
NATIVE := babbage/_native.so
native: $(NATIVE)
$(NATIVE): babbage/_native.c babbage/native_build.py $(VENV)/.installed
	$(PY) -m babbage.native_build

# The editor bundle (CodeMirror from npm, bundled by esbuild); nothing is loaded from a CDN.
assets:
	@if [ -f package.json ]; then \
	  if ! command -v npm >/dev/null; then echo "error: npm is needed to build the editor (install Node.js 18+)" >&2; exit 1; fi; \
	  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi; \
	  npm run --silent build; \
	fi

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	@if $(PY) manage.py help load_curriculum >/dev/null 2>&1; then $(PY) manage.py load_curriculum; fi

run: seed
	@echo "Serving Ancient Compute on http://$(HOST):$(PORT)/"
	$(PY) -m ancient_compute.serve -b $(HOST) -p $(PORT) ancient_compute.asgi:application

worker: install
	@if [ -z "$$REDIS_URL" ]; then echo "error: a worker needs REDIS_URL (and DATABASE_URL): see README.md" >&2; exit 1; fi
	WORKER_PROCESS=true DJANGO_SETTINGS_MODULE=ancient_compute.settings.local $(VENV)/bin/celery -A ancient_compute worker \
	  --loglevel=INFO --queues=runs --concurrency=$(WORKER_CONCURRENCY)

# One beat process per deployment: it schedules the sweep of stuck runs every minute.
beat: install
	@if [ -z "$$REDIS_URL" ]; then echo "error: beat needs REDIS_URL (and DATABASE_URL): see README.md" >&2; exit 1; fi
	DJANGO_SETTINGS_MODULE=ancient_compute.settings.local $(VENV)/bin/celery -A ancient_compute beat \
	  --loglevel=INFO --schedule=/tmp/ancient-compute-beat-schedule

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(VENV)/bin/lint-imports

# Two passes. The embedded pass runs every test with no service (the variables are emptied, so neither
# the environment nor a .env file can point it at one; tests marked `services` are deselected), on
# TEST_WORKERS processes (under EMBEDDED_ISOLATION, when given), and holds the coverage. With
# DATABASE_URL and REDIS_URL set, the services pass then runs the tests that touch Django against
# PostgreSQL and Redis (conftest.py: the pure libraries' tests already ran), in one process: test workers
# would share one Redis cache. The embedded pass ends with its 30 slowest tests: where CI's time goes.
test: install
	DATABASE_URL= REDIS_URL= $(EMBEDDED_ISOLATION) $(PY) -m pytest -m "not browser" -n $(TEST_WORKERS) \
	  --durations=30 --cov --cov-report=term --cov-fail-under=90 $(PYTEST_ARGS)
	@if [ -n "$$DATABASE_URL" ] && [ -n "$$REDIS_URL" ]; then \
	  echo "Services pass: the tests that touch Django, against PostgreSQL and Redis"; \
	  $(PY) -m pytest -m "not browser" --services-pass $(PYTEST_ARGS); \
	else \
	  echo "DATABASE_URL and REDIS_URL are not set: the embedded pass ran; the services pass needs both"; \
	fi

test-browser: install
	$(PY) -m pytest -m browser -p no:cacheprovider $(PYTEST_ARGS)

bench: install
	$(PY) -m babbage bench
	$(PY) compilers/bench/quality.py
	$(PY) compilers/bench/compile_speed.py

clean:
	rm -rf $(VENV) $(NATIVE) node_modules .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov staticfiles .cache
