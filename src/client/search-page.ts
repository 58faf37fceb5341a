/**
 * The search page's only script: drives Pagefind's Component UI, keeps the query, filters and order
 * in the URL (so a search can be shared, reloaded, and restored by the back button), and loads the
 * filters' counts only when the reader opens the filters.
 */
import { orderByDate, parseSort, readSearchState, writeSearchState, type DateOrder } from '../lib/search.ts';

type Filters = Record<string, string[]>;

type FilterCounts = Record<string, Record<string, number>>;

interface SearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's search API (pagefind.js), as far as this page uses it. */
interface PagefindSearch {
  search(term: string | null, options: SearchOptions): Promise<{ results: Array<{ id: string }> } | null>;
  filters(): Promise<FilterCounts>;
}
interface PagefindModule {
  createInstance(options: object): PagefindSearch & { init(): Promise<void> };
}

/**
 * The Component UI's instance. Three of its fields are not documented API (`__pagefind__`,
 * `pagefindOptions`, `availableFilters`); Pagefind is pinned to 1.6.0 and the browser tests cover
 * filters, counts and the bytes of a first search, so a change there fails the suite, not the reader.
 */
interface PagefindInstance {
  __pagefind__?: PagefindSearch;
  pagefindOptions?: object;
  availableFilters: FilterCounts | null;
  totalFilters: FilterCounts | null;
  searchSort?: Record<string, 'asc' | 'desc'> | undefined;
  /** Pagefind's name for listing what the filters match when there is no query. */
  faceted: boolean;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  on(event: 'search', callback: (term: string, filters: Filters | undefined) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

/**
 * On loading its index the Component UI asks at once for every filter's counts, which fetches every
 * filter's index (66 KB at 10,000 texts) before the first result. It is handed instead a search that
 * loads Pagefind when the reader first focuses the field or searches, as the Component UI would, and
 * whose counts are empty until the filters are opened; a search itself fetches only the filter
 * indexes it uses. The date order comes from its own file, fetched when a reader first asks for it.
 */
function deferFilterCounts(instance: PagefindInstance, bundle: string, dateOrderUrl: string) {
  let loaded: Promise<PagefindSearch> | undefined;
  // Loading starts when the reader focuses the field, and goes as far as the index's metadata and
  // WebAssembly, so that they arrive while the reader types rather than after the input delay.
  const load = () =>
    (loaded ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>).then(async (module) => {
      const pagefind = module.createInstance(instance.pagefindOptions ?? {});
      await pagefind.init();
      return pagefind;
    }));
  let dateOrder: Promise<DateOrder> | undefined;
  const loadDateOrder = () =>
    (dateOrder ??= fetch(dateOrderUrl).then((response) => response.json() as Promise<DateOrder>));
  let wanted = false;
  instance.__pagefind__ = {
    search: async (term, { sort, ...options }) => {
      const direction = sort?.['date'];
      if (!direction) return (await load()).search(term, options);
      const [response, order] = await Promise.all([(await load()).search(term, options), loadDateOrder()]);
      return response && { ...response, results: orderByDate(response.results, order, direction) };
    },
    filters: async () => (wanted ? (await load()).filters() : {}),
  };
  const loadFilterCounts = async () => {
    if (wanted) return;
    wanted = true;
    const counts = await (await load()).filters();
    instance.availableFilters = counts;
    instance.totalFilters = counts;
  };
  return { load, loadFilterCounts };
}

export function startSearchPage(): void {
  const root = document.getElementById('search');
  const sortSelect = document.getElementById('search-sort-select');
  const filterPane = document.getElementById('search-filters');
  if (!root || !(sortSelect instanceof HTMLSelectElement) || !(filterPane instanceof HTMLDetailsElement)) return;
  const filterValues = JSON.parse(root.dataset['filterValues'] ?? '{}') as Record<string, string[]>;
  // Pagefind's Component UI is a module script earlier in the page, so it has run by now.
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;
  const { load, loadFilterCounts } = deferFilterCounts(
    instance,
    root.dataset['bundle'] ?? '/pagefind/',
    root.dataset['dateOrder'] ?? '',
  );
  root.addEventListener('focusin', () => void load(), { once: true });
  // Since the search above lists nothing by itself when its index loads, Pagefind's faceted mode
  // (what the filters match, for an empty query) is safe from the start.
  instance.faceted = true;

  let current = { query: '', filters: {} as Filters, sort: '' };
  let restoring = false;
  let searched = false;

  const urlFor = (state: typeof current) => {
    const search = new URLSearchParams(writeSearchState(state));
    if (state.sort) search.set('sort', state.sort);
    const text = search.toString();
    return `${location.pathname}${text ? `?${text}` : ''}`;
  };

  const openFilters = async () => {
    await loadFilterCounts();
    // The counts come with the next search's results: run the current one again.
    instance.triggerSearchWithFilters(current.query, current.filters);
  };
  filterPane.addEventListener('toggle', () => {
    if (filterPane.open) void openFilters();
  });

  const restore = () => {
    const { query, filters } = readSearchState(location.search, filterValues);
    const sort = new URLSearchParams(location.search).get('sort') ?? '';
    current = { query, filters: structuredClone(filters), sort: parseSort(sort) ? sort : '' };
    sortSelect.value = current.sort;
    instance.searchSort = parseSort(current.sort);
    const input = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (input && input.value !== query) input.value = query;
    // An empty search waits for the reader: Pagefind's index and WebAssembly load on the first query.
    if (query === '' && Object.keys(filters).length === 0 && !searched) return;
    searched = true;
    // An address that names filters opens them, with their counts.
    if (Object.keys(filters).length > 0 && !filterPane.open) filterPane.open = true;
    restoring = true;
    instance.triggerSearchWithFilters(query, filters);
    restoring = false;
  };

  instance.on('search', (term, filters = {}) => {
    searched = true;
    if (restoring) return;
    const filtersChanged =
      writeSearchState({ query: '', filters }) !== writeSearchState({ query: '', filters: current.filters });
    // A copy: Pagefind changes its filters object in place when the next filter is chosen.
    current = { ...current, query: term, filters: structuredClone(filters) };
    const url = urlFor(current);
    if (url === `${location.pathname}${location.search}`) return;
    // A new filter is a step the back button should undo; each keystroke is not.
    if (filtersChanged) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });

  sortSelect.addEventListener('change', () => {
    current = { ...current, sort: sortSelect.value };
    instance.searchSort = parseSort(current.sort);
    history.pushState(null, '', urlFor(current));
    instance.triggerSearchWithFilters(current.query, current.filters);
  });

  window.addEventListener('popstate', restore);
  restore();
}
