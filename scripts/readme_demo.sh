#!/usr/bin/env bash
# Refresh the demo output shown in README.md (between the "demo-output" markers) from a real
# run of `tellytrack demo` on an empty knowledge base, so the README never shows stale output.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$OLDPWD/.venv/bin/tellytrack" demo) > "$work/out.txt"
.venv/bin/python - "$work/out.txt" <<'PY'
import os, re, sys
out = open(sys.argv[1], encoding="utf-8").read().rstrip("\n")
out = out.replace(os.getcwd() + "/", "")  # "Next: `.venv/bin/tellytrack serve ...`", as demo.sh prints
readme = open("README.md", encoding="utf-8").read()
block = f"<!-- demo-output -->\n```\n{out}\n```\n<!-- /demo-output -->"
new, n = re.subn(r"<!-- demo-output -->.*?<!-- /demo-output -->", lambda m: block, readme, flags=re.S)
if n != 1:
    sys.exit("README.md needs exactly one <!-- demo-output --> ... <!-- /demo-output --> block")
open("README.md", "w", encoding="utf-8").write(new)
PY
