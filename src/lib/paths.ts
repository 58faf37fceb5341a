/** Every internal link goes through here, so the site works under any base path. */
import type { SeriesId } from '../schemas/series.ts';

/** Prefix a site path ("/timeline/") with the deployment base ("/hrc/"). */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const withLeadingSlash = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${withLeadingSlash}`;
}

/** The full, permanent URL of a site path, for citations, data files and feeds. */
export function absoluteUrl(
  path: string,
  site: string = import.meta.env.SITE,
  base: string = import.meta.env.BASE_URL,
): string {
  return new URL(pathWithBase(path, base), site).href;
}

export const routes = {
  home: () => '/',
  sourceTexts: () => '/articles/',
  sourceText: (slug: string) => `/articles/${slug}/`,
  resolutions: () => '/resolutions/',
  resolution: (slug: string) => `/resolutions/${slug}/`,
  timeline: () => '/timeline/',
  states: (order?: string) => (order ? `/states/${order}/` : '/states/'),
  state: (slug: string) => `/states/${slug}/`,
  votes: (order?: string) => (order ? `/votes/${order}/` : '/votes/'),
  series: (series: SeriesId) => `/series/${series}/`,
  search: () => '/search/',
  about: () => '/about/',
  furtherReading: () => '/further-reading/',
  furtherReadingByVoice: () => '/further-reading/by-voice/',
  data: () => '/data/',
  feed: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  capture: (file: string) => `/captures/${file}`,
} as const;

/**
 * Text as the data part of a `data:` URL, escaping only what a URL cannot hold as it is: shorter in the
 * page than encodeURIComponent, which also escapes the commas, colons and slashes a citation is full of.
 */
export function dataUrlText(text: string): string {
  return text.replace(/[^\w\-.!~*'()/:;,=?@]/g, (c) => encodeURIComponent(c));
}
