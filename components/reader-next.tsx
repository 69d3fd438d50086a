import type { ArticleSummary } from '../core/model';
import { t } from '../lib/i18n';

export interface NextUnreadProps {
  /** undefined while looking it up; null when the edition has no other unread article. */
  next: ArticleSummary | null | undefined;
  editionLabel: string;
  href: (id: string) => string;
}

/** The end-of-article link to the next unread story of the same city edition. */
export function NextUnread({ next, editionLabel, href }: NextUnreadProps) {
  if (next === undefined) return null;
  if (next === null) {
    return (
      <nav class="reader-next reader-next--done" aria-label={t('readerNextLabel')}>
        <p>{t('readerNoNextUnread', editionLabel)}</p>
      </nav>
    );
  }
  return (
    <nav class="reader-next" aria-label={t('readerNextLabel')}>
      <p class="reader-next__kicker">{t('readerNextUnread', editionLabel)}</p>
      <a class="reader-next__link" href={href(next.id)} lang={next.lang ?? undefined} dir={next.dir ?? 'auto'}>
        {next.title}
      </a>
      {next.readingMinutes > 0 ? (
        <p class="reader-next__meta">{t('readerMinutes', String(next.readingMinutes))}</p>
      ) : null}
    </nav>
  );
}
