import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../core/model';

export type Subscribe = (onRows: (rows: ArticleSummary[]) => void) => () => void;

export interface ArticleRows {
  /** null while the first read is pending. */
  rows: ArticleSummary[] | null;
  error: unknown;
  /** Replace or add one row after a write, so the list reacts before the live query fires. */
  upsert: (row: ArticleSummary) => void;
  remove: (id: string) => void;
  reload: () => Promise<void>;
}

export function useArticleRows(list: () => Promise<ArticleSummary[]>, subscribe?: Subscribe): ArticleRows {
  const [rows, setRows] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setRows(await list());
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [list]);

  useEffect(() => {
    void reload();
    // Saves made from the keyboard shortcut or the context menu while the popup is open show up live.
    return subscribe?.((next) => setRows(next));
  }, [reload, subscribe]);

  const upsert = useCallback((row: ArticleSummary) => {
    setRows((cur) => {
      const rest = (cur ?? []).filter((r) => r.id !== row.id);
      return [...rest, row];
    });
  }, []);
  const remove = useCallback((id: string) => setRows((cur) => (cur ?? []).filter((r) => r.id !== id)), []);

  return { rows, error, upsert, remove, reload };
}
