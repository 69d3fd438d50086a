import type { CleanupRule } from './rule';
import { all, remove, textMayFit, textOf } from './dom';
import { gated, opensWithDigitOrSpace, opensWithWord } from '../gates';

export const COUNTER = gated(
  /^(image|photo|picture|slide|foto|imagem|imagen)?\s*\d+\s*(of|\/|de|di|sur|von)\s*\/?\s*\d+$/i,
  opensWithWord('image photo picture slide foto imagem imagen'.split(' '), opensWithDigitOrSpace),
);
export const CONTROLS = gated(
  /^(caption|close|caption close|enlarge image|expand|view gallery|open gallery|view slideshow|fullscreen|next|previous|prev|back to gallery|hide caption|show caption|this slideshow requires javascript\.?)$/i,
  opensWithWord('caption close enlarge expand view open fullscreen next previous prev back hide show this'.split(' ')),
);

/**
 * Slideshow controls ("Image 1 of 9", "Caption", "Close", "Enlarge Image")
 * are button labels, not article text.
 */
export const galleryChrome: CleanupRule = {
  id: 'gallery-chrome',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, span, p, a, li, button, figcaption')) {
      if (!textMayFit(el, 40)) continue;
      const text = textOf(el);
      if (text !== '' && text.length <= 40 && (COUNTER.test(text) || CONTROLS.test(text))) remove(el);
    }
  },
};
