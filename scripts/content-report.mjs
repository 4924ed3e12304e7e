/**
 * `npm run content:report`: one row per lesson with its words, minutes, questions by kind,
 * objectives covered and glossary links, then how fair the answer key is to a blind guesser
 * (every habit's score against chance, and the distribution rules), so an author can see the
 * course at a glance. The measuring is in src/lib/content-stats.ts and
 * src/lib/quiz/answer-key-audit.ts (unit-tested, and shared with the content rules test);
 * Vite's module runner loads them, TypeScript and all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { runnerImport } from 'vite';

const load = async (id) => (await runnerImport(id, { configFile: false, logLevel: 'silent' })).module;
const { lessonStats, splitFrontmatter, WORDS_PER_MINUTE } = await load('/src/lib/content-stats.ts');
const { SECONDS_PER_QUESTION } = await load('/src/lib/quiz/summary.ts');
const { QUESTION_KINDS: KINDS, finalCheckSchema, lessonSchema } = await load('/src/schemas/content.ts');
const audit = await load('/src/lib/quiz/answer-key-audit.ts');

const contentDir = new URL(`../${process.env.COURSE_CONTENT_DIR || 'content'}/`, import.meta.url);
const dir = new URL('lessons/', contentDir);
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const id = f.replace(/\.mdx$/, '');
    const source = readFileSync(new URL(f, dir), 'utf8');
    const parsed = lessonSchema.safeParse(splitFrontmatter(source).data);
    if (!parsed.success) {
      console.error(
        `content/lessons/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      process.exit(1);
    }
    return { ...lessonStats(id, source), data: parsed.data };
  })
  .sort((a, b) => a.order - b.order);

/** "2/3": objectives assessed by the lesson's own questions, of all its objectives. */
function objectivesCovered(data) {
  const covered = new Set(data.check.filter((q) => !q.from).flatMap((q) => q.assesses));
  return `${data.objectives.filter((_, i) => covered.has(i + 1)).length}/${data.objectives.length}`;
}

function printTable(header, rows) {
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('| ' + widths.map((w, i) => (i === widths.length - 1 ? '---' : '-'.repeat(w))).join(' | ') + ' |');
  for (const r of rows) console.log(line(r));
}

const short = { single: 'single', multiple: 'multi', 'true-false': 't/f', 'lead-or-manage': 'lead/manage' };
const header = [
  '#',
  'lesson',
  'words',
  'min',
  'est',
  'Qs',
  ...KINDS.map((k) => short[k] ?? k),
  'earlier',
  'objectives',
  'glossary links',
];
const rows = lessons.map((l) => [
  String(l.order),
  l.id,
  String(l.words),
  String(l.minutes),
  String(l.estimatedMinutes),
  String(l.questions),
  ...KINDS.map((k) => String(l.questionsByKind[k] ?? 0)),
  String(l.data.check.filter((q) => q.from).length),
  objectivesCovered(l.data),
  `${l.glossaryLinks.length}: ${l.glossaryLinks.join(', ')}`,
]);
const sum = (f) => String(lessons.reduce((s, l) => s + f(l), 0));
rows.push([
  '',
  'total',
  sum((l) => l.words),
  sum((l) => l.minutes),
  sum((l) => l.estimatedMinutes),
  sum((l) => l.questions),
  ...KINDS.map((k) => sum((l) => l.questionsByKind[k] ?? 0)),
  sum((l) => l.data.check.filter((q) => q.from).length),
  '',
  `${new Set(lessons.flatMap((l) => l.glossaryLinks)).size} distinct terms`,
]);
printTable(header, rows);
console.log(
  `\nmin = minutes in the frontmatter; est = words / ${WORDS_PER_MINUTE} + ${SECONDS_PER_QUESTION} s per question, rounded;` +
    ' earlier = "From earlier" questions; objectives = objectives assessed by the lesson\'s own questions.',
);

// ------------------------------------------------------------ fair answer keys

const finalFile = new URL('final-check.yaml', contentDir);
const finalCheck = existsSync(finalFile)
  ? finalCheckSchema.parse(parseYaml(readFileSync(finalFile, 'utf8')))
  : undefined;
const questions = [
  ...lessons.flatMap((l) => l.data.check.map((question) => ({ ref: `${l.id}/${question.id}`, question }))),
  ...(finalCheck?.check ?? []).map((question) => ({ ref: `final-check/${question.id}`, question })),
];
const pct = (n) => `${Math.round(n * 100)}%`;
const scores = audit.habitScores(questions);
console.log(`\nBlind habits over ${questions.length} questions${finalCheck ? ' (lessons and the final check)' : ''}:`);
printTable(
  ['kind', 'habit', 'questions', 'score', 'chance', 'verdict'],
  scores.map((s) => [
    s.kind,
    s.habit,
    String(s.questions),
    pct(s.score),
    pct(s.chance),
    s.score > s.chance + audit.HABIT_MARGIN + 1e-9 ? `over chance + 10 (${s.hits.join(', ')})` : 'ok',
  ]),
);
const composite = audit.bestCompositeHabit(scores);
console.log(
  `\nBest combined habit (the best habit for each kind) over ${composite.questions} guessable questions: ` +
    `${pct(composite.score)} against chance ${pct(composite.chance)}.`,
);
const problems = [
  ...audit.keyDistributionProblems(questions).map((p) => `${p.rule}${p.refs.length ? `: ${p.refs.join(', ')}` : ''}`),
  ...audit.nearDuplicates(questions).map((d) => `near-duplicates: ${d.a} ~ ${d.b} (${pct(d.similarity)} shared words)`),
];
console.log(problems.length ? `\nAnswer-key problems:\n- ${problems.join('\n- ')}` : '\nAnswer-key rules: all met.');
