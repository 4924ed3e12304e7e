/**
 * The note editor, loaded by reflection-note.ts when a note box comes near the viewport or gets
 * focus. It matches saved notes to the page's reflections (all of them at once, so a moved prompt
 * keeps its note), fills in each box, and saves as the learner types: 700 ms after the last
 * keystroke, and at once when the box loses focus or the page is hidden.
 *
 * "Saved" feedback: the status line under the box is not a live region. It is the box's
 * description (aria-describedby), so a screen reader reads it when the learner comes to the box,
 * and sighted learners see it change, but it is never announced while they type: a polite "Saved"
 * after every pause would talk over their own typing echo. Only a failure to save (storage full or
 * blocked) is announced, once, through a separate polite live region.
 */
import {
  MAX_NOTE_LENGTH,
  NOTES_KEY,
  NOTES_NOTICES,
  assignNotes,
  normalizePrompt,
  readNotes,
  reconcileNotes,
  saveNote,
  writeNotes,
  type Assignment,
  type Notes,
  type NotesProblem,
} from '../../lib/notes/notes';

const SAVE_DELAY_MS = 700;

interface Box {
  textarea: HTMLTextAreaElement;
  status: HTMLElement;
  /** Polite live region: only save failures are written here. */
  alert: HTMLElement;
  key: string;
  prompt: string;
  /** The text last saved (or loaded), so an unchanged box is not saved again. */
  saved: string;
  timer?: ReturnType<typeof setTimeout>;
  /** The last failure announced, so the same one is not announced on every save. */
  problem?: NotesProblem;
}

let notes: Notes;
let readProblem: NotesProblem | undefined;
let assignments: Map<Element, Assignment> | undefined;
const boxes: Box[] = [];

// Repeated from check/browser-storage.ts on purpose: importing it would pull the progress code in.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const promptOf = (element: Element) =>
  normalizePrompt(element.closest('.reflection')?.querySelector('[data-reflection-prompt]')?.textContent ?? '');

const textOf = (key: string) => (Object.hasOwn(notes.notes, key) ? notes.notes[key]!.text : '');

const clock = () => new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** Reads the notes and decides which belongs to which box, once for the whole page. */
function init(): Map<Element, Assignment> {
  if (assignments) return assignments;
  ({ notes, problem: readProblem } = readNotes(storage()));
  const elements = [...document.querySelectorAll<HTMLElement>('reflection-note')];
  const list = assignNotes(
    notes,
    elements[0]?.dataset.lesson ?? '',
    elements.map((el, i) => ({ slot: el.dataset.slot || String(i + 1), prompt: promptOf(el) })),
  );
  assignments = new Map(elements.map((el, i) => [el, list[i]!]));
  addEventListener('storage', onStorage);
  // Save what is pending when the learner leaves or switches away (phones may never fire pagehide).
  addEventListener('pagehide', () => boxes.forEach(flush));
  document.addEventListener('visibilitychange', () => document.hidden && boxes.forEach(flush));
  return assignments;
}

const upgraded = new WeakSet<Element>();

/** Fills in one note box and starts saving it; a second call for the same box does nothing. */
export function upgrade(element: HTMLElement): void {
  const assignment = init().get(element);
  if (!assignment || upgraded.has(element)) return;
  upgraded.add(element);
  const textarea = element.querySelector('textarea')!;
  const status = element.querySelector<HTMLElement>('[data-note-status]')!;
  status.id = `note-status-${boxes.length + 1}`;
  textarea.setAttribute('aria-describedby', status.id);
  const alert = document.createElement('p');
  alert.className = 'sr-only';
  alert.setAttribute('role', 'status');
  element.append(alert);

  const box: Box = { textarea, status, alert, key: assignment.key, prompt: promptOf(element), saved: '' };
  box.saved = textarea.value = assignment.note?.text ?? '';
  if (assignment.earlierPrompt) {
    const earlier = document.createElement('p');
    earlier.className = 'muted mt-1 text-sm';
    earlier.textContent = `You wrote this note for an earlier wording of the prompt: “${assignment.earlierPrompt}”`;
    status.before(earlier);
  }
  if (readProblem) status.textContent = NOTES_NOTICES[readProblem];
  // Set here rather than in every lesson's HTML: storage refuses longer notes.
  textarea.maxLength = MAX_NOTE_LENGTH;
  textarea.readOnly = false;
  textarea.addEventListener('input', () => {
    clearTimeout(box.timer);
    box.timer = setTimeout(() => save(box), SAVE_DELAY_MS);
  });
  textarea.addEventListener('blur', () => flush(box));
  boxes.push(box);
}

function flush(box: Box) {
  if (box.timer !== undefined) save(box);
}

function save(box: Box) {
  clearTimeout(box.timer);
  box.timer = undefined;
  const text = box.textarea.value;
  if (text === box.saved) return;
  const result = saveNote(storage(), notes, box.key, { prompt: box.prompt, text, at: new Date().toISOString() });
  notes = result.notes;
  if (result.problem) {
    box.status.textContent = NOTES_NOTICES[result.problem];
    if (box.problem !== result.problem) box.alert.textContent = NOTES_NOTICES[result.problem];
  } else {
    box.saved = text;
    box.status.textContent = `Saved in this browser at ${clock()}.`;
    box.alert.textContent = '';
  }
  box.problem = result.problem;
}

/** Another tab saved or reset notes: take its changes in, and put back any this tab had that it lost. */
function onStorage(event: StorageEvent) {
  if (event.key !== NOTES_KEY && event.key !== null) return;
  // newValue is null when the key was removed or all storage cleared (a reset elsewhere).
  const result = reconcileNotes(notes, event.newValue);
  notes = result.notes;
  if (result.writeBack) writeNotes(storage(), notes);
  for (const box of boxes) {
    const text = textOf(box.key);
    // Never replace what the learner is typing here; their next save is the newer one and wins.
    if (box.timer !== undefined || document.activeElement === box.textarea || box.textarea.value === text) continue;
    box.textarea.value = box.saved = text;
    box.status.textContent = `Updated from another tab at ${clock()}.`;
  }
}
