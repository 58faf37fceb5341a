/** Splitting an MDX file into its YAML frontmatter and body, and spotting MDX syntax in a body. */

export function splitFrontmatter(source: string, file: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: expected frontmatter between --- lines at the top of the file`);
  return { frontmatter: match[1] as string, body: match[2] as string };
}

/**
 * The one component a source text may use: an editor's note on a passage, which renders the passage
 * unchanged beside a numbered note. `note` is plain text in double quotes.
 */
const annotation = /<Annotation note="([^"<>{}]*)">([\s\S]*?)<\/Annotation>/g;

/** Whether a body uses a component, and so must be compiled as MDX. */
export function usesComponents(body: string): boolean {
  return /<Annotation\b/.test(body);
}

/**
 * Source texts are plain text, so `<` (JSX, HTML) and `{` (expressions) would change what is shown;
 * an annotation is the one exception; and a line that starts with `import` or `export` is code to MDX.
 * Returns what is wrong with the first such line, or undefined when there is none.
 */
export function mdxSyntaxIn(source: string): string | undefined {
  const body = source.replace(annotation, (whole: string, _note: string, passage: string) => {
    // Keep columns where they were: the annotation's own markup becomes spaces; its passage is checked like any text.
    const open = whole.indexOf(passage);
    return ' '.repeat(open) + passage + ' '.repeat(whole.length - open - passage.length);
  });
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const code = /^(import|export)\b/.exec(lines[index] as string);
    if (code)
      return `line ${index + 1} starts with "${code[1]}", which MDX reads as code; expected text: begin the line with a space`;
    const column = (lines[index] as string).search(/(?<!\\)[<{}]/);
    if (column >= 0)
      return `line ${index + 1}, column ${column + 1} has "${(lines[index] as string)[column]}", which MDX reads as markup; expected plain text: escape the character with a backslash`;
  }
  return undefined;
}
