import { decodeEntities } from '../../src/lib/fidelity.ts';

/** HTML as a browser reads it: entities decoded, attributes in one order, no white space between blocks. */
export function canonicalHtml(html: string): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return [...html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)]
    .map(([, closing, name, attributes = '', text]) => {
      if (text !== undefined) return text.trim() === '' && text.includes('\n') ? '' : escape(decodeEntities(text));
      const attrs = [...attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)]
        .map(([, key, value]) => `${key}="${escape(decodeEntities(value ?? ''))}"`)
        .sort();
      return `<${closing}${(name as string).toLowerCase()}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
    })
    .join('');
}
