#!/bin/bash
# Checks onvif-sim.py with two independent ONVIF clients; prints what they say and exits non-zero when one of them
# did not get what a real device would give it:
#  - npm onvif@0.8.3 (installed into a temporary directory, not the project): full connect sequence on loopback,
#    with UsernameToken, with the device clock 1 h ahead, with HTTP Digest, and with a wrong password;
#  - Debian onvif-tools' onvif-util: WS-Discovery (-a) and a login, inside a throw-away network namespace that has
#    only a loopback interface, because onvif-util's discovery does not let us pin the interface;
#  - onvif-util -a again against two simulators on one host (namespace "cameras"), each on its own link to the
#    client's namespace: with the multicast route on one link, only the device on that link may answer (each
#    simulator binds its multicast socket to its own interface; unbound, a device answers probes of the other link).
# onvif-util sends with IP_MULTICAST_LOOP off, so its probes must really cross a link (lo or a veth pair).
# Needs root (for the namespaces), node/npm, onvif-tools. Usage: src/test/peers/check-onvif-sim.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
sim="$here/onvif-sim.py"
work=$(mktemp -d)
ns="ohmv-onvifchk-$$"
client_ns="ohmv-onvifcli-$$"
cameras_ns="ohmv-onvifcam-$$"
pids=()
failures=0
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for n in "$ns" "$client_ns" "$cameras_ns"; do ip netns del "$n" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT

start_sim() { # port, extra arguments...
    local port=$1; shift
    /usr/bin/python3 "$sim" --http-port "$port" --discovery-address off --user admin --password 'pa:ss w0rd' "$@" \
        >/dev/null 2>"$work/sim-$port.log" &
    pids+=($!)
}

# expect LABEL OUTPUT PATTERN [PATTERN...]: every pattern (grep -E) must be in the output, "!PATTERN" must not be
expect() {
    local label=$1 output=$2; shift 2
    local pattern ok=1
    for pattern in "$@"; do
        if [[ $pattern == !* ]]; then
            grep -qE -- "${pattern#!}" <<<"$output" && { echo "  FAIL ($label): unexpected '${pattern#!}'"; ok=0; }
        else
            grep -qE -- "$pattern" <<<"$output" || { echo "  FAIL ($label): no '$pattern'"; ok=0; }
        fi
    done
    [ $ok = 1 ] || failures=$((failures + 1))
}

(cd "$work" && npm init -y >/dev/null && npm install --silent onvif@0.8.3 >/dev/null) || { echo "npm install failed"; exit 1; }
cp "$here/onvif-npm-connect.js" "$work/"
start_sim 18181
start_sim 18182 --clock-offset 3600
start_sim 18183 --http-digest --no-snapshot
sleep 1
for case in "18181 pa:ss w0rd|UsernameToken|snapshot: http" "18182 pa:ss w0rd|clock +1 h|snapshot: http" \
            "18183 pa:ss w0rd|HTTP Digest, no snapshot|GetSnapshotUri FAILED" \
            "18181 wrong|wrong password|Sender not Authorized"; do
    args=${case%%|*}; rest=${case#*|}; label=${rest%%|*}; wanted=${rest#*|}
    echo "== npm onvif@0.8.3: $label"
    output=$(cd "$work" && node onvif-npm-connect.js 127.0.0.1 ${args%% *} admin "${args#* }")
    echo "$output"
    if [ "$label" = "wrong password" ]; then
        expect "$label" "$output" "$wanted" "!stream:"
    else
        expect "$label" "$output" "model\":\"SIM-1000" "profiles: main H264 640x360, sub H264 320x180" \
            "stream: rtsp://127.0.0.1:554/main" "$wanted"
    fi
done

echo "== onvif-util -a and login, in namespace $ns"
ip netns add "$ns" && ip -n "$ns" link set lo up && ip -n "$ns" route add 239.255.255.250/32 dev lo
ip netns exec "$ns" /usr/bin/python3 "$sim" --http-port 80 --user admin --password admin >/dev/null 2>"$work/ns.log" &
pids+=($!)
sleep 1
output=$(timeout 20 ip netns exec "$ns" onvif-util -a)
echo "$output"
expect "onvif-util -a" "$output" "Found 1 cameras" "127.0.0.1 ONVIF Simulator"
# Only what the simulator serves: it has no video encoder or imaging services ("get video" answers
# ActionNotSupported, as a device without them would).
output=$(printf "get profiles\nget rtsp\nquit\n" | timeout 20 ip netns exec "$ns" onvif-util -u admin -p admin 127.0.0.1)
echo "$output"
expect "onvif-util login" "$output" "successfully connected" "Token 0: main" "Token 1: sub" \
    "rtsp://127.0.0.1:554/main" "!ERROR"

echo "== onvif-util -a, two devices on one host, each bound to its own link"
ip netns add "$client_ns" && ip netns add "$cameras_ns"
ip -n "$client_ns" link set lo up && ip -n "$cameras_ns" link set lo up
for i in 1 2; do
    ip -n "$client_ns" link add "cam$i" type veth peer name "cam$i" netns "$cameras_ns"
    ip -n "$client_ns" addr add "198.18.$i.1/24" dev "cam$i" && ip -n "$client_ns" link set "cam$i" up
    ip -n "$cameras_ns" addr add "198.18.$i.2/24" dev "cam$i" && ip -n "$cameras_ns" link set "cam$i" up
    ip netns exec "$cameras_ns" /usr/bin/python3 "$sim" --http-address "198.18.$i.2" --http-port 80 \
        --name "Camera$i" --uuid "0000000$i-0000-4000-8000-00000000000$i" >/dev/null 2>"$work/cameras-$i.log" &
    pids+=($!)
done
sleep 1
for round in 1 2 3; do
    for i in 1 2; do
        other=$((3 - i))
        ip -n "$client_ns" route replace 239.255.255.250/32 dev "cam$i"
        output=$(timeout 20 ip netns exec "$client_ns" onvif-util -a)
        echo "-- round $round, probe on cam$i: $(grep -E '^198' <<<"$output" | tr '\n' ' ')"
        expect "probe on cam$i" "$output" "Found 1 cameras" "198.18.$i.2 Camera$i" "!198.18.$other.2"
    done
done

if [ $failures -gt 0 ]; then
    echo "== $failures check(s) failed; simulator logs:"
    tail -n 20 "$work"/*.log
fi
echo "== $failures failed"
exit $((failures > 0))
