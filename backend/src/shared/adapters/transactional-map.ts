import { undoJournal } from './undo-journal.js';

/**
 * A Map for in-memory tables: inside a unit of work every change records its undo step, so a failed
 * unit leaves the map as it found it. Values are replaced, never changed in place.
 */
export class TransactionalMap<K, V> extends Map<K, V> {
  override set(key: K, value: V): this {
    this.recordUndo(key);
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    if (!this.has(key)) return false;
    this.recordUndo(key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) this.delete(key);
  }

  private recordUndo(key: K): void {
    if (!undoJournal.active) return;
    if (this.has(key)) {
      const previous = this.get(key) as V;
      undoJournal.record(() => super.set(key, previous));
    } else {
      undoJournal.record(() => super.delete(key));
    }
  }
}
