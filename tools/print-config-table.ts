// Prints the README's configuration table from server/src/config.ts, the single source of the
// variables. `--write README.md` replaces the table between the markers in place instead.
// tests/api/readme-config.test.ts fails when the README's copy drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { configVariables } from '../server/src/config.ts';

export const CONFIG_TABLE_START = '<!-- config-table:start -->';
export const CONFIG_TABLE_END = '<!-- config-table:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown table (header + one row per variable, `\n`-separated, no trailing newline). */
export function renderConfigTable(): string {
  const rows = configVariables.map(
    (v) => `| \`${v.name}\` | ${v.default === '' ? '*(unset)*' : `\`${cell(v.default)}\``} | ${cell(v.description)} |`,
  );
  return ['| Variable | Default | Description |', '|---|---|---|', ...rows].join('\n');
}

/**
 * The table currently between the markers in `markdown` (trimmed, LF line ends), or null when
 * either marker is missing or they are out of order.
 */
export function extractConfigTable(markdown: string): string | null {
  const start = markdown.indexOf(CONFIG_TABLE_START);
  const end = markdown.indexOf(CONFIG_TABLE_END);
  if (start === -1 || end === -1 || end < start) return null;
  return markdown
    .slice(start + CONFIG_TABLE_START.length, end)
    .replace(/\r\n/g, '\n')
    .trim();
}

/** `markdown` with the generated table between the markers. Throws when the markers are missing. */
export function replaceConfigTable(markdown: string): string {
  if (extractConfigTable(markdown) === null) {
    throw new Error(`expected the markers ${CONFIG_TABLE_START} and ${CONFIG_TABLE_END}, in that order`);
  }
  const start = markdown.indexOf(CONFIG_TABLE_START) + CONFIG_TABLE_START.length;
  const end = markdown.indexOf(CONFIG_TABLE_END);
  return `${markdown.slice(0, start)}\n${renderConfigTable()}\n${markdown.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [flag, file] = process.argv.slice(2);
  if (flag === '--write') {
    if (!file) throw new Error('usage: print-config-table.ts [--write README.md]');
    writeFileSync(file, replaceConfigTable(readFileSync(file, 'utf8')));
    console.error(`updated the configuration table in ${file}`);
  } else {
    console.log(`${CONFIG_TABLE_START}\n${renderConfigTable()}\n${CONFIG_TABLE_END}`);
  }
}
