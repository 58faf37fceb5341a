/**
 * Fidelity of a source text to its capture, proved on what the reader sees: the text of the rendered
 * body, block by block, must be the capture's lines less the ones the archive declares removed
 * (title, metadata, site boilerplate), character for character, no-break spaces included.
 */

export interface RemovedLine {
  line: number;
  text: string;
}

export interface FidelityProblem {
  field: string;
  message: string;
}

function captureLines(capture: string): string[] {
  return capture.replace(/\r\n?/g, '\n').split('\n');
}

/** Each declared line must exist and read exactly as declared. */
export function checkRemovedLines(capture: string, removed: readonly RemovedLine[]): FidelityProblem[] {
  const lines = captureLines(capture);
  const problems: FidelityProblem[] = [];
  const seen = new Set<number>();
  removed.forEach((entry, index) => {
    const field = `capture.removed[${index}]`;
    if (seen.has(entry.line))
      problems.push({ field, message: `expected each line once; found line ${entry.line} twice` });
    seen.add(entry.line);
    const actual = lines[entry.line - 1];
    if (actual === undefined) {
      problems.push({
        field,
        message: `expected a line of the capture; found line ${entry.line}, but it has ${lines.length}`,
      });
    } else if (actual !== entry.text) {
      problems.push({
        field,
        message: `expected the text of capture line ${entry.line}, which is ${JSON.stringify(actual)}; found ${JSON.stringify(entry.text)}`,
      });
    }
  });
  return problems;
}

/**
 * The capture's paragraphs once the declared lines are gone: one per line that is not blank, as
 * written. Only the spaces and tabs at the ends of a line go (Markdown cannot keep them, and no
 * reader sees them); a no-break space is a character like any other.
 */
export function captureParagraphs(capture: string, removed: readonly RemovedLine[]): string[] {
  const drop = new Set(removed.map((entry) => entry.line));
  return captureLines(capture)
    .filter((line, index) => !drop.has(index + 1) && line.trim() !== '')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''));
}

const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'div',
  'section',
  'aside',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
]);
/** Elements that hold no text of the source: an annotation's note is the archive's, not the source's. */
const skippedTags = new Set(['script', 'style', 'template']);

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

export interface RenderedBlock {
  text: string;
  /** The targets of the links in the block, with whether the archive made them (a mention of a resolution). */
  links: Array<{ href: string; archive: boolean }>;
  /** Elements other than text, links and the archive's own marks (a rule, an image, emphasis…). */
  markup: string[];
}

/** Phrasing elements that change nothing a reader sees of the words: the archive's own wrappers. */
const transparentTags = new Set(['a', 'span']);

/**
 * The text of rendered HTML block by block, as a reader sees it. Inline elements join their text
 * to the block; elements marked `data-annotation-note` (an editor's note) are left out.
 */
export function renderedBlocks(html: string): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  let current: RenderedBlock = { text: '', links: [], markup: [] };
  let skipDepth = 0;
  const skipStack: string[] = [];
  const flush = () => {
    if (current.text.trim() !== '' || current.markup.length > 0 || current.links.length > 0) {
      blocks.push({ ...current, text: current.text.replace(/^\n+|\n+$/g, '') });
    }
    current = { text: '', links: [], markup: [] };
  };
  for (const token of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawName, attributes = '', text] = token;
    if (text !== undefined) {
      if (skipDepth === 0) current.text += decodeEntities(text);
      continue;
    }
    const name = (rawName as string).toLowerCase();
    const isNote = /\sdata-annotation-note\b/.test(attributes);
    if (!closing && (skippedTags.has(name) || isNote)) {
      if (!/\/\s*$/.test(attributes)) {
        skipStack.push(name);
        skipDepth += 1;
      }
      continue;
    }
    if (closing && skipDepth > 0 && skipStack.at(-1) === name) {
      skipStack.pop();
      skipDepth -= 1;
      continue;
    }
    if (skipDepth > 0) continue;
    if (blockTags.has(name)) {
      flush();
      if (name === 'hr' || (!closing && name !== 'p' && !/^h[1-6]$/.test(name))) {
        if (!['ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'div', 'section', 'aside'].includes(name))
          current.markup.push(name);
      }
      if (name === 'hr') flush();
      continue;
    }
    if (closing) continue;
    if (name === 'br') {
      current.markup.push('br');
      current.text += '\n';
    } else if (name === 'a') {
      const href = decodeEntities(/\shref="([^"]*)"/.exec(attributes)?.[1] ?? '');
      current.links.push({ href, archive: /\sclass="[^"]*\bmention\b/.test(attributes) });
    } else if (!transparentTags.has(name)) {
      current.markup.push(name);
    }
  }
  flush();
  return blocks;
}

