// The vitest hooks every e2e file shares: one stand-in per file, a clean slate per test, and after each test a check
// that every request docward sent and every answer the stand-in gave has the shape GitHub's REST docs describe.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startStandIn, type StandIn } from './github-standin.js';
import { basicErrorValidator, requestValidator, responseValidator } from './openapi.js';

export interface StandInHookOptions {
  /** Accept GitHub's generic `basic-error` body for statuses an operation does not document (fault injection). */
  allowBasicErrors?: boolean;
}

export function useStandIn(set: (api: StandIn) => void, options: StandInHookOptions = {}): void {
  let api: StandIn;
  beforeAll(async () => {
    api = await startStandIn();
    set(api);
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.requests.length = 0;
    api.comments.length = 0;
    api.faults.length = 0;
    api.checkRuns.length = 0;
    api.reviews.length = 0;
    api.files.clear();
  });
  // 5xx bodies are not documented, so only answers below 500 are checked.
  afterEach(() => {
    for (const request of api.requests.filter((r) => r.method !== 'GET')) {
      const validate = requestValidator(request.operation);
      expect(validate!(request.body), `${request.operation} request: ${JSON.stringify(validate!.errors?.slice(0, 2))}`).toBe(true);
    }
    for (const request of api.requests.filter((r) => r.status < 500)) {
      const documented = responseValidator(request.operation, request.status);
      const validate = documented ?? (options.allowBasicErrors ? basicErrorValidator() : null);
      expect(validate, `${request.operation} ${request.status} is documented`).not.toBeNull();
      expect(validate!(request.response), `${request.operation} ${request.status}: ${JSON.stringify(validate!.errors?.slice(0, 2))}`).toBe(true);
    }
  });
}
