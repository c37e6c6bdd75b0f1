#!/usr/bin/env bash
# Runs the whole test suite. Uses PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set
# (CI sets them); otherwise SQLite, and the tests that need the real services say so.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/python -m pytest "$@"
