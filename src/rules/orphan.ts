/** orphan: a document no chain of links reaches from an entry point (a dead end for readers). */
import { compileGlobs } from '../config/glob.js';
import type { ScanIndex } from './scan-index.js';
import { defineRule } from './types.js';
import { frontmatterMap } from './frontmatter-data.js';

/** Per document number: 1 when a chain of links from an entry point (or the site's navigation) reaches it, or the site publishes no page for it. */
function reachableFrom(index: ScanIndex, entryPoints: string[]): Uint8Array {
  const isEntry = compileGlobs(entryPoints);
  const reached = new Uint8Array(index.documentPaths.length);
  const queue: number[] = [];
  const visit = (target: number) => {
    if (reached[target] === 1) return;
    reached[target] = 1;
    queue.push(target);
  };
  index.documentPaths.forEach((path, number) => {
    if (isEntry(path)) visit(number);
  });
  // Pages a site's navigation lists (menus, sidebars, nav, TOCs) are entry points too.
  for (const path of index.site.entryDocuments()) {
    const number = index.numberOf(path);
    if (number !== undefined) visit(number);
  }
  // mdBook builds only the pages its SUMMARY.md lists: a link reaches a document only when it is no page of the book.
  const linkReaches = index.site.navigationOnly ? (target: number) => index.site.routeOf(index.documentPaths[target]!) === undefined : () => true;
  // What the site does not publish as a page (fragments, drafts) is no orphan; its links lead nowhere yet.
  for (const path of index.site.unpublished()) {
    const number = index.numberOf(path);
    if (number !== undefined && reached[number] !== 1) reached[number] = 2;
  }
  for (let number = queue.pop(); number !== undefined; number = queue.pop()) {
    for (const target of index.edgesOf(number)) if (linkReaches(target)) visit(target);
    for (const path of index.site.linkedByDocument(index.documentPaths[number]!)) {
      const target = index.numberOf(path);
      if (target !== undefined) visit(target);
    }
  }
  for (let number = 0; number < reached.length; number++) if (reached[number] === 2) reached[number] = 1;
  return reached;
}

/** Which unreachable documents belong to a data-set folder, and the one notice that names those folders. */
interface DataSets {
  inDataSet: Uint8Array;
  message: string;
}

/** Folders named in the notice before "and N more". */
const NAMED_FOLDERS = 5;

/**
 * Folders that hold a data set rather than a linked doc set (pages read by clients or tools, not
 * navigated to): at least `minPages` documents, of which at least `share` are unreachable, not
 * counting documents of a data-set folder below it (so a data set never hides the real orphans of
 * the doc set beside it, and the root is one only when its own pages are); `minPages` 0 turns it off.
 * The notice names the highest folders that hold nothing but data sets (tldr's `pages/` with its
 * 100 platform folders, not each of them).
 */
function dataSetFolders(index: ScanIndex, reached: Uint8Array, minPages: number, share: number, percent: string): DataSets {
  const out: DataSets = { inDataSet: new Uint8Array(index.documentPaths.length), message: '' };
  if (minPages <= 0) return out;
  // [pages, unreachable] of each folder's own documents, then of its subtree less data-set folders.
  const counts = new Map<string, [number, number]>([['', [0, 0]]]);
  index.documentPaths.forEach((path, number) => {
    let folder = parentOf(path);
    let entry = counts.get(folder);
    if (!entry) counts.set(folder, (entry = [0, 0]));
    entry[0]++;
    if (reached[number] !== 1) entry[1]++;
    // Every ancestor exists in the map, so the deepest-first pass below reaches the root.
    while (folder !== '' && !counts.has((folder = parentOf(folder)))) counts.set(folder, [0, 0]);
  });
  const qualified = new Set<string>();
  for (const folder of [...counts.keys()].sort((a, b) => depth(b) - depth(a))) {
    const [pages, unreachable] = counts.get(folder)!;
    const isDataSet = pages >= minPages && unreachable >= share * pages;
    if (isDataSet) qualified.add(folder);
    if (folder === '' || isDataSet) continue;
    const up = counts.get(parentOf(folder))!;
    up[0] += pages;
    up[1] += unreachable;
  }
  if (qualified.size === 0) return out;
  index.documentPaths.forEach((path, number) => {
    if (reached[number] === 1) return;
    for (let folder = parentOf(path); ; folder = parentOf(folder)) {
      if (qualified.has(folder)) {
        out.inDataSet[number] = 1;
        return;
      }
      if (folder === '') return;
    }
  });
  // The highest folder above each data set that holds nothing else (`counts` now holds subtree totals less data sets).
  const groups = new Set<string>();
  for (const folder of qualified) {
    let group = folder;
    while (group !== '' && counts.get(parentOf(group))![0] === 0) group = parentOf(group);
    groups.add(group);
  }
  const named = [...groups].sort().map((g) => (g === '' ? 'the whole tree' : `"${g}/"`));
  const list = folderList(named);
  const sets = qualified.size === 1 ? 'a folder' : `${qualified.size} folders`;
  out.message = `${list} ${named.length === 1 ? 'reads' : 'read'} as a data set, not a linked doc set (${sets} of at least ${minPages} pages, at least ${percent} of them with no chain of links from an entry point): no page of it is reported as an orphan`;
  return out;
}

