#!/usr/bin/env bash
# Host probe benchmarks (issue 3): consumer drain rate, capture overhead, sustained rate with zero drops.
# Needs root (real eBPF), gcc and JDK 25. Builds benchmarks.jar unless --no-build.
#
#   benchmarks/run-probe-bench.sh            full run (~10 minutes on 2 cores); figures go in docs/benchmarks.md
#   benchmarks/run-probe-bench.sh --smoke    every benchmark with tiny counts (well under a minute): for CI
#   benchmarks/run-probe-bench.sh drain      only some parts: jmh drain overhead sustained sustained-batched
#                                            sustained-engine (default: all, in that order)
#
# The sustained part runs in its own JVM confined by taskset to every CPU but the last; the C generators pin
# themselves to the last CPU, so the consumer has its own core(s) and the producers theirs.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=""
build=1
parts=()
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke="--smoke" ;;
    --no-build) build=0 ;;
    drain|overhead|sustained|sustained-batched|sustained-engine|jmh) parts+=("$arg") ;;
    *) echo "usage: $0 [--smoke] [--no-build] [jmh|drain|overhead|sustained|sustained-batched|sustained-engine]..." >&2
       exit 1 ;;
  esac
done
[ ${#parts[@]} -eq 0 ] && parts=(jmh drain overhead sustained sustained-batched sustained-engine)

if [ "$(id -u)" != 0 ]; then
  echo "run-probe-bench.sh: must run as root (the benchmarks attach real eBPF programs)" >&2
  exit 3
fi

source bin/lib/env.sh
require_jdk 25
if [ "$build" = 1 ]; then
  ./mvnw -B -q -o -pl benchmarks -am install -DskipTests
fi

gen=benchmarks/target/probe-load/peregrine-load
mkdir -p "$(dirname "$gen")"
gcc -O2 -Wall -Wextra -Werror -o "$gen" benchmarks/src/main/c/peregrine-load.c
# The overhead floor (an empty program at the probe's tracepoint) needs clang; without it that mode is skipped.
floor_opt=()
if command -v clang > /dev/null; then
  floor=benchmarks/target/probe-load/floor.bpf.o
  clang -O2 -g -target bpf -c benchmarks/src/main/c/floor.bpf.c -o "$floor"
  floor_opt=(--floor-obj "$floor")
else
  echo "run-probe-bench.sh: clang not found: the overhead floor will not be measured" >&2
fi

cpus=$(nproc)
gen_cpu=$((cpus - 1))
consumer_cpus="0-$((cpus > 1 ? cpus - 2 : 0))"
jar=benchmarks/target/benchmarks.jar
java_cmd=(java --enable-native-access=ALL-UNNAMED -cp "$jar")

for part in "${parts[@]}"; do
  case "$part" in
    jmh)
      # Smoke ignores JMH's machine-wide lock (figures are meaningless anyway); a full run waits its turn.
      if [ -n "$smoke" ]; then
        java --enable-native-access=ALL-UNNAMED -Djmh.ignoreLock=true -cp "$jar" \
          dev.peregrine.bench.probe.RingDrainMain -f 0 -wi 0 -i 1 -r 100ms
      else
        "${java_cmd[@]}" dev.peregrine.bench.probe.RingDrainMain
      fi ;;
    sustained|sustained-batched|sustained-engine)
      taskset -c "$consumer_cpus" "${java_cmd[@]}" dev.peregrine.bench.probe.ProbeBench $smoke \
        --load-gen "$gen" --cpu "$gen_cpu" "$part" ;;
    *)
      "${java_cmd[@]}" dev.peregrine.bench.probe.ProbeBench $smoke --load-gen "$gen" "${floor_opt[@]}" \
        --cpu "$gen_cpu" "$part" ;;
  esac
done
