#!/usr/bin/env bash
# OhmVision's auto-detection of one camera (~20 candidate URLs, probed in parallel) vs the same candidates probed one
# after the other (light probes, then ffprobe), same camera, same run. The camera lives in a network namespace
# (198.18.0.0/15, never leaves the machine): an ONVIF simulator and a GStreamer RTSP server with Digest auth.
# usage: bench/auto-detect/run.sh [WARM_RUNS=5]
# needs: root, JDK 17, Maven, iproute2, ncat, ffmpeg, and the RTSP peer's packages (src/test/peers/packages.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.ohmvision.bench.AutoDetectBench "${1:-5}"
