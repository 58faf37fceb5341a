import { describe, expect, it } from 'vitest';
import {
  amendmentFateLabels,
  sourceTextTypeLabels,
  dateCertaintyLabels,
  factStatusLabels,
  seriesLabels,
  followUpKindLabels,
  hostOf,
  identificationLabels,
  readingKindLabels,
  removedKindLabels,
  statementPositionLabels,
  statementStageLabels,
  publisherAfterBy,
  textDirection,
} from '../../src/lib/provenance.ts';
import {
  sourceTextTypes,
  dateCertainties,
  mentionIdentifications,
  removedLineKinds,
} from '../../src/schemas/source-text.ts';
import { factStatuses } from '../../src/schemas/common.ts';
import { amendmentFates } from '../../src/schemas/drafting.ts';
import { seriesIds } from '../../src/schemas/series.ts';
import { followUpKinds } from '../../src/schemas/follow-up.ts';
import { readingKinds } from '../../src/schemas/reading.ts';
import { statementPositions, statementStages } from '../../src/schemas/statement.ts';

describe('text in other languages', () => {
  it('runs Arabic and Persian right to left, and everything else as the page does', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    for (const lang of ['en', 'zh', 'zh-Hant', 'fr', 'ja']) expect(textDirection(lang)).toBeUndefined();
  });

  it('names a link by its site', () => {
    expect(hostOf('http://www.ecns.cn/news/2021-03-25/detail.shtml')).toBe('ecns.cn');
    // Only a leading "www." goes.
    expect(hostOf('https://news.www.example.org/x')).toBe('news.www.example.org');
    expect(hostOf('https://wwwexample.org/')).toBe('wwwexample.org');
  });
});

describe('labels for the controlled vocabularies', () => {
  const vocabularies: Array<[string, readonly string[], Record<string, string>]> = [
    ['article types', sourceTextTypes, sourceTextTypeLabels],
    ['date certainties', dateCertainties, dateCertaintyLabels],
    ['identifications', mentionIdentifications, identificationLabels],
    ['removed lines', removedLineKinds, removedKindLabels],
    ['statement stages', statementStages, statementStageLabels],
    ['statement positions', statementPositions, statementPositionLabels],
    ['follow-up kinds', followUpKinds, followUpKindLabels],
    ['reading kinds', readingKinds, readingKindLabels],
    ['amendment fates', amendmentFates, amendmentFateLabels],
    ['fact statuses', factStatuses, Object.fromEntries(factStatuses.map((s) => [s, factStatusLabels[s].label]))],
    [
      'fact explanations',
      factStatuses,
      Object.fromEntries(factStatuses.map((s) => [s, factStatusLabels[s].explanation])),
    ],
    ['series names', seriesIds, Object.fromEntries(seriesIds.map((f) => [f, seriesLabels[f].name]))],
    ['series short names', seriesIds, Object.fromEntries(seriesIds.map((f) => [f, seriesLabels[f].short]))],
  ];

  for (const [name, values, labels] of vocabularies) {
    it(`${name}: one distinct, written-out label for each value the schema allows`, () => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      const texts = Object.values(labels);
      expect(new Set(texts).size).toBe(texts.length);
      for (const label of texts) expect(label.trim().length).toBeGreaterThan(2);
    });
  }

  it('capitalises labels shown as headings or badges, and keeps running-text labels lower case', () => {
    const headings = [sourceTextTypeLabels, statementPositionLabels, followUpKindLabels, readingKindLabels];
    for (const labels of headings) for (const label of Object.values(labels)) expect(label).toMatch(/^[A-Z]/);
    for (const labels of [dateCertaintyLabels, statementStageLabels, amendmentFateLabels])
      for (const label of Object.values(labels)) expect(label).toMatch(/^[a-z]/);
  });

  it('says what confirmed means: two or more independent sources', () => {
    expect(factStatusLabels.confirmed.explanation).toMatch(/two or more/);
    expect(factStatusLabels['single-source'].explanation).toMatch(/one source/);
  });
});

describe('a publisher after "by"', () => {
  it('gives an office or a mission its article, and a site or a newspaper none', () => {
    expect(publisherAfterBy("Permanent Mission of the People's Republic of China to the UN Office at Geneva")).toBe(
      "the Permanent Mission of the People's Republic of China to the UN Office at Geneva",
    );
    expect(publisherAfterBy('Ministry of Foreign Affairs')).toBe('the Ministry of Foreign Affairs');
    expect(publisherAfterBy('State Council Information Office')).toBe('the State Council Information Office');
    expect(publisherAfterBy('ecns.cn')).toBe('ecns.cn');
    expect(publisherAfterBy('Missionary Times')).toBe('Missionary Times');
  });
});
