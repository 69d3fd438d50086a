import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** The scrolling surface, abstracted so the reading position can be tested without a layout engine. */
export interface ScrollViewport {
  /** Current offset and the largest possible one (content height minus the visible height). */
  measure(): { top: number; max: number };
  scrollTo(top: number): void;
  onScroll(listener: () => void): () => void;
  /** The page is going away or to the background: last chance to save. */
  onHide(listener: () => void): () => void;
}

export function windowViewport(win: Window = window): ScrollViewport {
  const doc = win.document;
  return {
    measure: () => {
      const root = doc.scrollingElement ?? doc.documentElement;
      return { top: root.scrollTop, max: Math.max(0, root.scrollHeight - win.innerHeight) };
    },
    scrollTo: (top) => win.scrollTo({ top, behavior: 'instant' }),
    onScroll: (listener) => {
      win.addEventListener('scroll', listener, { passive: true });
      return () => win.removeEventListener('scroll', listener);
    },
    onHide: (listener) => {
      const onVisibility = () => {
        if (doc.visibilityState === 'hidden') listener();
      };
      win.addEventListener('pagehide', listener);
      doc.addEventListener('visibilitychange', onVisibility);
      return () => {
        win.removeEventListener('pagehide', listener);
        doc.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}

/**
 * Position as a fraction of the article. The last screenful counts as the
 * end: a reader who reached the closing paragraph has finished even if the
 * footer below never scrolled into view.
 */
export function progressOf(top: number, max: number): number {
  if (max <= 0) return 0;
  const ratio = top / max;
  if (ratio >= 0.98) return 1;
  return Math.min(1, Math.max(0, Math.round(ratio * 1000) / 1000));
}

export interface ReadingProgressOptions {
  articleId: string;
  /** The stored progress, restored once the article is on screen. */
  initial: number;
  save: (progress: number) => Promise<void>;
  onError: (error: unknown) => void;
  viewport: ScrollViewport;
  /** At most one write per interval while scrolling; the last position is always written. */
  throttleMs?: number;
}

/** Smaller moves are not worth a database write. */
const MIN_CHANGE = 0.01;

/**
 * Restores the stored position, then saves the new one as the reader
 * scrolls: throttled (a scroll fires dozens of events a second and each save
 * is a transaction), and flushed when the page hides or the article changes.
 */
export function useReadingProgress({ articleId, initial, save, onError, viewport, throttleMs = 1000 }: ReadingProgressOptions): number {
  const [progress, setProgress] = useState(initial);
  // Callbacks in refs: a parent re-render must not restart the listeners or lose the pending write.
  const saveRef = useRef(save);
  const errorRef = useRef(onError);
  saveRef.current = save;
  errorRef.current = onError;

  useEffect(() => {
    let saved = initial;
    let latest = initial;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastWrite = 0;

    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (Math.abs(latest - saved) < MIN_CHANGE && !(latest === 1 && saved !== 1)) return;
      saved = latest;
      lastWrite = Date.now();
      saveRef.current(latest).catch((error: unknown) => errorRef.current(error));
    };

    const onScroll = () => {
      const { top, max } = viewport.measure();
      latest = progressOf(top, max);
      setProgress(latest);
      if (timer !== undefined) return;
      const wait = Math.max(0, throttleMs - (Date.now() - lastWrite));
      timer = setTimeout(flush, wait);
    };

    // Restore after layout: the body was just rendered. A finished article
    // opens at the top again, since reopening it means reading it again.
    const frame = requestAnimationFrame(() => {
      if (initial > 0 && initial < 1) {
        const { max } = viewport.measure();
        viewport.scrollTo(Math.round(initial * max));
      }
    });
    const offScroll = viewport.onScroll(onScroll);
    const offHide = viewport.onHide(flush);
    return () => {
      cancelAnimationFrame(frame);
      offScroll();
      offHide();
      flush();
    };
    // `initial` is read once per article: later writes must not scroll the page back.
  }, [articleId, viewport, throttleMs]);

  return progress;
}

/** A thin bar at the top of the page; also exposed to assistive technology as a progress bar. */
export function ReadingProgressBar({ progress }: { progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div
      class="reading-progress"
      role="progressbar"
      aria-label={t('readerProgress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div class="reading-progress__bar" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
