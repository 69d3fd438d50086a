/**
 * The Firefox build, checked without Firefox (none is installed on the test
 * machines): its manifest declares a non-persistent event page and nothing
 * Firefox lacks, `web-ext lint` finds no error, and the built background.js,
 * run in a DOM window against a `browser` object that has only what
 * Firefox's MV2 API has (no `action`, no `offscreen`, no
 * `runtime.getContexts`), registers its listeners on load and saves a page
 * from the keyboard command end to end, badge included.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeExtractionResult } from '../factories.ts';
import { repoRoot } from './support/index.ts';

const run = promisify(execFile);

/** `npm run lint:firefox` builds it; KIOSQUE_OUTPUT_DIR points at a copy kept elsewhere. */
function firefoxDir(): string {
  const root = process.env.KIOSQUE_OUTPUT_DIR ? path.resolve(process.env.KIOSQUE_OUTPUT_DIR) : path.join(repoRoot, '.output');
  const dir = path.join(root, 'firefox-mv2');
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No Firefox build at ${dir}. Run \`npx wxt build -b firefox\` first.`);
  return dir;
}

// `npm run test:e2e` builds for Chrome only: build for Firefox here when that build is missing from .output
// (never into a KIOSQUE_OUTPUT_DIR copy, which its owner keeps up to date).
beforeAll(async () => {
  if (process.env.KIOSQUE_OUTPUT_DIR || existsSync(path.join(repoRoot, '.output/firefox-mv2/manifest.json'))) return;
  await run(path.join(repoRoot, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: repoRoot, maxBuffer: 20 * 1024 * 1024 });
}, 170_000);

