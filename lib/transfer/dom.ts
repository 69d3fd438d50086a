/**
 * The DOM that the HTML-reading formats borrow. Extension pages have one;
 * the service worker does not, so there the formats that need it fail with
 * a typed error naming the way out instead of crashing on a missing global.
 */
import { KiosqueError } from '../../core/errors';
import type { DomEnv } from '../../core/formats';
import type { ImportFormat } from '../../core/formats';
import type { ExportFormat } from '../api-types';

/** Export formats that convert article HTML (Turndown, XHTML) and so need a DOM. */
export const EXPORTS_NEEDING_DOM: ReadonlySet<ExportFormat> = new Set(['markdown-zip', 'epub']);
/** Import formats that parse or sanitise HTML. CSV files carry no markup. */
export const IMPORTS_NEEDING_DOM: ReadonlySet<ImportFormat> = new Set([
  'kiosque-json',
  'pocket-html',
  'omnivore-zip',
  'netscape-html',
]);

let pageEnv: DomEnv | null = null;

/** The page's own DOM, or null where there is none (service worker, Node). */
export function pageDomEnv(): DomEnv | null {
  if (pageEnv) return pageEnv;
  if (typeof DOMParser === 'undefined' || typeof window === 'undefined') return null;
  const parser = new DOMParser();
  pageEnv = { parseHtml: (html) => parser.parseFromString(html, 'text/html'), window };
  return pageEnv;
}

function noDom(): KiosqueError {
  return new KiosqueError(
    'unsupported-format',
    'This format reads or writes HTML, which needs an extension page: use the options page.',
  );
}

/**
 * Stands in for a DOM where there is none. It is only touched by formats that
 * need HTML, and then says so; the CSV formats never call it.
 */
export const missingDomEnv: DomEnv = {
  parseHtml: () => {
    throw noDom();
  },
  get window(): DomEnv['window'] {
    throw noDom();
  },
};

export function domOrMissing(env: DomEnv | null): DomEnv {
  return env ?? missingDomEnv;
}
