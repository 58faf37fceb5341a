/**
 * Whose voice a text about a resolution carries. A State's voice is placed by its own vote on that
 * resolution, read from the roll-call, so the same State can be "voted against" on one text and "not
 * a member" on another, and no record can claim a vote the roll-call does not show.
 */
import type { Voice } from '../schemas/reading.ts';
import type { VoteGroup } from '../schemas/roll-call.ts';
import { listInWords } from './statements.ts';

export type VoiceClass = Exclude<Voice, 'state'> | `state-${VoteGroup}` | 'state-not-member' | 'state-vote-unknown';

/** A State's place at one vote: its group, not a member, or unknown where the archive has no roll-call. */
export type SeatAtVote = VoteGroup | 'not-member' | undefined;

/** Every side, in the order pages list them: States by their vote, civil society, analysts, press, UN, sponsor. */
export const voiceClasses = [
  'state-against',
  'state-abstaining',
  'state-inFavour',
  'state-notVoting',
  'state-not-member',
  'state-vote-unknown',
  'ngo',
  'analyst',
  'media',
  'un',
  'sponsor',
  'relaying',
] as const satisfies readonly VoiceClass[];

/** How a page names each side: as a heading, after "from" in a count ("3 from NGOs"), and for one text. */
export const voiceClassLabels: Record<VoiceClass, { heading: string; from: string; one: string }> = {
  'state-against': {
    heading: 'States that voted against',
    from: 'States that voted against',
    one: 'a State that voted against',
  },
  'state-abstaining': {
    heading: 'States that abstained',
    from: 'States that abstained',
    one: 'a State that abstained',
  },
  'state-inFavour': {
    heading: 'States that voted in favour',
    from: 'States that voted in favour',
    one: 'a State that voted in favour',
  },
  'state-notVoting': {
    heading: 'States that did not vote',
    from: 'States that did not vote',
    one: 'a State that did not vote',
  },
  'state-not-member': {
    heading: 'States not on the Council at the vote',
    from: 'States not on the Council at the vote',
    one: 'a State not on the Council at the vote',
  },
  'state-vote-unknown': {
    heading: 'States whose vote is not in the archive yet',
    from: 'States whose vote is not in the archive yet',
    one: 'a State whose vote is not in the archive yet',
  },
  ngo: {
    heading: 'Non-governmental organisations',
    from: 'non-governmental organisations',
    one: 'a non-governmental organisation',
  },
  analyst: { heading: 'Scholars and analysts', from: 'scholars and analysts', one: 'a scholar or analyst' },
  media: { heading: 'News media', from: 'news media', one: 'news media' },
  un: { heading: 'The UN secretariat', from: 'the UN secretariat', one: 'the UN secretariat' },
  sponsor: {
    heading: 'The sponsor: the Chinese government, its missions and state media',
    from: 'the sponsor (the Chinese government, its missions and state media)',
    one: 'the sponsor (the Chinese government, a mission or state media)',
  },
  relaying: {
    heading: "Outlets relaying the sponsor's account",
    from: "outlets relaying the sponsor's account",
    one: "an outlet relaying the sponsor's account",
  },
};

/** A text's voice in words: "a State that voted against", or per resolution where its place differs. */
export function voiceInWords(voices: ReadonlyMap<string, VoiceClass>, shortName: (symbol: string) => string): string {
  const classes = [...new Set(voices.values())];
  if (classes.length === 1) return voiceClassLabels[classes[0] as VoiceClass].one;
  return [...voices].map(([symbol, v]) => `${voiceClassLabels[v].one} on ${shortName(symbol)}`).join('; ');
}

export interface Voiced {
  voice: Voice;
  state?: string | undefined;
}

/** Which side a text speaks for on one resolution; `seatOf` gives a State's place at that vote. */
export function voiceOn(
  text: Voiced,
  symbol: string,
  seatOf: (state: string, symbol: string) => SeatAtVote,
): VoiceClass {
  if (text.voice !== 'state') return text.voice;
  if (text.state === undefined) throw new Error('A State’s voice needs the State');
  const seat = seatOf(text.state, symbol);
  // Stryker disable next-line ConditionalExpression,StringLiteral: `state-${seat}` spells state-not-member too
  return seat === undefined ? 'state-vote-unknown' : seat === 'not-member' ? 'state-not-member' : `state-${seat}`;
}

/** A State's place at a vote from the roll-call's votes by name; an empty roll-call is an unknown one. */
export function seatIn(votes: ReadonlyMap<string, VoteGroup> | undefined, state: string): SeatAtVote {
  if (!votes || votes.size === 0) return undefined;
  return votes.get(state) ?? 'not-member';
}

export interface VoiceShare {
  voice: VoiceClass;
  count: number;
}

/** How many texts on one resolution speak for each side, in the order of `voiceClasses`; empty sides left out. */
export function voiceShares(voicesOfTexts: readonly VoiceClass[]): VoiceShare[] {
  return voiceClasses
    .map((voice) => ({ voice, count: voicesOfTexts.filter((v) => v === voice).length }))
    .filter((share) => share.count > 0);
}

/** "7 texts: 3 from States that voted against, 1 from news media and 3 from the sponsor (…)". */
export function shareSentence(shares: readonly VoiceShare[]): string {
  const total = shares.reduce((sum, s) => sum + s.count, 0);
  if (total === 0) return 'No texts yet';
  const list = listInWords(shares.map((s) => `${s.count} from ${voiceClassLabels[s.voice].from}`));
  return `${total} text${total === 1 ? '' : 's'}: ${list}`;
}
