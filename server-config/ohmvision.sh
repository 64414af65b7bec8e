#!/usr/bin/env bash
# OhmVision launcher.
#   start [--background] [--no-build]   build the WAR and run it on Payara Micro at http://localhost:8080 (H2 by default)
#   stop | status                       the OhmVision started from this data directory
#   test [maven arguments]              set up what the tests need (Debian packages, a PostgreSQL), then run them all
#   setup [--dry-run]                   only the set-up step of test; --dry-run says what it would do
# Each picks a JDK 17+ and Maven (or the Maven Wrapper) itself and says what is missing.
set -euo pipefail

cd "$(dirname "$0")/.."
PAYARA_VERSION=6.2025.10
DATA_DIR="${OHMVISION_DATA_DIR:-$PWD/data}"
PID_FILE="$DATA_DIR/ohmvision.pid"
PORT="${OHMVISION_PORT:-8080}"

fail() { echo "ohmvision: $*" >&2; exit 1; }
say() { echo "ohmvision: $*"; }

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

# The machine's Maven when there is one, else the Maven Wrapper (./mvnw fetches the pinned version on first use).
# Debian's Maven 3.8 writes colour resets even in batch mode: they are taken out.
maven() {
    local command=./mvnw
    if command -v mvn >/dev/null 2>&1; then
        command=mvn
    fi
    "$command" -B "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g'
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

# HTTPS on Payara Micro's own listener with the operator's certificate: a PKCS12 keystore holding the private key and
# its certificate chain under one alias. The keystore password reaches Payara in a file only this user can read (in
# the run's root directory), never on a command line that every user of the host can list.
tls_flags() {
    local rootdir="$1"
    [ -n "${OHMVISION_HTTPS_PORT:-}" ] || return 0
    [ -n "${OHMVISION_TLS_KEYSTORE:-}" ] && [ -r "$OHMVISION_TLS_KEYSTORE" ] || fail "OHMVISION_HTTPS_PORT is set but
    OHMVISION_TLS_KEYSTORE does not name a readable PKCS12 keystore. Make one from your certificate and key with:
    openssl pkcs12 -export -in cert.pem -inkey key.pem -name ohmvision -out ohmvision.p12"
    [ -n "${OHMVISION_TLS_KEYSTORE_PASSWORD:-}" ] || fail "OHMVISION_TLS_KEYSTORE_PASSWORD is not set"
    port_free "$OHMVISION_HTTPS_PORT" || fail "port $OHMVISION_HTTPS_PORT is in use; stop what uses it or set OHMVISION_HTTPS_PORT"
    local properties="$rootdir/tls.properties" password="${OHMVISION_TLS_KEYSTORE_PASSWORD//\\/\\\\}"
    (umask 077 && printf 'javax.net.ssl.keyStore=%s\njavax.net.ssl.keyStorePassword=%s\njavax.net.ssl.keyStoreType=PKCS12\n' \
        "$(readlink -f "$OHMVISION_TLS_KEYSTORE")" "$password" > "$properties")
    echo "--sslport $OHMVISION_HTTPS_PORT --sslcert ${OHMVISION_TLS_CERT_ALIAS:-ohmvision} --systemproperties $properties"
}

# The pid of the launcher running on this data directory, if any.
running_pid() {
    local pid
    pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
    local background=false build=true
    for option in "$@"; do
        case "$option" in
            --background) background=true ;;
            --no-build) build=false ;;
            *) fail "start takes --background and --no-build, not '$option'" ;;
        esac
    done
    pick_jdk
    local pid
    if pid=$(running_pid); then
        fail "OhmVision is already running on the data directory $DATA_DIR (pid $pid): stop it with
    'bash server-config/ohmvision.sh stop', or give this one its own OHMVISION_DATA_DIR"
    fi
    # Payara logs "Failed to start" but keeps running when its port is taken: check first.
    port_free "$PORT" || fail "port $PORT is in use; stop what uses it or set OHMVISION_PORT"
    local cluster
    cluster=$(cluster_flags)
    if $build; then
        say "building (first time: Maven downloads what it needs, a few minutes)"
        maven -q -DskipTests package
    fi
    [ -f target/ohmvision.war ] || fail "target/ohmvision.war is missing: run start without --no-build"
    export OHMVISION_DATA_DIR="$DATA_DIR"
    mkdir -p "$DATA_DIR/logs"
    local rootdir tls
    rootdir="$(mktemp -d -t ohmvision-payara.XXXXXX)"
    tls=$(tls_flags "$rootdir")
    sed "s|@LOG_DIR@|$DATA_DIR/logs|" server-config/logging.properties > "$rootdir/logging.properties"
    # alone, the data grid's warnings (a port taken by another Payara on the host) concern nothing OhmVision uses
    [ -n "${OHMVISION_CLUSTER_NAME:-}" ] || echo "com.hazelcast.level=SEVERE" >> "$rootdir/logging.properties"
    local database="${OHMVISION_DB_URL:-jdbc:h2:file:$DATA_DIR/ohmvision}"
    say "starting on http://localhost:$PORT${OHMVISION_HTTPS_PORT:+ and https://localhost:$OHMVISION_HTTPS_PORT}" \
        "(data in $DATA_DIR)" \
        "${OHMVISION_CLUSTER_NAME:+as a member of cluster $OHMVISION_CLUSTER_NAME (port ${OHMVISION_CLUSTER_PORT:-6900})}"
    # shellcheck disable=SC2206 # the cluster and TLS flags and JVM options are words
    local payara=(java ${OHMVISION_JAVA_OPTS:-} $(cluster_jvm_options)
        "-Djava.util.logging.SimpleFormatter.format=%1\$tF %1\$tT %4\$s [%3\$s] %5\$s%6\$s%n"
        -jar "target/payara/payara-micro-$PAYARA_VERSION.jar" --deploy target/ohmvision.war --contextroot /
        --port "$PORT" --disablephonehome $cluster $tls --rootdir "$rootdir" --logproperties "$rootdir/logging.properties")
    local launcher=(java -cp target/classes io.ohmvision.launcher.Launcher --data-dir "$DATA_DIR" --port "$PORT"
        --https-port "${OHMVISION_HTTPS_PORT:-}" --db-url "$database" --db-user "${OHMVISION_DB_USER:-ohmvision}")
    if ! $background; then
        exec "${launcher[@]}" -- "${payara[@]}"
    fi
    local outcome="$DATA_DIR/ohmvision.outcome"
    rm -f "$outcome"
    setsid nohup "${launcher[@]}" --outcome-file "$outcome" -- "${payara[@]}" >> "$DATA_DIR/logs/console.log" 2>&1 \
        < /dev/null &
    local launched=$!
    say "started in the background; waiting until it is ready (console output: $DATA_DIR/logs/console.log)"
    while [ ! -s "$outcome" ]; do
        kill -0 "$launched" 2>/dev/null || fail "the launcher stopped before saying why; see $DATA_DIR/logs/console.log"
        sleep 1
    done
    local verdict
    verdict=$(head -n 1 "$outcome")
    tail -n +2 "$outcome"
    rm -f "$outcome"
    [ "$verdict" = ready ] || exit 1
    say "stop it with: bash server-config/ohmvision.sh stop"
}

