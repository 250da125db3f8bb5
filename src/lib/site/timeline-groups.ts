// Groups timeline events for display: far-back coarse events by era, recent ones by month.
import type { TimelineEvent } from '../timeline/types.ts';
import { formatDate } from './format.ts';
import { describeTimex } from './timex.ts';

export interface TimelineGroup {
  label: string;
  events: TimelineEvent[];
}

function groupLabel(event: TimelineEvent): string {
  const year = /^(\d{4})/.exec(event.date)?.[1];
  if (event.precision === 'decade' || event.precision === 'century') {
    const era = describeTimex(event.date, event.mod);
    return era.charAt(0).toUpperCase() + era.slice(1);
  }
  if (!year) return 'Undated';
  if (event.mod === 'BEFORE') return `Before ${year}`;
  if (event.precision === 'year') return year;
  const month = /^(\d{4}-\d{2})/.exec(event.date)?.[1];
  return month ? formatDate(month) : year;
}

/** Consecutive events with the same label form one group; input order (chronological) is kept. */
export function groupTimeline(events: readonly TimelineEvent[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const event of events) {
    const label = groupLabel(event);
    const last = groups.at(-1);
    if (last && last.label === label) last.events.push(event);
    else groups.push({ label, events: [event] });
  }
  return groups;
}
