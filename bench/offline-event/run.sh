#!/usr/bin/env bash
# Time from an RTSP server's death to each of its cameras' offline event on /ws/health, at a given health interval.
# N cameras on one real RTSP server (GStreamer, Digest auth) are watched until all are Excellent; then the server is
# killed and every camera's offline event is timed from the kill. The bound to compare with is the schedule itself:
# the next check comes within one interval, and going offline takes ohmvision.health.offline-after-failures (2)
# failed checks, the second one after the first reconnection delay (10 s, +-20 % jitter).
# usage: bash bench/offline-event/run.sh [cameras=20] [interval=PT60S]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-20}
interval=${2:-PT60S}
payara=target/payara/payara-micro-6.2025.10.jar
[ -f target/ohmvision.war ] && [ -f "$payara" ] || mvn -B -q -DskipTests package
work=$(mktemp -d -t ohmvision-offline.XXXXXX)
rtsp_port=18654; port=18092; admin=bench-admin-Pass1
cleanup() { kill "${rtsp_pid:-}" "${payara_pid:-}" "${watch_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

/usr/bin/python3 src/test/peers/rtsp-server.py $rtsp_port cam camera-pass > "$work/rtsp.out" 2> "$work/rtsp.log" &
rtsp_pid=$!
until grep -q READY "$work/rtsp.out"; do sleep 0.2; done

OHMVISION_DATA_DIR="$work/data" OHMVISION_ADMIN_PASSWORD=$admin OHMVISION_HEALTH_INTERVAL=$interval \
    java -jar "$payara" --deploy target/ohmvision.war --contextroot / --port $port --disablephonehome \
    --nocluster --rootdir "$work/root" > "$work/payara.log" 2>&1 &
payara_pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" | grep -q ohmvision-database; do sleep 1; done

java bench/offline-event/WatchEvents.java "ws://127.0.0.1:$port/ws/health" admin $admin > "$work/events" &
watch_pid=$!
until grep -q LISTENING "$work/events"; do sleep 0.2; done

/usr/bin/python3 bench/health-cycle/register-cameras.py "http://127.0.0.1:$port" $admin "$count" \
    "rtsp://127.0.0.1:$rtsp_port/main" cam camera-pass > /dev/null
excellent() { grep -c '"to":"excellent"' "$work/events" || true; }
until [ "$(excellent)" -ge "$count" ]; do sleep 1; done
sleep 5   # not at the instant the last one turned Excellent: a kill lands at an arbitrary point of the schedule
killed=$(date +%s%3N)
kill "$rtsp_pid"
offline() { grep -c '"to":"offline"' "$work/events" || true; }
until [ "$(offline)" -ge "$count" ]; do sleep 1; done
grep '"to":"offline"' "$work/events" | awk -v k="$killed" '{print ($1 - k) / 1000}' | sort -n | awk -v n="$count" -v i="$interval" '
    { v[NR] = $1 }
    END { printf "interval %s, %d cameras: death to offline event min %.1f s, median %.1f s, p90 %.1f s, max %.1f s\n",
          i, n, v[1], v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], v[NR] }'
grep -o '"cause":"[A-Z_]*"' "$work/events" | sort | uniq -c
