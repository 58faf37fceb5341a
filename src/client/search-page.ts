/**
 * The search page's only script, on Pagefind's documented search API (pagefind.js): a field, a
 * summary, results that load as they come into view, an order and filters, with the query, filters
 * and order kept in the URL (so a search can be shared, reloaded, and restored by the back button).
 * Nothing is fetched before the reader turns to the field; the filters' indexes only when the
 * filters are opened; the date order only when a reader asks for it.
 */
import {
  atStateVote,
  onlyStopWords,
  orderByDate,
  pagefindQuery,
  parseSort,
  pinFirst,
  readSearchState,
  writeSearchState,
  type DateOrder,
  type SearchState,
} from '../lib/search.ts';
import { nearestSuggestions, type Suggestion } from '../lib/suggestions.ts';

type Filters = Record<string, string[]>;
type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
/** Pagefind's search API, as far as this page uses it. */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: { filters: Filters },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind's own choice for its search box: long enough not to search on every keystroke of a word. */
const INPUT_DELAY_MS = 150;
/** Results are listed this many at a time; each loads its excerpt when it comes into view. */
const PAGE_SIZE = 20;

function element<T extends Element>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The search page has no #${id}`);
  return found;
}

export function startSearchPage(): void {
  const root = element('search', HTMLElement);
  const form = element('search-form', HTMLFormElement);
  const input = element('search-input', HTMLInputElement);
  const summary = element('search-summary', HTMLElement);
  const list = element('search-results', HTMLOListElement);
  const more = element('search-more', HTMLButtonElement);
  const sortSelect = element('search-sort-select', HTMLSelectElement);
  const filterPane = element('search-filters', HTMLDetailsElement);
  const template = element('search-result', HTMLTemplateElement);
  const checkboxes = [...filterPane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const filterOf = (box: HTMLInputElement) => box.dataset['filter'] ?? '';
  const filterValues = JSON.parse(root.dataset['filterValues'] ?? '{}') as Record<string, string[]>;
  const pins = JSON.parse(root.dataset['pins'] ?? '{}') as Record<string, string>;
  const start = element('search-start', HTMLElement);
  const nearby = element('search-suggestions', HTMLElement);
  const nearbyList = element('search-suggestion-list', HTMLUListElement);
  let suggestions: Promise<Suggestion[]> | undefined;
  const loadSuggestions = () =>
    (suggestions ??= fetch(root.dataset['suggestions'] ?? '').then(
      (response) => response.json() as Promise<Suggestion[]>,
    ));

  /** Where a search finds nothing, the nearest names, symbols and titles, fetched only then. */
  const suggest = async (id: number, query: string) => {
    const nearest = nearestSuggestions(query, await loadSuggestions());
    if (id !== searchId) return;
    nearbyList.replaceChildren(
      ...nearest.map((suggestion) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = suggestion.url;
        link.textContent = suggestion.text;
        item.append(link, ` (${suggestion.kind})`);
        return item;
      }),
    );
    nearby.hidden = nearest.length === 0;
  };
  const voteAnchorsByName = JSON.parse(root.dataset['voteAnchors'] ?? '{}') as Record<string, string>;

  let loaded: Promise<Pagefind> | undefined;
  // From the reader's first turn to the field, Pagefind, its metadata and its WebAssembly load while
  // they type, rather than after the input delay.
  const load = () =>
    (loaded ??= (import(/* @vite-ignore */ `${root.dataset['bundle']}pagefind.js`) as Promise<Pagefind>).then(
      async (pagefind) => {
        await pagefind.options({
          baseUrl: root.dataset['base'],
          highlightParam: 'pagefind-highlight',
          ranking: { metaWeights: { kind: 0, date: 0 }, pageLength: 0.15 },
        });
        await pagefind.init();
        return pagefind;
      },
    ));
  let dateOrder: Promise<DateOrder> | undefined;
  const loadDateOrder = () =>
    (dateOrder ??= fetch(root.dataset['dateOrder'] ?? '').then((response) => response.json() as Promise<DateOrder>));
  let countsWanted = false;

  let current: SearchState & { sort: string } = { query: '', filters: {}, sort: '' };
  let searchId = 0;
  let results: PagefindResult[] = [];
  let listed = 0;

  // A new list stays unseen until the results on the first screen have their titles and excerpts:
  // a result's height is its text's (nothing is cut to a fixed height, so a reader's own spacing
  // hides no words), and results filled one by one in view would push each other down.
  let revealFirstScreen: (() => void) | undefined;
  const observer = new IntersectionObserver((entries) => {
    const filling = entries
      .filter((entry) => entry.isIntersecting)
      .map((entry) => {
        observer.unobserve(entry.target);
        return fill(entry.target as HTMLLIElement);
      });
    void Promise.all(filling).then(revealFirstScreen);
    revealFirstScreen = undefined;
  });

  /** A result's placeholder: the same height as the result, so nothing shifts when it loads. */
  const placeholder = (index: number): HTMLLIElement => {
    const item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    item.dataset['index'] = String(index);
    item.setAttribute('aria-hidden', 'true');
    return item;
  };

  const fill = async (item: HTMLLIElement) => {
    const id = searchId;
    const result = results[Number(item.dataset['index'])];
    if (!result) return;
    const data = await result.data();
    if (id !== searchId) return;
    const link = item.querySelector('[data-result-title]') as HTMLAnchorElement;
    link.href = atStateVote(data.url, current.query, voteAnchorsByName);
    // Records the index step adds as pages of their own are named by `label` (see searchPage).
    link.textContent = data.meta['title'] ?? data.meta['label'] ?? data.url;
    const line = item.querySelector('[data-result-line]') as HTMLElement;
    line.textContent = [data.meta['date'], data.meta['kind']].filter(Boolean).join(' · ');
    // Pagefind's excerpt is the page's own text, escaped, with the matched words in <mark>.
    (item.querySelector('[data-result-excerpt]') as HTMLElement).innerHTML = data.excerpt;
    item.removeAttribute('aria-hidden');
  };

  const listMore = () => {
    const end = Math.min(results.length, listed + PAGE_SIZE);
    for (; listed < end; listed += 1) {
      const item = placeholder(listed);
      list.append(item);
      observer.observe(item);
    }
    more.hidden = listed >= results.length;
  };

  const showCounts = (counts: FilterCounts) => {
    for (const box of checkboxes) {
      const count = box.parentElement?.querySelector('.search-filter-count');
      if (count) count.textContent = String(counts[filterOf(box)]?.[box.value] ?? 0);
    }
  };

  const describe = (count: number) => {
    const what = count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`;
    if (onlyStopWords(current.query)) return `${what} for ${current.query}: ${root.dataset['stopWordsNote']}`;
    if (current.query) return `${what} for ${current.query}`;
    return `${what} for the filters chosen`;
  };

  const search = async () => {
    const id = ++searchId;
    observer.disconnect();
    const { query, filters, sort } = current;
    nearby.hidden = true;
    start.hidden = query !== '' || Object.keys(filters).length > 0;
    if (query === '' && Object.keys(filters).length === 0) {
      results = [];
      listed = 0;
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = '';
      return;
    }
    const direction = parseSort(sort)?.date;
    const pagefind = await load();
    const [found, order] = await Promise.all([
      pagefind.search(query === '' ? null : pagefindQuery(query), { filters }),
      direction ? loadDateOrder() : undefined,
    ]);
    if (id !== searchId || !found) return;
    results = order && direction ? orderByDate(found.results, order, direction) : found.results;
    const pinned = pins[query.trim().toLocaleLowerCase('en')];
    if (pinned && !direction) {
      // Only for a short State name: the first page of results is read to find the State's page.
      const head = await Promise.all(
        results.slice(0, PAGE_SIZE).map(async (result) => ({
          result,
          url: new URL((await result.data()).url, location.href).pathname,
        })),
      );
      if (id !== searchId) return;
      results = [...pinFirst(head, pinned).map((h) => h.result), ...results.slice(PAGE_SIZE)];
    }
    listed = 0;
    list.replaceChildren();
    list.classList.toggle('invisible', results.length > 0);
    revealFirstScreen = () => id === searchId && list.classList.remove('invisible');
    listMore();
    summary.textContent = describe(results.length);
    if (countsWanted) showCounts(found.filters);
    if (results.length === 0 && query !== '' && !onlyStopWords(query)) await suggest(id, query);
  };

  const urlFor = (state: typeof current) => {
    const params = new URLSearchParams(writeSearchState(state));
    if (state.sort) params.set('sort', state.sort);
    const text = params.toString();
    return `${location.pathname}${text ? `?${text}` : ''}`;
  };

  /** A new filter or order is a step the back button undoes; each keystroke is not. */
  const update = (change: Partial<typeof current>, step: 'push' | 'replace') => {
    current = { ...current, ...change };
    const url = urlFor(current);
    if (url !== `${location.pathname}${location.search}`) {
      if (step === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void search();
  };

  const chosenFilters = (): Filters => {
    const chosen: Filters = {};
    for (const box of checkboxes) if (box.checked) (chosen[filterOf(box)] ??= []).push(box.value);
    return chosen;
  };

  const openFilters = async () => {
    if (countsWanted) return;
    countsWanted = true;
    // Counts for the whole archive, until a search gives the counts for its own results.
    const totals = await (await load()).filters();
    if (current.query === '' && Object.keys(current.filters).length === 0) showCounts(totals);
    else void search();
  };

  const restore = () => {
    const { query, filters } = readSearchState(location.search, filterValues);
    const sort = new URLSearchParams(location.search).get('sort') ?? '';
    current = { query, filters, sort: parseSort(sort) ? sort : '' };
    input.value = query;
    sortSelect.value = current.sort;
    for (const box of checkboxes) box.checked = filters[filterOf(box)]?.includes(box.value) ?? false;
    // An address that names filters opens them, with their counts.
    if (Object.keys(filters).length > 0 && !filterPane.open) filterPane.open = true;
    void search();
  };

  form.addEventListener('focusin', () => void load(), { once: true });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ query: input.value }, 'replace'), INPUT_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update({ query: input.value }, 'replace');
  });
  sortSelect.addEventListener('change', () => update({ sort: sortSelect.value }, 'push'));
  filterPane.addEventListener('change', () => update({ filters: chosenFilters() }, 'push'));
  filterPane.addEventListener('toggle', () => {
    if (filterPane.open) void openFilters();
  });
  more.addEventListener('click', listMore);
  window.addEventListener('popstate', restore);
  restore();
}
