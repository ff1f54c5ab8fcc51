// Prints the Pothos schema to schema.graphql (sorted). `--check` exits 1 when the committed file
// differs from the code, so CI catches an unprinted change (house style: "CI fails when it drifts").
import { readFile, writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../server/src/schema/index.ts';

const file = new URL('../schema.graphql', import.meta.url);
const header = '# Generated from the Pothos schema by `npm run schema:print`. Do not edit by hand.\n\n';

/** The schema as committed: sorted SDL with a header line. */
export function printedSchema(): string {
  return `${header + printSchema(lexicographicSortSchema(schema))}\n`;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const printed = printedSchema();
  if (process.argv.includes('--check')) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== printed) {
      console.error('schema.graphql is out of date with the code: run `npm run schema:print` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql matches the code.');
  } else {
    await writeFile(file, printed);
    console.log('wrote schema.graphql');
  }
}
