/**
 * How deeply a Markdown body nests, measured in one linear pass without parsing it: the Markdown
 * parser (micromark, behind remark) spends time that grows faster than linearly with nesting and
 * overflows its stack on deep enough input, so nesting is checked before anything is rendered.
 * Run by the gateway at save (post body rule) and by the admin beside the body field and in the
 * live preview.
 *
 * The numbers are upper bounds: they may count a little more than the parser nests (a thematic
 * break `* * *` counts as three list markers; an unclosed `*` or `[` stays open to the end of its
 * paragraph), never less for the shapes that matter (quotes, lists, emphasis, links, images).
 */

/**
 * Deepest nesting a post body may have: block quotes and list items together, or emphasis, links
 * and images together within a paragraph. Source: `npm run bench:markdown` (docs/benchmarks.md,
 * "Markdown: nesting and the render budget"): one structure nested 32 deep renders in at most
 * ~40 ms in every shape measured, while the time grows faster than the depth beyond (lists nested
 * by indentation: ~0.7 s at 128 levels, ~5 s at 256; emphasis or links around images: over 15 s
 * at 2,048), and on the event loop's stack the renderer overflowed at ~1,000 nested lists and
 * ~3,000 quotes. markdown-it bounds nesting the same way (maxNesting 100, or 20 in its CommonMark
 * preset). Real posts stay far below: the seed blog nests at most 3 levels.
 */
export const MARKDOWN_NESTING_MAX = 32;

/** Deepest nesting found in a body: `depth` levels at 1-based `line`, of block or inline kind. */
export interface MarkdownNesting {
  /** Block quotes + list items (`block`), or emphasis + strong + strikethrough + links/images (`inline`). */
  kind: 'block' | 'inline';
  depth: number;
  /** 1-based line where the deepest nesting is reached (0 for an empty body). */
  line: number;
}

const SPACE = 32;
const TAB = 9;

function isLineEnd(code: number): boolean {
  return Number.isNaN(code) || code === 10 || code === 13;
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

function isWhitespace(char: string | undefined): boolean {
  return char === undefined || WHITESPACE.test(char);
}

function isPunctuation(char: string | undefined): boolean {
  return char !== undefined && PUNCTUATION.test(char);
}

/** The block prefix of one line: `>` markers, list markers (their columns), and where content starts. */
interface Prefix {
  quotes: number;
  listColumns: number[];
  /** Column of the first character that is no marker and no indentation (tabs stop every 4 columns). */
  contentColumn: number;
  /** Index in the line where that content starts. */
  contentIndex: number;
}

function scanPrefix(line: string): Prefix {
  const prefix: Prefix = { quotes: 0, listColumns: [], contentColumn: 0, contentIndex: 0 };
  let i = 0;
  let column = 0;
  for (;;) {
    while (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB) {
      column = line.charCodeAt(i) === TAB ? column + 4 - (column % 4) : column + 1;
      i += 1;
    }
    const char = line[i];
    if (char === '>') {
      prefix.quotes += 1;
      i += 1;
      column += 1;
      continue;
    }
    let end = i;
    if (char === '-' || char === '+' || char === '*') end = i + 1;
    else {
      while (end < line.length && end - i < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end += 1;
      end = end > i && (line[end] === '.' || line[end] === ')') ? end + 1 : i;
    }
    const after = line.charCodeAt(end);
    if (end > i && (after === SPACE || after === TAB || isLineEnd(after))) {
      prefix.listColumns.push(column);
      column += end - i;
      i = end;
      continue;
    }
    break;
  }
  prefix.contentColumn = column;
  prefix.contentIndex = i;
  return prefix;
}

/** A fence opener or closer (``` or ~~~, 3 or more) at the start of `content`: its character and length. */
function fenceOf(content: string): { char: string; length: number; rest: string } | null {
  const match = /^(`{3,}|~{3,})(.*)$/.exec(content);
  if (!match) return null;
  return { char: match[1]![0]!, length: match[1]!.length, rest: match[2]! };
}

const BACKTICK_OR_ESCAPE = /[`\\]/g;
const INLINE_SPECIAL = /[`\\[\]!*_~]/g;

/** Index of the next character matching `pattern` (a global regex) at or after `from`; text.length if none. */
function nextSpecial(text: string, from: number, pattern: RegExp): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

interface Delimiter {
  char: string;
  levels: number;
}

/**
 * Inline nesting of one paragraph (its lines' content joined by "\n"): emphasis, strong and
 * strikethrough as CommonMark's flanking rules let them open and close, plus `[`/`![` brackets.
 * Code spans and backslash escapes are skipped. Linear: code spans are matched through a
 * per-length index of backtick runs, built once.
 */
function inlineDepth(text: string): { depth: number; at: number } {
  const runs = new Map<number, number[]>();
  for (let i = nextSpecial(text, 0, BACKTICK_OR_ESCAPE); i < text.length; i = nextSpecial(text, i, BACKTICK_OR_ESCAPE)) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    let end = i;
    while (text[end] === '`') end += 1;
    const list = runs.get(end - i) ?? [];
    list.push(i);
    runs.set(end - i, list);
    i = end;
  }
  const nextRun = new Map<number, number>(); // per length: index into runs.get(length)

  const stack: Delimiter[] = [];
  let levels = 0;
  let brackets = 0;
  let best = { depth: 0, at: 0 };
  const note = (at: number) => {
    if (levels + brackets > best.depth) best = { depth: levels + brackets, at };
  };

  for (let i = nextSpecial(text, 0, INLINE_SPECIAL); i < text.length; i = nextSpecial(text, i, INLINE_SPECIAL)) {
    const char = text[i]!;
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      let end = i;
      while (text[end] === '`') end += 1;
      const length = end - i;
      const positions = runs.get(length)!;
      let k = nextRun.get(length) ?? 0;
      while (k < positions.length && positions[k]! <= i) k += 1;
      nextRun.set(length, k + 1);
      // A matching run later on closes a code span: nothing inside it nests.
      i = k < positions.length ? positions[k]! + length : end;
      continue;
    }
    if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      brackets += 1;
      note(i);
      i += char === '!' ? 2 : 1;
      continue;
    }
    if (char === ']') {
      if (brackets > 0) brackets -= 1;
      i += 1;
      continue;
    }
    if (char === '!') {
      i += 1;
      continue;
    }
    // `*`, `_` or `~`: a delimiter run.
    let end = i;
    while (text[end] === char) end += 1;
    const before = text[i - 1];
    const after = text[end];
    const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    const canOpen = char === '_' ? leftFlanking && (!rightFlanking || isPunctuation(before)) : leftFlanking;
    const canClose = char === '_' ? rightFlanking && (!leftFlanking || isPunctuation(after)) : rightFlanking;
    let closed = false;
    if (canClose) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.char !== char) k -= 1;
      if (k >= 0) {
        // Delimiters between the opener and this closer can no longer match (CommonMark).
        for (const removed of stack.splice(k)) levels -= removed.levels;
        closed = true;
      }
    }
    if (!closed && canOpen) {
      // `***` opens emphasis and strong: two levels; `~~` one strikethrough.
      const opened = char === '~' ? 1 : Math.ceil((end - i) / 2);
      stack.push({ char, levels: opened });
      levels += opened;
      note(i);
    }
    i = end;
  }
  return best;
}

