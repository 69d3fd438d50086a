/**
 * Which articles changed since a consumer last looked, in any context of the
 * extension. Dexie announces every committed write (here, and through a
 * BroadcastChannel from other pages and the background) with the primary
 * keys it touched; a consumer keeps a list table or an index in step by
 * re-reading only those rows instead of the whole library.
 */
import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { KiosqueDb } from '../db/schema';

export interface Changes {
  ids: Set<string>;
  /** A write Dexie reported as a key range (bulk writes of 50+ rows, clear()): re-read everything. */
  all: boolean;
}

export class ChangeWatch {
  private pending: Changes = { ids: new Set(), all: false };
  private readonly parts: string[];
  private readonly listener: (parts: ObservabilitySet) => void;
  private readonly onChange: (() => void) | undefined;

  /** Watches the primary keys of `tables` (default: articles and bodies). */
  constructor(db: KiosqueDb, opts: { tables?: string[]; onChange?: () => void } = {}) {
    this.parts = (opts.tables ?? ['articles', 'bodies']).map((table) => `idb://${db.name}/${table}/`);
    this.onChange = opts.onChange;
    this.listener = (parts) => this.note(parts);
    Dexie.on('storagemutated', this.listener);
  }

  private note(parts: ObservabilitySet): void {
    let touched = false;
    for (const part of this.parts) {
      const tree: IntervalTree | undefined = parts[part];
      if (!tree || tree.d === 0) continue;
      touched = true;
      // Trees that crossed a BroadcastChannel lost their prototype; RangeSet() restores iteration.
      for (const node of RangeSet(tree)) {
        if (typeof node.from === 'string' && node.from === node.to) this.pending.ids.add(node.from);
        else this.pending.all = true;
      }
    }
    if (touched) this.onChange?.();
  }

  /** The changes since the last call, and forgets them. */
  take(): Changes {
    const taken = this.pending;
    this.pending = { ids: new Set(), all: false };
    return taken;
  }

  get hasChanges(): boolean {
    return this.pending.all || this.pending.ids.size > 0;
  }

  close(): void {
    Dexie.on('storagemutated').unsubscribe(this.listener);
  }
}
