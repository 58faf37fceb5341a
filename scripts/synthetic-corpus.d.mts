/** Copies the content folder `from` to `dir` and adds `count` synthetic source texts. */
export function makeCorpus(from: string, dir: string, count: number): void;
