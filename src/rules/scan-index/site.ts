/**
 * The configured link mode's resolver: in GitHub mode ready at once (routes are file paths); in
 * site modes built after the last document from each page's route keys, kept until then.
 */
import type { DocumentFacts } from '../../engine/contract.js';
import type { LinkSettings } from '../../sites/settings.js';
import { pageFacts, SiteLinks, type PageFacts, type SiteFiles, type SiteInput } from '../../sites/site-links.js';

export class SiteBuild {
  /** The configured link mode's settings (available before the site's routes are). */
  readonly settings: LinkSettings;
  private links?: SiteLinks;
  /** Site modes: each page's route keys until the routes are built. */
  private pages?: PageFacts[];

  constructor(
    private readonly input: SiteInput,
    private readonly files: SiteFiles,
  ) {
    this.settings = input.settings;
    // GitHub routes are file paths: links resolve as soon as a document arrives.
    if (input.settings.mode === 'github') this.links = new SiteLinks(files, input, []);
    else this.pages = [];
  }

  /** Keeps what the routes need of a document that just arrived (site modes only). */
  keep(doc: DocumentFacts): void {
    this.pages?.push(pageFacts(doc));
  }

  /** Link resolution in the configured mode; in site modes only after `build` (routes need every page's frontmatter). */
  get site(): SiteLinks {
    if (!this.links) throw new Error(`links of a ${this.settings.mode} site resolve only after the last document (its routes need every page)`);
    return this.links;
  }

  /** True once links can be resolved. */
  get linksResolve(): boolean {
    return this.links !== undefined;
  }

  /** Builds a site mode's routes from the pages kept so far (call after the last document). */
  build(): void {
    if (this.links) return;
    this.links = new SiteLinks(this.files, this.input, this.pages ?? []);
    this.pages = undefined;
  }
}
