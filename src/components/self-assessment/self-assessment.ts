/**
 * <self-assessment>: upgrades the server-rendered form in SelfAssessment.astro. On submit it
 * scores the answers (src/lib/self-assessment/scoring.ts), saves a dated attempt in this browser,
 * fills in the score table, draws the chart, and shows the reading and next steps that apply.
 * A returning learner sees their latest result and earlier attempts below the form.
 * All DOM is built with createElement and textContent (the CSP forbids HTML strings).
 */
import type { Side } from '../../schemas/content';
import {
  ATTEMPTS_KEY,
  ATTEMPTS_NOTICES,
  latestAttempt,
  readAttempts,
  reconcileAttempts,
  recordSelfAssessment,
  writeAttempts,
  type Attempts,
  type AttemptsProblem,
  type SelfAssessmentAttempt,
} from '../../lib/self-assessment/attempts';
import { SIDE_LABELS, chartDescription, chartLayout, type ChartRow } from '../../lib/self-assessment/chart';
import {
  SIDES,
  leanOf,
  overallScores,
  readProfile,
  scoreAnswers,
  unanswered,
  type Answers,
  type Lean,
  type ScoredStatement,
} from '../../lib/self-assessment/scoring';

const SVG = 'http://www.w3.org/2000/svg';
const LEAN_WORDS: Record<Lean, string> = { leadership: 'Leadership', management: 'Management', balanced: 'Even' };
/** Classes the site already has, so the chart adds no CSS: the bars take their colour through currentColor. */
const BAR_CLASS: Record<Side, string> = { leadership: 'text-[var(--color-accent)]', management: 'muted' };

// Repeated from check/browser-storage.ts on purpose: importing it would pull the progress code in.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function el(tag: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The chart as an inline SVG with role="img"; its <title> is the text alternative with every number.
 * Colours come from the colour roles through currentColor (classes the site already has), and each
 * bar is labelled in words, so colour is never the only cue.
 */
function drawChart(rows: ChartRow[]): SVGSVGElement {
  const layout = chartLayout(rows);
  const pct = (n: number) => `${n}%`;
  // fill is inherited, and currentColor resolves on each element: text in the ink colour, bars in theirs.
  const root = svg('svg', { width: '100%', height: layout.height, fill: 'currentColor', role: 'img' });
  root.append(svg('title', {}, chartDescription(rows)));
  for (const tick of layout.ticks) {
    root.append(
      svg('line', {
        x1: pct(tick.x),
        x2: pct(tick.x),
        y1: 0,
        y2: layout.plotBottom,
        stroke: 'currentColor',
        'stroke-opacity': 0.3,
      }),
      svg(
        'text',
        { x: pct(tick.x), y: layout.height - 4, 'text-anchor': 'middle', class: 'text-sm' },
        String(tick.value),
      ),
    );
  }
  for (const group of layout.groups) {
    root.append(svg('text', { x: 0, y: group.labelY, 'font-weight': 700 }, group.label));
    for (const bar of group.bars) {
      const middle = bar.y + bar.height / 2 + 5;
      root.append(
        svg('text', { x: 0, y: middle, class: 'text-sm' }, bar.label),
        svg('rect', {
          x: pct(bar.x),
          y: bar.y,
          width: pct(bar.width),
          height: bar.height,
          rx: 2,
          class: BAR_CLASS[bar.side],
        }),
        svg('text', { x: pct(bar.valueX), dx: 6, y: middle, 'font-weight': 700, class: 'text-sm' }, String(bar.value)),
      );
    }
  }
  return root;
}

const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });

