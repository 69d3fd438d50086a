/**
 * Theme detection. Every source votes: the site's rubric, the page's
 * section and keywords, the lexicon over the text, and what the reader taught
 * the model. Votes add up per theme; the theme keeps the source of its
 * biggest vote, and at most three themes are returned, strongest first.
 */
import type { ThemeId, ThemeTag } from '../model';
import type { TaggingInput } from './index';
import type { ThemeModel } from './theme-model';
import { scoreWithModel } from './theme-model';
import { scoreWithLexicon } from './theme-lexicon';
import { themesFromSection } from './section-themes';
import { siteRuleFor } from './sites/registry';
import { parseUrl } from './parse-url';

/** Below this cosine similarity a learned theme is not similar enough to vote. */
export const MODEL_MIN_SIMILARITY = 0.2;

interface Vote {
  total: number;
  best: number;
  source: ThemeTag['source'];
  confidence: number;
}

export function detectThemes(input: TaggingInput, model: ThemeModel | undefined): ThemeTag[] {
  const votes = new Map<ThemeId, Vote>();
  const vote = (id: ThemeId, weight: number, source: ThemeTag['source'], confidence: number) => {
    const v = votes.get(id) ?? { total: 0, best: 0, source, confidence: 0 };
    v.total += weight;
    if (weight > v.best) Object.assign(v, { best: weight, source });
    v.confidence = Math.max(v.confidence, confidence);
    votes.set(id, v);
  };

  const url = parseUrl(input.canonicalUrl) ?? parseUrl(input.url);
  const rule = url ? siteRuleFor(url) : undefined;
  if (url && rule) {
    const meta = { section: input.section, keywords: input.keywords, lang: input.lang };
    rule.theme(url, meta).forEach((id, i) => vote(id, 3 - i * 0.5, 'site', 0.9));
  }
  if (input.section && input.section.length <= 80) {
    themesFromSection(input.section).forEach((id, i) => vote(id, 2 - i * 0.5, 'metadata', 0.8));
  }
  const keywordHits = new Map<ThemeId, number>();
  for (const k of input.keywords.slice(0, 30)) {
    if (typeof k !== 'string' || k.length > 80) continue;
    for (const id of themesFromSection(k)) keywordHits.set(id, (keywordHits.get(id) ?? 0) + 1);
  }
  for (const [id, n] of keywordHits) vote(id, Math.min(2, n), 'metadata', 0.6);
  for (const { id, confidence } of scoreWithLexicon(input)) vote(id, 2 * confidence, 'text', confidence);
  if (model) {
    for (const { id, score } of scoreWithModel(model, input)) {
      if (score >= MODEL_MIN_SIMILARITY) vote(id, 6 * score, 'model', Math.min(0.9, score + 0.3));
    }
  }
  return [...votes]
    .sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([id, v]) => ({ id, source: v.source, confidence: Math.round(v.confidence * 100) / 100 }));
}
