# Meridian in a container: built once at image build, started without rebuilding
# (`npm run start:prod`, MERIDIAN_BUILD=skip). Not needed for the two-command local start.
#   docker build -t meridian .
#   docker run -p 3000:3000 -v meridian-data:/data -e NEXTAUTH_SECRET=$(openssl rand -base64 32) meridian
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1 \
    MERIDIAN_DATA_DIR=/data \
    PORT=3000

WORKDIR /app

# Dependencies first, so a source change does not reinstall them. The postinstall generates the
# Prisma client from the schema, which therefore comes along.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm install --no-audit --no-fund && npm cache clean --force

COPY . .
RUN npm run build \
    && mkdir -p /data \
    && chown -R node:node /data /app/.next

# Runs as the image's unprivileged `node` user; the embedded database, its backups, uploaded
# assets (unless S3_BUCKET is set) and the generated session secret live in the volume.
USER node
VOLUME ["/data"]
EXPOSE 3000

# /api/health answers 200 when the database answers. The first start migrates (and, with the
# default MERIDIAN_SEED=demo, seeds), hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

CMD ["npm", "run", "start:prod"]