function codePoint(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the paragraph';
  return `“${ch}” (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 30)}${at + 30 < text.length ? '…' : ''}`;
}

/**
 * Every rule of a verbatim text: the declared lines exist; the rendered blocks are the capture's
 * paragraphs, exactly; no markup changes what the capture says; links go to http(s) only.
 */
export function checkFidelity(capture: string, removed: readonly RemovedLine[], html: string): FidelityProblem[] {
  const problems = checkRemovedLines(capture, removed);
  const expected = captureParagraphs(capture, removed);
  const blocks = renderedBlocks(html);
  const count = Math.max(expected.length, blocks.length);
  for (let index = 0; index < count; index += 1) {
    const want = expected[index];
    const block = blocks[index];
    const n = index + 1;
    if (block === undefined) {
      problems.push({
        field: 'body',
        message: `expected paragraph ${n} of the capture, ${JSON.stringify(excerpt(want ?? '', 0))}; found the end of the body`,
      });
      break;
    }
    if (want === undefined) {
      problems.push({
        field: 'body',
        message: `expected the end of the capture; found an extra paragraph ${n}, ${JSON.stringify(excerpt(block.text, 0))}`,
      });
      break;
    }
    if (block.text !== want) {
      const got = block.text;
      let at = 0;
      while (at < want.length && at < got.length && want[at] === got[at]) at += 1;
      problems.push({
        field: 'body',
        message: `paragraph ${n} differs from the capture at character ${at + 1}: expected ${codePoint(want[at])}, as in ${JSON.stringify(excerpt(want, at))}; found ${codePoint(got[at])}, as in ${JSON.stringify(excerpt(got, at))}${/[\\`*_[\]<>{}~|!&#+.=-]/.test(want[at] ?? '') ? '. Markdown read the character as markup: escape it with a backslash' : ''}`,
      });
      break;
    }
    if (block.markup.length > 0) {
      problems.push({
        field: 'body',
        message: `paragraph ${n} renders as ${block.markup.map((m) => `<${m}>`).join(', ')}; expected plain text, as captured (escape the characters that make it markup)`,
      });
    }
    for (const link of block.links) {
      // An e-mail address written in the text becomes a mailto: link with the same words; nothing else but http(s).
      if (!link.archive && !/^https?:\/\//i.test(link.href) && !/^mailto:[^\s:/]+@[^\s:/]+$/i.test(link.href)) {
        problems.push({
          field: 'body',
          message: `paragraph ${n} links to ${JSON.stringify(link.href)}; expected http(s) links only`,
        });
      }
    }
  }
  return problems;
}

/** Characters Markdown (and MDX) may read as markup anywhere in a line. */
const inlineMarkup = /[\\`*_[\]<>{}~|!&]/g;

/**
 * A capture line written as Markdown that renders to exactly that line: every character Markdown or
 * MDX could read as markup is escaped, and so is whatever would start a block (a heading, a list,
 * a quote, a rule, a code block).
 */
export function escapeMarkdown(line: string): string {
  const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
  let escaped = trimmed.replace(inlineMarkup, (ch) => `\\${ch}`);
  escaped = escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  // An address written in the text would read an escape after it as part of the address.
  return escaped.replace(/:\/\//g, '\\://');
}
