# Two commands on a fresh machine: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint format bench demo clean bytecode

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

# The bot's own modules compiled once, as an install would: where PYTHONDONTWRITEBYTECODE is
# set (as on these machines) every start would otherwise compile some 100 modules from
# source, about 0.3 s of the 2 s start-up budget. A stale file is ignored, never wrong.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q -j 0 bot handlers storage sleepdiary

run: bytecode
	$(BIN)/sleepdiary db upgrade
	$(BIN)/sleepdiary run

demo: $(STAMP)
	$(BIN)/sleepdiary demo

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: bytecode
	$(BIN)/python benchmarks/nlu.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/faq.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/e2e.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/fanout.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/footprint.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/export.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/roster.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
