/** The contract's word count: maximal runs of non-whitespace across the text fed to it. */

/** Whitespace for words: space, tab, LF, VT, FF, CR. */
const isWordSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** Counts maximal runs of non-whitespace across fed text; `boundary()` ends the current run. */
export class WordCounter {
  count = 0;
  private inWord = false;

  text(value: string): void {
    this.range(value, 0, value.length);
  }

  /** Feeds `source[start, end)` without copying it. */
  range(source: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      if (isWordSpace(source.charCodeAt(i))) this.inWord = false;
      else if (!this.inWord) {
        this.inWord = true;
        this.count++;
      }
    }
  }

  boundary(): void {
    this.inWord = false;
  }
}
