# Shared by the health benches (sourced, not run): real RTSP peers on loopback, one OhmVision node (Payara Micro, H2,
# -Xmx1g, or BENCH_HEAP), and what is read from them. The caller sets `work` (a scratch directory) and traps
# `stop_all` on EXIT.
# Every peer is on 127.0.0.1, standing for as many hosts as cameras, so the node runs without a per-host session
# limit unless the caller sets OHMVISION_HEALTH_SESSIONS_PER_HOST itself.

payara=target/payara/payara-micro-6.2025.10.jar
admin=bench-admin-Pass1
rtsp_pids=(); peer_ports=(); urls=()

build_if_missing() { [ -f target/ohmvision.war ] && [ -f "$payara" ] || mvn -B -q -DskipTests package; }

# start_peer PORT: one light GStreamer RTSP server (Digest, /main only, 160x90@5), waits for READY
start_peer() {
    RTSP_LIGHT=1 /usr/bin/python3 src/test/peers/rtsp-server.py "$1" cam camera-pass > "$work/rtsp-$1.out" \
        2>> "$work/rtsp-$1.log" &
    rtsp_pids+=($!)
    until grep -qs READY "$work/rtsp-$1.out"; do sleep 0.2; done
}

# start_peers COUNT FIRST_PORT: fills peer_ports and urls
start_peers() {
    local i
    for i in $(seq 0 $(($1 - 1))); do
        start_peer $(($2 + i))
        peer_ports+=($(($2 + i)))
        urls+=("rtsp://127.0.0.1:$(($2 + i))/main")
    done
}

# stop_peers: kills every peer and waits until their ports are free (so that start_peer can take them again)
stop_peers() {
    local pid
    for pid in "${rtsp_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${rtsp_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rtsp_pids=()
}

# start_node PORT [MAX_CONCURRENT_CHECKS]: OhmVision on H2 with the environment the caller exported (deep-every,
# lanes); sets payara_pid and base, waits until ready
start_node() {
    local concurrency=${2:-256}
    base="http://127.0.0.1:$1"
    OHMVISION_DATA_DIR="$work/data" OHMVISION_ADMIN_PASSWORD=$admin \
        OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS=${OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS:-$concurrency} \
        OHMVISION_HEALTH_SESSIONS_PER_HOST=${OHMVISION_HEALTH_SESSIONS_PER_HOST:-100000} \
        java -Xmx"${BENCH_HEAP:-1g}" -jar "$payara" --deploy target/ohmvision.war --contextroot / --port "$1" \
        --disablephonehome --nocluster --rootdir "$work/root" > "$work/payara.log" 2>&1 &
    payara_pid=$!
    until curl -fs "$base/health/ready" | grep -q ohmvision-database; do
        kill -0 "$payara_pid" 2>/dev/null || { tail -20 "$work/payara.log"; return 1; }
        sleep 1
    done
}

stop_node() { kill "${payara_pid:-}" 2>/dev/null || true; wait "${payara_pid:-}" 2>/dev/null || true; payara_pid=; }

stop_all() { stop_node; stop_peers; kill "${register_pid:-}" 2>/dev/null || true; rm -rf "$work"; }

# register N URLS [PREFIX] [PER_SECOND] [distinct]: N cameras through the API, round-robin over the comma-separated
# URLs (register-cameras.py says what the last two do)
register() {
    /usr/bin/python3 bench/health-cycle/register-cameras.py "$base" $admin "$1" "$2" cam camera-pass \
        "${3:-bench}" "${4:-0}" "${5:-}"
}
joined_urls() { local IFS=,; echo "${urls[*]}"; }

status() { curl -fs -u "admin:$admin" "$base/api/health/status"; }

# json EXPRESSION: evaluates a Python expression over the JSON document on stdin, bound to d
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# level_count JSON LEVEL: cameras at that level (0 when none); LEVEL up: checked and not offline, whatever the level
level_count() {
    if [ "$2" = up ]; then
        echo "$1" | json "sum(v for k, v in d['countsByLevel'].items() if k not in ('unknown', 'offline'))"
    else
        echo "$1" | json "d['countsByLevel'].get('$2', 0)"
    fi
}

# a Prometheus counter of the node's /metrics (0 before its first increment)
metric() {
    curl -fs "$base/metrics" | awk -v m="$1" 'index($1, m) == 1 && $1 !~ /^#/ {v += $2} END {printf "%d\n", v}'
}

ticks() { awk '{print $14 + $15}' "/proc/$payara_pid/stat"; }
peer_ticks() {
    local pid t=0
    for pid in "${rtsp_pids[@]}"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
    echo $t
}
rss_mib() { awk '/VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$payara_pid/status"; }
threads() { awk '/^Threads/ {print $2}' "/proc/$payara_pid/status"; }
# cpu_percent TICKS_BEFORE TICKS_AFTER SECONDS: of one core
cpu_percent() { echo $(( ($2 - $1) * 100 / $(getconf CLK_TCK) / $3 )); }

# The reference of the light checks: the same Digest-protected DESCRIBE-and-read by ffprobe, 64 at once (its best
# here: both cores are saturated at 64, and 256 processes at once managed a fifth as many), round-robin over the same
# servers, for one minute with OhmVision stopped; counted are the probes that named the stream's codec. ffprobe at
# its quickest (no analysis window: 0.5 s a probe here instead of its default 5.9 s), which still names the codec.
ffprobe_reference() {
    reference_skipped && return
    reference 64 "ffprobe -v error -analyzeduration 0 -probesize 32 -rtsp_transport tcp \
        -show_entries stream=codec_name -of csv=p=0"
    echo "reference: ffprobe, 64 at once: $reference_count checks in 60 s, machine CPU $reference_cpu % of both cores"
}

# reference_skipped: true (and says so) when BENCH_REFERENCE=off
reference_skipped() { [ "${BENCH_REFERENCE:-on}" = off ] && echo "reference: skipped (BENCH_REFERENCE=off)"; }

# reference PARALLEL COMMAND: runs COMMAND URL over the peers' URLs (credentials in them), PARALLEL at once,
# for 60 s; sets reference_count (lines printed) and reference_cpu (machine busy, % of all cores)
reference() {
    local busy_before all_before busy_after all_after group url
    busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
    read -r busy_before all_before < <(busy)
    setsid bash -c 'command=$1; shift; while :; do printf "%s\n" "$@"; done | xargs -P "$0" -I{} $command {}' \
        "$1" "$2" \
        $(for url in "${urls[@]}"; do echo "${url/rtsp:\/\//rtsp://cam:camera-pass@}"; done) \
        > "$work/reference.out" 2>/dev/null &
    group=$!
    sleep 60
    reference_count=$(grep -c . "$work/reference.out" || true)
    read -r busy_after all_after < <(busy)
    kill -- -"$group" 2>/dev/null || true
    reference_cpu=$(( (busy_after - busy_before) * 100 / (all_after - all_before) ))
}
