/**
 * The static imports of an ES module: what a browser fetches before the module runs
 * (`import x from './a.js'`, `import './b.js'`, `export { y } from './c.js'`), and apart from them
 * the other JavaScript files its code names (`codeReferences`): what it may load with `import()`,
 * at load or later, which only the site's model of its code can say (scripts/check-budgets.ts).
 *
 * A small scanner rather than a full parser: it skips comments, strings, template literals and
 * regular expression literals, so that words inside them are never taken for imports, and reads
 * `import`/`export` only where a statement can start at the top level.
 */

const IDENT = /[\w$\u0080-\uffff]/;

/** Keywords after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

export function staticImports(source: string): string[] {
  return scan(source).imports;
}

/**
 * The JavaScript files a module names in its code other than by a static import: chunks it may
 * load with `import()` (or a script element, or a worker), as a literal or through a variable
 * (`import(\`/_astro/x.js\`)`, `const u = "./x.js"; … import(u)`). When they load depends on the code,
 * so the budget check asks the site's declared model (scripts/check-budgets.ts, ON_DEMAND) for each.
 */
export function codeReferences(source: string): string[] {
  return [...new Set(scan(source).strings.filter((s) => /^[^\s]+\.m?js(?:[?#][^\s]*)?$/.test(s)))];
}

function scan(source: string): { imports: string[]; strings: string[] } {
  const found: string[] = [];
  const strings: string[] = [];
  let i = 0;
  let depth = 0; // (), [] and {} nesting: import declarations live at depth 0
  /** The last significant token, to tell a regex from a division and a statement start from an expression. */
  let last = ';';

  const skipString = (quote: string): string => {
    const start = ++i;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i++;
      i++;
    }
    return source.slice(start, i++);
  };

  const skipTemplate = (): void => {
    const start = ++i;
    let plain = true;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') i += 2;
      else if (source[i] === '$' && source[i + 1] === '{') {
        plain = false;
        i += 2;
        let braces = 1;
        while (i < source.length && braces > 0) {
          const c = source[i]!;
          if (c === '{') braces++;
          else if (c === '}') braces--;
          else if (c === '"' || c === "'") {
            skipString(c);
            continue;
          } else if (c === '`') {
            skipTemplate();
            continue;
          }
          i++;
        }
      } else i++;
    }
    if (plain) strings.push(source.slice(start, i));
    i++;
  };

  const skipRegex = (): void => {
    i++;
    let inClass = false;
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\\') i++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      else if (c === '\n') break;
      i++;
    }
    i++;
    while (i < source.length && IDENT.test(source[i]!)) i++; // flags
  };

  const skipSpace = (): void => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i]!)) i++;
      if (source.startsWith('//', i)) {
        const end = source.indexOf('\n', i);
        i = end === -1 ? source.length : end;
      } else if (source.startsWith('/*', i)) {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? source.length : end + 2;
      } else return;
    }
  };

  /** Reads an import/export declaration from after its keyword; records its module specifier. */
  const readDeclaration = (keyword: 'import' | 'export'): void => {
    skipSpace();
    const first = source[i];
    if (first === '"' || first === "'") {
      if (keyword === 'import') found.push(skipString(first)); // import './side-effect.js'
      return;
    }
    // import() and import.meta are expressions; export const/function/default… name no module.
    if (keyword === 'import' ? first === '(' || first === '.' : first !== '{' && first !== '*') return;
    // The clause (names, braces, `* as x`, commas) holds no strings; then `from '…'`, or the end.
    while (i < source.length) {
      skipSpace();
      const c = source[i]!;
      if (c === '{') {
        const close = source.indexOf('}', i);
        i = close === -1 ? source.length : close + 1;
      } else if (c === '*' || c === ',') {
        i++;
      } else if (IDENT.test(c)) {
        const start = i;
        while (i < source.length && IDENT.test(source[i]!)) i++;
        if (source.slice(start, i) === 'from') {
          skipSpace();
          const q = source[i];
          if (q === '"' || q === "'") found.push(skipString(q));
          return;
        }
      } else {
        return; // `;`, or anything else: a declaration without `from`
      }
    }
  };

  while (i < source.length) {
    skipSpace();
    if (i >= source.length) break;
    const c = source[i]!;
    if (c === '"' || c === "'") {
      strings.push(skipString(c));
      last = 'string';
    } else if (c === '`') {
      skipTemplate();
      last = 'string';
    } else if (c === '/') {
      if (/[)\]}\w$]$/.test(last) && !BEFORE_REGEX.has(last)) {
        i++;
        last = '/';
      } else {
        skipRegex();
        last = 'regex';
      }
    } else if (IDENT.test(c)) {
      const start = i;
      while (i < source.length && IDENT.test(source[i]!)) i++;
      const word = source.slice(start, i);
      // Both words are reserved: outside any brackets and not after a dot, they start a declaration
      // (or, for import, an import() / import.meta expression, which readDeclaration leaves alone).
      if ((word === 'import' || word === 'export') && depth === 0 && last !== '.') {
        readDeclaration(word);
        last = ';';
      } else {
        last = /^\d/.test(word) ? '0' : word;
      }
    } else {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
      last = c;
      i++;
    }
  }
  return { imports: found, strings };
}
