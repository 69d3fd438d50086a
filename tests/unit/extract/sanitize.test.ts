import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../core/extract/sanitize';
import { KiosqueError } from '../../../core/errors';
import { jsdomWindow, linkedomDocument } from './dom';

const BASE = 'https://lepetitjournal.com/madrid/actualites/x-431902';

function clean(html: string): HTMLElement {
  return sanitizeArticleHtml(html, jsdomWindow(), BASE);
}

describe('sanitizeArticleHtml', () => {
  it('removes scripts, handlers and javascript: URLs', () => {
    const out = clean('<p>a<img src="x.png" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">l</a></p>').innerHTML;
    expect(out).not.toMatch(/script|onerror|javascript:|alert/i);
    expect(out).toContain('<img src="https://lepetitjournal.com/madrid/actualites/x.png">');
    expect(out).toContain('<a>l</a>');
  });

  it('removes iframes, forms, style, meta and base, and style/class attributes', () => {
    const out = clean(
      '<div class="x" style="color:red"><iframe src="https://evil.example"></iframe><form action="/p"><input name="q"><button>go</button></form><style>p{}</style><meta http-equiv="refresh" content="0"><base href="https://evil.example/"><p style="x">t</p></div>',
    ).innerHTML;
    expect(out).not.toMatch(/iframe|form|input|button|<style|meta|<base|class=|style=/i);
    expect(out).toContain('<p>t</p>');
  });

  it('keeps data:image sources but no other data: URL', () => {
    const out = clean('<img src="data:image/png;base64,iVBORw0KGgo="><img src="data:text/html;base64,PHNjcmlwdD4="><a href="data:text/html,x">d</a>').innerHTML;
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(out).not.toContain('data:text');
  });

  it('keeps article structure: tables, lists, headings, figures, captions, quotes', () => {
    const html =
      '<h2>H</h2><ul><li>1</li></ul><ol><li>2</li></ol><table><caption>C</caption><tbody><tr><th>h</th><td>d</td></tr></tbody></table><figure><img src="/i.jpg" alt="a"><figcaption>F</figcaption></figure><blockquote><p>Q</p></blockquote>';
    const out = clean(html).innerHTML;
    for (const tag of ['<h2>', '<ul>', '<ol>', '<li>', '<table>', '<caption>', '<th>', '<td>', '<figure>', '<figcaption>', '<blockquote>']) {
      expect(out).toContain(tag);
    }
  });

  it('makes links, sources and srcsets absolute and keeps in-page anchors and mailto', () => {
    const out = clean('<a href="../communaute/y">r</a><a href="#note-1">n</a><a href="mailto:redaction@lepetitjournal.com">m</a><img src="/a.jpg" srcset="/a-2x.jpg 2x, b.jpg 800w">').innerHTML;
    expect(out).toContain('href="https://lepetitjournal.com/madrid/communaute/y"');
    expect(out).toContain('href="#note-1"');
    expect(out).toContain('href="mailto:redaction@lepetitjournal.com"');
    expect(out).toContain('srcset="https://lepetitjournal.com/a-2x.jpg 2x, https://lepetitjournal.com/madrid/actualites/b.jpg 800w"');
  });

  it('refuses a window DOMPurify cannot use, instead of passing HTML through', () => {
    // linkedom's window lacks what DOMPurify needs; DOMPurify would then
    // return the input untouched, scripts included.
    const win = linkedomDocument('<html><body></body></html>').defaultView as Window;
    expect(() => sanitizeArticleHtml('<script>alert(1)</script>', win, BASE)).toThrowError(KiosqueError);
  });
});
