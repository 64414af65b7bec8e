#!/usr/bin/env bash
# Payara Micro start-to-ready time and idle RSS: OhmVision's WAR against an empty WAR (the reference) on the same
# Payara Micro, alternating, in the same run. Usage: bash bench/startup/run.sh [rounds]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
payara=target/payara/payara-micro-6.2025.10.jar
[ -f target/ohmvision.war ] && [ -f "$payara" ] || mvn -B -q -DskipTests package
work=$(mktemp -d -t ohmvision-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The reference: a WAR with one health check, so "ready" means the same thing for both (an app check answers).
mkdir -p "$work/empty/WEB-INF"
echo '<html><body>empty</body></html>' > "$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war .)

port=18080
# Prints "<seconds to ready> <idle RSS MiB>" for one boot of the given WAR.
boot() {
    local war=$1 ready_probe=$2 start pid elapsed rss
    rm -rf "$work/root" "$work/data"
    start=$(date +%s.%N)
    OHMVISION_DATA_DIR="$work/data" OHMVISION_ADMIN_PASSWORD=bench-admin-1 \
        java -jar "$payara" --deploy "$war" --contextroot / --port $port --disablephonehome --nocluster \
        --rootdir "$work/root" > "$work/payara.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port$ready_probe" 2>/dev/null | grep -q "$3"; do
        kill -0 $pid 2>/dev/null || { echo "payara died; see $work/payara.log" >&2; exit 1; }
        sleep 0.2
    done
    elapsed=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 10
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    printf "%.1f %s\n" "$elapsed" "$rss"
}

echo "round  ohmvision_ready_s ohmvision_rss_mib  empty_ready_s empty_rss_mib"
for i in $(seq 1 "$rounds"); do
    read -r o_time o_rss < <(boot target/ohmvision.war /health/ready ohmvision-database)
    read -r e_time e_rss < <(boot "$work/empty.war" /index.html empty)
    printf "%5d  %17s %17s  %13s %13s\n" "$i" "$o_time" "$o_rss" "$e_time" "$e_rss"
done
