/**
 * The export panel: a format, a selection, a progress bar, and a download
 * made from a Blob URL and an <a download>, so no `downloads` permission is
 * needed. The export yields to the page between chunks, so a 10,000-article
 * library keeps the page responsive while it is written.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredCollection } from '../core/model';
import { EXPORT_FORMATS, type ExportFormat, type ExportSelection } from '../lib/api-types';
import { t } from '../lib/i18n';
import type { ExportRunOptions } from '../lib/transfer/export-data';
import { describeError } from './error-message';
import { errorDetail, formatKey } from './transfer-labels';

export interface ExportPanelProps {
  exportData(format: ExportFormat, selection: ExportSelection, run: ExportRunOptions): Promise<Blob>;
  fileName(format: ExportFormat, name: string | undefined): string;
  collections: StoredCollection[];
  /** The popup's filter when the page was opened from it. */
  currentFilter: ExportSelection | null;
}

function selectionFor(choice: string, current: ExportSelection | null): ExportSelection {
  if (choice === 'current' && current) return current;
  if (choice.startsWith('c:')) return { kind: 'collection', id: choice.slice(2) };
  return { kind: 'all' };
}

export function ExportPanel(props: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('kiosque-json');
  const [choice, setChoice] = useState(props.currentFilter ? 'current' : 'all');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const link = useRef<HTMLAnchorElement>(null);

  // A Blob URL holds the whole file in memory until it is revoked.
  useEffect(() => () => {
    if (file) URL.revokeObjectURL(file.url);
  }, [file]);
  useEffect(() => {
    if (file) link.current?.click();
  }, [file]);

  const manual = props.collections.filter((c) => c.kind === 'manual');
  const searches = props.collections.filter((c) => c.kind === 'search');

  async function run(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFile(null);
    setProgress(null);
    try {
      const selection = selectionFor(choice, props.currentFilter);
      const blob = await props.exportData(format, selection, { onProgress: setProgress });
      const name = selection.kind === 'collection' ? props.collections.find((c) => c.id === selection.id)?.name : undefined;
      setFile({ url: URL.createObjectURL(blob), name: props.fileName(format, name) });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="transfer-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <p class="transfer-intro">{t('exportIntro')}</p>
      <form onSubmit={run}>
        <label>
          {t('exportFormatLabel')}
          <select name="format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(formatKey('exportFormat_', f))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('exportWhatLabel')}
          <select name="selection" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="all">{t('exportWhole')}</option>
            {props.currentFilter && <option value="current">{t('exportCurrentFilter')}</option>}
            {manual.length > 0 && (
              <optgroup label={t('exportCollectionsGroup')}>
                {manual.map((c) => (
                  <option key={c.id} value={`c:${c.id}`}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            )}
            {searches.length > 0 && (
              <optgroup label={t('exportSearchesGroup')}>
                {searches.map((c) => (
                  <option key={c.id} value={`c:${c.id}`}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('exportButton')}
        </button>
      </form>
      {progress && (
        <div class="transfer-progress">
          <progress max={Math.max(1, progress.total)} value={progress.done} />
          <span>{t('exportProgress', [String(progress.done), String(progress.total)])}</span>
        </div>
      )}
      {file && (
        <p class="transfer-done" role="status">
          {t('exportReady', file.name)}{' '}
          <a ref={link} href={file.url} download={file.name} data-testid="export-download">
            {t('exportDownload')}
          </a>
        </p>
      )}
      {error !== null && <ErrorLine error={error} />}
    </section>
  );
}

export function ErrorLine({ error }: { error: unknown }) {
  const detail = errorDetail(error);
  return (
    <p class="transfer-error" role="alert">
      {describeError(error)}
      {detail && <span class="transfer-detail">{t('error_detail', detail)}</span>}
    </p>
  );
}
