#!/usr/bin/env bash
# Smoke-runs every benchmark (tiny iteration counts) so none can rot: each exits non-zero if it breaks.
# The figures printed here mean nothing; docs/benchmarks.md has the real runs and their commands.
# Expects the reactor to be built (bin/test runs this after `mvnw install`).
set -euo pipefail
source "$(dirname "$0")/../bin/lib/env.sh"
require_jdk 25
cd "$PEREGRINE_HOME"

echo "== smoke: engine benchmark"
"$JAVA_HOME/bin/java" -cp benchmarks/target/benchmarks.jar dev.peregrine.bench.engine.EngineBenchmarkMain \
  -f 0 -wi 0 -i 1 -r 200ms
echo "== smoke: agent overhead benchmark"
SKIP_BUILD=1 benchmarks/run-agent-bench.sh -Dbench.smoke=true -Djmh.ignoreLock=true
echo "== smoke: correlation ring throughput benchmark"
# Only the ring part: the latency part (daemon, real eBPF, a JVM with the agent) takes ~30 s even with --smoke.
benchmarks/run-correlation-bench.sh --smoke --no-build ring
if [ "$(id -u)" -eq 0 ] && [ -r /sys/kernel/btf/vmlinux ]; then
  echo "== smoke: host probe benchmarks"
  benchmarks/run-probe-bench.sh --smoke --no-build
else
  echo "== smoke: host probe benchmarks SKIPPED: they need root and kernel BTF" >&2
fi
