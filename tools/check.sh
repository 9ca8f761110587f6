#!/usr/bin/env bash
# The whole test suite, headless: lint, layer contracts, types, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
echo "== ruff";          .venv/bin/ruff format --check src tests tools bench
                         .venv/bin/ruff check src tests tools bench
echo "== layers";        .venv/bin/lint-imports
echo "== types";         .venv/bin/mypy
echo "== tests";         .venv/bin/pytest -q -p no:cacheprovider -n 2
