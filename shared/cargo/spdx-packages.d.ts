// Declarations for the untyped SPDX packages we use (none ship types).

declare module 'spdx-expression-parse' {
  namespace parse {
    interface LicenseInfo {
      license: string;
      plus?: true;
      exception?: string;
    }
    interface ConjunctionInfo {
      conjunction: 'and' | 'or';
      left: LicenseInfo | ConjunctionInfo;
      right: LicenseInfo | ConjunctionInfo;
    }
    type Info = LicenseInfo | ConjunctionInfo;
  }
  /** Parses a strict SPDX expression; throws a plain Error (sometimes without a message) on bad input. */
  function parse(source: string): parse.Info;
  export = parse;
}
