/**
 * The theme choice: light, dark, or follow the system. Stored under one key;
 * anything unreadable counts as "system". The first paint is handled by
 * src/scripts/theme-init.js, which reads the same key.
 */
export const THEME_KEY = 'lm-theme';
const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

export function readThemeChoice(storage: Pick<Storage, 'getItem'> | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Saves the choice; "system" removes the key. Returns false when storage refused (the theme still applies). */
export function saveThemeChoice(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, choice: ThemeChoice): boolean {
  try {
    if (!storage) return false;
    if (choice === 'system') storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, choice);
    return true;
  } catch {
    return false;
  }
}

export function isDark(choice: ThemeChoice, systemPrefersDark: boolean): boolean {
  return choice === 'dark' || (choice === 'system' && systemPrefersDark);
}
