import type { Article, ArticleSummary } from '../../core/model';
import type { RowActions } from '../../components/article-row';
import type { PopupApi } from './popup-api';

export interface RowActionDeps {
  api: PopupApi;
  /** Runs a write, shows its failure in the popup's banner and re-reads the list either way. */
  attempt: (work: () => Promise<void>) => Promise<void>;
  /** Shows a write's returned row before the re-read lands. */
  patch: (row: ArticleSummary) => void;
  openReader: (id: string) => Promise<void>;
  onDeleted: (article: Article) => void;
  reloadCollections: () => Promise<void>;
}

/** What each row control (and its keyboard shortcut) does, as calls to the service. */
export function rowActions({ api, attempt, patch, openReader, onDeleted, reloadCollections }: RowActionDeps): RowActions {
  const write = (work: () => Promise<ArticleSummary>) =>
    attempt(async () => {
      patch(await work());
    });
  return {
    onOpen: (article) =>
      void attempt(async () => {
        // Mark first: opening a tab closes the popup, and with it any write still pending.
        if (article.status === 'unread') {
          try {
            patch(await api.setStatus(article.id, 'read'));
          } finally {
            await openReader(article.id);
          }
        } else {
          await openReader(article.id);
        }
      }),
    onToggleRead: (a) => void write(() => api.setStatus(a.id, a.status === 'unread' ? 'read' : 'unread')),
    // Taking an article out of the archive puts it back as read: it was finished once.
    onToggleArchive: (a) => void write(() => api.setStatus(a.id, a.status === 'archived' ? 'read' : 'archived')),
    onToggleFavourite: (a) => void write(() => api.setFavourite(a.id, !a.favourite)),
    onTagsChange: (a, patchTags) => void write(() => api.setTags(a.id, patchTags)),
    onDelete: (a) =>
      void attempt(async () => {
        onDeleted(await api.deleteArticle(a.id));
      }),
    onMembership: (a, collectionId, member) =>
      void attempt(async () => {
        await api.setCollectionMembership?.(a.id, collectionId, member);
      }),
    onCreateCollection: (a, name) =>
      void attempt(async () => {
        if (!api.saveCollection) return;
        const created = await api.saveCollection({ name, kind: 'manual' });
        await api.setCollectionMembership?.(a.id, created.id, true);
        await reloadCollections();
      }),
  };
}
