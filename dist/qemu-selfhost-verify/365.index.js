export const id = 365;
export const ids = [365];
export const modules = {

/***/ 7365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bootAndVerify: () => (/* binding */ bootAndVerify),
/* harmony export */   claimStepFolder: () => (/* binding */ claimStepFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _qemu_cmdline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6899);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5915);
/**
 * A whole boot check from one plain request: prepare the per-run files (VARS copy, socket path), build the
 * command for the chosen accelerator, run with the TCG fallback, return the verdict with everything observed.
 */





/**
 * A folder of this step's own under `base`, created now: named after the step (`GITHUB_ACTION`, unique per
 * step in a job), with `-2`, `-3`… when that name is taken (the same step run twice), so no run overwrites
 * another's files.
 */
function claimStepFolder(base, stepId) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(base, { recursive: true });
    const name = (stepId ?? '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || `run-${process.pid}`;
    for (let i = 1;; i++) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, i === 1 ? name : `${name}-${i}`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir);
            return dir;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
}
async function bootAndVerify(req, deps) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(req.workDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(req.serialLogPath), { recursive: true });
    // A unique name in argv: this run's QEMU is identifiable in the process table.
    const name = `rda-selfhost-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
    const socket = req.serial === 'socket' ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(req.workDir, `${name}.sock`) : undefined;
    let firmware;
    if (req.firmware) {
        firmware = req.firmware.varsTemplate
            ? { code: req.firmware.code, vars: (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareFirmwareVars */ .t7)(req.firmware.varsTemplate, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(req.workDir, `${name}-VARS.fd`)) }
            : { code: req.firmware.code };
    }
    let last = [];
    const commandFor = (accel) => {
        const config = {
            qemu: req.qemu,
            memory: req.memory,
            cpus: req.cpus,
            accel,
            disks: req.disks,
            serial: socket ? { kind: 'socket', path: socket } : { kind: 'stdio' },
            exitDevice: req.exitDevice,
            name,
            extraArgs: req.extraArgs,
            ...(req.machine && { machine: req.machine }),
            ...(req.display && { display: req.display }),
            ...(req.network && { network: req.network }),
            ...(req.kernel && { kernel: req.kernel }),
            ...(req.initrd && { initrd: req.initrd }),
            ...(req.append && { append: req.append }),
            ...(firmware && { firmware }),
        };
        const cmd = (0,_qemu_cmdline_js__WEBPACK_IMPORTED_MODULE_3__/* .buildQemuCommand */ .sz)(config);
        last = [cmd.file, ...cmd.args];
        return cmd;
    };
    // Validate the configuration before anything starts (a ConfigurationError, not a failed boot).
    commandFor('tcg');
    const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyBoot */ .iU)({
        accel: req.accel,
        probe: deps.probe,
        commandFor,
        // The kernel echoes the command line it was given: nothing in that echo may count.
        protocol: req.append ? { ...req.protocol, commandLine: req.append } : req.protocol,
        requiredCriteria: req.requiredCriteria,
        exitDevice: req.exitDevice,
        ...(req.exitCodes && { exitCodes: req.exitCodes }),
        ...(req.send?.length && { send: req.send }),
        bootTimeoutMs: req.bootTimeoutMs,
        silenceTimeoutMs: req.silenceTimeoutMs,
        totalTimeoutMs: req.totalTimeoutMs,
        serialLogPath: req.serialLogPath,
        stderrLogPath: `${req.serialLogPath}.stderr`,
        ...(socket && { serialSocket: socket }),
        ...(req.onLine && { onLine: req.onLine }),
        ...(req.echo && { echo: req.echo }),
    }, { spawn: deps.spawn, ...(deps.clock && { clock: deps.clock }), ...(deps.timers && { timers: deps.timers }) });
    return { ...result, command: last };
}


/***/ })

};
