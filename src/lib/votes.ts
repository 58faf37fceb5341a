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

export type SeatGroup = 'in-favour' | 'against' | 'abstaining' | 'did-not-vote';

export interface SeatSegment {
  group: SeatGroup;
  count: number;
  /** Seats before this group, from the left of a bar of the Council's 47. */
  start: number;
  label: string;
}

/** The Council's seats as the four groups of a vote, in the order a bar draws them; empty without counts. */
export function seatSegments(vote: VoteCounts): SeatSegment[] {
  if (!hasCounts(vote)) return [];
  const groups: Array<[SeatGroup, number, string]> = [
    ['in-favour', vote.inFavour, 'in favour'],
    ['against', vote.against, 'against'],
    ['abstaining', vote.abstaining, 'abstaining'],
    ['did-not-vote', COUNCIL_MEMBERS - vote.inFavour - vote.against - vote.abstaining, 'did not vote'],
  ];
  let start = 0;
  return groups.map(([group, count, label]) => {
    const segment = { group, count, start, label };
    start += count;
    return segment;
  });
}

/** The fill each group takes wherever a bar of seats is drawn (the vote bar, the timeline's chart). */
export const seatFills: Record<SeatGroup, string> = {
  'in-favour': 'fill-yes',
  against: 'fill-no',
  abstaining: 'fill-abstain',
  'did-not-vote': 'fill-absent',
};

/** `28 in favour, 1 against, 17 abstaining, 1 did not vote`, or null without counts. */
export function voteInWords(vote: VoteCounts): string | null {
  const segments = seatSegments(vote);
  return segments.length > 0 ? segments.map((s) => `${s.count} ${s.label}`).join(', ') : null;
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
