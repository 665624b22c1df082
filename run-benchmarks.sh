#!/usr/bin/env bash
# Runs the benchmark suite against the sandbox (durable embedded PostgreSQL, in-process Kafka, the
# Flowroute emulator) and the API jar in its own JVM; prints a table and writes BENCHMARKS.md.
# Arguments go to the harness: --quick, --only footprint,inbound,send,batch,dispatcher,queries,
# --max-rows N, --output FILE, --api-jar PATH, --no-profile, --inbound-rates R1,R2,
# --postgres-setting NAME=VALUE, --api-jvm-option -XOPTION, --floor-jvm-option -XOPTION (--help lists them).
# BENCHMARKS_SKIP_BUILD=1 skips the build; BENCHMARKS_JAVA_OPTS adds JVM options to the harness.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${BENCHMARKS_SKIP_BUILD:-}" ]; then
  echo "Building Switchboard and the benchmark harness (the first run downloads dependencies)..."
  ./mvnw -B -q package -DskipTests
fi
subject="${BENCHMARKS_SUBJECT:-}"
if [ -z "$subject" ]; then
  subject="API at commit $(git log -1 --format='%h %s' 2>/dev/null || echo unknown)"
  if [ -n "$(git status --porcelain 2>/dev/null)" ]; then
    subject="$subject, with uncommitted changes"
  fi
fi
# The harness hosts the load generator, the Kafka broker and the event watcher: a G1 young pause of
# 20-50 ms every few seconds stopped all three and showed up as latency of the API and the bare path
# alike. Shenandoah pauses for well under a millisecond; JDK builds without it keep G1.
collector=""
if java -XX:+UseShenandoahGC -version >/dev/null 2>&1; then
  collector="-XX:+UseShenandoahGC"
fi
exec java -Xmx2g $collector ${BENCHMARKS_JAVA_OPTS:-} -Dbenchmarks.subject="$subject" \
  -cp 'benchmarks/target/classes:benchmarks/target/lib/*' dev.switchboard.benchmarks.Main "$@"
