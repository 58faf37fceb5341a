/** Every check between records, run once on the collections: the real content passes, each kind of break is named. */
import { describe, expect, it } from 'vitest';
import { archiveProblems, sourceTextSlug, type ContentRecords } from '../../src/lib/archive-checks.ts';
import { contentRoot } from '../support/content.ts';
import { contentRecords } from '../support/content-problems.ts';

const records = contentRecords(contentRoot);
const day = '2026-12-05';
const fields = (changed: Partial<ContentRecords>) =>
  archiveProblems({ ...records, ...changed }, day).map((p) => `${p.file}: ${p.field}`);

describe('the checks between records', () => {
  it('pass the archive’s content', () => {
    expect(archiveProblems(records, day)).toEqual([]);
  });

  it('run the checks of source texts, resolutions and events, with the build’s date', () => {
    const [first] = records.sourceTexts;
    if (!first) throw new Error('expected a source text');
    expect(archiveProblems(records, '2018-01-01').map((p) => p.field)).toContain('published.date');
    expect(fields({ sourceTexts: [first, { ...first, id: `old/${first.id}` }] })).toEqual([
      `content/articles/${first.id}.mdx: slug`,
      `content/articles/${first.id}.mdx: capture.file`,
    ]);
    const [resolution] = records.resolutions;
    if (!resolution) throw new Error('expected a resolution');
    expect(
      fields({
        resolutions: [{ ...resolution, data: { ...resolution.data, session: 99 } }, ...records.resolutions.slice(1)],
      }),
    ).toContain(`content/resolutions/${resolution.id}.yaml: session`);
    expect(fields({ states: records.states.slice(1) }).length).toBeGreaterThan(0);
  });

  it('run the checks of statements, drafting, follow-up, further reading and titles, each naming its file', () => {
    const emptied = fields({ resolutions: [] });
    for (const file of ['statements', 'drafting', 'follow-up', 'further-reading', 'titles'])
      expect(
        emptied.some((line) => line.startsWith(`content/${file}.yaml: `)),
        file,
      ).toBe(true);
  });

  it('name the file of each keyed record where the entry does not carry it', () => {
    const bare = <T extends { filePath?: string | undefined }>(entries: readonly T[]) =>
      entries.map(({ filePath: _file, ...entry }) => entry);
    const [state] = records.states;
    const [event] = records.events;
    if (!state || !event) throw new Error('expected a State and an event');
    const files = archiveProblems(
      {
        ...records,
        resolutions: [],
        statements: bare(records.statements),
        drafting: bare(records.drafting),
        followUp: bare(records.followUp),
        readings: bare(records.readings),
        titles: bare(records.titles),
        states: [...bare(records.states), { ...state, id: 'copy' }],
        events: [...bare(records.events), { id: 'x', data: { ...event.data, session: 999 } }],
        sessions: bare(records.sessions),
      } as ContentRecords,
      day,
    ).map((p) => p.file);
    for (const file of ['statements', 'drafting', 'follow-up', 'further-reading', 'titles', 'states', 'events'])
      expect(files, file).toContain(`${file}.yaml`);
  });

  it('give a source text the slug it declares, or its file’s name', () => {
    expect(sourceTextSlug({ id: 'a/b/2021-text', data: {} })).toBe('2021-text');
    expect(sourceTextSlug({ id: '2021-text', data: { slug: 'other' } })).toBe('other');
  });
});
