/**
 * The page's localStorage, or null when the browser refuses it: reading
 * `window.localStorage` itself throws when storage is blocked (cookies off,
 * some private modes). The progress module takes whatever this returns.
 */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
