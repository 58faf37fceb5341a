import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, distRoot } from '../support/site.ts';

// .htmlvalidate.json: the recommended rules; titles may run to 220 characters, because the official
// titles of resolutions and the headlines of source texts are long and are not shortened here.
const validator = new HtmlValidate(new FileSystemConfigLoader());

test('every built page is valid HTML', async () => {
  const errors: string[] = [];
  for (const page of builtPages()) {
    const file = join(distRoot, page.endsWith('/') ? `${page}index.html` : page);
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages)
        errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});
