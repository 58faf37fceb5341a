/**
 * The search page's only script: loads Pagefind's Component UI and keeps the query, filters and
 * order in the URL, so a search can be shared, reloaded, and restored by the back button.
 */
import { parseSort, readSearchState, writeSearchState } from '../lib/search.ts';

type Filters = Record<string, string[]>;

interface PagefindInstance {
  searchSort?: Record<string, 'asc' | 'desc'> | undefined;
  /** Pagefind's name for listing what the filters match when there is no query. */
  faceted: boolean;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  on(event: 'search', callback: (term: string, filters: Filters | undefined) => void): void;
  on(event: 'filters', callback: () => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

export function startSearchPage(): void {
  const root = document.getElementById('search');
  const sortSelect = document.getElementById('search-sort-select');
  if (!root || !(sortSelect instanceof HTMLSelectElement)) return;
  const filterValues = JSON.parse(root.dataset['filterValues'] ?? '{}') as Record<string, string[]>;
  // Pagefind's Component UI is a module script earlier in the page, so it has run by now.
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;

  let current = { query: '', filters: {} as Filters, sort: '' };
  let restoring = false;
  let searched = false;

  const urlFor = (state: typeof current) => {
    const search = new URLSearchParams(writeSearchState(state));
    if (state.sort) search.set('sort', state.sort);
    const text = search.toString();
    return `${location.pathname}${text ? `?${text}` : ''}`;
  };

  // In its faceted mode Pagefind lists what the filters match for an empty query, but it also lists
  // everything as soon as its index loads. So the mode is turned on just after the index has come in
  // (the filters event), or before loading when the address itself asks for filters without a query.
  instance.on('filters', () => {
    setTimeout(() => {
      instance.faceted = true;
    });
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
    if (query === '' && Object.keys(filters).length > 0) instance.faceted = true;
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
