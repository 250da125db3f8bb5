// Client-side search over the Pagefind index, with type and source filters and ?q= in the URL.

interface PagefindResultData {
  url: string;
  excerpt: string;
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

const FILTER_KEYS = ['type', 'source', 'story'] as const;

/** Pagefind excerpts are HTML; keep only their text and <mark> highlights so nothing else can run or render. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
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

function renderFilters(form: HTMLFormElement, available: Record<string, Record<string, number>>, chosen: URLSearchParams): void {
  for (const key of FILTER_KEYS) {
    const fieldset = form.querySelector<HTMLFieldSetElement>(`#filters-${key}`);
    const values = Object.keys(available[key] ?? {}).sort();
    if (!fieldset || values.length === 0) continue;
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
  }
}

export async function startSearch(baseUrl: string): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  const params = new URLSearchParams(location.search);
  renderFilters(form, await pagefind.filters(), params);
  input.value = params.get('q') ?? '';

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const filters = selectedFilters(form);
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [key, values] of Object.entries(filters)) for (const v of values) url.searchParams.append(key, v);
    history.replaceState(null, '', url);
    const ticket = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type a word to search.';
      return;
    }
    const search = await pagefind.search(query || null, { filters });
    const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`;
    list.replaceChildren(
      ...data.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta['title'] ?? result.url;
        const meta = document.createElement('div');
        meta.className = 'meta';
        meta.textContent = [result.filters['type']?.[0], result.meta['source']].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, meta, excerpt);
        return item;
      }),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  if (input.value || FILTER_KEYS.some((k) => params.has(k))) await run();
}
