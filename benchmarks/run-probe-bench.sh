#!/usr/bin/env bash
# Host probe benchmarks (issue 3): consumer drain rate, capture overhead, sustained rate with zero drops.
# Needs root (real eBPF), gcc and JDK 25. Builds benchmarks.jar unless --no-build.
#
#   benchmarks/run-probe-bench.sh            full run (~10 minutes on 2 cores); figures go in docs/benchmarks.md
#   benchmarks/run-probe-bench.sh --smoke    every benchmark with tiny counts (well under a minute): for CI
#   benchmarks/run-probe-bench.sh drain      only some parts: jmh drain overhead sustained sustained-batched
#                                            sustained-engine (default: all, in that order)
#   benchmarks/run-probe-bench.sh --compare-ref REF overhead progtime
#                                            also run the BPF object committed at git REF (e.g. HEAD~1) in the
#                                            overhead and progtime parts, alternating with the current one
#   progtime (not in the default set; needs libbpf-dev and clang): time spent inside the programs per run, from the
#   kernel's BPF statistics (benchmarks/src/main/c/peregrine-progstat.c): robust to other load on the machine.
#
# The sustained part runs in its own JVM confined by taskset to every CPU but the last; the C generators pin
# themselves to the last CPU, so the consumer has its own core(s) and the producers theirs.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=""
build=1
compare_ref=""
parts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke="--smoke" ;;
    --no-build) build=0 ;;
    --compare-ref) compare_ref="${2:?--compare-ref needs a git revision}"; shift ;;
    drain|overhead|sustained|sustained-batched|sustained-engine|jmh|progtime) parts+=("$1") ;;
    *) echo "usage: $0 [--smoke] [--no-build] [--compare-ref REF]" \
         "[jmh|drain|overhead|sustained|sustained-batched|sustained-engine|progtime]..." >&2
       exit 1 ;;
  esac
  shift
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

compare_opt=()
if [ -n "$compare_ref" ]; then
  cmp_obj=benchmarks/target/probe-load/peregrine-compare.bpf.o
  git show "$compare_ref:host-probe/src/main/resources/bpf/peregrine.bpf.o" > "$cmp_obj"
  compare_opt=(--compare-obj "$cmp_obj")
fi

cpus=$(nproc)
gen_cpu=$((cpus - 1))
consumer_cpus="0-$((cpus > 1 ? cpus - 2 : 0))"
jar=benchmarks/target/benchmarks.jar
java_cmd=(java --enable-native-access=ALL-UNNAMED -cp "$jar")

# progtime: each object alternately, rounds x (getppid loop, open(2)+close loop) under peregrine-progstat, with only
# open(2) wanted: other processes open files with openat, so every run of the program is an unwanted syscall except
# the loop's own opens. Per round: "unwanted" = avg ns per run in the getppid loop; "open" = the program time of one
# captured open = unwanted + (time of all runs in the open+close loop - runs x unwanted) / opens. The program runs
# for every task of the machine: other tasks' syscalls count too, at the unwanted price.
progtime() {
  local stat=benchmarks/target/probe-load/peregrine-progstat rounds=7 gp=1000000 oc=200000
  [ -n "$smoke" ] && rounds=2 gp=20000 oc=2000
  gcc -O2 -Wall -Wextra -Werror -o "$stat" benchmarks/src/main/c/peregrine-progstat.c -lbpf
  local objs=("committed:host-probe/src/main/resources/bpf/peregrine.bpf.o:pg_sys_exit")
  [ -n "${floor:-}" ] && objs=("floor(tp_btf):$floor:pg_floor" "floor(raw_tp):$floor:pg_floor_raw" "${objs[@]}")
  [ -n "${cmp_obj:-}" ] && objs+=("$compare_ref:$cmp_obj:pg_sys_exit")
  echo "== progtime: ns inside the program per run (bpf stats; includes a constant ~2 sched_clock reads) =="
  for ((r = 0; r < rounds; r++)); do
    for o in "${objs[@]}"; do
      IFS=: read -r label obj prog <<< "$o"
      g=$("$stat" -o "$obj" -p "$prog" -w 2 -- "$gen" getppid -n $gp -c "$gen_cpu" | grep '^prog=')
      c=$("$stat" -o "$obj" -p "$prog" -w 2 -- "$gen" open2close -n $oc -c "$gen_cpu" | grep '^prog=')
      echo "$label $g $c $oc"
    done
  done | awk '{ split($3, a, "="); split($4, u, "="); split($6, n, "="); split($7, v, "=");
               un = u[2]; op = un + (v[2] * n[2] - un * n[2]) / $8; k = $1;
               U[k] = U[k] " " un; O[k] = O[k] " " op; if (!(k in seen)) { seen[k] = 1; order[++m] = k } }
    function med(s,   x, c, i, j, t) { c = split(s, x, " ");
      for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
      return x[int((c + 1) / 2)] }
    END { for (i = 1; i <= m; i++) printf "  %-16s unwanted syscall %7.1f ns/run   captured open %7.1f ns/run   (medians of %d rounds)\n",
            order[i], med(U[order[i]]), med(O[order[i]]), split(U[order[i]], z, " ") }'
}

for part in "${parts[@]}"; do
  case "$part" in
    progtime) progtime ;;
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
        "${compare_opt[@]}" --cpu "$gen_cpu" "$part" ;;
  esac
done
