#!/usr/bin/env bash
# Health-cycle capacity of one node: N cameras on a real RTSP server on loopback (GStreamer, Digest auth), checked
# once per 60 s interval; reports checks per minute, p99 start lag, CPU, memory and threads of the Payara process,
# against a reference in the same run: ffprobe (what a scripted watcher runs) checking the same servers with as many
# at once for one minute after OhmVision has stopped.
# With H hung cameras (they accept and never answer: each check runs into its 10 s deadline) it shows whether they
# delay the others.
# usage: bash bench/health-cycle/run.sh N [minutes] [rtsp servers] [max concurrent checks] [H]  (defaults 3, 4, 256, 0)
# BENCH_REFERENCE=off skips the ffprobe reference.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/health-cycle/node.sh
count=${1:?number of cameras}
minutes=${2:-3}
servers=${3:-4}
concurrency=${4:-256}
hung=${5:-0}
build_if_missing
work=$(mktemp -d -t ohmvision-cycle.XXXXXX)
trap stop_all EXIT

start_peers "$servers" 18554
OHMVISION_HEALTH_SESSIONS_PER_HOST=$concurrency OHMVISION_HEALTH_DEEP_EVERY=0 start_node 18090 "$concurrency"

start=$(date +%s)
register "$count" "$(joined_urls)" | tail -1
if [ "$hung" -gt 0 ]; then
    hung_port=$((18554 + servers))
    /usr/bin/python3 bench/health-cycle/hung-camera.py $hung_port > "$work/hung.out" 2>&1 &
    rtsp_pids+=($!)
    until grep -q READY "$work/hung.out"; do sleep 0.2; done
    register "$hung" "rtsp://127.0.0.1:$hung_port/main" hung | tail -1
fi
echo "registration took $(( $(date +%s) - start )) s"

echo "minute checks_last_minute start_lag_p99_ms recovery_lag_p99_ms cpu_percent peers_cpu_percent rss_mib threads" \
    "levels"
sleep 70   # one full interval for every camera to reach its slot
for m in $(seq 1 "$minutes"); do
    before=$(ticks); peers_before=$(peer_ticks); sleep 60; after=$(ticks); peers_after=$(peer_ticks)
    s=$(status)
    echo "$m $(echo "$s" | json 'd["checksLastMinute"], d["startLagP99Millis"], d["recoveryStartLagP99Millis"]' \
        | tr -d '(),') $(cpu_percent "$before" "$after" 60) $(cpu_percent "$peers_before" "$peers_after" 60)" \
        "$(rss_mib) $(threads)" \
        "$(echo "$s" | json '",".join(k + "=" + str(v) for k, v in d["countsByLevel"].items() if v)')"
done
jcmd "$payara_pid" GC.heap_info 2>/dev/null | head -3 || true

stop_node
ffprobe_reference
