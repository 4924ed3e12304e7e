/**
 * html-validate over every built page (`npm run test:html`, part of `npm test`): the recommended
 * rules, with two exceptions, each for valid HTML the rule would otherwise reject.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // "Choose all that apply" questions are checkbox groups sharing one name, which HTML allows
    // (the form submits one value per ticked box), just as it allows radio groups.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Astro writes void elements as <br>, MDX (the lessons) as <br/>: both are valid HTML, and the
    // pages are generated, so a consistent style has no source to be enforced in.
    'void-style': 'off',
  },
};
