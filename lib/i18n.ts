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
  const message = browser.i18n.getMessage(key, substitutions);
  return message === '' ? key : message;
}

export type UiLang = 'en' | 'fr';

/** The UI language as one of the two we ship; anything else falls back to English like _locales does. */
export function uiLang(): UiLang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** BCP 47 tag for Intl formatting (keeps the region, e.g. fr-CA, when the browser gives one). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}
