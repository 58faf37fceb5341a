// citation-js ships no types; the tests use its one entry point, which parses any format it knows.
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
