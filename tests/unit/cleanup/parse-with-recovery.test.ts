import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { coverage, declaredBody, parseWithRecovery } from '../../../core/extract/cleanup/index';
import { documentOf } from './pipeline';

const LEDE =
  'The city council of Valencia approved on Monday a new plan for the old riverbed park, the largest green space in the city, after two years of public consultation with residents, sports clubs and schools. ' +
  'The plan keeps the park open at all hours, adds shade along the cycle paths and protects the orange groves at its eastern end, which had been threatened by a proposal for a car park near the port. ' +
  'It also sets aside money for new drinking fountains, benches and toilets along the whole length of the former river.';
const BODY = Array.from(
  { length: 8 },
  (_, i) =>
    `Section ${i + 1} of the plan explains how the works will be phased so that no part of the park closes for more than a few weeks at a time, and how neighbours will be told in advance through the district boards.`,
);

/** A lede Readability accepts (over 500 characters) and the body in a wrapper its class names mark as a sidebar. */
function page(declare: boolean): string {
  const body = BODY.map((p) => `<p>${p}</p>`).join('');
  const attr = declare ? ' itemprop="articleBody"' : '';
  return `<!DOCTYPE html><html><head><title>Valencia riverbed park plan</title></head><body>
    <article><h1>Valencia approves the riverbed park plan</h1><p class="lede">${LEDE}</p>
    <div class="story-sidebar-wrap"${attr}>${body}</div></article></body></html>`;
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('parseWithRecovery', () => {
  it('plain Readability keeps only the lede on this page (the case being fixed)', () => {
    const plain = new Readability(documentOf(page(true))).parse();
    expect(plain?.textContent).toContain('riverbed park');
    expect(plain?.textContent).not.toContain('Section 3 of the plan');
  });

  it('recovers the body the page declares when Readability kept only the lede', () => {
    const html = page(true);
    let copies = 0;
    const result = parseWithRecovery(documentOf(html), () => {
      copies++;
      return documentOf(html);
    });
    expect(copies).toBe(1);
    expect(text(result?.content)).toContain('Section 3 of the plan');
    expect(text(result?.content)).toContain('Section 8 of the plan');
  });

  it('does not retry when the page declares no body (no yardstick, no second parse)', () => {
    const html = page(false);
    const result = parseWithRecovery(documentOf(html), () => {
      throw new Error('no retry expected');
    });
    expect(text(result?.content)).not.toContain('Section 3 of the plan');
  });

  it('reads the declared body from JSON-LD, ignoring broken blocks', () => {
    const doc = documentOf(
      `<!DOCTYPE html><html><head><script type="application/ld+json">{broken</script>` +
        `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","articleBody":"Declared body text here."}]}</script>` +
        `</head><body><p>x</p></body></html>`,
    );
    expect(declaredBody(doc)).toBe('Declared body text here.');
  });

  it('scores coverage of the declared words, penalising additions', () => {
    const doc = documentOf('<!DOCTYPE html><html><body><div id="a">one two three four</div><div id="b">one two three four five six seven eight</div></body></html>');
    const a = doc.getElementById('a');
    const b = doc.getElementById('b');
    if (!a || !b) throw new Error('fixture markup lost');
    expect(coverage(a, 'one two three four')).toBe(1);
    expect(coverage(b, 'one two three four')).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(coverage(a, '')).toBe(0);
  });
});
