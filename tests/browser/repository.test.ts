import { describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import type { ExtractedArticle, Tags } from '../../core/model';
import { emptyThemeModel } from '../../core/tagging';
import {
  getFullArticle,
  listSummaries,
  putBackArticle,
  removeArticle,
  saveExtracted,
  storageKey,
  updateSummary,
} from '../../lib/db/repository';
import type { KiosqueDb } from '../../lib/db/schema';
import { fakeEdition, fakeExtracted } from '../factories';
import { freshDb } from './support/kiosque-env';

const autoTags: Tags = { edition: fakeEdition(), themes: [{ id: 'travel-transport', source: 'text', confidence: 0.6 }] };

function save(db: KiosqueDb, article: ExtractedArticle, now = 1_000, tag = (existing: Tags | undefined) => existing ?? autoTags) {
  let n = 0;
  return saveExtracted(db, article, { now, newId: () => `new-${now}-${(n += 1)}`, tag });
}

async function rejection(promise: Promise<unknown>): Promise<KiosqueError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KiosqueError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const PAGE = 'https://lepetitjournal.com/madrid/actualites/metro-ligne-11-384512';

describe('saving by dedupe key', () => {
  it('stores one row for the same article reached through tracking links and fragments', async () => {
    const db = freshDb();
    const first = await save(db, fakeExtracted({ url: `${PAGE}?utm_source=newsletter&utm_medium=email`, canonicalUrl: PAGE }), 1_000);
    const second = await save(db, fakeExtracted({ url: `${PAGE}#comments`, canonicalUrl: `${PAGE}?fbclid=abc` }), 2_000);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.article.id).toBe(first.article.id);
    expect(await db.articles.count()).toBe(1);
    expect((await listSummaries(db))[0]?.url).toBe(PAGE);
  });

  it('keys on the page itself when a site points every canonical link at its home page', () => {
    expect(storageKey({ url: PAGE, canonicalUrl: 'https://lepetitjournal.com/' })).toBe(PAGE);
    expect(storageKey({ url: `${PAGE}?utm_campaign=x`, canonicalUrl: 'not a url' })).toBe(PAGE);
  });

  it('refreshes content, metadata and automatic tags but keeps the reader state on a second save', async () => {
    const db = freshDb();
    const { article } = await save(db, fakeExtracted({ url: PAGE, title: 'Old title', text: 'old text', wordCount: 2 }), 1_000);
    await updateSummary(db, article.id, () => ({ status: 'archived', favourite: true, labels: ['à lire'], notes: 'voir p. 2', progress: 0.4 }), 1_500);

    const retagged: Tags = { edition: fakeEdition({ id: 'international', country: '', kind: 'international' }), themes: [] };
    const again = await save(db, fakeExtracted({ url: PAGE, title: 'New title', text: 'new text here', wordCount: 3 }), 3_000, () => retagged);

    expect(again.article).toMatchObject({
      id: article.id,
      title: 'New title',
      status: 'archived',
      favourite: true,
      labels: ['à lire'],
      notes: 'voir p. 2',
      progress: 0.4,
      savedAt: 3_000,
      editionId: 'international',
      themeIds: [],
    });
    expect((await getFullArticle(db, article.id)).text).toBe('new text here');
  });

  it('passes the stored tags and model to the tagger, so user tags can be kept', async () => {
    const db = freshDb();
    const userTags: Tags = { edition: fakeEdition({ source: 'user' }), themes: [{ id: 'health', source: 'user', confidence: 1 }] };
    await save(db, fakeExtracted({ url: PAGE }), 1_000, () => userTags);
    const seen: Array<Tags | undefined> = [];
    await saveExtracted(db, fakeExtracted({ url: PAGE }), {
      now: 2_000,
      newId: () => 'unused',
      tag: (existing, model) => {
        seen.push(existing);
        expect(model).toEqual(emptyThemeModel());
        return existing ?? autoTags;
      },
    });
    expect(seen).toEqual([userTags]);
  });
});

