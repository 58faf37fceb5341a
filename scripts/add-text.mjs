// npm run add:text -- path/to/capture.txt
// Copies a capture into content/captures/ and drafts its source-text file in content/articles/.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { decodeCapture } from '../src/lib/content-layout.ts';
import { draftSourceText } from '../src/lib/drafts.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';

const content = process.env.ARCHIVE_CONTENT_DIR ?? 'content';
const [source] = process.argv.slice(2);
if (!source || !existsSync(source)) {
  console.error('Usage: npm run add:text -- path/to/capture.txt (a text file as captured from the page)');
  process.exit(2);
}
const name = basename(source)
  .replace(/[^\w.-]+/g, '-')
  .replace(/(\.txt)?$/, '.txt');
const target = join(content, 'captures', name);
const bytes = readFileSync(source);
// A capture the build would refuse is not copied: say what to fix first.
const { text: capture, problems } = decodeCapture(source, bytes);
if (problems.length > 0) {
  console.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  process.exit(1);
}
if (existsSync(target) && readFileSync(target, 'utf8') !== capture) {
  console.error(`${target} already exists with other content; rename the capture and try again.`);
  process.exit(1);
}

// Lines the archive already declares as removed in other texts: the likely boilerplate of a site.
const known = readdirSync(join(content, 'articles'))
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    const { frontmatter } = splitFrontmatter(readFileSync(join(content, 'articles', file), 'utf8'), file);
    const data = /** @type {{ capture?: { removed?: Array<{ text: string; kind: string }> } }} */ (
      load(frontmatter, { schema: CORE_SCHEMA })
    );
    return (data.capture?.removed ?? []).map((r) => ({ text: r.text, kind: r.kind, declaredIn: file }));
  });

const draft = draftSourceText(name, capture, known);
const article = join(content, 'articles', draft.fileName);
if (existsSync(article)) {
  console.error(`${article} already exists; the draft was not written.`);
  process.exit(1);
}
copyFileSync(source, target);
writeFileSync(article, draft.mdx);
console.log(`Capture copied to ${target}. Its lines, and what the draft does with each:\n`);
console.log(draft.listing.join('\n'));
console.log(
  `\nDraft written to ${article}. Confirm every line marked CHECK, then run npm run build: it names what is still wrong.`,
);
