/**
 * When each content file last changed, read from the repository's history rather than the file
 * system's clock, so that two builds of one commit say the same thing.
 */

/** The output of `git log --format=@%cs --name-only`: newest commit first, so a file's first date is its latest. */
export function lastChangedByFile(log: string): Map<string, string> {
  const changed = new Map<string, string>();
  let date: string | null = null;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1).trim();
    else if (line.trim() !== '' && date && !changed.has(line.trim())) changed.set(line.trim(), date);
  }
  return changed;
}

/** The latest of some ISO dates, or null when none is known. */
export function latestDate(dates: ReadonlyArray<string | null | undefined>): string | null {
  // Stryker disable next-line EqualityOperator: of two equal dates either is the latest: >= picks as > does
  return dates.reduce<string | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);
}
