import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionOption } from '../../components/edition-option';
import { TagChips } from '../../components/tag-chips';
import type { TagPatch } from '../../lib/api-types';
import { listEditions } from '../../core/tagging/editions-list';
import { fakeEdition } from '../factories';
import { byLabel, byText, click, key, mount, type, useLocale } from './ui-helpers';

const editions: EditionOption[] = listEditions();

beforeEach(() => {
  useLocale('en');
});

describe('TagChips', () => {
  it('shows the edition and theme chips, and a placeholder edition when untagged', () => {
    const root = mount(
      <TagChips
        edition={fakeEdition()}
        themes={[{ id: 'politics', source: 'text', confidence: 0.7 }]}
        editions={editions}
        lang="en"
        onChange={() => {}}
      />,
    );
    expect(byLabel(root, 'Edition: Madrid. Change')?.textContent).toBe('Madrid');
    expect(byText(root, '.chip--theme', 'Politics')).toHaveLength(1);
    expect(byLabel(root, 'Add a theme')).not.toBeNull();

    const empty = mount(<TagChips edition={null} themes={[]} editions={editions} lang="fr" onChange={() => {}} />);
    expect(empty.querySelector('.chip--edition')?.className).toContain('chip--empty');
  });

  it('corrects the edition in two clicks, stored as a user tag', async () => {
    const onChange = vi.fn<(patch: TagPatch) => void>();
    const root = mount(<TagChips edition={fakeEdition()} themes={[]} editions={editions} lang="en" onChange={onChange} />);
    await click(root.querySelector('.chip--edition'));
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Choose an edition');
    // The search narrows the list; accents are ignored.
    await type(root.querySelector('input[type="search"]'), 'barcel');
    const options = [...root.querySelectorAll('.picker__option:not(.picker__option--none)')];
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Barcelona')]);
    await click(options[0]);
    expect(onChange).toHaveBeenCalledTimes(1);
    const patch = onChange.mock.calls[0]?.[0];
    const barcelona = editions.find((e) => e.label.en === 'Barcelona');
    expect(barcelona).toBeDefined();
    expect(patch).toEqual({ edition: { ...barcelona, source: 'user', confidence: 1 } });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('clears the edition with "No edition" and closes on Escape', async () => {
    const onChange = vi.fn<(patch: TagPatch) => void>();
    const root = mount(<TagChips edition={fakeEdition()} themes={[]} editions={editions} lang="en" onChange={onChange} />);
    await click(root.querySelector('.chip--edition'));
    await click(root.querySelector('.picker__option--none'));
    expect(onChange).toHaveBeenCalledWith({ edition: null });

    await click(root.querySelector('.chip--edition'));
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    await key(root.querySelector('input[type="search"]')!, 'Escape');
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('walks the edition list with the arrow keys', async () => {
    const root = mount(<TagChips edition={null} themes={[]} editions={editions} lang="en" onChange={() => {}} />);
    await click(root.querySelector('.chip--edition'));
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(document.activeElement).toBe(search);
    await key(search, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('No edition');
    await key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(root.querySelectorAll('.picker__option')[1]);
    await key(document.activeElement!, 'ArrowUp');
    await key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(search);
  });

  it('adds a theme from the picker and marks the whole set as the reader’s', async () => {
    const onChange = vi.fn<(patch: TagPatch) => void>();
    const root = mount(
      <TagChips
        edition={null}
        themes={[{ id: 'politics', source: 'text', confidence: 0.6 }]}
        editions={editions}
        lang="en"
        onChange={onChange}
      />,
    );
    await click(byLabel(root, 'Add a theme'));
    const boxes = root.querySelectorAll<HTMLInputElement>('.picker input[type="checkbox"]');
    expect(boxes).toHaveLength(19);
    const sport = [...root.querySelectorAll('.picker__check')].find((l) => l.textContent === 'Sport');
    await click(sport?.querySelector('input'));
    expect(onChange).toHaveBeenCalledWith({
      themes: [
        { id: 'politics', source: 'user', confidence: 1 },
        { id: 'sport', source: 'user', confidence: 1 },
      ],
    });
  });

  it('allows three themes at most', async () => {
    const onChange = vi.fn<(patch: TagPatch) => void>();
    const themes = (['politics', 'sport', 'health'] as const).map((id) => ({ id, source: 'text' as const, confidence: 0.5 }));
    const root = mount(<TagChips edition={null} themes={themes} editions={editions} lang="en" onChange={onChange} />);
    expect(byLabel(root, 'Add a theme')).toBeNull();
    await click(byLabel(root, 'Theme: Sport. Change themes'));
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.picker input[type="checkbox"]')];
    expect(boxes.filter((b) => b.checked)).toHaveLength(3);
    expect(boxes.filter((b) => !b.checked).every((b) => b.disabled)).toBe(true);
    // Unticking one removes it and keeps the others in order.
    const sport = [...root.querySelectorAll('.picker__check')].find((l) => l.textContent === 'Sport');
    await click(sport?.querySelector('input'));
    expect(onChange).toHaveBeenCalledWith({
      themes: [
        { id: 'politics', source: 'user', confidence: 1 },
        { id: 'health', source: 'user', confidence: 1 },
      ],
    });
  });
});
