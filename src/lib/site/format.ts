// Human-readable labels for dates and counts.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-08-09` or a date-time → `9 August 2025`; anything else is shown as given. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** `9 Aug 2025`: for dense places (sidebars, axis labels); coarser dates stay as given. */
export function formatShortDate(iso: string | null): string {
  const long = formatDate(iso);
  return long.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/, (m) => m.slice(0, 3));
}

/** The span of publication dates: `8–9 August 2025`, `30 July – 9 August 2025`, or one date. */
export function formatDateRange(isos: readonly (string | null)[]): string | null {
  const days = isos.filter((d): d is string => !!d).map((d) => d.slice(0, 10)).sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  if (first === last) return formatDate(first);
  const [a, b] = [formatDate(first).split(' '), formatDate(last).split(' ')];
  if (a.length === 3 && b.length === 3 && a[2] === b[2]) {
    return a[1] === b[1] ? `${a[0]}–${b.join(' ')}` : `${a[0]} ${a[1]} – ${b.join(' ')}`;
  }
  return `${formatDate(first)} – ${formatDate(last)}`;
}
