#!/usr/bin/env bash
# OhmVision launcher: `start` builds the WAR and runs it on Payara Micro at http://localhost:8080 (embedded H2 by
# default); `test` runs the whole test suite. Both pick a JDK 17+ themselves and say what is missing.
set -euo pipefail

cd "$(dirname "$0")/.."
PAYARA_VERSION=6.2025.10

fail() { echo "ohmvision: $*" >&2; exit 1; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# Payara Micro 6 is proven on JDK 17; prefer it, accept any newer JDK.
pick_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/*17* /usr/lib/jvm/*21* \
                     "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] \
           && [ "$(java_major "$candidate/bin/java")" -ge 17 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return
        fi
    done
    fail "no JDK 17 or newer found. Install one, e.g.: sudo apt-get install openjdk-17-jdk-headless"
}

require_maven() {
    command -v mvn >/dev/null 2>&1 || fail "Maven is missing. Install it, e.g.: sudo apt-get install maven"
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Payara Micro's cluster flags from OHMVISION_CLUSTER_*: alone (--nocluster) unless a cluster name is set; members
# are found by TCP/IP at the listed addresses, never by multicast.
cluster_flags() {
    if [ -z "${OHMVISION_CLUSTER_NAME:-}" ]; then
        echo "--nocluster"
        return
    fi
    case "${OHMVISION_DB_URL:-jdbc:h2:}" in
        jdbc:h2:*) fail "a cluster needs a database every member shares, and OHMVISION_DB_URL is the embedded H2 file
    of one instance. Set OHMVISION_DB_URL to PostgreSQL (jdbc:postgresql://host:5432/db) or unset OHMVISION_CLUSTER_NAME" ;;
    esac
    [ -n "${OHMVISION_CLUSTER_MEMBERS:-}" ] || fail "OHMVISION_CLUSTER_NAME is set but OHMVISION_CLUSTER_MEMBERS is not:
    list every member's data grid address, e.g. OHMVISION_CLUSTER_MEMBERS=10.0.0.1:6900,10.0.0.2:6900"
    # The data grid carries the cluster's events: it listens on one chosen address, never on every interface.
    case "${OHMVISION_CLUSTER_ADDRESS:-}" in
        '') fail "OHMVISION_CLUSTER_NAME is set but OHMVISION_CLUSTER_ADDRESS is not: give the address of this host that
    the other members reach (the data grid listens there only), e.g. OHMVISION_CLUSTER_ADDRESS=10.0.0.1" ;;
        0.0.0.0|::|'[::]'|'*') fail "OHMVISION_CLUSTER_ADDRESS=$OHMVISION_CLUSTER_ADDRESS would open the data grid on every
    interface: give the one address of this host that the other members reach" ;;
    esac
    local grid_port="${OHMVISION_CLUSTER_PORT:-6900}"
    # Hazelcast moves to the next port when this one is taken, where the others would never look for it.
    port_free "$grid_port" || fail "cluster port $grid_port is in use; stop what uses it or set OHMVISION_CLUSTER_PORT"
    # --nohostaware: host-aware partition groups only place data backups, and OhmVision keeps no data in the grid;
    # with several members on one host they leave the partitions (the share of cameras) unevenly spread
    echo "--clustername $OHMVISION_CLUSTER_NAME --clustermode tcpip:$OHMVISION_CLUSTER_MEMBERS --startport $grid_port" \
         "--nohostaware --interfaces $OHMVISION_CLUSTER_ADDRESS --hzpublicaddress $OHMVISION_CLUSTER_ADDRESS"
}

# A member that dies with its host (no connection reset) is only noticed when its heartbeats stop: Hazelcast waits
# 60 s by default, as long as a whole health interval. Heartbeat every second and give up after the failure timeout.
# Hazelcast binds its port on every interface unless told not to (--interfaces only picks the address it announces);
# the application refuses to run clustered on a grid that does.
cluster_jvm_options() {
    if [ -n "${OHMVISION_CLUSTER_NAME:-}" ]; then
        echo "-Dhazelcast.heartbeat.interval.seconds=1" \
             "-Dhazelcast.max.no.heartbeat.seconds=${OHMVISION_CLUSTER_FAILURE_TIMEOUT_SECONDS:-15}" \
             "-Dhazelcast.socket.bind.any=false"
    fi
}

start() {
    pick_jdk
    require_maven
    local port="${OHMVISION_PORT:-8080}"
    # Payara logs "Failed to start" but keeps running when its port is taken: check first.
    port_free "$port" || fail "port $port is in use; stop what uses it or set OHMVISION_PORT"
    local cluster
    cluster=$(cluster_flags)
    mvn -B -q -DskipTests package
    export OHMVISION_DATA_DIR="${OHMVISION_DATA_DIR:-$PWD/data}"
    mkdir -p "$OHMVISION_DATA_DIR"
    echo "ohmvision: starting on http://localhost:$port (data in $OHMVISION_DATA_DIR)" \
        "${OHMVISION_CLUSTER_NAME:+as a member of cluster $OHMVISION_CLUSTER_NAME (port ${OHMVISION_CLUSTER_PORT:-6900})}"
    # shellcheck disable=SC2086 # the cluster flags are words
    exec java ${OHMVISION_JAVA_OPTS:-} $(cluster_jvm_options) -jar "target/payara/payara-micro-$PAYARA_VERSION.jar" \
        --deploy target/ohmvision.war --contextroot / --port "$port" \
        --disablephonehome $cluster --rootdir "$(mktemp -d -t ohmvision-payara.XXXXXX)"
}

# The tests talk to real protocol servers installed from Debian's packages.
require_test_packages() {
    local missing=()
    while read -r package; do
        case "$package" in ''|'#'*) continue ;; esac
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done < src/test/peers/packages.txt
    [ ${#missing[@]} -eq 0 ] || fail "the tests need these Debian packages: ${missing[*]}
    install them with: sudo apt-get install ${missing[*]}   (.ci/run does this by itself)"
}

run_tests() {
    pick_jdk
    require_maven
    require_test_packages
    mvn -B verify "$@"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    test) shift; run_tests "$@" ;;
    *) echo "usage: $0 start|test" >&2; exit 2 ;;
esac
