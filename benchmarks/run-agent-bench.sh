#!/usr/bin/env bash
# Measures what the Java agent costs: per-operation overhead (JMH, forks without and with -javaagent in the same
# run), start-up time and footprint on JDK 17 and 25. Prints Markdown tables with ratios against the baseline.
#
#   benchmarks/run-agent-bench.sh                       # full run (several minutes)
#   benchmarks/run-agent-bench.sh -Dbench.smoke=true    # everything once, briefly (CI: proves it still runs)
#   SKIP_BUILD=1 benchmarks/run-agent-bench.sh -Dbench.parts=overhead -Dbench.include=file
#
# Other settings (-Dbench.forks, .warmups, .iterations, .time, .jdks, .startup.runs, .heap.runs, .agent.args):
# see benchmarks/src/main/java/dev/peregrine/bench/agent/BenchSettings.java.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bin/lib/env.sh
require_jdk 25

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -o -pl javaagent,benchmarks -am install -DskipTests
fi

# Measure private copies of the agent jar and of the benchmark jar: a rebuild during the run (other builds share
# this tree) must not change what the later forks load, nor pull the JMH classes from under them.
work=benchmarks/target/agent-bench
mkdir -p "$work"
cp javaagent/target/peregrine-agent.jar "$work/peregrine-agent.jar"
cp benchmarks/target/benchmarks.jar "$work/benchmarks.jar"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
git diff --quiet HEAD -- javaagent 2>/dev/null || commit="$commit + uncommitted javaagent changes"
echo "agent jar: sha256 $(sha256sum "$work/peregrine-agent.jar" | cut -c1-16), built from $commit"

exec "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow \
  -Dbench.agent.jar="$work/peregrine-agent.jar" \
  -Dbench.dir="$PWD/$work" \
  -Dbench.apps.src=benchmarks/src/main/java \
  "$@" \
  -cp "$work/benchmarks.jar" dev.peregrine.bench.agent.AgentBenchMain
