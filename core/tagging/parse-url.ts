/** `new URL` that returns null instead of throwing: article URLs come from arbitrary pages. */
export function parseUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
