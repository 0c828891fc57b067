export const id = 410;
export const ids = [410];
export const modules = {

/***/ 3410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RetryingOctokit: () => (/* binding */ RetryingOctokit),
/* harmony export */   spacedWrites: () => (/* binding */ spacedWrites)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2264);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * octokit with retry + throttling: loaded on first use (github.ts), so a run that never talks to the GitHub
 * API does not load and evaluate octokit at start-up.
 */



const RetryingOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
function spacedWrites(minTimeMs) {
    let queue = Promise.resolve();
    let lastStart = -Infinity;
    const limiter = {
        schedule(_options, job, ...args) {
            const run = queue.then(async () => {
                const wait = lastStart + minTimeMs - Date.now();
                if (wait > 0)
                    await new Promise((resolve) => setTimeout(resolve, wait));
                lastStart = Date.now();
                return job(...args);
            });
            queue = run.catch(() => undefined);
            return run;
        },
    };
    return { key: () => limiter };
}


/***/ })

};
