import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { selfAssessmentSchema } from '../../schemas/content';
import { findSelfAssessmentProblems } from './problems';

const root = new URL('../../../', import.meta.url);
const raw = parseYaml(readFileSync(new URL('content/self-assessment.yaml', root), 'utf8'))['self-assessment'];
const lessonIds = readdirSync(new URL('content/lessons/', root)).map((f) => f.replace(/\.mdx$/, ''));

describe('content/self-assessment.yaml', () => {
  const data = selfAssessmentSchema.parse(raw);

  it('links only to lessons that exist', () => {
    expect(findSelfAssessmentProblems(data, lessonIds)).toEqual([]);
  });

  it('has about fifteen statements, a reverse-worded one in every difference and side', () => {
    expect(data.statements.length).toBeGreaterThanOrEqual(12);
    expect(data.statements.length).toBeLessThanOrEqual(20);
    for (const d of data.differences) {
      for (const side of ['leadership', 'management'] as const) {
        const cell = data.statements.filter((s) => s.difference === d.id && s.side === side);
        expect(
          cell.some((s) => s.reverse),
          `${d.id}/${side} has a reverse-worded statement`,
        ).toBe(true);
        expect(
          cell.some((s) => !s.reverse),
          `${d.id}/${side} has a plainly worded statement`,
        ).toBe(true);
      }
    }
  });
});

describe('findSelfAssessmentProblems', () => {
  it('names each link to a missing lesson with its field', () => {
    const data = selfAssessmentSchema.parse(raw);
    const broken = {
      ...data,
      differences: data.differences.map((d, i) => (i === 1 ? { ...d, lesson: 'gone' } : d)),
    };
    expect(findSelfAssessmentProblems(broken, lessonIds)).toEqual([
      'content/self-assessment.yaml: differences.1.lesson: lesson "gone" does not exist in content/lessons/',
    ]);
    expect(findSelfAssessmentProblems(data, [])).toHaveLength(data.differences.length + 8);
  });
});

describe('selfAssessmentSchema', () => {
  const base = selfAssessmentSchema.parse(raw);
  const issues = (value: unknown) =>
    selfAssessmentSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('names an unknown difference, a duplicate id and an unbalanced difference', () => {
    const statements = base.statements.map((s, i) =>
      i === 0 ? { ...s, difference: 'speed' } : i === 1 ? { ...s, id: base.statements[2]!.id } : s,
    );
    expect(issues({ ...base, statements })).toEqual([
      `statements.0.difference: "speed" is not one of the differences (focus, risk, communication)`,
      `statements.2.id: duplicate statement id "${base.statements[2]!.id}"`,
      'differences.0: difference "focus" needs the same number (2 or more) of leadership and management statements; it has 3 and 2',
    ]);
  });

  it('needs exactly five scale labels and a disclaimer', () => {
    expect(issues({ ...base, scale: base.scale.slice(0, 4) })).toEqual([
      'scale: scale must have exactly 5 labels, from strongly disagree to strongly agree',
    ]);
    expect(issues({ ...base, disclaimer: ' ' })).toEqual(['disclaimer: disclaimer must not be empty']);
  });
});
