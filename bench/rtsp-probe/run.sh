#!/usr/bin/env bash
# Light RTSP probe vs ffprobe on the same Digest-protected /main stream of the GStreamer test peer.
# usage: bench/rtsp-probe/run.sh [PROBES=2000] [FFPROBE_RUNS=10]
# (2000 probes, because /proc counts CPU in 10 ms ticks and one warm probe costs well under 1 ms)
# needs: JDK 17, Maven, ffmpeg (ffprobe) and the test peer's packages (see src/test/java/io/ohmvision/testing/RtspTestPeer.java)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
# the bench uses only project and test classes: no dependency class path needed
exec java -cp target/test-classes:target/classes -Dbasedir="$PWD" io.ohmvision.bench.RtspProbeBench "${1:-2000}" "${2:-10}"
