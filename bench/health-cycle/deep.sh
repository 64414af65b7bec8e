#!/usr/bin/env bash
# Deep checks (decoding) per second of one node: N cameras on real RTSP servers on loopback, each with its own URL
# (decodes of equal URLs are shared), every check deep (ohmvision.health.deep-every=1: the light probe, then the
# first frame and a 2 s window of decoded frames) once per 60 s interval, on the node's bounded video decoders
# (OHMVISION_VIDEO_DECODERS, default 4). Per minute: checks that ended, deep checks skipped because no decoder freed
# up in time (their light check stands), decodes refused, checks deferred because their host had all its sessions,
# threads and RSS. Deep checks made = checks - skipped (every check is deep and every camera answers; the levels
# show it). The reference in the same run, after OhmVision stopped: ffprobe decoding the same 2 s window
# (-count_frames -read_intervals %+2) as many at once as the node has decoders, for a minute, opening the stream
# with FFmpeg's default analysis as the node's decoders do (JavaCV's grabber sets no analyzeduration/probesize): the
# same decodes, as many at once, by a process per decode.
# usage: bash bench/health-cycle/deep.sh N [minutes] [rtsp servers] [sessions per host]  (defaults 3, 4, unlimited)
# BENCH_REFERENCE=off skips the reference.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/health-cycle/node.sh
count=${1:?number of cameras}
minutes=${2:-3}
servers=${3:-4}
decoders=${OHMVISION_VIDEO_DECODERS:-4}
[ -z "${4:-}" ] || export OHMVISION_HEALTH_SESSIONS_PER_HOST=$4
build_if_missing
work=$(mktemp -d -t ohmvision-deep.XXXXXX)
trap stop_all EXIT

start_peers "$servers" 18554
OHMVISION_HEALTH_DEEP_EVERY=1 start_node 18090
register "$count" "$(joined_urls)" bench 0 distinct | tail -1

counters() {
    status | json 'd["checksTotal"], d["decoders"]["deepChecksSkipped"], d["decoders"]["refused"]' | tr -d '(),'
    metric ohmvision_health_checks_deferred_host_busy
}
echo "minute checks deep_skipped deep_made deep_made_per_second decodes_refused deferred_host_busy cpu_percent" \
    "rss_mib threads levels"
sleep 70   # one full interval for every camera to reach its slot
read -r checks skipped refused deferred < <(counters | paste -sd' ')
for m in $(seq 1 "$minutes"); do
    before=$(ticks); sleep 60; after=$(ticks)
    read -r checks2 skipped2 refused2 deferred2 < <(counters | paste -sd' ')
    made=$(( (checks2 - checks) - (skipped2 - skipped) ))
    echo "$m $((checks2 - checks)) $((skipped2 - skipped)) $made $(echo "scale=2; $made / 60" | bc)" \
        "$((refused2 - refused)) $((deferred2 - deferred)) $(cpu_percent "$before" "$after" 60) $(rss_mib)" \
        "$(threads) $(status | json '",".join(k + "=" + str(v) for k, v in d["countsByLevel"].items() if v)')"
    checks=$checks2; skipped=$skipped2; refused=$refused2; deferred=$deferred2
done

stop_node
reference_skipped || {
    reference "$decoders" "ffprobe -v error -rtsp_transport tcp \
        -select_streams v -count_frames -read_intervals %+2 -show_entries stream=nb_read_frames -of csv=p=0"
    echo "reference: ffprobe decoding 2 s, $decoders at once: $reference_count in 60 s" \
        "($(echo "scale=2; $reference_count / 60" | bc) a second), machine CPU $reference_cpu % of both cores"
}
