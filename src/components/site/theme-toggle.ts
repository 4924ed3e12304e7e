/**
 * <theme-toggle>: changes and remembers the light / dark / system choice. The saved choice is
 * applied before first paint by src/scripts/theme-init.js; this only handles changes.
 */
import { isDark, readThemeChoice, saveThemeChoice, type ThemeChoice } from '../../lib/theme';

const systemDark = matchMedia('(prefers-color-scheme: dark)');
function applyTheme(choice: ThemeChoice) {
  document.documentElement.classList.toggle('dark', isDark(choice, systemDark.matches));
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = readThemeChoice(localStorageOrNull());
    select.addEventListener('change', () => {
      // The <select> offers only the three choices.
      const choice = select.value as ThemeChoice;
      saveThemeChoice(localStorageOrNull(), choice);
      applyTheme(choice);
    });
    // Follow the system setting live while "System" is chosen.
    systemDark.addEventListener('change', () => {
      if (select.value === 'system') applyTheme('system');
    });
  }
}

// Same as check/browser-storage.ts, repeated on purpose: importing it would pull the progress
// code's shared chunk into every page.
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

customElements.define('theme-toggle', ThemeToggle);
