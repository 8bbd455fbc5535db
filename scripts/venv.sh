# Sourced by demo.sh and test.sh: make sure ./.venv exists and can install packages.
#
# Debian's python3 ships without ensurepip (it is in the python3-venv package),
# so a fresh machine may need that one Debian package first; as root we install
# it, otherwise we say exactly what to run.

ensure_venv() {
    local python=${PYTHON:-python3}
    if [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; then
        return 0
    fi
    rm -rf .venv  # a half-made venv (no pip) from an earlier failed attempt
    if ! "$python" -m venv .venv >/dev/null 2>&1; then
        rm -rf .venv
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "installing python3-venv (Debian keeps venv support in its own package)" >&2
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            "$python" -m venv .venv
        else
            echo "error: '$python -m venv' failed; install venv support first:" >&2
            echo "       sudo apt-get install python3-venv" >&2
            return 1
        fi
    fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
}
