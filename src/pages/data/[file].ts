import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { downloadFile, downloads, type Download } from '../../data/open-data.ts';

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

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: Download };
  return new Response(downloadFile(download, await getArchive()), {
    headers: { 'Content-Type': types[download.format] },
  });
};
