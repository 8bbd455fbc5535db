#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print its URL on stdout.
#
#   url=$(bash scripts/postgres.sh)        # start (or reuse) the server
#   bash scripts/postgres.sh stop          # stop it (only this one)
#
# The cluster lives in $TELLYTRACK_PG_DIR (default: /tmp/tellytrack-pg-$UID), listens
# on 127.0.0.1 only, on a free port, with a random password; running the script again
# while it is up just prints the same URL. It never touches any other cluster.
# Installs Debian's postgresql when no server binaries are found and we are root.
# Messages go to stderr; exit status is non-zero when no server could be started.
set -euo pipefail

dir=${TELLYTRACK_PG_DIR:-/tmp/tellytrack-pg-$(id -u)}
data=$dir/data

say() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

install_server() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        say "no PostgreSQL server found; install it first: sudo apt-get install postgresql"
        return 1
    fi
    say "installing Debian's postgresql"
    # policy-rc.d 101: the package must not start its own 'main' cluster here.
    local policy=/usr/sbin/policy-rc.d created=
    if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; created=1; fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    local rc=$?
    [ -n "$created" ] && rm -f "$policy"
    return $rc
}

# as_owner CMD...: run a server command as the cluster's owner (initdb refuses root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

url() { echo "postgresql://postgres:$(cat "$dir/password")@127.0.0.1:$(cat "$dir/port")/tellytrack"; }

bindir=$(find_bindir) || { install_server && bindir=$(find_bindir); } || exit 1

if [ "${1:-start}" = stop ]; then
    [ -f "$data/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >&2
    exit 0
fi

if [ -f "$data/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    url
    exit 0
fi

if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    python3 -c 'import secrets; print(secrets.token_hex(16))' >"$dir/password"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=scram-sha-256 \
        --pwfile="$dir/password" --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { say "initdb failed, see $dir/initdb.log"; exit 1; }
fi

free_port >"$dir/port"
as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$dir/port") -k $dir -c fsync=off" >/dev/null \
    || { say "the server did not start, see $dir/server.log"; exit 1; }
PGPASSWORD=$(cat "$dir/password") "$bindir/psql" -h 127.0.0.1 -p "$(cat "$dir/port")" \
    -U postgres -d postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = 'tellytrack'" \
    | grep -q 1 \
    || PGPASSWORD=$(cat "$dir/password") "$bindir/createdb" -h 127.0.0.1 \
        -p "$(cat "$dir/port")" -U postgres tellytrack
say "server up in $dir"
url
