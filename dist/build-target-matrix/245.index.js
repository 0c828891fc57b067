export const id = 245;
export const ids = [245];
export const modules = {

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseRustToolchain: () => (/* binding */ parseRustToolchain)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/** `rust-toolchain.toml` (and the legacy one-line `rust-toolchain`): which toolchain a repository asks for. */


/** `rust-toolchain.toml` (or the legacy one-line `rust-toolchain`). */
function parseRustToolchain(text, file = 'rust-toolchain.toml') {
    const empty = { channel: null, targets: [], components: [], profile: null };
    const trimmed = text.trim();
    if (!trimmed.includes('[') && !trimmed.includes('=') && /^[\w.+-]+$/.test(trimmed))
        return { toolchain: { ...empty, channel: trimmed }, findings: [] };
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (e) {
        const err = e;
        return {
            toolchain: empty,
            findings: [_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .rustFindings */ .R.make('toml-syntax', `${file} is not valid TOML: ${(err.message ?? '').split('\n')[0]}`, { file, ...(err.line ? { line: err.line } : {}), hint: 'Fix the TOML at this line; no targets were read from the file.' })],
        };
    }
    const tc = (doc.toolchain ?? {});
    const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    return {
        toolchain: {
            channel: typeof tc.channel === 'string' ? tc.channel : typeof tc.path === 'string' ? null : null,
            targets: list(tc.targets),
            components: list(tc.components),
            profile: typeof tc.profile === 'string' ? tc.profile : null,
        },
        findings: [],
    };
}


/***/ })

};
