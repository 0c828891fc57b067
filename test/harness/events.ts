/**
 * Event payloads for tests: a fixture from fixtures/events/ (GitHub's own examples), changed where a test
 * needs it, and checked against the webhooks description, so no test runs on a payload GitHub would not send.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRoot } from '../../shared/toolkit/local-run.js';
import { checkWebhookPayload } from './openapi.js';

/** The fixture file for each event, and the webhook (in the description) it is an instance of. */
export const EVENT_FIXTURES = {
  'pull_request.opened': 'pull-request-opened',
  push: 'push',
  workflow_dispatch: 'workflow-dispatch',
} as const;
export type EventFixture = keyof typeof EVENT_FIXTURES;

type Patch = { [k: string]: unknown };

function merge(base: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch) || !base || typeof base !== 'object' || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out;
}

export function eventFixture(name: EventFixture, patch: Patch = {}): Record<string, unknown> {
  const file = path.join(findRoot(), 'fixtures', 'events', `${name}.json`);
  const payload = merge(JSON.parse(readFileSync(file, 'utf8')), patch) as Record<string, unknown>;
  const problems = checkWebhookPayload(EVENT_FIXTURES[name], payload);
  if (problems.length) throw new Error(`event '${name}' as patched is not what GitHub sends:\n${problems.slice(0, 10).join('\n')}`);
  return payload;
}
