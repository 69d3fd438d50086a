import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary, StoredCollection } from '../core/model';
import { t } from '../lib/i18n';
import { FolderIcon } from './icons';
import { useDismiss } from './use-dismiss';

export interface CollectionMenuProps {
  article: ArticleSummary;
  collections: readonly StoredCollection[];
  onMembership: (collectionId: string, member: boolean) => void;
  /** Creates a manual collection and puts the article in it. */
  onCreate: (name: string) => void;
}

/** Manual collections only: a saved search's members follow from its query, not from a choice. */
export function manualCollections(collections: readonly StoredCollection[]): StoredCollection[] {
  return collections.filter((c) => c.kind === 'manual');
}

/** The row's "collections" button and its popover of checkboxes, with a field to start a new collection. */
export function CollectionMenu({ article, collections, onMembership, onCreate }: CollectionMenuProps) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const manual = manualCollections(collections);
  const member = new Set(article.collectionIds ?? []);

  return (
    <div class="collection-menu">
      <button
        ref={button}
        type="button"
        class={`icon-button${member.size > 0 ? ' icon-button--on' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={t('collectionsFor', article.title)}
        title={t('collectionsHeading')}
        onClick={() => setOpen((cur) => !cur)}
      >
        <FolderIcon />
      </button>
      {open ? (
        <Popover
          rootRef={root}
          onClose={close}
          title={t('collectionsHeading')}
          body={
            <>
              {manual.length === 0 ? <p class="picker__empty">{t('collectionsNone')}</p> : null}
              {manual.map((c) => (
                <label key={c.id} class="picker__check">
                  <input type="checkbox" checked={member.has(c.id)} onChange={(e) => onMembership(c.id, e.currentTarget.checked)} />
                  {c.name}
                </label>
              ))}
              <form
                class="collection-menu__new"
                onSubmit={(e) => {
                  e.preventDefault();
                  const trimmed = name.trim();
                  if (trimmed === '') return;
                  onCreate(trimmed);
                  setName('');
                }}
              >
                <input
                  class="picker__search"
                  type="text"
                  maxLength={120}
                  value={name}
                  placeholder={t('collectionNewPlaceholder')}
                  aria-label={t('collectionNewPlaceholder')}
                  onInput={(e) => setName(e.currentTarget.value)}
                />
                <button type="submit" class="button button--ghost">
                  {t('collectionCreate')}
                </button>
              </form>
            </>
          }
        />
      ) : null}
    </div>
  );
}

function Popover(props: {
  rootRef: { current: HTMLDivElement | null };
  onClose: () => void;
  title: string;
  body: ComponentChildren;
}) {
  useDismiss(props.rootRef, props.onClose);
  useEffect(() => {
    props.rootRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [props.rootRef]);
  return (
    <div class="picker picker--end" role="dialog" aria-label={props.title} ref={props.rootRef}>
      <p class="picker__legend">{props.title}</p>
      {props.body}
    </div>
  );
}
