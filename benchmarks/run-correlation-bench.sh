#!/usr/bin/env bash
# Correlation benchmarks (issue 5): ring throughput agent -> probe, and syscall-to-alert latency through the real
# daemon (uncorrelated and correlated events, idle and under a background load of 100 K events/s).
# The latency part needs root (real eBPF), gcc and the agent jar; the ring part needs neither.
#
#   benchmarks/run-correlation-bench.sh                 everything (~2 minutes); figures go in docs/benchmarks.md
#   benchmarks/run-correlation-bench.sh --smoke         tiny counts: proves the harness runs (figures meaningless)
#   benchmarks/run-correlation-bench.sh ring            one part: ring | latency
#   benchmarks/run-correlation-bench.sh --no-build ...  reuse the built jars
# Other options go to dev.peregrine.bench.correlation.CorrelationBench: --rate N (trigger opens/s, default 200),
# --seconds N (per phase, default 10), --load-rate N (background opens/s, default 100000), --cpu N (background CPU),
# --ring-records N (per round). JAVA_OPTS adds JVM options (e.g. -Xlog:gc:file=/tmp/gc.log).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=1
args=()
latency=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) args+=("$arg") ;;
  esac
done
# Only "ring" named explicitly: no root, gcc or agent needed.
if printf '%s\n' "${args[@]}" | grep -qx ring && ! printf '%s\n' "${args[@]}" | grep -qx latency; then
  latency=0
fi

source bin/lib/env.sh
require_jdk 25
if [ "$build" = 1 ]; then
  ./mvnw -B -q -o -pl javaagent,benchmarks -am install -DskipTests
fi

work=benchmarks/target/correlation-bench
mkdir -p "$work"
# Private copies of the jars: other builds in this tree must not change (or delete) them mid-run.
cp benchmarks/target/benchmarks.jar "$work/benchmarks.jar"
extra=()
if [ "$latency" = 1 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "run-correlation-bench.sh: the latency part must run as root (real eBPF); run 'ring' alone otherwise" >&2
    exit 3
  fi
  gcc -O2 -Wall -Wextra -Werror -o "$work/peregrine-load" benchmarks/src/main/c/peregrine-load.c
  cp javaagent/target/peregrine-agent.jar "$work/peregrine-agent.jar"
  extra=(--load-gen "$work/peregrine-load" --agent-jar "$PWD/$work/peregrine-agent.jar")
fi

# The rules file and ring directory must be root's and not writable by others: a fresh directory under /tmp.
# JAVA_OPTS: extra JVM options for the benchmark's (and the in-process daemon's) JVM, e.g. -Xlog:gc:file=gc.log.
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED -cp "$work/benchmarks.jar" \
  dev.peregrine.bench.correlation.CorrelationBench --work /tmp/peregrine-correlation-bench "${extra[@]}" "${args[@]}"
