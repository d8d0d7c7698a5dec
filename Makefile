# Leren Kijken — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Exported, so the development settings build links (e-mail, certificate QR code) for the port actually served.
export PORT
CHROMIUM ?= /usr/bin/chromium
# The browser tests drive Chromium's headless shell (Debian's chromium-headless-shell, built from the same
# source as chromium): the same Blink, without the desktop browser around it, so a fifth less CPU.
HEADLESS_SHELL ?= /usr/bin/chromium-headless-shell
# The certificate's font for Chinese, Japanese and Korean names (certificates/fonts.py).
CJK_FONT ?= /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
export DJANGO_SETTINGS_MODULE ?= training_site.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install lock audit run demo test test-fast lint format migrate messages translations deploy-check prodlike prodlike-smoke bench load-test region-load-test fault-test fault-test-redis migration-test screenshots screenshots-pages screenshots-presenter clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# Installs exactly the lock files (every package pinned, with hashes). requirements*.txt are the
# human-edited inputs; after changing one, run `make lock` and commit the .lock files with it.
$(VENV)/.installed: requirements.txt requirements-dev.txt requirements.lock requirements-dev.lock
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON))"; exit 1; }
	@for input in requirements.txt requirements-dev.txt; do lock=$${input%.txt}.lock; \
		if [ $$input -nt $$lock ] && ! git diff --quiet HEAD -- $$input 2>/dev/null; then \
		echo "$$input changed after $$lock: run make lock"; exit 1; fi; done
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

PIP_COMPILE = $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links

lock: ## Regenerate requirements.lock and requirements-dev.lock (hashes) from requirements*.txt
	test -x $(VENV)/bin/pip-compile || $(PY) -m pip install --quiet "pip-tools>=7.6,<7.7"
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --constraint requirements.lock --output-file requirements-dev.lock requirements-dev.txt

audit: install ## Check the locked packages against published advisories (needs network access to PyPI/OSV)
	$(VENV)/bin/pip-audit --strict --require-hashes --disable-pip -r requirements-dev.lock

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(CJK_FONT):
	@if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-droid-fallback >/dev/null; \
	else echo "Install Debian's fonts-droid-fallback (sudo apt-get install fonts-droid-fallback) for Chinese names on certificates."; exit 1; fi

install: $(VENV)/.installed node_modules/.installed $(CJK_FONT) ## Install the Python and npm packages and the certificate font

migrate: install ## Apply database migrations
	@echo "Database bijwerken..."
	@$(PY) manage.py migrate --noinput --verbosity 0

demo: migrate ## Load the demo content (safe to run again)
	@$(PY) manage.py load_demo

run: demo ## Install, migrate, load the demo and serve on http://127.0.0.1:$(PORT)
	@echo ""
	@echo "  Leren Kijken draait op http://127.0.0.1:$(PORT)/  (beheer: http://127.0.0.1:$(PORT)/admin/)"
	@echo "  Uitgaande e-mail (zoals de bevestigingslink) verschijnt hieronder in deze terminal."
	@echo ""
	@$(PY) manage.py runserver 127.0.0.1:$(PORT)

NGINX ?= /usr/sbin/nginx

# The proxy test runs the documented nginx configuration in front of the app (tests/test_client_address.py).
$(NGINX):
	@if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; \
	else echo "Install Debian's nginx-light (sudo apt-get install nginx-light) for the proxy test."; exit 1; fi

$(CHROMIUM) $(HEADLESS_SHELL):
	@if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell >/dev/null; \
	else echo "Install Debian's chromium (sudo apt-get install chromium chromium-headless-shell) for the browser tests."; exit 1; fi

lint: install ## Ruff (lint and format check) and the app layers (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: install ## Format the code with ruff and the templates with djhtml
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

messages: install ## Update and compile the translations (locale/)
	$(PY) manage.py makemessages -l en --ignore=.venv --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

translations: ## Check that every interface string has its English translation
	@missing=$$( (msgattrib --untranslated --no-obsolete locale/en/LC_MESSAGES/django.po; msgattrib --only-fuzzy --no-obsolete locale/en/LC_MESSAGES/django.po) | grep -c '^msgid' || true); \
	if [ "$$missing" != "0" ]; then echo "$$missing untranslated or fuzzy strings in locale/en (run make messages and translate)"; exit 1; fi
	@msgfmt --check -o /dev/null locale/en/LC_MESSAGES/django.po 2>&1 | grep -v 'header field' || true

DEPLOY_CHECK_ENV = SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	DATABASE_URL=postgres://placeholder@127.0.0.1:5432/placeholder REDIS_URL=redis://127.0.0.1:6379/0 \
	WAGTAILADMIN_BASE_URL=https://lerenkijken.example.org ALLOWED_HOSTS=lerenkijken.example.org \
	CREDENTIAL_SIGNING_KEYS="{$$($(PY) -m certificates.keys)}" \
	DJANGO_SETTINGS_MODULE=training_site.settings.production

deploy-check: install ## Production settings: check --deploy, and collectstatic with hashed, compressed files
	$(DEPLOY_CHECK_ENV) $(PY) manage.py check --deploy --fail-level WARNING
	tmp=$$(mktemp -d) && $(DEPLOY_CHECK_ENV) STATIC_ROOT=$$tmp $(PY) manage.py collectstatic --noinput --verbosity 0 \
		&& rm -rf $$tmp

test: install $(CHROMIUM) $(HEADLESS_SHELL) $(NGINX) lint translations deploy-check ## Lint, checks and the whole test suite (DATABASE_URL for PostgreSQL)
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) -m pytest -n 2

