#!/usr/bin/env python3
"""Derive test/cargo/pycargoebuild-license.json from Gentoo's pycargoebuild (the reference for LICENSE+=).

Not run by the tests: a developer runs it when the reference changes, and commits the JSON it writes.

    PYTHONPATH=<pycargoebuild checkout> /usr/bin/python3 test/cargo/derive-pycargoebuild.py \
        <license-mapping.conf> [registry dir, default /usr/share/cargo/registry]

Needs Debian's python3-license-expression (pycargoebuild's one dependency for licenses), cargo, and the
librust-*-dev crates under the registry dir. Two kinds of cases, each run through pycargoebuild's own
get_crate_LICENSE (licenses passed as its license_overrides, so no crate is downloaded):
  - "debian": every crate of the registry as a one-dependency workspace; `cargo generate-lockfile --offline`
    against the registry gives the crates, each crate's Cargo.toml `license` its license;
  - "mix": seeded random sets of license texts seen on real crates (the Debian ones plus a few more
    shapes: WITH, `+`, nested AND/OR, deprecated ids).
The mapping entries the cases use are written beside them, so the test needs no Gentoo tree.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import license_expression

from pycargoebuild.cargo import FileCrate, cargo_to_spdx, get_crates
from pycargoebuild.ebuild import get_CRATES, get_crate_LICENSE
from pycargoebuild.license import MAPPING, UnmatchedLicense, load_license_mapping

mapping_file = Path(sys.argv[1])
registry = Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/cargo/registry")
out_file = Path(__file__).with_name("pycargoebuild-license.json")
with mapping_file.open() as f:
    load_license_mapping(f)
spdx = license_expression.get_spdx_licensing()


def license_of(crate_dir: Path):
    with (crate_dir / "Cargo.toml").open("rb") as f:
        return tomllib.load(f).get("package", {}).get("license")


def run(licenses):
    """LICENSE+= value as pycargoebuild writes it (what follows `LICENSE+="`), or the error it raises."""
    crates = [FileCrate(name=f"c{i}", version="1.0.0", checksum="") for i in range(len(licenses))]
    overrides = {c.name: cargo_to_spdx(lic) for c, lic in zip(crates, licenses) if lic is not None}
    try:
        return {"license": get_crate_LICENSE(crates, Path("/nonexistent"), overrides)}
    except UnmatchedLicense as e:
        return {"error": f"unmatched {e.license_key}"}
    except Exception as e:  # license_expression refuses the text
        return {"error": type(e).__name__}


used_keys = set()


def note_keys(licenses):
    for lic in licenses:
        if lic is None:
            continue
        try:
            for sym in spdx.parse(cargo_to_spdx(lic), strict=True).symbols:
                used_keys.add(str(sym).lower())
                used_keys.add(str(sym).lower().replace("+", ""))
        except Exception:
            pass


cases = []
config = tempfile.mkdtemp(prefix="pce-")
for crate_dir in sorted(registry.iterdir()):
    if not (crate_dir / "Cargo.toml").exists():
        continue
    name, _, version = crate_dir.name.rpartition("-")
    ws = Path(tempfile.mkdtemp(prefix="pce-ws-"))
    (ws / "src").mkdir()
    (ws / "src/lib.rs").write_text("")
    (ws / ".cargo").mkdir()
    (ws / ".cargo/config.toml").write_text(
        f'[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "{registry}"\n[net]\noffline = true\n')
    (ws / "Cargo.toml").write_text(
        f'[package]\nname = "ws"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n"{name}" = "={version}"\n')
    r = subprocess.run(["cargo", "generate-lockfile", "--offline"], cwd=ws, capture_output=True)
    if r.returncode != 0:
        continue
    with (ws / "Cargo.lock").open("rb") as f:
        crates = list(get_crates(f))
    licenses = [license_of(registry / f"{c.name}-{c.version}") for c in crates]
    note_keys(licenses)
    cases.append({
        "kind": "debian",
        "workspace": crate_dir.name,
        "crates": [{"name": c.name, "version": c.version, "license": lic} for c, lic in zip(crates, licenses)],
        "CRATES": get_CRATES(crates),
        **run(licenses),
    })

pool = sorted({c["license"] for case in cases for c in case["crates"] if c["license"]} | {
    "0BSD OR MIT OR Apache-2.0", "Zlib OR Apache-2.0 OR MIT", "MIT OR Apache-2.0 OR Zlib",
    "Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT", "(MIT OR Apache-2.0) AND Unicode-DFS-2016",
    "MIT AND (Apache-2.0 OR BSD-3-Clause)", "(Apache-2.0 OR MIT) AND BSD-3-Clause", "Apache-2.0 AND MIT",
    "BSD-2-Clause-FreeBSD", "BSD-2-Clause", "BSD-3-Clause", "ISC", "MPL-2.0", "Unlicense OR MIT", "Unlicense/MIT",
    "CC0-1.0 OR MIT-0 OR Apache-2.0", "BSL-1.0", "GPL-2.0+", "LGPL-2.1-or-later", "MIT OR Apache-2.0 OR BSD-1-Clause",
    "ISC AND (Apache-2.0 OR ISC)", "(MIT OR Apache-2.0) AND (BSD-2-Clause OR ISC)", "MIT AND ISC OR Apache-2.0",
    "Apache-2.0 OR BSL-1.0", "zlib-acknowledgement OR MIT OR Apache-2.0", "BSD-3-Clause AND MIT",
})
rng = random.Random(16)
for i in range(300):
    licenses = rng.sample(pool, rng.randint(1, 7))
    note_keys(licenses)
    cases.append({"kind": "mix", "workspace": f"mix-{i}", "crates": [{"name": f"c{k}", "version": "1.0.0", "license": lic} for k, lic in enumerate(licenses)], **run(licenses)})

out = {
    "about": "LICENSE+= (and CRATES=) as pycargoebuild writes them; derived by test/cargo/derive-pycargoebuild.py",
    "mapping": {k: MAPPING[k] for k in sorted(used_keys) if k in MAPPING},
    "cases": cases,
}
out_file.write_text(json.dumps(out, indent=1) + "\n")
print(f"{len(cases)} cases ({sum(c['kind'] == 'debian' for c in cases)} Debian workspaces) -> {out_file}")
