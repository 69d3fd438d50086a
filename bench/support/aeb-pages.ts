import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corporaDir } from '../../tests/e2e/support/paths.ts';

export interface CorpusPage {
  id: string;
  /** The page's original address; the benchmark serves it there. */
  url: string;
  html: string;
}

export const aebDir = path.join(corporaDir, 'aeb');

/** The 181 pages of the article-extraction benchmark, in index order. */
export function loadAebPages(limit = Infinity): CorpusPage[] {
  const index = path.join(aebDir, 'index.tsv');
  if (!existsSync(index)) {
    throw new Error(`Shared corpora not found: expected ${index} (../shared/corpora beside the checkout).`);
  }
  const [header, ...rows] = readFileSync(index, 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  const idAt = columns.indexOf('id');
  const urlAt = columns.indexOf('url');
  if (idAt < 0 || urlAt < 0) throw new Error(`${index} lacks the id or url column`);
  return rows.slice(0, limit).map((row) => {
    const cells = row.split('\t');
    const id = cells[idAt] ?? '';
    const url = cells[urlAt] ?? '';
    const html = gunzipSync(readFileSync(path.join(aebDir, 'html', `${id}.html.gz`))).toString('utf8');
    return { id, url, html };
  });
}
