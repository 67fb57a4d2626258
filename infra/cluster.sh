# infra/run --cluster: every engine with more than one node, on this one machine, from the same artifacts.
#   two WildFly nodes behind HAProxy (health-checked), three Elasticsearch nodes (listings at one replica),
#   a PostgreSQL primary with a synchronous streaming-replication hot standby.
# Sourced by infra/run after lib.sh; everything it starts is listed in $STARTED, newest last.

CLUSTER_DIR="$DATA_ROOT/cluster"
BALANCER_PORT=${PASSPORT_CLUSTER_PORT:-8090}
PG_PRIMARY_PORT=${PASSPORT_CLUSTER_PG_PORT:-55441}
PG_STANDBY_PORT=$((PG_PRIMARY_PORT + 1))
ES_FIRST_PORT=${PASSPORT_CLUSTER_ES_PORT:-9211}
ES_PORTS=("$ES_FIRST_PORT" $((ES_FIRST_PORT + 1)) $((ES_FIRST_PORT + 2)))
NODES=(a b)
NODE_FIRST_OFFSET=${PASSPORT_CLUSTER_NODE_OFFSET:-1000}
declare -A NODE_OFFSET=([a]=$NODE_FIRST_OFFSET [b]=$((NODE_FIRST_OFFSET + 10)))

node_http_port() { echo $((8080 + NODE_OFFSET[$1])); }
node_management_port() { echo $((9990 + NODE_OFFSET[$1])); }

pg_bin() {
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$initdb" ]; then
    apt_install postgresql || die "the cluster needs a PostgreSQL server: apt-get install postgresql"
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  fi
  dirname "$initdb"
}

# A primary that streams to one synchronous standby: a commit is acknowledged only once the standby
# has it, so promoting the standby loses no acknowledged write.
start_postgres_pair() {
  local bin dir="$CLUSTER_DIR/postgresql"
  bin=$(pg_bin)
  ensure_service_user
  own "$dir"
  if [ ! -f "$dir/primary/PG_VERSION" ]; then
    as_service "$bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
      || die "initdb failed: see $dir/initdb.log"
    cat >> "$dir/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
hot_standby = on
synchronous_standby_names = 'standby'
synchronous_commit = on
CONF
    echo "host replication postgres 127.0.0.1/32 trust" >> "$dir/primary/pg_hba.conf"
  fi
  say "starting the PostgreSQL primary on 127.0.0.1:$PG_PRIMARY_PORT"
  as_service "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w -t 60 -o "-p $PG_PRIMARY_PORT -k $dir" start >/dev/null \
    || die "the PostgreSQL primary did not start: see $dir/primary.log"
  echo "postgresql $bin/pg_ctl $dir/primary" >> "$STARTED"
  if [ ! -f "$dir/standby/PG_VERSION" ]; then
    say "copying the primary to the standby (pg_basebackup)"
    as_service "$bin/pg_basebackup" -d "host=127.0.0.1 port=$PG_PRIMARY_PORT user=postgres application_name=standby" \
      -D "$dir/standby" -R -X stream >"$dir/basebackup.log" 2>&1 || die "pg_basebackup failed: see $dir/basebackup.log"
  fi
  say "starting the PostgreSQL hot standby on 127.0.0.1:$PG_STANDBY_PORT"
  as_service "$bin/pg_ctl" -D "$dir/standby" -l "$dir/standby.log" -w -t 60 -o "-p $PG_STANDBY_PORT -k $dir" start >/dev/null \
    || die "the PostgreSQL standby did not start: see $dir/standby.log"
  echo "postgresql $bin/pg_ctl $dir/standby" >> "$STARTED"
  local waited=0
  until psql -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -d postgres -tAc \
      "select sync_state from pg_stat_replication where application_name = 'standby'" 2>/dev/null | grep -q sync; do
    sleep 1; waited=$((waited + 1))
    if [ $waited -ge 60 ]; then die "the standby did not start streaming within 60 s: see $dir/standby.log"; fi
  done
  # Both hosts in one URL: the driver finds whichever is primary, so a promoted standby takes over
  # without reconfiguring the nodes (their pools drop broken connections through the exception sorter).
  use_running_postgres "${PASSPORT_DB_NAME:-passport}" keep 127.0.0.1 "$PG_PRIMARY_PORT" postgres
  DB_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PRIMARY_PORT,127.0.0.1:$PG_STANDBY_PORT/${PASSPORT_DB_NAME:-passport}?targetServerType=primary"
}

