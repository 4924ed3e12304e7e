/**
 * The course's own content rules (CONTRIBUTING.md), checked against the real files in
 * content/: length, reading time, the shape of every check, answer-length give-aways,
 * scenarios and reflections, glossary links both ways, and no text copied from the source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { finalCheckSchema, lessonSchema, questionSchema, type LessonData, type Question } from './schemas/content';
import {
  bestCompositeHabit,
  habitScores,
  keyDistributionProblems,
  nearDuplicates,
  unfairHabits,
  type AuditedQuestion,
} from './lib/quiz/answer-key-audit';
import { lessonStats, rightIsLongest, sentenceCount, splitFrontmatter } from './lib/content-stats';

const root = new URL('../', import.meta.url);
const lessonDir = new URL('content/lessons/', root);
const files = readdirSync(lessonDir).filter((f) => f.endsWith('.mdx'));
const lessons = files
  .map((file) => {
    const source = readFileSync(new URL(file, lessonDir), 'utf8');
    const id = file.replace(/\.mdx$/, '');
    return {
      id,
      data: lessonSchema.parse(splitFrontmatter(source).data) as LessonData,
      stats: lessonStats(id, source),
    };
  })
  .sort((a, b) => a.data.order - b.data.order);
const course = parseYaml(readFileSync(new URL('content/course.yaml', root), 'utf8')).course as {
  parts: { id: string }[];
};
const glossary = parseYaml(readFileSync(new URL('content/glossary.yaml', root), 'utf8')) as Record<
  string,
  { term: string; lessons: string[] }
>;

describe('the course', () => {
  it('has at least nine lessons, numbered 1..N without gaps, following the parts of the outline', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(9);
    expect(lessons.map((l) => l.data.order)).toEqual(lessons.map((_, i) => i + 1));
    const partOrder = course.parts.map((p) => p.id);
    const partIndexes = lessons.map((l) => partOrder.indexOf(l.data.part));
    expect(partIndexes).toEqual([...partIndexes].sort((a, b) => a - b));
    for (const part of partOrder)
      expect(
        lessons.some((l) => l.data.part === part),
        `part ${part} has lessons`,
      ).toBe(true);
  });

  it('has at least 15 glossary terms', () => {
    expect(Object.keys(glossary).length).toBeGreaterThanOrEqual(15);
  });
});

describe.each(lessons)('lesson $data.order: $id', ({ id, data, stats }) => {
  it('has at least 700 words of prose and minutes that match its length', () => {
    expect(stats.words).toBeGreaterThanOrEqual(700);
    expect(Math.abs(data.minutes - stats.estimatedMinutes)).toBeLessThanOrEqual(1);
  });

  it('has 2-5 objectives and 2-5 takeaways', () => {
    expect(data.objectives.length).toBeGreaterThanOrEqual(2);
    expect(data.objectives.length).toBeLessThanOrEqual(5);
    expect(data.takeaways.length).toBeGreaterThanOrEqual(2);
    expect(data.takeaways.length).toBeLessThanOrEqual(5);
  });

  it('has a worked scenario, a reflective prompt and glossary links', () => {
    expect(stats.scenarios).toBeGreaterThanOrEqual(1);
    expect(stats.reflections).toBeGreaterThanOrEqual(1);
    expect(stats.glossaryLinks.length).toBeGreaterThanOrEqual(3);
  });

  it('ends with a check of 5-8 questions of at least two kinds', () => {
    expect(data.check.length).toBeGreaterThanOrEqual(5);
    expect(data.check.length).toBeLessThanOrEqual(8);
    expect(new Set(data.check.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
    if (data.order >= 3 && data.order <= 6) {
      expect(
        data.check.some((q) => q.kind === 'lead-or-manage'),
        'a "lead or manage?" question',
      ).toBe(true);
    }
  });

  it('explains every option in one or two sentences', () => {
    for (const q of data.check) {
      const explanations =
        q.kind === 'single' || q.kind === 'multiple'
          ? q.options.map((o) => o.explanation)
          : q.kind === 'order'
            ? [q.explanation]
            : q.kind === 'write'
              ? []
              : Object.values(q.explanations);
      for (const e of explanations) {
        expect(sentenceCount(e), `${q.id}: "${e}"`).toBeGreaterThanOrEqual(1);
        expect(sentenceCount(e), `${q.id}: "${e}"`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('does not give answers away by length', () => {
    const singles = data.check.filter((q) => q.kind === 'single');
    const longest = singles.filter((q) => rightIsLongest(q.options, q.correct));
    expect(longest.length, `right option longest in ${longest.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(
      singles.length / 2,
    );
  });

  it('links only glossary terms that exist and list this lesson', () => {
    for (const term of stats.glossaryLinks) {
      expect(glossary[term], `glossary term "${term}"`).toBeDefined();
      expect(glossary[term]!.lessons, `glossary.yaml ${term}.lessons`).toContain(id);
    }
  });

  if (data.kind === 'case-study') {
    it('lists its sources', () => {
      expect(data.sources?.length ?? 0).toBeGreaterThanOrEqual(1);
    });
  }
});

// ------------------------------------------------------- fair answer keys, course-wide

const finalCheckFile = new URL('content/final-check.yaml', root);
const finalCheck = existsSync(finalCheckFile)
  ? finalCheckSchema.parse(parseYaml(readFileSync(finalCheckFile, 'utf8')))
  : undefined;
const allQuestions: AuditedQuestion[] = [
  ...lessons.flatMap((l) => l.data.check.map((question) => ({ ref: `${l.id}/${question.id}`, question }))),
  ...(finalCheck?.check ?? []).map((question) => ({ ref: `final-check/${question.id}`, question })),
];

/** The example questions in CONTRIBUTING.md's YAML blocks: the course must not reuse them. */
function contributingExamples(): AuditedQuestion[] {
  const text = readFileSync(new URL('CONTRIBUTING.md', root), 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^---$/gm, ''));
  return blocks.flatMap((block) => {
    const data = parseYaml(block) as { check?: unknown[] } | null;
    return (data?.check ?? []).flatMap((raw) => {
      const parsed = questionSchema.safeParse(raw);
      return parsed.success ? [{ ref: `CONTRIBUTING.md/${parsed.data.id}`, question: parsed.data as Question }] : [];
    });
  });
}

