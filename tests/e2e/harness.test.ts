import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, launchKiosque, serveFixtures, tabIdFor, type KiosqueSession } from './support/index.ts';

let session: KiosqueSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it is executable', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosque-chromium-'));
    const fake = path.join(dir, 'chromium');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    try {
      expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the file when CHROMIUM_PATH is wrong instead of silently falling back', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/CHROMIUM_PATH=\/nonexistent/);
  });
});

describe('launchKiosque and serveFixtures', () => {
  it('loads the extension in a fresh profile, serves pages at their real URLs and nothing else', async () => {
    session = await launchKiosque({ build: 'e2e' });
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.userDataDir.startsWith(os.tmpdir())).toBe(true);

    const url = 'https://www.thelocal.es/20261127/test-page?ref=home';
    await serveFixtures(session.context, [
      { url, html: '<html><head><title>Served</title></head><body><img src="/big.jpg"></body></html>' },
    ]);
    const page = await session.context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const response = await page.goto(`${url}#comments`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Served');
    expect(await page.evaluate(() => location.href)).toBe(`${url}#comments`);
    expect(failed).toContain('https://www.thelocal.es/big.jpg');
    expect(await tabIdFor(session.worker, `${url}#comments`)).toBeGreaterThan(0);

    const missing = await page.goto('https://www.thelocal.es/not-served');
    expect(missing?.status()).toBe(404);
  });

  it('removes the temporary profile on close', async () => {
    session = await launchKiosque({ build: 'e2e' });
    const dir = session.userDataDir;
    await session.close();
    session = undefined;
    await expect(import('node:fs/promises').then((fs) => fs.stat(dir))).rejects.toThrow(/ENOENT/);
  });
});
