import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI downloads a native schema engine before most commands; where that host is
// unreachable the download fails, and `generate` never runs the engine. Naming any file keeps the
// download from starting (docs/database.md). `||=`: an empty value would trigger it again.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.resolve('tools/prisma-engine-unavailable.sh');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
