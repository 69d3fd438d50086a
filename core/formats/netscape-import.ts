/**
 * Netscape bookmark files as Chrome, Firefox, Raindrop and Karakeep write
 * them. Folders become collections, named by their path below the
 * browser's own root folders (`Bookmarks bar`, `Bookmarks Menu`…), which
 * every profile has and which say nothing about the links.
 */
import { KiosqueError } from '../errors';
import { elementText, type DomEnv } from './dom-env';
import { ImportCollector, parseTimestamp } from './imported-item';
import { splitTags } from './pocket-csv';
import type { ImportResult } from './types';

const ROOT_ATTRIBUTES = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];
const ROOT_NAMES = new Set([
  'bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks',
  'barre de favoris', 'barre personnelle', 'menu des marque-pages', 'autres favoris', 'favoris sur mobile',
  'barra de marcadores', 'otros marcadores',
]);

export function looksLikeNetscape(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text.slice(0, 1000));
}

/** The folder heading that owns `list`: the `<h3>` just before it (same `<dt>` in parsed markup). */
function folderHeading(list: Element): Element | null {
  let prev = list.previousElementSibling;
  while (prev && prev.tagName.toLowerCase() === 'p') prev = prev.previousElementSibling;
  return prev && prev.tagName.toLowerCase() === 'h3' ? prev : null;
}

function folderPath(link: Element): string[] {
  const path: string[] = [];
  for (let el = link.parentElement; el; el = el.parentElement) {
    if (el.tagName.toLowerCase() !== 'dl') continue;
    const heading = folderHeading(el);
    if (!heading) continue;
    const name = (heading.textContent ?? '').trim();
    const isRoot = ROOT_ATTRIBUTES.some((attr) => heading.hasAttribute(attr)) || ROOT_NAMES.has(name.toLowerCase());
    if (!isRoot && name !== '') path.unshift(name);
  }
  return path;
}

export function importNetscape(text: string, dom: DomEnv, now: number): ImportResult {
  if (!looksLikeNetscape(text)) throw new KiosqueError('unsupported-format', 'Not a Netscape bookmark file');
  const doc = dom.parseHtml(text);
  const collector = new ImportCollector(now);
  let index = 0;
  for (const a of doc.querySelectorAll('dt > a, dl a')) {
    index++;
    const href = (a.getAttribute('href') ?? '').trim();
    const where = `entry ${index}`;
    // Firefox's smart folders (`place:`), bookmarklets and local files are not pages to read.
    if (!/^https?:/i.test(href)) {
      if (href === '') collector.fail(where, 'link without href');
      else collector.skip();
      continue;
    }
    const path = folderPath(a);
    collector.add(
      {
        url: href,
        title: elementText(a),
        savedAt: parseTimestamp(a.getAttribute('add_date')),
        labels: splitTags(a.getAttribute('tags') ?? ''),
      },
      where,
      path.length > 0 ? [path.join(' / ')] : [],
    );
  }
  return collector.finish();
}
