#!/usr/bin/env bash
# Health-cycle capacity of one node: N cameras on a real RTSP server on loopback (GStreamer, Digest auth), checked
# once per 60 s interval; reports checks per minute, p99 start lag, CPU and memory of the Payara process, against
# a reference in the same run: ffprobe (what a scripted watcher runs) checking the same servers with as many at once
# for one minute after OhmVision has stopped.
# With H hung cameras (they accept and never answer: each check runs into its 10 s deadline) it shows whether they
# delay the others.
# usage: bash bench/health-cycle/run.sh N [minutes] [rtsp servers] [max concurrent checks] [H]  (defaults 3, 4, 256, 0)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:?number of cameras}
minutes=${2:-3}
servers=${3:-4}
concurrency=${4:-256}
hung=${5:-0}
payara=target/payara/payara-micro-6.2025.10.jar
[ -f target/ohmvision.war ] && [ -f "$payara" ] || mvn -B -q -DskipTests package
work=$(mktemp -d -t ohmvision-cycle.XXXXXX)
rtsp_port=18554; port=18090; admin=bench-admin-Pass1
rtsp_pids=()
cleanup() { kill "${payara_pid:-}" "${rtsp_pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

urls=()
for i in $(seq 0 $((servers - 1))); do
    p=$((rtsp_port + i))
    RTSP_LIGHT=1 /usr/bin/python3 src/test/peers/rtsp-server.py $p cam camera-pass > "$work/rtsp-$p.out" 2> "$work/rtsp-$p.log" &
    rtsp_pids+=($!)
    until grep -q READY "$work/rtsp-$p.out"; do sleep 0.2; done
    urls+=("rtsp://127.0.0.1:$p/main")
done

# every peer is on 127.0.0.1, standing for as many hosts as cameras: no per-host session limit
OHMVISION_DATA_DIR="$work/data" OHMVISION_ADMIN_PASSWORD=$admin OHMVISION_HEALTH_DEEP_EVERY=0 \
    OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS=$concurrency OHMVISION_HEALTH_SESSIONS_PER_HOST=$concurrency \
    java -Xmx1g -jar "$payara" --deploy target/ohmvision.war --contextroot / --port $port --disablephonehome \
    --nocluster --rootdir "$work/root" > "$work/payara.log" 2>&1 &
payara_pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" | grep -q ohmvision-database; do sleep 1; done

start=$(date +%s)
/usr/bin/python3 bench/health-cycle/register-cameras.py "http://127.0.0.1:$port" $admin "$count" \
    "$(IFS=,; echo "${urls[*]}")" cam camera-pass
if [ "$hung" -gt 0 ]; then
    hung_port=$((rtsp_port + servers))
    /usr/bin/python3 bench/health-cycle/hung-camera.py $hung_port > "$work/hung.out" 2>&1 &
    rtsp_pids+=($!)
    until grep -q READY "$work/hung.out"; do sleep 0.2; done
    /usr/bin/python3 bench/health-cycle/register-cameras.py "http://127.0.0.1:$port" $admin "$hung" \
        "rtsp://127.0.0.1:$hung_port/main" cam camera-pass hung
fi
echo "registration took $(( $(date +%s) - start )) s"

ticks() { awk '{print $14 + $15}' "/proc/$payara_pid/stat"; }
peer_ticks() { for p in "${rtsp_pids[@]}"; do awk '{print $14 + $15}' "/proc/$p/stat"; done | paste -sd+ | bc; }
echo "minute checks_last_minute start_lag_p99_ms recovery_lag_p99_ms cpu_percent peers_cpu_percent rss_mib levels"
sleep 70   # one full interval for every camera to reach its slot
for m in $(seq 1 "$minutes"); do
    before=$(ticks); peers_before=$(peer_ticks); sleep 60; after=$(ticks); peers_after=$(peer_ticks)
    status=$(curl -fs -u "admin:$admin" "http://127.0.0.1:$port/api/health/status")
    checks=$(echo "$status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["checksLastMinute"])')
    lag=$(echo "$status" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["startLagP99Millis"], s["recoveryStartLagP99Millis"])')
    levels=$(echo "$status" | python3 -c 'import json,sys; c=json.load(sys.stdin)["countsByLevel"]; print(",".join(k+"="+str(v) for k,v in c.items() if v))')
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$payara_pid/status")
    echo "$m $checks $lag $(( (after - before) * 100 / $(getconf CLK_TCK) / 60 )) $(( (peers_after - peers_before) * 100 / $(getconf CLK_TCK) / 60 )) $rss $levels"
done
jcmd $payara_pid GC.heap_info 2>/dev/null | head -3 || true

# The reference: the same Digest-protected DESCRIBE-and-read by ffprobe, 64 at once (its best here: both cores are
# saturated at 64, and 256 processes at once managed a fifth as many), round-robin over the same servers, for one minute with OhmVision stopped; counted are the probes that named the stream's codec. ffprobe
# at its quickest (no analysis window: 0.5 s a probe here instead of its default 5.9 s), which still names the codec.
kill "$payara_pid"; wait "$payara_pid" 2>/dev/null || true
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
read -r busy_before all_before < <(busy)
setsid bash -c 'while :; do printf "%s\n" "$@"; done | xargs -P 64 -I{} ffprobe -v error -analyzeduration 0 -probesize 32 \
    -rtsp_transport tcp -show_entries stream=codec_name -of csv=p=0 {}' _ \
    $(for url in "${urls[@]}"; do echo "${url/rtsp:\/\//rtsp://cam:camera-pass@}"; done) > "$work/ffprobe.out" 2>/dev/null &
reference=$!
sleep 60
probes=$(grep -c . "$work/ffprobe.out" || true)
read -r busy_after all_after < <(busy)
kill -- -"$reference" 2>/dev/null || true
echo "reference: ffprobe, 64 at once: $probes checks in 60 s, machine CPU $(( (busy_after - busy_before) * 100 / (all_after - all_before) )) % of both cores"
