#!/usr/bin/env bash
# Back up the BandTrack database to a timestamped pg_dump custom-format file. See usage below.
set -euo pipefail

BT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/postgres-tools.sh
source "$BT_ROOT/scripts/lib/postgres-tools.sh"

usage() {
  cat <<'EOF'
Usage: scripts/backup.sh [--compose] [-o DIR]

Writes the BandTrack database to DIR/bandtrack-<UTC time>.dump with `pg_dump -Fc` (custom format,
compressed; restore it with scripts/restore.sh). DIR: -o, else BACKUP_DIR, else ./backups.

Which database:
  --compose        the `db` service of docker-compose.yml (the stack must be up)
  DATABASE_URL     when set, that server
  otherwise        the embedded PostgreSQL in DATA_DIR/postgres (default ./data/postgres): the app's
                   running server (port from its postmaster.pid, or EMBEDDED_PG_PORT), or, when the
                   app is stopped, a temporary server started by this script. Do not start the app
                   while a backup of a stopped app runs.

Client tools: pg_dump of PostgreSQL 18 or later (at least the server's version). Found on PATH, in
/usr/lib/postgresql/*/bin or in PG_BIN; otherwise the postgres:18 image is run through Docker.

Options:
  --compose        back up the compose stack's database
  -o, --output-dir DIR
                   folder for the dump (created if missing)
  -h, --help       show this help

The image run alone (embedded PostgreSQL inside the container, no compose): start it with
EMBEDDED_PG_PORT set (e.g. 5433), then dump through the container's network namespace:
  docker run --rm --network container:<app container> postgres:18 \
    pg_dump -Fc postgres://postgres:postgres@127.0.0.1:5433/bandtrack > bandtrack.dump

Examples:
  scripts/backup.sh
  DATABASE_URL=postgres://bandtrack:secret@nas.local:5432/bandtrack scripts/backup.sh -o /mnt/backups
  scripts/backup.sh --compose
EOF
}

compose=0
output_dir=${BACKUP_DIR:-}
while (($# > 0)); do
  case $1 in
    --compose) compose=1 ;;
    -o | --output-dir)
      (($# >= 2)) || bt_die "$1 needs a folder"
      output_dir=$2
      shift
      ;;
    --output-dir=*) output_dir=${1#*=} ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      bt_die "unknown argument: $1"
      ;;
  esac
  shift
done
output_dir=${output_dir:-$BT_ROOT/backups}

umask 077
mkdir -p "$output_dir"
output="$output_dir/bandtrack-$(date -u +%Y%m%dT%H%M%SZ).dump"
[[ ! -e $output ]] || bt_die "$output already exists"
partial="$output.partial"
bt_on_exit "rm -f $(printf '%q' "$partial")"

if ((compose)); then
  bt_find_compose
  bt_info "Backing up the compose service '$BT_COMPOSE_SERVICE' (database $BT_COMPOSE_DATABASE)..."
  bt_compose exec -T "$BT_COMPOSE_SERVICE" \
    pg_dump --format=custom --username="$BT_COMPOSE_USER" --dbname="$BT_COMPOSE_DATABASE" >"$partial"
  # Check the archive is complete and readable with the server's own pg_restore.
  bt_compose exec -T "$BT_COMPOSE_SERVICE" pg_restore --list <"$partial" >/dev/null ||
    bt_die "the dump could not be read back"
else
  bt_prepare_native
  bt_find_tool pg_dump "$BT_PG_MAJOR"
  bt_info "Backing up $(bt_mask_url "$BT_TARGET_URL") (PostgreSQL $BT_PG_MAJOR) with ${BT_TOOL[*]}..."
  "${BT_TOOL[@]}" --format=custom --dbname="$BT_CONN_URL" >"$partial"
  bt_find_tool pg_restore "$BT_PG_MAJOR"
  "${BT_TOOL[@]}" --list <"$partial" >/dev/null || bt_die "the dump could not be read back"
fi

mv "$partial" "$output"
bt_info "Backup written: $output ($(wc -c <"$output" | tr -d ' ') bytes)"
printf '%s\n' "$output"
