/**
 * Fidelity of a source text to its capture, proved on what the reader sees: the text of the rendered
 * body, block by block, must be the capture's lines less the ones the archive declares removed
 * (title, metadata, site boilerplate), character for character, no-break spaces included. The proof
 * reads a real HTML tree (hast), the one both rendering paths give: the HTML of a plain body, parsed,
 * and the tree @mdx-js/mdx builds for a body with an editor's note.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

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

/** Markdown keeps neither the spaces nor the tabs at the ends of a line; every other character stays. */
function trimSpacesAndTabs(line: string): string {
  return line.replace(/^[ \t]+|[ \t]+$/g, '');
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
    .filter((line, index) => !drop.has(index + 1) && /[^ \t]/.test(line))
    .map(trimSpacesAndTabs);
}

/**
 * Elements that start and end a block of text: what Markdown with GFM makes of a body. Any other
 * element is markup inside a block, and so a problem.
 */
const tableTags = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];
const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'hr',
  ...tableTags,
]);
/** Blocks that show their words as they are: a paragraph, a heading (its text is checked), a list or a table. */
const plainBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', ...tableTags]);
/** Elements that hold no text of the source. */
const skippedTags = new Set(['script', 'style']);
/** The one component a source text may use: its passage is the source's, its note the archive's. */
const annotationComponent = 'Annotation';

export interface RenderedBlock {
  text: string;
  /** The targets of the links in the block, with whether the archive made them (a mention of a resolution). */
  links: Array<{ href: string; archive: boolean }>;
  /** Elements other than text, links and the archive's own marks (a rule, an image, emphasis…). */
  markup: string[];
}

/** An HTML fragment as a tree. */
export function htmlTree(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** A link the archive made: a mention of a resolution, marked by its class. */
function isMention(element: Element): boolean {
  const value = element.properties['className'];
  return Array.isArray(value) && value.includes('mention');
}

const mdxLabels: Record<string, string> = {
  mdxFlowExpression: 'an expression in braces',
  mdxTextExpression: 'an expression in braces',
  mdxjsEsm: 'an import or export',
};

/** The nodes MDX adds to hast: a component (which has a name), an expression, an import or export. */
interface MdxNode {
  type: string;
  name?: string | null;
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface MdxComponent extends MdxNode {
  name: string;
  attributes: MdxAttribute[];
  children: ElementContent[];
  position?: { start: { line: number } };
}

const isAnnotation = (node: MdxNode): node is MdxComponent => node.name === annotationComponent;

/**
 * The text of a rendered body block by block, as a reader sees it. Inline elements join their text to
 * the block; an editor's note (an element marked `data-annotation-note`, or the `note` of an
 * `<Annotation>`) is left out, its passage kept.
 */
export function renderedBlocks(tree: Root): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  let current: RenderedBlock = { text: '', links: [], markup: [] };
  const flush = () => {
    // White space between elements is not a block; a no-break space is a character of the text.
    if (/[^ \t\n\r\f]/.test(current.text) || current.markup.length > 0 || current.links.length > 0) {
      blocks.push({ ...current, text: current.text.replace(/^\n+|\n+$/g, '') });
    }
    current = { text: '', links: [], markup: [] };
  };
  const visitAll = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const node of nodes) visitNode(node);
  };
  const visitElement = (element: Element) => {
    const name = element.tagName;
    if (skippedTags.has(name) || element.properties['dataAnnotationNote'] !== undefined) return;
    if (blockTags.has(name)) {
      flush();
      if (!plainBlocks.has(name)) current.markup.push(`<${name}>`);
      visitAll(element.children);
      flush();
      return;
    }
    if (name === 'br') {
      current.markup.push('<br>');
      current.text += '\n';
      return;
    }
    if (name === 'a') {
      const href = element.properties['href'];
      current.links.push({ href: typeof href === 'string' ? href : '', archive: isMention(element) });
    } else if (name !== 'span' && !(name === 'mark' && element.properties['ariaDetails'] !== undefined)) {
      // A span, or the mark of an annotated passage tied to its note, is the archive's own wrapper; it
      // changes nothing a reader sees of the words.
      current.markup.push(`<${name}>`);
    }
    visitAll(element.children);
  };
  const visitNode = (node: RootContent | ElementContent) => {
    switch (node.type) {
      case 'text':
        current.text += node.value;
        return;
      case 'element':
        visitElement(node);
        return;
      case 'comment':
        current.markup.push('an HTML comment');
        return;
      case 'doctype':
        return;
      default: {
        const mdx = node as unknown as MdxNode;
        if (isAnnotation(mdx)) {
          visitAll(mdx.children);
          return;
        }
        current.markup.push(mdx.name ? `<${mdx.name}>` : (mdxLabels[mdx.type] ?? 'raw HTML'));
      }
    }
  };
  visitAll(tree.children);
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

