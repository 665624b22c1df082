#!/usr/bin/env bash
# Builds Switchboard and runs it on embedded defaults: PostgreSQL, Kafka, the Flowroute emulator
# and the API. Ctrl-C stops everything. Options and ports: see README.md ("Sandbox").
set -euo pipefail
cd "$(dirname "$0")"
echo "Building Switchboard (the first run downloads dependencies from Maven Central)..."
./mvnw -B -q package -DskipTests
exec java ${SANDBOX_JAVA_OPTS:-} -cp 'sandbox/target/classes:sandbox/target/lib/*' \
  dev.switchboard.sandbox.Sandbox "$@"
