import { describe, expect, it } from 'vitest';
import { checkVersion, isTime, parseVersioned, readKey, removeKey, writeKey } from './local-store';
import { FakeStorage } from './fake-storage';

describe('readKey / writeKey / removeKey', () => {
  it('reads what was written and forgets what was removed', () => {
    const storage = new FakeStorage();
    expect(readKey(storage, 'k')).toEqual({ raw: null });
    expect(writeKey(storage, 'k', 'v')).toBeUndefined();
    expect(readKey(storage, 'k')).toEqual({ raw: 'v' });
    expect(removeKey(storage, 'k')).toBeUndefined();
    expect(readKey(storage, 'k')).toEqual({ raw: null });
  });

  it('reports missing or throwing storage as unavailable', () => {
    expect(readKey(null, 'k')).toEqual({ problem: 'unavailable' });
    expect(writeKey(null, 'k', 'v')).toBe('unavailable');
    expect(removeKey(null, 'k')).toBe('unavailable');
    const storage = new FakeStorage();
    storage.fail = new DOMException('The operation is insecure.', 'SecurityError');
    expect(readKey(storage, 'k')).toEqual({ problem: 'unavailable' });
    expect(writeKey(storage, 'k', 'v')).toBe('unavailable');
    expect(removeKey(storage, 'k')).toBe('unavailable');
  });

  it.each(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])('reports %s as full', (name) => {
    const storage = new FakeStorage();
    storage.failSet = new DOMException('quota', name);
    expect(writeKey(storage, 'k', 'v')).toBe('full');
  });
});

describe('parseVersioned / checkVersion', () => {
  it('accepts a record with a version up to the current one', () => {
    expect(parseVersioned('{"version":1,"a":2}', 1)).toEqual({ data: { version: 1, a: 2 }, version: 1 });
  });

  it.each([
    ['broken JSON', '{"version":1'],
    ['an array', '[]'],
    ['null', 'null'],
    ['no version', '{}'],
    ['a version that is text', '{"version":"1"}'],
    ['version 0', '{"version":0}'],
    ['a fractional version', '{"version":1.5}'],
  ])('calls %s unreadable', (_, raw) => {
    expect(parseVersioned(raw, 1)).toEqual({ problem: 'unreadable' });
  });

  it('recognises data from a newer version', () => {
    expect(checkVersion({ version: 3 }, 2)).toEqual({ problem: 'future-version' });
  });
});

describe('isTime', () => {
  it('accepts ISO times and refuses anything else', () => {
    expect(isTime('2025-05-03T12:00:00.000Z')).toBe(true);
    expect(isTime('yesterday')).toBe(false);
    expect(isTime(12)).toBe(false);
    expect(isTime('2025-05-03T12:00:00.000Z'.padEnd(60, ' '))).toBe(false);
  });
});
