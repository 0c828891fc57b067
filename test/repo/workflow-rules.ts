/**
 * Our own workflow rules on top of actionlint: top-level permissions; third-party `uses:` pinned to a
 * 40-hex SHA with a `# vX` comment (never the all-zero placeholder); our own actions inside our reusable
 * workflows as `$/actions/<name>` (this repository at the commit of the file, no `@ref` allowed); no
 * `${{ github.event… }}` / `${{ inputs.… }}` inside `run:`; no `secrets: inherit`; no checkout of the PR
 * head under `pull_request_target`.
 */
import { parse, LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

export interface RuleFinding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const UNTRUSTED_IN_RUN = /\$\{\{[^}]*\b(github\.event\.|inputs\.|github\.head_ref)[^}]*\}\}/;

export interface RuleOptions {
  /**
   * A starter workflow for users to copy: it may call our own reusable workflows and actions by release tag
   * (`rust-distro-actions/rust-distro-actions/…@v1`), the documented default, with the pinned form beside it.
   */
  starter?: boolean;
}

/** Our repository as users name it. */
export const FIRST_PARTY = 'rust-distro-actions/rust-distro-actions';

export function checkWorkflow(file: string, text: string, options: RuleOptions = {}): RuleFinding[] {
  const out: RuleFinding[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const lineOf = (n: Node | null | undefined) => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const root = doc.contents;
  if (!isMap(root)) return [{ file, line: 1, rule: 'shape', message: 'not a YAML mapping' }];
  if (!root.has('permissions')) out.push({ file, line: 1, rule: 'permissions', message: 'no top-level `permissions:` (least privilege must be explicit)' });
  const on = root.get('on', true) as Node | undefined;
  const onText = on ? JSON.stringify((doc.toJS() as Record<string, unknown>).on ?? '') : '';
  const prTarget = onText.includes('pull_request_target');

  // Walk every mapping looking for uses / run / secrets.
  const lines = text.split('\n');
  const visit = (node: unknown) => {
    if (isSeq(node)) for (const it of node.items) visit(it);
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const val = pair.value as Node | null;
      if (key === 'uses' && isScalar(val)) {
        const ref = String(val.value);
        const line = lineOf(val);
        const firstPartyTag = options.starter && (ref.startsWith(`${FIRST_PARTY}/`) || ref.startsWith(`${FIRST_PARTY}@`)) && /@v\d+$/.test(ref);
        if (ref.startsWith('$/')) {
          // GitHub resolves `$/` to the commit of the containing file; a ref after it is an error there.
          if (ref.includes('@')) out.push({ file, line, rule: 'self-ref', message: `'${ref}': a \`$/\` reference takes no @ref` });
        } else if (ref.startsWith(`${FIRST_PARTY}/`) && !options.starter) {
          out.push({ file, line, rule: 'self-ref', message: `'${ref}': inside this repository call our own actions as \`$/${ref.slice(FIRST_PARTY.length + 1).replace(/@.*$/, '')}\`` });
        } else if (!ref.startsWith('./') && !ref.startsWith('docker://') && !firstPartyTag) {
          const m = /@([^@\s]+)$/.exec(ref);
          if (!m || !/^[0-9a-f]{40}$/.test(m[1]!)) out.push({ file, line, rule: 'pin', message: `'${ref}' is not pinned to a 40-hex commit SHA` });
          else if (/^0{40}$/.test(m[1]!)) out.push({ file, line, rule: 'pin', message: `'${ref}' is pinned to the all-zero placeholder, which no commit has` });
          else if (!/#\s*v\d/.test(lines[line - 1] ?? '')) out.push({ file, line, rule: 'pin-comment', message: `'${ref}' has no '# vX' comment naming the version` });
        }
        if (prTarget && ref.startsWith('actions/checkout@')) {
          const withNode = node.get('with') as unknown;
          const refText = JSON.stringify(isMap(withNode) ? (withNode as { toJSON(): unknown }).toJSON() : {});
          if (/pull_request\.head|head_ref|refs\/pull/.test(refText)) {
            out.push({ file, line, rule: 'pr-target-checkout', message: 'checks out the pull request head under pull_request_target' });
          }
        }
      }
      if (key === 'run' && isScalar(val) && UNTRUSTED_IN_RUN.test(String(val.value))) {
        out.push({ file, line: lineOf(val), rule: 'injection', message: 'untrusted `${{ github.event… }}` / `${{ inputs.… }}` inside run: (pass it through env:)' });
      }
      if (key === 'secrets' && isScalar(val) && String(val.value) === 'inherit') {
        out.push({ file, line: lineOf(val), rule: 'secrets-inherit', message: '`secrets: inherit` passes every secret; pass the ones needed explicitly' });
      }
      visit(val);
    }
  };
  visit(root);
  void parse;
  return out;
}
