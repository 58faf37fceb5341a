/**
 * Fidelity of a source text to its capture: the archive may leave out only the lines it
 * declares (title, metadata, site boilerplate); everything else must stay, word for word, in order.
 */

export interface RemovedLine {
  line: number;
  text: string;
}

/** Collapse every run of white space (including no-break spaces) to one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2028\u2029]+/g, ' ').trim();
}

function captureLines(capture: string): string[] {
  return capture.replace(/\r\n?/g, '\n').split('\n');
}

/** Each declared line must exist and read exactly as declared; returns readable problems. */
export function checkRemovedLines(capture: string, removed: readonly RemovedLine[]): string[] {
  const lines = captureLines(capture);
  const problems: string[] = [];
  const seen = new Set<number>();
  removed.forEach((entry, index) => {
    const where = `capture.removed[${index}]`;
    if (seen.has(entry.line)) problems.push(`${where}: line ${entry.line} is declared twice`);
    seen.add(entry.line);
    const actual = lines[entry.line - 1];
    if (actual === undefined) {
      problems.push(`${where}: line ${entry.line} does not exist; the capture has ${lines.length} lines`);
    } else if (actual !== entry.text) {
      problems.push(
        `${where}: expected the text of capture line ${entry.line}, which is ${JSON.stringify(actual)}, but the entry says ${JSON.stringify(entry.text)}`,
      );
    }
  });
  return problems;
}

/** The capture's paragraphs once the declared lines are gone: one per non-blank line. */
export function expectedParagraphs(capture: string, removed: readonly RemovedLine[]): string[] {
  const drop = new Set(removed.map((entry) => entry.line));
  return captureLines(capture)
    .filter((line, index) => !drop.has(index + 1) && line.trim() !== '')
    .map(normaliseWhitespace);
}

/** Paragraphs of a Markdown body: blocks separated by blank lines. */
export function markdownParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(normaliseWhitespace)
    .filter((paragraph) => paragraph !== '');
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 30)}${at + 30 < text.length ? '…' : ''}`;
}

/** Paragraph for paragraph: the body in the MDX source against the capture. Undefined when they match. */
export function compareParagraphs(expected: readonly string[], actual: readonly string[]): string | undefined {
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count; index += 1) {
    const want = expected[index];
    const got = actual[index];
    if (want === got) continue;
    if (want === undefined)
      return `paragraph ${index + 1} is not in the capture: ${JSON.stringify(excerpt(got ?? '', 0))}`;
    if (got === undefined)
      return `paragraph ${index + 1} of the capture is missing: ${JSON.stringify(excerpt(want, 0))}`;
    return `paragraph ${index + 1} differs from the capture. ${describeDifference(want, got)}`;
  }
  return undefined;
}

/** The whole rendered text against the capture, white space normalised. Undefined when they match. */
export function compareText(expected: readonly string[], rendered: string): string | undefined {
  const want = normaliseWhitespace(expected.join(' '));
  const got = normaliseWhitespace(rendered);
  return want === got ? undefined : describeDifference(want, got);
}

function describeDifference(want: string, got: string): string {
  let at = 0;
  while (at < want.length && at < got.length && want[at] === got[at]) at += 1;
  return `First difference at character ${at + 1}: capture has ${JSON.stringify(excerpt(want, at))}, archive has ${JSON.stringify(excerpt(got, at))}`;
}
