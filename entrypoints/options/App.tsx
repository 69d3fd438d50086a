/** The options page: export and import, side by side. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { FetchQueuePanel } from '../../components/fetch-queue-panel';
import { ExportPanel } from '../../components/transfer-export';
import { ImportPanel } from '../../components/transfer-import';
import type { StoredCollection } from '../../core/model';
import type { ExportSelection, KiosqueApi } from '../../lib/api-types';
import { requestHostAccess } from '../../lib/fetch/host-access';
import { kiosqueApi } from '../../lib/services';
import { t } from '../../lib/i18n';
import { exportFileName } from '../../lib/transfer/export-name';
import type { TransferServices } from '../../lib/transfer/services';

export interface OptionsAppProps {
  transfer: TransferServices;
  now: () => number;
  currentFilter: ExportSelection | null;
  /** The fetch queue (the background's by default). */
  fetchApi?: Pick<KiosqueApi, 'fetchLinks' | 'fetchStatus' | 'cancelFetch'>;
  requestAccess?: () => Promise<boolean>;
}

export function OptionsApp({ transfer, now, currentFilter, fetchApi = kiosqueApi, requestAccess = requestHostAccess }: OptionsAppProps) {
  const [collections, setCollections] = useState<StoredCollection[]>([]);
  // Links queued from an import report: the fetch panel is remounted so it reads the new queue and follows it.
  const [fetchRound, setFetchRound] = useState(0);
  const refresh = useCallback(() => {
    transfer.collections().then(setCollections, () => setCollections([]));
  }, [transfer]);
  useEffect(refresh, [refresh]);

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <ExportPanel
        exportData={transfer.exportData}
        fileName={(format, name) => exportFileName(format, now(), name)}
        collections={collections}
        currentFilter={currentFilter}
      />
      <ImportPanel
        importFiles={transfer.importFiles}
        onImported={refresh}
        fetchLinks={{
          fetchLinks: (ids) => fetchApi.fetchLinks(ids),
          requestAccess,
          onQueued: () => setFetchRound((n) => n + 1),
        }}
      />
      <FetchQueuePanel key={fetchRound} api={fetchApi} requestAccess={requestAccess} />
    </>
  );
}
