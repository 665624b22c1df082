#!/usr/bin/env bash
# Prints Switchboard's Kafka events as they arrive (all topics, or those named), from the start.
# Needs the sandbox running (./run-sandbox.sh) or KAFKA_BOOTSTRAP_SERVERS pointing at a broker.
set -euo pipefail
cd "$(dirname "$0")"
[ -d sandbox/target/lib ] || ./mvnw -B -q package -DskipTests
exec java -cp 'sandbox/target/classes:sandbox/target/lib/*' dev.switchboard.sandbox.TailEvents "$@"
