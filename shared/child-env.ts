/**
 * The environment a child process of an action may see. Action inputs carry the token, the runtime tokens
 * reach the cache and OIDC services, and the runner's command files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT,
 * …) would let a child set variables, PATH or outputs for later steps: none of them is a child's business.
 */
const SECRET_ENV =
  /^(INPUT_.*|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;

/** Variables that hold a credential by themselves (the rest of SECRET_ENV are inputs and file paths). */
const TOKEN_ENV = /^(GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|INPUT_.*TOKEN.*)$/i;

/** Whether a child process must not inherit `name`. */
export function isChildSecret(name: string): boolean {
  return SECRET_ENV.test(name);
}

/** Whether `name` holds a credential by itself (a token), not only a path or an ordinary input. */
export function isTokenVariable(name: string): boolean {
  return TOKEN_ENV.test(name);
}

/** `env` for a child: the given variables, with every secret-carrying variable of `inherited` removed. */
export function scrubbedEnv(
  inherited: Record<string, string | undefined>,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const k of Object.keys(inherited)) if (SECRET_ENV.test(k)) env[k] = undefined;
  return { ...env, ...extra };
}
