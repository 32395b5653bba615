# Two commands for a newcomer:  make lab   (open the course)   make test   (check everything)
#
# Both create the virtual environment .venv with python3 -m venv if it is
# missing and install requirements.txt into it (again whenever that file
# changes).  Nothing is installed outside .venv.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium

# JupyterLab listens on 127.0.0.1 only, with its token (never disabled), and
# asks nothing of the internet.  As root (containers) it needs --allow-root.
JUPYTER_FLAGS := --ServerApp.ip=127.0.0.1 \
	--LabApp.news_url=None \
	--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
	--LabApp.extension_manager=readonly
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab lint test test-python test-notebooks test-browser bench time-notebooks run-notebooks html slides live-slides screenshots clean worksheet classroom test-classroom test-pythons test-ipywidgets7 publish

$(READY): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

lab: $(READY)
	cd notebooks && ../$(BIN)/jupyter lab $(JUPYTER_FLAGS) $(ROOT_FLAG)

# The whole suite: the linter, the package's tests, every notebook under nbval
# (strict output comparison), and the real-browser and static-site tests when
# Chromium and npm are there.
test: lint test-python test-notebooks
	@if [ -x $(CHROMIUM) ] && command -v npm > /dev/null; then \
		$(MAKE) --no-print-directory test-browser; \
	else \
		echo "SKIPPED the browser and static-site tests (tests/browser/):"; \
		echo "  they need Debian's Chromium at $(CHROMIUM) (apt-get install -y chromium)"; \
		echo "  and npm (for the site's widget scripts). Everything else passed."; \
	fi

lint: $(READY)
	$(BIN)/ruff check .

# Two processes (pytest-xdist) that share the tests one by one, a process that
# runs out of tests taking some of the other's (worksteal): both cores stay
# busy to the end, whichever module is slow.
test-python: $(READY)
	$(BIN)/python -m pytest -n 2 --dist worksteal tests/

# The notebooks (and notebooks/lecture/, the lecture of docs/teaching.md, and
# the Chinese edition, notebooks/zh/): nbval, two processes each running whole
# notebooks (--dist loadfile: a notebook's cells need each other), then each
# notebook run again with its starting weights moved by a relative 1e-12
# (tests/stability/, which pytest tests/ leaves out).
test-notebooks: $(READY)
	$(BIN)/python -m pytest --nbval -n 2 --dist loadfile notebooks/
	$(BIN)/python -m pytest -n 2 --dist worksteal tests/stability/

test-browser: $(READY)
	$(BIN)/python -m pytest tests/browser/

bench: $(READY)
	$(BIN)/python benchmarks/bench.py

time-notebooks: $(READY)
	$(BIN)/python tools/time_notebooks.py

# Run every notebook top to bottom in a fresh kernel and save its outputs
# (what nbval compares, and what is committed).
run-notebooks: $(READY)
	$(BIN)/python tools/run_notebooks.py

# A static copy of the course in site/ (open site/index.html; the Chinese edition in site/zh/): the notebooks
# as committed, with the widgets' first state; their scripts come from npm.
html: $(READY)
	$(BIN)/python tools/build_site.py

# The lecture (notebooks/lecture/) as a reveal.js deck in slides/ that opens
# offline: the widgets' first state; reveal.js and the scripts from npm.
slides: $(READY)
	$(BIN)/python tools/build_slides.py

# The lecture as live slides, the widgets moving: Voilà on 127.0.0.1 with a
# token (the address to open is printed; PORT=8866 by default).
PORT ?= 8866
live-slides: $(READY)
	$(BIN)/python tools/live_slides.py --port $(PORT)

# Runs the browser suite and copies its pictures of the widgets for the README:
# each whole widget as JupyterLab shows it at 1024x768 (a projector).
SHOTS := tests/browser/screenshots/projector-
screenshots: $(READY)
	$(BIN)/python -m pytest tests/browser/
	mkdir -p docs/images
	cp $(SHOTS)03_backpropagation_step_by_step-stepper.png docs/images/player.png
	cp $(SHOTS)04_learning_rate_and_training-explorer.png docs/images/explorer.png
	cp $(SHOTS)06_beyond_the_demo-playground.png docs/images/playground.png
	cp $(SHOTS)05_the_error_surface-surface.png docs/images/surface.png
	cp $(SHOTS)zh-03_backpropagation_step_by_step-stepper.png docs/images/player-zh.png
	cp $(SHOTS)zh-04_learning_rate_and_training-explorer.png docs/images/explorer-zh.png

# The printable worksheet, its answer key and the lecturer's crib sheet, A4 and Letter, in worksheet/,
# and in Chinese in worksheet/zh/ (built, not committed; tests/test_worksheet.py
# builds and checks them).
worksheet: $(READY)
	$(BIN)/python tools/make_worksheet.py
	$(BIN)/python tools/make_worksheet.py --language zh

clean:
	rm -rf $(VENV) site slides build worksheet .pytest_cache

# A JupyterHub for a whole class on this machine, and its test with five
# learners in real browsers (classroom/README.md).  Both run as root (one
# account per learner) and install into classroom/ only: classroom/.venv
# (requirements.txt + classroom/requirements.txt) and the proxy from npm.
CLASSROOM_READY := classroom/.venv/.installed

$(CLASSROOM_READY): requirements.txt pyproject.toml classroom/requirements.txt classroom/package-lock.json \
		classroom/lab-overrides.json classroom/jupyter_server_config.py classroom/install.sh
	classroom/install.sh

classroom: $(CLASSROOM_READY)
	classroom/.venv/bin/python classroom/classroom.py

test-classroom: $(CLASSROOM_READY)
	classroom/.venv/bin/python -m pytest tests/classroom/

# The lowest and the highest Python of pyproject.toml's requires-python, each in
# a fresh venv in a temporary folder: pip install -r requirements.txt, pytest
# tests/, pytest --nbval of the English notebooks and the lecture
# (tools/check_python.sh; finds pyenv's too).
PYTHON_LOWEST ?= python3.10
PYTHON_HIGHEST ?= python3.13

test-pythons:
	tools/check_python.sh $(PYTHON_LOWEST)
	tools/check_python.sh $(PYTHON_HIGHEST)

# The kernel side with ipywidgets 7.7.1 (Colab's), in a fresh venv: the widget
# tests and the English notebooks top to bottom (nbval-lax).
test-ipywidgets7:
	tools/check_ipywidgets7.sh

# Once the repository has its public address on GitHub: every notebook gets a
# first code cell that installs the package on Colab (and does nothing
# elsewhere), README.md the Colab and Binder links, pyproject.toml the address
# (tools/publish.py; running it again changes nothing).
#   make publish REPOSITORY=https://github.com/OWNER/NAME
publish: $(READY)
	@test -n "$(REPOSITORY)" || { echo "make publish needs the repository's public address:" \
		"make publish REPOSITORY=https://github.com/OWNER/NAME" >&2; exit 2; }
	$(BIN)/python tools/publish.py --repository "$(REPOSITORY)"
