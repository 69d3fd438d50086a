import type { Article, ArticleStatus, ArticleSummary, StoredCollection } from '../../core/model';
import type { CollectionInput, ListPage, ListQuery, TagPatch } from '../../lib/api-types';

/**
 * What the popup needs from the service (lib/services' kiosqueApi fits it).
 * Collections are optional: without them the popup simply offers none.
 */
export interface PopupApi {
  queryList(query: ListQuery): Promise<ListPage>;
  deleteArticle(id: string): Promise<Article>;
  restoreArticle(article: Article): Promise<void>;
  setStatus(id: string, status: ArticleStatus): Promise<ArticleSummary>;
  setFavourite(id: string, favourite: boolean): Promise<ArticleSummary>;
  setTags(id: string, patch: TagPatch): Promise<ArticleSummary>;
  listCollections?(): Promise<StoredCollection[]>;
  saveCollection?(input: CollectionInput): Promise<StoredCollection>;
  deleteCollection?(id: string): Promise<unknown>;
  setCollectionMembership?(articleId: string, collectionId: string, member: boolean): Promise<unknown>;
}

/** Calls `onChange` after any write to the library, from this page or another context; returns the unsubscribe. */
export type Subscribe = (onChange: () => void) => () => void;
