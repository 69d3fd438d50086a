/**
 * The import panel: one or several files, a format (detected unless the
 * reader picks one), progress per file, and a report per file: added,
 * merged, skipped, and every row that failed with where and why.
 */
import { useState } from 'preact/hooks';
import { IMPORT_FORMATS, type ImportFormat } from '../core/formats/types';
import { t, type MessageKey } from '../lib/i18n';
import type { FileOutcome, ImportProgress, NamedSource } from '../lib/transfer/import-data';
import { ErrorLine } from './transfer-export';
import { FetchImportedLinks, type FetchImportedProps } from './transfer-fetch-links';
import { formatKey } from './transfer-labels';

export interface ImportPanelProps {
  importFiles(
    files: NamedSource[],
    format: ImportFormat | undefined,
    onProgress: (progress: ImportProgress & { fileName: string }) => void,
  ): Promise<FileOutcome[]>;
  /** After any file was imported (the page refreshes its collection list). */
  onImported?(): void;
  /** Offers to fetch a report's new links at once; without it the report only counts them. */
  fetchLinks?: Omit<FetchImportedProps, 'linkIds'>;
}

/** Failures listed in full up to this many; the count says how many more. */
const SHOWN_FAILURES = 50;

function Report({ result, fetchLinks }: { result: FileOutcome; fetchLinks: ImportPanelProps['fetchLinks'] }) {
  if (!result.ok) {
    return (
      <li class="transfer-report failed" data-testid="import-report">
        <strong>{result.fileName}</strong>
        <ErrorLine error={result.error} />
        <p>{t('importFileFailed')}</p>
      </li>
    );
  }
  const o = result.outcome;
  return (
    <li class="transfer-report" data-testid="import-report">
      <strong>{result.fileName}</strong>
      <ul class="transfer-counts">
        <li data-count="added">{t('importAdded', String(o.added))}</li>
        <li data-count="merged">{t('importMerged', String(o.merged))}</li>
        <li data-count="skipped">{t('importSkipped', String(o.skipped))}</li>
        <li data-count="failed">{t('importFailedCount', String(o.failed.length))}</li>
      </ul>
      {o.linkIds.length > 0 && <p>{t('importLinks', String(o.linkIds.length))}</p>}
      {o.linkIds.length > 0 && fetchLinks && <FetchImportedLinks linkIds={o.linkIds} {...fetchLinks} />}
      {o.collections.length > 0 && <p>{t('importCollections', o.collections.join(', '))}</p>}
      {o.failed.length > 0 && (
        <ul class="transfer-failures">
          {o.failed.slice(0, SHOWN_FAILURES).map((f, i) => (
            <li key={i}>
              <code>{f.where}</code> {f.reason}
            </li>
          ))}
          {o.failed.length > SHOWN_FAILURES && <li>… +{o.failed.length - SHOWN_FAILURES}</li>}
        </ul>
      )}
    </li>
  );
}

export function ImportPanel(props: ImportPanelProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<(ImportProgress & { fileName: string }) | null>(null);
  const [results, setResults] = useState<FileOutcome[]>([]);
  const [missing, setMissing] = useState(false);

  async function run(event: Event) {
    event.preventDefault();
    if (files.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setResults([]);
    try {
      const out = await props.importFiles(
        files.map((file) => ({ name: file.name, data: file })),
        format === 'auto' ? undefined : format,
        setProgress,
      );
      setResults(out);
      if (out.some((r) => r.ok)) props.onImported?.();
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <section class="transfer-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="transfer-intro">{t('importIntro')}</p>
      <form onSubmit={run}>
        <label>
          {t('importFilesLabel')}
          <input
            type="file"
            name="files"
            multiple
            accept=".json,.csv,.html,.htm,.zip"
            onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
          />
        </label>
        <label>
          {t('importFormatLabel')}
          <select name="format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ImportFormat | 'auto')}>
            <option value="auto">{t('importFormatAuto')}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(formatKey('importFormat_', f))}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('importButton')}
        </button>
      </form>
      {missing && <p class="transfer-error" role="alert">{t('importNoFiles')}</p>}
      {progress && (
        <div class="transfer-progress">
          <progress
            max={Math.max(1, progress.total)}
            // Indeterminate until a phase knows its total: reading, and parsing before the file's entries are counted.
            value={progress.phase !== 'reading' && progress.phase !== 'done' && progress.total > 0 ? progress.done : undefined}
          />
          <span>{t(`importPhase_${progress.phase}` as MessageKey, progress.fileName)}</span>
        </div>
      )}
      {results.length > 0 && (
        <ul class="transfer-reports" role="status">
          {results.map((r, i) => (
            <Report key={i} result={r} fetchLinks={props.fetchLinks} />
          ))}
        </ul>
      )}
    </section>
  );
}
