import { useEffect } from 'preact/hooks';

export interface UndoToastProps {
  message: string;
  actionLabel: string;
  onAction: () => void;
  /** Called when the toast times out; the deletion then stands. */
  onExpire: () => void;
  durationMs?: number;
}

/** Six seconds is long enough to notice a wrong click and short enough not to linger. */
export const UNDO_MS = 6000;

export function UndoToast({ message, actionLabel, onAction, onExpire, durationMs = UNDO_MS }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, durationMs);
    return () => clearTimeout(timer);
  }, [onExpire, durationMs]);

  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" class="toast__action" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
