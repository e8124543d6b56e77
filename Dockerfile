# One image for every local service: pick profiles with SERVICE_PROFILES (see README "Deployment").
# Build stage: all dependencies, compile the CSS and the server.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off here: the prepare step builds, and the sources are not copied yet.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies only, the build, templates and content; runs as "node".
FROM node:20-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/public/build ./public/build
COPY public/js ./public/js
COPY views ./views
COPY content ./content
USER node
EXPOSE 3000
# /healthz: the process answers. Orchestrators should route by /readyz, which fails while draining.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1 with its own SIGTERM handler (no npm or shell in between), so the drain runs.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server.js"]
