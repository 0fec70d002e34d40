/** The static config evaluator: literals, spreads and imports from relative modules evaluate; code becomes Dynamic with its position. */
import { describe, expect, it } from 'vitest';
import { Call, Dynamic, dynamicParts, isObject, locationOf, ModuleLoader, type Value } from '../../src/sites/static-module.js';

const loader = (files: Record<string, string>) => new ModuleLoader(async (p) => files[p]);

describe('static module evaluation', () => {
  it('follows named, default and re-exported imports from relative modules, with spreads and constants', async () => {
    const files = {
      'site/astro.config.mjs': [
        "import starlight from '@astrojs/starlight';",
        "import { sidebar } from './astro.sidebar';",
        "import locales from './locales.json';",
        'export default defineConfig({ integrations: [starlight({ sidebar, locales, title: `Docs` })] });',
      ].join('\n'),
      'site/astro.sidebar.ts': [
        "import { guides } from './nav/index.js';",
        "const ref = 'reference';",
        'export const sidebar = [...guides, { label: "Ref", autogenerate: { directory: ref } }] as const;',
      ].join('\n'),
      'site/nav/index.ts': "export { guides } from './guides';",
      'site/nav/guides.ts': "const base = 'guides/';\nexport const guides = [\n  base + 'intro',\n  { slug: `${base}setup` satisfies string },\n];",
      'site/locales.json': '{ "root": { "label": "English", "lang": "en" }, "fr": { "label": "Français" } }',
    };
    const config = await (await loader(files).load('site/astro.config.mjs'))!.defaultExport();
    expect(config).toBeInstanceOf(Call);
    const options = ((config as Call).args[0] as { integrations: Value[] }).integrations[0] as Call;
    expect(options.callee).toBe('starlight');
    expect(options.from).toBe('@astrojs/starlight');
    const starlight = options.args[0]!;
    expect(isObject(starlight)).toBe(true);
    const sidebar = (starlight as Record<string, Value>).sidebar as Value[];
    expect(JSON.parse(JSON.stringify(sidebar))).toEqual(['guides/intro', { slug: 'guides/setup' }, { label: 'Ref', autogenerate: { directory: 'reference' } }]);
    // Each element keeps the position it was written at, in the module that wrote it.
    expect(locationOf(sidebar, 0)).toEqual({ file: 'site/nav/guides.ts', line: 3, column: 3 });
    expect(locationOf(sidebar, 2)).toEqual({ file: 'site/astro.sidebar.ts', line: 3, column: 36 });
    expect(locationOf(sidebar[1] as object, 'slug')).toEqual({ file: 'site/nav/guides.ts', line: 4, column: 11 });
    expect(Object.keys((starlight as Record<string, Value>).locales as object)).toEqual(['root', 'fr']);
    expect(dynamicParts(starlight)).toEqual([]);
  });

  it('marks code, packages, missing modules and non-const bindings as Dynamic where they were written', async () => {
    const files = {
      'c.ts': [
        "import { generated } from 'some-package';",
        "import { gone } from './missing';",
        'let changes = 1;',
        'export default {',
        '  a: generated,',
        '  b: gone,',
        '  c: changes,',
        '  d: items.map((x) => x),',
        '  e: cond ? 1 : 2,',
        '  f() { return 1; },',
        '};',
      ].join('\n'),
    };
    const value = (await (await loader(files).load('c.ts'))!.defaultExport()) as Record<string, Value>;
    expect((value.a as Dynamic).reason).toBe('"generated" is imported from the package "some-package"');
    expect((value.b as Dynamic).reason).toBe('"./missing" (imported by c.ts) is not in the scan');
    expect((value.c as Dynamic).reason).toContain('not const');
    expect(value.d).toBeInstanceOf(Call);
    expect((value.e as Dynamic).reason).toBe('a conditional expression');
    expect((value.e as Dynamic).at).toEqual({ file: 'c.ts', line: 9, column: 6 });
    expect((value.f as Dynamic).reason).toBe('"f" is a function');
    expect(dynamicParts(value).map((d) => d.at.line)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('reports a syntax error with its position and a cycle as Dynamic, never hanging', async () => {
    const bad = await loader({ 'x.mjs': 'export default {\n  a: [1,,\n' }).load('x.mjs');
    expect(bad!.error?.line).toBe(3);
    expect(await bad!.defaultExport()).toBeInstanceOf(Dynamic);
    const cycle = loader({ 'a.js': "import { b } from './b.js';\nexport const a = [...b];", 'b.js': "import { a } from './a.js';\nexport const b = [...a];" });
    expect(await (await cycle.load('a.js'))!.named('a')).toBeInstanceOf(Dynamic);
  });

  it('a method without parameters that only returns a value stays Dynamic and carries that value', async () => {
    const files = {
      'n.js': [
        'module.exports = {',
        '  async rewrites() { return { beforeFiles: [{ source: "/:p*.md" }] }; },',
        '  g(x) { return x; },',
        '  h() { const y = 1; return y; },',
        '};',
      ].join('\n'),
    };
    const value = (await (await loader(files).load('n.js'))!.defaultExport()) as Record<string, Value>;
    expect(value.rewrites).toBeInstanceOf(Dynamic);
    expect(JSON.parse(JSON.stringify((value.rewrites as Dynamic).returns))).toEqual({ beforeFiles: [{ source: '/:p*.md' }] });
    expect((value.g as Dynamic).returns).toBeUndefined();
    expect((value.h as Dynamic).returns).toBeUndefined();
  });

  it('reads CommonJS module.exports', async () => {
    const m = await loader({ 's.cjs': "const x = 'a';\nmodule.exports = { docs: [x, 'b'] };" }).load('s.cjs');
    expect(JSON.parse(JSON.stringify(await m!.defaultExport()))).toEqual({ docs: ['a', 'b'] });
  });
});
