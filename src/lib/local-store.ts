/**
 * The plumbing shared by the small versioned stores kept in localStorage (notes, self-assessment
 * attempts): reading and writing one key without ever throwing, and telling the ways that fails
 * apart. Pure and DOM-free: callers pass the Storage, or null when the browser refuses it.
 */

/**
 * - unavailable: storage is blocked or throws on access;
 * - unreadable: not JSON, or not a shape we know (what could not be read was dropped);
 * - future-version: written by a newer version of the site, left untouched;
 * - full: the write hit the storage quota.
 */
export type StoreProblem = 'unavailable' | 'unreadable' | 'future-version' | 'full';

export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An ISO 8601 time that parses: what every saved date must be. */
export function isTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
}

/** Lowercase words joined by hyphens, as content ids are (src/schemas/content.ts). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The raw text under `key`, or the problem that kept us from reading it. */
export function readKey(storage: KeyStorage | null, key: string): { raw: string | null } | { problem: 'unavailable' } {
  if (!storage) return { problem: 'unavailable' };
  try {
    return { raw: storage.getItem(key) };
  } catch {
    return { problem: 'unavailable' };
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox used its own name for the same error.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Writes `value` under `key`; returns the problem, or undefined when it was saved. */
export function writeKey(storage: KeyStorage | null, key: string, value: string): StoreProblem | undefined {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, value);
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** Removes `key` (a reset); returns the problem, or undefined when it is gone. */
export function removeKey(storage: KeyStorage | null, key: string): StoreProblem | undefined {
  if (!storage) return 'unavailable';
  try {
    storage.removeItem(key);
    return undefined;
  } catch {
    return 'unavailable';
  }
}

/**
 * Parses stored or imported JSON far enough to know what to do with it: the data and its
 * version, or why it cannot be used. `version` is undefined when the data names none.
 */
export function parseVersioned(
  raw: string,
  current: number,
): { data: Record<string, unknown>; version: number } | { problem: 'unreadable' | 'future-version' } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { problem: 'unreadable' };
  }
  return checkVersion(data, current);
}

/** The same check for a value that is already parsed (an imported file's section). */
export function checkVersion(
  data: unknown,
  current: number,
): { data: Record<string, unknown>; version: number } | { problem: 'unreadable' | 'future-version' } {
  if (!isRecord(data)) return { problem: 'unreadable' };
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { problem: 'unreadable' };
  if (version > current) return { problem: 'future-version' };
  return { data, version };
}
