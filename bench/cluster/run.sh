#!/usr/bin/env bash
# Cluster capacity and takeover: the same N cameras (real RTSP servers on loopback, Digest auth) checked by 1 member
# (alone, --nocluster), then by a cluster of 2 and of 3 Payara Micro members on this machine (so the same total CPU),
# each on a fresh PostgreSQL database. Per configuration: checks per minute across the cluster, p99 start lag, CPU
# and memory of all members together, cameras per member; then (2 and 3) SIGKILL one member and time how long until
# the others see it gone and until every camera it checked was checked again by another member.
# usage: bash bench/cluster/run.sh [cameras] [interval seconds] [minutes] [sizes]   (defaults 1500, 20, 2, "1 2 3");
# OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS=N sets every member's bulkhead (default 64)
# needs: JDK 17, Maven, PostgreSQL at $OHMVISION_TEST_PG (127.0.0.1:5432, user postgres, trust), psql, curl,
# the RTSP peer's packages (src/test/peers/packages.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1500}
interval=${2:-20}
minutes=${3:-2}
sizes=${4:-1 2 3}
pg=${OHMVISION_TEST_PG:-127.0.0.1:5432}
payara=target/payara/payara-micro-6.2025.10.jar
[ -f target/ohmvision.war ] && [ -f "$payara" ] || mvn -B -q -DskipTests package
work=$(mktemp -d -t ohmvision-cluster-bench.XXXXXX)
admin=bench-admin-Pass1
rtsp_pids=(); member_pids=(); databases=()
psql_admin() { psql -q -h "${pg%:*}" -p "${pg#*:}" -U postgres -d postgres -c "$1"; }
stop_members() { for pid in "${member_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
                 for pid in "${member_pids[@]}"; do wait "$pid" 2>/dev/null || true; done; member_pids=(); }
cleanup() {
    stop_members
    kill "${rtsp_pids[@]}" 2>/dev/null || true
    for db in "${databases[@]}"; do psql_admin "drop database if exists $db with (force)" || true; done
    rm -rf "$work"
}
trap cleanup EXIT
ticks() { local t=0 pid; for pid in "${member_pids[@]}"; do
              t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo $t; }
