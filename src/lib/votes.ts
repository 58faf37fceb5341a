/** Vote arithmetic for a Council of 47 members. */

export const COUNCIL_MEMBERS = 47;

export interface VoteCounts {
  inFavour: number | null;
  against: number | null;
  abstaining: number | null;
}

export function hasCounts(vote: VoteCounts): vote is { inFavour: number; against: number; abstaining: number } {
  return vote.inFavour !== null && vote.against !== null && vote.abstaining !== null;
}

/** Members who cast a vote, or null when the counts are not known. */
export function totalVoting(vote: VoteCounts): number | null {
  return hasCounts(vote) ? vote.inFavour + vote.against + vote.abstaining : null;
}

/** Members who did not vote (absent or not participating), or null when the counts are not known. */
export function notVoting(vote: VoteCounts): number | null {
  const total = totalVoting(vote);
  return total === null ? null : COUNCIL_MEMBERS - total;
}

/** `28–1–17`: in favour, against, abstaining. */
export function voteTally(vote: VoteCounts): string | null {
  return hasCounts(vote) ? `${vote.inFavour}–${vote.against}–${vote.abstaining}` : null;
}

/** Each vote's tally and margin (in favour minus against), and the margin's change from the vote before. */
export function margins(
  votes: readonly VoteCounts[],
): Array<{ tally: string | null; margin: number | null; change: number | null }> {
  let previous: number | null = null;
  return votes.map((vote) => {
    const margin = hasCounts(vote) ? vote.inFavour - vote.against : null;
    const change = margin !== null && previous !== null ? margin - previous : null;
    if (margin !== null) previous = margin;
    return { tally: voteTally(vote), margin, change };
  });
}
