/**
 * The keys that open search: "/" and Ctrl+K (Cmd+K on a Mac), but never while the learner is
 * typing somewhere, where "/" is a character and Ctrl+K may be an editing command.
 * Loaded on every page, so it stays tiny.
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function isSearchShortcut(e: KeyLike): boolean {
  return (
    !e.altKey && (e.key === '/' ? !e.ctrlKey && !e.metaKey : (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')
  );
}

export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** True in a text field, text area, select or editable element; false on buttons, checkboxes, radios… */
export function isTypingTarget(t: TargetLike | null | undefined): boolean {
  return (
    !!t &&
    (!!t.isContentEditable ||
      /^(TEXTAREA|SELECT)$/i.test(t.tagName ?? '') ||
      (/^INPUT$/i.test(t.tagName ?? '') &&
        !/^(button|checkbox|color|file|image|radio|range|reset|submit)$/i.test(t.type ?? '')))
  );
}
