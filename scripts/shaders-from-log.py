#!/usr/bin/env python3
"""Writes the WGSL of every kernel configuration in a CubeCL compilation log.

    scripts/shaders-from-log.py LOG OUT_DIR

LOG is what CubeCL writes with CUBECL_DEBUG_LOG=LOG set (its full
compilation log: each kernel's name and source between
[START_KERNEL_COMPILATION] and [END_KERNEL_COMPILATION]). Each distinct
source becomes OUT_DIR/<operation>-<kernel>-<hash>.wgsl, the hash the first
10 hex digits of the source's SHA-256, so that the names stay put while the
kernels do; OUT_DIR's other .wgsl files are removed. scripts/shaders.sh runs
the conformance suite on wgpu and this.
"""
import hashlib
import pathlib
import re
import sys

BLOCK = re.compile(
    r"\[START_KERNEL_COMPILATION\]\nname: (?P<name>.*?)\n(?:id: .*?\n)?source:\n```[a-z]*\n(?P<source>.*?)\n```\n\[END_KERNEL_COMPILATION\]",
    re.S,
)


LOCAL = re.compile(r"^var l_mut_(\d+): .*;$")


def normalised(source: str) -> str:
    """CubeCL 0.10 declares a kernel's mutable locals in an order that
    changes from process to process (it walks a hash map); each run of
    those declarations is put in the order of the locals' numbers, so that
    one configuration is one file. Order does not matter to WGSL there."""
    lines = source.split("\n")
    out, run = [], []
    for line in lines + [""]:
        if LOCAL.match(line):
            run.append(line)
            continue
        out.extend(sorted(run, key=lambda l: int(LOCAL.match(l)[1])))
        run = []
        out.append(line)
    return "\n".join(out[:-1])


def short_name(name: str) -> str:
    """`robocache_cubecl::voxel::kernel::scatter_points::ScatterPoints<...>`
    -> `voxel-scatter_points`."""
    path = re.sub(r"\s+", "", name).split("<")[0].split("::")
    parts = [p for p in path[1:-1] if p not in ("kernel", "kernels")]
    return "-".join(parts) or path[-1]


def main() -> None:
    log, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    text = log.read_text(errors="replace")
    shaders = {}
    for match in BLOCK.finditer(text):
        source = normalised(match["source"].rstrip()) + "\n"
        digest = hashlib.sha256(source.encode()).hexdigest()[:10]
        shaders[f"{short_name(match['name'])}-{digest}.wgsl"] = source
    if not shaders:
        sys.exit(f"{log}: no kernel sources (was CUBECL_DEBUG_LOG set, and did the wgpu suite run?)")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.wgsl"):
        if old.name not in shaders:
            old.unlink()
    for name, source in sorted(shaders.items()):
        (out / name).write_text(source)
    print(f"{len(shaders)} kernel configurations in {out}")


if __name__ == "__main__":
    main()
