import type { EditionTag } from '../core/model';

/**
 * What a picker needs to offer an edition: the tag without its provenance.
 * Entries of `listEditions()` fit this shape, and so does any stored EditionTag.
 */
export type EditionOption = Pick<EditionTag, 'id' | 'label' | 'country' | 'kind'>;

/** A choice made by the reader is a correction: it wins over re-tagging (see TagSource). */
export function userEdition(option: EditionOption): EditionTag {
  return { id: option.id, label: option.label, country: option.country, kind: option.kind, source: 'user', confidence: 1 };
}
