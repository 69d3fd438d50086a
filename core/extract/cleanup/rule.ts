/** The shape every cleanup rule shares: one file, one reason, one fixture. */
export interface CleanupRule {
  /** Kebab-case id; the fixture lives in tests/fixtures/pages/rule-<id>/. */
  id: string;
  /** Runs on the cloned page before Readability ('before') or on its output ('after'). */
  stage: 'before' | 'after';
  apply(root: Element, url: URL): void;
}
