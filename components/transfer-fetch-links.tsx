/**
 * "Fetch these N articles" under an import report: the links the file
 * brought in are queued for download and extraction straight away, instead
 * of the reader finding them again in the fetch panel. The host-access
 * prompt is requested first thing in the click, because browsers show it
 * only inside a user gesture.
 */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface FetchImportedProps {
  linkIds: readonly string[];
  fetchLinks(ids: string[]): Promise<{ queued: number }>;
  requestAccess(): Promise<boolean>;
  /** After links were queued (the page shows the queue's progress). */
  onQueued?(): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'queued'; count: number }
  | { kind: 'refused' }
  | { kind: 'error'; message: string };

export function FetchImportedLinks({ linkIds, fetchLinks, requestAccess, onQueued }: FetchImportedProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  function start() {
    setState({ kind: 'busy' });
    requestAccess()
      .then(async (granted) => {
        if (!granted) {
          setState({ kind: 'refused' });
          return;
        }
        const { queued } = await fetchLinks([...linkIds]);
        setState({ kind: 'queued', count: queued });
        onQueued?.();
      })
      .catch((error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  }

  const done = state.kind === 'queued';
  return (
    <div class="transfer-fetch-links" data-testid="import-fetch-links">
      {!done && (
        <button type="button" onClick={start} disabled={state.kind === 'busy'} aria-busy={state.kind === 'busy'}>
          {t('importFetchLinks', String(linkIds.length))}
        </button>
      )}
      {state.kind === 'queued' && (
        <p role="status">{state.count > 0 ? t('fetchQueued', String(state.count)) : t('fetchNothing')}</p>
      )}
      {state.kind === 'refused' && <p role="alert">{t('fetchPermissionRefused')}</p>}
      {state.kind === 'error' && <p role="alert">{t('fetchError', state.message)}</p>}
    </div>
  );
}
