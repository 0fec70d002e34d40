/** Agent instruction files and model prompts (AGENT_FILES): orphan entry points and no title needed, by default and configurably. */
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import { findingLines as lines, tempRepo as repo } from '../helpers/temp-repo.js';

const FILES = {
  'README.md': '# R\n',
  'docs/fr/llm-prompt.md': 'Translate to French.\n',
  'scripts/general-llm-prompt.md': 'You translate docs. See [the rules](rules.md).\n',
  'pkg/.agents/skills/x/SKILL.md': '---\nname: x\n---\n\n# X\n\n[More](references/more.md)\n',
  'pkg/.agents/skills/x/references/more.md': '# More\n',
  'prompts/review.prompt.md': 'Review the change.\n',
  'docs/notes.md': 'No title and no link reaches it.\n',
};

describe('agent instruction files and model prompts', () => {
  it('are entry points and need no H1; their links are still checked', async () => {
    const { report } = await runDocward({ root: repo(FILES), engine: 'js' });
    expect(lines(report.findings)).toEqual(['heading-h1 docs/notes.md:1', 'link-broken scripts/general-llm-prompt.md:1', 'orphan docs/notes.md:1']);
  });

  it('an override turns heading-h1 back on for them', async () => {
    const config = "overrides:\n  - files: ['*llm-prompt.md']\n    rules:\n      heading-h1: warning\n";
    const { report } = await runDocward({ root: repo({ ...FILES, '.docward.yml': config }), engine: 'js' });
    expect(lines(report.findings).filter((l) => l.startsWith('heading-h1'))).toEqual([
      'heading-h1 docs/fr/llm-prompt.md:1',
      'heading-h1 docs/notes.md:1',
      'heading-h1 scripts/general-llm-prompt.md:1',
    ]);
  });
});
