// npm run add:statement -- A/HRC/RES/37/23 https://geneva.usmission.gov/2018/03/23/eov-on-mutually-beneficial-cooperation-l-36/
// Appends a draft statement to content/statements.yaml: the symbol and the source filled in, the
// date, stage and State guessed from the address, every other field marked CHECK: for the editor.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { draftStatement } from '../src/lib/drafts.ts';

const content = process.env.ARCHIVE_CONTENT_DIR ?? 'content';
const [symbol = '', address = ''] = process.argv.slice(2);
const file = join(content, 'statements.yaml');
try {
  const existing = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  const ids = new Set(Array.isArray(existing) ? existing.map((s) => s?.id) : []);
  const { id, yaml, guesses } = draftStatement(symbol, address, ids);
  // An empty list is written `[]`; the first record replaces it.
  const text = readFileSync(file, 'utf8').replace(/^\[\]\s*$/m, '');
  writeFileSync(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${yaml}`);
  console.log(`Drafted statement ${id} at the end of ${file}.`);
  for (const guess of guesses) console.log(`  guessed ${guess}`);
  console.log('Replace every CHECK: with the facts, then run npm run build: it names each field still to fix.');
} catch (error) {
  console.error(
    `${error.message}\nUsage: npm run add:statement -- A/HRC/RES/37/23 https://address-of-the-text-that-reports-it`,
  );
  process.exit(1);
}
