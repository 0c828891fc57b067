/**
 * `--print all-target-specs-json` parsed one target at a time while rustc is still printing it. rustc prints
 * the document pretty (serde_json, two spaces per level): `{`, then each target as `  "name": {` … `  }`
 * separated by `,`, then `}` — and only a member's own closing brace sits on a line of its own at exactly two
 * spaces (deeper objects are indented further, and a JSON string holds no raw line break). So each member can
 * be cut out and parsed as soon as its closing line has arrived, and the parse no longer waits for rustc's
 * last byte. Anything else (compact JSON, another layout, a member that does not parse) stops the stream, and
 * the caller parses the whole text as before: `complete()` says whether the stream's result is the document's.
 * Plain data, no dependencies (it runs in the first chunk of build-target-matrix).
 */
type Json = Record<string, unknown>;

export class SpecStream {
  /** The spec objects parsed so far, by target name, in the document's order. */
  readonly specs = new Map<string, Json>();
  /** What has arrived and is not parsed yet (the parsed members are dropped: see push). */
  private text = '';
  /** How many characters of the document were dropped before `text`. */
  private dropped = 0;
  /** Where the next member starts in `text` (-1 before the opening brace was seen). */
  private at = -1;
  /** Where the document ended (just after its closing brace), once it did. */
  private end = -1;
  private broken = false;

  /** Feed what rustc printed after the sysroot line (the specs document, then whatever follows it). */
  push(chunk: string): void {
    if (this.broken || this.end >= 0) return;
    this.text += chunk;
    this.parse();
    // The parsed members leave the text: a pipe delivers rustc's output in chunks of a few KB, and scanning a
    // text that kept them would copy everything received so far at every chunk (quadratic in the document).
    if (this.at > 0 && this.end < 0 && !this.broken) {
      this.dropped += this.at;
      this.text = this.text.slice(this.at);
      this.at = 0;
    }
  }

  private parse(): void {
    if (this.at < 0) {
      if (this.text.length < 2) return;
      if (!this.text.startsWith('{\n')) return this.stop();
      this.at = 2;
    }
    for (;;) {
      if (this.text.length - this.at < 1) return;
      // `{\n}`: a document without targets
      if (this.text[this.at] === '}') {
        this.end = this.dropped + this.at + 1;
        this.text = '';
        return;
      }
      if (!this.text.startsWith('  "', this.at) && this.text.length - this.at >= 3) return this.stop();
      const close = this.text.indexOf('\n  }', this.at);
      if (close < 0) return;
      const after = close + 4;
      if (this.text.length - after < 2) return;
      const next = this.text.slice(after, after + 2);
      if (next !== ',\n' && next !== '\n}') return this.stop();
      let member: Json;
      try {
        member = JSON.parse(`{${this.text.slice(this.at, after)}}`) as Json;
      } catch {
        return this.stop();
      }
      const names = Object.keys(member);
      // One member, not an array index (JSON.parse would order those first in the whole document).
      if (names.length !== 1 || /^(0|[1-9]\d*)$/.test(names[0]!)) return this.stop();
      const spec = member[names[0]!];
      if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return this.stop();
      // A name given twice keeps its first place and its last value, as JSON.parse of the whole would.
      this.specs.set(names[0]!, spec as Json);
      if (next === '\n}') {
        this.end = this.dropped + after + 2;
        // what follows (the schema) is not ours to keep
        this.text = '';
        return;
      }
      this.at = after + 2;
    }
  }

  /** Whether the stream parsed the whole document, which was `length` characters long. */
  complete(length: number): boolean {
    return !this.broken && this.end === length;
  }

  private stop(): void {
    this.broken = true;
    this.specs.clear();
    this.text = '';
  }
}
