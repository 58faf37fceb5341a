/** Vote arithmetic for a Council of 47 members. */
import { COUNCIL_MEMBERS } from '../schemas/formats.ts';
import { voteGroupLabels, voteGroups, type VoteGroup } from '../schemas/roll-call.ts';

export { COUNCIL_MEMBERS };

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

export interface SeatSegment {
  group: VoteGroup;
  count: number;
  /** Seats before this group, from the left of a bar of the Council's 47. */
  start: number;
}

/** The Council's seats as the four groups of a vote, in the order a bar draws them; empty without counts. */
export function seatSegments(vote: VoteCounts): SeatSegment[] {
  if (!hasCounts(vote)) return [];
  const counts: Record<VoteGroup, number> = {
    inFavour: vote.inFavour,
    against: vote.against,
    abstaining: vote.abstaining,
    notVoting: COUNCIL_MEMBERS - vote.inFavour - vote.against - vote.abstaining,
  };
  let start = 0;
  return voteGroups.map((group) => {
    const segment = { group, count: counts[group], start };
    start += counts[group];
    return segment;
  });
}

/** `28 in favour, 1 against, 17 abstaining, 1 did not vote`, or null without counts. */
export function voteInWords(vote: VoteCounts): string | null {
  const segments = seatSegments(vote);
  return segments.length > 0 ? segments.map((s) => `${s.count} ${voteGroupLabels[s.group].counted}`).join(', ') : null;
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
