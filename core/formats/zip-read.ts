/**
 * A defensive zip reader for import files. Everything that can be checked
 * from the central directory (entry count, declared sizes, compression
 * ratio, entry names) is checked before a single byte is inflated; the
 * inflater then counts what it really produces, because declared sizes can
 * lie, and stops at the cap.
 */
import { Inflate, strFromU8 } from 'fflate';
import { KiosqueError } from '../errors';
import { crc32 } from './crc32';
import { IMPORT_LIMITS, type ImportLimits } from './limits';

interface DirEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  /** File entries (directories left out), in central-directory order. */
  names: string[];
  read(name: string): Uint8Array;
  readText(name: string): string;
}

const fail = (message: string, where?: string): KiosqueError =>
  new KiosqueError('import-failed', message, where === undefined ? undefined : { where });

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Rejects names that could escape the folder they are extracted to. */
export function checkEntryName(name: string): void {
  const bad =
    name === '' ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((segment) => segment === '..');
  if (bad) throw fail(`Zip entry with an unsafe path: ${JSON.stringify(name.slice(0, 200))}`, `entry ${name}`);
}

function findEndOfDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw fail('The zip file is truncated or damaged (no end of central directory)');
}

export function openZip(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): ZipArchive {
  if (bytes.length > limits.maxFileBytes) throw fail(`The file is larger than ${limits.maxFileBytes} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw fail('The zip file is truncated');
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw fail('Zip64 archives are not supported');
  if (count > limits.maxZipEntries) throw fail(`The zip has ${count} entries; the limit is ${limits.maxZipEntries}`);
  if (dirOffset + dirSize > eocd) throw fail('The zip file is truncated (central directory out of range)');

  const entries = new Map<string, DirEntry>();
  let declaredTotal = 0;
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw fail('The zip central directory is damaged');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    checkEntryName(name);
    if (name.endsWith('/')) continue;
    if (flags & 1) throw fail(`Encrypted zip entry: ${name}`, `entry ${name}`);
    if (method !== 0 && method !== 8) throw fail(`Unsupported compression method ${method}`, `entry ${name}`);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw fail('Zip64 entries are not supported', `entry ${name}`);
    if (size > limits.maxEntryBytes) throw fail(`Entry inflates to ${size} bytes; the limit is ${limits.maxEntryBytes}`, `entry ${name}`);
    if (size > 1024 * 1024 && size > compressedSize * limits.maxCompressionRatio) {
      throw fail(`Entry compresses ${Math.round(size / Math.max(1, compressedSize))}:1, which only a zip bomb does`, `entry ${name}`);
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxUncompressedBytes) {
      throw fail(`The zip inflates to more than ${limits.maxUncompressedBytes} bytes`);
    }
    if (entries.has(name)) throw fail(`Duplicate zip entry: ${name}`, `entry ${name}`);
    entries.set(name, { name, method, crc, compressedSize, size, localOffset });
  }

  let inflatedTotal = 0;
  const read = (name: string): Uint8Array => {
    const entry = entries.get(name);
    if (!entry) throw fail(`No entry ${name} in the zip`, `entry ${name}`);
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
      throw fail('The zip file is damaged (bad local header)', `entry ${name}`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw fail('The zip file is truncated', `entry ${name}`);
    const data = entry.method === 0 ? bytes.slice(start, end) : inflateCapped(bytes.subarray(start, end), entry);
    inflatedTotal += data.length;
    if (inflatedTotal > limits.maxUncompressedBytes) throw fail('The zip inflates to more than the size limit');
    if (data.length !== entry.size || crc32(data) !== entry.crc) {
      throw fail('The zip entry is damaged (size or checksum mismatch)', `entry ${name}`);
    }
    return data;
  };
  return { names: [...entries.keys()], read, readText: (name) => decodeText(read(name), `entry ${name}`) };
}

/** Inflates in slices and stops as soon as the output outgrows the declared size. */
function inflateCapped(input: Uint8Array, entry: DirEntry): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > entry.size) throw fail('Zip entry inflates past its declared size', `entry ${entry.name}`);
    chunks.push(chunk);
    if (final) finished = true;
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < input.length; i += step) {
      inflater.push(input.subarray(i, i + step), i + step >= input.length);
    }
    if (input.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof KiosqueError) throw error;
    throw fail(`Zip entry cannot be inflated: ${String(error)}`, `entry ${entry.name}`);
  }
  if (!finished && entry.size > 0) throw fail('Zip entry is truncated', `entry ${entry.name}`);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** UTF-8 with the BOM dropped; invalid sequences are an error, not U+FFFD soup. */
export function decodeText(bytes: Uint8Array, where: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw fail(`${where} is not UTF-8 text`, where);
  }
}
