export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_TIMEOUT_MS: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/** The Octokit client: REST methods and pagination from @actions/github, with retry (5xx) and throttling (rate limits). */



const DEFAULT_TIMEOUT_MS = 30_000;
/** `fetch` that gives up after `ms`: a stalled API must not hold the job until the runner's own timeout. */
function fetchWithTimeout(ms) {
    return async (input, init) => {
        const timeout = AbortSignal.timeout(ms);
        try {
            return await fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
        }
        catch (err) {
            if (!timeout.aborted)
                throw err;
            const error = new Error(`no answer from the GitHub API within ${ms / 1000} s`);
            error.name = 'TimeoutError';
            throw error;
        }
    };
}
function createClient(options) {
    const retries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < retries;
        options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return again;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl,
        // Octokit's own logger would print request details; the action reports API trouble itself.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        request: { fetch: fetchWithTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
