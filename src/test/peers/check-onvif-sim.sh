#!/bin/bash
# Checks onvif-sim.py with two independent ONVIF clients and prints what they say:
#  - npm onvif@0.8.3 (installed into a temporary directory, not the project): full connect sequence on loopback,
#    with UsernameToken, with the device clock 1 h ahead, with HTTP Digest, and with a wrong password;
#  - Debian onvif-tools' onvif-util: WS-Discovery (-a) and a login, inside a throw-away network namespace that has
#    only a loopback interface, because onvif-util's discovery does not let us pin the interface.
# Needs root (for the namespace), node/npm, onvif-tools. Usage: src/test/peers/check-onvif-sim.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
sim="$here/onvif-sim.py"
work=$(mktemp -d)
ns="ohmv-onvifchk-$$"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    ip netns del "$ns" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

start_sim() { # port, extra arguments...
    local port=$1; shift
    /usr/bin/python3 "$sim" --http-port "$port" --discovery-address off --user admin --password 'pa:ss w0rd' "$@" \
        >/dev/null 2>"$work/sim-$port.log" &
    pids+=($!)
}

(cd "$work" && npm init -y >/dev/null && npm install --silent onvif@0.8.3 >/dev/null) || { echo "npm install failed"; exit 1; }
cp "$here/onvif-npm-connect.js" "$work/"
start_sim 18181
start_sim 18182 --clock-offset 3600
start_sim 18183 --http-digest --no-snapshot
sleep 1
for case in "18181 pa:ss w0rd|UsernameToken" "18182 pa:ss w0rd|clock +1 h" "18183 pa:ss w0rd|HTTP Digest, no snapshot" \
            "18181 wrong|wrong password"; do
    args=${case%%|*}; label=${case#*|}
    echo "== npm onvif@0.8.3: $label"
    (cd "$work" && node onvif-npm-connect.js 127.0.0.1 ${args%% *} admin "${args#* }")
done

echo "== onvif-util -a and login, in namespace $ns"
ip netns add "$ns" && ip -n "$ns" link set lo up && ip -n "$ns" route add 239.255.255.250/32 dev lo
ip netns exec "$ns" /usr/bin/python3 "$sim" --http-port 80 --user admin --password admin >/dev/null 2>"$work/ns.log" &
pids+=($!)
sleep 1
timeout 20 ip netns exec "$ns" onvif-util -a
printf "get profiles\nget rtsp\nget video\nquit\n" | timeout 20 ip netns exec "$ns" onvif-util -u admin -p admin 127.0.0.1
