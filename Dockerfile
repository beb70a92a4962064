# Weerbaar production image. Mirrors scripts/check-production-tree.sh, which CI runs without
# Docker: change both together. See docs/operations.md ("## Container") and docs/adr/0017.
#   docker build -t weerbaar .        docker compose up (compose.yaml: with PostgreSQL)

# --- build: all dependencies, compile the server (dist/server) and the web app (dist/web)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY bin bin
COPY scripts scripts
COPY src src
COPY web web
RUN npm run build

# --- deps: production dependencies only (no tsx, esbuild, Vite or test tools)
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- runtime: compiled JavaScript, production dependencies, no sources, non-root
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEERBAAR_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
COPY bin bin
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrates on start; other commands: docker compose run --rm weerbaar node bin/weerbaar.js --help
CMD ["node", "bin/weerbaar.js", "start"]
