/**
 * What each rule must NOT remove: the near misses that make a rule general
 * rather than tuned to one page.
 */
import { describe, expect, it } from 'vitest';
import { cleanupAfterParse, cleanupBeforeParse, CLEANUP_RULES } from '../../../core/extract/cleanup/index';
import { bylinesDatelines } from '../../../core/extract/cleanup/bylines-datelines';
import { relatedTeasers } from '../../../core/extract/cleanup/related-teasers';
import type { CleanupRule } from '../../../core/extract/cleanup/rule';
import { shareBars } from '../../../core/extract/cleanup/share-bars';
import { documentOf } from './pipeline';

const url = new URL('https://news.example.org/2024/05/01/story');
const PROSE =
  'The regional council voted on Tuesday to extend the tram line to the new hospital, a project that residents had requested for years and that will cost about forty million euros.';

function afterParse(bodyHtml: string): string {
  const doc = documentOf(`<!DOCTYPE html><html><body><div id="content">${bodyHtml}</div></body></html>`);
  const content = doc.getElementById('content');
  if (!content) throw new Error('fixture markup lost its container');
  cleanupAfterParse(content, url);
  return (content.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One rule alone, so that no other rule can remove what it should. */
function ruleOnly(rule: CleanupRule, bodyHtml: string): string {
  const doc = documentOf(`<!DOCTYPE html><html><body><div id="content">${bodyHtml}</div></body></html>`);
  const content = doc.getElementById('content');
  if (!content) throw new Error('fixture markup lost its container');
  cleanupAfterParse(content, url, [rule]);
  return (content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const shareBarsOnly = (bodyHtml: string) => ruleOnly(shareBars, bodyHtml);

function beforeParse(bodyHtml: string): string {
  const doc = documentOf(`<!DOCTYPE html><html><body>${bodyHtml}</body></html>`);
  cleanupBeforeParse(doc, url);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('rules keep content that only looks like boilerplate', () => {
  it('keeps prose that names social networks', () => {
    const p = 'Facebook and WhatsApp were fined by the regulator after a two-year inquiry into data sharing.';
    expect(afterParse(`<p>${PROSE}</p><p>${p}</p>`)).toContain(p);
  });

  it('keeps list items that offer a sign-up (a deals list)', () => {
    const li = 'Sign up for the annual plan and get two months free';
    expect(afterParse(`<p>${PROSE}</p><ul><li>${li}</li><li>Cancel at any time</li></ul>`)).toContain(li);
  });

  it('keeps a line repeated far apart outside captions (recipes repeat)', () => {
    const line = 'Add one scoop of protein powder to the shake.';
    const between = `<p>${PROSE}</p>`.repeat(6);
    const text = afterParse(`<p>${line}</p>${between}<p>${line}</p>`);
    expect(text.split(line).length - 1).toBe(2);
  });

  it('keeps the date in a quoted post signature', () => {
    expect(afterParse(`<p>${PROSE}</p><blockquote><p>Quote</p>— City Hall (@cityhall) <a href="#">October 9, 2018</a></blockquote>`)).toContain(
      'October 9, 2018',
    );
  });

  it("keeps an event's date on an agenda page", () => {
    const html = `<div class="event-infos"><div class="event-date">Le samedi 18 novembre 2023 à 20:30</div></div><p>${PROSE}</p>`;
    expect(afterParse(html)).toContain('18 novembre 2023');
    expect(afterParse(`<div class="post-date">Le samedi 18 novembre 2023 à 20:30</div><p>${PROSE}</p>`)).not.toContain('18 novembre');
  });

  it('keeps footnote numbers', () => {
    expect(afterParse(`<p>${PROSE} (<a href="#n1">1</a>)</p>`)).toContain('(1)');
  });

  it('keeps a long article whose wrapper is named like a consent layer', () => {
    const long = `<div id="cookies"><h2>Why sites ask about cookies</h2>${`<p>${PROSE}</p>`.repeat(8)}</div>`;
    expect(beforeParse(long)).toContain('Why sites ask about cookies');
  });

  it('keeps headings, tables, lists and blockquotes of the article', () => {
    const html = `<h2>The new line</h2><p>${PROSE}</p><table><tr><th>Stop</th><td>Hospital</td></tr></table><ul><li>Six new stops</li><li>Trams every eight minutes</li></ul><blockquote>It is a great day for the district.</blockquote>`;
    const text = afterParse(html);
    for (const part of ['The new line', 'Stop', 'Hospital', 'Six new stops', 'It is a great day']) expect(text).toContain(part);
  });

  it('keeps a navigation landmark that is really prose', () => {
    const prose = `<nav>${`<p>${PROSE}</p>`.repeat(8)}</nav>`;
    expect(beforeParse(prose)).toContain('regional council');
  });
});

describe('hooks on degenerate input', () => {
  it('leaves a document without a body alone', () => {
    const doc = documentOf('');
    expect(() => cleanupBeforeParse(doc, url)).not.toThrow();
  });

  it('leaves an empty content element empty', () => {
    expect(afterParse('')).toBe('');
  });

  it('accepts an empty rule list (every rule can be measured by leaving it out)', () => {
    const doc = documentOf(`<!DOCTYPE html><html><body><p>Advertisement</p><p>${PROSE}</p></body></html>`);
    cleanupAfterParse(doc.body, url, []);
    expect(doc.body.textContent).toContain('Advertisement');
    cleanupAfterParse(doc.body, url, CLEANUP_RULES);
    expect(doc.body.textContent).not.toContain('Advertisement');
  });
});

describe('the cookie notice prefilter', () => {
  it('lets through every opening the rule knows, so the cheap scan never hides one', async () => {
    const { CONSENT_OPENINGS } = await import('../../../core/extract/cleanup/cookie-consent');
    for (const opening of CONSENT_OPENINGS) {
      expect(opening, opening).toMatch(/cookies/);
      const said = opening.replace(/\((\w+ ?)\)\?/g, '$1').toUpperCase();
      const banner = `<p>${PROSE}</p><div><p>${said}. By browsing on you accept them.</p><button>OK</button></div>`;
      expect(beforeParse(banner), opening).not.toContain('accept them');
    }
  });
});

describe('the author bio prefilter', () => {
  // One heading per alternative of the rule's heading pattern, spaced as pages
  // space them: line breaks and no-break spaces between the words.
  const HEADINGS = [
    'About the author',
    'About\n  the\u00a0authors:',
    'À propos de\nl’auteur',
    "L'auteur",
    'Sobre o autor',
    'Sobre  el\tautor',
    'Sobre a autora',
    'Über den\u00a0Autor',
    "L'autore",
  ];
  const BIO = 'Ana Ruiz covers city hall and transport for the Madrid edition and has lived in Spain since 2011.';

  it('lets through every heading the rule knows, with the page text read by the rule or handed over', () => {
    for (const heading of HEADINGS) {
      const html = `<!DOCTYPE html><html><body><p>${PROSE}</p><h3>${heading}</h3><p>${BIO}</p></body></html>`;
      expect(beforeParse(`<p>${PROSE}</p><h3>${heading}</h3><p>${BIO}</p>`), heading).not.toContain('Ana Ruiz');
      const doc = documentOf(html);
      cleanupBeforeParse(doc, url, CLEANUP_RULES, doc.body.textContent ?? '');
      expect(doc.body.textContent, heading).not.toContain('Ana Ruiz');
      expect(doc.body.textContent, heading).toContain('tram line');
    }
  });

  it('leaves a page alone whose text names no bio heading', () => {
    const html = `<p>${PROSE}</p><h3>The author of the plan</h3><p>${BIO}</p>`;
    expect(beforeParse(html)).toContain('Ana Ruiz');
  });
});

// The follow and contact patterns come in a Latin build and a Unicode one
// (core/latin-text.ts); names beyond Latin-1 and Latin Extended take the second.
describe('contact and follow lines in any script', () => {
  it('removes a follow line naming a Greek or Polish account, as a Latin one', () => {
    for (const name of ['Newsbeat', 'Καθημερινή', 'Łódź Dziś']) {
      expect(afterParse(`<p>${PROSE}</p><p>Follow ${name} on Instagram</p>`)).toBe(PROSE);
    }
  });

  it('keeps prose that follows a lower-case word, in either build', () => {
    for (const who of ['the debate', 'το ντιμπέιτ']) {
      const p = `Readers can follow ${who} on Twitter tonight, where the council will answer questions.`;
      expect(afterParse(`<p>${PROSE}</p><p>${p}</p>`)).toContain(p);
    }
  });

  it('removes every kind of contact line, in any case, in either build', () => {
    const lines = [
      'Amy Kuperinsky may be reached at akuperinsky@example.com.',
      'AMY KUPERINSKY CAN BE REACHED AT AKUPERINSKY@EXAMPLE.COM',
      'Reach the reporters on Twitter at @citydesk',
      'E-mail Tariq Malik at tmalik@example.com',
      'CONTACT María José at mj@example.es',
      'Like this story? Pass it on to a friend.',
      'Follow Newsbeat on Instagram',
    ];
    for (const line of lines) {
      // The star lies outside the Latin domain: the same line then takes the Unicode builds.
      for (const text of [line, `${line} ★`]) {
        expect(shareBarsOnly(`<p>${PROSE}</p><p>${text}</p>`), text).toBe(PROSE);
      }
    }
  });

  it('removes a contact line whose name is written in Cyrillic', () => {
    expect(afterParse(`<p>${PROSE}</p><p>Email Анна Петрова at anna@example.org</p>`)).toBe(PROSE);
    expect(afterParse(`<p>${PROSE}</p><p>Email Ana García at ana@example.org</p>`)).toBe(PROSE);
  });
});

// Plain tests sit before the patterns with letter classes; these lines must still reach the patterns.
describe('bylines and shouted links in any script', () => {
  it('removes a short byline opening with a byline word, in Latin and in Cyrillic', () => {
    for (const line of ['by Ana García', 'von Julia Becker', 'от Анна Петрова', 'oleh Siti Rahma']) {
      expect(ruleOnly(bylinesDatelines, `<p>${PROSE}</p><span>${line}</span>`), line).toBe(PROSE);
    }
    const prose = 'von dort aus fuhr sie weiter';
    expect(ruleOnly(bylinesDatelines, `<p>${PROSE}</p><span>${prose}</span>`)).toContain(prose);
  });

  it('removes a paragraph-long link in capitals, in Latin and in Greek', () => {
    for (const line of ['CO-FOUNDER PROUD OF HOME DEPOT EMPLOYEES', 'ΟΙ ΕΚΛΟΓΕΣ ΣΤΗΝ ΑΘΗΝΑ ΑΠΟΨΕ']) {
      expect(ruleOnly(relatedTeasers, `<p>${PROSE}</p><p><a href="/x">${line}</a></p>`), line).toBe(PROSE);
    }
    expect(ruleOnly(relatedTeasers, `<p>${PROSE}</p><p><a href="/x">2024 · 2025 · 2026 · 2027</a></p>`)).toContain('2027');
  });
});
