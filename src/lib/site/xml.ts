// XML helpers: the sitemap is written by hand (every value through `escapeXml`), the feed by @astrojs/rss.
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

/** Drops what XML 1.0 forbids: C0 controls but tab and newlines, lone surrogates, U+FFFE and U+FFFF. */
export function xmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Absolute URL of a site path; feeds need them. SITE_URL sets the origin (default: the local preview). */
export function absoluteUrl(pathname: string, site: URL | undefined): string {
  return new URL(pathname, site ?? 'http://localhost:4321/').href;
}

/** The publication date as a Date for RSS (midnight UTC for a bare day); null when unknown. */
export function publishedDate(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