/** A numbered record: a file name that starts with four or more digits and a separator (`0005-global-init.md`, `2023-01-29-release.md`). */
const RECORD_NAME = /^\d{4,}[-_]/;

/**
 * Numbered records (ADRs, RFCs, enhancement proposals, dated posts): a folder holding at least
 * `minRecords` of them is a record set, browsed by its listing rather than linked one by one, and
 * so are the records in its subfolders. Unreachable records of a set are counted in one notice.
 */
function recordSets(index: ScanIndex, minRecords: number): { inRecordSet: Uint8Array; message: string } {
  const out = { inRecordSet: new Uint8Array(index.documentPaths.length), message: '' };
  if (minRecords <= 0) return out;
  const isRecord = (path: string) => RECORD_NAME.test(path.slice(path.lastIndexOf('/') + 1));
  const own = new Map<string, number>();
  for (const path of index.documentPaths) if (isRecord(path)) own.set(parentOf(path), (own.get(parentOf(path)) ?? 0) + 1);
  const sets = [...own].flatMap(([folder, n]) => (n >= minRecords ? [folder] : []));
  if (sets.length === 0) return out;
  const setOf = (path: string) => sets.find((s) => s === '' || path.startsWith(`${s}/`));
  index.documentPaths.forEach((path, number) => {
    if (isRecord(path) && setOf(path) !== undefined) out.inRecordSet[number] = 1;
  });
  const named = sets.filter((s) => !sets.some((t) => t !== s && (t === '' || s.startsWith(`${t}/`)))).sort();
  const shown = named.map((s) => (s === '' ? 'the root folder' : `"${s}/"`));
  out.message = `${folderList(shown)} ${shown.length === 1 ? 'holds' : 'hold'} numbered records (file names starting with four or more digits, at least ${minRecords} in a folder: ADRs, RFCs, proposals, dated posts), read through the folder listing rather than linked one by one: no record is reported as an orphan`;
  return out;
}

/** `"a/", "b/" and 3 more`: the first NAMED_FOLDERS names of a notice. */
function folderList(names: string[]): string {
  return names.length > NAMED_FOLDERS ? `${names.slice(0, NAMED_FOLDERS).join(', ')} and ${names.length - NAMED_FOLDERS} more` : names.join(', ');
}

function parentOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

function depth(folder: string): number {
  if (folder === '') return 0;
  let n = 1;
  for (let at = folder.indexOf('/'); at >= 0; at = folder.indexOf('/', at + 1)) n++;
  return n;
}

interface OrphanOptions {
  exempt: string[];
  frontmatterKey: string;
  dataSetMinPages: number;
  dataSetShare: number;
  recordSetMinPages: number;
  checkExternalSitePages: boolean;
}

/** The one notice for pages another site publishes (contract `siteFrontMatter`), whose navigation docward cannot see. */
const EXTERNAL_SITE_PAGE = {
  cause: 'external-site-page',
  rule: 'orphan',
  message:
    'pages that start with an HTML comment holding another site\'s front matter (e.g. OpenTelemetry\'s "Hugo front matter used to generate the website version of this page") are published by that site, whose generated navigation docward cannot see: they are not reported as orphans',
  unit: 'pages',
  key: 'rules.orphan.checkExternalSitePages',
} as const;

