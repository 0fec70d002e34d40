/** The action's outputs (action.yml), set through the function the runner adapter passes in. */

export interface ActionOutputs {
  errors: number;
  warnings: number;
  notices: number;
  findings: number;
  score: number;
  engine: string;
  reportFile: string;
  sarifFile: string;
  commentUrl: string;
  commentFile: string;
  /** Findings the change introduced and fixed; empty when there was no base to compare with. */
  introduced: string;
  fixed: string;
}

export function setOutputs(set: (name: string, value: string) => void, outputs: ActionOutputs): void {
  set('errors', String(outputs.errors));
  set('warnings', String(outputs.warnings));
  set('notices', String(outputs.notices));
  set('findings', String(outputs.findings));
  set('score', String(outputs.score));
  set('engine', outputs.engine);
  set('report-file', outputs.reportFile);
  set('sarif-file', outputs.sarifFile);
  set('comment-url', outputs.commentUrl);
  set('comment-file', outputs.commentFile);
  set('introduced', outputs.introduced);
  set('fixed', outputs.fixed);
}
