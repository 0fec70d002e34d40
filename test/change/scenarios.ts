// The documentation tree the change scenarios start from, and the edits each scenario makes.
import type { Edit } from '../e2e/git-checkout.js';

/** README links every page; docs/debt.md has one old broken link. */
export const BASE_DOCS: Edit = {
  'README.md': '# Readme\n\nSee the [guide](docs/guide.md), [setup](docs/setup.md#install), [old](docs/old.md) and [debt](docs/debt.md).\n',
  'docs/guide.md': '# Guide\n\nBack to [readme](../README.md).\n',
  'docs/setup.md': '# Setup\n\n## Install\n\nRun it.\n\nBack to [readme](../README.md).\n',
  'docs/old.md': '# Old\n\nBack to [readme](../README.md).\n',
  'docs/debt.md': '# Debt\n\nAn old [broken](missing.md) link, and a typo: teh.\n\nBack to [readme](../README.md).\n',
};

export const HEADING_EDIT: Edit = { 'docs/setup.md': '# Setup\n\n## Installation\n\nRun it.\n\nBack to [readme](../README.md).\n' };
export const TYPO_FIX: Edit = { 'docs/debt.md': '# Debt\n\nAn old [broken](missing.md) link, and a typo: the.\n\nBack to [readme](../README.md).\n' };
export const DEBT_FIX: Edit = { 'docs/debt.md': '# Debt\n\nA [fixed](guide.md) link, and a typo: teh.\n\nBack to [readme](../README.md).\n' };
