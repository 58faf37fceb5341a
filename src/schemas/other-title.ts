/**
 * A resolution's title in another language as a named publisher wrote it (content/titles.yaml). None
 * is the UN's official wording: each is shown as its publisher's.
 */
import { z } from 'zod';
import { langTag, symbol, webUrl } from './common.ts';
import { partialDate } from './partial-date.ts';

export const otherTitleSchema = z.object({
  /** The English title it renders: a held resolution's title, or the original title of a draft. */
  renders: z.string().min(1),
  lang: langTag,
  text: z.string().min(1),
  publisher: z.string().min(1),
  issued: partialDate,
  /** The resolution the publisher was writing about, where it names one. */
  about: symbol.optional(),
  url: webUrl,
  note: z.string().min(1).optional(),
});
export type OtherTitleData = z.infer<typeof otherTitleSchema>;
