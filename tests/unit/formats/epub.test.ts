import { describe, expect, it } from 'vitest';
import { collectBytes } from '../../../core/formats/collect';
import { chapterXhtml, exportEpub } from '../../../core/formats/epub';
import { writeZip } from '../../../core/formats/zip-write';
import { validateEpub, EpubError } from './epub-validator';
import { fakeArticle, fixedClock, FIXED_NOW, jsdomEnv } from './helpers';

const dom = jsdomEnv();
const options = { title: 'Ma revue de presse', locale: 'fr' as const, now: fixedClock };

const HOSTILE_HTML = [
  '<p>Ligne<br>suivante &nbsp; &copy; &eacute; <b>gras<i>mêlé</b></i></p>',
  '<p id="dup">un</p><p id="dup">deux</p><p id="1bad">id invalide</p>',
  '<img src="https://x.example/a.jpg" alt="Plaza Mayor"><img src="x.jpg"><hr>',
  '<table><tr><td colspan=2 onclick="x()">cell</td></tr></table>',
  '<font color=red>old</font><o:p>Word</o:p><center>c</center>',
  '<svg><circle r="3"/></svg><script>alert(1)</script><style>p{}</style>',
  '<a href="/relatif">relatif</a> <a href="javascript:alert(1)">js</a> <a href="#note">note</a>',
  '<p title="a &quot;quoted&quot; &amp; <odd> title" data-x="1" xmlns:foo="bar">attrs</p>',
  '<p>control\u0001char and lone \uD800 surrogate</p><ul><li>un<li>deux</ul>',
  '<pre>code &lt;b&gt;</pre><p dir="rtl" lang="ar">مرحبا بكم في مدريد 🚇</p>',
].join('\n');

describe('EPUB export', () => {
  it('produces a structurally valid EPUB 3 from hostile HTML, grouped by edition', async () => {
    const lisbonne = { id: 'lisbonne', label: { en: 'Lisbon', fr: 'Lisbonne' }, country: 'PT', kind: 'city' as const, source: 'site' as const, confidence: 1 };
    const articles = [
      fakeArticle({ title: 'Madrid <1> & "2"', html: HOSTILE_HTML }),
      fakeArticle({ title: 'Sans édition', edition: null, html: '' , kind: 'link' }),
      fakeArticle({ title: 'Lisbonne d’abord', edition: lisbonne, lang: 'pt-PT' }),
      fakeArticle({ title: 'عنوان عربي', lang: 'ar', dir: 'rtl', edition: lisbonne, html: '<p>نص</p>' }),
    ];
    const epub = await collectBytes(exportEpub(articles, options, dom));
    const summary = validateEpub(epub);
    expect(summary.entries.slice(0, 2)).toEqual(['mimetype', 'META-INF/container.xml']);
    // Editions alphabetically by label (Lisbonne < Madrid), articles without an edition last.
    expect(summary.spine).toEqual(['nav', 'c00003', 'c00004', 'c00001', 'c00002']);
    expect(summary.chapterTitles).toEqual(['Madrid <1> & "2"', 'Sans édition', 'Lisbonne d’abord', 'عنوان عربي']);
    expect(summary.navText).toContain('Autres articles');
  });

  it('converts HTML to XHTML element by element', () => {
    const xhtml = chapterXhtml(fakeArticle({ url: 'https://lepetitjournal.com/madrid/a', html: HOSTILE_HTML }), dom);
    expect(xhtml).toContain('Ligne<br/>suivante');
    expect(xhtml).toContain('<hr/>');
    expect(xhtml).toContain('\u00a0');
    expect(xhtml).not.toContain('&nbsp;');
    expect(xhtml).toContain('<span class="media-alt">[Plaza Mayor]</span>');
    expect(xhtml).toContain('<p id="dup">un</p><p>deux</p><p>id invalide</p>');
    expect(xhtml).toContain('<td colspan="2">cell</td>');
    expect(xhtml).toContain('<a href="https://lepetitjournal.com/relatif">relatif</a> <a>js</a>');
    expect(xhtml).toContain('title="a &quot;quoted&quot; &amp; &lt;odd&gt; title">attrs');
    expect(xhtml).toContain('controlchar and lone  surrogate');
    expect(xhtml).not.toMatch(/script|<svg|<style>|onclick|<font|o:p|data-x|xmlns:foo/);
  });

  it('is valid with no articles at all', async () => {
    const summary = validateEpub(await collectBytes(exportEpub([], options, dom)));
    expect(summary.spine).toEqual(['nav']);
  });

  it('the validator itself catches broken books', async () => {
    const broken = await collectBytes(
      writeZip(
        [
          { name: 'mimetype', data: 'application/epub+zip', store: true },
          { name: 'META-INF/container.xml', data: '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="p.opf"/></rootfiles></container>' },
          { name: 'p.opf', data: '<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>t</dc:title><dc:language>fr</dc:language><meta property="dcterms:modified">2026-11-27T00:00:00Z</meta></metadata><manifest><item id="nav" href="a.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest><spine><itemref idref="nav"/></spine></package>' },
          { name: 'a.xhtml', data: '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>unclosed<br></p></body></html>' },
        ],
        FIXED_NOW,
      ),
    );
    expect(() => validateEpub(broken)).toThrow(EpubError);
    expect(() => validateEpub(broken)).toThrow(/a\.xhtml: XML/);
    const deflatedMimetype = await collectBytes(writeZip([{ name: 'mimetype', data: 'application/epub+zip' }], FIXED_NOW));
    expect(() => validateEpub(deflatedMimetype)).toThrow(/compressed/);
  });
});
