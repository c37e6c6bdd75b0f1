.PHONY: install run worker beat test lint bench
install: ; bash scripts/install.sh
run: ; bash scripts/dev.sh
worker: ; .venv/bin/celery -A config worker --loglevel=info --concurrency=2
beat: ; .venv/bin/celery -A config beat --loglevel=info
test: ; bash scripts/test.sh
lint: ; .venv/bin/ruff check . && .venv/bin/ruff format --check .
bench: ; for b in dates extraction_eval pages; do .venv/bin/python -m benchmarks.$$b || exit 1; done
