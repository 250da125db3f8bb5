// Places timeline events on a drawn time axis: each event spans the period its date covers
// (a day, a month, a decade), long empty stretches become axis breaks, overlapping marks stack.
import type { TimelineEvent } from '../timeline/types.ts';

/** A period in fractional years: 2025-07 is [2025.5, 2025.583). */
export interface Period {
  start: number;
  end: number;
}

export type MarkShape = 'point' | 'span';

export interface AxisMark {
  /** The first event the mark stands for (events on the same date share one mark). */
  id: number;
  /** 1-based positions in the chronological list of the events the mark stands for. */
  numbers: number[];
  /** What the mark shows: `4`, or `11–15` for several events on one date. */
  label: string;
  x: number;
  width: number;
  lane: number;
  shape: MarkShape;
  precision: TimelineEvent['precision'];
  /** Drawn with an open end: "before 1925". */
  open?: 'before' | 'after';
}

export interface AxisTick {
  x: number;
  label: string;
  /** Labels at a segment's start carry the year; finer ticks only the month or day. */
  major: boolean;
}

export interface AxisSegment {
  x: number;
  width: number;
}

export interface AxisLayout {
  width: number;
  lanes: number;
  marks: AxisMark[];
  ticks: AxisTick[];
  segments: AxisSegment[];
  /** Events whose date cannot be placed (PAST_REF, unresolved X's). */
  unplaced: number[];
}

const DAY = 1 / 365.25;
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const yearOf = (year: number, month = 1, day = 1) => year + (MONTH_STARTS[month - 1]! + day - 1) / 365.25;

/** The period a TimeML date value covers, before any modifier; null when it names no placeable time. */
export function periodOf(value: string): Period | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const start = yearOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return { start, end: start + DAY };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const start = Number(m[1]) + ((Number(m[2]) - 1) * 7) / 365.25;
    return { start, end: start + 7 * DAY };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    return { start: yearOf(year, month), end: month === 12 ? year + 1 : yearOf(year, month + 1) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const start = yearOf(Number(m[1]), SEASON_MONTH[m[2]!]!);
    return { start, end: start + 0.25 };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const start = Number(m[1]) + (Number(m[2]) - 1) / 4;
    return { start, end: start + 0.25 };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: Number(m[1]), end: Number(m[1]) + 1 };
  if ((m = /^(\d{3})X$/.exec(value))) return { start: Number(m[1]) * 10, end: Number(m[1]) * 10 + 10 };
  if ((m = /^(\d{2})XX$/.exec(value))) return { start: Number(m[1]) * 100, end: Number(m[1]) * 100 + 100 };
  return null;
}

/** Narrows a period by a TimeML modifier: "late 2024" is the last third of 2024. */
export function applyMod(period: Period, mod: TimelineEvent['mod']): Period {
  const third = (period.end - period.start) / 3;
  switch (mod) {
    case 'START':
      return { start: period.start, end: period.start + third };
    case 'MID':
      return { start: period.start + third, end: period.end - third };
    case 'END':
      return { start: period.end - third, end: period.end };
    case 'BEFORE':
      return { start: period.start, end: period.start };
    case 'AFTER':
      return { start: period.end, end: period.end };
    default:
      return period;
  }
}

export interface AxisOptions {
  width: number;
  /** Marks closer than this (in px) share a lane only if they do not overlap. */
  markSize: number;
  /** A gap longer than this share of the whole span (and at least two years) breaks the axis. */
  breakShare: number;
  /** Narrowest a segment may be drawn. */
  minSegment: number;
  /** Space between segments, where the break is drawn. */
  gap: number;
  /** Labels closer than this (px) to the one before are dropped. */
  tickGap: number;
  /** The story's latest date (ISO): periods running past it ("2025", told in August) are cut there. */
  now?: string | null;
}

const DEFAULTS: AxisOptions = { width: 960, markSize: 22, breakShare: 0.15, minSegment: 110, gap: 28, tickGap: 44 };

interface Placed {
  event: TimelineEvent;
  numbers: number[];
  period: Period;
}

/** `11–15` for a run, `3, 7` otherwise. */
function numbersLabel(numbers: readonly number[]): string {
  const first = numbers[0]!;
  const last = numbers.at(-1)!;
  if (numbers.length > 2 && last - first === numbers.length - 1) return `${first}–${last}`;
  return numbers.join(', ');
}

/** Splits the sorted periods where nothing happens for a long stretch. */
function splitSegments(placed: readonly Placed[], breakShare: number): Placed[][] {
  const span = Math.max(...placed.map((p) => p.period.end)) - Math.min(...placed.map((p) => p.period.start));
  const threshold = Math.max(2, span * breakShare);
  const segments: Placed[][] = [];
  let reach = -Infinity;
  for (const item of [...placed].sort((a, b) => a.period.start - b.period.start || a.numbers[0]! - b.numbers[0]!)) {
    if (segments.length === 0 || item.period.start - reach > threshold) segments.push([]);
    segments.at(-1)!.push(item);
    reach = Math.max(reach, item.period.end);
  }
  return segments;
}

