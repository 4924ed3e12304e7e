/** The localStorage key all progress is saved under. A module of its own: the check's first part reads it. */
export const PROGRESS_KEY = 'lm-progress';
