import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { downloadBody, downloads, type Download } from '../../data/open-data.ts';

const types: Record<Download['format'], string> = {
  JSON: 'application/json; charset=utf-8',
  CSV: 'text/csv; charset=utf-8',
  'CSL-JSON': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  RIS: 'application/x-research-info-systems; charset=utf-8',
  BibTeX: 'application/x-bibtex; charset=utf-8',
};

/** Every download of /data/, generated at build time from the archive the pages use. */
export const getStaticPaths = (() =>
  downloads.map((download) => ({ params: { file: download.file }, props: { download } }))) satisfies GetStaticPaths;

/** Excel reads a CSV file as UTF-8 only when it begins with the byte-order mark; other programs skip it. */
const BYTE_ORDER_MARK = '\uFEFF';

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: Download };
  const body = downloadBody(download, await getArchive());
  return new Response(download.format === 'CSV' ? `${BYTE_ORDER_MARK}${body}` : body, {
    headers: { 'Content-Type': types[download.format] },
  });
};
