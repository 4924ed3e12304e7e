/**
 * The content model: the one place that says what a lesson, a check question,
 * the course outline and a glossary entry are. `src/content.config.ts` wires
 * these schemas to the files in `content/`; everything else imports the types
 * from here. Kept free of `astro:content` so unit tests can feed it fixtures.
 *
 * Error messages are written for course authors: Astro prints them with the
 * entry's file and the path of the field (e.g. `check.2.correct`).
 */
import { z } from 'astro/zod';

const text = (what: string) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** Lowercase words joined by hyphens: safe in URLs, HTML ids and storage keys. */
const slug = (what: string) =>
  text(what).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `${what} must be lowercase letters, digits and hyphens (like "focus-1")`,
  });

const list = (what: string, min: number, max: number) =>
  z
    .array(text(`each of the ${what}`), { error: `${what} must be a list` })
    .min(min, { error: `${what}: give at least ${min}` })
    .max(max, { error: `${what}: give at most ${max}` });

// ---------------------------------------------------------------- questions

/** @public Also read by scripts/content-report.mjs (through Vite's module runner, which knip cannot follow). */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'lead-or-manage', 'order', 'write'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The three answers of a "lead or manage?" question, in the order they are shown. */
export const LEAD_OR_MANAGE = ['leadership', 'management', 'both'] as const;
export type LeadOrManage = (typeof LEAD_OR_MANAGE)[number];

const optionSchema = z.strictObject({
  id: slug('option id'),
  text: text('option text'),
  explanation: text('option explanation (why this option is right or wrong)'),
  /** Keeps the option in its authored place when the others are shuffled (e.g. "None of these"). */
  pinned: z.boolean({ error: 'pinned must be true or false' }).optional(),
});

const questionBase = {
  id: slug('question id'),
  prompt: text('question prompt'),
  /**
   * The objectives this question assesses: 1-based numbers into the lesson's `objectives`, or into
   * the objectives of the lesson named by `from`.
   */
  assesses: z
    .array(
      z
        .number({ error: 'assesses must list objective numbers, e.g. [1, 3]' })
        .int({ error: 'assesses: objective numbers are whole numbers' })
        .positive({ error: 'assesses: objective numbers start at 1' }),
      {
        error: (issue) =>
          issue.input === undefined
            ? 'assesses is required: the numbers of the objectives this question tests, e.g. assesses: [1, 3]'
            : 'assesses must be a list of objective numbers, e.g. [1, 3]',
      },
    )
    .min(1, { error: 'assesses: name at least one objective' }),
  /**
   * A question on an earlier lesson ("From earlier"), asked again after a gap: the id of that
   * lesson. Its `assesses` numbers then point into that lesson's objectives.
   */
  from: slug('from (the id of an earlier lesson)').optional(),
};

const choiceQuestion = <K extends 'single' | 'multiple'>(kind: K) =>
  z.strictObject({
    ...questionBase,
    kind: z.literal(kind),
    options: z
      .array(optionSchema, { error: 'options must be a list' })
      .min(2, { error: 'a question needs at least 2 options' }),
    correct: z.array(slug('correct option id'), {
      error: 'correct must be a list of option ids, e.g. [b]',
    }),
  });

const singleQuestion = choiceQuestion('single');
const multipleQuestion = choiceQuestion('multiple');

const trueFalseQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('true-false'),
  correct: z.boolean({ error: 'correct must be true or false' }),
  explanations: z.strictObject({
    true: text('explanation for the answer "True"'),
    false: text('explanation for the answer "False"'),
  }),
});

const leadOrManageQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('lead-or-manage'),
  scenario: text('scenario (the short situation to classify)'),
  correct: z.enum(LEAD_OR_MANAGE, { error: 'correct must be leadership, management or both' }),
  explanations: z.strictObject({
    leadership: text('explanation for "Leadership"'),
    management: text('explanation for "Management"'),
    both: text('explanation for "Both"'),
  }),
});