test-fast: install ## The tests without the browser tests
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) -m pytest -n 2 -m "not e2e"

screenshots-presenter: install $(CHROMIUM) ## Screenshots of the big screen (lobby, question, reveal, summary) in screenshots/
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) -m pytest tests/screenshots/presenter.py -p no:xdist -q

bench: install ## Benchmarks: ratios measured in one run (learner pages, wagtail-lms, memory, reports, phones)
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) -m bench
	$(PY) -m bench.memory
	$(PY) -m bench.memory --database postgres
	$(PY) -m bench.import_memory
	DJANGO_SETTINGS_MODULE=training_site.settings.test $(PY) -m bench.reports
	$(PY) -m bench.team_sessions

screenshots: screenshots-pages screenshots-presenter ## All screenshots in screenshots/: every page type at 390 px and the big screen

screenshots-pages: install $(CHROMIUM) ## PNGs of every page type at 390 px (demo content) in screenshots/, with reflow problems
	$(PY) -m tests.screenshots.pages

load-test: install ## 50 phones answer at once against gunicorn on SQLite and PostgreSQL
	$(PY) -m tests.load.team_session_load --database sqlite
	$(PY) -m tests.load.team_session_load --database postgres

region-load-test: install ## A region-wide training day: 20 sessions x 50 phones within 10 s, 3 workers, PostgreSQL
	$(PY) -m tests.load.region_day

migration-test: install ## A database made before the apps were split keeps every learner record (SQLite and PostgreSQL)
	@# Both at once, each in its own folder and database (a single process each: two cores halve the wait).
	$(PY) -m tests.migration.old_database --database sqlite & sqlite=$$!; \
	$(PY) -m tests.migration.old_database --database postgres; postgres=$$?; \
	wait $$sqlite && [ $$postgres = 0 ]

fault-test: install ## A gunicorn worker killed mid-answer leaves no half-written attempt (PostgreSQL)
	$(PY) -m tests.load.worker_kill

fault-test-redis: install ## With Redis down, gunicorn on production settings serves every page; /healthz says 503
	$(PY) -m tests.load.redis_down

PRODLIKE_PORT ?= 8001
PRODLIKE_ENV = DJANGO_SETTINGS_MODULE=training_site.settings.production \
	SECRET_KEY=prodlike-local-only-$$(hostname) DATABASE_URL=postgres://postgres@127.0.0.1:5432/leren_kijken_prodlike \
	REDIS_URL=redis://127.0.0.1:6379/1 WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PRODLIKE_PORT) \
	ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false SECURE_COOKIES=false \
	CREDENTIAL_SIGNING_KEYS='{"prodlike": "cHJvZGxpa2UtbG9jYWwtb25seS1ub3QtYS1zZWNyZXQ"}' \
	EMAIL_HOST=127.0.0.1 EMAIL_PORT=1025 EMAIL_USE_TLS=false ACCOUNT_DEFAULT_HTTP_PROTOCOL=http

prodlike: install ## Production settings locally: gunicorn (3 workers) + the task worker on PostgreSQL and Redis
	psql -h 127.0.0.1 -U postgres -d postgres -tc "SELECT 1 FROM pg_database WHERE datname='leren_kijken_prodlike'" | grep -q 1 \
		|| psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE leren_kijken_prodlike $$(psql -h 127.0.0.1 -U postgres -d postgres -tAc \
			"SELECT 'TEMPLATE ' || datname FROM pg_database WHERE datname = 'leren_kijken_migrated'")"
	@# (A copy of the migrated database the load and fault tests keep, when there is one: migrate then has little to do.)
	$(PRODLIKE_ENV) $(PY) manage.py migrate --noinput
	$(PRODLIKE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(PRODLIKE_ENV) $(PY) manage.py load_demo
	@echo "  Prodlike on http://127.0.0.1:$(PRODLIKE_PORT)/ (mail goes to 127.0.0.1:1025; the task worker retries it with back-off until a server answers)"
	$(PRODLIKE_ENV) $(PY) manage.py db_worker & \
	$(PRODLIKE_ENV) $(VENV)/bin/gunicorn training_site.wsgi --workers 3 --bind 127.0.0.1:$(PRODLIKE_PORT) --access-logfile -; \
	kill %1 2>/dev/null || true

prodlike-smoke: install $(CHROMIUM) ## Start prodlike with a local SMTP sink and run the browser smoke test against it
	@log=$${SMOKE_LOG:-$$(mktemp)}; mail=$${SMOKE_MAIL:-$$(mktemp)}; \
	$(PY) -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:1025 > $$mail 2>&1 & smtp=$$!; \
	setsid $(MAKE) --no-print-directory prodlike > $$log 2>&1 & app=$$!; \
	for _ in $$(seq 1 120); do curl -fs http://127.0.0.1:$(PRODLIKE_PORT)/healthz >/dev/null && break; sleep 1; done; \
	SMOKE_MAIL_LOG=$$mail $(PY) tests/prodlike/smoke.py; status=$$?; \
	kill -- -$$app 2>/dev/null; kill $$smtp 2>/dev/null; sleep 1; \
	[ $$status -eq 0 ] || { echo "--- prodlike log"; tail -40 $$log; }; exit $$status

clean: ## Remove the virtual environment, node_modules and the local database
	rm -rf $(VENV) node_modules db.sqlite3 db.sqlite3-wal db.sqlite3-shm
