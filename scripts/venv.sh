# Sourced by demo.sh and test.sh: make sure ./.venv exists and can install packages.
#
# The interpreter: $PYTHON when set; else Debian's /usr/bin/python3 when it is 3.11 or
# newer, because Debian builds CPython with profile-guided and link-time optimisation
# (a Python built from source without --enable-optimizations, such as a default pyenv
# build, runs extraction 12-15% slower: docs/benchmarks.md); else python3 from PATH.
#
# Debian's python3 ships without ensurepip (it is in the python3-venv package) and
# without the C headers mypyc compiles against (python3-dev), so a fresh machine may
# need those Debian packages first; as root we install them, otherwise we say exactly
# what to run (without the headers, extraction installs as slower pure Python).

pick_python() {
    if [ -n "${PYTHON:-}" ]; then
        echo "$PYTHON"
    elif [ -x /usr/bin/python3 ] && /usr/bin/python3 -c \
            'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo /usr/bin/python3
    else
        echo python3
    fi
}

# Install Debian packages as root; otherwise print the command and return 1.
apt_install() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing $* (Debian packages)" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        echo "note: run: sudo apt-get install $*" >&2
        return 1
    fi
}

ensure_venv() {
    local python
    python=$(pick_python)
    if [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; then
        return 0
    fi
    rm -rf .venv  # a half-made venv (no pip) from an earlier failed attempt
    if ! "$python" -m venv .venv >/dev/null 2>&1; then
        rm -rf .venv
        apt_install python3-venv || { echo "error: '$python -m venv' failed" >&2; return 1; }
        "$python" -m venv .venv
    fi
    if ! .venv/bin/python -c 'import os, sysconfig, sys
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
        apt_install python3-dev || echo "warning: no Python headers; extraction will not be compiled" >&2
    fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
}