describe('failures leave storage as it was', () => {
  it('writes nothing when the body write fails after the row write', async () => {
    const db = freshDb();
    const rowPut = vi.spyOn(db.articles, 'put');
    const put = vi.spyOn(db.bodies, 'put').mockRejectedValueOnce(new Error('disk on fire'));
    const error = await rejection(save(db, fakeExtracted({ url: PAGE })));
    // The row write really happened before the failure; the transaction undid it.
    expect(rowPut).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledTimes(1);
    expect(error.code).toBe('storage-failed');
    expect(error.message).toContain('disk on fire');
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
  });

  it('maps a quota error to quota-exceeded and keeps the earlier copy intact', async () => {
    const db = freshDb();
    const { article } = await save(db, fakeExtracted({ url: PAGE, title: 'Kept', text: 'kept text', wordCount: 2 }), 1_000);
    vi.spyOn(db.bodies, 'put').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));

    const error = await rejection(save(db, fakeExtracted({ url: PAGE, title: 'Lost', text: 'lost text', wordCount: 2 }), 2_000));

    expect(error.code).toBe('quota-exceeded');
    const stored = await getFullArticle(db, article.id);
    expect(stored.title).toBe('Kept');
    expect(stored.text).toBe('kept text');
    expect(stored.savedAt).toBe(1_000);
  });

  it('recognises a quota error wrapped by Dexie as the inner cause of an abort', async () => {
    const db = freshDb();
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    vi.spyOn(db.articles, 'put').mockRejectedValueOnce(abort);
    expect((await rejection(save(db, fakeExtracted({ url: PAGE })))).code).toBe('quota-exceeded');
  });
});

describe('list, get, delete, restore', () => {
  it('lists newest save first', async () => {
    const db = freshDb();
    await save(db, fakeExtracted({ url: 'https://www.thelocal.es/a', title: 'A' }), 1_000);
    await save(db, fakeExtracted({ url: 'https://www.thelocal.es/c', title: 'C' }), 3_000);
    await save(db, fakeExtracted({ url: 'https://www.thelocal.es/b', title: 'B' }), 2_000);
    expect((await listSummaries(db)).map((row) => row.title)).toEqual(['C', 'B', 'A']);
  });

  it('deletes a row with its body, returns the article, and restores it as it was', async () => {
    const db = freshDb();
    const { article } = await save(db, fakeExtracted({ url: PAGE, text: 'body text', wordCount: 2 }));
    const deleted = await removeArticle(db, article.id);
    expect(deleted).toMatchObject({ id: article.id, text: 'body text' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);

    await putBackArticle(db, deleted);
    const { places, ...stored } = deleted;
    expect(places).toEqual(fakeExtracted().places);
    expect(await getFullArticle(db, article.id)).toEqual(stored);
  });

  it('keeps the places the page stated across a delete and its undo, in the body row only', async () => {
    const db = freshDb();
    const { article } = await save(db, fakeExtracted({ url: PAGE, places: ['Madrid', 'Alcalá de Henares'] }));
    const deleted = await removeArticle(db, article.id);
    expect(deleted.places).toEqual(['Madrid', 'Alcalá de Henares']);

    await putBackArticle(db, deleted);
    expect((await db.bodies.get(article.id))?.places).toEqual(['Madrid', 'Alcalá de Henares']);
    expect(await db.articles.get(article.id)).not.toHaveProperty('places');
  });

  it('restores an article held from before places were handed back with the body it finds, or none', async () => {
    const db = freshDb();
    const { article } = await save(db, fakeExtracted({ url: PAGE, places: ['Madrid'] }));
    const { places: _dropped, ...withoutPlaces } = await removeArticle(db, article.id);
    await putBackArticle(db, withoutPlaces);
    expect((await db.bodies.get(article.id))?.places).toEqual([]);
  });

  it('restoring replaces a copy of the same page saved after the delete', async () => {
    const db = freshDb();
    const { article } = await save(db, fakeExtracted({ url: PAGE, title: 'Original' }), 1_000);
    const deleted = await removeArticle(db, article.id);
    const resaved = await save(db, fakeExtracted({ url: PAGE, title: 'Saved again' }), 2_000);
    expect(resaved.article.id).not.toBe(article.id);

    await putBackArticle(db, deleted);
    expect((await listSummaries(db)).map((row) => [row.id, row.title])).toEqual([[article.id, 'Original']]);
    expect(await db.bodies.count()).toBe(1);
  });

  it('answers not-found for unknown ids', async () => {
    const db = freshDb();
    expect((await rejection(getFullArticle(db, 'nope'))).code).toBe('not-found');
    expect((await rejection(removeArticle(db, 'nope'))).code).toBe('not-found');
    expect((await rejection(updateSummary(db, 'nope', () => ({}), 1))).code).toBe('not-found');
  });
});
