// Dates printed in a seed ("Saturday, 09 August 2025 11:24 AM", "Aug. 9, 2025", "2025-08-09")
// → ISO 8601. A time is kept only when its zone is known; otherwise just the date.

const ENGLISH_MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

// Month names of the other languages seeds come in, written out in full (Polish, Russian and Ukrainian
// in the genitive, as in "28 kwietnia 2021", "15 августа 2016"): a date line in German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Russian or Ukrainian is a date line too. Only used with a day
// number and a four-digit year around them.
const OTHER_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['januar jänner janvier enero gennaio janeiro januari stycznia января січня', 1],
    ['februar feber février fevrier febrero febbraio fevereiro februari lutego февраля лютого', 2],
    ['märz maerz mars marzo março maart marca mär mrz марта березня', 3],
    ['avril abril aprile kwietnia апреля квітня', 4],
    ['mai mayo maggio maio mei maja мая травня', 5],
    ['juni juin junio giugno junho czerwca июня червня', 6],
    ['juli juillet julio luglio julho lipca июля липня', 7],
    ['august août aout agosto augustus sierpnia августа серпня', 8],
    ['septembre septiembre setiembre settembre setembro września wrzesnia сентября вересня', 9],
    ['oktober octobre octubre ottobre outubro października pazdziernika okt октября жовтня', 10],
    ['novembre noviembre novembro listopada ноября листопада', 11],
    ['dezember décembre decembre diciembre dicembre dezembro grudnia dez декабря грудня', 12],
  ].flatMap(([names, month]) => String(names).split(' ').map((name) => [name, Number(month)])),
);

const MONTHS: Record<string, number> = { ...OTHER_MONTHS, ...ENGLISH_MONTHS };

