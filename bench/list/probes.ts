/**
 * Timing probes installed in the popup page before its scripts run. Kept as
 * plain JavaScript source: the bench runs under tsx, whose transform wraps
 * named functions in a helper that does not exist in the page.
 *
 * Times are performance.now() values, milliseconds since the page's
 * navigation started, so "first rows" is measured from navigation.
 */

/** Marks the first frame after real rows (not placeholders) are in the list: window.__firstRows. */
export const FIRST_ROWS_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (window.__firstRows !== undefined || window.__rowsSeen) return;
    if (!document.querySelector('.row:not(.row--placeholder)')) return;
    window.__rowsSeen = true;
    observer.disconnect();
    // The frame after the DOM change is the one that paints it.
    requestAnimationFrame(() => { window.__firstRows = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * For the latest keydown or change event: when the last DOM change it caused
 * was painted (window.__probe). The bench waits for quiet, then reads
 * painted minus the event's time stamp.
 */
export const UPDATE_PROBE = `(() => {
  const arm = (event) => {
    window.__probe = { eventAt: event.timeStamp, lastChange: 0, painted: 0, changes: 0 };
  };
  document.addEventListener('keydown', arm, true);
  document.addEventListener('change', arm, true);
  const observer = new MutationObserver(() => {
    const probe = window.__probe;
    if (!probe) return;
    probe.changes += 1;
    probe.lastChange = performance.now();
    requestAnimationFrame(() => { probe.painted = Math.max(probe.painted, performance.now()); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