/** Characters Markdown (and MDX) may read as markup anywhere in a line. */
const inlineMarkup = /[\\`*_[\]<>{}~|!&]/g;
/** Characters that, where the capture has them and the body does not, Markdown read as markup. */
const markupCharacters = /[\\`*_[\]<>{}~|!&#+.=-]/;

/** A link the text may carry: one written in it (http(s), or an e-mail address), or the archive's own. */
function allowedLink(link: RenderedBlock['links'][number]): boolean {
  return link.archive || /^https?:\/\//i.test(link.href) || /^mailto:[^\s:/]+@[^\s:/]+$/i.test(link.href);
}

/**
 * Every rule of a verbatim text: the declared lines exist; the rendered blocks are the capture's
 * paragraphs, exactly; no markup changes what the capture says; links go to http(s) only.
 */
export function checkFidelity(capture: string, removed: readonly RemovedLine[], tree: Root): FidelityProblem[] {
  const problems = checkRemovedLines(capture, removed);
  const expected = captureParagraphs(capture, removed);
  const blocks = renderedBlocks(tree);
  for (const [index, want] of expected.entries()) {
    const block = blocks[index];
    const n = index + 1;
    if (block === undefined) {
      problems.push({
        field: 'body',
        message: `expected paragraph ${n} of the capture, ${JSON.stringify(excerpt(want, 0))}; found the end of the body`,
      });
      return problems;
    }
    if (block.text !== want) {
      problems.push({ field: 'body', message: `paragraph ${n} ${difference(want, block.text)}` });
      return problems;
    }
    if (block.markup.length > 0) {
      problems.push({
        field: 'body',
        message: `paragraph ${n} renders as ${block.markup.join(', ')}; expected plain text, as captured (escape the characters that make it markup)`,
      });
    }
    for (const link of block.links.filter((l) => !allowedLink(l))) {
      problems.push({
        field: 'body',
        message: `paragraph ${n} links to ${JSON.stringify(link.href)}; expected http(s) links only`,
      });
    }
  }
  const extra = blocks[expected.length];
  if (extra !== undefined) {
    problems.push({
      field: 'body',
      message: `expected the end of the capture; found an extra paragraph ${expected.length + 1}, ${JSON.stringify(excerpt(extra.text, 0))}`,
    });
  }
  return problems;
}

/** Where a paragraph first differs from the capture's, shown around that character. */
function difference(want: string, got: string): string {
  let at = 0;
  // The two differ, so the loop ends at the first character that is not the same (or is missing).
  while (want[at] === got[at]) at += 1;
  const hint = markupCharacters.test(want[at] ?? '')
    ? '. Markdown read the character as markup: escape it with a backslash'
    : '';
  return `differs from the capture at character ${at + 1}: expected ${codePoint(want[at])}, as in ${JSON.stringify(excerpt(want, at))}; found ${codePoint(got[at])}, as in ${JSON.stringify(excerpt(got, at))}${hint}`;
}

/** A line MDX would read as an `import` or `export` statement: code, not text. */
const esmStart = /^(import|export)\b/;

/**
 * A capture line written as Markdown that renders to exactly that line: every character Markdown or
 * MDX could read as markup is escaped, and so is whatever would start a block (a heading, a list,
 * a quote, a rule, a code block) or a statement of code.
 */
export function escapeMarkdown(line: string): string {
  let escaped = trimSpacesAndTabs(line).replace(inlineMarkup, (ch) => `\\${ch}`);
  escaped = escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  // MDX reads import/export as code only at the very start of a line; a paragraph's leading space is not shown.
  if (esmStart.test(escaped)) escaped = ` ${escaped}`;
  // An address written in the text would read an escape after it as part of the address.
  return escaped.replace(/:\/\//g, '\\://');
}

/**
 * An editor's note is `<Annotation note="…">passage</Annotation>`: one attribute, a note in plain
 * words, never inside another note. Anything else would put the archive's words where the source's are.
 */
export function checkAnnotations(tree: Root): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const walk = (nodes: readonly unknown[], inside: boolean) => {
    for (const node of nodes as Array<MdxNode & { children?: unknown[] }>) {
      const annotation = isAnnotation(node);
      if (annotation) problems.push(...annotationProblems(node, inside));
      walk(node.children ?? [], inside || annotation);
    }
  };
  walk(tree.children, false);
  return problems;
}

function annotationProblems(node: MdxComponent, inside: boolean): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const where = node.position ? `line ${node.position.start.line}: ` : '';
  if (inside) {
    problems.push({
      field: 'body',
      message: `${where}expected an annotation outside any other; found one inside another`,
    });
  }
  const notes = node.attributes.filter(
    (a) => a.name === 'note' && typeof a.value === 'string' && a.value.trim() !== '',
  );
  if (node.attributes.length !== 1 || notes.length !== 1) {
    const found = node.attributes.map((a) =>
      a.name === undefined
        ? 'an expression'
        : `${a.name}=${typeof a.value === 'string' ? JSON.stringify(a.value) : 'an expression'}`,
    );
    problems.push({
      field: 'body',
      message: `${where}expected an annotation with one attribute, note="…", holding the note in plain words; found ${found.length === 0 ? 'none' : found.join(', ')}`,
    });
  }
  return problems;
}
