/**
 * octokit with retry + throttling: loaded on first use (github.ts), so a run that never talks to the GitHub
 * API does not load and evaluate octokit at start-up.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export const RetryingOctokit = Octokit.plugin(retry, throttling);
