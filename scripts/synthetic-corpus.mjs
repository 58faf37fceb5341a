/**
 * A synthetic archive for the scale benchmark and the scale build test: the real content plus N
 * source texts valid against the same schema and laid out like real ones (a capture with a headline
 * and boilerplate, 4–8 paragraphs drawn 80 % from the real texts' vocabulary and 20 % from invented
 * words, a third of them citing a resolution by symbol). Deterministic: one N, one corpus.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { join } from 'node:path';

/** A small deterministic generator, so two runs build the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real words from the captures, plus invented ones so the index grows as a real archive's would. */
function vocabulary(content) {
  const words = new Set();
  for (const file of readdirSync(join(content, 'captures'))) {
    for (const word of readFileSync(join(content, 'captures', file), 'utf8')
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? [])
      words.add(word);
  }
  const real = [...words];
  const next = random(7);
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ren',
    'tur',
    'va',
    'sel',
    'dor',
    'pi',
    'qua',
    'zen',
    'bra',
    'tol',
    'ush',
    'fer',
  ];
  const invented = Array.from({ length: 20_000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''),
  );
  return { real, invented };
}

const types = ['news-report', 'commentary', 'paper', 'official-statement'];
const publishers = Array.from({ length: 25 }, (_, i) => `Publisher ${String.fromCharCode(65 + (i % 26))}${i}`);
const symbols = [
  'A/HRC/RES/35/21',
  'A/HRC/RES/37/23',
  'A/HRC/RES/41/19',
  'A/HRC/RES/43/21',
  'A/HRC/RES/46/13',
  'A/HRC/RES/47/11',
];

function yamlString(value) {
  return JSON.stringify(value);
}

export function makeCorpus(from, dir, count) {
  cpSync(from, dir, { recursive: true });
  const { real, invented } = vocabulary(from);
  const next = random(count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const word = () => (next() < 0.8 ? pick(real) : pick(invented));
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 16) }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  for (let i = 0; i < count; i += 1) {
    const id = `bench-${String(i).padStart(6, '0')}`;
    const year = 2017 + Math.floor(next() * 6);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const title = `${sentence().slice(0, -1)} ${i}`;
    const symbol = next() < 0.3 ? pick(symbols) : undefined;
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 5) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' '),
    );
    if (symbol) paragraphs[1] = `${paragraphs[1]} The Council adopted ${symbol} by a recorded vote.`;
    const lines = [title, '', ...paragraphs.flatMap((p) => [p, '']), 'Related news'];
    writeFileSync(join(dir, 'captures', `${id}.txt`), lines.join('\n'));
    const frontmatter = [
      `title: ${yamlString(title)}`,
      `type: ${types[i % types.length]}`,
      `publisher:\n  name: ${yamlString(publishers[i % publishers.length])}`,
      `originalUrl: https://synthetic.test/texts/${id}`,
      `published:\n  date: '${date}'\n  certainty: stated-on-page\n  basis: Synthetic text for the scale benchmark.`,
      `summary: ${yamlString(`Synthetic source text ${i} for the scale benchmark.`)}`,
      symbol ? `mentions:\n- resolutions: ['${symbol}']\n  identification: context` : 'mentions: []',
      `sources:\n- https://synthetic.test/texts/${id}`,
      `capture:\n  file: ${id}.txt\n  removed:\n  - line: 1\n    text: ${yamlString(title)}\n    kind: title\n    why: The headline.\n  - line: ${lines.length}\n    text: Related news\n    kind: boilerplate\n    why: Site navigation.`,
    ].join('\n');
    writeFileSync(join(dir, 'articles', `${id}.mdx`), `---\n${frontmatter}\n---\n\n${paragraphs.join('\n\n')}\n`);
  }
}

/**
 * The same texts as pages of the benchmark's Starlight peer: one Markdown page per source text, its
 * title and its body as the archive holds it (an editor's note reduced to the passage it annotates,
 * since the peer has no such component).
 */
export function writePeerDocs(contentDir, docsDir) {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  let count = 0;
  for (const name of readdirSync(join(contentDir, 'articles'))) {
    const source = readFileSync(join(contentDir, 'articles', name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${name}: no frontmatter`);
    const { title } = load(match[1], { schema: CORE_SCHEMA });
    const body = match[2].replace(/<Annotation note="[^"]*">([\s\S]*?)<\/Annotation>/g, '$1');
    writeFileSync(join(docsDir, name.replace(/\.mdx$/, '.md')), `---\ntitle: ${yamlString(title)}\n---\n${body}`);
    count += 1;
  }
  return count;
}
