/**
 * Edition detection: the first sure answer wins, in order of trust: the
 * site's own URL scheme, then the page's place metadata, then the text.
 */
import type { EditionTag } from '../model';
import type { TaggingInput } from './index';
import { editionById } from './editions-list';
import { siteRuleFor } from './sites/registry';
import { parseUrl } from './parse-url';
import { editionFromPage } from './edition-text';

export function detectEdition(input: TaggingInput): EditionTag | null {
  const url = parseUrl(input.canonicalUrl) ?? parseUrl(input.url);
  if (url) {
    const rule = siteRuleFor(url);
    const id = rule?.edition(url, { section: input.section, keywords: input.keywords, lang: input.lang });
    const info = id ? editionById(id) : undefined;
    if (info) return { ...info, source: 'site', confidence: 0.95 };
  }
  return editionFromPage(input);
}