/**
 * Measures the deepest nesting of `markdown` (see the module comment for what counts). Linear in
 * the length of the body: ~1 ms for 200,000 characters.
 * @returns the deeper of the block and inline nesting, with the line it is reached on.
 */
export function markdownNesting(markdown: string): MarkdownNesting {
  const lines = markdown.split(/\r\n|\r|\n/);
  let deepest: MarkdownNesting = { kind: 'block', depth: 0, line: 0 };
  const consider = (kind: MarkdownNesting['kind'], depth: number, line: number) => {
    if (depth > deepest.depth) deepest = { kind, depth, line };
  };

  // Columns of the list markers that may still be open: a marker at column c closes every item
  // whose marker is at c or further right, as does text after a blank line at column c.
  const lists: number[] = [];
  let afterBlank = true;
  let fence: { char: string; length: number } | null = null;
  let paragraph: string[] = [];
  let paragraphLine = 0;
  // Offsets in the joined paragraph text where each of its lines starts, to report a line number.
  let paragraphOffsets: number[] = [];
  let paragraphLength = 0;
  const endParagraph = () => {
    if (paragraph.length === 0) return;
    const { depth, at } = inlineDepth(paragraph.join('\n'));
    let index = 0;
    while (index + 1 < paragraphOffsets.length && paragraphOffsets[index + 1]! <= at) index += 1;
    consider('inline', depth, paragraphLine + index);
    paragraph = [];
    paragraphOffsets = [];
    paragraphLength = 0;
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const prefix = scanPrefix(line);
    const isBlank = prefix.contentIndex === line.length && prefix.quotes === 0 && prefix.listColumns.length === 0;
    if (isBlank) {
      afterBlank = true;
      if (!fence) endParagraph();
      return;
    }
    if (prefix.listColumns.length > 0) {
      while (lists.length > 0 && lists[lists.length - 1]! >= prefix.listColumns[0]!) lists.pop();
      lists.push(...prefix.listColumns);
    } else if (afterBlank) {
      while (lists.length > 0 && lists[lists.length - 1]! >= prefix.contentColumn) lists.pop();
    }
    afterBlank = false;
    consider('block', prefix.quotes + lists.length, lineNumber);

    const content = line.slice(prefix.contentIndex);
    const marker = fenceOf(content);
    if (fence) {
      if (marker && marker.char === fence.char && marker.length >= fence.length && marker.rest.trim() === '') fence = null;
      return;
    }
    if (marker && !(marker.char === '`' && marker.rest.includes('`'))) {
      endParagraph();
      fence = { char: marker.char, length: marker.length };
      return;
    }
    if (paragraph.length === 0) paragraphLine = lineNumber;
    paragraphOffsets.push(paragraphLength);
    paragraphLength += content.length + 1;
    paragraph.push(content);
  });
  endParagraph();
  return deepest;
}

/**
 * The message for a body nested deeper than `max` (default {@link MARKDOWN_NESTING_MAX}), or
 * null when it is within the limit. Shown beside the admin's body field, in its preview, and
 * returned by the gateway as a ValidationError at ["input", "body"].
 */
export function markdownNestingIssue(markdown: string, max: number = MARKDOWN_NESTING_MAX): string | null {
  const { kind, depth, line } = markdownNesting(markdown);
  if (depth <= max) return null;
  const what = kind === 'block' ? 'Quotes and lists' : 'Emphasis, links and images';
  return `${what} are nested ${depth} levels deep (line ${line}); at most ${max} levels can be shown.`;
}
