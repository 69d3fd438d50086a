/**
 * File names that every file system accepts and that stay unique even on
 * case-insensitive ones (macOS, Windows), built from article titles.
 */
import { stripInvalidXmlChars } from './xml-escape';

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFileStem(title: string, maxLength = 80): string {
  // Lone surrogates cannot be encoded as UTF-8 zip names.
  const stem = stripInvalidXmlChars(title)
    .normalize('NFC')
    // Characters Windows forbids, path separators and controls.
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = Array.from(stem).slice(0, maxLength).join('').trim();
  if (cut === '') return 'untitled';
  return RESERVED.test(cut) ? `_${cut}` : cut;
}

/** Hands out `stem.ext`, `stem (2).ext`, … never the same name twice, ignoring case. */
export class UniqueNames {
  private readonly used = new Set<string>();

  next(title: string, ext: string): string {
    const stem = safeFileStem(title);
    let name = `${stem}.${ext}`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${stem} (${n}).${ext}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}
