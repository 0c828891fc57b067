/**
 * `engines` and the dependency set agree: every locked package's own `engines.node` admits every Node that
 * package.json admits, so `npm ci` on a supported Node never warns EBADENGINE.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/index.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('engines', () => {
  it('package.json and package-lock.json declare the same engines', () => {
    expect((lock.packages[''] as { engines?: { node?: string } }).engines?.node).toBe(pkg.engines.node);
  });

  it("every locked dependency supports every Node that package.json's engines admits", () => {
    const ours = pkg.engines.node;
    const narrower: string[] = [];
    for (const [where, p] of Object.entries(lock.packages)) {
      if (!where || Array.isArray(p.engines) || !p.engines?.node) continue;
      if (!semver.subset(ours, p.engines.node, { includePrerelease: false })) narrower.push(`${where.replace(/^.*node_modules\//, '')}@${p.version}: ${p.engines.node}`);
    }
    expect(narrower, `these need more than '${ours}'`).toEqual([]);
  });
});
