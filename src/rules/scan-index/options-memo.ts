/** Values derived from one rule options object (compiled globs, regexes), computed once per scan. */
export class OptionsMemo {
  private readonly byOptions = new WeakMap<object, Map<string, unknown>>();

  get<T>(options: object, name: string, compute: () => T): T {
    let memo = this.byOptions.get(options);
    if (!memo) {
      memo = new Map();
      this.byOptions.set(options, memo);
    }
    if (memo.has(name)) return memo.get(name) as T;
    const value = compute();
    memo.set(name, value);
    return value;
  }
}
