import { describe, expect, it } from 'vitest';
import { courseSchema, finalCheckSchema, glossaryEntrySchema, lessonSchema } from './content';

/** A complete, valid lesson; each test breaks one thing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are broken field by field on purpose
function validLesson(): Record<string, any> {
  return {
    title: 'What management is',
    description: 'What managers do.',
    part: 'foundations',
    order: 1,
    minutes: 7,
    objectives: ['Describe management.', 'Spot its tools.'],
    takeaways: ['Plans keep promises.', 'Good management is quiet.'],
    check: [
      {
        id: 'plan',
        assesses: [1],
        kind: 'single',
        prompt: 'Which is a plan?',
        options: [
          { id: 'a', text: 'A rota', explanation: 'Yes, it allocates time.' },
          { id: 'b', text: 'A slogan', explanation: 'No, it inspires.' },
        ],
        correct: ['a'],
      },
      {
        id: 'tools',
        assesses: [2],
        kind: 'multiple',
        prompt: 'Which are tools?',
        options: [
          { id: 'a', text: 'Checklist', explanation: 'Yes.' },
          { id: 'b', text: 'Rota', explanation: 'Yes.' },
          { id: 'c', text: 'Story', explanation: 'No.' },
        ],
        correct: ['a', 'b'],
      },
      {
        id: 'calm',
        assesses: [1],
        kind: 'true-false',
        prompt: 'Managers reduce surprises.',
        correct: true,
        explanations: { true: 'Right.', false: 'They do.' },
      },
      {
        id: 'menu',
        assesses: [2],
        kind: 'lead-or-manage',
        scenario: 'The owner explains why the menu changes.',
        prompt: 'Lead or manage?',
        correct: 'leadership',
        explanations: { leadership: 'Yes.', management: 'No plan here.', both: 'Not yet.' },
      },
    ],
  };
}

/** Every issue as "path: message", the way Astro prints it after the file name. */
function issues(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('lesson schema', () => {
  it('accepts a complete lesson with every question kind', () => {
    expect(issues(validLesson())).toEqual([]);
    expect(lessonSchema.parse(validLesson()).kind).toBe('lesson');
  });

  it.each(['title', 'description', 'part', 'order', 'minutes', 'objectives', 'takeaways', 'check'])(
    'names the missing field %s',
    (field) => {
      const lesson = validLesson();
      delete lesson[field];
      expect(issues(lesson).join('\n')).toMatch(new RegExp(`^${field}: .*(required|must)`, 'm'));
    },
  );

  it('rejects empty text and names the field', () => {
    const lesson = validLesson();
    lesson.title = '   ';
    expect(issues(lesson)).toEqual(['title: title must not be empty']);
  });

  it('rejects an empty option explanation, naming the option', () => {
    const lesson = validLesson();
    lesson.check[0].options[1].explanation = '';
    expect(issues(lesson)).toEqual([
      'check.0.options.1.explanation: option explanation (why this option is right or wrong) must not be empty',
    ]);
  });

  it('limits objectives and takeaways to 2-5', () => {
    const lesson = validLesson();
    lesson.objectives = ['Only one.'];
    lesson.takeaways = ['1', '2', '3', '4', '5', '6'];
    expect(issues(lesson)).toEqual(['objectives: objectives: give at least 2', 'takeaways: takeaways: give at most 5']);
  });

  it('rejects a correct answer that is not among the options', () => {
    const lesson = validLesson();
    lesson.check[0].correct = ['z'];
    expect(issues(lesson)).toEqual(['check.0.correct.0: "z" is not one of this question\'s options (a, b)']);
  });

  it('rejects a single-choice question with two correct answers', () => {
    const lesson = validLesson();
    lesson.check[0].correct = ['a', 'b'];
    expect(issues(lesson)).toEqual([
      'check.0.correct: a single-choice question needs exactly one correct option, found 2',
    ]);
  });

  it('rejects a multiple-choice question with no correct answer', () => {
    const lesson = validLesson();
    lesson.check[1].correct = [];
    expect(issues(lesson)).toEqual([
      'check.1.correct: a multiple-choice question needs at least one correct option, found none',
    ]);
  });

  it('rejects a question with fewer than 2 options', () => {
    const lesson = validLesson();
    lesson.check[0].options = lesson.check[0].options.slice(0, 1);
    expect(issues(lesson)).toEqual(['check.0.options: a question needs at least 2 options']);
  });

  it('rejects duplicate question ids', () => {
    const lesson = validLesson();
    lesson.check[2].id = 'plan';
    expect(issues(lesson)).toEqual(['check.2.id: duplicate question id "plan"']);
  });

  it('rejects duplicate option ids', () => {
    const lesson = validLesson();
    lesson.check[1].options[2].id = 'a';
    expect(issues(lesson)).toEqual(['check.1.options.2.id: duplicate option id "a"']);
  });

  it('rejects an unknown question kind', () => {
    const lesson = validLesson();
    lesson.check[0].kind = 'essay';
    expect(issues(lesson)).toEqual([
      'check.0.kind: kind must be one of: single, multiple, true-false, lead-or-manage, order, write',
    ]);
  });

  it('rejects a lead-or-manage answer outside leadership/management/both', () => {
    const lesson = validLesson();
    lesson.check[3].correct = 'neither';
    expect(issues(lesson)).toEqual(['check.3.correct: correct must be leadership, management or both']);
  });

  it('rejects a true/false question without an explanation for each answer', () => {
    const lesson = validLesson();
    delete lesson.check[2].explanations.false;
    expect(issues(lesson)).toEqual([
      'check.2.explanations.false: explanation for the answer "False" is required and must be text',
    ]);
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    const lesson = validLesson();
    lesson.objective = lesson.objectives;
    expect(issues(lesson).join('\n')).toMatch(/objective/);
  });

  it('rejects an order that is not a positive whole number', () => {
    const lesson = validLesson();
    lesson.order = 1.5;
    expect(issues(lesson)).toEqual(['order: order must be a whole number']);
  });
});

describe('course and glossary schemas', () => {
  const course = {
    title: 'Lead & Manage',
    tagline: 't',
    description: 'd',
    audience: ['owners'],
    outcomes: ['Tell them apart.', 'Plan the work.', 'Set a direction.'],
    parts: [
      { id: 'foundations', title: 'Foundations', description: 'd' },
      { id: 'foundations', title: 'Again', description: 'd' },
    ],
  };

  it('rejects duplicate part ids', () => {
    const result = courseSchema.safeParse(course);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'parts.1.id: duplicate part id "foundations"',
    ]);
  });

  it('keeps the outcomes to a handful for the whole course', () => {
    const parts = [{ id: 'foundations', title: 'Foundations', description: 'd' }];
    const issues = (outcomes: string[]) =>
      courseSchema.safeParse({ ...course, parts, outcomes }).error?.issues.map((i) => i.message) ?? [];
    expect(issues(['One.', 'Two.'])).toEqual(['outcomes: give at least 3']);
    expect(issues(['1', '2', '3', '4', '5', '6', '7'])).toEqual(['outcomes: give at most 6']);
    expect(issues(['1', '2', '3', '4', '5', '6'])).toEqual([]);
  });

  it('requires a glossary entry to name at least one lesson', () => {
    const result = glossaryEntrySchema.safeParse({ term: 'Vision', definition: 'A picture.', lessons: [] });
    expect(result.error?.issues[0]?.message).toBe('lessons: name at least one lesson that uses this term');
  });
});

