/**
 * One format for every mistake in content/, whoever finds it (the layout check, a schema, a
 * cross-check): the file relative to the project, the field, what was expected and what was found.
 */

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** `['vote', 'rollCall', 'inFavour', 3]` → `vote.rollCall.inFavour[3]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    '',
  );
}

/** How a value found in a file reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a map of key: value pairs';
  if (typeof value === 'string') return value.length > 60 ? `“${value.slice(0, 57)}…”` : `“${value}”`;
  return String(value);
}

const typeNames: Record<string, string> = {
  object: 'a map of key: value pairs',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date',
};

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  input?: unknown;
}

/** A schema's findings, in the archive's words: zod's generic "Invalid input" becomes what was expected and found. */
export function issueProblems(file: string, issues: readonly IssueLike[]): Problem[] {
  return issues.map((issue) => {
    const generic =
      issue.message.startsWith('Invalid input') ||
      issue.message.startsWith('Invalid option') ||
      issue.message.startsWith('Unrecognized key');
    let message = issue.message;
    if (generic && issue.code === 'invalid_type' && issue.expected)
      message = `expected ${typeNames[issue.expected] ?? issue.expected}`;
    else if (generic && issue.code === 'unrecognized_keys')
      message = `expected only the fields of this record; ${issue.message.replace(/^Unrecognized keys?:\s*/, 'found ')}`;
    if (!/found/.test(message) && 'input' in issue) message = `${message}; found ${describeValue(issue.input)}`;
    return { file, field: fieldPath(issue.path) || '(the whole record)', message };
  });
}

/** One problem as one line: `file: field: message`. */
export function problemLine(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Problems already written as lines (by a render worker), under the one heading. */
export function formatProblemLines(lines: readonly string[]): string {
  return [
    `The archive's content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:`,
    ...lines.map((line) => `  ${line}`),
  ].join('\n');
}

/**
 * The one way the build stops on bad content, wherever it is found (the content check, a render
 * worker, the checks between records): every problem at once in the one format, printed by `print`,
 * and no stack trace, because the mistake is in content/, not in the code.
 */
export function stopBuild(
  problems: ReadonlyArray<Problem | string>,
  print: (text: string) => void = console.error,
): never {
  print(formatProblemLines(problems.map((p) => (typeof p === 'string' ? p : problemLine(p)))));
  return process.exit(1);
}