export default defineRule<OrphanOptions, boolean>({
  id: 'orphan',
  description: 'No chain of links from an entry point (config `entryPoints`) reaches the document.',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      exempt: { type: 'array', items: { type: 'string' } },
      frontmatterKey: { type: 'string' },
      dataSetMinPages: { type: 'integer', minimum: 0 },
      dataSetShare: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      recordSetMinPages: { type: 'integer', minimum: 0 },
      checkExternalSitePages: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaultOptions: { exempt: [], frontmatterKey: 'orphan', dataSetMinPages: 50, dataSetShare: 0.95, recordSetMinPages: 5, checkExternalSitePages: false },
  checksDocuments: true,
  check(doc, { options, index }, defer) {
    if (frontmatterMap(doc)?.[options.frontmatterKey] === true) return [];
    const exempt = index.forOptions(options, 'exempt', () => compileGlobs(options.exempt));
    if (exempt(doc.path)) return [];
    // Reachability is known once every document's links are; the pending flag: another site publishes it.
    defer(doc.siteFrontMatter !== undefined && !options.checkExternalSitePages && index.site.settings.mode === 'github');
    return [];
  },
  finish(doc, pending, { options, index, entryPoints, unverified }) {
    const reached = index.forOptions(entryPoints, 'reachable', () => reachableFrom(index, entryPoints));
    if (reached[doc.number] === 1) return [];
    if (pending[0] === true) {
      unverified.add(EXTERNAL_SITE_PAGE);
      return [];
    }
    // Unknown is not broken: a page the site's unknown navigation may list is counted, not reported.
    const unknown = index.site.orphanUnverified(doc.path);
    if (unknown === 'excluded') return [];
    if (unknown !== undefined) {
      unverified.add({ ...unknown, rule: 'orphan' });
      return [];
    }
    const dataSets = index.forOptions(options, 'dataSets', () =>
      dataSetFolders(index, reached, options.dataSetMinPages, options.dataSetShare, `${Math.round(options.dataSetShare * 100)} %`),
    );
    if (dataSets.inDataSet[doc.number] === 1) {
      unverified.add({ cause: 'orphan-data-set', rule: 'orphan', message: dataSets.message, unit: 'pages', key: 'rules.orphan.dataSetMinPages' });
      return [];
    }
    const records = index.forOptions(options, 'recordSets', () => recordSets(index, options.recordSetMinPages));
    if (records.inRecordSet[doc.number] === 1) {
      unverified.add({ cause: 'orphan-record-set', rule: 'orphan', message: records.message, unit: 'pages', key: 'rules.orphan.recordSetMinPages' });
      return [];
    }
    // A translation of an orphaned page of the default language (MkDocs language sites inherit its nav) is the same defect: reported once, on the original.
    const original = index.site.defaultLanguageOriginal(doc.path);
    const originalNumber = original === undefined ? undefined : index.numberOf(original);
    if (originalNumber !== undefined && reached[originalNumber] !== 1) return [];
    const translations = index.site.translationsOf(doc.path).filter((path) => reached[index.numberOf(path) ?? -1] !== 1);
    const also =
      translations.length === 0
        ? ''
        : ` (so are its translations in ${translations.length} language site${translations.length === 1 ? '' : 's'}, e.g. "${translations[0]}")`;
    const shown = entryPoints.slice(0, 3).join(', ') + (entryPoints.length > 3 ? `, +${entryPoints.length - 3} more` : '');
    const navigation = index.site.navigation.flatMap((n) => (n.ofDocument ? [] : [n.path])).join(', ');
    if (navigation === '')
      return [{ line: 1, column: 1, message: `"${doc.path}" is not reachable by links from any entry point (${shown}): link it from an index page` }];
    const where = `the ${index.site.settings.mode} site's navigation (${navigation})`;
    if (index.site.navigationOnly && index.site.routeOf(doc.path) !== undefined) {
      return [
        {
          line: 1,
          column: 1,
          message: `"${doc.path}" is not listed in ${where}, so the site does not build it (links to it lead nowhere): add it to the navigation`,
        },
      ];
    }
    return [
      {
        line: 1,
        column: 1,
        message: `"${doc.path}" is not reachable by links from ${where} or any entry point (${shown})${also}: link it from a listed page or add it to the navigation`,
      },
    ];
  },
});
