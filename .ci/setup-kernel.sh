#!/usr/bin/env bash
# A Debian kernel for the real QEMU boots (fetched with apt-get download, unpacked, never installed).
set -euo pipefail
cd "$(dirname "$0")/.."
node .ci/fetch-kernel.mjs
npx tsx .ci/build-initramfs.mjs || echo "setup-kernel: initramfs prebuild failed; the tests build it themselves"
