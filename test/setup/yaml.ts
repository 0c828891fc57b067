/**
 * The YAML library loads on demand in the bundles (shared/yaml.ts: actionMain, the targets planner); the
 * synchronous parsers that use it (Inputs.yaml, targetsFromInput, parseActionMeta) are called directly by
 * many tests, so it is loaded once before each test file. The bundles' own loading is proved end to end
 * (test/repo/bundle-loading.test.ts and the action tests with YAML inputs).
 */
import { loadYaml } from '../../shared/yaml.js';

await loadYaml();
