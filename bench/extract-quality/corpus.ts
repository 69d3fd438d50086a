/** Loads the shared corpora (../shared/corpora beside the checkout). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { KiosqueError } from '../../core/errors';

export interface AebPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

export interface MetadataPage {
  slug: string;
  html: string;
  expected: Record<string, string | boolean | null>;
}

export function corporaRoot(repoRoot: string): string {
  const root = path.resolve(repoRoot, '../shared/corpora');
  if (!existsSync(path.join(root, 'aeb', 'ground-truth.json'))) {
    throw new KiosqueError('not-found', `shared corpora not found at ${root}`);
  }
  return root;
}

export function loadAeb(root: string, limit = Infinity): AebPage[] {
  const truth = JSON.parse(readFileSync(path.join(root, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .map((id) => {
      const entry = truth[id];
      if (!entry) throw new KiosqueError('not-found', `no ground truth for ${id}`);
      const html = gunzipSync(readFileSync(path.join(root, 'aeb', 'html', `${id}.html.gz`))).toString('utf8');
      return { id, url: entry.url, truth: entry.articleBody, html };
    });
}

export function loadMetadataPages(root: string): MetadataPage[] {
  const dir = path.join(root, 'readability-pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => ({
      slug,
      html: readFileSync(path.join(dir, slug, 'source.html'), 'utf8').trim(),
      expected: JSON.parse(readFileSync(path.join(dir, slug, 'expected-metadata.json'), 'utf8')) as Record<
        string,
        string | boolean | null
      >,
    }));
}
