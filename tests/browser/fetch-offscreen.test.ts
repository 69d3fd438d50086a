import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleOffscreenExtract } from '../../lib/fetch/offscreen-page';
import { articlePage } from './support/fetch-env';

function own(): { id: string; url: string } {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
}

describe('offscreen extractor', () => {
  it('extracts fetched HTML with the clipper pipeline and sanitises it', () => {
    const html = articlePage('Le tram revient à Madrid').replace(
      '</article>',
      '<p><img src="x" onerror="window.__pwned = true">Image</p><script>window.__pwned = true</script></article>',
    );
    const result = handleOffscreenExtract({ html, url: 'https://www.lepetitjournal.com/madrid/tram' }, own());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article).toMatchObject({ kind: 'article', title: 'Le tram revient à Madrid', lang: 'fr' });
    expect(result.article.html).not.toMatch(/onerror|<script/i);
  });

  it('answers only the extension itself', () => {
    const result = handleOffscreenExtract(
      { html: articlePage('Titre'), url: 'https://a.example/' },
      { id: 'another-extension', url: 'chrome-extension://another-extension/bg.js' },
    );
    expect(result).toEqual({ ok: false, error: { code: 'extraction-failed', message: expect.stringContaining('Only Kiosque') } });
  });

  it('refuses a payload of the wrong shape, and a page address that is not a web address', () => {
    for (const data of [null, 'html', { html: 1, url: 'https://a.example/' }, { html: '<p>x</p>' }]) {
      expect(handleOffscreenExtract(data, own())).toMatchObject({ ok: false, error: { code: 'extraction-failed' } });
    }
    expect(handleOffscreenExtract({ html: articlePage('Titre'), url: 'javascript:alert(1)' }, own())).toMatchObject({
      ok: false,
      error: { code: 'extraction-failed' },
    });
  });
});
