import { describe, expect, it } from 'vitest';
import { pageDates } from '../../../core/extract/published-dates';
import { indexMeta } from '../../../core/extract/meta-tags';
import { articleNode, readJsonLd } from '../../../core/extract/json-ld';
import { linkedomDocument, NOW } from './dom';

function datesOf(head: string, body: string, text = '') {
  const doc = linkedomDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  return pageDates({ doc, meta: indexMeta(doc), article: articleNode(readJsonLd(doc)), readabilityPublished: null, bylines: [], text, now: NOW });
}

describe('pageDates', () => {
  it('prefers JSON-LD to meta tags and meta tags to <time>', () => {
    expect(
      datesOf(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-02T10:00:00Z","dateModified":"2022-01-03T10:00:00Z"}</script><meta property="article:published_time" content="2021-01-01T00:00:00Z">',
        '<time datetime="2020-01-01">1 Jan 2020</time>',
      ),
    ).toEqual({ publishedAt: '2022-01-02T10:00:00.000Z', modifiedAt: '2022-01-03T10:00:00.000Z' });
    expect(datesOf('<meta property="article:published_time" content="2021-01-01T00:00:00Z">', '<time datetime="2020-01-01">x</time>').publishedAt).toBe(
      '2021-01-01T00:00:00.000Z',
    );
  });

  it('falls through a garbage date to the next source', () => {
    expect(
      datesOf('<meta property="article:published_time" content="1744-01-01"><meta name="date" content="2099-01-01">', '<p><time datetime="2019-04-02T08:00:00+02:00">2 April 2019</time></p>')
        .publishedAt,
    ).toBe('2019-04-02T06:00:00.000Z');
  });

  it('prefers a <time> marked as the publication date over teaser times', () => {
    expect(datesOf('', '<aside><time datetime="2023-05-01">teaser</time></aside><time itemprop="datePublished" datetime="2023-04-01">main</time>').publishedAt).toBe('2023-04-01');
  });

  it('reads the date sharing a block with the author name', () => {
    expect(datesOf('', '<div class="post-head"><h6><a class="author-link">Carrie Arnold</a></h6><p><em>November 15, 2019</em></p></div>').publishedAt).toBe('2019-11-15');
  });

  it('reads a prose date near the top of the text only next to a publication word', () => {
    expect(datesOf('', '<p>x</p>', 'Titre\nPubliziert am 25. September 2018\nText').publishedAt).toBe('2018-09-25');
    expect(datesOf('', '<p>x</p>', 'Titre\nThe storm hit on 25 September 2018 and left.').publishedAt).toBeNull();
  });
});
