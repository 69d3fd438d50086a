import { browser } from 'wxt/browser';

/**
 * Every key in public/_locales/en/messages.json, as typed by `wxt prepare`: a
 * misspelt literal key fails typecheck instead of showing up in the UI.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * UI strings come from public/_locales through the browser, so the language
 * follows the browser's UI language with no settings page and no bundle of
 * our own. A missing key renders as the key itself: visible in review, and the
 * locale test fails on it before it ships.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const served = browser.i18n.getMessage;
  // A list redraw asks for the same labels per row, and a filter change
  // rewrites some 150 option labels, each a call across the browser's API
  // binding. Messages cannot change while a page lives, but the function
  // serving them can (tests swap locales), so the cache is kept per serving
  // function.
  if (served !== cachedFrom) {
    cached.clear();
    templates.clear();
    cachedFrom = served;
  }
  if (substitutions !== undefined) return fill(key, typeof substitutions === 'string' ? [substitutions] : substitutions);
  let message = cached.get(key);
  if (message === undefined) {
    message = orKey(key, browser.i18n.getMessage(key));
    cached.set(key, message);
  }
  return message;
}

let cachedFrom: unknown = null;
const cached = new Map<string, string>();
/**
 * Messages with substitutions, asked for once with a private-use character
 * standing in for each of the nine possible substitutions; the browser puts
 * each one where its $1..$9 is, in the order the locale wants.
 */
const templates = new Map<string, string>();
const SLOTS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i));
const SLOT = /[\ue000-\ue008]/g;

function fill(key: MessageKey, values: readonly string[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    template = browser.i18n.getMessage(key, SLOTS);
    templates.set(key, template);
  }
  if (template === '') return key;
  // A value is inserted as it is, never searched for further placeholders.
  return template.replace(SLOT, (slot) => values[slot.charCodeAt(0) - 0xe000] ?? '');
}

function orKey(key: string, message: string): string {
  return message === '' ? key : message;
}

export type UiLang = 'en' | 'fr';

/**
 * The language of the messages the browser actually serves, read from a
 * `uiLang` entry in each locale file. Neither getUILanguage() nor @@ui_locale
 * is reliable for this (Chromium started with --lang=fr reports en-US for
 * both while serving the French messages), and a page whose dates and theme
 * names disagree with its buttons reads as broken.
 */
export function uiLang(): UiLang {
  return browser.i18n.getMessage('uiLang') === 'fr' ? 'fr' : 'en';
}

/** BCP 47 tag for dates: the browser's own tag when it matches the UI language (keeps fr-CA, en-GB), else the UI language. */
export function uiLocale(): string {
  const lang = uiLang();
  const browserLocale = browser.i18n.getUILanguage() || '';
  return browserLocale.toLowerCase().startsWith(lang) ? browserLocale : lang;
}
