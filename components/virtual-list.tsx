import type { ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  /** Rows in the whole result: the scroll height comes from it, not from rows loaded. */
  total: number;
  /** Every row has this height in CSS pixels, so a position maps to an offset without measuring. */
  rowHeight: number;
  /** Rows drawn beyond each edge of the viewport, so fast scrolling does not show blanks. */
  overscan?: number;
  /** Viewport height to assume until the element has a layout (first frame, tests). */
  fallbackHeight?: number;
  /** The row that must be scrolled into view (keyboard focus), or null. */
  activeIndex: number | null;
  /** Positions start..end (exclusive) are about to be drawn: time to fetch them. */
  onRange: (start: number, end: number) => void;
  renderRow: (index: number, style: Record<string, string>) => ComponentChild;
  /** Attributes for the scrolling element, which carries the list's ARIA role. */
  label: string;
  role?: 'feed' | 'list';
  busy?: boolean;
  id?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Rows to draw for a scroll position: the visible ones plus `overscan` either side, clamped to the list. */
export function visibleSpan(scrollTop: number, height: number, rowHeight: number, total: number, overscan: number): Span {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(height, rowHeight) / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(total, first + count + overscan) };
}

/**
 * A windowed list: only the rows in view (and a few either side) exist in the
 * DOM, absolutely placed inside a spacer as tall as the whole result. 100,000
 * rows cost the same to draw as 10.
 */
export function VirtualList(props: VirtualListProps) {
  const { total, rowHeight, overscan = 4, fallbackHeight = 400, activeIndex, onRange } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  // Rows beyond the viewport are there for scrolling, which cannot start
  // before the list is on screen: the first frame draws the visible rows
  // only (a popup opening waits on every element of that frame), the
  // overscan joins right after it.
  const [margin, setMargin] = useState(0);
  useEffect(() => setMargin(overscan), [overscan]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight > 0 ? el.clientHeight : fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallbackHeight]);

  // A shorter result (new filter, deleted rows) must not leave the view scrolled past its end.
  useEffect(() => {
    const el = scroller.current;
    const max = Math.max(0, total * rowHeight - height);
    if (el && el.scrollTop > max) {
      el.scrollTop = max;
      setScrollTop(max);
    }
  }, [total, rowHeight, height]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex === null || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    let next = el.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + height) next = top + rowHeight - height;
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(next);
    }
  }, [activeIndex, rowHeight, height]);

  const span = visibleSpan(scrollTop, height, rowHeight, total, margin);
  useEffect(() => onRange(span.start, span.end), [span.start, span.end, onRange]);

  const rows: ComponentChild[] = [];
  for (let i = span.start; i < span.end; i++) {
    rows.push(
      props.renderRow(i, {
        position: 'absolute',
        top: `${i * rowHeight}px`,
        left: '0',
        right: '0',
        height: `${rowHeight}px`,
      }),
    );
  }

  return (
    <div
      ref={scroller}
      id={props.id}
      class="vlist"
      role={props.role}
      aria-label={props.label}
      aria-busy={props.busy ? 'true' : 'false'}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div class="vlist__spacer" style={{ height: `${total * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
