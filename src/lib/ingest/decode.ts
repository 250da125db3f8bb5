// Bytes → text: pick the encoding, refuse what is not text, normalise newlines and Unicode.
import { SeedError } from './errors.ts';

export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const MB = 1024 * 1024;

/** Throws SeedError for files that are too big, empty or binary. */
export function decodeSeed(bytes: Uint8Array): Decoded {
  checkSize(bytes.length);
  if (bytes.length === 0) throw new SeedError('is empty');
  const warnings: string[] = [];
  const { encoding, start } = sniffEncoding(bytes);
  if (encoding === 'utf-8') rejectBinary(bytes);
  let text: string;
  let used: string = encoding;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    } catch {
      const lossy = new TextDecoder('utf-8').decode(bytes.subarray(start));
      if (mostlyUtf8(lossy)) {
        // A UTF-8 page with a stray byte or two (a pasted Windows-1252 quote): read as another
        // charset, all its accented text would turn to mojibake.
        text = lossy;
        warnings.push('not valid UTF-8 in a few places; decoded as UTF-8 with those bytes replaced');
      } else {
        // A page that declares its charset (GBK, Shift_JIS, EUC-KR…) is read in it; otherwise
        // old CMS exports are often Windows-1252, and decoding beats rejecting a real article.
        const declared = declaredCharset(bytes);
        used = declared ?? 'windows-1252';
        text = new TextDecoder(used).decode(bytes);
        warnings.push(`not valid UTF-8; decoded as ${used}${declared ? ' (declared by the page)' : ''}`);
      }
    }
  } else {
    text = new TextDecoder(encoding).decode(bytes.subarray(start));
    if (start === 0) warnings.push(`no byte order mark; decoded as ${encoding} from its NUL pattern`);
    rejectControlText(text);
  }
  text = normalizeText(text);
  if (text.trim() === '') throw new SeedError('is empty');
  return { text, encoding: used, warnings };
}

export function checkSize(size: number): void {
  if (size > MAX_SEED_BYTES) {
    // Rounded MB can equal the limit (5 MB + 1 byte is "5.0 MB"); then the exact bytes say it.
    const shown = (size / MB).toFixed(1);
    const amount = Number(shown) * MB > MAX_SEED_BYTES ? `${shown} MB` : `${size.toLocaleString('en-US')} bytes`;
    throw new SeedError(`is ${amount}, over the ${MAX_SEED_BYTES / MB} MB limit for one article`);
  }
}

/** CRLF/CR → LF, drop stray BOMs, compose to NFC so equal text compares equal. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\uFEFF/g, '').normalize('NFC');
}

/** Text decoded as UTF-8 whose non-ASCII characters are at least ten well-formed ones to each byte that was not. */
function mostlyUtf8(lossy: string): boolean {
  let bad = 0;
  let good = 0;
  for (const ch of lossy) {
    if (ch === '\uFFFD') bad++;
    else if (ch.charCodeAt(0) > 0x7f) good++;
  }
  return good >= 10 * bad;
}

/** The charset an HTML page declares in its first 4 KB (`<meta charset>` or http-equiv), if this runtime knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function sniffEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; start: number } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', start: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', start: 2 };
  // Without a BOM, ASCII-heavy UTF-16 shows NULs in every other byte.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  if (sample.length >= 4) {
    if (oddNul > half * 0.4 && evenNul < half * 0.05) return { encoding: 'utf-16le', start: 0 };
    if (evenNul > half * 0.4 && oddNul < half * 0.05) return { encoding: 'utf-16be', start: 0 };
  }
  return { encoding: 'utf-8', start: 0 };
}

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function rejectBinary(bytes: Uint8Array): void {
  for (const [kind, magic] of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) throw new SeedError(`looks like a binary file (${kind})`);
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    else if (isControl(byte)) control++;
  }
  if (nul > 0) throw new SeedError(`looks like a binary file (${nul} NUL byte${nul === 1 ? '' : 's'})`);
  if (control > Math.max(2, sample.length * 0.01)) {
    throw new SeedError(`looks like a binary file (${control} control bytes)`);
  }
}

function rejectControlText(text: string): void {
  let control = 0;
  for (let i = 0; i < Math.min(text.length, 65536); i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || isControl(code)) control++;
  }
  if (control > Math.max(2, Math.min(text.length, 65536) * 0.01)) {
    throw new SeedError(`looks like a binary file (${control} control characters after UTF-16 decoding)`);
  }
}

// Tab, LF, CR, form feed and ESC-free text is normal; other C0 codes are not.
function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
}
