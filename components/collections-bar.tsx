import { useState } from 'preact/hooks';
import type { StoredCollection } from '../core/model';
import type { MessageKey, UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import type { ListControls, StatusChoice } from './list-controls';
import { editionName, themeName } from './theme-label';

export interface CollectionsBarProps {
  collections: readonly StoredCollection[];
  /** The stored collection the list shows, or null for the whole library. */
  sourceId: string | null;
  controls: ListControls;
  editions: readonly EditionOption[];
  lang: UiLang;
  onOpen: (collection: StoredCollection | null) => void;
  onSaveSearch: (name: string) => void;
  onDelete: (collection: StoredCollection) => void;
}

const STATUS_NAME: Record<StatusChoice, MessageKey> = {
  unread: 'statusUnread',
  read: 'statusRead',
  archived: 'statusArchived',
  favourite: 'statusFavourite',
};

/** A name that says what the search keeps, e.g. "Madrid · Culture · Unread", for the reader to accept or edit. */
export function suggestName(controls: ListControls, editions: readonly EditionOption[], lang: UiLang): string {
  const parts: string[] = [];
  if (controls.query.trim()) parts.push(`“${controls.query.trim()}”`);
  if (controls.edition !== null) {
    const edition = editions.find((e) => e.id === controls.edition);
    parts.push(controls.edition === '' ? t('editionNone') : edition ? editionName(edition, lang) : controls.edition);
  }
  if (controls.theme !== null) parts.push(themeName(controls.theme, lang));
  if (controls.site !== null) parts.push(controls.site);
  if (controls.status !== null) parts.push(t(STATUS_NAME[controls.status]));
  return parts.join(' · ') || t('savedSearchDefault');
}

/** Where the list reads from (library, saved search or collection), and saving the current search. */
export function CollectionsBar(props: CollectionsBarProps) {
  const { collections, sourceId } = props;
  const [naming, setNaming] = useState<string | null>(null);
  const searches = collections.filter((c) => c.kind === 'search');
  const manual = collections.filter((c) => c.kind === 'manual');
  const selected = collections.find((c) => c.id === sourceId) ?? null;

  return (
    <div class="sources">
      <label class="sources__field">
        <span class="visually-hidden">{t('sourceLabel')}</span>
        <select
          aria-label={t('sourceLabel')}
          value={selected?.id ?? ''}
          onChange={(e) => props.onOpen(collections.find((c) => c.id === e.currentTarget.value) ?? null)}
        >
          <option value="">{t('sourceLibrary')}</option>
          {searches.length > 0 ? (
            <optgroup label={t('savedSearchesHeading')}>
              {searches.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {manual.length > 0 ? (
            <optgroup label={t('collectionsHeading')}>
              {manual.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      {selected ? (
        <button type="button" class="link-button" onClick={() => props.onDelete(selected)}>
          {t(selected.kind === 'search' ? 'deleteSavedSearch' : 'deleteCollection')}
        </button>
      ) : null}
      {naming === null ? (
        <button type="button" class="link-button" onClick={() => setNaming(suggestName(props.controls, props.editions, props.lang))}>
          {t('saveSearch')}
        </button>
      ) : (
        <form
          class="sources__form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = naming.trim();
            if (name === '') return;
            props.onSaveSearch(name);
            setNaming(null);
          }}
        >
          <input
            class="picker__search"
            type="text"
            maxLength={120}
            value={naming}
            aria-label={t('savedSearchName')}
            // The form appears because the reader asked for it: typing the name is the next step.
            autoFocus
            onInput={(e) => setNaming(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setNaming(null);
              }
            }}
          />
          <button type="submit" class="button">
            {t('save')}
          </button>
        </form>
      )}
    </div>
  );
}
