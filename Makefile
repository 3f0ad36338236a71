# The two commands a new machine needs: `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= site
SITEGEN_FLAGS ?=

.PHONY: site test deps clean

deps:
	@scripts/ensure-deps.sh

site: deps
	$(SWIFT) run sitegen --content $(CONTENT) --output $(OUTPUT) $(SITEGEN_FLAGS)

# The Swift tests, then the Python side channel's (pytest, installed into .build/ if missing).
test: deps
	@scripts/ensure-test-deps.sh
	$(SWIFT) test
	scripts/test-python.sh

clean:
	rm -rf .build $(OUTPUT)
