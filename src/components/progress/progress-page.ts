/**
 * <progress-page>: fills in /progress/ from what this browser saved (check results and notes) and
 * follows other tabs through the `storage` event. Its buttons (download the notes, export, import,
 * reset) run progress-actions.ts, loaded by URL on the first press (src/integrations/lazy-modules.ts).
 */
import { progressActionsUrl } from 'virtual:progress-lazy-modules';
import {
  FINAL_CHECK_ID,
  PROBLEM_NOTICES,
  lessonProgress,
  readProgress,
  type Attempt,
} from '../../lib/progress/progress';
import { lessonStatus, passedLine } from '../../lib/progress/journey';
import { summaryWithoutList } from '../../lib/progress/long-course';
import { lessonsWithNotes } from '../../lib/notes/lessons-with-notes';
import { NOTES_NOTICES, notesOfLesson, readNotes, type Notes } from '../../lib/notes/notes';
import { formatDay } from '../../lib/format-day';
import { browserStorage } from '../check/browser-storage';
import type { Outcome } from './progress-actions';

type Actions = typeof import('./progress-actions');

interface LessonRef {
  id: string;
  title: string;
}

const STATE_WORDS = { 'not-started': 'Not started', opened: 'Opened', passed: 'Passed' } as const;

const score = (a: Attempt | undefined) => (a ? `${a.score} of ${a.total}, ${formatDay(a.at)}` : '–');

class ProgressPage extends HTMLElement {
  #lessons: LessonRef[] = [];

  connectedCallback() {
    // A long course's page carries no lessons: those with notes are then named by their ids.
    this.#lessons = this.dataset.lessons ? (JSON.parse(this.dataset.lessons) as LessonRef[]) : [];
    const run = (action: (m: Actions) => Outcome | Promise<Outcome>) =>
      (import(/* @vite-ignore */ progressActionsUrl) as Promise<Actions>).then(action).then(
        (outcome) => {
          this.#render();
          this.#say(outcome);
        },
        () => this.#say({ text: 'That did not work: reload the page and try again.' }),
      );
    this.#part('download-notes').addEventListener('click', () =>
      run((m) => m.downloadNotes(this.#lessons, this.dataset.courseTitle!)),
    );
    this.#part('export').addEventListener('click', () => run((m) => m.exportAll()));
    const input = this.#part<HTMLInputElement>('import');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void run((m) => m.importFile(file, (id) => this.#title(id)));
    });
    const dialog = this.#part<HTMLDialogElement>('reset-dialog');
    this.#part('reset').addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'reset') void run((m) => m.resetAll());
      dialog.returnValue = '';
    });
    addEventListener('storage', () => this.#render());
    this.#render();
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #title(id: string): string {
    if (id === FINAL_CHECK_ID) return this.querySelector(`tr[data-check-id="${id}"] a`)?.textContent ?? id;
    return this.#lessons.find((l) => l.id === id)?.title ?? id;
  }

  #render() {
    const storage = browserStorage();
    const read = readProgress(storage);
    const notesRead = readNotes(storage);
    const notices = [
      read.problem && PROBLEM_NOTICES[read.problem],
      notesRead.problem && NOTES_NOTICES[notesRead.problem],
    ].filter((n): n is string => !!n);
    const notice = this.#part('notice');
    notice.textContent = notices.join(' ');
    notice.hidden = notices.length === 0;
    const progress = read.progress;
    if (!this.dataset.lessons) {
      this.#lessons = lessonsWithNotes(notesRead.notes);
      const summary = summaryWithoutList(progress, Number(this.dataset.count), false);
      this.#part('passed').textContent = passedLine(summary);
    }
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-check-id]')) {
      const id = row.dataset.checkId!;
      const check = lessonProgress(progress, id);
      const cell = (name: string, text: string) => (row.querySelector(`[data-cell="${name}"]`)!.textContent = text);
      const status = lessonStatus(progress, id);
      row.dataset.state = status.state;
      cell('state', STATE_WORDS[status.state]);
      cell('best', score(check?.best));
      cell('latest', score(check?.latest));
      const missed = check?.latest?.wrong?.length;
      cell('missed', missed === undefined ? '–' : String(missed));
      cell('notes', id === FINAL_CHECK_ID ? '–' : String(notesOfLesson(notesRead.notes, id).length));
    }
    this.#renderNotes(notesRead.notes);
  }

  #renderNotes(notes: Notes) {
    const list = this.#part('notes');
    const sections = this.#lessons.flatMap((lesson) => {
      const entries = notesOfLesson(notes, lesson.id);
      if (entries.length === 0) return [];
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.className = 'text-lg font-semibold';
      heading.textContent = lesson.title;
      section.append(heading);
      for (const { note } of entries) {
        const prompt = document.createElement('blockquote');
        prompt.className = 'muted mt-2';
        prompt.textContent = note.prompt;
        const text = document.createElement('p');
        text.className = 'mt-1 note-text';
        text.textContent = note.text;
        section.append(prompt, text);
      }
      return [section];
    });
    list.replaceChildren(...sections);
    this.#part('notes-empty').hidden = sections.length > 0;
    this.#part<HTMLButtonElement>('download-notes').disabled = sections.length === 0;
  }

  #say({ text, changes = [] }: Outcome) {
    this.#part('status').textContent = text;
    this.#part('changes').replaceChildren(
      ...changes.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
  }
}

customElements.define('progress-page', ProgressPage);
