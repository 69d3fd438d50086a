/** Growable byte buffer with unsigned LEB128 varints, and FNV-1a checksums. */

export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  varint(value: number): void {
    if (this.length + 8 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads varints; `null` signals a truncated or overlong value (corruption). */
export class ByteReader {
  offset = 0;
  constructor(private readonly data: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.data.length;
  }

  varint(): number | null {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 7; i++) {
      const byte = this.data[this.offset++];
      if (byte === undefined) return null;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
    return null;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a(bytes: Uint8Array, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i] as number;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

export function fnv1aStrings(strings: readonly string[], seed = FNV_OFFSET): number {
  let hash = seed;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) {
      hash ^= s.charCodeAt(i);
      hash = Math.imul(hash, FNV_PRIME);
    }
    // A separator so ['ab', 'c'] and ['a', 'bc'] differ.
    hash ^= 0xffff;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

export function fnv1aNumbers(numbers: ArrayLike<number>, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i] as number;
    hash ^= n & 0xffff;
    hash = Math.imul(hash, FNV_PRIME);
    hash ^= Math.floor(n / 0x10000) & 0xffff;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