interface Manifest {
  manifest_version: number;
  background?: { scripts?: string[]; persistent?: boolean; service_worker?: string };
  permissions?: string[];
  optional_permissions?: string[];
  browser_action?: unknown;
  action?: unknown;
  commands?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

/** Permissions Chrome grants that Firefox does not know: asking for one breaks installation or lint. */
const CHROME_ONLY = ['offscreen', 'sidePanel', 'tabGroups', 'declarativeNetRequestFeedback', 'readingList', 'debugger'];

describe('Firefox manifest', () => {
  const manifest = () => JSON.parse(readFileSync(path.join(firefoxDir(), 'manifest.json'), 'utf8')) as Manifest;

  it('declares an MV2 event page, not a persistent page or a service worker', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(2);
    expect(m.background).toEqual({ scripts: ['background.js'], persistent: false });
  });

  it('uses browser_action, a gecko id and a minimum version that has scripting, storage.session and event pages', () => {
    const m = manifest();
    expect(m.browser_action).toBeDefined();
    expect(m.action).toBeUndefined();
    expect(m.browser_specific_settings?.gecko?.id).toBe('kiosque@kiosque.app');
    expect(Number.parseInt(m.browser_specific_settings?.gecko?.strict_min_version ?? '0', 10)).toBeGreaterThanOrEqual(115);
    expect(Object.keys(m.commands ?? {})).toContain('save-page');
  });

  it('asks for no permission Firefox lacks', () => {
    const m = manifest();
    const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
    expect(asked.filter((p) => CHROME_ONLY.includes(p))).toEqual([]);
  });

  it('passes web-ext lint with no error', async () => {
    const bin = path.join(repoRoot, 'node_modules/.bin/web-ext');
    // web-ext exits non-zero when it finds errors; the JSON report is what is asserted.
    const result = await run(bin, ['lint', '--source-dir', firefoxDir(), '--self-hosted', '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 20 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(result.stdout) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return { listeners, addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined, hasListener: () => false };
}

/** The parts of Firefox's `browser` the background touches, recording what it does. */
function firefoxBrowser(page: { url: string; tabId: number }, realm: () => { JSON: typeof JSON }) {
  const calls: Array<[string, unknown]> = [];
  const record = (name: string) => async (arg?: unknown) => {
    calls.push([name, arg]);
  };
  const events = {
    onInstalled: event(),
    onStartup: event(),
    onMessage: event(),
    onCommand: event(),
    onClicked: event(),
    onChanged: event(),
  };
  const storageArea = () => ({ get: async () => ({}), set: async () => undefined, remove: async () => undefined, onChanged: event() });
  const api = {
    runtime: {
      id: 'kiosque@kiosque.app',
      getURL: (p: string) => `moz-extension://5d1f6a2e-0000-4000-8000-000000000001${p.startsWith('/') ? p : `/${p}`}`,
      getManifest: () => ({ manifest_version: 2 }),
      onInstalled: events.onInstalled,
      onStartup: events.onStartup,
      onMessage: events.onMessage,
      sendMessage: async () => undefined,
    },
    i18n: { getMessage: () => '', getUILanguage: () => 'fr' },
    commands: { onCommand: events.onCommand },
    contextMenus: { create: (arg: unknown) => void calls.push(['contextMenus.create', arg]), removeAll: async () => undefined, onClicked: events.onClicked },
    browserAction: {
      setBadgeText: record('browserAction.setBadgeText'),
      setBadgeBackgroundColor: record('browserAction.setBadgeBackgroundColor'),
      setTitle: record('browserAction.setTitle'),
    },
    tabs: {
      get: async (id: number) => ({ id, url: page.url, active: true, windowId: 1 }),
      query: async () => [{ id: page.tabId, url: page.url, active: true, windowId: 1 }],
      sendMessage: async () => undefined,
      onRemoved: event(),
      onUpdated: event(),
    },
    scripting: {
      // Firefox reports no documentId: saveTab targets the tab alone.
      executeScript: async (injection: { func?: unknown; files?: string[] }) => {
        calls.push(['scripting.executeScript', injection.files ?? 'probe']);
        const result = injection.func ? page.url : fakeExtractionResult({ url: page.url, canonicalUrl: page.url, title: 'Le tram revient à Madrid' });
        // Firefox hands the background a structured clone made in its own realm, as this copy is.
        return realm().JSON.parse(JSON.stringify([{ frameId: 0, result }])) as unknown;
      },
    },
    permissions: { contains: async () => false, onAdded: event(), onRemoved: event() },
    storage: { local: storageArea(), session: storageArea(), sync: storageArea(), onChanged: events.onChanged },
    alarms: { create: async () => undefined, clear: async () => true, get: async () => undefined, onAlarm: event() },
    extension: { isAllowedFileSchemeAccess: async () => false },
  };
  return { api, events, calls };
}

describe('Firefox event page', () => {
  it('registers its listeners on load and saves the focused tab from the keyboard command, badge through browserAction', async () => {
    const source = readFileSync(path.join(firefoxDir(), 'background.js'), 'utf8');
    const page = { url: 'https://lepetitjournal.com/madrid/actualites/tram-retour-384900', tabId: 7 };
    const realm: { window?: { JSON: typeof JSON } } = {};
    const { api, events, calls } = firefoxBrowser(page, () => realm.window ?? globalThis);
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      runScripts: 'outside-only',
      url: api.runtime.getURL('/_generated_background_page.html'),
    });
    realm.window = dom.window as unknown as { JSON: typeof JSON };
    const win = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
    Object.assign(win, { browser: api, chrome: api, indexedDB, IDBKeyRange });
    const errors: unknown[] = [];
    dom.window.addEventListener('error', (e) => errors.push(e.error));
    dom.window.addEventListener('unhandledrejection', (e) => errors.push((e as unknown as { reason: unknown }).reason));
    try {
      win.eval(source);
      // Listeners exist as soon as the page has loaded: an event page is woken by them.
      expect(events.onCommand.listeners).toHaveLength(1);
      expect(events.onClicked.listeners).toHaveLength(1);
      expect(events.onInstalled.listeners.length).toBeGreaterThanOrEqual(1);
      expect(events.onMessage.listeners.length).toBeGreaterThanOrEqual(1);
      const kiosque = win.kiosque as { listArticles(): Promise<Array<{ title: string; url: string }>> } | undefined;
      expect(kiosque).toBeDefined();

      for (const listener of events.onInstalled.listeners) await listener({ reason: 'install' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.some(([name]) => name === 'contextMenus.create')).toBe(true);

      // Firefox may omit the tab: the background asks which tab has focus.
      await events.onCommand.listeners[0]!('save-page', undefined);
      await expect.poll(async () => (await kiosque!.listArticles()).map((a) => a.title), { timeout: 10_000 }).toEqual(['Le tram revient à Madrid']);
      await expect.poll(() => calls.filter(([name]) => name === 'browserAction.setBadgeText').map(([, arg]) => arg), { timeout: 5_000 }).toContainEqual({
        tabId: page.tabId,
        text: '✓',
      });
      expect(calls.filter(([name]) => name === 'scripting.executeScript').map(([, arg]) => arg)).toEqual(['probe', ['/extract.js']]);
      expect(errors).toEqual([]);
    } finally {
      dom.window.close();
    }
  });
});
