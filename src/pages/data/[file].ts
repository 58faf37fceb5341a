import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { downloads } from '../../data/open-data.ts';

const types = { JSON: 'application/json; charset=utf-8', CSV: 'text/csv; charset=utf-8' } as const;

/** Every download of /data/, generated at build time from the archive the pages use. */
export const getStaticPaths = (() => downloads.map((download) => ({ params: { file: download.file }, props: { file: download.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const download = downloads.find((d) => d.file === (props as { file: string }).file);
  if (!download) throw new Error(`No download ${String((props as { file: string }).file)}`);
  return new Response(download.body(await getArchive()), { headers: { 'Content-Type': types[download.format] } });
};
