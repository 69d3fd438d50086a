import type { ImportResult, ImportSteps } from './types';

/** Runs every step of an import at once and returns its result. */
export function runImportSteps(steps: ImportSteps): ImportResult {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
