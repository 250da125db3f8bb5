// Every internal link goes through here so the site works under a sub-path (BASE_PATH).
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(pathname = ''): string {
  return base + pathname.replace(/^\/+/, '');
}

export function sourceHref(id: string, sentence?: number): string {
  return href(`sources/${encodeURIComponent(id)}/`) + (sentence === undefined ? '' : `#s${sentence}`);
}
