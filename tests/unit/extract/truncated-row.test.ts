import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../lib/db/rows';
import { fakeExtracted } from '../../factories';

const tags = { edition: null, themes: [] };

function rowFor(truncated: boolean | undefined): ReturnType<typeof buildSummary> {
  const article = fakeExtracted(truncated === undefined ? {} : { truncated });
  return buildSummary({ id: 'a1', key: article.url, article, tags, previous: undefined, now: 1_700_000_000_000 });
}

describe('the truncated flag reaches the list row', () => {
  it('marks a row whose article the extractor cut', () => {
    expect(rowFor(true).truncated).toBe(true);
  });

  it('leaves whole articles unmarked, without an explicit false', () => {
    expect('truncated' in rowFor(undefined)).toBe(false);
    expect('truncated' in rowFor(false)).toBe(false);
  });
});
