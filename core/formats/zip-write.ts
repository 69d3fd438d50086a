/**
 * A streaming zip writer: each entry is compressed and yielded as soon as it
 * arrives, and only the small central directory is kept until the end, so a
 * 10,000-article export never holds the whole archive in memory.
 * Written by hand rather than with fflate's `Zip` because EPUB needs the
 * `mimetype` entry with its sizes in the local header and no data
 * descriptor, which the streaming fflate writer does not produce.
 */
import { deflateSync, strToU8 } from 'fflate';
import { KiosqueError } from '../errors';
import { crc32 } from './crc32';

export interface ZipEntryInput {
  name: string;
  data: Uint8Array | string;
  /** Store uncompressed (EPUB's mimetype must be). */
  store?: boolean;
}

interface CentralRecord {
  name: Uint8Array;
  crc: number;
  compressedSize: number;
  size: number;
  method: number;
  offset: number;
}

const MAX_ZIP32 = 0xffffffff;

function dosDateTime(ms: number): { date: number; time: number } {
  const d = new Date(ms);
  const year = Math.max(1980, Math.min(2107, d.getUTCFullYear()));
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

export async function* writeZip(
  entries: Iterable<ZipEntryInput> | AsyncIterable<ZipEntryInput>,
  modifiedAt: number,
): AsyncGenerator<Uint8Array> {
  const { date, time } = dosDateTime(modifiedAt);
  const records: CentralRecord[] = [];
  const names = new Set<string>();
  let offset = 0;

  for await (const entry of entries) {
    if (names.has(entry.name)) throw new KiosqueError('invalid-input', `Duplicate zip entry: ${entry.name}`);
    names.add(entry.name);
    const raw = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
    const method = entry.store ? 0 : 8;
    const body = method === 0 ? raw : deflateSync(raw, { level: 6 });
    const name = strToU8(entry.name);
    const crc = crc32(raw);
    if (offset + body.length > MAX_ZIP32 || records.length >= 0xffff) {
      throw new KiosqueError('invalid-input', 'Export too large for a zip file (4 GB / 65,535 entries)');
    }
    const header = new Uint8Array(30 + name.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    // Bit 11: names are UTF-8 (article titles are not ASCII).
    v.setUint16(6, 0x0800, true);
    v.setUint16(8, method, true);
    v.setUint16(10, time, true);
    v.setUint16(12, date, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, body.length, true);
    v.setUint32(22, raw.length, true);
    v.setUint16(26, name.length, true);
    v.setUint16(28, 0, true);
    header.set(name, 30);
    records.push({ name, crc, compressedSize: body.length, size: raw.length, method, offset });
    offset += header.length + body.length;
    yield header;
    yield body;
  }

  let dirSize = 0;
  const dirStart = offset;
  for (const r of records) {
    const rec = new Uint8Array(46 + r.name.length);
    const v = new DataView(rec.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, 0x0800, true);
    v.setUint16(10, r.method, true);
    v.setUint16(12, time, true);
    v.setUint16(14, date, true);
    v.setUint32(16, r.crc, true);
    v.setUint32(20, r.compressedSize, true);
    v.setUint32(24, r.size, true);
    v.setUint16(28, r.name.length, true);
    v.setUint32(42, r.offset, true);
    rec.set(r.name, 46);
    dirSize += rec.length;
    yield rec;
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, records.length, true);
  v.setUint16(10, records.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, dirStart, true);
  yield end;
}
