#!/usr/bin/env bash
# The whole check, as CI runs it (.ci/run): lint, types, tests. Exits non-zero on any failure.
# Installs Debian's chromium for the browser tests when it is missing and we are root;
# otherwise those tests skip and say that chromium is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv || exit 1
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,postgres,train,cluster]' || exit 1

if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing chromium for the browser tests" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
            || echo "warning: could not install chromium; browser tests will skip" >&2
    else
        echo "note: chromium is missing and we are not root; browser tests will skip" >&2
    fi
fi

# The store tests run on PostgreSQL too: scripts/postgres.sh starts a throwaway server
# (installing Debian's postgresql as root) and we stop it on exit; without one they skip.
if [ -z "${TELLYTRACK_TEST_PG_URL:-}" ]; then
    if TELLYTRACK_TEST_PG_URL=$(bash scripts/postgres.sh); then
        trap 'bash scripts/postgres.sh stop' EXIT
    else
        TELLYTRACK_TEST_PG_URL=
        echo "warning: no PostgreSQL server; the PostgreSQL store tests will skip" >&2
    fi
    export TELLYTRACK_TEST_PG_URL
fi

status=0
step() {
    echo "== $*" >&2
    "$@" || status=1
}
step .venv/bin/ruff check src tests
step .venv/bin/mypy
step .venv/bin/pytest -q
[ "$status" = 0 ] && echo "all checks passed" >&2 || echo "some checks FAILED" >&2
exit "$status"
