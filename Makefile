# Two commands do everything on a fresh machine:
#   make demo   set up .venv and run the main job on the bundled corpus
#   make test   set up .venv and run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.test-packages

.PHONY: demo test setup clean serve

# what chitieu needs to run (demo): debian-packages/run.txt, then .venv
$(STAMP): pyproject.toml debian-packages/run.txt
	scripts/install-sysdeps debian-packages/run.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/chitieu extract corpus/text corpus/pdf corpus/scan corpus/docx corpus/html corpus/legacy -o out/catalogue.json
	$(BIN)/chitieu eval --gold corpus/gold --pred out/catalogue.json | tail -n 3
	rm -f out/chitieu.db
	$(BIN)/chitieu db ingest --db out/chitieu.db out/catalogue.json
	$(BIN)/chitieu compare 2024 2025 --db out/chitieu.db --jurisdiction "Long An" --chart out/changes.png
	$(BIN)/chitieu compare 2024 2025 --db out/chitieu.db --jurisdiction "Long An" --format csv -o out/compare.csv
	$(BIN)/chitieu review out/catalogue.json -o out/review.html
	@echo "demo: out/catalogue.json, out/chitieu.db, out/compare.csv, out/changes.png, out/review.html"

serve: $(STAMP)
	@test -f out/chitieu.db || { echo "no out/chitieu.db: run make demo first"; exit 1; }
	$(BIN)/chitieu serve --db out/chitieu.db


# what only the tests need on top: debian-packages/test.txt (PostgreSQL, Chromium)
$(TEST_STAMP): $(STAMP) debian-packages/test.txt
	scripts/install-sysdeps debian-packages/test.txt
	touch $(TEST_STAMP)

test: $(TEST_STAMP)
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) out