stop() {
    local pid
    pid=$(running_pid) || { say "not running (data directory $DATA_DIR)"; return 0; }
    say "stopping OhmVision (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 90); do
        kill -0 "$pid" 2>/dev/null || { say "stopped"; return 0; }
        sleep 1
    done
    fail "OhmVision (pid $pid) did not stop within 90 s; kill it with: kill -9 $pid"
}

status() {
    local pid
    pid=$(running_pid) || { say "not running (data directory $DATA_DIR)"; exit 3; }
    local readiness
    readiness=$(exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
        && head -n 1 <&3) 2>/dev/null || readiness="no answer"
    case "$readiness" in
        *" 200 "*) say "running (pid $pid) on http://localhost:$PORT, ready (data directory $DATA_DIR)" ;;
        *) say "running (pid $pid), not ready on port $PORT: ${readiness:-no answer} (data directory $DATA_DIR)"; exit 1 ;;
    esac
}

# --- Test set-up: Debian packages of the test peers and a PostgreSQL for the PostgreSQL tests -----------------------

PACKAGES_FILE="${OHMVISION_PACKAGES_FILE:-src/test/peers/packages.txt}"

missing_packages() {
    while read -r package; do
        case "$package" in ''|'#'*) continue ;; esac
        dpkg -s "$package" >/dev/null 2>&1 || echo "$package"
    done < "$PACKAGES_FILE"
}

# How to become root for apt-get: nothing when root, sudo when it needs no password; else nothing works.
privilege() {
    if [ "$(id -u)" -eq 0 ]; then
        echo ""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        echo "sudo"
    else
        return 1
    fi
}

