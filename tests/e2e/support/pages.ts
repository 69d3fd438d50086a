/**
 * Hand-built pages for the hostile cases, where a real page would hide what is
 * being tested. Each is a plausible news article so that the extractor has
 * something to find.
 */

const PARAGRAPH =
  'The regional government approved on Tuesday a new plan for the metro network, which will add ' +
  'four stations in the north of the city before the end of next year, according to the council.';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function articleHtml(options: { title: string; paragraphs: string[]; head?: string; tail?: string }): string {
  const body = options.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>${options.head ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${escapeHtml(options.title)}</h1>
${body}
</article></main>
<footer>© City Daily</footer>${options.tail ?? ''}</body></html>`;
}

export function plainArticle(title: string, count = 12): string {
  return articleHtml({ title, paragraphs: Array.from({ length: count }, (_, i) => `${i + 1}. ${PARAGRAPH}`) });
}

/**
 * Page scripts throw and poison Array.prototype.map. The extractor runs in an
 * isolated world, so neither should reach it.
 */
export function hostileArticle(title: string): string {
  const scripts = `
<script>Array.prototype.map = function () { throw new Error('map poisoned by the page'); };</script>
<script>JSON.parse = function () { throw new Error('JSON poisoned by the page'); };</script>
<script>throw new Error('inline script failure');</script>
<script>document.addEventListener('DOMContentLoaded', function () { undefinedFunction(); });</script>`;
  return articleHtml({
    title,
    paragraphs: Array.from({ length: 10 }, (_, i) => `${i + 1}. ${PARAGRAPH}`),
    head: scripts,
    tail: scripts,
  });
}

/** About `megabytes` MB of article text in ordinary paragraphs. */
export function hugeArticle(title: string, megabytes: number): string {
  const count = Math.ceil((megabytes * 1024 * 1024) / (PARAGRAPH.length + 10));
  return articleHtml({ title, paragraphs: Array.from({ length: count }, (_, i) => `${i + 1}. ${PARAGRAPH}`) });
}

/**
 * Keeps the page's main thread busy for `ms` right after load, so an
 * injected extractor cannot run before the test navigates the tab elsewhere.
 */
export function busyArticle(title: string, ms: number): string {
  const script = `<script>
addEventListener('load', function () {
  setTimeout(function () { var end = Date.now() + ${ms}; while (Date.now() < end) {} }, 20);
});
</script>`;
  return articleHtml({
    title,
    paragraphs: Array.from({ length: 10 }, (_, i) => `${i + 1}. ${PARAGRAPH}`),
    tail: script,
  });
}
