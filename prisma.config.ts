import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI downloads a native schema engine before most commands; that host is unreachable
// here and `generate` never runs it. Naming any file keeps the download from starting
// (../shared/STACK-NOTES.md, "Prisma 7 without its native engine"). `||=`: an empty value would
// trigger the download again.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.resolve('tools/prisma-engine-unavailable.sh');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