describe('order and write questions', () => {
  const order = {
    id: 'job-steps',
    kind: 'order',
    assesses: [1, 2],
    prompt: 'Put the steps in order.',
    steps: [
      { id: 'goal', text: 'Name the result.' },
      { id: 'split', text: 'Split it into steps.' },
      { id: 'owner', text: 'Give each step an owner.' },
    ],
    explanation: 'A result comes first; owners need steps to own.',
  };
  const write = {
    id: 'rewrite',
    kind: 'write',
    assesses: [1, 2],
    prompt: 'Rewrite the instruction.',
    scenario: 'Sort the stockroom out sometime.',
    model: 'Please re-shelve the stockroom by Friday noon, heaviest boxes at the bottom.',
    criteria: ['Says what is to be done', 'Says by when', 'Says what good looks like'],
  };
  const withCheck = (...check: object[]) => ({ ...validLesson(), check });

  it('accepts both kinds', () => {
    expect(issues(withCheck(order, write))).toEqual([]);
  });

  it('needs 3-6 steps with distinct ids and an explanation', () => {
    expect(issues(withCheck({ ...order, steps: order.steps.slice(0, 2) }))).toEqual([
      'check.0.steps: an order question needs at least 3 steps',
    ]);
    const dup = { ...order, steps: [...order.steps, { id: 'goal', text: 'Again.' }] };
    expect(issues(withCheck(dup))).toEqual(['check.0.steps.3.id: duplicate step id "goal"']);
    const { explanation: _explanation, ...noExplanation } = order;
    expect(issues(withCheck(noExplanation)).join('\n')).toMatch(/^check\.0\.explanation: /m);
  });

  it('needs a model answer and 3-4 criteria', () => {
    // Beside an order question: a check of written answers alone is rejected for that reason too.
    expect(issues(withCheck({ ...write, criteria: ['One', 'Two'] }, order))).toEqual([
      'check.0.criteria: criteria: give at least 3',
    ]);
    const { model: _model, ...noModel } = write;
    expect(issues(withCheck(noModel, order)).join('\n')).toMatch(/^check\.0\.model: /m);
  });
});

