import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Route, type Worker } from 'playwright-core';
import { findChromium } from './chromium.ts';
import { requireBuild, type BuildKind } from './paths.ts';

export interface LaunchOptions {
  build: BuildKind;
  /** Reuse a profile; by default a fresh one is made under the OS temp dir and removed on close. */
  userDataDir?: string;
  /** Defaults to true. `npm start` opens a window when a display exists. */
  headless?: boolean;
  /** Extra environment for Chromium, e.g. DISPLAY for a virtual screen. */
  env?: Record<string, string>;
}

export interface KiosqueSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** Schemes the browser serves itself; everything else would need the network. */
const LOCAL_SCHEMES = ['chrome-extension:', 'chrome:', 'data:', 'blob:', 'about:', 'devtools:'];

/**
 * There is no network on test machines and CI, and a page's trackers must not
 * slow a benchmark: every request nobody serves gets a 404 (documents) or is
 * aborted (images, scripts, fonts), immediately.
 */
export async function blockNetwork(route: Route): Promise<void> {
  const request = route.request();
  if (LOCAL_SCHEMES.some((scheme) => request.url().startsWith(scheme))) {
    await route.continue();
  } else if (request.resourceType() === 'document') {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not served offline' });
  } else {
    await route.abort('blockedbyclient');
  }
}

/** Chromium's flags for a quiet, offline profile that loads the one unpacked extension in `extensionDir`. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export async function launchKiosque(options: LaunchOptions): Promise<KiosqueSession> {
  const extensionDir = requireBuild(options.build);
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'kiosque-profile-')));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      headless: options.headless ?? true,
      executablePath: findChromium(),
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
      viewport: { width: 1280, height: 800 },
      args: extensionArgs(extensionDir),
    });
    await context.route('**/*', blockNetwork);
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    const extensionId = new URL(worker.url()).host;
    const opened = context;
    let closed = false;
    return {
      context: opened,
      worker,
      extensionId,
      userDataDir,
      async close() {
        if (closed) return;
        closed = true;
        await opened.close();
        // Chromium may still be flushing the profile as it exits.
        if (ownsProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 5 });
      },
    };
  } catch (error) {
    await context?.close();
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
}
