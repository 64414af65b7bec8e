#!/usr/bin/env bash
# The console's cameras page with N cameras: the time to render it and to turn a page of its table, on a baseline
# build and on this tree at the same time, each against references on its own server (GET /api/cameras?size=50: a
# page of the same registry over REST; GET /login.xhtml: a small Faces page). Every round asks both servers in
# turn, so the machine's load weighs on both alike. Health monitoring is off, so only the pages' own work counts.
# The cameras are registered once, through the REST API, by the baseline; each server then runs on its own copy of
# that database (H2 files cannot be shared).
# usage: bash bench/console/run.sh [N] [rounds] [baseline git ref]
#        (defaults 10000, 30, and the commit this branch left main at: only this branch's change differs)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
rounds=${2:-30}
baseline=${3:-$(git merge-base HEAD main)}
admin=bench-admin-Pass1
work=$(mktemp -d -t ohmvision-console.XXXXXX)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

mvn -B -q -DskipTests package
payara=$(ls target/payara/payara-micro-*.jar)
mkdir "$work/baseline"
git archive "$baseline" | tar -x -C "$work/baseline"
(cd "$work/baseline" && mvn -B -q -DskipTests package)

start_payara() { # WAR NAME PORT
    OHMVISION_DATA_DIR="$work/data-$2" OHMVISION_ADMIN_PASSWORD=$admin OHMVISION_HEALTH_ENABLED=false \
        java -Xmx1g -jar "$payara" --deploy "$1" --contextroot / --port "$3" --disablephonehome --nocluster \
        --rootdir "$work/root-$2" > "$work/payara-$2.log" 2>&1 &
    pids+=($!)
    until curl -fs "http://127.0.0.1:$3/health/ready" | grep -q ohmvision-database; do sleep 1; done
}
# the heap still used after a full GC: what the sessions' views keep
retained_heap() { # PID
    jcmd "$1" GC.run > /dev/null && jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1
}

echo "baseline: $baseline; tree: $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' with changes')"
start_payara "$work/baseline/target/ohmvision.war" baseline 18091
# nothing answers at this URL: with health monitoring off nothing connects to it
/usr/bin/python3 bench/health-cycle/register-cameras.py http://127.0.0.1:18091 $admin "$count" \
    rtsp://127.0.0.1:9/bench cam camera-pass
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
cp -r "$work/data-baseline" "$work/data-tree"

start_payara "$work/baseline/target/ohmvision.war" baseline 18091
start_payara "$PWD/target/ohmvision.war" tree 18092
/usr/bin/python3 bench/console/measure.py $admin "$rounds" baseline=http://127.0.0.1:18091 \
    tree=http://127.0.0.1:18092
echo "retained heap after the requests: baseline $(retained_heap "${pids[0]}"), tree $(retained_heap "${pids[1]}")"
