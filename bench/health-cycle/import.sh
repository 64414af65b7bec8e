#!/usr/bin/env bash
# A bulk import while the node checks: N cameras registered through the API (one keep-alive connection, as an
# import tool would, at most R a second) into a node that checks every camera already registered once per 60 s
# interval (no deep checks); then M minutes of steady state. Every S seconds, during the import and after: cameras
# registered, checks that ended in the last minute, the p99 start lag of the watch and recovery lanes (of the node's
# last 8,192 checks per lane), CPU, RSS and threads of the Payara process. The goal (issue 16): p99 start lag < 2 s
# during the import and after. The references in the same run: the import's own rate over its first and its last
# 1,000 cameras (a node that reloads its roster on every change slows the import as the fleet grows), and the lag
# bound itself (the 1 s tick: a due check waits at most for the next tick when a worker is idle).
# usage: bash bench/health-cycle/import.sh N [per second, 0 = as fast as the API answers] [minutes after]
#        [rtsp servers] [sample seconds]   (defaults 0, 3, 4, 15)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/health-cycle/node.sh
count=${1:?number of cameras}
rate=${2:-0}
minutes=${3:-3}
servers=${4:-4}
every=${5:-15}
build_if_missing
work=$(mktemp -d -t ohmvision-import.XXXXXX)
trap stop_all EXIT

start_peers "$servers" 18554
OHMVISION_HEALTH_DEEP_EVERY=0 start_node 18090

# sample PHASE: one line of the table (CPU over the time since the previous sample)
previous_ticks=$(ticks); previous_at=$(date +%s); started=$previous_at
sample() {
    local now t s
    now=$(date +%s); t=$(ticks)
    s=$(status)
    echo "$(( now - started )) $1 $(echo "$s" | json 'd["cameras"], d["monitoredHere"], d["checksLastMinute"],
        d["startLagP99Millis"], d["recoveryStartLagP99Millis"]' | tr -d '(),')" \
        "$(cpu_percent "$previous_ticks" "$t" $(( now > previous_at ? now - previous_at : 1 ))) $(rss_mib) $(threads)"
    previous_ticks=$t; previous_at=$now
}

register "$count" "$(joined_urls)" bench "$rate" > "$work/register.out" &
register_pid=$!
echo "seconds phase cameras monitored checks_last_minute start_lag_p99_ms recovery_lag_p99_ms cpu_percent" \
    "rss_mib threads"
while kill -0 "$register_pid" 2>/dev/null; do
    sleep "$every"
    sample import
done
wait "$register_pid" || { echo "import failed: $(tail -1 "$work/register.out")"; exit 1; }
register_pid=
imported=$(date +%s)
for i in $(seq 1 $(( minutes * 60 / every ))); do
    sleep "$every"
    sample after
done
echo "import: $(tail -1 "$work/register.out") in $(( imported - started )) s (from the node ready); per 1,000:"
grep -o '[0-9]* a second' "$work/register.out" | awk '{printf "%s ", $1} END {print ""}'
