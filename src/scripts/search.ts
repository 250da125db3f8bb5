// Client-side search over the Pagefind index, with type and source filters and ?q= in the URL.
// Each result links to the sentence (or section) where the words were found: Pagefind records every
// element with an id as an anchor with its word position, and source pages give each sentence `s<n>`.

interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
interface PagefindResultData {
  url: string;
  content: string;
  raw_content?: string;
  excerpt: string;
  locations: number[];
  anchors: PagefindAnchor[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Filters offered on the page, in this order; each is a `data-pagefind-filter` name. */
const FILTER_KEYS: readonly string[] = ['type', 'source', 'story'];
const RESULTS = 30;
const HITS_PER_RESULT = 3;
/** Words of context around a match when the passage is longer than a sentence. */
const CONTEXT_WORDS = 14;
/** Pagefind's own word boundaries, so word positions line up with its `locations`. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

export interface Hit {
  /** The anchor the words fall under (`s12`, `key-points`), or null before the first one. */
  anchor: string | null;
  words: Array<{ text: string; match: boolean }>;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Groups matched word positions by the anchor (sentence, section) they fall in, best-placed first. */
export function hitsOf(data: Pick<PagefindResultData, 'content' | 'locations' | 'anchors'>, max = HITS_PER_RESULT): Hit[] {
  const words = data.content.split(WORD_SEPARATORS);
  const anchors = data.anchors.filter((a) => a.id).sort((a, b) => a.location - b.location);
  const groups = new Map<number, number[]>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    let owner = -1;
    for (let i = 0; i < anchors.length && anchors[i]!.location <= location; i++) owner = i;
    groups.set(owner, [...(groups.get(owner) ?? []), location]);
  }
  return [...groups].slice(0, max).map(([owner, locations]) => {
    const from = owner >= 0 ? anchors[owner]!.location : 0;
    const to = anchors[owner + 1]?.location ?? words.length;
    const start = Math.max(from, locations[0]! - CONTEXT_WORDS);
    const end = Math.min(to, locations.at(-1)! + CONTEXT_WORDS + 1);
    const matched = new Set(locations);
    return {
      anchor: owner >= 0 ? anchors[owner]!.id : null,
      words: words.slice(start, end).map((text, i) => ({ text, match: matched.has(start + i) })),
      clippedStart: start > from,
      clippedEnd: end < to,
    };
  });
}

function withAnchor(url: string, anchor: string | null): string {
  return anchor ? `${url.split('#')[0]}#${encodeURIComponent(anchor)}` : url;
}

/** A passage as text nodes and <mark>s only: article text never becomes markup. */
function passageNodes(hit: Hit): Node[] {
  const nodes: Node[] = [];
  if (hit.clippedStart) nodes.push(document.createTextNode('… '));
  hit.words.forEach((word, i) => {
    if (i > 0) nodes.push(document.createTextNode(' '));
    if (word.match) {
      const mark = document.createElement('mark');
      mark.textContent = word.text;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(word.text));
    }
  });
  if (hit.clippedEnd) nodes.push(document.createTextNode(' …'));
  return nodes;
}

function selectedFilters(form: HTMLFormElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="filter-${key}"]:checked`)).map((i) => i.value);
    if (values.length > 0) filters[key] = values;
  }
  return filters;
}

/** A fieldset per filter key with values: the page's own (`#filters-<key>`) or one made here. */
function renderFilters(form: HTMLFormElement, available: Record<string, Record<string, number>>, chosen: URLSearchParams): void {
  const container = form.querySelector<HTMLDetailsElement>('#search-filters');
  for (const key of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {}).sort();
    if (values.length === 0) continue;
    let fieldset = form.querySelector<HTMLFieldSetElement>(`#filters-${key}`);
    if (!fieldset) {
      fieldset = document.createElement('fieldset');
      fieldset.id = `filters-${key}`;
      fieldset.className = 'filters';
      const legend = document.createElement('legend');
      legend.className = 'meta';
      legend.textContent = key.charAt(0).toUpperCase() + key.slice(1);
      fieldset.append(legend);
      (container ?? form).append(fieldset);
    }
    for (const value of values) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = `filter-${key}`;
      input.value = value;
      input.checked = chosen.getAll(key).includes(value);
      label.append(input, ` ${value}`);
      fieldset.append(label);
    }
    fieldset.hidden = false;
    if (container) container.hidden = false;
  }
  // Open on wide screens or when a filter is already chosen; folded on phones.
  if (container) container.open = matchMedia('(min-width: 40rem)').matches || FILTER_KEYS.some((k) => chosen.has(k));
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const hits = hitsOf({ content: result.raw_content ? unescapeContent(result.raw_content) : result.content, locations: result.locations, anchors: result.anchors });
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'result-title';
  link.href = withAnchor(result.url, hits[0]?.anchor ?? null);
  link.textContent = result.meta['title'] ?? result.url;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = [result.filters['type']?.[0], result.meta['source']].filter(Boolean).join(' · ');
  const list = document.createElement('ol');
  list.className = 'result-hits';
  for (const hit of hits) {
    const entry = document.createElement('li');
    const passage = document.createElement('a');
    passage.href = withAnchor(result.url, hit.anchor);
    passage.append(...passageNodes(hit));
    entry.append(passage);
    list.append(entry);
  }
  item.append(link, meta, list);
  return item;
}

/** `raw_content` escapes < and > so its words line up with `locations`; show them as typed. */
function unescapeContent(raw: string): string {
  return raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Arrow keys move between result links; ArrowUp from the first returns to the box. */
function enableKeyboard(input: HTMLInputElement, list: HTMLOListElement): void {
  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>('a'));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links()[0]) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });
}

export async function startSearch(baseUrl: string): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const help = document.querySelector<HTMLElement>('#search-help');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  status.hidden = false;
  if (help) help.hidden = false;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  const params = new URLSearchParams(location.search);
  renderFilters(form, await pagefind.filters(), params);
  // What was typed while the index loaded is kept; otherwise the query comes from ?q=.
  if (!input.value) input.value = params.get('q') ?? '';
  enableKeyboard(input, list);

  let latest = 0;
  let shownFor: string | null = null;
  let pending: Promise<void> = Promise.resolve();
  const run = async () => {
    const query = input.value.trim();
    const filters = selectedFilters(form);
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [key, values] of Object.entries(filters)) for (const v of values) url.searchParams.append(key, v);
    history.replaceState(null, '', url);
    // The same search again (a keystroke that changed nothing) keeps the list, and the focus in it.
    const key = url.search;
    if (key === shownFor) return;
    const ticket = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type a word to search.';
      shownFor = key;
      return;
    }
    const search = await pagefind.search(query || null, { filters });
    const data = await Promise.all(search.results.slice(0, RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    const count = search.results.length;
    status.textContent = `${count} result${count === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`;
    list.replaceChildren(...data.map(renderResult));
    shownFor = key;
  };
  const schedule = () => {
    pending = run();
    return pending;
  };
  // Enter opens the first result (once the search for what was typed has finished).
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void pending.then(async () => {
      if (!list.querySelector('a')) await schedule();
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) location.assign(first.href);
    });
  });
  input.addEventListener('input', () => void schedule());
  form.addEventListener('change', () => void schedule());
  if (input.value || FILTER_KEYS.some((k) => params.has(k))) await schedule();
}
