/**
 * Fetching imported links: a button that asks for host access (inside the
 * click, as browsers require) and queues every link item, a progress bar
 * while the background works, and the items that failed with the reason.
 * Progress is read from the shared database; the background does the work.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FetchFailureInfo, FetchStatus, KiosqueApi } from '../lib/api-types';
import type { FetchFailureReason } from '../lib/fetch/failure';
import { requestHostAccess } from '../lib/fetch/host-access';
import { wakeFetchWorker } from '../lib/fetch/wake';
import { t, type MessageKey } from '../lib/i18n';
import { kiosqueApi } from '../lib/services';

export type FetchApi = Pick<KiosqueApi, 'fetchLinks' | 'fetchStatus' | 'cancelFetch'>;

export interface FetchQueuePanelProps {
  api?: FetchApi;
  requestAccess?: () => Promise<boolean>;
  /** Reminds the background of waiting jobs: a stopped service worker restarts on a message. */
  wake?: () => Promise<void>;
  pollMs?: number;
}

const REASON_KEYS: Record<FetchFailureReason, MessageKey> = {
  'permission-denied': 'fetchReason_permission_denied',
  'http-error': 'fetchReason_http_error',
  timeout: 'fetchReason_timeout',
  network: 'fetchReason_network',
  'not-html': 'fetchReason_not_html',
  'too-large': 'fetchReason_too_large',
  'too-short': 'fetchReason_too_short',
  'extraction-failed': 'fetchReason_extraction_failed',
  'invalid-url': 'fetchReason_invalid_url',
};

type Notice = { kind: 'queued'; count: number } | { kind: 'refused' } | { kind: 'error'; message: string } | null;

function Failure({ failure }: { failure: FetchFailureInfo }) {
  return (
    <li data-reason={failure.reason}>
      <a href={failure.url} target="_blank" rel="noopener noreferrer">
        {failure.url}
      </a>{' '}
      — {t(REASON_KEYS[failure.reason])}
      {failure.detail !== '' && <span class="transfer-intro"> ({failure.detail})</span>}
    </li>
  );
}

export function FetchQueuePanel({
  api = kiosqueApi,
  requestAccess = requestHostAccess,
  wake = wakeFetchWorker,
  pollMs = 1_000,
}: FetchQueuePanelProps) {
  const [status, setStatus] = useState<FetchStatus | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setStatus(await api.fetchStatus());
    } catch (error) {
      setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [api]);

  const pending = status !== null && status.queued + status.running > 0;
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(() => {
      void refresh();
      void wake();
    }, pollMs);
    return () => clearInterval(timer);
  }, [pending, pollMs, refresh, wake]);

  function start() {
    setBusy(true);
    setNotice(null);
    // The permission prompt must be requested before anything is awaited (user gesture).
    requestAccess()
      .then(async (granted) => {
        if (!granted) {
          setNotice({ kind: 'refused' });
          return;
        }
        const { queued } = await api.fetchLinks();
        setNotice({ kind: 'queued', count: queued });
      })
      .catch((error: unknown) => setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        setBusy(false);
        void refresh();
      });
  }

  function cancel() {
    api
      .cancelFetch()
      .catch((error: unknown) => setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) }))
      .finally(() => void refresh());
  }

  const total = status ? status.queued + status.running + status.done + status.failed : 0;
  const processed = status ? status.done + status.failed : 0;
  return (
    <section class="transfer-panel fetch-panel" aria-labelledby="fetch-heading">
      <h2 id="fetch-heading">{t('fetchHeading')}</h2>
      <p class="transfer-intro">{t('fetchIntro')}</p>
      <p>
        <button type="button" onClick={start} disabled={busy || pending} aria-busy={busy}>
          {t('fetchStart')}
        </button>{' '}
        {pending && (
          <button type="button" onClick={cancel}>
            {t('fetchCancel')}
          </button>
        )}
      </p>
      <p role="status" aria-live="polite">
        {notice?.kind === 'queued' && (notice.count > 0 ? t('fetchQueued', String(notice.count)) : t('fetchNothing'))}
      </p>
      {notice?.kind === 'refused' && <p role="alert">{t('fetchPermissionRefused')}</p>}
      {notice?.kind === 'error' && <p role="alert">{t('fetchError', notice.message)}</p>}
      {status && total > 0 && (
        <>
          <progress max={total} value={processed} aria-label={t('fetchProgress', [String(processed), String(total)])} />
          <p data-testid="fetch-counts">
            {t('fetchCounts', [String(status.queued), String(status.running), String(status.done), String(status.failed)])}
          </p>
        </>
      )}
      {status && status.failed > 0 && (
        <details open={status.failed <= 10}>
          <summary>{t('fetchFailuresHeading', String(status.failed))}</summary>
          <ul class="transfer-failures">
            {status.failures.map((failure) => (
              <Failure key={failure.id} failure={failure} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
