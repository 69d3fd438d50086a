import type { Article, ArticleStatus, ArticleSummary, EditionTag, ThemeTag } from '../core/model';
import type { SerializedKiosqueError } from '../core/errors';

/** Result of a save as it crosses a message boundary (classes do not survive). */
export type SaveOutcome =
  | { ok: true; article: ArticleSummary; created: boolean }
  | { ok: false; error: SerializedKiosqueError };

export interface TagPatch {
  edition?: EditionTag | null;
  themes?: ThemeTag[];
}

/**
 * The service surface. The popup, the reader page, the background's message
 * handlers and `globalThis.kiosque` all call these same functions.
 */
export interface KiosqueApi {
  saveTab(tabId: number): Promise<ArticleSummary>;
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<Article>;
  deleteArticle(id: string): Promise<Article>;
  restoreArticle(article: Article): Promise<void>;
  setStatus(id: string, status: ArticleStatus): Promise<ArticleSummary>;
  setFavourite(id: string, favourite: boolean): Promise<ArticleSummary>;
  setProgress(id: string, progress: number): Promise<void>;
  setTags(id: string, patch: TagPatch): Promise<ArticleSummary>;
  retag(id: string): Promise<ArticleSummary>;
}
