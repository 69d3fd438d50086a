import { describe, expect, it } from 'vitest';
import { popupOnItsOwn, type GroupedEntrypoint } from '../../../build/popup-build';

const entry = (type: string, name = type): GroupedEntrypoint & { name: string } => ({ type, name });

describe('popupOnItsOwn', () => {
  it('takes the popup out of the pages built together and gives it a build of its own', () => {
    const background = entry('background');
    const options = entry('options');
    const popup = entry('popup');
    const reader = entry('unlisted-page', 'reader');
    const groups = [background, [options, popup, reader], entry('content-script', 'extract')];
    expect(popupOnItsOwn(groups)).toBe(true);
    expect(groups).toEqual([background, [options, reader], entry('content-script', 'extract'), [popup]]);
  });

  it('leaves the groups as they are when the popup is already alone or absent', () => {
    const alone = [[entry('options'), entry('unlisted-page', 'reader')], [entry('popup')]];
    const copy = structuredClone(alone);
    expect(popupOnItsOwn(alone)).toBe(false);
    expect(alone).toEqual(copy);
    const none = [entry('background'), [entry('options'), entry('unlisted-page', 'reader')]];
    expect(popupOnItsOwn(none)).toBe(false);
    expect(none).toHaveLength(2);
  });
});
