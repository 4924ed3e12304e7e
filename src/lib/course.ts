/**
 * Course structure: ordering, parts, previous/next and the rules that span
 * several content files. Pure: callers pass in what they have read.
 */
import type { CourseData, FinalCheckData, LessonData, Part } from '../schemas/content';
import { FINAL_CHECK_ID } from './progress/progress';

/** A lesson as the pages need it: its id, the file it came from and its data. */
export interface LessonEntry {
  id: string;
  filePath?: string;
  data: LessonData;
}

/** The final course check (content/final-check.yaml) as the cross-file checks need it. */
interface FinalCheckEntry {
  filePath?: string;
  data: Pick<FinalCheckData, 'check'>;
}

export interface GlossaryEntryRef {
  id: string;
  lessons: string[];
}

export interface PartWithLessons<L extends LessonEntry = LessonEntry> extends Part {
  /** 1-based position of the part in the course. */
  number: number;
  lessons: L[];
}

const where = (l: LessonEntry) => l.filePath ?? `lesson "${l.id}"`;

/**
 * Problems no single file can see. Each message names the file and field so the
 * author knows what to fix; an empty list means the course is consistent.
 */
export function findCourseProblems(
  course: Pick<CourseData, 'parts'>,
  lessons: LessonEntry[],
  glossary: GlossaryEntryRef[] = [],
  finalCheck?: FinalCheckEntry,
): string[] {
  const problems: string[] = [];
  const partIds = course.parts.map((p) => p.id);

  for (const lesson of lessons) {
    if (!partIds.includes(lesson.data.part)) {
      problems.push(
        `${where(lesson)}: part "${lesson.data.part}" is not in the course outline (content/course.yaml parts: ${partIds.join(', ')})`,
      );
    }
  }

  const byOrder = new Map<number, LessonEntry>();
  const byId = new Map<string, LessonEntry>();
  for (const lesson of lessons) {
    const sameOrder = byOrder.get(lesson.data.order);
    if (sameOrder) {
      problems.push(
        `${where(lesson)}: order ${lesson.data.order} is already used by ${where(sameOrder)}; each lesson needs its own order`,
      );
    } else {
      byOrder.set(lesson.data.order, lesson);
    }
    const sameId = byId.get(lesson.id);
    if (sameId) {
      problems.push(`${where(lesson)}: lesson id "${lesson.id}" is already used by ${where(sameId)}`);
    } else {
      byId.set(lesson.id, lesson);
    }
  }

  // Lessons must read in part order: a lesson of part 2 cannot come before one of part 1.
  const sorted = sortLessons(lessons);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (partIds.indexOf(cur.data.part) < partIds.indexOf(prev.data.part)) {
      problems.push(
        `${where(cur)}: order ${cur.data.order} puts a lesson of part "${cur.data.part}" after ${where(prev)} of the later part "${prev.data.part}"`,
      );
    }
  }

  // "From earlier" questions: the lesson they draw on must exist and come before, and their
  // objective numbers must point into that lesson's objectives.
  for (const lesson of lessons) {
    lesson.data.check.forEach((q, i) => {
      if (!q.from) return;
      const source = byId.get(q.from);
      if (!source) {
        problems.push(`${where(lesson)}: check.${i}.from: there is no lesson "${q.from}"`);
        return;
      }
      if (source.data.order >= lesson.data.order) {
        problems.push(
          `${where(lesson)}: check.${i}.from: "${q.from}" does not come before this lesson; a "From earlier" question draws on an earlier lesson`,
        );
      }
      problems.push(...objectiveProblems(`${where(lesson)}: check.${i}`, q.assesses, source));
    });
  }

  // The final check draws on any lesson; its questions' objective numbers point into that lesson's.
  if (finalCheck) {
    const at = finalCheck.filePath ?? 'content/final-check.yaml';
    finalCheck.data.check.forEach((q, i) => {
      if (!q.from) return; // the schema already asks for it
      const source = byId.get(q.from);
      if (!source) problems.push(`${at}: check.${i}.from: there is no lesson "${q.from}"`);
      else problems.push(...objectiveProblems(`${at}: check.${i}`, q.assesses, source));
    });
  }

  // Saved progress keeps the final check beside the lessons, under its own id.
  const reserved = byId.get(FINAL_CHECK_ID);
  if (reserved) {
    problems.push(`${where(reserved)}: the lesson id "${FINAL_CHECK_ID}" is kept for the final check; rename the file`);
  }

  for (const entry of glossary) {
    entry.lessons.forEach((id, i) => {
      if (!byId.has(id)) {
        problems.push(
          `content/glossary.yaml: ${entry.id}.lessons.${i}: there is no lesson "${id}" (lesson ids are the file names in content/lessons/)`,
        );
      }
    });
  }
  return problems;
}

/** Problems with a question's `assesses` numbers against the lesson it draws on. */
function objectiveProblems(at: string, assesses: number[], source: LessonEntry): string[] {
  const count = source.data.objectives.length;
  return assesses
    .map((n, j) =>
      n > count
        ? `${at}.assesses.${j}: objective ${n} does not exist: lesson "${source.id}" has ${count} objectives`
        : '',
    )
    .filter(Boolean);
}

export function sortLessons<L extends LessonEntry>(lessons: readonly L[]): L[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/** The course's parts in outline order, each with its lessons in reading order. */
export function groupByPart<L extends LessonEntry>(
  parts: readonly Part[],
  lessons: readonly L[],
): PartWithLessons<L>[] {
  const sorted = sortLessons(lessons);
  return parts.map((part, i) => ({
    ...part,
    number: i + 1,
    lessons: sorted.filter((l) => l.data.part === part.id),
  }));
}

export interface Neighbours<L> {
  previous?: L;
  next?: L;
}

export function neighbours<L extends LessonEntry>(lessons: readonly L[], id: string): Neighbours<L> {
  const sorted = sortLessons(lessons);
  const i = sorted.findIndex((l) => l.id === id);
  if (i === -1) return {};
  return { previous: sorted[i - 1], next: sorted[i + 1] };
}

/** "1 lesson", "12 lessons". */
export function lessonCount(n: number): string {
  return `${n} ${n === 1 ? 'lesson' : 'lessons'}`;
}

/** Total minutes of a list of lessons, for "about N minutes" lines. */
export function totalMinutes(lessons: readonly LessonEntry[]): number {
  return lessons.reduce((sum, l) => sum + l.data.minutes, 0);
}
