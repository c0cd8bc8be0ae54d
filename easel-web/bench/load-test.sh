#!/usr/bin/env bash
# Load test of the web app: starts `easel serve` on a free loopback port, runs 8 clients against it for
# 2 minutes (WebLoadTest: throughput, latency percentiles, status counts, peak RSS), stops the server.
# Usage: easel-web/bench/load-test.sh [--clients N] [--seconds S] [--max-rss-mb MB]
# Needs easel-cli/target/easel.jar (./easel builds it) and javac. Exit status 1 on any 5xx or an RSS over budget.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/easel-cli/target/easel.jar"
[ -f "$jar" ] || { echo "load-test: $jar missing; build it with ./easel --help or mvn -B -DskipTests install" >&2; exit 2; }
export EASEL_SHARED="${EASEL_SHARED:-$root/../shared}"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
# The load test lives with the tests (src/test/java/dev/easel/web/bench), not in the jar: compile it against the jar.
classes="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$log" "$classes"' EXIT
javac -nowarn -Xlint:none -d "$classes" -cp "$jar" "$root"/easel-web/src/test/java/dev/easel/web/bench/*.java
# shellcheck disable=SC2086
java ${EASEL_JAVA_OPTS:--Xmx3g} -Dai.djl.offline=true -Deasel.models="$root/models" -jar "$jar" serve --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$log" "$classes"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/methods" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
java -cp "$classes:$jar" dev.easel.web.bench.WebLoadTest --url "http://127.0.0.1:$port" --pid "$server" "$@"
