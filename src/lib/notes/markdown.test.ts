import { describe, expect, it } from 'vitest';
import { notesToMarkdown } from './markdown';
import type { Notes } from './notes';

const lessons = [
  { id: 'what-management-is', title: 'What management is' },
  { id: 'what-leadership-is', title: 'What leadership is' },
];
const options = { courseTitle: 'Lead & Manage', date: '2025-05-20' };

describe('notesToMarkdown', () => {
  it('lists notes under their lesson, in course order, each after its prompt', () => {
    const notes: Notes = {
      version: 1,
      notes: {
        'what-leadership-is/1': {
          prompt: 'Who do you follow?',
          text: 'My first boss.',
          at: '2025-05-04T09:00:00.000Z',
        },
        'what-management-is/2': { prompt: 'Second prompt', text: 'B', at: '2025-05-03T09:00:00.000Z' },
        'what-management-is/1': {
          prompt: 'Which tasks needed a plan?',
          text: 'The rota.\n\n- Orders\n- Deliveries  ',
          at: '2025-05-02T09:00:00.000Z',
        },
        'what-management-is/3': { prompt: 'Cleared', text: '  ', at: '2025-05-02T09:00:00.000Z' },
      },
    };
    expect(notesToMarkdown(notes, lessons, options)).toBe(
      [
        '# My notes: Lead & Manage',
        '',
        'Written in this browser and downloaded on 2025-05-20. Each note follows the prompt it answers.',
        '',
        '## 1. What management is',
        '',
        '> Which tasks needed a plan?',
        '',
        'The rota.',
        '',
        '- Orders',
        '- Deliveries',
        '',
        '_Last edited on 2025-05-02._',
        '',
        '> Second prompt',
        '',
        'B',
        '',
        '_Last edited on 2025-05-03._',
        '',
        '## 2. What leadership is',
        '',
        '> Who do you follow?',
        '',
        'My first boss.',
        '',
        '_Last edited on 2025-05-04._',
        '',
      ].join('\n'),
    );
  });

  it('escapes lines that would break the outline and keeps notes of removed lessons', () => {
    const notes: Notes = {
      version: 1,
      notes: {
        'old-lesson/1': {
          prompt: 'Old prompt',
          text: '# Not a heading\n> nor a quote',
          at: '2025-05-02T09:00:00.000Z',
        },
      },
    };
    const md = notesToMarkdown(notes, lessons, options);
    expect(md).toContain('## Notes from a lesson no longer in the course (old-lesson)');
    expect(md).toContain('\\# Not a heading\n\\> nor a quote');
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown({ version: 1, notes: {} }, lessons, options)).toMatch(
      /You have not written any notes yet\.\n$/,
    );
  });
});
