import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32 } from '../../../core/formats/crc32';
import { describe, expect, it } from 'vitest';
import { KiosqueError } from '../../../core/errors';
import { collectBytes } from '../../../core/formats/collect';
import { IMPORT_LIMITS } from '../../../core/formats/limits';
import { openZip } from '../../../core/formats/zip-read';
import { writeZip, type ZipEntryInput } from '../../../core/formats/zip-write';
import { FIXED_NOW } from './helpers';

const makeZip = (entries: ZipEntryInput[]): Promise<Uint8Array> => collectBytes(writeZip(entries, FIXED_NOW));

function expectImportFailure(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KiosqueError);
    expect((error as KiosqueError).code).toBe('import-failed');
    expect((error as KiosqueError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected a KiosqueError');
}

/** Rewrites the declared uncompressed size of the first entry (local header and central directory). */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  view.setUint32(22, size, true);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
      break;
    }
  }
  return copy;
}

describe('crc32', () => {
  it('matches the standard check value and fflate on every tail length', () => {
    expect(crc32(strToU8('123456789')).toString(16)).toBe('cbf43926');
    const data = new Uint8Array(5000).map((_, i) => (i * 31) & 255);
    for (const n of [0, 1, 7, 8, 9, 15, 16, 17, 4999]) {
      const part = data.subarray(1, 1 + n);
      const zip = zipSync({ a: [part, { level: 0 }] });
      expect(crc32(part)).toBe(new DataView(zip.buffer).getUint32(14, true));
    }
  });
});

describe('zip writer', () => {
  it('writes archives another reader opens, with UTF-8 names', async () => {
    const zip = await makeZip([
      { name: 'mimetype', data: 'application/epub+zip', store: true },
      { name: 'dossier/Métro de Madrid 🚇.md', data: '# Hola\n'.repeat(100) },
    ]);
    const files = unzipSync(zip);
    expect(new TextDecoder().decode(files['mimetype'])).toBe('application/epub+zip');
    expect(new TextDecoder().decode(files['dossier/Métro de Madrid 🚇.md'])).toBe('# Hola\n'.repeat(100));
  });

  it('refuses duplicate names', async () => {
    await expect(makeZip([{ name: 'a', data: '1' }, { name: 'a', data: '2' }])).rejects.toThrow(/Duplicate/);
  });
});

describe('zip reader', () => {
  it('reads back what the writer wrote', async () => {
    const zip = openZip(await makeZip([{ name: 'part_000000.csv', data: 'url\nhttps://a.example\n' }, { name: 'dir/', data: '' }]));
    expect(zip.names).toEqual(['part_000000.csv']);
    expect(zip.readText('part_000000.csv')).toBe('url\nhttps://a.example\n');
  });

  it.each(['../evil.csv', 'a/../../evil.csv', '/etc/passwd', 'C:/Windows/evil.csv', 'content\\evil.html'])(
    'rejects the unsafe entry name %j before reading anything',
    async (name) => {
      const bytes = await makeZip([{ name, data: 'x' }]);
      expectImportFailure(() => openZip(bytes), /unsafe path/);
    },
  );

  it('rejects a zip bomb from its compression ratio without inflating', async () => {
    const bytes = await makeZip([{ name: 'bomb.csv', data: new Uint8Array(5 * 1024 * 1024) }]);
    expect(bytes.length).toBeLessThan(100_000);
    expectImportFailure(() => openZip(bytes), /zip bomb/);
  });

  it('stops inflating an entry that lies about its size', async () => {
    const honest = await makeZip([{ name: 'liar.csv', data: new Uint8Array(2 * 1024 * 1024).fill(65) }]);
    const zip = openZip(lieAboutSize(honest, 1000));
    expectImportFailure(() => zip.read('liar.csv'), /declared size/);
  });

  it('caps the total uncompressed size and the entry count', async () => {
    const bytes = await makeZip([
      { name: 'a.csv', data: 'x'.repeat(600) },
      { name: 'b.csv', data: 'y'.repeat(600) },
    ]);
    expectImportFailure(() => openZip(bytes, { ...IMPORT_LIMITS, maxUncompressedBytes: 1000 }), /inflates to more than/);
    expectImportFailure(() => openZip(bytes, { ...IMPORT_LIMITS, maxZipEntries: 1 }), /2 entries/);
  });

  it('rejects truncated and damaged archives', async () => {
    const bytes = await makeZip([{ name: 'a.csv', data: 'url\nhttps://a.example\n'.repeat(50) }]);
    expectImportFailure(() => openZip(bytes.subarray(0, bytes.length - 30)), /truncated|damaged/);
    expectImportFailure(() => openZip(bytes.subarray(0, 10)), /truncated/);
    const corrupted = bytes.slice();
    corrupted[40] = corrupted[40]! ^ 0xff;
    expectImportFailure(() => openZip(corrupted).read('a.csv'), /damaged|inflated/);
  });

  it('rejects a lying compressed stream that is not deflate', async () => {
    const bytes = await makeZip([{ name: 'a.csv', data: deflateSync(strToU8('hello')), store: true }]);
    // Flip the method to deflate while the data stays stored bytes of another stream's header.
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint16(8, 8, true);
    for (let i = copy.length - 22; i >= 0; i--) {
      if (new DataView(copy.buffer).getUint32(i, true) === 0x02014b50) {
        new DataView(copy.buffer).setUint16(i + 10, 8, true);
        break;
      }
    }
    expectImportFailure(() => openZip(copy).read('a.csv'), /damaged|inflat|declared/);
  });
});