start_elasticsearch_cluster() {
  local dist i port name home seeds="" masters="" launchers=()
  require_jdk21
  dist=$(elasticsearch_dist)
  ensure_analysis_plugin "$dist"
  ensure_service_user
  for i in 0 1 2; do
    seeds+="${seeds:+, }\"127.0.0.1:$((ES_PORTS[i] + 100))\""; masters+="${masters:+, }\"es-$((i + 1))\""
  done
  for i in 0 1 2; do
    port=${ES_PORTS[i]}; name="es-$((i + 1))"; home="$CLUSTER_DIR/$name"
    mkdir -p "$home/config" "$home/data" "$home/logs"
    cp -n "$dist"/config/* "$home/config/" 2>/dev/null || true
    cat > "$home/config/elasticsearch.yml" <<YML
cluster.name: innovator-passport-cluster
node.name: $name
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
discovery.seed_hosts: [ $seeds ]
cluster.initial_master_nodes: [ $masters ]
xpack.security.enabled: false
path.data: $home/data
path.logs: $home/logs
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
    own "$home"
    if is_root; then chmod -R a+rX "$dist"; chmod a+x "$DATA_ROOT" "$CLUSTER_DIR"; fi
    say "starting Elasticsearch node $name on 127.0.0.1:$port"
    # A daemonising node returns only once it has joined a cluster, which needs the others: start all three at once.
    as_service ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$home/config" ES_JAVA_OPTS="${PASSPORT_ES_HEAP:--Xms512m -Xmx512m}" \
      HOME="$home" "$dist/bin/elasticsearch" -d -p "$home/elasticsearch.pid" >"$home/start.log" 2>&1 &
    launchers+=("$!")
    echo "elasticsearch $home/elasticsearch.pid" >> "$STARTED"
  done
  for i in 0 1 2; do
    wait "${launchers[i]}" || die "Elasticsearch node es-$((i + 1)) did not start: see $CLUSTER_DIR/es-$((i + 1))/start.log and its logs"
  done
  local waited=0
  until curl -fs "http://127.0.0.1:${ES_PORTS[0]}/_cluster/health?wait_for_nodes=3&wait_for_status=green&timeout=5s" >/dev/null 2>&1; do
    sleep 2; waited=$((waited + 2))
    if [ $waited -ge 240 ]; then die "the Elasticsearch cluster did not form within 240 s: see $CLUSTER_DIR/es-*/logs"; fi
  done
}

start_wildfly_node() { # node
  local node=$1 base="$CLUSTER_DIR/wildfly-$1" offset=${NODE_OFFSET[$1]}
  rm -rf "$base"; cp -a "$SERVER/standalone" "$base"
  cp "$ROOT/web/target/innovator-passport.war" "$base/deployments/"
  say "starting WildFly node $node on http://127.0.0.1:$(node_http_port "$node")"
  (
    export PASSPORT_DB_URL="$DB_JDBC_URL" PASSPORT_DB_USER="$DB_USER" PASSPORT_DB_PASSWORD="$DB_PASSWORD"
    export PASSPORT_ES_URL="$(printf 'http://127.0.0.1:%s,' "${ES_PORTS[@]}" | sed 's/,$//')"
    export PASSPORT_INDEX_PREFIX="${PASSPORT_INDEX_PREFIX:-passport}"
    export PASSPORT_DEMO_DATA=true PASSPORT_PUBLIC_URL="${PASSPORT_PUBLIC_URL:-http://127.0.0.1:$BALANCER_PORT}"
    export PASSPORT_NODE_NAME="node-$node" PASSPORT_TRUSTED_PROXIES="${PASSPORT_TRUSTED_PROXIES:-127.0.0.1}"
    export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/wildfly.pid"
    export JAVA_OPTS="${PASSPORT_WILDFLY_HEAP:--Xms256m -Xmx768m} -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"
    nohup "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
      -Djboss.node.name="node-$node" >"$base/wildfly.out" 2>&1 &
  )
  echo "wildfly $base/wildfly.pid" >> "$STARTED"
}

