import { describe, expect, it } from 'vitest';
import { hostOf, textDirection } from '../../src/lib/provenance.ts';

describe('text in other languages', () => {
  it('runs Arabic and Persian right to left, and everything else as the page does', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    for (const lang of ['en', 'zh', 'zh-Hant', 'fr', 'ja']) expect(textDirection(lang)).toBeUndefined();
  });

  it('names a link by its site', () => {
    expect(hostOf('http://www.ecns.cn/news/2021-03-25/detail.shtml')).toBe('ecns.cn');
  });
});
