/** Splitting an MDX file into its YAML frontmatter and body, and spotting MDX syntax in a body. */

export function splitFrontmatter(source: string, file: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: expected frontmatter between --- lines at the top of the file`);
  return { frontmatter: match[1] as string, body: match[2] as string };
}

/**
 * Source texts are plain text, so `<` (JSX, HTML) and `{` (expressions) would change what is shown.
 * Returns a description of the first such character, or undefined when there is none.
 */
export function mdxSyntaxIn(body: string): string | undefined {
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const column = (lines[index] as string).search(/(?<!\\)[<{}]/);
    if (column >= 0)
      return `line ${index + 1}, column ${column + 1} has "${(lines[index] as string)[column]}", which MDX reads as markup`;
  }
  return undefined;
}
