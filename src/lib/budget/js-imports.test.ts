import { describe, expect, it } from 'vitest';
import { codeReferences, staticImports } from './js-imports';

describe('staticImports', () => {
  it('reads the imports of minified bundler output', () => {
    const chunk =
      'import{a as b,c}from"./url.l8AMzmlT.js";import"./side.js";import*as ns from"./ns.js";import d,{e}from\'./d.js\';' +
      'var x=1;export{x as y};export*from"./re.js";export{z}from"./z.js";';
    expect(staticImports(chunk)).toEqual(['./url.l8AMzmlT.js', './side.js', './ns.js', './d.js', './re.js', './z.js']);
  });

  it('reads hand-written modules with comments and line breaks', () => {
    const source = `// import "./in-comment.js"
/* import x from './in-block-comment.js' */
import {
  one,
  two as three,
} from './multi-line.js';
export * as everything from './star-as.js';
export const notAModule = 1;
export default function () {}
`;
    expect(staticImports(source)).toEqual(['./multi-line.js', './star-as.js']);
  });

  it('leaves dynamic import() and import.meta alone: they load later, on use', () => {
    const source = 'const m=()=>import("./lazy.js");const u=import.meta.url;import(`./also-lazy.js`);';
    expect(staticImports(source)).toEqual([]);
  });

  it('is not fooled by the words in strings, templates, regular expressions or properties', () => {
    const source = [
      'const s="import x from \'./string.js\'";',
      "const t=`import './template.js' ${'import \"./nested.js\"'}`;",
      'const r=/import "\\.\\/regex.js"/g.test(s);',
      'const o={import:1,export:2};o.import;',
      'if(a)b=c/d/e;',
      'import "./real.js";',
    ].join('\n');
    expect(staticImports(source)).toEqual(['./real.js']);
  });

  it('finds imports after code that uses division and regex literals', () => {
    const source = 'let a=4/2,b=/[/]"/.source;import x from"./after.js";';
    expect(staticImports(source)).toEqual(['./after.js']);
  });
});

describe('codeReferences', () => {
  it('finds the files code may load with import(), as a literal or through a variable', () => {
    const source =
      'import{a}from"./shared.js";var u=`/_astro/late.B1.js`;' +
      'const m=()=>import("./lazy.js"),n=()=>import(u),o=()=>import(`/_astro/late.B1.js`);';
    expect(codeReferences(source)).toEqual(['/_astro/late.B1.js', './lazy.js']);
  });

  it('leaves out static imports, other strings, and templates built at run time', () => {
    const source = 'import"./side.js";export{b}from"./c.js";const t=`${base}x.js`,s="a.json",w="not a.js file";';
    expect(codeReferences(source)).toEqual([]);
  });
});
