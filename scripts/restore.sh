#!/usr/bin/env bash
# Restore the BandTrack database from a dump written by scripts/backup.sh. See usage below.
set -euo pipefail

BT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/postgres-tools.sh
source "$BT_ROOT/scripts/lib/postgres-tools.sh"

usage() {
  cat <<'EOF'
Usage: scripts/restore.sh [--compose] [--yes] FILE

Replaces the BandTrack database with FILE, a `pg_dump -Fc` archive written by scripts/backup.sh.
In one transaction: the public schema is emptied (tables the dump lacks go too), then the dump is
replayed as `pg_restore --clean --if-exists` writes it, without owners and privileges (so a dump of
the embedded database restores into the compose one and back). On any error nothing is changed.
The database is meant for BandTrack alone.

Stop the app first (compose: docker compose stop app), and start it again afterwards.

Which database: the same rules as scripts/backup.sh --help:
  --compose        the `db` service of docker-compose.yml (the db service must be up)
  DATABASE_URL     when set, that server
  otherwise        the embedded PostgreSQL in DATA_DIR/postgres: started by this script when the app
                   is stopped, or the app's running server.

Options:
  --compose        restore into the compose stack's database
  -y, --yes        do not ask for confirmation
  -h, --help       show this help
EOF
}

compose=0
assume_yes=0
file=''
while (($# > 0)); do
  case $1 in
    --compose) compose=1 ;;
    -y | --yes) assume_yes=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      (($# == 1)) || {
        usage >&2
        bt_die "expected one FILE"
      }
      file=$1
      ;;
    -*)
      usage >&2
      bt_die "unknown option: $1"
      ;;
    *)
      [[ -z $file ]] || {
        usage >&2
        bt_die "expected one FILE, got '$file' and '$1'"
      }
      file=$1
      ;;
  esac
  shift
done
[[ -n $file ]] || {
  usage >&2
  bt_die "missing FILE"
}
[[ -f $file && -r $file ]] || bt_die "cannot read $file"
bt_is_custom_archive "$file" || bt_die "$file is not a pg_dump custom-format archive (pg_dump -Fc)"

confirm() {
  local target=$1 answer
  ((assume_yes)) && return 0
  [[ -t 0 ]] || bt_die "not an interactive terminal: pass --yes to confirm the restore"
  bt_info "This replaces every table of $target with the content of $file."
  if [[ ${BT_EMBEDDED_LIVE:-0} -eq 1 ]]; then
    bt_info "The app is running: stop it first if you can, and restart it afterwards."
  fi
  read -r -p "Type 'yes' to restore: " answer
  [[ $answer == yes ]] || bt_die "cancelled"
}

# One transaction, through psql: an empty public schema first (so tables the dump does not have, e.g.
# from a newer migration, go too), then the dump as SQL from pg_restore --clean --if-exists, then COMMIT
# only if pg_restore succeeded. On any error psql stops (ON_ERROR_STOP) or reaches the end of its input
# without COMMIT, and PostgreSQL rolls everything back.
begin_sql='SET client_min_messages = warning; BEGIN; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'
restore_options=(--clean --if-exists --no-owner --no-privileges --file=-)
psql_options=(--no-psqlrc --quiet --output=/dev/null --set=ON_ERROR_STOP=1)
failed="the restore failed; the database is unchanged"


if ((compose)); then
  bt_find_compose
  confirm "the compose service '$BT_COMPOSE_SERVICE' (database $BT_COMPOSE_DATABASE)"
  # shellcheck disable=SC2016 # expanded by the container's shell
  bt_compose exec -T "$BT_COMPOSE_SERVICE" bash -c \
    'set -o pipefail; { printf "%s\n" "$0" && pg_restore '"${restore_options[*]}"' && printf "COMMIT;\n"; } | psql '"${psql_options[*]}"' --username="$1" --dbname="$2"' \
    "$begin_sql" "$BT_COMPOSE_USER" "$BT_COMPOSE_DATABASE" <"$file" || bt_die "$failed"
else
  bt_prepare_native
  bt_find_tool pg_restore "$BT_PG_MAJOR"
  pg_restore_cmd=("${BT_TOOL[@]}")
  # psql must understand what this pg_restore writes (\restrict): take the one beside it.
  if [[ ${pg_restore_cmd[0]} == docker ]]; then
    psql_cmd=("${pg_restore_cmd[@]:0:${#pg_restore_cmd[@]}-1}" psql)
  elif [[ -x $(dirname "${pg_restore_cmd[0]}")/psql ]]; then
    psql_cmd=("$(dirname "${pg_restore_cmd[0]}")/psql")
  else
    bt_find_tool psql "$(bt_tool_major "${pg_restore_cmd[0]}")"
    psql_cmd=("${BT_TOOL[@]}")
  fi
  confirm "$(bt_mask_url "$BT_TARGET_URL") (PostgreSQL $BT_PG_MAJOR)"
  {
    printf '%s\n' "$begin_sql" &&
      "${pg_restore_cmd[@]}" "${restore_options[@]}" <"$file" &&
      printf 'COMMIT;\n'
  } | "${psql_cmd[@]}" "${psql_options[@]}" --dbname="$BT_CONN_URL" || bt_die "$failed"
fi

bt_info "Restored $file. Start (or restart) the app."
