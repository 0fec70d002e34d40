/** The one error a bad configuration raises: it names the file, the line and the key. */

export class ConfigError extends Error {
  file: string;
  line?: number;
  key?: string;
  constructor(file: string, message: string, line?: number, key?: string) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${message}`);
    this.name = 'ConfigError';
    this.file = file;
    this.line = line;
    this.key = key;
  }
}
