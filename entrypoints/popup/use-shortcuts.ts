import { useEffect, useRef } from 'preact/hooks';

export type ShortcutAction = 'search' | 'next' | 'previous' | 'first' | 'last' | 'open' | 'read' | 'archive' | 'favourite' | 'leave';

/** Fields where letters are text, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  // Checkboxes and buttons take no text: `j` on a collection checkbox still moves through the list.
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/**
 * The popup's key map, for one keydown: null when the key is not a shortcut
 * here. Enter opens only from the row itself, since on a button it presses
 * that button; arrows move only when a row has focus, so they keep scrolling
 * a select or a picker.
 */
export function shortcutFor(event: KeyboardEvent, onRow: boolean): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return event.key === 'Escape' ? 'leave' : null;
  switch (event.key) {
    case '/':
      return 'search';
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'o':
      return 'open';
    case 'r':
      return 'read';
    case 'e':
      return 'archive';
    case 'f':
      return 'favourite';
    case 'Enter':
      return onRow ? 'open' : null;
    // Page Down / Page Up are the feed pattern's own keys for the next and previous article.
    case 'ArrowDown':
    case 'PageDown':
      return onRow ? 'next' : null;
    case 'ArrowUp':
    case 'PageUp':
      return onRow ? 'previous' : null;
    case 'Home':
      return onRow ? 'first' : null;
    case 'End':
      return onRow ? 'last' : null;
    default:
      return null;
  }
}

/** Listens on the document; `handler` may change every render without re-binding. */
export function useShortcuts(doc: Document | undefined, handler: (action: ShortcutAction, event: KeyboardEvent) => void): void {
  const current = useRef(handler);
  current.current = handler;
  useEffect(() => {
    const target = doc ?? document;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const onRow = event.target instanceof Element && event.target.matches('.row');
      const action = shortcutFor(event, onRow);
      if (action === null) return;
      event.preventDefault();
      current.current(action, event);
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [doc]);
}