wait_for_wildfly_node() { # node
  local node=$1 base="$CLUSTER_DIR/wildfly-$1" waited=0
  until curl -fs "http://127.0.0.1:$(node_management_port "$node")/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
    sleep 2; waited=$((waited + 2))
    if grep -q 'WFLYCTL0186\|WFLYSRV0026.*with errors\|WFLYSRV0055' "$base/log/server.log" 2>/dev/null; then
      grep -m 5 ERROR "$base/log/server.log" >&2 || true; die "node $node failed to deploy: see $base/log/server.log"
    fi
    if [ $waited -ge 420 ]; then die "node $node was not ready within 420 s: see $base/log/server.log"; fi
  done
}

start_balancer() {
  command -v haproxy >/dev/null || apt_install haproxy || die "the cluster's load balancer is HAProxy: apt-get install haproxy"
  local cfg="$CLUSTER_DIR/haproxy.cfg" node
  cat > "$cfg" <<CFG
# Round robin over the WildFly nodes; a node whose readiness check fails twice gets no new requests.
# A request is retried on the other node only when it could not be sent at all (never after it
# reached a node, so a write is never applied twice).
global
  pidfile $CLUSTER_DIR/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  retry-on conn-failure
  option redispatch
  # Nodes count sign-in failures per client address: tell them who connected (they trust only us).
  option forwardfor
frontend passport
  bind 127.0.0.1:$BALANCER_PORT
  default_backend wildfly
backend wildfly
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
CFG
  for node in "${NODES[@]}"; do
    echo "  server node-$node 127.0.0.1:$(node_http_port "$node") check port $(node_management_port "$node") inter 1s fall 2 rise 2" >> "$cfg"
  done
  haproxy -c -q -f "$cfg" || die "the HAProxy configuration $cfg is not valid"
  say "starting HAProxy on http://127.0.0.1:$BALANCER_PORT"
  haproxy -D -f "$cfg" || die "HAProxy did not start"
  echo "haproxy $CLUSTER_DIR/haproxy.pid" >> "$STARTED"
}

start_cluster() {
  local node started_at=$SECONDS
  require_free_port "$BALANCER_PORT" "the cluster's balancer" PASSPORT_CLUSTER_PORT
  for node in "${NODES[@]}"; do
    require_free_port "$(node_http_port "$node")" "WildFly node $node" PASSPORT_DATA_DIR
  done
  for port in "${ES_PORTS[@]}"; do require_free_port "$port" "an Elasticsearch node" PASSPORT_DATA_DIR; done
  require_free_port "$PG_PRIMARY_PORT" "the PostgreSQL primary" PASSPORT_CLUSTER_PG_PORT
  require_build_tools
  build_application
  mkdir -p "$CLUSTER_DIR"
  start_postgres_pair
  start_elasticsearch_cluster
  ensure_signing_keystore "$CLUSTER_DIR"
  SERVER="$ROOT/web/target/server"
  # One node first: it migrates the schema and loads the demo data alone; the second joins after.
  start_wildfly_node a
  wait_for_wildfly_node a
  start_wildfly_node b
  wait_for_wildfly_node b
  start_balancer
  local waited=0
  until curl -fs -u "admin@demo.innovatorpassport.org:demo-passport-2026" "http://127.0.0.1:$BALANCER_PORT/api/me" >/dev/null 2>&1; do
    sleep 1; waited=$((waited + 1))
    if [ $waited -ge 30 ]; then die "the balancer answers but the demo logins do not work: see $CLUSTER_DIR/wildfly-*/log/server.log"; fi
  done
  CLUSTER_START_SECONDS=$((SECONDS - started_at))
}

