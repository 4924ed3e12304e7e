/**
 * <completion-record>: shows what is left, or, once the course is finished, fills in the record
 * (CompletionRecord.astro) from saved progress, the name typed here and the latest self-assessment.
 */
import { PROGRESS_KEY, readProgress } from '../../lib/progress/progress';
import { courseSummary, passedLine } from '../../lib/progress/journey';
import { summaryWithoutList } from '../../lib/progress/long-course';
import { profileLine, readName, recordLines, saveName } from '../../lib/progress/certificate';
import { ATTEMPTS_NOTICES, latestAttempt, readAttempts } from '../../lib/self-assessment/attempts';
import { formatDay } from '../../lib/format-day';
import { browserStorage } from '../check/browser-storage';

class CompletionRecord extends HTMLElement {
  connectedCallback() {
    const name = this.#part<HTMLInputElement>('name');
    name.value = readName(browserStorage());
    name.addEventListener('input', () => {
      const problem = saveName(browserStorage(), name.value);
      const notice = this.#part('notice');
      notice.textContent = problem ? `Your name is shown but not kept: ${ATTEMPTS_NOTICES[problem]}` : '';
      notice.hidden = !problem;
      this.#showName(name.value);
    });
    this.#part('print').addEventListener('click', () => print());
    addEventListener('storage', (e) => {
      if (e.key === PROGRESS_KEY || e.key === null) this.#render();
    });
    this.#render();
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #showName(name: string) {
    this.#part('name-shown').textContent = name.trim() || 'Your name';
  }

  #render() {
    const storage = browserStorage();
    const { progress } = readProgress(storage);
    // A long course's page carries no lessons, only their count: passes are counted from saved progress.
    const lessons = this.dataset.lessons ? (JSON.parse(this.dataset.lessons) as { id: string; title: string }[]) : [];
    const finalTitle = this.dataset.finalCheck;
    const summary = this.dataset.lessons
      ? courseSummary(progress, lessons, finalTitle !== undefined)
      : summaryWithoutList(progress, Number(this.dataset.count), finalTitle !== undefined);
    if (!this.dataset.lessons) this.#part('passed').textContent = passedLine(summary);
    const lines = recordLines(progress, lessons, finalTitle === undefined ? undefined : { title: finalTitle });
    this.#part('left').hidden = summary.complete;
    this.#part('record').hidden = !summary.complete;
    this.#part('controls').hidden = !summary.complete;
    for (const line of lines) {
      const left = this.querySelector<HTMLElement>(`[data-part="left"] li[data-check-id="${line.id}"]`);
      if (left) left.hidden = line.passed;
      const cell = this.querySelector(`tr[data-check-id="${line.id}"] [data-cell="best"]`);
      if (cell) cell.textContent = line.best ?? '–';
    }
    if (!summary.complete) return;
    this.#part('date').textContent = formatDay(summary.completedAt!);
    this.#showName(this.#part<HTMLInputElement>('name').value);
    const attempt = latestAttempt(readAttempts(storage).attempts);
    const profile = this.#part('profile');
    const text = attempt && profileLine(attempt.scores, JSON.parse(this.dataset.differences!));
    profile.textContent = text ? `Self-assessment, ${formatDay(attempt.at)}: ${text}.` : '';
    profile.hidden = !text;
  }
}

customElements.define('completion-record', CompletionRecord);
