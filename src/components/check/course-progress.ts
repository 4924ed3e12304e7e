/**
 * <course-progress>: marks completed lessons in the course outline it wraps (the home page).
 * Each lesson item (li[data-lesson-id]) has an empty, inline .lesson-status that gets the word
 * "Completed" when that lesson's check was passed in this browser.
 */
import { PROGRESS_KEY, isComplete, lessonProgress, readProgress } from '../../lib/progress/progress';
import { browserStorage } from './browser-storage';

class CourseProgress extends HTMLElement {
  // A check passed in another tab shows up here without a reload.
  #onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) this.#render();
  };

  connectedCallback() {
    this.#render();
    addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback() {
    removeEventListener('storage', this.#onStorage);
  }

  #render() {
    // Unreadable or blocked storage simply shows no lesson as completed; the outline still works.
    const { progress } = readProgress(browserStorage());
    for (const item of this.querySelectorAll<HTMLElement>('li[data-lesson-id]')) {
      const status = item.querySelector('.lesson-status');
      if (status) status.textContent = isComplete(lessonProgress(progress, item.dataset.lessonId!)) ? 'Completed' : '';
    }
  }
}

customElements.define('course-progress', CourseProgress);