/** Put 3-6 steps in order. `steps` are written in the right order; learners see them scrambled. */
const orderQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('order'),
  steps: z
    .array(z.strictObject({ id: slug('step id'), text: text('step text') }), {
      error: 'steps must be a list of { id, text }, in the right order',
    })
    .min(3, { error: 'an order question needs at least 3 steps' })
    .max(6, { error: 'an order question takes at most 6 steps' }),
  explanation: text('explanation (why the steps go in this order)'),
});

/**
 * A short written answer, compared by the learner with a model answer against 3-4 criteria
 * (a self-check rubric). Not graded automatically and not part of the score.
 */
const writeQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('write'),
  /** Optional material to work from, such as the vague instruction to rewrite. */
  scenario: text('scenario (the material to work from)').optional(),
  model: text('model answer'),
  criteria: z
    .array(text('each criterion'), { error: 'criteria must be a list' })
    .min(3, { error: 'criteria: give at least 3' })
    .max(4, { error: 'criteria: give at most 4' }),
});

export const questionSchema = z
  .discriminatedUnion(
    'kind',
    [singleQuestion, multipleQuestion, trueFalseQuestion, leadOrManageQuestion, orderQuestion, writeQuestion],
    {
      error: `kind must be one of: ${QUESTION_KINDS.join(', ')}`,
    },
  )
  .superRefine((q, ctx) => {
    if (q.kind === 'order') {
      const ids = q.steps.map((step) => step.id);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${id}"` });
        }
      });
    }
    if (q.kind !== 'single' && q.kind !== 'multiple') return;
    const ids = q.options.map((o) => o.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `duplicate option id "${id}"` });
      }
    });
    q.correct.forEach((id, i) => {
      if (!ids.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['correct', i],
          message: `"${id}" is not one of this question's options (${ids.join(', ')})`,
        });
      }
    });
    if (q.kind === 'single' && q.correct.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['correct'],
        message: `a single-choice question needs exactly one correct option, found ${q.correct.length}`,
      });
    }
    if (q.kind === 'multiple' && q.correct.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['correct'],
        message: 'a multiple-choice question needs at least one correct option, found none',
      });
    }
    if (new Set(q.correct).size !== q.correct.length) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: 'an option is listed as correct twice' });
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = Extract<Question, { kind: 'single' | 'multiple' }>;
export type OrderQuestion = Extract<Question, { kind: 'order' }>;
export type WriteQuestion = Extract<Question, { kind: 'write' }>;

