/**
 * Theme detection: site rubric, then section and keyword metadata, then the
 * lexicon over the text, then what the reader taught the model.
 */
import type { ThemeId, ThemeTag } from '../model';
import type { TaggingInput } from './index';
import type { ThemeModel } from './theme-model';
import { scoreWithModel } from './theme-model';
import { siteRuleFor } from './sites/registry';
import { parseUrl } from './parse-url';

export function detectThemes(input: TaggingInput, model: ThemeModel | undefined): ThemeTag[] {
  const out: ThemeTag[] = [];
  const add = (id: ThemeId, source: ThemeTag['source'], confidence: number) => {
    if (!out.some((t) => t.id === id)) out.push({ id, source, confidence });
  };
  const url = parseUrl(input.canonicalUrl) ?? parseUrl(input.url);
  const rule = url ? siteRuleFor(url) : undefined;
  if (url && rule) {
    for (const id of rule.theme(url, { section: input.section, keywords: input.keywords, lang: input.lang })) add(id, 'site', 0.9);
  }
  if (model) for (const { id, score } of scoreWithModel(model, input)) if (score > 0.3) add(id, 'model', score);
  return out.slice(0, 3);
}