# Resident memory of everything the cluster started (each process and its children), in MiB.
cluster_memory_mib() {
  local roots=() file pid
  for file in "$CLUSTER_DIR"/es-*/elasticsearch.pid "$CLUSTER_DIR"/wildfly-*/wildfly.pid "$CLUSTER_DIR/haproxy.pid"; do
    [ -s "$file" ] && roots+=("$(head -n 1 "$file")")
  done
  for file in "$CLUSTER_DIR"/postgresql/*/postmaster.pid; do
    [ -s "$file" ] && roots+=("$(head -n 1 "$file")")
  done
  for pid in "${roots[@]}"; do
    echo "$pid"; ps -o pid= --ppid "$pid" 2>/dev/null || true
  done | xargs -r ps -o rss= -p 2>/dev/null | awk '{ s += $1 } END { printf "%d", s / 1024 }'
}

print_cluster() {
  cat <<TEXT

Innovator Passport is running on several nodes (started in ${CLUSTER_START_SECONDS:-?} s, $(cluster_memory_mib) MiB resident)
  balancer (HAProxy)  http://127.0.0.1:$BALANCER_PORT
  node a              http://127.0.0.1:$(node_http_port a)   readiness http://127.0.0.1:$(node_management_port a)/health/ready
  node b              http://127.0.0.1:$(node_http_port b)   readiness http://127.0.0.1:$(node_management_port b)/health/ready
  Elasticsearch       $(printf 'http://127.0.0.1:%s ' "${ES_PORTS[@]}")
  PostgreSQL          primary 127.0.0.1:$PG_PRIMARY_PORT, synchronous hot standby 127.0.0.1:$PG_STANDBY_PORT
  promote the standby infra/run promote-standby

Demo logins (password for all: demo-passport-2026)
  supplier (admin)  supplier@demo.innovatorpassport.org
  assessor          assessor@demo.innovatorpassport.org
  trust (Reading)   trust@demo.innovatorpassport.org
  board member      board@demo.innovatorpassport.org
  platform admin    admin@demo.innovatorpassport.org

Stop it with: infra/run stop
TEXT
}

# The promotion procedure: stop the primary if it still runs, promote the standby; the nodes' database
# URL names both hosts with targetServerType=primary, so they reconnect to the new primary by themselves.
promote_standby() {
  local bin dir="$CLUSTER_DIR/postgresql"
  bin=$(pg_bin)
  [ -f "$dir/standby/standby.signal" ] || die "there is no standby to promote in $dir/standby"
  as_service "$bin/pg_ctl" -D "$dir/primary" -m immediate -w stop >/dev/null 2>&1 || true
  as_service "$bin/pg_ctl" -D "$dir/standby" -w promote >/dev/null || die "the standby did not promote: see $dir/standby.log"
  # The new primary has no standby yet: commits must not wait for one (it inherited the primary's setting).
  psql -q -h 127.0.0.1 -p "$PG_STANDBY_PORT" -U postgres -d postgres \
    -c "alter system set synchronous_standby_names = ''" -c "select pg_reload_conf()" >/dev/null \
    || die "the promoted standby did not accept the configuration change: see $dir/standby.log"
  say "the standby on 127.0.0.1:$PG_STANDBY_PORT is now the primary; the old primary is stopped and must be rebuilt as a standby (delete $dir/primary and run the cluster again)"
}
