import type { APIRoute, GetStaticPaths } from 'astro';
import { schemas } from '../../../data/open-data.ts';

/** The JSON Schema of each JSON download. */
export const getStaticPaths = (() =>
  Object.keys(schemas).map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const schema = schemas[(props as { name: string }).name];
  if (!schema) throw new Error('Unknown schema');
  return new Response(`${JSON.stringify(schema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
