/**
 * The toolchain's `multirust-channel-manifest.toml`, read for what build-target-matrix needs from it. A module
 * of its own (no dependencies): the action reads the manifest while rustc is still printing the specs.
 */

/**
 * Which targets rustup ships `rust-std` for, from the toolchain's `multirust-channel-manifest.toml`
 * (`[pkg.rust-std.target.<t>]` followed by `available = true|false`). A line scan: the file is ~1 MB and
 * only these two lines per target matter.
 */
export function rustStdFromChannelManifest(text: string): { available: Map<string, boolean>; rustcVersion: string | null } {
  const available = new Map<string, boolean>();
  // indexOf jumps between the headers: a regex over the whole megabyte costs more than rustc's own parse.
  const header = '\n[pkg.rust-std.target.';
  for (let at = text.indexOf(header); at >= 0; at = text.indexOf(header, at + header.length)) {
    const close = text.indexOf(']', at);
    // A triple with a dot is a quoted TOML key: [pkg.rust-std.target."thumbv8m.main-none-eabi"].
    const target = text.slice(at + header.length, close).replace(/^"(.*)"$/, '$1');
    const next = text.indexOf('\n', close);
    const line = text.slice(next + 1, text.indexOf('\n', next + 1));
    if (line.startsWith('available = ')) available.set(target, line.trim() === 'available = true');
  }
  const pkg = text.indexOf('\n[pkg.rustc]\n');
  const v = pkg >= 0 ? /^version = "([^"]*)"/.exec(text.slice(pkg + 13, pkg + 200)) : null;
  return { available, rustcVersion: v ? v[1]! : null };
}
