/** Builds tagging inputs for tests: only what a case is about has to be spelled out. */
import type { TaggingInput } from '../../../core/tagging/index';

export function fakeInput(overrides: Partial<TaggingInput> = {}): TaggingInput {
  return {
    url: 'https://news.example.com/2024/05/01/story',
    canonicalUrl: overrides.url ?? 'https://news.example.com/2024/05/01/story',
    title: '',
    excerpt: null,
    text: '',
    lang: 'en',
    siteName: null,
    section: null,
    keywords: [],
    places: [],
    ...overrides,
  };
}