describe('fair answer keys across the course', () => {
  it('no blind habit beats chance by more than 10 points', () => {
    const unfair = unfairHabits(habitScores(allQuestions)).map(
      (h) =>
        `${h.kind}: "${h.habit}" scores ${Math.round(h.score * 100)}% against chance ${Math.round(h.chance * 100)}% (${h.hits.join(', ')})`,
    );
    expect(unfair).toEqual([]);
    const composite = bestCompositeHabit(habitScores(allQuestions));
    expect(composite.score).toBeLessThanOrEqual(composite.chance + 0.1 + 1e-9);
  });

  it('spreads answers across positions, true/false, lead-or-manage classes and multiple-choice counts', () => {
    expect(keyDistributionProblems(allQuestions).map((p) => `${p.rule}: ${p.refs.join(', ')}`)).toEqual([]);
  });

  it('has no near-duplicate questions, and none copied from CONTRIBUTING.md', () => {
    const examples = contributingExamples();
    expect(examples.length, 'CONTRIBUTING.md example questions found').toBeGreaterThan(0);
    expect(
      nearDuplicates(allQuestions, examples).map((d) => `${d.a} ~ ${d.b} (${Math.round(d.similarity * 100)}%)`),
    ).toEqual([]);
  });
});

describe('the glossary', () => {
  it.each(Object.entries(glossary))('%s names lessons that exist and link to it', (termId, entry) => {
    for (const lessonId of entry.lessons) {
      const lesson = lessons.find((l) => l.id === lessonId);
      expect(lesson, `lesson "${lessonId}"`).toBeDefined();
      expect(lesson!.stats.glossaryLinks, `${lessonId} links <Term id="${termId}">`).toContain(termId);
    }
  });
});

// The tool sits in the shared folder beside the project (as in CI), or two levels up from a worktree.
const seedOverlap = ['../shared/tools/seed-overlap', '../../shared/tools/seed-overlap']
  .map((path) => new URL(path, root))
  .find((url) => existsSync(url));
if (!seedOverlap) {
  console.warn(
    '"our own words" skipped because ../shared/tools/seed-overlap is absent: the source article and its ' +
      'overlap tool live in the shared folder beside the project, as in CI, where this rule runs.',
  );
}
describe.skipIf(!seedOverlap)('our own words', () => {
  it('shares no run of 8+ words with the source article', () => {
    const out = execFileSync(seedOverlap!.pathname, ['content', 'src'], { cwd: root.pathname, encoding: 'utf8' });
    expect(out).toBe('');
  });
});
