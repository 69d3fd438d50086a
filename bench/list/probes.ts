/**
 * Timing probes installed in the popup page before its scripts run. Kept as
 * plain JavaScript source: the bench runs under tsx, whose transform wraps
 * named functions in a helper that does not exist in the page.
 *
 * Times are performance.now() values, milliseconds since the page's
 * navigation started, so "first rows" is measured from navigation.
 */

/**
 * When the first real rows (not placeholders) were painted: window.__firstRows.
 *
 * The browser's own paint timing says it: the first row's title is marked for
 * Element Timing as soon as it enters the DOM, before the frame that paints
 * it, and the entry's paintTime is when that frame's rendering update
 * finished. Its presentationTime, when the pixels reached the screen, is kept
 * beside it (window.__firstRowsPresented): it adds the compositor's work,
 * which depends on the display more than on the page. Where Element Timing is
 * missing, or sends nothing within a second, the end of the frame after the
 * rows appeared stands in, and window.__firstRowsSource says so.
 */
export const FIRST_ROWS_PROBE = `(() => {
  const ID = 'kiosque-first-row';
  const record = (painted, presented, source) => {
    if (window.__firstRows !== undefined) return;
    window.__firstRows = painted;
    window.__firstRowsPresented = presented;
    window.__firstRowsSource = source;
  };
  const types = (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes) || [];
  if (types.includes('element')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier !== ID) continue;
        const painted = entry.paintTime ?? entry.renderTime ?? entry.startTime;
        record(painted, entry.presentationTime ?? entry.renderTime ?? painted, 'element-timing');
      }
    }).observe({ type: 'element', buffered: true });
  }
  const observer = new MutationObserver(() => {
    if (window.__rowsSeen) return;
    const row = document.querySelector('.row:not(.row--placeholder)');
    if (!row) return;
    window.__rowsSeen = true;
    observer.disconnect();
    (row.querySelector('.row__title') ?? row).setAttribute('elementtiming', ID);
    // The rendering update runs right after the frame's animation callbacks,
    // so a task queued from one starts once that frame is painted.
    requestAnimationFrame(() => setTimeout(() => {
      const frameEnd = performance.now();
      setTimeout(() => record(frameEnd, null, 'frame'), types.includes('element') ? 1000 : 0);
    }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * For the latest keydown or change event: when the frame that painted the
 * last DOM change it caused had finished its rendering update (window.__probe). The bench waits for quiet, then reads
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
    // A task queued from the frame's animation callback runs once that frame is painted.
    requestAnimationFrame(() => setTimeout(() => { probe.painted = Math.max(probe.painted, performance.now()); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
