import { afterEach, describe, expect, it } from 'vitest';
import {
  activeTabId,
  attemptKiosque,
  callKiosque,
  editionId,
  launchKiosque,
  listFixtures,
  serveFixtures,
  startXvfb,
  type KiosqueSession,
  type VirtualDisplay,
} from './support/index.ts';

let display: VirtualDisplay | undefined;
let session: KiosqueSession | undefined;

afterEach(async () => {
  await session?.close();
  await display?.stop();
  session = undefined;
  display = undefined;
});

async function waitForRows(worker: KiosqueSession['worker'], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await callKiosque(worker, 'listArticles');
    if (rows.length > 0 || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the production path: a key press, no host permissions', () => {
  it('saves the page when the reader presses Alt+Shift+S, which a script alone cannot do', async () => {
    const fixture = listFixtures().find((f) => f.slug === 'lepetitjournal-madrid-restrictions');
    expect(fixture, 'fixture lepetitjournal-madrid-restrictions').toBeDefined();
    if (!fixture) return;
    display = await startXvfb();
    session = await launchKiosque({ build: 'prod', headless: false, env: { DISPLAY: display.display } });
    await serveFixtures(session.context, [fixture]);
    const page = await session.context.newPage();
    await page.goto(fixture.url);
    // Without host permissions the extension cannot read the tab's URL either.
    const tabId = await activeTabId(session.worker, page);

    // Without a gesture the production build has no access to the page.
    const scripted = await attemptKiosque(session.worker, 'saveTab', tabId);
    expect(scripted.ok).toBe(false);
    if (!scripted.ok) expect(scripted.error.code).not.toBeNull();
    expect(await callKiosque(session.worker, 'listArticles')).toEqual([]);

    await display.focus('chromium');
    await display.key('alt+shift+s');
    const rows = await waitForRows(session.worker, 15_000);

    expect(rows).toHaveLength(1);
    expect(rows[0]?.title).toBe(fixture.expected.title);
    expect(rows[0]?.pageUrl).toBe(fixture.url);
    expect(rows[0]?.edition?.id).toBe(editionId(fixture.expected.edition));
  });
});
