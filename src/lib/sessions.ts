/** How the Council's sessions are named. */

/** 1 → 1st, 2 → 2nd, 3 → 3rd, 11 → 11th, 41 → 41st, 43 → 43rd. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** `41` → `41st regular session of the Human Rights Council`. */
export function sessionName(number: number): string {
  return `${ordinal(number)} regular session of the Human Rights Council`;
}
