// npm run add:resolution -- A/HRC/RES/50/1
// Drafts content/resolutions/<slug>.yaml from the template, with the symbol and session filled in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftResolution } from '../src/lib/drafts.ts';

const content = process.env.ARCHIVE_CONTENT_DIR ?? 'content';
const [symbol = ''] = process.argv.slice(2);
try {
  const { fileName, yaml } = draftResolution(
    readFileSync(join(content, 'templates', 'resolution.yaml'), 'utf8'),
    symbol,
  );
  const target = join(content, 'resolutions', fileName);
  if (existsSync(target)) throw new Error(`${target} already exists`);
  writeFileSync(target, yaml);
  console.log(
    `Drafted ${target}. Replace every example value with the facts and their sources, then run npm run build.`,
  );
} catch (error) {
  console.error(`${error.message}\nUsage: npm run add:resolution -- A/HRC/RES/50/1`);
  process.exit(1);
}
