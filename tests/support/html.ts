import type { ElementContent, Root, RootContent } from 'hast';
import { htmlTree } from '../../src/lib/fidelity.ts';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function serialise(node: Root | RootContent | ElementContent): string {
  switch (node.type) {
    case 'root':
      return node.children.map(serialise).join('');
    case 'text':
      return node.value.trim() === '' && node.value.includes('\n') ? '' : escape(node.value);
    case 'element': {
      const attributes = Object.entries(node.properties)
        .map(([key, value]) => `${key}="${escape(Array.isArray(value) ? value.join(' ') : String(value))}"`)
        .sort();
      const open = `<${node.tagName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
      return `${open}${node.children.map(serialise).join('')}</${node.tagName}>`;
    }
    default:
      return '';
  }
}

/** HTML as a browser reads it: entities decoded, attributes in one order, no white space between blocks. */
export function canonicalHtml(html: string): string {
  return serialise(htmlTree(html));
}
