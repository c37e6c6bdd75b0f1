#!/usr/bin/env bash
# One command for a fresh machine: install, migrate, load the demo story, create a local admin
# account and serve the app at http://127.0.0.1:8000.
# Without REDIS_URL tasks run in-process; with it, a Celery worker and beat run alongside.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export DEBUG=${DEBUG:-1}
PY=.venv/bin/python
$PY manage.py migrate --noinput
$PY manage.py load_demo
$PY manage.py create_local_admin
if [ -n "${REDIS_URL:-}" ]; then
    .venv/bin/celery -A config worker --loglevel=info --concurrency=2 &
    worker=$!
    .venv/bin/celery -A config beat --loglevel=info --schedule /tmp/chronicle-beat &
    beat=$!
    trap 'kill $worker $beat 2>/dev/null || true' EXIT
fi
echo "Chronicle: http://127.0.0.1:8000/   admin: http://127.0.0.1:8000/admin/"
$PY manage.py runserver 127.0.0.1:8000
