// What start-up skips must not change what it decides.
import { describe, expect, it } from 'vitest';
import { nativeTarget } from '../../src/engine/native.js';

describe('start-up shortcuts', () => {
  it.runIf(process.platform === 'linux')('the libc read from the libraries mapped into the process is the one the process report names', () => {
    const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
    expect(nativeTarget()).toBe(`linux-${process.arch}-${report.header?.glibcVersionRuntime ? 'gnu' : 'musl'}`);
  });
});
