/** Findings made while reading an ebuild's bash. */
import { defineFindings } from '../../finding.js';

export const ebuildFindings = defineFindings('gentoo/ebuild', {
  'ebuild-syntax': {
    severity: 'error',
    meaning: 'The ebuild is not valid bash, so the package manager cannot source it.',
    docs:
      'Portage sources every ebuild with bash to generate its metadata (the md5-cache entry); when bash refuses ' +
      'the file, metadata generation fails and the ebuild is invisible to emerge — it is never installed, and ' +
      '`emerge` reports it as corrupt or simply skips it. The check reads the file as bash does: quotes, ' +
      '`${…}` and `$(…)` expansions, here-documents, arrays, and the pairing of `if`/`fi`, `case`/`esac`, ' +
      '`do`/`done`, `{`/`}` and function bodies. It reports only what bash itself would refuse (the reference is ' +
      '`bash -n` on the same file); a construct the reader cannot follow is left alone rather than reported.',
    fix: 'Run `bash -n` on the ebuild and fix the line it names (usually an unclosed quote, `fi`, `done` or `}`).',
  },
  'ebuild-too-deep': {
    severity: 'warning',
    meaning: 'The ebuild nests expansions, braces or `case` more deeply than the reader follows, so it was not read.',
    docs:
      'Thousands of levels of `${`, `{a,b}` or `case` inside one another are not something a real ebuild has; ' +
      'the reader stops instead of exhausting its stack, and reads the file as one that sets nothing: it has no ' +
      'SLOT or KEYWORDS here, so it is never the version emerge would pick.',
    fix: 'Flatten the construct the message names; a generated ebuild can usually build the value in a loop.',
  },
});
