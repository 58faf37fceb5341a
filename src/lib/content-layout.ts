/**
 * Where content may live and what a content file may hold before it is parsed: every file in
 * content/ is either read by a collection or refused with a reason, never silently ignored.
 */
import type { Problem } from './problems.ts';

/** Folders read by a collection, with the one extension each reads; files directly inside only. */
export const collectionFolders: Record<string, readonly string[]> = {
  articles: ['.mdx'],
  captures: ['.txt'],
  resolutions: ['.yaml', '.yml'],
  series: ['.mdx'],
};
/** Files read as a whole: a map keyed by each record's id, or a list whose items carry an `id`. */
export const keyedFiles = [
  'sessions.yaml',
  'events.yaml',
  'states.yaml',
  'statements.yaml',
  'follow-up.yaml',
  'further-reading.yaml',
  'titles.yaml',
  'drafting.yaml',
] as const;
export type KeyedFile = (typeof keyedFiles)[number];
/** The keyed files written as a list of records, each with its own `id`. */
export const listFiles: readonly KeyedFile[] = [
  'events.yaml',
  'statements.yaml',
  'follow-up.yaml',
  'further-reading.yaml',
  'titles.yaml',
];
/** Not read by the build: starting points for editors. */
export const ignoredFolders = ['templates'] as const;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** Problems with where files are: subfolders, unknown places, wrong extensions, one record under two names. */
export function checkLayout(paths: readonly string[], contentRoot = 'content'): Problem[] {
  const problems: Problem[] = [];
  const stems = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const parts = path.split('/');
    const file = `${contentRoot}/${path}`;
    const [top = '', ...rest] = parts;
    if ((ignoredFolders as readonly string[]).includes(top)) continue;
    if (rest.length === 0) {
      if (!(keyedFiles as readonly string[]).includes(top)) {
        problems.push({
          file,
          field: '(file)',
          message: `expected only ${keyedFiles.join(', ')} and the folders ${Object.keys(collectionFolders).join(', ')} at the top of content/; found a file the build does not read`,
        });
      }
      continue;
    }
    const extensions = collectionFolders[top];
    if (!extensions) {
      problems.push({
        file,
        field: '(file)',
        message: `expected content in one of the folders ${Object.keys(collectionFolders).join(', ')}; found a folder the build does not read`,
      });
      continue;
    }
    if (rest.length > 1) {
      problems.push({
        file,
        field: '(file)',
        message: `expected the file directly in content/${top}/; found it in a subfolder, which the build does not read (move it up)`,
      });
      continue;
    }
    const name = rest[0] as string;
    const extension = extensionOf(name);
    if (!extensions.includes(extension)) {
      problems.push({
        file,
        field: '(file)',
        message: `expected a ${extensions.join(' or ')} file in content/${top}/; found ${extension === '' ? 'a name with no extension' : `a ${extension} file`}`,
      });
      continue;
    }
    const stem = `${top}/${name.slice(0, -extension.length)}`;
    const earlier = stems.get(stem);
    if (earlier)
      problems.push({
        file,
        field: '(file)',
        message: `expected one file per record; found the same record also saved as ${contentRoot}/${earlier} (keep one)`,
      });
    else stems.set(stem, path);
  }
  return problems;
}

/** Problems with a file's text itself: a byte-order mark, or nothing in it. */
export function checkText(file: string, text: string): Problem[] {
  if (text.startsWith('\uFEFF'))
    return [
      {
        file,
        field: '(file)',
        message:
          'expected UTF-8 without a byte-order mark; found one at the start of the file (save it again without a BOM)',
      },
    ];
  if (text.trim() === '') return [{ file, field: '(file)', message: 'expected content; found an empty file' }];
  return [];
}

/**
 * A capture's text, read once, with what is wrong with it: a capture is kept as UTF-8 (read in any
 * other encoding, its accented letters and dashes would become “�” and the verbatim proof would
 * hold the text to the wrong characters), and passes the rules of any text (checkText).
 */
export function decodeCapture(file: string, bytes: Uint8Array): { text: string; problems: Problem[] } {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, problems: [...encodingProblems(file, text, bytes), ...checkText(file, text)] };
}

function encodingProblems(file: string, text: string, bytes: Uint8Array): Problem[] {
  const encoder = new TextEncoder();
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = encoder.encode(text.slice(0, at)).length;
    // A “�” written in the capture is three bytes of UTF-8 like any character; one made by the decoder is not.
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const line = text.slice(0, at).split('\n').length;
    return [
      {
        file,
        field: '(file)',
        message: `expected text in UTF-8; found bytes that are not UTF-8 on line ${line}, at byte ${offset + 1} (save the capture again as UTF-8)`,
      },
    ];
  }
  return [];
}