class SelfAssessmentElement extends HTMLElement {
  private attempts: Attempts = { version: 1, attempts: [] };
  /** The attempt on show, so a change in another tab can tell whether to redraw it. */
  private shown?: SelfAssessmentAttempt;

  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  private get statements(): (ScoredStatement & { fieldset: HTMLFieldSetElement })[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-statement]')].map((fieldset) => ({
      fieldset,
      id: fieldset.dataset.statement!,
      difference: fieldset.dataset.difference!,
      side: fieldset.dataset.side as Side,
      reverse: fieldset.hasAttribute('data-reverse'),
    }));
  }

  private readonly onStorage = (event: StorageEvent) => {
    if (event.key !== ATTEMPTS_KEY && event.key !== null) return;
    // newValue is null when the key was removed or all storage cleared (a reset elsewhere).
    const { attempts, writeBack } = reconcileAttempts(this.attempts, event.newValue);
    this.attempts = attempts;
    if (writeBack) writeAttempts(storage(), attempts);
    const latest = latestAttempt(attempts);
    if (!latest) this.find('results').hidden = true;
    else if (!this.shown || Date.parse(latest.at) > Date.parse(this.shown.at)) this.showResults(latest);
    else this.renderHistory();
  };

  connectedCallback() {
    const { attempts, problem } = readAttempts(storage());
    this.attempts = attempts;
    if (problem) this.notice(problem);
    const latest = latestAttempt(attempts);
    if (latest) this.showResults(latest);
    this.find<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.find('again').addEventListener('click', () => this.again());
    addEventListener('storage', this.onStorage);
  }

  disconnectedCallback() {
    removeEventListener('storage', this.onStorage);
  }

  private notice(problem: AttemptsProblem | undefined) {
    const notice = this.find('notice');
    notice.textContent = problem ? ATTEMPTS_NOTICES[problem] : '';
    notice.hidden = !problem;
  }

  private submit() {
    const form = this.find<HTMLFormElement>('form');
    const statements = this.statements;
    const answers: Answers = {};
    const data = new FormData(form);
    for (const s of statements) {
      const value = data.get(`statement-${s.id}`);
      if (value !== null) answers[s.id] = Number(value);
    }
    const missing = unanswered(statements, answers);
    const box = this.find('missing');
    if (missing.length > 0) {
      this.showMissing(missing, statements);
      return;
    }
    box.hidden = true;
    const attempt: SelfAssessmentAttempt = {
      at: new Date().toISOString(),
      answers,
      scores: scoreAnswers(statements, answers),
    };
    const result = recordSelfAssessment(storage(), this.attempts, attempt);
    this.attempts = result.attempts;
    this.notice(result.problem);
    this.showResults(attempt);
    // Focus goes to the results' heading, so a screen reader starts reading there.
    this.find('results').querySelector<HTMLElement>('h2')!.focus();
  }

  /** Lists the unanswered statements as links to them, and moves focus to the list. */
  private showMissing(missing: string[], statements: { id: string; fieldset: HTMLFieldSetElement }[]) {
    const box = this.find('missing');
    this.find('missing-count').textContent =
      missing.length === 1
        ? 'Answer every statement to see your results. One is still unanswered:'
        : `Answer every statement to see your results. ${missing.length} are still unanswered:`;
    const list = this.find('missing-list');
    list.replaceChildren(
      ...missing.map((id) => {
        const fieldset = statements.find((s) => s.id === id)!.fieldset;
        const link = el('a', fieldset.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim());
        link.setAttribute('href', `#${fieldset.id}`);
        // Moving focus to the first option lets the learner answer straight away with the arrow keys.
        link.addEventListener('click', (event) => {
          event.preventDefault();
          fieldset.scrollIntoView({ block: 'start' });
          fieldset.querySelector('input')!.focus({ preventScroll: true });
        });
        const item = el('li');
        item.append(link);
        return item;
      }),
    );
    box.hidden = false;
    box.focus();
  }

  private showResults(attempt: SelfAssessmentAttempt) {
    this.shown = attempt;
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-difference]')];
    const order = rows.map((r) => r.dataset.difference!);
    const reading = readProfile(attempt.scores, order);
    const taken = this.find('taken');
    taken.replaceChildren(
      'Taken on ',
      Object.assign(el('time', formatTime(attempt.at)), { dateTime: attempt.at }),
      '.',
    );

    // The table: numbers per difference, then the overall means.
    const chartRows: ChartRow[] = [];
    for (const row of rows) {
      const diff = reading.differences.find((d) => d.id === row.dataset.difference);
      row.hidden = !diff;
      if (!diff) continue;
      for (const side of SIDES) row.querySelector(`[data-side="${side}"]`)!.textContent = String(diff.scores[side]);
      row.querySelector('[data-part="lean"]')!.textContent = LEAN_WORDS[diff.lean];
      chartRows.push({ label: row.querySelector('th')!.textContent!.trim(), scores: diff.scores });
    }
    const overall = this.find('overall');
    for (const side of SIDES)
      overall.querySelector(`[data-side="${side}"]`)!.textContent = String(reading.overall[side]);
    overall.querySelector('[data-part="lean"]')!.textContent = LEAN_WORDS[reading.lean];
    this.find('chart').replaceChildren(drawChart(chartRows));

    // The reading and next steps that apply: the overall profile, then each difference's weaker side.
    for (const block of this.querySelectorAll<HTMLElement>('[data-profile]')) {
      block.hidden = block.dataset.profile !== reading.lean;
    }
    for (const item of this.querySelectorAll<HTMLElement>('li[data-grow]')) {
      const diff = reading.differences.find((d) => d.id === item.dataset.difference);
      item.hidden = !diff || diff.weaker !== item.dataset.grow;
    }
    this.renderHistory();
    this.find('results').hidden = false;
  }

  private renderHistory() {
    const history = this.find('history');
    const list = [...this.attempts.attempts].reverse();
    history.hidden = list.length === 0;
    this.find('history-rows').replaceChildren(
      ...list.map((attempt) => {
        const overall = overallScores(attempt.scores);
        const row = el('tr');
        const when = el('th');
        when.setAttribute('scope', 'row');
        when.className = 'font-normal';
        when.append(Object.assign(el('time', formatTime(attempt.at)), { dateTime: attempt.at }));
        if (attempt.at === this.shown?.at) when.append(' (shown above)');
        row.append(when);
        const cells: [string, string][] = [
          [SIDE_LABELS.leadership, String(overall.leadership)],
          [SIDE_LABELS.management, String(overall.management)],
          ['Overall lean', LEAN_WORDS[leanOf(overall)]],
        ];
        for (const [column, text] of cells) {
          const cell = el('td', text);
          // The comparison table's phone layout labels each cell with its column.
          cell.dataset.column = column;
          row.append(cell);
        }
        return row;
      }),
    );
  }

  /** Clears the answers and takes the learner back to the first statement. */
  private again() {
    this.find<HTMLFormElement>('form').reset();
    this.find('missing').hidden = true;
    const first = this.querySelector<HTMLInputElement>('fieldset[data-statement] input')!;
    first.closest('fieldset')!.scrollIntoView({ block: 'start' });
    first.focus({ preventScroll: true });
  }
}

customElements.define('self-assessment', SelfAssessmentElement);
