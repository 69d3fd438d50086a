import type { AebPage } from './corpus';
import { KiosqueError } from '../../core/errors';

export interface PageTexts { id: string; plain: string; kiosque: string; plainMs: number; kiosqueMs: number }

export async function runInBrowser(_repoRoot: string, _pages: readonly AebPage[]): Promise<PageTexts[]> {
  throw new KiosqueError('extraction-failed', 'browser mode not wired yet');
}
