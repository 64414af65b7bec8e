#!/usr/bin/env bash
# OhmVision's connect scanner vs nmap -sT on a /24 of six cameras in a network namespace (198.18.0.0/15, never
# leaves the machine), 10 camera ports, same run.
# usage: bench/scan/run.sh [NMAP_RUNS=1]
# needs: root (network namespace), JDK 17, Maven, iproute2, ncat, nmap (apt-get install -y iproute2 ncat nmap)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# the catalogue (default port list) reads its JSON with jakarta.json: the test class path has an implementation
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.ohmvision.bench.ScanBench "${1:-1}"
