/**
 * Drafts of new content for an editor to complete: a source text from its capture, a resolution
 * from the template. Every guess is marked `CHECK`, and the build says what is still missing.
 */
import { escapeMarkdown } from './fidelity.ts';
import { parseResolutionSymbol, symbolToSlug } from './slugs.ts';
import { DRAFT_MARK } from '../schemas/common.ts';
import { statementPositions, statementStages } from '../schemas/statement.ts';

export interface KnownLine {
  text: string;
  kind: 'title' | 'metadata' | 'boilerplate';
  /** Where the line is already declared, e.g. `2021-03-25-china-champions….mdx`. */
  declaredIn: string;
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** A date a capture states, as YYYY-MM-DD: `2021-03-25 09:30`, `March 24, 2018`, `24 March 2018`, `2018/03/24`. */
export function dateIn(line: string): string | undefined {
  const iso = /\b(20\d\d)[-/.](\d\d)[-/.](\d\d)\b/.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const monthFirst = /\b([A-Za-z]{3,9})\.? (\d{1,2}), (20\d\d)\b/.exec(line);
  const dayFirst = /\b(\d{1,2}) ([A-Za-z]{3,9}) (20\d\d)\b/.exec(line);
  const [name, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : // Stryker disable next-line ArrayDeclaration: any other fallback still leaves the day and year undefined
        [];
  // Stryker disable next-line UnaryOperator: without a name there is no day or year either, so the date is undefined
  const month = name ? months.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) : -1;
  return month >= 0 && day && year ? `${year}-${pad(month + 1)}-${pad(Number(day))}` : undefined;
}

export function slugOfTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? ['untitled'];
  return words.slice(0, 10).join('-');
}

const yamlString = (text: string) => JSON.stringify(text);

export interface SourceTextDraft {
  /** The MDX file's name in content/articles/. */
  fileName: string;
  mdx: string;
  /** Each capture line with its number and what the draft does with it, for the editor to read. */
  listing: string[];
}

/**
 * The draft of a source text: the first line as the title, a line that states a date as metadata,
 * lines that other texts already declare as site boilerplate left out, and every other line as a
 * paragraph of the body, escaped so that it renders exactly as captured.
 */
export function draftSourceText(captureFile: string, capture: string, known: readonly KnownLine[]): SourceTextDraft {
  const lines = capture.replace(/\r\n?/g, '\n').split('\n');
  const boilerplate = new Map(known.filter((k) => k.kind === 'boilerplate').map((k) => [k.text, k.declaredIn]));
  const titleIndex = lines.findIndex((line) => line.trim() !== '' && !boilerplate.has(line));
  const title = (lines[titleIndex] ?? '').trim();
  const dateIndex = lines.findIndex((line, i) => i !== titleIndex && i < titleIndex + 6 && dateIn(line) !== undefined);
  // Stryker disable next-line ConditionalExpression: lines[-1] is undefined, in which dateIn finds no date either
  const date = dateIndex >= 0 ? dateIn(lines[dateIndex] as string) : undefined;
  const removed: Array<{ line: number; text: string; kind: string; why: string }> = [];
  const body: string[] = [];
  const listing: string[] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    const mark = (what: string) => listing.push(`${String(n).padStart(4)}  ${what.padEnd(12)} ${line}`);
    if (line.trim() === '') return mark('(blank)');
    if (i === titleIndex) {
      removed.push({ line: n, text: line, kind: 'title', why: 'CHECK: the headline, shown as the page title.' });
      return mark('title');
    }
    if (i === dateIndex) {
      removed.push({ line: n, text: line, kind: 'metadata', why: 'CHECK: the date line, kept in the provenance.' });
      return mark('metadata');
    }
    const declaredIn = boilerplate.get(line);
    if (declaredIn !== undefined) {
      removed.push({
        line: n,
        text: line,
        kind: 'boilerplate',
        why: `CHECK: site boilerplate, as declared in ${declaredIn}.`,
      });
      return mark('boilerplate');
    }
    body.push(escapeMarkdown(line));
    return mark('body');
  });
  const removedYaml = removed
    .map(
      (r) => `  - line: ${r.line}\n    text: ${yamlString(r.text)}\n    kind: ${r.kind}\n    why: ${yamlString(r.why)}`,
    )
    .join('\n');
  const mdx = `---
# Drafted by npm run add:text from content/captures/${captureFile}. Every line marked CHECK is a guess:
# confirm it against the source, fill in what is empty, then run npm run build, which names what is still wrong.
title: ${yamlString(title)} # CHECK: as published
type: news-report # CHECK: news-report, commentary, paper or official-statement
publisher:
  name: '' # CHECK: the site that published the text
originalUrl: '' # CHECK: the address the text was captured from
published:
  date: '${date ?? ''}' # CHECK: ${date ? `read from line ${dateIndex + 1}` : 'not stated in the capture'}
  certainty: ${date ? 'stated-on-page' : 'inferred'} # CHECK
  basis: ${yamlString(date ? `Line ${dateIndex + 1} of the capture reads "${(lines[dateIndex] as string).trim()}".` : '')} # CHECK
summary: '' # CHECK: one or two sentences, under 300 characters
mentions: [] # the resolutions the text mentions, with the passage that names each
sources: [] # CHECK: at least the original address
capture:
  file: ${captureFile}
  removed:
${removedYaml}
---

${body.join('\n\n')}
`;
  const fileName = `${date ?? 'undated'}-${slugOfTitle(title)}.mdx`;
  return { fileName, mdx, listing };
}

