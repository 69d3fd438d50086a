/** The options page: export and import, side by side. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { FetchQueuePanel } from '../../components/fetch-queue-panel';
import { ExportPanel } from '../../components/transfer-export';
import { ImportPanel } from '../../components/transfer-import';
import type { StoredCollection } from '../../core/model';
import type { ExportSelection } from '../../lib/api-types';
import { t } from '../../lib/i18n';
import { exportFileName } from '../../lib/transfer/export-name';
import type { TransferServices } from '../../lib/transfer/services';

export interface OptionsAppProps {
  transfer: TransferServices;
  now: () => number;
  currentFilter: ExportSelection | null;
}

export function OptionsApp({ transfer, now, currentFilter }: OptionsAppProps) {
  const [collections, setCollections] = useState<StoredCollection[]>([]);
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
      <ImportPanel importFiles={transfer.importFiles} onImported={refresh} />
      <FetchQueuePanel />
    </>
  );
}
