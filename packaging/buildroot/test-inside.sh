#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test run, where the stack is (natively or inside the build root): configure, build, start a
# throwaway PostgreSQL server when one can be had, ctest, stop the server.
set -euo pipefail
# Usage: test-inside.sh [PRESET [COMMAND...]]; a COMMAND runs instead of ctest (with the server up).
preset=${1:-dev}
shift || true

pg_dir=
stop_postgres() {
    if [[ -n $pg_dir && -x $pg_dir/pgctl.sh ]]; then
        "$pg_dir/pgctl.sh" stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir"
    fi
}
# shellcheck source=packaging/buildroot/mail-servers.sh
source "$(dirname "${BASH_SOURCE[0]}")/mail-servers.sh"
stop_servers() {
    stop_postgres
    stop_mail_servers
}
trap stop_servers EXIT

start_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z $bin || ! -x $bin/initdb ]]; then
        echo "tandem: no PostgreSQL server here; the [postgres] tests will be skipped." >&2
        return 0
    fi
    local as_server=()
    pg_dir=$(mktemp -d /tmp/tandem-postgres.XXXXXX)
    if [[ $(id -u) == 0 ]]; then
        # PostgreSQL refuses to run as root.
        chown postgres: "$pg_dir"
        as_server=(setpriv --reuid=postgres --regid=postgres --init-groups)
    fi
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$pg_dir/pgctl.sh" <<SCRIPT
#!/usr/bin/env bash
exec ${as_server[*]} "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" "\$@"
SCRIPT
    chmod +x "$pg_dir/pgctl.sh"
    if ! "${as_server[@]}" "$bin/initdb" -D "$pg_dir/data" -U tandem --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$pg_dir/initdb.log" 2>&1 || ! "$pg_dir/pgctl.sh" start >/dev/null; then
        echo "tandem: could not start a PostgreSQL server (see below); the [postgres] tests will be skipped." >&2
        cat "$pg_dir"/*.log >&2 || true
        return 0
    fi
    export TANDEM_TEST_POSTGRES_URL="postgresql://tandem@127.0.0.1:$port/postgres"
    # Lets the reconnection tests stop and start the server under an open workspace.
    export TANDEM_TEST_POSTGRES_CTL="$pg_dir/pgctl.sh"
    echo "tandem: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

if [[ ${TANDEM_SKIP_BUILD:-0} != 1 ]]; then
    cmake --preset "$preset"
    cmake --build --preset "$preset"
fi
start_postgres
start_mail_servers
if (($# > 0)); then
    "$@"
else
    ctest --preset "$preset"
    # The benchmark must run and write valid JSON; its timings are not judged here.
    bench_dir=$(mktemp -d /tmp/tandem-bench.XXXXXX)
    "build/$preset/bin/tandem-bench" --size small --workdir "$bench_dir" --json "$bench_dir/bench.json" >/dev/null
    python3 -m json.tool "$bench_dir/bench.json" >/dev/null
    echo "tandem: tandem-bench --size small completed and wrote valid JSON"
    # The same measures on the test server (under a minute at small); again only that it finishes.
    if [[ -n ${TANDEM_TEST_POSTGRES_URL:-} ]]; then
        "build/$preset/bin/tandem-bench" --backend postgresql --size small --workdir "$bench_dir" \
            --json "$bench_dir/bench-postgresql.json" >/dev/null
        python3 -m json.tool "$bench_dir/bench-postgresql.json" >/dev/null
        echo "tandem: tandem-bench --backend postgresql --size small completed and wrote valid JSON"
    fi
    # A short team load (20 desks, 30 s) on the test server: it must finish without a single error.
    if [[ -n ${TANDEM_TEST_POSTGRES_URL:-} ]]; then
        "build/$preset/bin/tandem-bench" --team 20 --seconds 30 --team-customers 200 --team-interactions 2000 \
            --json "$bench_dir/team.json"
        python3 -m json.tool "$bench_dir/team.json" >/dev/null
        echo "tandem: tandem-bench --team 20 ran 30 s with no errors"
    fi
    rm -rf "$bench_dir"
fi
