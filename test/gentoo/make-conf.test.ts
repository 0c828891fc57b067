import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { acceptKeywordsAssignment, acceptKeywordsFromMakeConf } from '../../shared/gentoo/make-conf.js';

describe('acceptKeywordsFromMakeConf', () => {
  it('the last simple assignment wins; export, quotes and a trailing comment are allowed', () => {
    expect(acceptKeywordsFromMakeConf('ACCEPT_KEYWORDS="amd64"\nexport ACCEPT_KEYWORDS=\'~amd64 amd64\' # testing\n')).toEqual(['~amd64', 'amd64']);
    expect(acceptKeywordsFromMakeConf('  ACCEPT_KEYWORDS=~arm64\n')).toEqual(['~arm64']);
    expect(acceptKeywordsFromMakeConf('ACCEPT_KEYWORDS="amd64\'\n')).toBeUndefined();
    expect(acceptKeywordsFromMakeConf('USE="x"\n')).toBeUndefined();
  });
  it('property: a line reads as /^\\s*(?:export\\s+)?ACCEPT_KEYWORDS=(["\']?)([^"\'#]*)\\1\\s*(?:#.*)?$/ reads it', () => {
    const RE = /^\s*(?:export\s+)?ACCEPT_KEYWORDS=(["']?)([^"'#]*)\1\s*(?:#.*)?$/;
    const piece = fc.constantFrom(' ', '\t', '\r', '\u2028', '"', "'", '#', 'a', '~amd64', '-*', 'export', 'export ', 'ACCEPT_KEYWORDS=', 'ACCEPT_KEYWORDS');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (pieces, assign) => {
        const line = (assign ? 'ACCEPT_KEYWORDS=' : '') + pieces.join('');
        const m = RE.exec(line);
        expect(acceptKeywordsAssignment(line)).toBe(m ? m[2] : undefined);
      }),
      { numRuns: 5000 },
    );
  });
  it('a 500,000-character value that never closes reads as no assignment', () => {
    // (the expression tried every split of the spaces: 80,000 took 6 s)
    expect(acceptKeywordsFromMakeConf(`ACCEPT_KEYWORDS="~amd64"\nACCEPT_KEYWORDS=a${' '.repeat(500_000)}"\n`)).toEqual(['~amd64']);
  });
});
