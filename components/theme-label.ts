import type { ThemeId } from '../core/model';
import { themeLabel } from '../core/tagging/themes';
import type { UiLang } from '../lib/i18n';
import type { EditionOption } from './edition-option';

/** One source for theme names: the taxonomy's own fr/en labels, also used by exports. */
export function themeName(id: ThemeId, lang: UiLang): string {
  return themeLabel(id)[lang];
}

export function editionName(edition: Pick<EditionOption, 'label' | 'id'>, lang: UiLang): string {
  return edition.label[lang] || edition.label.en || edition.id;
}
