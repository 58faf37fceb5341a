/**
 * Pages speak to readers in sentences: no research shorthand (status words in capitals, the data's
 * enum values, "not checked") and no doubled words in what a page shows, outside the verbatim source
 * texts, which are shown as published, and names set as code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sourceTextTypes, dateCertainties } from '../../src/schemas/source-text.ts';
import { factStatuses } from '../../src/schemas/common.ts';
import { voteKinds } from '../../src/schemas/resolution.ts';
import { builtPages, distRoot } from '../support/site.ts';

/**
 * The text a page shows: no markup, scripts, styles, or the verbatim body of a source text. Where an
 * element starts or ends a "|" stands, so that words in two cells of a table are not read as doubled.
 */
function shownText(html: string): string {
  return (
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<div[^>]*data-article-body[^>]*>[\s\S]*?<\/div>/, ' ')
      // A field or file name set as code is a name for machines, written as they read it.
      .replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, '«code»')
      .replace(/<\/?(a|q|em|strong|time|abbr|span|code)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' | ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
  );
}

const enumValues = [...factStatuses, ...sourceTextTypes, ...dateCertainties, ...voteKinds].filter((v) =>
  v.includes('-'),
);
const shorthand = [
  /\b(NOT FOUND|NOT|UNCONFIRMED|CONFIRMED|PARTIAL|DISCREPANCY|INFERRED|UNKNOWN)\b/,
  /\bnot checked\b/i,
  // The research's working words: a reader meets the sentence, not the notes behind it.
  /(?<!Page )\bnot found\b/i,
  // Abbreviations a reader has not been given (“DW compilation”, “KAS gives”, “CRI (German)”, “FM spokesperson”);
  // the parenthesis that introduces one, as in “Deutsche Welle (DW)”, is fine.
  /(?<!\()\b(DW|KAS|CRI|VDPA|FM|MFA)\b(?!\))/,
  // A row of the research's tables: “DW/OHCHR row”.
  /\b[A-Z]{2,}(\/[A-Z]{2,})* rows?\b/,
  /\bstored cop(y|ies)\b|\bretrieved sources\b/i,
  /\bresearcher(s|'s|s')?\b|\bthe research's\b|\b(for|in|by) the research\b|\binference\b/i,
  // The research's name for a series (“outside the two families”), and its instructions (“Treat 'July 2017' as…”).
  /\bfamil(y|ies)\b/i,
  /\bTreat /,
  // A web page's layout scraped into a sentence: “Main sponsors1 - Co-sponsors34”.
  /\b[A-Za-z]{3,}s\d+\b|\b(Main|Co)-?sponsors?\s*\d/i,
  // A bare web address inside a sentence: a link carries words, and the address belongs in the sources.
  // Sources lists and citations (“United Nations. https://…”, “Archived at https://…”) are not sentences of this kind.
  /(?<!Archived)\s(at|is|see|on|from|via|in)\s+https?:\/\/|\(https?:\/\//i,
  // Notes in the research's telegraphic style: “— agrees”, “Single-source figure”, “preambular vs operative”,
  // “Per the US delegation”, “Xinhua: adopted …”, “… changes (ecns).”, “one (secondary) source”,
  // “HRC President statement”.
  /\s[—–-]\s*agrees\b/i,
  /\bsingle-source\b/i,
  /\bvs\.?\s/i,
  /\bPer (the|its)\b/,
  /(^|\|\s)(Xinhua|AFP|KAS|Reuters|CRI|Initium|ecns|Introducer):\s/,
  /\((ecns|KAS|AFP|Xinhua|Reuters|iimageneva|GANHRI)\)\./,
  /\(secondary\)/i,
  /\bHRC President\b/,
  new RegExp(`(?<![\\w/-])(${enumValues.join('|')})(?![\\w/-])`),
  /\b(\w{3,})\s+\1\b/i,
  /\(([^()]{3,})\s*\(\1/,
  // Words glued to what follows, as in “28 February 2018(established…”.
  /\d\([a-z]/i,
];

test('no page shows research shorthand, enum values or doubled words', () => {
  const found: string[] = [];
  for (const page of builtPages()) {
    const text = shownText(readFileSync(join(distRoot, page.endsWith('/') ? `${page}index.html` : page), 'utf8'));
    for (const pattern of shorthand) {
      const match = pattern.exec(text);
      if (match)
        found.push(
          `${page}: “${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20).trim()}”`,
        );
    }
  }
  expect(found).toEqual([]);
});
