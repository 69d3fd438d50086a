import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Closes a popover on Escape or on a pointer press outside it, the two exits a
 * keyboard or mouse user expects. Listeners live on the owner document so this
 * works the same in the popup, the reader and jsdom.
 */
export function useDismiss(ref: RefObject<HTMLElement>, onClose: () => void): void {
  useEffect(() => {
    const doc = ref.current?.ownerDocument;
    if (!doc) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    };
    const onPointer = (event: Event) => {
      const target = event.target;
      if (ref.current && target instanceof Node && !ref.current.contains(target)) onClose();
    };
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener('mousedown', onPointer, true);
    return () => {
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('mousedown', onPointer, true);
    };
  }, [ref, onClose]);
}
