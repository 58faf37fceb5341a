/**
 * A record listed in several places on one page (a text about three resolutions, under each) takes
 * its anchor where it first appears: an id is unique in a page, and a link to the record lands there.
 */
export function firstAppearances(groups: ReadonlyArray<readonly string[]>): Array<Set<string>> {
  const seen = new Set<string>();
  return groups.map((ids) => {
    const first = new Set(ids.filter((id) => !seen.has(id)));
    for (const id of first) seen.add(id);
    return first;
  });
}

/** Where each record of the record around a vote stands on its page: one spelling for pages, data and search. */
export const recordAnchors = {
  statement: (id: string) => `statement-${id}`,
  followUp: (id: string) => `follow-up-${id}`,
  reading: (id: string) => `reading-${id}`,
  otherTitles: 'other-titles',
} as const;
