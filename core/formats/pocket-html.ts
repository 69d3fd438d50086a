/**
 * Pocket's older `ril_export.html`: an `<h1>Unread</h1>` list and an
 * `<h1>Read Archive</h1>` list of `<a href time_added tags>` links.
 */
import { KiosqueError } from '../errors';
import { elementText, type DomEnv } from './dom-env';
import { ImportCollector, parseTimestamp } from './imported-item';
import { splitTags } from './pocket-csv';
import type { ImportResult } from './types';

export function looksLikePocketHtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<title>\s*Pocket Export\s*<\/title>/i.test(head) || (/<h1>\s*Unread\s*<\/h1>/i.test(head) && /time_added=/i.test(text.slice(0, 20000)));
}

export function importPocketHtml(text: string, dom: DomEnv, now: number): ImportResult {
  const doc = dom.parseHtml(text);
  const headings = [...doc.querySelectorAll('h1')];
  if (headings.length === 0) throw new KiosqueError('unsupported-format', 'No Unread / Read Archive sections: not a Pocket export');
  const collector = new ImportCollector(now);
  let index = 0;
  for (const heading of headings) {
    const archived = /archive/i.test(heading.textContent ?? '');
    // Links belong to the heading until the next heading.
    for (let el = heading.nextElementSibling; el && el.tagName.toLowerCase() !== 'h1'; el = el.nextElementSibling) {
      for (const a of el.querySelectorAll('a')) {
        index++;
        const where = `entry ${index} (${archived ? 'Read Archive' : 'Unread'})`;
        const href = a.getAttribute('href') ?? '';
        if (href.trim() === '') {
          collector.fail(where, 'link without href');
          continue;
        }
        collector.add(
          {
            url: href,
            title: elementText(a),
            savedAt: parseTimestamp(a.getAttribute('time_added')),
            status: archived ? 'archived' : 'unread',
            labels: splitTags(a.getAttribute('tags') ?? ''),
          },
          where,
        );
      }
    }
  }
  return collector.finish();
}
