/**
 * On paper a link prints its address after its text, unless its text is the address already: such a
 * link is marked here, once the pages are written, and the print styles leave it as it is.
 */
const linkWithUrlText = /<a href="(https?:\/\/[^"]+)"([^>]*)>\s*\1\s*<\/a>/g;

export function markUrlTextLinks(html: string): string {
  return html.replace(linkWithUrlText, (link: string, url: string, attributes: string) =>
    attributes.includes('data-url-text') ? link : `<a href="${url}"${attributes} data-url-text>${url}</a>`,
  );
}
