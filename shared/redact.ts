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
  const tail = stripUserInfo(`${rest}${q}${f}`, (userinfo) => {
    const colon = userinfo.indexOf(':');
    const part = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
    secrets.push(part);
    if (safeDecode(part) !== part) secrets.push(safeDecode(part));
  });
  return { shown: `${scheme}${auth}${tail}`, secrets: [...new Set(secrets.filter((s) => s.length > 0))] };
}

const USER_INFO_AT = /[^/?#@\s]+@/y;

/**
 * `text` with every `//userinfo@` made `//` until none is left (removing one can bring the next after `//`:
 * `//a@b@`, `//a@/b@`), in one pass: after each `/` that makes a `//`, the user infos that follow are dropped.
 * (Replacing them again until nothing changed removed one a pass where they came one after another: 64,000
 * took 2.2 s.)
 */
function stripUserInfo(text: string, found: (userinfo: string) => void): string {
  if (!text.includes('@')) return text;
  let out = '';
  let i = 0;
  for (;;) {
    const slash = text.indexOf('/', i);
    if (slash < 0) break;
    // what is written always ends in `/`: a `/` right at i follows one
    const double = slash > i ? text.charCodeAt(slash - 1) === 47 : out.length > 0;
    out += text.slice(i, slash + 1);
    i = slash + 1;
    if (!double) continue;
    for (;;) {
      USER_INFO_AT.lastIndex = i;
      if (!USER_INFO_AT.exec(text)) break;
      found(text.slice(i, USER_INFO_AT.lastIndex - 1));
      i = USER_INFO_AT.lastIndex;
    }
  }
  return out + text.slice(i);
}

/** Every URI inside free text (a git error, a log line) in its redacted form. */
export function redactText(text: string): string {
  if (!text.includes('://')) return text;
  // What /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"<>`()[\]{}|\\^]+/g matches, found from each `://` (that regex tried
  // again from every letter of a long run of letters and digits, such as a hex dump: a 64 KiB line took 2.4 s).
  let out = '';
  let done = 0;
  for (let k = text.indexOf('://'); k >= 0; k = text.indexOf('://', k + 1)) {
    // the scheme: the letters, digits, `+`, `.` and `-` before, from the first letter
    let start = k;
    while (start > done && SCHEME_CHAR.test(text[start - 1]!)) start--;
    while (start < k && !LETTER.test(text[start]!)) start++;
    if (start === k) continue;
    URI_BODY.lastIndex = k + 3;
    if (!URI_BODY.exec(text)) continue;
    const end = URI_BODY.lastIndex;
    const u = text.slice(start, end);
    // A trailing period or comma ends a sentence, not the URI.
    const tail = /[.,;:!]+$/.exec(u)?.[0] ?? '';
    out += text.slice(done, start) + redactUri(u.slice(0, u.length - tail.length)).shown + tail;
    done = end;
    k = end - 1;
  }
  return out + text.slice(done);
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const LETTER = /[A-Za-z]/;
const URI_BODY = /[^\s'"<>`()[\]{}|\\^]+/y;
