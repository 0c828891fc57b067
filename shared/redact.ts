/**
 * Credentials in URIs, found and hidden in one place: the user info of `https://user:TOKEN@host/…` (and a
 * bare `https://TOKEN@host/…`) and token-like query or fragment parameters (`?access_token=`,
 * `private_token`, `token`, …). Every URI from inputs or from a repos.conf `sync-uri` is shown only in its
 * redacted form (logs, summaries, report files, annotations, issue and comment bodies); the secrets it
 * carried are returned so the toolkit can mask them (`::add-mask::`) and scrub them from anything it writes.
 *
 * Neutral module (no toolkit, no domain): domain code shows URIs through it, the toolkit masks with it.
 */

/** Query or fragment parameters whose value is a credential (compared lower-cased, `-` as `_`). */
const SECRET_PARAMS = new Set([
  'access_token',
  'private_token',
  'token',
  'auth',
  'auth_token',
  'authorization',
  'api_key',
  'apikey',
  'key',
  'secret',
  'client_secret',
  'password',
  'passwd',
  'pwd',
  'oauth_token',
  'refresh_token',
  'id_token',
  'jwt',
  'sig',
  'signature',
  'x_access_token',
  'job_token',
  'credential',
  'credentials',
]);

export const REDACTED = '***';

function secretParam(name: string): boolean {
  const n = name.toLowerCase().replace(/-/g, '_');
  return SECRET_PARAMS.has(n) || /(^|_)(token|secret|password)$/.test(n);
}

/** `a=1&token=x` with the secret values replaced; the values found are pushed to `secrets`. */
function redactParams(params: string, secrets: string[]): string {
  return params
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = safeDecode(pair.slice(0, eq));
      const value = pair.slice(eq + 1);
      if (!value || !secretParam(name)) return pair;
      secrets.push(value);
      const decoded = safeDecode(value);
      if (decoded !== value) secrets.push(decoded);
      return `${pair.slice(0, eq)}=${REDACTED}`;
    })
    .join('&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * A URI as it may be shown, and the credentials it carried (as written, and percent-decoded when that
 * differs: git and servers echo either form). ssh user names (`ssh://git@host`) are not secrets. Text that is
 * not a URI with a scheme is returned as it is.
 */
export function redactUri(uri: string): { shown: string; secrets: string[] } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/s.exec(uri);
  if (!m) return { shown: uri, secrets: [] };
  const [, scheme, authority, rest, query, fragment] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
  const secrets: string[] = [];
  let auth = authority;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const host = authority.slice(at + 1);
    const colon = userinfo.indexOf(':');
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
    const ssh = /^(ssh|git\+ssh|ssh\+git):\/\/$/i.test(scheme);
    if (password) {
      secrets.push(password);
      if (safeDecode(password) !== password) secrets.push(safeDecode(password));
    }
    // Over http(s) and the rest, a user name alone is a token (`https://TOKEN@github.com/…`).
    if (!ssh && user && !password) {
      secrets.push(user);
      if (safeDecode(user) !== user) secrets.push(safeDecode(user));
    }
    auth = ssh ? `${user}${password ? `:${REDACTED}` : ''}@${host}` : host;
  }
  const q = query ? `?${redactParams(query.slice(1), secrets)}` : '';
  const f = fragment ? `#${redactParams(fragment.slice(1), secrets)}` : '';
  // A URI inside the URI (`…?next=https://u:TOKEN@host`, a doubled `https://u:p@https://u:p@`) loses its user
  // info too.
  const strip = (text: string) =>
    text.replace(/\/\/([^/?#@\s]+)@/g, (_m, userinfo: string) => {
      const colon = userinfo.indexOf(':');
      const part = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
      secrets.push(part);
      if (safeDecode(part) !== part) secrets.push(safeDecode(part));
      return '//';
    });
  // Until nothing is left: removing one user info can bring the next one after `//`.
  let tail = `${rest}${q}${f}`;
  for (let next = strip(tail); next !== tail; next = strip(tail)) tail = next;
  return { shown: `${scheme}${auth}${tail}`, secrets: [...new Set(secrets.filter((s) => s.length > 0))] };
}

/** Every URI inside free text (a git error, a log line) in its redacted form. */
export function redactText(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"<>`()[\]{}|\\^]+/g, (u) => {
    // A trailing period or comma ends a sentence, not the URI.
    const tail = /[.,;:!]+$/.exec(u)?.[0] ?? '';
    return redactUri(u.slice(0, u.length - tail.length)).shown + tail;
  });
}
