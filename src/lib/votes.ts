/** Vote arithmetic for a Council of 47 members. */

export const COUNCIL_MEMBERS = 47;

export interface VoteCounts {
  inFavour: number | null;
  against: number | null;
  abstaining: number | null;
}

export interface StateLists {
  inFavour: readonly string[] | null;
  against: readonly string[] | null;
  abstaining: readonly string[] | null;
}

export const voteChoices = ['inFavour', 'against', 'abstaining'] as const;
export type VoteChoice = (typeof voteChoices)[number];

export const choiceLabels: Record<VoteChoice, string> = {
  inFavour: 'In favour',
  against: 'Against',
  abstaining: 'Abstaining',
};

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

/** Readable problems with a vote: impossible counts, lists that disagree with them, a state in two lists. */
export function checkVote(counts: VoteCounts, lists?: StateLists): string[] {
  const problems: string[] = [];
  for (const choice of voteChoices) {
    const count = counts[choice];
    if (count !== null && count > COUNCIL_MEMBERS) problems.push(`vote.${choice}: ${count} is more than the Council's ${COUNCIL_MEMBERS} members`);
  }
  const total = totalVoting(counts);
  if (total !== null && total > COUNCIL_MEMBERS) problems.push(`vote: ${total} votes in all is more than the Council's ${COUNCIL_MEMBERS} members`);
  if (!lists) return problems;
  const seen = new Map<string, VoteChoice>();
  for (const choice of voteChoices) {
    const list = lists[choice];
    if (list === null) continue;
    const count = counts[choice];
    if (count === null) problems.push(`vote.states.${choice}: a list of ${list.length} states is given but the count is unknown`);
    else if (list.length !== count) problems.push(`vote.states.${choice}: lists ${list.length} states but the count is ${count}; expected exactly ${count}`);
    for (const state of list) {
      const earlier = seen.get(state);
      if (earlier) problems.push(`vote.states.${choice}: ${state} is also listed under ${earlier}; a state votes once`);
      else seen.set(state, choice);
    }
  }
  return problems;
}
