import type { Command } from '../commands';

/**
 * Commands whose label, group or keywords contain every word of the query (case-insensitive),
 * labels that start with the query first. Simple on purpose: a few hundred commands at most.
 */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const hits = commands.filter((c) => {
    const haystack = `${c.label} ${c.group} ${c.keywords ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const q = query.trim().toLowerCase();
  return hits.sort((a, b) => Number(b.label.toLowerCase().startsWith(q)) - Number(a.label.toLowerCase().startsWith(q)));
}
