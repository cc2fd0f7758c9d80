# The project's interface: make run | make test | make shell | make train | make report-nlu
# (make run also serves the demo support portal with the chat widget: web/)
SHELL := /bin/bash
PYTHON310 ?= $(shell ops/find_python310.sh)
VENV := .venv
PY := $(VENV)/bin/python
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
RASA := $(VENV)/bin/rasa
SPACY_DIR := build/spacy/icp_en
MODEL := models/icp.tar.gz
# (the folders too: a deleted training file changes only its folder's time)
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' -o -type d) \
  components $(wildcard components/*.py)

.PHONY: help lint test-fast run run-cluster bench bench-cluster profile shell test train spacy venv validate report report-nlu purge clean conversation eval eval-facts rounds

help: ## list the targets, one line each
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/\1\t\2/' \
	  | awk -F'\t' '{printf "  make %-15s %s\n", $$1, $$2}'

venv: $(VENV)/.installed ## create .venv (Python 3.10) and install the pinned dependencies
$(VENV)/.installed: requirements.txt constraints.txt
	@test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip==24.0"
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	@touch $@

spacy: $(SPACY_DIR)/meta.json ## build the project's own spaCy pipeline into build/spacy/ (no download)
$(SPACY_DIR)/meta.json: $(VENV)/.installed nlp/build_pipeline.py nlp/indexed_entity_ruler.py \
  actions/places.py
	$(PY) -m nlp.build_pipeline $(SPACY_DIR)

# Trains only when the data, config or spaCy pipeline changed. Rasa fingerprints a spaCy model by
# its path alone, so a rebuilt pipeline forces a full retrain.
train: $(MODEL) ## train models/icp.tar.gz when the data, config or pipeline changed
$(MODEL): $(SPACY_DIR)/meta.json $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name icp --out models \
	  $(if $(filter $(SPACY_DIR)/meta.json,$?),--force)

# Scale-out on localhost: nginx :8000 -> two Rasa servers (:5006, :5007) sharing PostgreSQL and
# Redis (started here, from Debian packages), one action server (:5055).
run-cluster: $(MODEL) ## serve the scale-out set-up: nginx, two Rasa servers, PostgreSQL, Redis
	ops/ensure_debian_packages.sh
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) -m ops.cluster up

# Numbers, not a test: this assistant side by side with the `rasa init` reference bot (training,
# cold start, latency, throughput, memory; reports/bench.json and reports/bench.png).
bench: $(MODEL) ## speed and size against the rasa init reference bot (reports/bench.json)
	$(PY) -m bench.bench

# Where the servers spend their CPU time: py-spy samples both while one client chats
# (reports/profiles/: raw stacks and SUMMARY.md).
profile: $(MODEL) ## where the servers spend their CPU time (reports/profiles/)
	$(PY) -m bench.profile_servers

# Numbers, not a test: load and flood measurements on the scale-out set-up (reports/bench-load.json).
bench-cluster: $(MODEL) ## load and flood measurements on the scale-out set-up
	ops/ensure_debian_packages.sh
	$(PY) -m bench.bench_load

validate: $(VENV)/.installed ## rasa data validate, failing on warnings (responses spoken by actions counted)
	$(PY) -m devtools.validate_data

run: $(MODEL) ## set up, train if needed, and serve the assistant and the demo portal
	RASA=$(RASA) PY=$(PY) ops/serve.sh

shell: $(MODEL) ## chat with the assistant in the terminal
	mkdir -p var
	SANIC_HOST=127.0.0.1 $(RASA) run actions --port 5055 > /dev/null 2>&1 & \
	  trap "kill $$! 2>/dev/null" EXIT; \
	  $(RASA) shell --model $(MODEL) --endpoints endpoints.yml

test: $(MODEL) lint ## lint, then every test: decision table, understanding, conversations, browser, databases
	ops/ensure_debian_packages.sh
	$(PY) -m pytest

test-fast: $(SPACY_DIR)/meta.json ## the tests that need no server, browser, database or training (under a minute)
	$(PY) -m pytest -m "not needs_services"

lint: $(VENV)/.installed ## ruff: lint and format check (ruff.toml; `ruff format .` fixes the format)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The support team's view of stored conversations: per day, per topic, feedback, handoffs and
# what could not be answered (reports/support-report.md and .png). ENDPOINTS picks the store
# (e.g. var/cluster/endpoints.yml for the cluster's PostgreSQL); REPORT_DAYS=N limits it to N days.
ENDPOINTS ?= endpoints.yml
report: $(VENV)/.installed ## the support team's report from stored conversations (reports/support-report.md)
	$(PY) -m support.report --endpoints $(ENDPOINTS) $(if $(REPORT_DAYS),--days $(REPORT_DAYS))

# One conversation, found by the reference a user quoted from the handoff (make conversation REF=ICP-…).
conversation: $(VENV)/.installed ## the conversation behind a handoff reference: make conversation REF=ICP-...
	$(PY) -m support.conversation --endpoints $(ENDPOINTS) "$(REF)"

# Real questions, not trained on, played against the real servers (eval/; reports/eval.json).
eval: $(MODEL) ## real questions not trained on, played against the servers (reports/eval.json)
	$(PY) -m eval.run

# Where the site is hosted, as read by today's rules and by a trained role tagger (the
# experiment in eval/alternatives/roles/; reports/eval_facts.json).
ROLE_MODEL := eval/alternatives/roles/model/roles.tar.gz
$(ROLE_MODEL): $(SPACY_DIR)/meta.json $(wildcard eval/alternatives/roles/*.yml) eval/alternatives/roles/train.py
	$(PY) -m eval.alternatives.roles.train

rounds: $(MODEL) ## replay the red-team rounds of devtools/redteam/ (our own wording; reports/rounds/)
	$(PY) -m devtools.play_rounds devtools/redteam/*.yml

eval-facts: $(MODEL) $(ROLE_MODEL) ## where the site is hosted: the rules against a trained role tagger
	$(PY) -m eval.facts

report-nlu: $(SPACY_DIR)/meta.json ## NLU cross-validation report (reports/nlu/)
	$(PY) -m devtools.nlu_cross_validation reports/nlu

# Retention: deletes conversations last active more than DAYS days ago from the tracker store.
DAYS ?= 30
purge: $(VENV)/.installed ## delete conversations idle for more than DAYS days (default 30)
	$(PY) -m support.purge_conversations --days $(DAYS)

clean: ## remove built and generated files (build, models, generated reports)
	rm -rf build models results .pytest_cache
	@# reports/PERFORMANCE.md is written by hand and kept
	@test ! -d reports || find reports -mindepth 1 -maxdepth 1 ! -name PERFORMANCE.md -exec rm -rf {} +
