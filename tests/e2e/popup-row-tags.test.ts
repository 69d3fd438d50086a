/**
 * A row of the popup has one line for its tags, in real Chromium's layout:
 * long names end in an ellipsis while short ones stay whole, nothing runs
 * under the row's buttons, and a picker opened from a chip is not cut off by
 * that line.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionTag, ThemeId } from '../../core/model.ts';
import { fakeArticle } from '../factories.ts';
import { callKiosque, launchKiosque, openPopup, waitForKiosque, type KiosqueSession } from './support/index.ts';

const NOW = Date.UTC(2026, 10, 26, 18);
const HEIDELBERG: EditionTag = {
  id: 'heidelberg-mannheim',
  label: { en: 'Heidelberg-Mannheim', fr: 'Heidelberg-Mannheim' },
  country: 'DE',
  kind: 'city',
  source: 'site',
  confidence: 0.95,
};
const MADRID: EditionTag = { id: 'madrid', label: { en: 'Madrid', fr: 'Madrid' }, country: 'ES', kind: 'city', source: 'site', confidence: 0.95 };

function article(id: string, edition: EditionTag, themes: ThemeId[], minutesAgo: number) {
  return fakeArticle({
    id,
    url: `https://www.lepetitjournal.com/${edition.id}/${id}`,
    pageUrl: `https://www.lepetitjournal.com/${edition.id}/${id}`,
    title: `Stammtisch francophone au Marstall (${id})`,
    edition,
    themes: themes.map((theme) => ({ id: theme, source: 'text' as const, confidence: 0.7 })),
    status: 'unread',
    savedAt: NOW - minutesAgo * 60_000,
    updatedAt: NOW - minutesAgo * 60_000,
  });
}

let session: KiosqueSession;
let popup: Page;

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  await waitForKiosque(session.worker);
  // Too long for one line: a long edition and two long themes beside a short one.
  await callKiosque(session.worker, 'restoreArticle', article('long', HEIDELBERG, ['expat-life', 'lifestyle-leisure', 'travel-transport'], 1));
  await callKiosque(session.worker, 'restoreArticle', article('short', MADRID, ['sport'], 2));
  popup = await openPopup(session.context, session.extensionId);
  await popup.locator('.row[data-id="short"]').waitFor();
});

afterAll(async () => {
  await session?.close();
});

interface ChipBox {
  text: string;
  title: string | null;
  top: number;
  height: number;
  right: number;
  cut: boolean;
}

function chipsOf(id: string): Promise<{ body: number; buttons: number; chips: ChipBox[] }> {
  return popup.evaluate((rowId) => {
    const row = document.querySelector(`.row[data-id="${rowId}"]`)!;
    const line = row.querySelector('.chips')!;
    const chips = [...line.querySelectorAll<HTMLElement>('.chip')].map((chip) => {
      const box = chip.getBoundingClientRect();
      return { text: chip.textContent ?? '', title: chip.getAttribute('title'), top: box.top, height: box.height, right: box.right, cut: chip.scrollWidth > chip.clientWidth };
    });
    return { body: line.getBoundingClientRect().right, buttons: row.querySelector('.row__actions')!.getBoundingClientRect().left, chips };
  }, id);
}

describe('tags in a popup row', () => {
  it('keep one line, shorten long names only, and stay clear of the row buttons', async () => {
    const long = await chipsOf('long');
    expect(long.chips.map((c) => c.title)).toEqual(['Heidelberg-Mannheim', 'Expat life', 'Lifestyle & leisure', 'Travel & transport']);
    for (const chip of long.chips) {
      expect(chip.height).toBeLessThanOrEqual(24);
      expect(Math.abs(chip.top - long.chips[0]!.top)).toBeLessThan(1);
    }
    // Something had to give on this line, and it was not the short name.
    expect(long.chips.some((c) => c.cut)).toBe(true);
    expect(long.chips.find((c) => c.title === 'Expat life')?.cut).toBe(false);
    expect(long.body).toBeLessThanOrEqual(long.buttons);

    const short = await chipsOf('short');
    expect(short.chips.map((c) => c.cut)).toEqual([false, false, false]);
    // The add chip is whole and inside the line.
    expect(short.chips.at(-1)!.right).toBeLessThanOrEqual(short.body);
  });

  it('opens a theme picker from a shortened chip that is not cut off, and saves the choice', async () => {
    const row = popup.locator('.row[data-id="long"]');
    await row.getByRole('button', { name: /Lifestyle & leisure/ }).click();
    const picker = row.locator('.picker');
    await picker.waitFor();
    const box = await picker.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(60);
    // Playwright clicks only what the hit test reaches: a picker clipped by the tag line would fail here.
    await picker.getByRole('checkbox', { name: /Lifestyle/ }).click();
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(
      () => [...document.querySelectorAll('.row[data-id="long"] .chip--theme')].map((c) => c.getAttribute('title')).join('|') === 'Expat life|Travel & transport',
      null,
      { timeout: 10_000 },
    );
    const stored = await callKiosque(session.worker, 'getArticle', 'long');
    expect(stored.themes.map((t) => t.id)).toEqual(['expat-life', 'travel-transport']);
  });
});
