/**
 * Counts in the reader's locale: "10,000 articles", "10 000 articles". In the
 * popup's filter options, where four selects share 356px, counts from a
 * thousand up are compact ("Madrid (1.2K)", "Madrid (1,2 k)"); the exact
 * figure is in the list heading once the filter is applied.
 */
const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, compact: boolean): Intl.NumberFormat {
  const key = `${compact ? 'c' : 'n'}:${locale}`;
  let format = formats.get(key);
  if (format === undefined) {
    let resolved: string | undefined = locale;
    try {
      Intl.NumberFormat.supportedLocalesOf(locale);
    } catch {
      resolved = undefined; // a malformed tag: the runtime's default locale then
    }
    format = new Intl.NumberFormat(resolved, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {});
    formats.set(key, format);
  }
  return format;
}

export function formatCount(n: number, locale: string): string {
  return formatter(locale, false).format(n);
}

/** Below a thousand a count is as short as its compact form, and exact. */
export function formatCompactCount(n: number, locale: string): string {
  return formatter(locale, n >= 1000).format(n);
}
