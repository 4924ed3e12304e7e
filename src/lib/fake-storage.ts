/**
 * An in-memory Storage for unit tests that can be told to fail the way browsers do
 * (blocked storage throws on every call; a full one throws QuotaExceededError on write).
 */
import type { KeyStorage } from './local-store';

export class FakeStorage implements KeyStorage {
  readonly items = new Map<string, string>();
  /** Thrown by every call, as when storage is blocked. */
  fail?: Error;
  /** Thrown by setItem only, as when storage is full. */
  failSet?: Error;
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
  }
  getItem(key: string): string | null {
    if (this.fail) throw this.fail;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.fail) throw this.fail;
    if (this.failSet) throw this.failSet;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.fail) throw this.fail;
    this.items.delete(key);
  }
  json(key: string): unknown {
    const raw = this.items.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }
}
