#!/usr/bin/env bash
# Build a knowledge base from the bundled sample articles and print what it learned.
# Usage: bash scripts/demo.sh [--db PATH]   (default: $TELLYTRACK_DB, else ./tellytrack.db)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
.venv/bin/tellytrack demo "$@"
