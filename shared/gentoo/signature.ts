/**
 * Commit signature verification through the exec port: the user's keys go into a throw-away GNUPGHOME, and
 * `git verify-commit` decides against that keyring only (never the runner's own trust store).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type RunCommand } from '../io.js';
import { gitOut } from './repo-git.js';

export interface Keyring {
  /** ASCII-armored key text. */
  keyringText?: string;
  /** Path of a key file. */
  keyringFile?: string;
}

export interface SignatureCheck {
  verified: boolean;
  message: string;
}

/**
 * Import the keyring into a fresh GNUPGHOME under `workDir`, run `fn` with it, remove it afterwards. Keys gpg
 * cannot import are an input error naming `keyring` with gpg's own reason.
 */
export async function withKeyring<T>(run: RunCommand, workDir: string, keyring: Keyring, fn: (gnupgHome: string) => Promise<T>): Promise<T> {
  const home = await mkdtemp(path.join(workDir, 'gnupg-'));
  try {
    let keyFile = keyring.keyringFile;
    if (keyring.keyringText !== undefined) {
      keyFile = path.join(home, 'keyring.asc');
      await writeFile(keyFile, keyring.keyringText);
    }
    const imp = await run('gpg', ['--batch', '--no-tty', '--homedir', home, '--import', keyFile!], { env: { LC_ALL: 'C' }, timeoutMs: 60_000 });
    if (imp.code !== 0 || !/imported|unchanged/.test(imp.stderr)) {
      // gpg's own reason ("no valid OpenPGP data found") beside the value, not gpg's summary line
      const why = imp.stderr.split('\n').map((l) => l.replace(/^gpg: /, '').trim()).find((l) => l && !/^(Total number processed|keybox|trustdb|directory)/.test(l) && !/created$/.test(l));
      throw new InputError('keyring', `OpenPGP public keys gpg can import${why ? ` (gpg: ${why})` : ''}`, keyring.keyringFile ?? 'the armored key block');
    }
    return await fn(home);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** `git verify-commit HEAD` against the keyring in `gnupgHome`, read from gpg's machine-readable status lines. */
export async function verifyHead(run: RunCommand, repo: string, gnupgHome: string): Promise<SignatureCheck> {
  const head = (await gitOut(run, repo, ['rev-parse', 'HEAD']))?.trim() ?? 'HEAD';
  const r = await run('git', ['-C', repo, 'verify-commit', '--raw', 'HEAD'], { env: { GNUPGHOME: gnupgHome, LC_ALL: 'C' }, timeoutMs: 60_000 });
  const err = r.stderr;
  if (r.code === 0 && /GOODSIG|VALIDSIG/.test(err)) {
    const who = /GOODSIG \S+ (.*)/.exec(err)?.[1] ?? 'a key in the keyring';
    return { verified: true, message: `head ${head.slice(0, 12)} has a good signature from ${who}` };
  }
  if (/NO_PUBKEY|ERRSIG/.test(err)) {
    const key = /NO_PUBKEY (\S+)/.exec(err)?.[1] ?? /ERRSIG (\S+)/.exec(err)?.[1];
    return { verified: false, message: `head ${head.slice(0, 12)} is signed by key ${key ?? '(unknown)'}, which is not in the keyring` };
  }
  if (/BADSIG/.test(err)) return { verified: false, message: `head ${head.slice(0, 12)} has a BAD signature` };
  if (err.trim() === '' || /no signature found/i.test(err)) return { verified: false, message: `head ${head.slice(0, 12)} is not signed` };
  return { verified: false, message: `head ${head.slice(0, 12)} could not be verified: ${err.trim().split('\n').slice(-2).join(' | ')}` };
}
