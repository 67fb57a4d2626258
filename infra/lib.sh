# Shared by infra/run and infra/test: find or start PostgreSQL, Elasticsearch and WildFly.
# Every function says in one line what to do when it cannot go on.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA_ROOT=${PASSPORT_DATA_DIR:-/var/tmp/innovator-passport}
SERVICE_USER=${PASSPORT_SERVICE_USER:-passport}
ES_VERSION=$(sed -n 's|.*<version.elasticsearch.server>\(.*\)</version.elasticsearch.server>.*|\1|p' "$ROOT/pom.xml")

say() { echo "infra: $*"; }
die() { echo "infra: $*" >&2; exit 1; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

require_free_port() { # port what
  if listening "$1"; then die "port $1 ($2) is already taken: stop what uses it, or choose another port with $3"; fi
}

is_root() { [ "$(id -u)" = 0 ]; }

# Runs a command as the unprivileged service user when we are root (PostgreSQL and Elasticsearch refuse root).
as_service() {
  if is_root; then
    runuser -u "$SERVICE_USER" -- env "$@"
  else
    env "$@"
  fi
}

ensure_service_user() {
  is_root || return 0
  id "$SERVICE_USER" >/dev/null 2>&1 || useradd --system --user-group --home-dir "$DATA_ROOT" --shell /usr/sbin/nologin "$SERVICE_USER"
}

own() { # give a directory to the service user
  mkdir -p "$1"
  if is_root; then chown -R "$SERVICE_USER:$SERVICE_USER" "$1"; fi
}

apt_install() { # packages...
  is_root || return 1
  command -v apt-get >/dev/null || return 1
  say "installing $* from Debian's packages"
  [ -n "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ] || apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

require_build_tools() {
  command -v java >/dev/null || die "java is missing: install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)"
  command -v mvn >/dev/null || die "mvn is missing: install Maven 3.8 or newer (Debian: apt-get install maven)"
  command -v npm >/dev/null || apt_install nodejs npm || die "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"
  command -v curl >/dev/null || apt_install curl || die "curl is missing: install curl"
  command -v unzip >/dev/null || apt_install unzip || die "unzip is missing: install unzip"
}

# ---- JDK 21+ for Elasticsearch ----------------------------------------------------------------
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

find_jdk21() {
  local candidate
  for candidate in ${ES_JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

require_jdk21() {
  ES_JAVA_HOME=$(find_jdk21) || { apt_install openjdk-21-jdk-headless 2>/dev/null && ES_JAVA_HOME=$(find_jdk21); } \
    || die "Elasticsearch $ES_VERSION needs a JDK 21 or newer: install one under /usr/lib/jvm or set ES_JAVA_HOME"
  export ES_JAVA_HOME
}

# ---- PostgreSQL ---------------------------------------------------------------------------------
# Sets DB_JDBC_URL, DB_USER, DB_PASSWORD for database $1, creating the database when it can.
# $2 = "fresh" drops and recreates it (the test database).
ensure_database() {
  local db=$1 mode=${2:-keep}
  if [ -n "${DATABASE_URL:-}" ]; then
    use_database_url "$db" "$mode"
  elif listening "${PASSPORT_PG_PORT_EXISTING:-5432}"; then
    use_running_postgres "$db" "$mode" 127.0.0.1 "${PASSPORT_PG_PORT_EXISTING:-5432}" "${PGADMIN_USER:-postgres}"
  else
    start_local_postgres
    use_running_postgres "$db" "$mode" 127.0.0.1 "$PG_LOCAL_PORT" postgres
  fi
}

use_database_url() { # postgres://user:password@host:port/database
  local db=$1 mode=$2 rest userinfo hostport
  rest=${DATABASE_URL#*://}
  userinfo=${rest%%@*}; rest=${rest#*@}
  hostport=${rest%%/*}
  DB_USER=${userinfo%%:*}; DB_PASSWORD=${userinfo#*:}
  [ "$mode" = fresh ] || db=${rest#*/}; db=${db%%\?*}
  if [ "$mode" = fresh ]; then
    PGPASSWORD=$DB_PASSWORD psql -q -h "${hostport%%:*}" -p "${hostport##*:}" -U "$DB_USER" -d "${rest#*/}" \
      -c "drop database if exists $db" -c "create database $db" >/dev/null \
      || die "could not create the test database $db through DATABASE_URL: grant CREATEDB to $DB_USER"
  fi
  DB_JDBC_URL="jdbc:postgresql://$hostport/$db"
}

use_running_postgres() { # db mode host port admin
  local db=$1 mode=$2 host=$3 port=$4 admin=$5
  command -v psql >/dev/null || apt_install postgresql-client || die "psql is missing: install the PostgreSQL client (Debian: apt-get install postgresql-client)"
  local psql_admin=(psql -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$admin" -d postgres)
  "${psql_admin[@]}" -c "select 1" >/dev/null 2>&1 \
    || die "PostgreSQL on $host:$port refused user $admin: set DATABASE_URL=postgres://user:password@host:port/database, or PGADMIN_USER and PGPASSWORD"
  DB_USER=${PASSPORT_DB_USER:-passport}; DB_PASSWORD=${PASSPORT_DB_PASSWORD:-passport}
  "${psql_admin[@]}" -tAc "select 1 from pg_roles where rolname = '$DB_USER'" | grep -q 1 \
    || "${psql_admin[@]}" -c "create role $DB_USER login password '$DB_PASSWORD'" >/dev/null
  if [ "$mode" = fresh ]; then
    "${psql_admin[@]}" -c "drop database if exists $db with (force)" >/dev/null
  fi
  "${psql_admin[@]}" -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
    || "${psql_admin[@]}" -c "create database $db owner $DB_USER" >/dev/null
  DB_JDBC_URL="jdbc:postgresql://$host:$port/$db"
}

start_local_postgres() {
  local initdb bin dir="$DATA_ROOT/postgresql"
  PG_LOCAL_PORT=${PASSPORT_PG_PORT:-55432}
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$initdb" ]; then
    apt_install postgresql || die "no PostgreSQL server here: install it (Debian: apt-get install postgresql) or set DATABASE_URL"
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  fi
  bin=$(dirname "$initdb")
  if listening "$PG_LOCAL_PORT"; then return 0; fi
  ensure_service_user
  own "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_service "$initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
      || die "initdb failed: see $dir/initdb.log"
  fi
  say "starting PostgreSQL on 127.0.0.1:$PG_LOCAL_PORT (data in $dir)"
  as_service "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgresql.log" -w -t 60 \
    -o "-p $PG_LOCAL_PORT -c listen_addresses=127.0.0.1 -k $dir" start >/dev/null \
    || die "PostgreSQL did not start: see $dir/postgresql.log"
  echo "postgresql $bin/pg_ctl $dir/data" >> "$STARTED"
}

# ---- Elasticsearch ------------------------------------------------------------------------------
elasticsearch_dist() {
  local dist="$DATA_ROOT/dist/elasticsearch-$ES_VERSION"
  if [ ! -x "$dist/bin/elasticsearch" ]; then
    mkdir -p "$DATA_ROOT/dist"
    say "fetching Elasticsearch $ES_VERSION from Maven Central" >&2
    mvn -q -B dependency:copy -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$DATA_ROOT/dist" >/dev/null 2>&1 \
      || die "could not fetch org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip with Maven"
    (cd "$DATA_ROOT/dist" && unzip -q -o "elasticsearch-$ES_VERSION.zip" && rm -f "elasticsearch-$ES_VERSION.zip")
  fi
  echo "$dist"
}

# The passport-analysis stable plugin (search-index/analysis-plugin: ASCII folding, English stemming,
# clinical synonyms, which the integ-test-zip lacks), built for and installed into the distribution
# $1; rebuilt and reinstalled whenever its sources or the synonym list change. Needs ES_JAVA_HOME.
ensure_analysis_plugin() {
  local dist=$1 src="$ROOT/search-index/analysis-plugin" hash installed="$1/plugins/passport-analysis/.source-hash"
  hash=$(cat "$src"/build.sh "$src"/named_components.json "$src"/stable-plugin-descriptor.properties \
    $(find "$src/src" -name '*.java' | sort) "$ROOT/search-index/src/main/resources/search/clinical-synonyms.txt" | sha256sum | cut -c1-16)
  [ -f "$installed" ] && [ "$(cat "$installed")" = "$hash" ] && return 0
  say "building the passport-analysis Elasticsearch plugin" >&2
  ES_JAVA_HOME="$ES_JAVA_HOME" "$src/build.sh" "$dist" "$DATA_ROOT/dist/passport-analysis.zip" >&2 \
    || die "could not build the passport-analysis plugin: see the messages above"
  ES_JAVA_HOME="$ES_JAVA_HOME" "$dist/bin/elasticsearch-plugin" remove --purge passport-analysis >/dev/null 2>&1 || true
  ES_JAVA_HOME="$ES_JAVA_HOME" "$dist/bin/elasticsearch-plugin" install --batch --silent "file://$DATA_ROOT/dist/passport-analysis.zip" >&2 \
    || die "could not install the passport-analysis plugin into $dist"
  echo "$hash" > "$installed"
}

# start_elasticsearch NAME PORT [fresh]: one node bound to 127.0.0.1:PORT, data under $DATA_ROOT/NAME.
start_elasticsearch() {
  local name=$1 port=$2 mode=${3:-keep} dist home
  require_jdk21
  dist=$(elasticsearch_dist)
  ensure_analysis_plugin "$dist"
  home="$DATA_ROOT/$name/elasticsearch"
  ensure_service_user
  [ "$mode" = fresh ] && rm -rf "$home"
  mkdir -p "$home/config" "$home/data" "$home/logs"
  cp -n "$dist"/config/* "$home/config/" 2>/dev/null || true
  cat > "$home/config/elasticsearch.yml" <<YML
cluster.name: innovator-passport-$name
node.name: $name-1
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
discovery.type: single-node
xpack.security.enabled: false
path.data: $home/data
path.logs: $home/logs
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
  own "$home"
  if is_root; then chmod -R a+rX "$dist"; chmod a+x "$DATA_ROOT" "$DATA_ROOT/$name"; fi
  say "starting Elasticsearch $ES_VERSION on 127.0.0.1:$port (JDK $ES_JAVA_HOME)"
  as_service ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$home/config" ES_JAVA_OPTS="${PASSPORT_ES_HEAP:--Xms512m -Xmx512m}" \
    HOME="$home" "$dist/bin/elasticsearch" -d -p "$home/elasticsearch.pid" >"$home/start.log" 2>&1 \
    || die "Elasticsearch did not start: see $home/start.log and $home/logs"
  echo "elasticsearch $home/elasticsearch.pid" >> "$STARTED"
  local waited=0
  until curl -fs "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; do
    sleep 2; waited=$((waited + 2))
    if [ ! -s "$home/elasticsearch.pid" ] || ! kill -0 "$(cat "$home/elasticsearch.pid" 2>/dev/null)" 2>/dev/null; then
      [ $waited -lt 10 ] && continue
      tail -n 20 "$home/logs/"*.log 2>/dev/null | tail -n 20 >&2 || true
      die "Elasticsearch stopped while starting: see $home/logs"
    fi
    [ $waited -ge 180 ] && die "Elasticsearch did not answer on port $port within 180 s: see $home/logs"
  done
}

# ---- the passport signing key -------------------------------------------------------------------
# ensure_signing_keystore FOLDER: exports PASSPORT_SIGNING_KEYSTORE and PASSPORT_SIGNING_KEYSTORE_PASSWORD.
# On first start it creates a PKCS12 keystore (FOLDER/passport-signing.p12 unless PASSPORT_SIGNING_KEYSTORE
# names one) holding one EC P-256 key, which signs passports (ES256). Its password, unless given, is made
# once and kept beside it, readable by its owner only. The private key never goes into PostgreSQL.
ensure_signing_keystore() {
  local keystore=${PASSPORT_SIGNING_KEYSTORE:-$1/passport-signing.p12} keytool
  mkdir -p "$(dirname "$keystore")"
  if [ -z "${PASSPORT_SIGNING_KEYSTORE_PASSWORD:-}" ]; then
    if [ ! -f "$keystore.password" ]; then
      [ -f "$keystore" ] && die "the signing keystore $keystore has no password file beside it: set PASSPORT_SIGNING_KEYSTORE_PASSWORD"
      (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$keystore.password")
    fi
    PASSPORT_SIGNING_KEYSTORE_PASSWORD=$(cat "$keystore.password")
  fi
  if [ ! -f "$keystore" ]; then
    keytool=$(command -v keytool || echo "$(dirname "$(readlink -f "$(command -v java)")")/keytool")
    [ -x "$keytool" ] || die "keytool is missing: it comes with the JDK (Debian: apt-get install openjdk-17-jdk-headless)"
    say "creating the passport signing key in $keystore (EC P-256, ES256)"
    (umask 077; "$keytool" -genkeypair -keystore "$keystore" -storetype PKCS12 -storepass "$PASSPORT_SIGNING_KEYSTORE_PASSWORD" \
      -alias "passport-$(date -u +%Y%m%d%H%M%S)" -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA \
      -dname "CN=Innovator Passport signing key" -validity 3650 >/dev/null 2>&1) \
      || die "keytool could not create the signing keystore $keystore"
  fi
  export PASSPORT_SIGNING_KEYSTORE="$keystore" PASSPORT_SIGNING_KEYSTORE_PASSWORD
}

# ---- building ------------------------------------------------------------------------------------
build_application() {
  if [ "${PASSPORT_SKIP_BUILD:-false}" = true ]; then return 0; fi
  say "building (mvn install, tests skipped: infra/test runs them)"
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests install) || die "the build failed: run 'mvn -DskipTests install' to see why"
}

# ---- stopping what we started -------------------------------------------------------------------
stop_started() { # file listing what this script started, newest last
  local file=$1 kind a b pid
  [ -f "$file" ] || return 0
  tac "$file" | while read -r kind a b; do
    case $kind in
      wildfly|elasticsearch|haproxy)
        pid=$(cat "$a" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
          kill "$pid" 2>/dev/null || true
          for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
          kill -9 "$pid" 2>/dev/null || true
          say "stopped $kind (pid $pid)"
        fi
        rm -f "$a";;
      postgresql)
        as_service "$a" -D "$b" -m fast -w stop >/dev/null 2>&1 && say "stopped PostgreSQL" || true;;
    esac
  done
  rm -f "$file"
}
