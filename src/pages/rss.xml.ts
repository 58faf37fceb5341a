import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { formatDate } from '../lib/dates.ts';
import { absoluteUrl, pathWithBase, routes } from '../lib/paths.ts';

const feedLength = 50;

/** New source texts and resolutions, newest first. */
export const GET: APIRoute = async () => {
  const { sourceTexts, resolutions } = await getArchive();
  const items = [
    ...sourceTexts.map((a) => ({
      title: a.data.title,
      link: pathWithBase(routes.sourceText(a.slug)),
      pubDate: new Date(`${a.data.published.date}T00:00:00Z`),
      description: a.data.summary,
      categories: ['Source text'],
    })),
    ...resolutions.flatMap((r) =>
      r.data.adopted.value
        ? [
            {
              title: `${r.data.symbol}: ${r.data.title}`,
              link: pathWithBase(routes.resolution(r.slug)),
              pubDate: new Date(`${r.data.adopted.value}T00:00:00Z`),
              description: `Adopted by the UN Human Rights Council on ${formatDate(r.data.adopted.value)}.`,
              categories: ['Resolution'],
            },
          ]
        : [],
    ),
  ]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
    // A feed carries what is new; the whole archive is in /data/ and the sitemap.
    .slice(0, feedLength);
  return rss({
    title: 'HRC Resolutions Archive',
    description:
      "Source texts and resolutions in the archive of the UN Human Rights Council's China-sponsored resolutions, 2017–2022.",
    // The channel's link is the archive's home, under the base path when it is deployed under one.
    site: absoluteUrl(routes.home()),
    items,
    customData: '<language>en</language>',
  });
};