const checkSchema = z
  .array(questionSchema, { error: 'check must be a list of questions' })
  .min(1, { error: 'check needs at least one question' })
  .superRefine((questions, ctx) => {
    // Written answers are not scored, so a check of nothing else could never be passed.
    if (questions.every((q) => q.kind === 'write')) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'check needs at least one question that is not a written answer',
      });
    }
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate question id "${q.id}"` });
      }
      seen.add(q.id);
    });
  });

// ------------------------------------------------------------------ lessons

const LESSON_KINDS = ['lesson', 'case-study'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

const sourceSchema = z.strictObject({
  title: text('source title'),
  publisher: text('source publisher').optional(),
  url: z.url({ error: 'source url must be a full web address' }).optional(),
});

export const lessonSchema = z
  .strictObject({
    title: text('title'),
    description: text('description'),
    part: slug('part (the id of a part in content/course.yaml)'),
    order: z
      .number({ error: 'order must be a whole number (the lesson position in the course)' })
      .int({ error: 'order must be a whole number' })
      .positive({ error: 'order must be 1 or more' }),
    minutes: z
      .number({ error: 'minutes must be a number (estimated reading time)' })
      .int({ error: 'minutes must be a whole number' })
      .min(1, { error: 'minutes must be at least 1' })
      .max(120, { error: 'minutes must be at most 120' }),
    kind: z.enum(LESSON_KINDS, { error: `kind must be one of: ${LESSON_KINDS.join(', ')}` }).default('lesson'),
    objectives: list('objectives', 2, 5),
    takeaways: list('takeaways', 2, 5),
    check: checkSchema,
    sources: z.array(sourceSchema).optional(),
    /**
     * Words a learner might search for that the lesson's text does not use (abbreviations, everyday
     * phrasings, terms from the wider literature). Indexed for search, never shown.
     */
    searchTerms: z.array(text('each search term'), { error: 'searchTerms must be a list' }).optional(),
  })
  .superRefine((lesson, ctx) => {
    // `assesses` numbers of this lesson's own questions must point into its objectives, and every
    // objective needs a question. Questions `from` an earlier lesson are checked across files.
    const covered = new Set<number>();
    lesson.check.forEach((q, i) => {
      if (q.from) return;
      q.assesses.forEach((n, j) => {
        if (n > lesson.objectives.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['check', i, 'assesses', j],
            message: `objective ${n} does not exist: this lesson has ${lesson.objectives.length} objectives`,
          });
        }
        covered.add(n);
      });
    });
    lesson.objectives.forEach((objective, i) => {
      if (!covered.has(i + 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i],
          message: `objective ${i + 1} ("${objective}") is not assessed: add ${i + 1} to the assesses list of a question that tests it`,
        });
      }
    });
  });

export type LessonData = z.infer<typeof lessonSchema>;

// ------------------------------------------------------------- final check

/** The course's final check (content/final-check.yaml): new questions across every part. */
export const finalCheckSchema = z
  .strictObject({
    title: text('title'),
    description: text('description'),
    check: checkSchema,
  })
  .superRefine((final, ctx) => {
    final.check.forEach((q, i) => {
      if (!q.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['check', i, 'from'],
          message: 'each final-check question names the lesson it draws on (from: <lesson id>)',
        });
      }
    });
  });

export type FinalCheckData = z.infer<typeof finalCheckSchema>;

// ---------------------------------------------------------- course outline

const partSchema = z.strictObject({
  id: slug('part id'),
  title: text('part title'),
  description: text('part description'),
});

export const courseSchema = z
  .strictObject({
    title: text('course title'),
    tagline: text('course tagline'),
    description: text('course description'),
    audience: list('audience', 1, 6),
    /** What a learner will be able to do after the course, on the home page: a handful for the whole
     * course (not one per lesson), so the page does not grow with the course. */
    outcomes: list('outcomes', 3, 6),
    parts: z.array(partSchema).min(1, { error: 'the course needs at least one part' }),
  })
  .superRefine((course, ctx) => {
    const seen = new Set<string>();
    course.parts.forEach((p, i) => {
      if (seen.has(p.id)) {
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'id'], message: `duplicate part id "${p.id}"` });
      }
      seen.add(p.id);
    });
  });

export type CourseData = z.infer<typeof courseSchema>;
export type Part = z.infer<typeof partSchema>;

// ----------------------------------------------------------------- glossary

export const glossaryEntrySchema = z.strictObject({
  term: text('term'),
  definition: text('definition'),
  /** Other names a learner might search for (abbreviations, synonyms). Indexed for search. */
  aka: z.array(text('each alternative name'), { error: 'aka must be a list' }).optional(),
  lessons: z.array(slug('lesson id')).min(1, { error: 'lessons: name at least one lesson that uses this term' }),
});

export type GlossaryData = z.infer<typeof glossaryEntrySchema>;

// ---------------------------------------------------------- self-assessment

/**
 * The self-assessment "Which way do you lean?" (content/self-assessment.yaml, shown at
 * /self-assessment/): statements on a five-point agree/disagree scale, each tied to one of the
 * differences and one side. Scoring is in src/lib/self-assessment/scoring.ts.
 */
export const SIDES = ['leadership', 'management'] as const;
export type Side = (typeof SIDES)[number];

/** A link to a lesson, or to a section of it (a heading id, as in the lesson's "On this page"). */
const lessonLinkFields = {
  lesson: slug('lesson (the id of a lesson, its file name)'),
  section: slug('section (the id of a heading in that lesson)').optional(),
};

const differenceSchema = z.strictObject({
  id: slug('difference id'),
  label: text('difference label'),
  /** The lesson that teaches this difference: where a learner goes to grow their weaker side of it. */
  ...lessonLinkFields,
  /** One concrete thing to practise, per side, shown when that side is the weaker one here. */
  grow: z.strictObject(
    {
      leadership: text('grow.leadership (what to practise when leadership is the weaker side)'),
      management: text('grow.management (what to practise when management is the weaker side)'),
    },
    { error: 'grow needs a leadership and a management line' },
  ),
});

const statementSchema = z.strictObject({
  id: slug('statement id'),
  text: text('statement text'),
  difference: slug('difference (the id of one of the differences above)'),
  side: z.enum(SIDES, { error: 'side must be leadership or management' }),
  /** Agreeing counts against the side (a reverse-worded statement), so answers cannot drift on autopilot. */
  reverse: z.boolean({ error: 'reverse must be true or false' }).optional(),
});

const profileSchema = z.strictObject({
  title: text('profile title'),
  reading: text('profile reading'),
  nextSteps: z
    .array(z.strictObject({ text: text('next step text'), ...lessonLinkFields }), {
      error: 'nextSteps must be a list of { text, lesson }',
    })
    .min(1, { error: 'nextSteps: give at least 1' })
    .max(4, { error: 'nextSteps: give at most 4' }),
});

export const selfAssessmentSchema = z
  .strictObject({
    title: text('title'),
    description: text('description'),
    intro: text('intro'),
    /** Says plainly that this is a reflection aid, not a validated instrument. */
    disclaimer: text('disclaimer'),
    scale: z
      .array(text('each scale label'), { error: 'scale must be a list of 5 labels' })
      .length(5, { error: 'scale must have exactly 5 labels, from strongly disagree to strongly agree' }),
    differences: z
      .array(differenceSchema, { error: 'differences must be a list' })
      .min(1, { error: 'differences: give at least 1' }),
    statements: z
      .array(statementSchema, { error: 'statements must be a list' })
      .min(6, { error: 'statements: give at least 6' })
      .max(30, { error: 'statements: give at most 30' }),
    /** What each overall result means: leaning towards leadership, towards management, or balanced. */
    profiles: z.strictObject({
      leadership: profileSchema,
      management: profileSchema,
      balanced: profileSchema,
    }),
  })
  .superRefine((sa, ctx) => {
    const differenceIds = sa.differences.map((d) => d.id);
    differenceIds.forEach((id, i) => {
      if (differenceIds.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['differences', i, 'id'], message: `duplicate difference id "${id}"` });
      }
    });
    const statementIds = new Set<string>();
    sa.statements.forEach((s, i) => {
      if (statementIds.has(s.id)) {
        ctx.addIssue({ code: 'custom', path: ['statements', i, 'id'], message: `duplicate statement id "${s.id}"` });
      }
      statementIds.add(s.id);
      if (!differenceIds.includes(s.difference)) {
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'difference'],
          message: `"${s.difference}" is not one of the differences (${differenceIds.join(', ')})`,
        });
      }
    });
    // Balanced scoring: each difference is measured by as many statements on one side as the other.
    sa.differences.forEach((d, i) => {
      const count = (side: Side) => sa.statements.filter((s) => s.difference === d.id && s.side === side).length;
      const [lead, manage] = [count('leadership'), count('management')];
      if (lead < 2 || lead !== manage) {
        ctx.addIssue({
          code: 'custom',
          path: ['differences', i],
          message: `difference "${d.id}" needs the same number (2 or more) of leadership and management statements; it has ${lead} and ${manage}`,
        });
      }
    });
  });

export type SelfAssessmentData = z.infer<typeof selfAssessmentSchema>;
export type SelfAssessmentStatement = SelfAssessmentData['statements'][number];
export type SelfAssessmentDifference = SelfAssessmentData['differences'][number];