/** The template with the symbol, the session and the file's comment filled in. */
export function draftResolution(template: string, symbol: string): { fileName: string; yaml: string } {
  const parsed = parseResolutionSymbol(symbol);
  if (!parsed)
    throw new Error(
      `“${symbol}” is not a resolution symbol; expected A/HRC/RES/<session>/<number>, e.g. A/HRC/RES/50/1`,
    );
  const yaml = template
    .replace(
      /^# Template[\s\S]*?fill it in\.\n/,
      `# ${symbol}: drafted by npm run add:resolution from content/templates/resolution.yaml.\n`,
    )
    .replaceAll('A/HRC/RES/00/0', symbol)
    // Stryker disable next-line Regex: `.*` stops at the line's end with or without `$`
    .replace(/^session: .*$/m, `session: ${parsed.session}`);
  return { fileName: `${symbolToSlug(symbol)}.yaml`, yaml };
}

/** A date written without separators in an address, as some missions write it: `t20220404_…` → 2022-04-04. */
function compactDateIn(path: string): string | undefined {
  // Stryker disable next-line Regex: a URL path starts with "/", so the `^` alternative never decides a match
  const match = /(?:^|\D)(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Hosts whose pages speak for one State: a draft names it, for the editor to confirm. */
const stateHosts: ReadonlyArray<[RegExp, string]> = [
  [/usmission\.gov$/, 'United States'],
  [/china-mission\.gov\.cn$|china-un\.ch$|fmprc\.gov\.cn$/, 'China'],
  [/emb-japan\.go\.jp$|mofa\.go\.jp$/, 'Japan'],
  [/pmindiaun\.gov\.in$|mea\.gov\.in$/, 'India'],
  [/gov\.uk$/, 'United Kingdom'],
];

/**
 * A statement drafted from a resolution's symbol and the address of the text that reports it, to
 * append to content/statements.yaml. The date is read from the address where it holds one, the stage
 * from words such as "eov", the State from the host; everything else is a `CHECK:` placeholder.
 */
export function draftStatement(
  symbol: string,
  address: string,
  takenIds: ReadonlySet<string>,
): { id: string; yaml: string; guesses: string[] } {
  if (!parseResolutionSymbol(symbol))
    throw new Error(
      `“${symbol}” is not a resolution symbol; expected A/HRC/RES/<session>/<number>, e.g. A/HRC/RES/37/23`,
    );
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(
      `“${address}” is not an address; expected the full http(s) URL of the text that reports the statement`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`“${address}” is not an http(s) address`);
  const host = url.hostname.replace(/^www\./, '');
  const state = stateHosts.find(([pattern]) => pattern.test(host))?.[1];
  const date = dateIn(url.pathname) ?? compactDateIn(url.pathname);
  const stage = /\beop\b|explanation-of-position/i.test(url.pathname)
    ? 'explanation-of-position'
    : /\beov\b|explanation-of-vote/i.test(url.pathname)
      ? 'explanation-of-vote'
      : /introduc|\bpresent(s|ed|ing)?\b/i.test(url.pathname)
        ? 'introduction'
        : 'statement-at-adoption';
  const guesses = [
    state
      ? `speaker.state: ${state} (from the address ${host})`
      : 'speaker: not guessed; name the State or organisation',
    date ? `date: ${date} (from the address)` : 'date: not in the address; give the day it was said',
    `stage: ${stage} (from the address)`,
  ];
  // Stryker disable next-line Regex: every resolution slug starts with a-hrc-res-, anchored or not
  const base = `${symbolToSlug(symbol).replace(/^a-hrc-res-/, '')}-${slugOfTitle(state ?? host)}-${stage}`;
  let id = base;
  for (let n = 2; takenIds.has(id); n += 1) id = `${base}-${n}`;
  // Every value but the symbol and the source is a placeholder the build refuses, guesses included:
  // a guess left unchecked would otherwise be published as a fact.
  const check = (text: string) => yamlString(`${DRAFT_MARK} ${text}`);
  const yaml = [
    `- id: ${id}`,
    `  resolution: ${symbol}`,
    `  date: ${check(date ? `${date}, read from the address; the day it was said, YYYY-MM-DD` : 'the day it was said, YYYY-MM-DD')}`,
    '  speaker:',
    state
      ? `    state: ${check(`${state}, guessed from the address; the State as states.yaml names it`)}`
      : `    organisation: ${check('the State (state:) or organisation that spoke')}`,
    `  stage: ${check(`${stage}, guessed from the address; one of ${statementStages.join(', ')}`)}`,
    `  position: ${check(`one of ${statementPositions.join(', ')} (the build compares it with the roll-call)`)}`,
    `  summary: ${check('the stated reason in one or two sentences of your own words')}`,
    `  status: ${check('single-source, or confirmed with two different sources')}`,
    '  sources:',
    `  - ${address}`,
    '',
  ].join('\n');
  return { id, yaml, guesses };
}
