/**
 * Plain text with a line break at each block boundary. The extension's own
 * conversion belongs to the extractor (core/extract); this stand-in lets the
 * Node mode score the cleanup hooks before extractArticle exists, and is
 * replaced by extractArticle's `text` as soon as that module is present.
 */

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);

export function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = node.nodeType === 1 && BLOCK.has((node as Element).tagName.toUpperCase());
    if (block) out.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
