import type { Worker } from 'playwright-core';

export interface SaveLatency {
  ok: boolean;
  /** From calling kiosque.saveTab until listArticles() returns the row. */
  ms: number;
  errorCode: string | null;
}

/** How long a reader waits between "save" and seeing the row in the list. */
export async function timeSaveToListed(worker: Worker, tabId: number, timeoutMs = 30_000): Promise<SaveLatency> {
  // Evaluated in the service worker; keep it free of named inner functions.
  return worker.evaluate(
    async ([id, limit]) => {
      type Row = { id: string };
      const api = (
        globalThis as unknown as {
          kiosque?: { saveTab(tabId: number): Promise<Row>; listArticles(): Promise<Row[]> };
        }
      ).kiosque;
      if (!api) return { ok: false, ms: 0, errorCode: 'no-kiosque-api' };
      const started = performance.now();
      try {
        const saved = await api.saveTab(id);
        for (;;) {
          const rows = await api.listArticles();
          if (rows.some((row) => row.id === saved.id)) {
            return { ok: true, ms: performance.now() - started, errorCode: null };
          }
          if (performance.now() - started > limit) {
            return { ok: false, ms: performance.now() - started, errorCode: 'not-listed' };
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      } catch (error) {
        const code = (error as { code?: unknown })?.code;
        return {
          ok: false,
          ms: performance.now() - started,
          errorCode: typeof code === 'string' ? code : String(error),
        };
      }
    },
    [tabId, timeoutMs] as [number, number],
  );
}
