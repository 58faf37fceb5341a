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

/**
 * Where one State's vote stands, so that "India's vote on 46/13" has an address: in the lists of a
 * resolution's page (by the State), in the matrix (the State's row) and on a State's page (by the
 * resolution).
 */
export const voteAnchors = {
  onResolutionPage: (stateSlug: string) => `vote-${stateSlug}`,
  inMatrix: (stateSlug: string) => `state-${stateSlug}`,
  onStatePage: (resolutionSlug: string) => `vote-${resolutionSlug}`,
} as const;
