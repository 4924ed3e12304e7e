/**
 * A lesson page's journey code, loaded after the page (at the first scroll, key or press, or 3 s after load; by the
 * check's loader, lesson-check.ts): marks the passed
 * lessons in the course outline (a tick, and "passed" in words for screen readers) and saves the
 * learner's place: this lesson, and the nearest heading above what they are reading, kept as they
 * scroll, so that the home page's "Continue" comes back here.
 */
import {
  PROGRESS_KEY,
  isComplete,
  lessonProgress,
  readProgress,
  reconcileProgress,
  recordVisit,
  type Progress,
} from '../../lib/progress/progress';
import { browserStorage } from '../check/browser-storage';

/** How long scrolling must pause before the place is saved. */
const SAVE_AFTER_MS = 800;

function markOutline(progress: Progress) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.outline-lesson[data-lesson-id]')) {
    const passed = isComplete(lessonProgress(progress, link.dataset.lessonId!));
    link.toggleAttribute('data-passed', passed);
    let words = link.querySelector<HTMLElement>('[data-passed-words]');
    if (passed && !words) {
      words = document.createElement('span');
      words.className = 'sr-only';
      words.dataset.passedWords = '';
      words.textContent = ' (passed)';
      link.append(words);
    } else if (!passed) words?.remove();
  }
}

/** The id of the last heading whose top is above a third of the window: what the learner is reading. */
function currentSection(): string | undefined {
  let id: string | undefined;
  for (const h of document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')) {
    if (h.getBoundingClientRect().top > innerHeight / 3) break;
    id = h.id;
  }
  return id;
}

export function start(lessonId: string): void {
  const storage = browserStorage();
  const read = readProgress(storage);
  let progress = read.progress;
  markOutline(progress);
  // Saved progress that cannot be read is left for the check to report and replace: a visit is not
  // worth overwriting it silently.
  if (read.problem) return;

  let section = currentSection();
  const save = () => {
    // Storage blocked or full: the page simply forgets the place; the lesson reads the same.
    progress = recordVisit(storage, progress, lessonId, {
      at: new Date().toISOString(),
      ...(section && { section }),
    }).progress;
  };
  save();
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = currentSection();
        if (now === section) return;
        section = now;
        save();
      }, SAVE_AFTER_MS);
    },
    { passive: true },
  );
  // This page's check was saved: the outline shows a pass at once.
  addEventListener('lm-progress-saved', () => {
    progress = readProgress(storage).progress;
    markOutline(progress);
  });
  // A check passed in another tab shows in the outline too.
  addEventListener('storage', (event) => {
    if (event.key !== PROGRESS_KEY && event.key !== null) return;
    let raw: string | null = null;
    try {
      raw = storage?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      return;
    }
    progress = reconcileProgress(progress, raw).progress;
    markOutline(progress);
  });
}
