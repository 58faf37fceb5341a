import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxSyntaxIn } from '../../src/lib/frontmatter.ts';
import { projectRoot } from '../support/astro-build.ts';

function addText(bytes: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'add-text-'));
  for (const folder of ['articles', 'captures']) mkdirSync(join(dir, 'content', folder), { recursive: true });
  const capture = join(dir, 'capture.txt');
  writeFileSync(capture, bytes);
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/add-text.mjs'), capture], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: join(dir, 'content') },
  });
  return { ...result, content: join(dir, 'content') };
}

describe('npm run add:text', () => {
  it('refuses a capture that is not UTF-8, saying where and what to do, and writes nothing', () => {
    const { status, stderr, content } = addText(Buffer.from('Caf\xe9 au lait\nA line\n', 'latin1'));
    expect(status).toBe(1);
    expect(stderr).toContain(
      'expected text in UTF-8; found bytes that are not UTF-8 on line 1, at byte 4 (save the capture again as UTF-8)',
    );
    expect(readdirSync(join(content, 'captures'))).toEqual([]);
    expect(readdirSync(join(content, 'articles'))).toEqual([]);
  });

  it('drafts a text whose lines MDX would read as code, with those lines made text', () => {
    const { status, content } = addText(Buffer.from('A title\n\nexport const a = 1\nimport x from "y"\n', 'utf8'));
    expect(status).toBe(0);
    const [draft] = readdirSync(join(content, 'articles'));
    const body = readFileSync(join(content, 'articles', draft as string), 'utf8').split('\n---\n')[1] ?? '';
    expect(body).toContain('\n export const a = 1\n');
    expect(body).toContain('\n import x from "y"\n');
    expect(mdxSyntaxIn(body)).toBeUndefined();
    expect(existsSync(join(content, 'captures', 'capture.txt'))).toBe(true);
  });
});