rss() { local r=0 pid; for pid in "${member_pids[@]}"; do
            r=$((r + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status"))); done; echo $((r / 1024)); }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
status() { curl -fs -u "admin:$admin" "http://127.0.0.1:$1/api/health/status"; }

urls=()
for i in 0 1 2 3; do
    p=$((18554 + i))
    /usr/bin/python3 src/test/peers/rtsp-server.py $p cam camera-pass > "$work/rtsp-$p.out" 2> "$work/rtsp-$p.log" &
    rtsp_pids+=($!)
    until grep -q READY "$work/rtsp-$p.out"; do sleep 0.2; done
    urls+=("rtsp://127.0.0.1:$p/main")
done
key=$(head -c32 /dev/urandom | base64)

for size in $sizes; do
    db=ohmvision_cluster_bench_$size; databases+=("$db")
    psql_admin "drop database if exists $db with (force)"; psql_admin "create database $db"
    members=$(for i in $(seq 0 $((size - 1))); do printf '127.0.0.1:%d,' $((16900 + i)); done); members=${members%,}
    started=$(date +%s.%N)
    for i in $(seq 0 $((size - 1))); do
        if [ "$size" -eq 1 ]; then
            cluster=(--nocluster)
        else
            cluster=(--clustername bench --clustermode "tcpip:$members" --startport $((16900 + i))
                     --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --nohostaware)
        fi
        vars=(OHMVISION_DATA_DIR="$work/data-$size-$i" OHMVISION_ADMIN_PASSWORD=$admin OHMVISION_CREDENTIALS_KEY=$key
              OHMVISION_DB_URL="jdbc:postgresql://$pg/$db" OHMVISION_DB_USER=postgres OHMVISION_DB_PASSWORD=unused
              OHMVISION_HEALTH_INTERVAL=PT${interval}S OHMVISION_HEALTH_DEEP_EVERY=0)
        [ "$size" -eq 1 ] || vars+=(OHMVISION_CLUSTER_NAME=bench)
        # the bulkhead is per member: set it to compare one member with the same total of concurrent checks
        [ -z "${OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS:-}" ] \
            || vars+=(OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS="$OHMVISION_HEALTH_MAX_CONCURRENT_CHECKS")
        # the failure detection and the bind to one address that ohmvision.sh sets for a cluster
        jvm=(-Xmx768m)
        [ "$size" -eq 1 ] || jvm+=(-Dhazelcast.heartbeat.interval.seconds=1 -Dhazelcast.max.no.heartbeat.seconds=15
                                   -Dhazelcast.socket.bind.any=false)
        env "${vars[@]}" java "${jvm[@]}" -jar "$payara" --deploy target/ohmvision.war --contextroot / --port $((18090 + i)) \
            --disablephonehome "${cluster[@]}" --rootdir "$work/root-$size-$i" > "$work/payara-$size-$i.log" 2>&1 &
        member_pids+=($!)
    done
    for i in $(seq 0 $((size - 1))); do
        until curl -fs "http://127.0.0.1:$((18090 + i))/health/ready" | grep -q ohmvision-cluster; do sleep 1; done
    done
    echo "== $size member(s): all ready after $(python3 -c "import time; print(round(time.time() - $started))") s"
    /usr/bin/python3 bench/health-cycle/register-cameras.py "http://127.0.0.1:18090" $admin "$count" \
        "$(IFS=,; echo "${urls[*]}")" cam camera-pass
    sleep $((interval + 40))   # every camera reaches its slot, and a full minute of checks is counted
    echo "minute checks_per_min(sum) lag_p99_ms(max) cpu_percent(all members) rss_mib(sum) cameras_per_member load"
    for m in $(seq 1 "$minutes"); do
        before=$(ticks); sleep 60; after=$(ticks)
        checks=0; lag=0
        for i in $(seq 0 $((size - 1))); do
            s=$(status $((18090 + i)))
            checks=$((checks + $(echo "$s" | json 'd["checksLastMinute"]')))
            lag=$(( $(echo "$s" | json 'd["startLagP99Millis"]') > lag ? $(echo "$s" | json 'd["startLagP99Millis"]') : lag ))
        done
        share=$(status 18090 | json '"/".join(str(m["cameras"]) for m in d["cluster"]["members"])')
        echo "$m $checks $lag $(( (after - before) * 100 / $(getconf CLK_TCK) / 60 )) $(rss) $share $(cut -d' ' -f1 /proc/loadavg)"
    done

    if [ "$size" -gt 1 ]; then
        victim=$((size - 1))
        victim_node=$(status $((18090 + victim)) | json 'd["node"]')
        curl -fs -u "admin:$admin" http://127.0.0.1:18090/api/health/cameras > "$work/before.json"
        # 2 members: a crash (SIGKILL, the kernel resets its connections); 3: a freeze (SIGSTOP, connections stay
        # open, as when a host hangs or the network is cut), noticed only by the missing heartbeats
        if [ "$size" -eq 2 ]; then signal=KILL; else signal=STOP; fi
        echo "SIG$signal to member $victim"
        kill -s $signal "${member_pids[$victim]}"
        killed=$(date +%s.%N)
        python3 - "$work/before.json" "$victim_node" "$killed" "$admin" "$interval" "$size" "$signal" <<'PY'
import base64, datetime, json, sys, time, urllib.request
before, victim, killed, admin, interval, size, signal = sys.argv[1:8]
killed, interval, size = float(killed), int(interval), int(size)
orphans = {c["cameraId"] for c in json.load(open(before)) if c["checkedBy"] == victim}
auth = {"Authorization": "Basic " + base64.b64encode(("admin:" + admin).encode()).decode()}
def get(path):
    return json.load(urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:18090" + path, headers=auth)))
def checked_after_kill(camera):
    at = camera["lastCheckAt"]
    return at is not None and datetime.datetime.fromisoformat(at).timestamp() >= killed
gone = None
while True:
    now = time.time()
    if gone is None and len(get("/api/health/status")["cluster"]["members"]) == size - 1:
        gone = now - killed
    taken = [c for c in get("/api/health/cameras")
             if c["cameraId"] in orphans and c["checkedBy"] != victim and checked_after_kill(c)]
    if len(taken) == len(orphans) and gone is not None:
        print("takeover: member gone from the cluster view %.1f s after SIG%s; all %d of its cameras checked "
              "by the others %.1f s after it (interval %d s)" % (gone, signal, len(orphans), now - killed, interval))
        break
    if now - killed > 2 * interval + 120:
        print("takeover: after %.0f s only %d of %d cameras taken over (gone: %s)" % (now - killed, len(taken),
              len(orphans), gone))
        break
    time.sleep(0.5)
PY
        kill -s CONT "${member_pids[$victim]}" 2>/dev/null || true
    fi
    stop_members
done
