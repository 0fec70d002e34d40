/** The rule registry: every rule docward knows, by stable id. */
import type { Rule } from './types.js';
import docShort from './doc-short.js';
import docSize from './doc-size.js';
import fileProblem from './file-problem.js';
import frontmatterDate from './frontmatter-date.js';
import frontmatterEnum from './frontmatter-enum.js';
import frontmatterInvalid from './frontmatter-invalid.js';
import frontmatterLength from './frontmatter-length.js';
import frontmatterLinks from './frontmatter-links.js';
import frontmatterMissing from './frontmatter-missing.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterSchema from './frontmatter-schema.js';
import headingDepth from './heading-depth.js';
import headingH1 from './heading-h1.js';
import headingIncrement from './heading-increment.js';
import linkAnchor from './link-anchor.js';
import linkBroken from './link-broken.js';
import linkCase from './link-case.js';
import namingPattern from './naming-pattern.js';
import orphan from './orphan.js';
import placementDir from './placement-dir.js';
import placementRoot from './placement-root.js';
import placementTypeDir from './placement-type-dir.js';
import stale from './stale.js';
import suppressionInvalid from './suppression-invalid.js';
import suppressionUnused from './suppression-unused.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly Rule<any, any>[] = [
  fileProblem,
  frontmatterMissing,
  frontmatterInvalid,
  frontmatterRequired,
  frontmatterEnum,
  frontmatterDate,
  frontmatterLength,
  frontmatterSchema,
  frontmatterLinks,
  placementRoot,
  placementDir,
  placementTypeDir,
  namingPattern,
  linkBroken,
  linkAnchor,
  linkCase,
  orphan,
  docSize,
  docShort,
  headingH1,
  headingIncrement,
  headingDepth,
  stale,
  suppressionInvalid,
  suppressionUnused,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES_BY_ID: ReadonlyMap<string, Rule<any, any>> = new Map(RULES.map((r) => [r.id, r]));
