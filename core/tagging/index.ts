/**
 * Automatic tagging of an extracted article by city edition and theme.
 * Pure: the article fields and the learned model are parameters.
 */
import type { ExtractedArticle, Tags, ThemeId } from '../model';

export type TaggingInput = Pick<
  ExtractedArticle,
  'url' | 'canonicalUrl' | 'title' | 'excerpt' | 'text' | 'lang' | 'siteName' | 'section' | 'keywords' | 'places'
>;

export type { ThemeModel } from './theme-model';
export { emptyThemeModel, learnFromCorrection } from './theme-model';
export { editionById, listEditions } from './editions-list';
export { themeLabel, THEME_INFO } from './themes';

import type { ThemeModel } from './theme-model';
import { tagWith } from './tag-article';

/**
 * Tags an article. `existing` tags whose source is 'user' are kept untouched:
 * the reader's corrections always win over re-tagging.
 */
export function tagArticle(input: TaggingInput, opts?: { model?: ThemeModel; existing?: Tags }): Tags {
  return tagWith(input, opts?.model, opts?.existing);
}

export type { ThemeId };
