/**
 * Measures a lesson's source for the content rules and `npm run content:report`:
 * prose words, glossary links, reading time, answer-length give-aways.
 * Works on the raw .mdx text so it runs in Vitest and plain Node alike.
 */
import { parse as parseYaml } from 'yaml';
import { SECONDS_PER_QUESTION } from './quiz/summary';

/** @public Also read by scripts/content-report.mjs (through Vite's module runner, which knip cannot follow). */
export const WORDS_PER_MINUTE = 200;

export interface MdxSource {
  data: Record<string, unknown>;
  body: string;
}

export function splitFrontmatter(source: string): MdxSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/**
 * The words a reader reads: tags and their attributes, import lines, link targets
 * and Markdown markers are removed; text between tags is kept.
 */
export function proseText(body: string): string {
  return body
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*?>/gs, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]|-]+/g, ' ');
}

export function countWords(text: string): number {
  return text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g)?.length ?? 0;
}

/** Glossary ids linked with <Term id="…">, each once, in order of first use. */
export function glossaryLinks(body: string): string[] {
  const ids = [...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...new Set(ids)];
}

/** Reading time at WORDS_PER_MINUTE plus the time the check takes. */
export function estimateMinutes(words: number, questions: number): number {
  return Math.round(words / WORDS_PER_MINUTE + (questions * SECONDS_PER_QUESTION) / 60);
}

export function countComponent(body: string, name: string): number {
  return body.match(new RegExp(`<${name}[\\s>]`, 'g'))?.length ?? 0;
}

interface OptionLike {
  id: string;
  text: string;
}

/** True when the right option of a single-choice question is strictly the longest, a give-away to guessers. */
export function rightIsLongest(options: readonly OptionLike[], correct: readonly string[]): boolean {
  const right = options.find((o) => o.id === correct[0]);
  if (!right) return false;
  return options.every((o) => o === right || o.text.length < right.text.length);
}

/** Sentences in an explanation, counting ". ", "! " and "? " ends (not "e.g." inside a sentence). */
export function sentenceCount(text: string): number {
  const cleaned = text.replace(/\b(e\.g|i\.e|etc|vs|Mr|Ms|Dr)\./gi, '$1');
  return cleaned.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim().length > 0).length;
}

export interface LessonStats {
  id: string;
  title: string;
  order: number;
  part: string;
  minutes: number;
  words: number;
  estimatedMinutes: number;
  questions: number;
  questionsByKind: Record<string, number>;
  glossaryLinks: string[];
  scenarios: number;
  reflections: number;
}

/** Everything the report and the content rules need to know about one lesson file. */
export function lessonStats(id: string, source: string): LessonStats {
  const { data, body } = splitFrontmatter(source);
  const check = (Array.isArray(data.check) ? data.check : []) as { kind?: string }[];
  const questionsByKind: Record<string, number> = {};
  for (const q of check) questionsByKind[q.kind ?? '?'] = (questionsByKind[q.kind ?? '?'] ?? 0) + 1;
  const words = countWords(proseText(body));
  return {
    id,
    title: String(data.title ?? ''),
    order: Number(data.order),
    part: String(data.part ?? ''),
    minutes: Number(data.minutes),
    words,
    estimatedMinutes: estimateMinutes(words, check.length),
    questions: check.length,
    questionsByKind,
    glossaryLinks: glossaryLinks(body),
    scenarios: countComponent(body, 'Scenario'),
    reflections: countComponent(body, 'Reflection'),
  };
}
