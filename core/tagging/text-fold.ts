/**
 * Accent- and case-insensitive matching. Readers, sites and our own data spell
 * the same place `Bucarest`, `București` or `BUCAREST`; comparing folded forms
 * lets one entry cover them all.
 */

/** Lower-case, strip combining marks, map the few letters NFD leaves alone. */
export function fold(value: string): string {
  // Most words are plain ASCII: skip Unicode normalisation, the costly part of a scan.
  if (/^[\x00-\x7f]*$/.test(value)) return value.toLowerCase().replace(/[`´]/g, "'");
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[’'`´]/g, "'");
}

/** Word tokens of a folded text (letters and digits; apostrophes split words). */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** `Ho Chi Minh City` → `ho-chi-minh-city`: the slug form used for edition ids. */
export function slugify(value: string): string {
  return words(fold(value)).join('-');
}
