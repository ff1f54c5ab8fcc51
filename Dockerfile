# The gateway and the admin app it serves (at /admin) as one image. docker-compose.yml runs
# it beside PostgreSQL; tests/api/compose.test.ts checks the two files agree with the app.
FROM node:20-bookworm-slim

WORKDIR /app

# Install with devDependencies: the postinstall `prisma generate` needs the prisma CLI and the
# admin build needs Vite, both dev tools. That is also why NODE_ENV=production is only set
# further down: npm ci would otherwise omit them.
# Only what the install and its postinstall read is copied first, so editing the source does
# not re-run npm ci.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
COPY tools/prisma-engine-unavailable.sh tools/prisma-engine-unavailable.sh
RUN npm ci && npm cache clean --force

COPY . .
RUN npm run build --if-present

# Containers are reached through a published port, so listen on every interface (the app's
# own default, 127.0.0.1, is for developer machines). DATA_DIR holds PGlite when DATABASE_URL
# is unset, so it must be writable by the unprivileged user.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/.data
# `npm start` rebuilds the admin (admin/dist) before serving it, as the unprivileged user.
RUN mkdir -p /app/.data /app/admin/dist && chown -R node:node /app/.data /app/admin/dist
USER node

EXPOSE 4000
CMD ["npm", "start"]
