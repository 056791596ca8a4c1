# legalgraph — the two README commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

NATIVE := ingest/_native.json

.PHONY: demo test lint setup native neo4j-setup browser-setup bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## The extractor's hot path compiled with mypyc (about a quarter faster; see ingest/native.py).
$(NATIVE): $(STAMP) $(wildcard ingest/*.py ingest/metadata/*.py) tools/native/build.py
	$(BIN)/python tools/native/build.py

native: $(NATIVE)

## Ingest the sample reports into the embedded store and print who implements what.
demo: $(STAMP)
	$(BIN)/legalgraph ingest examples/ --data-dir var/demo
	$(BIN)/legalgraph query stats --data-dir var/demo
	$(BIN)/legalgraph query implementers "Chỉ thị 33/CT-TTg" --data-dir var/demo
	$(BIN)/legalgraph query implementers "Nghị định số 04/2015/NĐ-CP" --data-dir var/demo

neo4j-setup:
	bash tools/neo4j/setup.sh

browser-setup:
	bash tools/browser/setup.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Everything the tests need (virtualenv, dependencies, Neo4j jars) and the whole suite.
test: $(STAMP) $(NATIVE) neo4j-setup browser-setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	LEGALGRAPH_NATIVE_REQUIRED=1 $(BIN)/python -m pytest -q

eval: $(STAMP) $(NATIVE)
	$(BIN)/python scripts/evaluate.py
	@for d in tests/holdout*/; do printf '%-17s' "$$d"; $(BIN)/python scripts/evaluate.py --gold "$$d" | grep '^ALL'; done
	$(BIN)/python scripts/evaluate_identity.py

bench: $(STAMP) $(NATIVE)
	$(BIN)/python bench/extract.py

clean:
	-test -x $(BIN)/python && $(BIN)/python tools/native/build.py --clean
	rm -rf $(VENV) var build .pytest_cache .ruff_cache