// Unambiguous zone abbreviations only (IST, CST-as-China etc. are left out on purpose).
const ZONES: Record<string, string> = {
  Z: '+00:00', GMT: '+00:00', UTC: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00',
  EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Longest first, so that "marzo" is not read as "mar".
const ANY_MONTH = `(${Object.keys(OTHER_MONTHS).sort((a, b) => b.length - a.length).join('|')}|${MONTH.slice(1, -1)})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, pick: (m) => [g(m, 1), g(m, 2), g(m, 3)] },
  // "9 August 2025", "5. Oktober 2013", "4 de mayo de 2022", "28 kwietnia 2021".
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\.?\\s+(?:de\\s+)?${ANY_MONTH}\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'iu'), pick: (m) => [g(m, 3), g(m, 2), g(m, 1)] },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), pick: (m) => [g(m, 3), g(m, 1), g(m, 2)] },
  // "05.01.2020": dots are how day-first countries write a date; slashes may be either order.
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, pick: (m) => [g(m, 3), g(m, 2), g(m, 1)] },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, pick: (m) => numericDayMonth(m) },
  { re: /\b(\d{4})\/(\d{2})\/(\d{2})\b/, pick: (m) => [g(m, 1), g(m, 2), g(m, 3)] },
  // 2025年8月29日 (Japanese, Chinese), 2025년 8월 29일 (Korean).
  { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/, pick: (m) => [g(m, 1), g(m, 2), g(m, 3)] },
];
const TIME = /\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap])?\.?\s*(?:m\b\.?)?/i;
const ZONE = /(?:\b(GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}):?(\d{2})\b|\b(Z|[A-Z]{3,4})\b)/;
const WEEKDAY =
  /(?<![\p{L}])(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mo|di|mi|do|fr|sa|so)(?![\p{L}])\.?/giu;
const FILLER = /\b(published|updated|last updated|first published|posted|date|on|at|am|pm|a\.m|p\.m|time|hrs?|um|uhr|le|el|de|del|il|op|om|h)\b\.?/gi;

export interface FoundDate {
  iso: string | null;
  start: number;
  end: number;
}

function g(m: RegExpExecArray, i: number): string {
  return m[i] ?? '';
}

function numericDayMonth(m: RegExpExecArray): [string, string, string] {
  const a = Number(g(m, 1));
  const b = Number(g(m, 2));
  // d/m vs m/d is only safe when one side cannot be a month.
  if (a > 12 && b <= 12) return [g(m, 3), g(m, 2), g(m, 1)];
  if (b > 12 && a <= 12) return [g(m, 3), g(m, 1), g(m, 2)];
  return [g(m, 3), '0', '0'];
}

/** The first calendar date in the text, as YYYY-MM-DD (iso null when ambiguous or invalid). */
export function findDate(text: string): FoundDate | null {
  let best: { m: RegExpExecArray; parts: [string, string, string] } | null = null;
  for (const { re, pick } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.m.index)) best = { m, parts: pick(m) };
  }
  if (!best) return null;
  const [y, mo, d] = best.parts;
  const month = /^\d+$/.test(mo) ? Number(mo) : (MONTHS[mo.toLowerCase()] ?? 0);
  return { iso: isoDate(Number(y), month, Number(d)), start: best.m.index, end: best.m.index + best.m[0].length };
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * If the whole line is a date stamp (optionally with weekday, time, zone, "Published"),
 * returns its ISO value (null when unreadable); returns undefined for any other line.
 */
export function parseDateLine(line: string): string | null | undefined {
  if (line.length > 80) return undefined;
  const stamp = parseIsoStamp(line.replace(/^\s*(?:published|updated|posted|date)\s*:?\s*/i, ''));
  if (stamp !== undefined) return stamp;
  const found = findDate(line);
  if (!found) return undefined;
  let rest = line.slice(0, found.start) + ' ' + line.slice(found.end);
  const time = TIME.exec(rest);
  let clock: string | null = null;
  if (time) {
    clock = toClock(time);
    rest = rest.slice(0, time.index) + ' ' + rest.slice(time.index + time[0].length);
  }
  const zoneMatch = ZONE.exec(rest);
  let offset: string | null = null;
  if (zoneMatch) {
    offset = toOffset(zoneMatch);
    if (offset !== null) rest = rest.slice(0, zoneMatch.index) + ' ' + rest.slice(zoneMatch.index + zoneMatch[0].length);
  }
  rest = rest.replace(WEEKDAY, ' ').replace(FILLER, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return undefined;
  return combine(found.iso, clock, offset);
}

function toClock(m: RegExpExecArray): string | null {
  let hour = Number(g(m, 1));
  const minute = Number(g(m, 2));
  const second = Number(m[3] ?? '0');
  const half = (m[4] ?? '').toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

function toOffset(m: RegExpExecArray): string | null {
  if (m[1]) return m[2] ? normalizeOffset(m[2]) : '+00:00';
  if (m[3]) return `${m[3]}:${g(m, 4)}`;
  return ZONES[g(m, 5)] ?? null;
}

function normalizeOffset(raw: string): string | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(raw);
  if (!m) return null;
  return `${g(m, 1)}${pad(Number(g(m, 2)))}:${m[3] ?? '00'}`;
}

function combine(date: string | null, clock: string | null, offset: string | null): string | null {
  if (date === null) return null;
  return clock !== null && offset !== null ? `${date}T${clock}${offset}` : date;
}

/** Normalises a machine date (meta tags, JSON-LD, frontmatter) to our ISO form; null if unreadable. */
export function normalizeIsoDate(value: string): string | null {
  const stamp = parseIsoStamp(value);
  if (stamp !== undefined) return stamp;
  return parseDateLine(value.trim()) ?? null;
}

/** A machine timestamp; undefined when the text is not one. */
function parseIsoStamp(value: string): string | null | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return undefined;
  const date = isoDate(Number(g(m, 1)), Number(g(m, 2)), Number(g(m, 3)));
  if (date === null || m[4] === undefined) return date;
  const zone = m[7];
  if (zone === undefined) return date;
  const offset = zone === 'Z' ? '+00:00' : normalizeOffset(zone);
  return combine(date, `${g(m, 4)}:${g(m, 5)}:${m[6] ?? '00'}`, offset);
}
