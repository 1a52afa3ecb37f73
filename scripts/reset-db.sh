#!/usr/bin/env bash
# `npm run db:reset [-- --yes]`: erases the BandTrack database and rebuilds it from the migrations.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
  cat <<'USAGE'
Usage: scripts/reset-db.sh [--yes]

Drops the BandTrack database, creates it again empty and applies every migration. ALL DATA IS LOST.
  DATABASE_URL set   that database (dropped and created again on its server)
  otherwise          the embedded PostgreSQL in DATA_DIR/postgres (default ./data/postgres), database
                     `bandtrack`; stop the app first
Asks for confirmation unless --yes is given.
USAGE
}

assume_yes=false
for arg in "$@"; do
  case $arg in
    -y | --yes) assume_yes=true ;;
    -h | --help) usage && exit 0 ;;
    *) usage >&2 && exit 2 ;;
  esac
done

if [[ -n ${DATABASE_URL:-} ]]; then
  # Hide the password in the prompt.
  target=$(node -e 'const u = new URL(process.argv[1]); if (u.password) u.password = "***"; console.log(u.toString())' "$DATABASE_URL")
else
  target="the embedded database bandtrack in ${DATA_DIR:-data}/postgres"
fi

if [[ $assume_yes != true ]]; then
  if [[ ! -t 0 ]]; then
    echo "No terminal to confirm on: run again with --yes to reset $target." >&2
    exit 1
  fi
  read -r -p "This erases every piece of data in $target. Type 'reset' to go on: " answer
  if [[ $answer != reset ]]; then
    echo "Nothing changed."
    exit 1
  fi
fi

cd "$root"
exec node scripts/reset-db.mjs