function ticksFor(start: number, end: number, x: (t: number) => number): AxisTick[] {
  const span = end - start;
  const ticks: AxisTick[] = [];
  if (span < 1 / 24) return [{ x: x(start), label: String(Math.floor(start + 1e-9)), major: true }];
  if (span >= 1.5) {
    const step = span > 60 ? 20 : span > 25 ? 10 : span > 8 ? 5 : 1;
    for (let year = Math.ceil(start / step) * step; year <= end; year += step) ticks.push({ x: x(year), label: String(year), major: true });
  } else {
    const first = Math.ceil(start * 12 - 1e-9);
    const step = span > 0.75 ? 3 : 1;
    for (let m = first; m / 12 <= end + 1e-9; m += 1) {
      const year = Math.floor(m / 12);
      const month = m - year * 12;
      if (month % step !== 0 && month !== 0) continue;
      ticks.push({ x: x(m / 12), label: month === 0 ? `${MONTHS_SHORT[0]} ${year}` : MONTHS_SHORT[month]!, major: month === 0 });
    }
  }
  if (ticks.length === 0) ticks.push({ x: x(start), label: String(Math.floor(start)), major: true });
  else if (!ticks.some((t) => t.major)) ticks[0] = { ...ticks[0]!, label: `${ticks[0]!.label} ${Math.floor(start + 1e-9)}`, major: true };
  return ticks;
}

/**
 * Lays the events out on an axis `width` px wide. Segments get room in proportion to how many
 * events they hold; inside a segment, position is linear in time.
 */
export function layoutAxis(events: readonly TimelineEvent[], options: Partial<AxisOptions> = {}): AxisLayout {
  const o = { ...DEFAULTS, ...options };
  const placed: Placed[] = [];
  const unplaced: number[] = [];
  const now = o.now ? periodOf(o.now.slice(0, 10))?.end : undefined;
  events.forEach((event, i) => {
    const period = periodOf(event.date);
    if (!period) {
      unplaced.push(event.id);
      return;
    }
    const modded = applyMod(period, event.mod);
    const clipped = now !== undefined && modded.start < now && modded.end > now ? { ...modded, end: now } : modded;
    // Events on the same date (and modifier) share one mark.
    const same = placed.find((p) => p.event.date === event.date && p.event.mod === event.mod);
    if (same) same.numbers.push(i + 1);
    else placed.push({ event, numbers: [i + 1], period: clipped });
  });
  if (placed.length === 0) return { width: o.width, lanes: 0, marks: [], ticks: [], segments: [], unplaced };

  const groups = splitSegments(placed, o.breakShare);
  // A point grows to fit its label ("11–15"); the widest one sets the margin at both ends.
  const sizeOf = (label: string) => Math.max(o.markSize, 8 + 7 * label.length);
  const edge = Math.max(...placed.map((p) => sizeOf(numbersLabel(p.numbers))));
  const usable = o.width - o.gap * (groups.length - 1) - edge;
  const weights = groups.map((g) => g.length + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let widths = weights.map((w) => Math.max(o.minSegment, (usable * w) / total));
  const scale = usable / widths.reduce((a, b) => a + b, 0);
  widths = widths.map((w) => w * scale);

  const marks: AxisMark[] = [];
  const ticks: AxisTick[] = [];
  const segments: AxisSegment[] = [];
  const laneEnds: number[] = [];
  let left = edge / 2;
  groups.forEach((group, g) => {
    const width = widths[g]!;
    const start = Math.min(...group.map((p) => p.period.start));
    const end = Math.max(...group.map((p) => p.period.end));
    const span = end - start;
    const x = (t: number) => (span === 0 ? left + width / 2 : left + ((t - start) / span) * width);
    segments.push({ x: round(left), width: round(width) });
    ticks.push(...ticksFor(start, end, x));
    for (const { event, numbers, period } of group) {
      const label = numbersLabel(numbers);
      const size = sizeOf(label);
      const x0 = x(period.start);
      const x1 = x(period.end);
      const isPoint = x1 - x0 < size;
      const markX = isPoint ? (x0 + x1) / 2 - size / 2 : x0;
      const markWidth = isPoint ? size : x1 - x0;
      let lane = laneEnds.findIndex((reach) => reach + 2 <= markX);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = markX + markWidth;
      marks.push({
        id: event.id,
        numbers,
        label,
        x: round(markX),
        width: round(markWidth),
        lane,
        shape: isPoint ? 'point' : 'span',
        precision: event.precision,
        ...(event.mod === 'BEFORE' ? { open: 'before' as const } : event.mod === 'AFTER' ? { open: 'after' as const } : {}),
      });
    }
    left += width + o.gap;
  });
  return { width: o.width, lanes: laneEnds.length, marks, ticks: spaced(ticks, o.tickGap).map((t) => ({ ...t, x: round(t.x) })), segments, unplaced };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Keeps tick labels apart; a segment's first (major) label wins over a crowded neighbour. */
function spaced(ticks: readonly AxisTick[], gap: number): AxisTick[] {
  const kept: AxisTick[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    if (!last || tick.x - last.x >= gap) kept.push(tick);
    else if (tick.major && !last.major) kept[kept.length - 1] = tick;
  }
  return kept;
}
