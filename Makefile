# Telaah: two commands do all set-up (see README.md).
#   make run    create .venv, install, open the app (demo study on first start)
#   make test   create .venv, install with test extras, run the whole suite headless
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint translations clean demo

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(PROJECT)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run $(BENCH_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

translations: $(STAMP)
	$(PY) tools/update_translations.py

demo: $(STAMP)
	$(PY) main.py demo demo.telaah

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
