// The subset of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
// byte and text strings, arrays and maps. Encoding is canonical (shortest length forms).

export type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24; // 0: 1 byte, 1: 2 bytes, 2: 4 bytes, 3: 8 bytes
    const start = offset;
    offset += 1 << size;
    if (size === 0) return view.getUint8(start);
    if (size === 1) return view.getUint16(start);
    if (size === 2) return view.getUint32(start);
    if (size === 3) return Number(view.getBigUint64(start));
    throw new Error(`CBOR: unsupported length encoding ${info} at byte ${start - 1}`);
  };
  const item = (): CborValue => {
    const head = view.getUint8(offset++);
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        offset += n;
        return bytes.slice(offset - n, offset);
      case 3:
        offset += n;
        return new TextDecoder().decode(bytes.subarray(offset - n, offset));
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${offset - 1}`);
    }
  };
  const value = item();
  if (offset !== bytes.length) throw new Error(`CBOR: ${bytes.length - offset} trailing bytes`);
  return value;
}

function head(major: number, n: number): number[] {
  if (n < 24) return [(major << 5) | n];
  if (n < 0x100) return [(major << 5) | 24, n];
  if (n < 0x10000) return [(major << 5) | 25, n >> 8, n & 0xff];
  if (n < 0x100000000) return [(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  const big = BigInt(n);
  return [(major << 5) | 27, ...Array.from({ length: 8 }, (_, i) => Number((big >> BigInt(56 - 8 * i)) & 0xffn))];
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const put = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error('CBOR: only integers are supported');
      out.push(...(v >= 0 ? head(0, v) : head(1, -1 - v)));
    } else if (typeof v === 'string') {
      const text = new TextEncoder().encode(v);
      out.push(...head(3, text.length), ...text);
    } else if (v instanceof Uint8Array) {
      out.push(...head(2, v.length), ...v);
    } else if (Array.isArray(v)) {
      out.push(...head(4, v.length));
      v.forEach(put);
    } else {
      out.push(...head(5, v.size));
      for (const [key, item] of v) {
        put(key);
        put(item);
      }
    }
  };
  put(value);
  return Uint8Array.from(out);
}
