/**
 * `npm run content:report`: one row per lesson with its words, minutes, questions
 * by kind and glossary links, so an author can see the course at a glance.
 * The measuring is in src/lib/content-stats.ts (unit-tested, and shared with the
 * content rules test); Vite's module runner loads it, TypeScript and all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const load = async (id) => (await runnerImport(id, { configFile: false, logLevel: 'silent' })).module;
const { lessonStats, WORDS_PER_MINUTE } = await load('/src/lib/content-stats.ts');
const { SECONDS_PER_QUESTION } = await load('/src/lib/quiz/summary.ts');
const { QUESTION_KINDS: KINDS } = await load('/src/schemas/content.ts');

const dir = new URL('../content/lessons/', import.meta.url);
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => lessonStats(f.replace(/\.mdx$/, ''), readFileSync(new URL(f, dir), 'utf8')))
  .sort((a, b) => a.order - b.order);

const header = ['#', 'lesson', 'words', 'min', 'est', 'Qs', 'single', 'multi', 't/f', 'lead/manage', 'glossary links'];
const rows = lessons.map((l) => [
  String(l.order),
  l.id,
  String(l.words),
  String(l.minutes),
  String(l.estimatedMinutes),
  String(l.questions),
  ...KINDS.map((k) => String(l.questionsByKind[k] ?? 0)),
  `${l.glossaryLinks.length}: ${l.glossaryLinks.join(', ')}`,
]);
const totals = [
  '',
  'total',
  String(lessons.reduce((s, l) => s + l.words, 0)),
  String(lessons.reduce((s, l) => s + l.minutes, 0)),
  String(lessons.reduce((s, l) => s + l.estimatedMinutes, 0)),
  String(lessons.reduce((s, l) => s + l.questions, 0)),
  ...KINDS.map((k) => String(lessons.reduce((s, l) => s + (l.questionsByKind[k] ?? 0), 0))),
  `${new Set(lessons.flatMap((l) => l.glossaryLinks)).size} distinct terms`,
];

const table = [header, ...rows, totals];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join(' | ') + ' |';
console.log(line(header));
console.log('| ' + widths.map((w, i) => (i === widths.length - 1 ? '---' : '-'.repeat(w))).join(' | ') + ' |');
for (const r of [...rows, totals]) console.log(line(r));
console.log(
  `\nmin = minutes in the frontmatter; est = words / ${WORDS_PER_MINUTE} + ${SECONDS_PER_QUESTION} s per question, rounded.`,
);