install_packages() {
    local dry_run=$1 missing
    mapfile -t missing < <(missing_packages)
    if [ ${#missing[@]} -eq 0 ]; then
        say "test packages: all ${PACKAGES_FILE##*/} packages are installed"
        return
    fi
    local install="apt-get install -y --no-install-recommends ${missing[*]}"
    say "test packages missing: ${missing[*]}"
    local as
    if ! as=$(privilege); then
        fail "installing them needs root; run: sudo apt-get update && sudo $install"
    fi
    if $dry_run; then
        say "would run: ${as:+$as }apt-get update && ${as:+$as }$install"
        return
    fi
    say "running: ${as:+$as }$install"
    DEBIAN_FRONTEND=noninteractive $as apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $as apt-get install -y -qq --no-install-recommends "${missing[@]}"
    # the packages start system web servers on port 80; the tests run their own on free loopback ports
    for service in nginx lighttpd; do
        $as service "$service" stop >/dev/null 2>&1 || true
    done
}

# A PostgreSQL of the test run's own (initdb under target/, a free loopback port, trust for local connections),
# unless OHMVISION_TEST_PG names one. It changes nothing on the machine and is stopped when the tests end.
TEST_PG_DIR="$PWD/target/test-postgres"

start_test_postgres() {
    local dry_run=$1
    if [ -n "${OHMVISION_TEST_PG:-}" ]; then
        say "PostgreSQL for the tests: $OHMVISION_TEST_PG (OHMVISION_TEST_PG)"
        return
    fi
    local binaries
    binaries=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if $dry_run; then
        say "would start a PostgreSQL of the tests' own (${binaries:-from the postgresql package}) in $TEST_PG_DIR"
        return
    fi
    [ -n "$binaries" ] || fail "PostgreSQL server binaries not found (Debian package postgresql)"
    local port as_owner=()
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    rm -rf "$TEST_PG_DIR"
    mkdir -p "$TEST_PG_DIR"
    # PostgreSQL refuses to run as root: then it runs as the package's postgres user
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$TEST_PG_DIR"
        as_owner=(runuser -u postgres --)
    fi
    "${as_owner[@]}" "$binaries/initdb" -D "$TEST_PG_DIR/data" -A trust -U postgres --no-sync >/dev/null
    "${as_owner[@]}" "$binaries/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/postgres.log" -w \
        -o "-p $port -k $TEST_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    TEST_PG_STOP=("${as_owner[@]}" "$binaries/pg_ctl" -D "$TEST_PG_DIR/data" -m fast stop)
    export OHMVISION_TEST_PG="127.0.0.1:$port"
    say "PostgreSQL for the tests: $("$binaries/postgres" --version | sed 's/.*(PostgreSQL) //') at $OHMVISION_TEST_PG"
}

stop_test_postgres() {
    if [ -n "${TEST_PG_STOP+x}" ]; then
        "${TEST_PG_STOP[@]}" >/dev/null 2>&1 || true
    fi
}

setup() {
    local dry_run=false
    for option in "$@"; do
        case "$option" in
            --dry-run) dry_run=true ;;
            *) fail "setup takes --dry-run, not '$option'" ;;
        esac
    done
    install_packages "$dry_run"
    start_test_postgres "$dry_run"
}

# What ran against PostgreSQL: the tests of classes marked @OnPostgres append themselves to this file.
postgres_summary() {
    local record=target/postgres-tests.txt
    if [ -s "$record" ]; then
        say "PostgreSQL: $(wc -l < "$record") tests passed against PostgreSQL ($(cut -d'#' -f1 "$record" | sort -u \
            | wc -l) test classes)"
    else
        say "PostgreSQL: no test ran against PostgreSQL"
    fi
}

run_tests() {
    pick_jdk
    install_packages false
    start_test_postgres false
    trap stop_test_postgres EXIT
    rm -f target/postgres-tests.txt
    # a PostgreSQL test that cannot reach its database fails instead of skipping
    export OHMVISION_REQUIRE_PG=true
    local status=0
    maven verify "$@" || status=$?
    postgres_summary
    return $status
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop ;;
    status) shift; status ;;
    test) shift; run_tests "$@" ;;
    setup) shift; setup "$@" ;;
    *) echo "usage: $0 start [--background] [--no-build] | stop | status | test [maven arguments] | setup [--dry-run]" >&2
       exit 2 ;;
esac
