/** Registry of generic cleanup rules, in the order they run. */
import type { CleanupRule } from './rule';

export const CLEANUP_RULES: readonly CleanupRule[] = [];

export const BEFORE_PARSE_RULES = CLEANUP_RULES.filter((r) => r.stage === 'before');
export const AFTER_PARSE_RULES = CLEANUP_RULES.filter((r) => r.stage === 'after');
