/**
 * Combines the edition and theme detectors into one Tags value, keeping
 * whatever the reader set by hand.
 */
import type { Tags } from '../model';
import type { TaggingInput } from './index';
import type { ThemeModel } from './theme-model';
import { detectEdition } from './edition-detect';
import { detectThemes } from './theme-detect';

export function tagWith(input: TaggingInput, model: ThemeModel | undefined, existing: Tags | undefined): Tags {
  const userEdition = existing?.edition?.source === 'user' ? existing.edition : undefined;
  // A reader who corrected the themes curated the whole list, so none is added back.
  const userThemes = existing?.themes.some((t) => t.source === 'user') ? existing.themes : undefined;
  return {
    edition: userEdition ?? detectEdition(input),
    themes: userThemes ?? detectThemes(input, model),
  };
}
