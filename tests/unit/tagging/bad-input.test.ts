import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../core/tagging/index';
import { fakeInput } from './factory';

describe('bad input gives no tag or a low-confidence one, never an exception', () => {
  it('handles an unknown site with nothing to go on', () => {
    expect(tagArticle(fakeInput({ url: 'https://unknown.example.net/p?id=1', title: 'Hello', text: 'Hello world.' }))).toEqual({
      edition: null,
      themes: [],
    });
  });

  it('handles empty fields and unparsable URLs', () => {
    expect(tagArticle(fakeInput({ url: '', canonicalUrl: '', title: '', text: '', excerpt: '' }))).toEqual({ edition: null, themes: [] });
    expect(tagArticle(fakeInput({ url: 'not a url', canonicalUrl: 'http://[::1', title: 'x' }))).toEqual({ edition: null, themes: [] });
    expect(tagArticle(fakeInput({ url: 'https://lepetitjournal.com/%E0%A4%A/x', canonicalUrl: 'https://lepetitjournal.com/%E0%A4%A/x' })).edition).toBeNull();
  });

  it('tags a 5 MB text quickly, reading only its opening', () => {
    const para = 'The council voted on the new budget for schools and hospitals in the city. ';
    const text = `MADRID (AFP) — ${para.repeat(Math.ceil((5 * 1024 * 1024) / para.length))}`;
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    tagArticle(fakeInput({ title: 'warm-up', text: 'x' }));
    const started = performance.now();
    const tags = tagArticle(fakeInput({ title: 'Budget vote', text }));
    const ms = performance.now() - started;
    expect(tags.edition?.id).toBe('madrid');
    expect(ms).toBeLessThan(250);
  });

  it('gives no lexicon themes for a language without a lexicon', () => {
    const tags = tagArticle(fakeInput({ lang: 'fi', title: 'Kaupunginvaltuusto äänesti budjetista', text: 'Valtuusto hyväksyi talousarvion.' }));
    expect(tags.themes).toEqual([]);
  });

  it('shrugs off JSON-LD leftovers in text and metadata', () => {
    const leftovers = '{"@context":"https://schema.org","@type":"NewsArticle","contentLocation":{"@type":"Place","name":';
    const tags = tagArticle(
      fakeInput({
        title: leftovers,
        excerpt: '}}]}',
        text: `${leftovers}\n${'{'.repeat(1000)}`,
        places: [leftovers, '', '{}', 'x'.repeat(5000)],
        section: '[object Object]',
        keywords: ['', '{"@type":"Thing"}', 'x'.repeat(10_000)],
      }),
    );
    expect(tags.edition).toBeNull();
    for (const t of tags.themes) expect(t.confidence).toBeLessThanOrEqual(0.9);
  });

  it('survives non-string values smuggled into arrays', () => {
    const input = fakeInput({ title: 'Madrid', places: [null, 42, { name: 'Madrid' }] as unknown as string[], keywords: [undefined, 7] as unknown as string[] });
    expect(() => tagArticle(input)).not.toThrow();
  });

  it('gives confidences within 0..1', () => {
    const tags = tagArticle(
      fakeInput({
        section: 'Sport',
        keywords: ['football', 'league'],
        title: 'Football league final in Madrid',
        text: 'MADRID (AFP) — The football league final was played. The coach and the team celebrated the goal with fans.',
      }),
    );
    expect(tags.edition).not.toBeNull();
    for (const c of [tags.edition?.confidence ?? 0, ...tags.themes.map((t) => t.confidence)]) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});
