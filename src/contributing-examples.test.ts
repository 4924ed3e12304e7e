/**
 * Every YAML example in CONTRIBUTING.md is valid content: a lesson's frontmatter, a question, the
 * final check, the self-assessment. Authors copy these, so a field renamed in the schema must be renamed there too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  finalCheckSchema,
  glossaryEntrySchema,
  lessonSchema,
  questionSchema,
  selfAssessmentSchema,
} from './schemas/content';

const markdown = readFileSync(new URL('../CONTRIBUTING.md', import.meta.url), 'utf8');
const examples = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!.replace(/^---$/gm, '')));
const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('CONTRIBUTING.md examples', () => {
  it('has the examples this test expects', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((data, i) => [i + 1, data]))('example %i is valid', (_, data) => {
    if (Array.isArray(data)) {
      for (const question of data) expect(problems(questionSchema.safeParse(question)), question.id).toEqual([]);
    } else if ('objectives' in data) {
      expect(problems(lessonSchema.safeParse(data))).toEqual([]);
    } else if ('check' in data) {
      expect(problems(finalCheckSchema.safeParse(data))).toEqual([]);
    } else if ('self-assessment' in data) {
      // Shortened with "…" (a real file has 18 statements), so only its field names can be checked.
      const known = Object.keys(selfAssessmentSchema.shape);
      expect(Object.keys(data['self-assessment']).filter((key) => !known.includes(key))).toEqual([]);
    } else {
      for (const [id, entry] of Object.entries(data))
        expect(problems(glossaryEntrySchema.safeParse(entry)), id).toEqual([]);
    }
  });
});
