#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these machines.
# `prisma generate` never runs it; migrations go through server/src/db/migrate.ts and
# `npm run db:diff` / `db:check` (Prisma 6's WASM engine). See README "Migrations".
echo "Prisma's native schema engine is not available here: use npm run db:diff / db:check, migrations apply at start-up." >&2
exit 1
