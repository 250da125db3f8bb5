// Feeds and sitemaps are written by hand; every value goes through `escapeXml`.
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

/** Absolute URL of a site path; feeds need them. SITE_URL sets the origin (default: the local preview). */
export function absoluteUrl(pathname: string, site: URL | undefined): string {
  return new URL(pathname, site ?? 'http://localhost:4321/').href;
}

/** RFC 822 date for RSS from an ISO date; null when unknown. */
export function rfc822(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date.toUTCString();
}
