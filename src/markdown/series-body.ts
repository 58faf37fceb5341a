/**
 * A series page is Markdown (with GFM tables and footnotes) and the archive's components, nothing
 * else: MDX would also run imports, exports, expressions and raw HTML, which a page of prose must not,
 * and would draw a component given a series that does not exist as an empty table. Every such thing
 * fails the build here, named by its line in the file.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import { seriesIds } from '../schemas/series.ts';

/** The components a series page may use, each with the one attribute it takes: the series it shows. */
export const seriesComponentNames = [
  'SeriesVotes',
  'SeriesMaps',
  'SeriesMatrix',
  'SeriesTimeline',
  'SeriesTitles',
] as const;

export interface BodyProblem {
  line: number | undefined;
  message: string;
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

type Node = RootContent & {
  name?: string | null;
  attributes?: MdxAttribute[];
  url?: string;
  children?: Node[];
  position?: { start: { line: number } };
};

const parser = createProcessor({ remarkPlugins: [remarkGfm] });
const componentList = seriesComponentNames.join(', ');
/** A link may go to a web address, an e-mail address, or a page or place of the archive. */
const allowedUrl = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) || /^(https?|mailto):/i.test(url);

function componentProblems(node: Node): string[] {
  const name = node.name ?? '';
  if (!(seriesComponentNames as readonly string[]).includes(name)) {
    return [
      `expected Markdown and the archive's components (${componentList}); found <${name || '>'}>${/^[a-z]/.test(name) ? ', which is HTML' : ', which is not one of them'}`,
    ];
  }
  const problems: string[] = [];
  const attributes = node.attributes ?? [];
  const series = attributes.find((a) => a.name === 'series');
  for (const attribute of attributes) {
    if (attribute.name !== 'series')
      problems.push(
        `expected <${name}> to take one attribute, series="…"; found ${attribute.name ? `${attribute.name}=…` : 'an expression'}`,
      );
  }
  if (series === undefined) {
    problems.push(`expected <${name} series="…"> to name the series it shows; found no series`);
  } else if (typeof series.value !== 'string' || !(seriesIds as readonly string[]).includes(series.value)) {
    problems.push(
      `expected <${name}>'s series to be one of ${seriesIds.join(', ')}; found ${typeof series.value === 'string' ? `“${series.value}”` : 'an expression'}`,
    );
  }
  return problems;
}

/** `lineOffset`: the lines before the body (the frontmatter), so that lines are counted in the file. */
export function checkSeriesBody(body: string, lineOffset = 0): BodyProblem[] {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const place = (error as { line?: number }).line;
    return [
      {
        line: place === undefined ? undefined : place + lineOffset,
        message: `expected Markdown and the archive's components; found text MDX cannot read: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      const add = (message: string) =>
        problems.push({ line: node.position ? node.position.start.line + lineOffset : undefined, message });
      switch (node.type as string) {
        case 'mdxjsEsm':
          add("expected Markdown and the archive's components; found an import or export, which is code");
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          add(
            "expected Markdown and the archive's components; found an expression in braces (escape a brace with a backslash)",
          );
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          componentProblems(node).forEach(add);
          break;
        case 'link':
        case 'image':
        case 'definition':
          if (!allowedUrl(node.url ?? ''))
            add(`expected a link to a web address or a page of the archive; found “${node.url}”`);
          break;
        case 'text': {
          // A reference whose definition is missing is not a reference to GFM: it stays as text, “[^x]”.
          const orphan = /\[\^([^\]\s]+)\]/.exec((node as { value: string }).value);
          if (orphan) add(`expected a definition for the footnote [^${orphan[1]}] (its source); found none`);
          break;
        }
      }
      walk(node.children ?? []);
    }
  };
  walk(tree.children as Node[]);
  return problems;
}
