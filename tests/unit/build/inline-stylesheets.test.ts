import { describe, expect, it } from 'vitest';
import { inlineStylesheetLinks } from '../../../build/inline-stylesheets';

const assets: Record<string, string> = {
  'assets/popup-abc.css': 'body{width:380px}',
  'assets/theme-def.css': ':root{color-scheme:light dark}',
};
const read = (file: string) => assets[file] ?? null;

describe('inlineStylesheetLinks', () => {
  it('puts each known stylesheet in a <style> element, in place and in order', () => {
    const html = [
      '<head>',
      '<script type="module" crossorigin src="/chunks/popup.js"></script>',
      '<link rel="stylesheet" crossorigin href="/assets/theme-def.css">',
      '<link rel="stylesheet" href="assets/popup-abc.css" />',
      '</head>',
    ].join('\n');
    expect(inlineStylesheetLinks(html, read)).toBe(
      [
        '<head>',
        '<script type="module" crossorigin src="/chunks/popup.js"></script>',
        '<style>:root{color-scheme:light dark}</style>',
        '<style>body{width:380px}</style>',
        '</head>',
      ].join('\n'),
    );
  });

  it('leaves links to files it does not know, preloads and other links alone', () => {
    const html = [
      '<link rel="stylesheet" crossorigin href="/assets/missing.css">',
      '<link rel="modulepreload" crossorigin href="/chunks/i18n.js">',
      '<link rel="icon" href="/icon/32.png">',
    ].join('\n');
    expect(inlineStylesheetLinks(html, read)).toBe(html);
  });

  it('escapes a closing style tag inside the CSS, so it cannot end the element early', () => {
    const css = '.a::after{content:"</style><script>alert(1)</script>"}';
    const out = inlineStylesheetLinks('<link rel="stylesheet" href="/x.css">', () => css);
    expect(out.match(/<\/style>/g)).toHaveLength(1);
    expect(out.endsWith('</style>')).toBe(true);
    expect(out).toContain('<\\/style><script>');
  });
});