describe('assesses: every objective has a question', () => {
  it('accepts questions that cover every objective', () => {
    const lesson = validLesson();
    lesson.objectives = ['Describe a manager.', 'Recognise a tool.'];
    lesson.check[0].assesses = [1];
    lesson.check[1].assesses = [2, 1];
    expect(issues(lesson)).toEqual([]);
  });

  it('names an objective no question assesses', () => {
    const lesson = validLesson();
    lesson.objectives = ['Describe a manager.', 'Recognise a tool.'];
    for (const q of lesson.check) q.assesses = [1];
    expect(issues(lesson)).toEqual([
      'objectives.1: objective 2 ("Recognise a tool.") is not assessed: add 2 to the assesses list of a question that tests it',
    ]);
  });

  it('rejects a number past the list of objectives', () => {
    const lesson = validLesson();
    lesson.objectives = ['Describe a manager.', 'Recognise a tool.'];
    lesson.check[0].assesses = [1, 2, 3];
    expect(issues(lesson)).toEqual(['check.0.assesses.2: objective 3 does not exist: this lesson has 2 objectives']);
  });

  it('leaves questions from an earlier lesson to the cross-file check', () => {
    const lesson = validLesson();
    lesson.objectives = ['Describe a manager.', 'Recognise a tool.'];
    lesson.check[0].assesses = [1, 2];
    lesson.check[1].from = 'what-management-is';
    lesson.check[1].assesses = [5];
    expect(issues(lesson)).toEqual([]);
  });

  it('requires every question to name the objectives it assesses', () => {
    const lesson = validLesson();
    delete lesson.check[2].assesses;
    expect(issues(lesson)).toEqual([
      'check.2.assesses: assesses is required: the numbers of the objectives this question tests, e.g. assesses: [1, 3]',
    ]);
  });

  it('rejects objective numbers that are not positive whole numbers', () => {
    const lesson = validLesson();
    lesson.check[0].assesses = [0];
    expect(issues(lesson)).toContain('check.0.assesses.0: assesses: objective numbers start at 1');
  });
});

describe('final check schema', () => {
  const question = {
    id: 'q1',
    kind: 'true-false',
    prompt: 'Managers reduce surprises.',
    correct: true,
    explanations: { true: 'Right.', false: 'They do.' },
  };
  const problems = (check: unknown[]) => {
    const result = finalCheckSchema.safeParse({ title: 'Final check', description: 'All parts.', check });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('needs every question to name its lesson and objectives', () => {
    expect(problems([question])).toEqual([
      'check.0.assesses: assesses is required: the numbers of the objectives this question tests, e.g. assesses: [1, 3]',
    ]);
    expect(problems([{ ...question, assesses: [1] }])).toEqual([
      'check.0.from: each final-check question names the lesson it draws on (from: <lesson id>)',
    ]);
    expect(
      finalCheckSchema.safeParse({
        title: 'Final check',
        description: 'All parts.',
        check: [{ ...question, from: 'what-management-is', assesses: [1] }],
      }).success,
    ).toBe(true);
  });
});

describe('a check of written answers only', () => {
  it('is rejected: written answers are not scored, so it could never be passed', () => {
    const lesson = validLesson();
    lesson.check = [
      {
        id: 'rewrite',
        kind: 'write',
        assesses: [1, 2],
        prompt: 'Rewrite the note.',
        model: 'A model.',
        criteria: ['One.', 'Two.', 'Three.'],
      },
    ];
    expect(issues(lesson)).toEqual(['check: check needs at least one question that is not a written answer']);
  });
});
