import { t } from '../lib/i18n';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; created: boolean }
  | { kind: 'error'; message: string };

export interface SaveButtonProps {
  status: SaveStatus;
  onSave: () => void;
}

export function SaveButton({ status, onSave }: SaveButtonProps) {
  const saving = status.kind === 'saving';
  return (
    <div class="save">
      <button type="button" class="save__button" onClick={onSave} disabled={saving} aria-busy={saving}>
        {saving ? <span class="spinner" aria-hidden="true" /> : null}
        {saving ? t('saveInProgress') : t('saveButton')}
      </button>
      {/* Success is polite, failure interrupts: the reader must know the page was not kept. */}
      <p class="save__status" role="status" aria-live="polite">
        {status.kind === 'done' ? t(status.created ? 'saveCreated' : 'saveUpdated') : ''}
      </p>
      {status.kind === 'error' ? (
        <p class="save__error" role="alert">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
