import { t } from '../lib/i18n';

/**
 * Text sizes the reader steps through, in CSS pixels. A short fixed scale
 * rather than free input: each step is visibly different, and a stored value
 * from an older version or another device snaps to the nearest step.
 */
export const FONT_SIZES = [15, 17, 19, 21, 24, 28] as const;
export const DEFAULT_FONT_SIZE = 19;

/** The nearest step to any stored value; the default for anything that is not a finite number. */
export function snapFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_FONT_SIZE;
  let best: number = FONT_SIZES[0];
  for (const size of FONT_SIZES) if (Math.abs(size - value) < Math.abs(best - value)) best = size;
  return best;
}

function step(size: number, by: 1 | -1): number {
  const index = FONT_SIZES.indexOf(snapFontSize(size) as (typeof FONT_SIZES)[number]);
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, index + by))] ?? DEFAULT_FONT_SIZE;
}

export interface FontSizeControlProps {
  size: number;
  onChange: (size: number) => void;
}

export function FontSizeControl({ size, onChange }: FontSizeControlProps) {
  const current = snapFontSize(size);
  const smallest = current === FONT_SIZES[0];
  const largest = current === FONT_SIZES[FONT_SIZES.length - 1];
  return (
    <div class="font-size" role="group" aria-label={t('readerTextSize')}>
      <button
        type="button"
        class="icon-button font-size__step"
        aria-label={t('readerTextSmaller')}
        disabled={smallest}
        onClick={() => onChange(step(current, -1))}
      >
        <span aria-hidden="true" class="font-size__glyph font-size__glyph--small">A</span>
      </button>
      {/* Announced after each press, so a screen reader hears the new size. */}
      <output class="font-size__value" aria-live="polite">
        {t('readerTextSizeValue', String(Math.round((current / DEFAULT_FONT_SIZE) * 100)))}
      </output>
      <button
        type="button"
        class="icon-button font-size__step"
        aria-label={t('readerTextLarger')}
        disabled={largest}
        onClick={() => onChange(step(current, 1))}
      >
        <span aria-hidden="true" class="font-size__glyph font-size__glyph--large">A</span>
      </button>
    </div>
  );
}
