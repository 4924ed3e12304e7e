import { describe, expect, it } from 'vitest';
import { isDark, readThemeChoice, saveThemeChoice, THEME_KEY } from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('theme choice', () => {
  it('reads a saved choice and treats anything else as system', () => {
    expect(readThemeChoice(memoryStorage({ [THEME_KEY]: 'dark' }))).toBe('dark');
    expect(readThemeChoice(memoryStorage({ [THEME_KEY]: 'purple' }))).toBe('system');
    expect(readThemeChoice(memoryStorage())).toBe('system');
    expect(readThemeChoice(null)).toBe('system');
    expect(readThemeChoice(throwing)).toBe('system');
  });

  it('saves light/dark and forgets the key for system', () => {
    const s = memoryStorage();
    expect(saveThemeChoice(s, 'light')).toBe(true);
    expect(s.data.get(THEME_KEY)).toBe('light');
    saveThemeChoice(s, 'system');
    expect(s.data.has(THEME_KEY)).toBe(false);
  });

  it('reports a storage that refuses', () => {
    expect(saveThemeChoice(throwing, 'dark')).toBe(false);
    expect(saveThemeChoice(null, 'dark')).toBe(false);
  });

  it('follows the system only when asked to', () => {
    expect(isDark('system', true)).toBe(true);
    expect(isDark('system', false)).toBe(false);
    expect(isDark('light', true)).toBe(false);
    expect(isDark('dark', false)).toBe(true);
  });
});
