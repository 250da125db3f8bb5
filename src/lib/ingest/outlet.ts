// Outlet names a page states outside its metadata: copyright lines and the URL's host.

/** `https://www.example-post.com/a/b` → `example-post.com`; null for no usable host. */
export function outletFromHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/^(?:www\d?|m|amp|mobile|edition|news)\./, '');
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) && !/^\d+(?:\.\d+){3}$/.test(host) ? host : null;
}

// "© 2025 The Example Post. All rights reserved." / "Copyright 2025 Example Media Ltd"
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(.+?)(?:[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés)\.?)?$/i;

/** The holder named on a copyright line, or null when the line is not one. */
export function outletFromCopyright(text: string): string | null {
  if (text.length > 120) return null;
  const m = COPYRIGHT.exec(text.trim());
  const name = m?.[1]?.replace(/[.,;|]+$/, '').trim();
  if (!name || name.split(/\s+/).length > 6 || /^(?:all rights|the author|author|\d+)$/i.test(name)) return null;
  return name;
}

/** A copyright line at all (with or without a usable holder). */
export function isCopyrightLine(text: string): boolean {
  const line = text.trim();
  // No sentence of an article opens with ©: a long imprint after it ("© Publisher | Street | Phone …") is one too.
  if (line.startsWith('©')) return line.length <= 320;
  return line.length <= 160 && /^(?:\(c\)\s|copyright\b)/i.test(line);
}
