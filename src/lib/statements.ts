/**
 * Statements as pages list them. Where one report names several States together ("Cuba, Russia
 * and Eritrea spoke in support"), each State has a record of its own, for its page; on the
 * resolution's page the records that say the same thing from the same sources are one item.
 */
import type { StatementData } from '../schemas/statement.ts';

export interface StatementGroup<T> {
  /** The records of the group, in the order given; the first stands for the rest. */
  members: [T, ...T[]];
}

/** What makes two records one account: everything but who spoke and the note on that speaker's vote. */
function accountKey({ speaker: _speaker, positionNote: _note, ...account }: StatementData): string {
  return JSON.stringify(account);
}

/** Records of one account, joined where they are; a record's first appearance keeps its place. */
export function groupStatements<T extends { data: StatementData }>(statements: readonly T[]): StatementGroup<T>[] {
  const groups = new Map<string, [T, ...T[]]>();
  for (const statement of statements) {
    const key = accountKey(statement.data);
    const members = groups.get(key);
    if (members) members.push(statement);
    else groups.set(key, [statement]);
  }
  return [...groups.values()].map((members) => ({ members }));
}

/** "Cuba", "Cuba and Egypt", "Cuba, Egypt and Venezuela". */
export function listInWords(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
