#!/usr/bin/env bash
# N cameras recovering at once: N cameras on real RTSP servers on loopback are watched (default deep checks: one in
# ohmvision.health.deep-every, 10) until all are up; then every server is stopped, the node sees all N go
# offline, and the servers start again on the same ports, so that all N come back together, each at its next
# recovery check (backoff 10, 20, 40 s... +-20 %). Sampled every S seconds from /proc/<pid>/status of the Payara
# process: Threads and VmRSS, with the cameras per level, the checks of the last minute and the video decoders (held,
# threads, refused, deep checks skipped). The issue's soak before the bounded decoders: 500 cameras coming back took
# the node from 360 to 1,600 threads and RSS from 650 MB to 1.25 GB. The reference in the same run: the same node's
# threads and RSS in the steady state before the stop; "flat" is the recovery's maximum against it.
# Up means checked and not offline, whatever the level (loaded peers may answer a check in Good or Fair time).
# usage: bash bench/health-cycle/recovery.sh N [rtsp servers] [sample seconds] [deep every]  (defaults 4, 5, 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/health-cycle/node.sh
count=${1:?number of cameras}
servers=${2:-4}
every=${3:-5}
deep_every=${4:-10}
build_if_missing
work=$(mktemp -d -t ohmvision-recovery.XXXXXX)
trap stop_all EXIT

start_peers "$servers" 18554
OHMVISION_HEALTH_DEEP_EVERY=$deep_every start_node 18090
register "$count" "$(joined_urls)" bench 0 distinct | tail -1
started=$(date +%s)

# sample PHASE: prints one line and keeps the phase's maximum of threads and RSS
declare -A max_threads max_rss
sample() {
    local s th rs
    s=$(status); th=$(threads); rs=$(rss_mib)
    [ "${max_threads[$1]:-0}" -ge "$th" ] || max_threads[$1]=$th
    [ "${max_rss[$1]:-0}" -ge "$rs" ] || max_rss[$1]=$rs
    levels=$(echo "$s" | json '",".join(k + "=" + str(v) for k, v in d["countsByLevel"].items() if v)')
    echo "$(( $(date +%s) - started )) $1 $th $rs $(echo "$s" | json 'd["checksLastMinute"],
        d["decoders"]["busy"], d["decoders"]["threads"], d["decoders"]["refused"], d["decoders"]["deepChecksSkipped"]' \
        | tr -d '(),') $levels"
    last=$s
}
# until_level PHASE LEVEL: samples until all N cameras are at that level
until_level() {
    sample "$1"
    until [ "$(level_count "$last" "$2")" -ge "$count" ]; do sleep "$every"; sample "$1"; done
}

echo "seconds phase threads rss_mib checks_last_minute decoders_busy decoder_threads decodes_refused deep_skipped" \
    "levels"
until_level watched up
for i in $(seq 1 $(( 60 / every ))); do sleep "$every"; sample steady; done   # a full interval of steady state
stop_peers
until_level outage offline
stopped=$(date +%s)
start_peers_again() { local p; for p in "${peer_ports[@]}"; do start_peer "$p"; done; }
start_peers_again
restarted=$(date +%s)
until_level recovery up
recovered=$(date +%s)
for i in $(seq 1 $(( 60 / every ))); do sleep "$every"; sample after; done
for phase in steady outage recovery after; do
    echo "$phase: max threads ${max_threads[$phase]}, max RSS ${max_rss[$phase]} MiB"
done
echo "all $count offline $(( stopped - started )) s after the start; all up $(( recovered - restarted )) s" \
    "after the servers started again; recovery/steady: threads" \
    "$(echo "scale=2; ${max_threads[recovery]} / ${max_threads[steady]}" | bc)," \
    "RSS $(echo "scale=2; ${max_rss[recovery]} / ${max_rss[steady]}" | bc)"
