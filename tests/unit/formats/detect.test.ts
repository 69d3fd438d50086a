import { describe, expect, it } from 'vitest';
import { collectBytes } from '../../../core/formats/collect';
import { detectFormat } from '../../../core/formats/detect';
import { importFile } from '../../../core/formats/import-file';
import { writeZip } from '../../../core/formats/zip-write';
import { FIXED_NOW, fixedClock, jsdomEnv } from './helpers';

describe('detectFormat', () => {
  it.each([
    ['{"format":"kiosque","version":1,"articles":[],"collections":[]}', 'kiosque-json'],
    ['\uFEFF  {\n "format": "kiosque"}', 'kiosque-json'],
    ['title,url,time_added,cursor,tags,status\n', 'pocket-csv'],
    ['URL,Status,Title\n', 'pocket-csv'],
    ['URL,Title,Selection,Folder,Timestamp\n', 'instapaper-csv'],
    ['<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p></DL>', 'netscape-html'],
    ['<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1></body></html>', 'pocket-html'],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
    expect(detectFormat(new TextEncoder().encode(text))).toBe(format);
  });

  it('uses the file name only to break ties', () => {
    const bare = '<html><body><h1>Unread</h1><ul></ul></body></html>';
    expect(() => detectFormat(bare)).toThrow(/neither/);
    expect(detectFormat(bare, 'ril_export.html')).toBe('pocket-html');
    // A misleading name does not override the content.
    expect(detectFormat('URL,Title,Selection,Folder,Timestamp\n', 'part_000000.csv')).toBe('instapaper-csv');
  });

  it('looks inside zips', async () => {
    const zip = (names: string[]) => collectBytes(writeZip(names.map((name) => ({ name, data: name.endsWith('.json') ? '[]' : 'url\n' })), FIXED_NOW));
    expect(detectFormat(await zip(['export/metadata_0_to_20.json', 'export/content/a.html']))).toBe('omnivore-zip');
    expect(detectFormat(await zip(['part_000000.csv', 'part_000001.csv']))).toBe('pocket-csv');
  });

  it('lets the reader override detection', () => {
    // The Folder column makes this look like Instapaper; the reader's choice of Pocket wins and reads Status.
    const text = 'URL,Title,Folder,Timestamp,Status\nhttps://a.example,A,Madrid,1700000000,x\n';
    expect(detectFormat(text)).toBe('instapaper-csv');
    const forced = importFile(text, { dom: jsdomEnv(), now: fixedClock, format: 'pocket-csv' });
    expect(forced.report.failed).toEqual([{ where: 'line 2', reason: 'unknown status "x"' }]);
  });
});
