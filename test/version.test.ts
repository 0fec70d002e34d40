import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NATIVE_WIRE_VERSION, VERSION } from '../src/version.js';

it('src/version.ts matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});

it("src/version.ts speaks the wire version of native/WIRE_VERSION (the binary's version())", () => {
  expect(NATIVE_WIRE_VERSION).toBe(readFileSync(new URL('../native/WIRE_VERSION', import.meta.url), 'utf8').trim());
});
