import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_TABLE_END, CONFIG_TABLE_START, extractConfigTable, renderConfigTable } from '../../tools/print-config-table.ts';

// The README documents the env vars; server/src/config.ts is what the gateway reads. This keeps
// the two from drifting. Fix a failure with `npm run config:table -- --write README.md`.
const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
const hasReadme = existsSync(readmePath);
if (!hasReadme) {
  console.warn('readme-config.test.ts: README.md does not exist yet; skipping the configuration-table check.');
}

describe.skipIf(!hasReadme)(
  hasReadme ? 'README configuration table' : 'README configuration table (SKIPPED: README.md does not exist yet)',
  () => {
    it('has the markers around the table', () => {
      const table = extractConfigTable(readFileSync(readmePath, 'utf8'));
      expect(table, `README.md needs ${CONFIG_TABLE_START} … ${CONFIG_TABLE_END} around its configuration table`).not.toBeNull();
    });

    it('matches the variables the gateway reads (regenerate: npm run config:table -- --write README.md)', () => {
      const table = extractConfigTable(readFileSync(readmePath, 'utf8'));
      expect(table).toBe(renderConfigTable());
    });
  },
);
