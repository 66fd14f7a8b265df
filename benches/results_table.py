"""The results table of benches/RESULTS.md, and its plot, from one GPU run.

Usage: python3 benches/results_table.py RUN_DIR [PNG]

RUN_DIR holds what scripts/gpu-run.sh wrote in one device session:
`kernels.csv` (the bench: bytes per case), `ncu.csv` (kernel time per call
of each CUDA kernel path, from Nsight Compute) and `peers.csv` (PyTorch,
with the 1 GiB copy that sets the ceiling). Prints the markdown table; with
PNG, also draws each case's kernel time against its floor (needs
matplotlib).
"""
import csv
import sys

# case -> (label, target as text, check of the PTX kernel time in us given the floor)
TARGETS = {
    "fusion_seed_b4": ("fuse 3 streams, B=4", "<= 8 us", lambda us, floor: us <= 8),
    "fusion_b256": ("fuse 3 streams, B=256", "<= 15 us", lambda us, floor: us <= 15),
    "resample_medium": ("resample (32,500,256)->256", "", None),
    "resample_large": ("resample (64,1000,512)->500", ">= 75 % of ceiling", lambda us, floor: floor / us >= 0.75),
    "voxel_occupancy_N500000": ("occupancy, 500k points", "<= 20 us", lambda us, floor: us <= 20),
    "voxel_count_N500000": ("count, 500k points", "", None),
    "voxel_count_N10000000": ("count, 10M points", "<= 100 us", lambda us, floor: us <= 100),
    "voxel_occupancy_N10000000": ("occupancy, 10M points", "", None),
    "voxel_mean_f8_N500000": ("mean of 8 features, 500k points", "", None),
    "voxel_mean_f8_N10000000": ("mean of 8 features, 10M points", "<= 1000 us", lambda us, floor: us <= 1000),
    "voxel_max_f8_N500000": ("max of 8 features, 500k points", "", None),
    "voxel_max_f8_N10000000": ("max of 8 features, 10M points", "", None),
    "kitti_occupancy_b64": ("KITTI scan x 64, occupancy at 0.1 m", "points/s", None),
}


def read_rows(path):
    with open(path) as f:
        return [r for r in csv.reader(f) if r and not r[0].startswith("#") and r[0] != "case"]


def main():
    run = sys.argv[1]
    png = sys.argv[2] if len(sys.argv) > 2 else None
    bytes_by_case, notes = {}, {}
    for r in read_rows(f"{run}/kernels.csv"):
        bytes_by_case.setdefault(r[0], int(r[3]))
        if r[0] == "kitti_occupancy_b64":
            notes[r[0]] = r[7]
    kernel_us = {(r[0], r[1]): float(r[3]) for r in read_rows(f"{run}/ncu.csv")}
    dram = {(r[0], r[1]): float(r[5]) for r in read_rows(f"{run}/ncu.csv")}
    peers, ceiling = {}, None
    for r in read_rows(f"{run}/peers.csv"):
        if r[0].startswith("copy"):
            ceiling = float(r[4])  # GB/s
        else:
            peers[(r[0], r[1])] = float(r[2]) * 1e3  # ms -> us
    assert ceiling, "peers.csv has no copy ceiling"

    def us(value):
        return "" if value is None else f"{value:,.1f}"

    print(f"Copy ceiling: {ceiling:.0f} GB/s (PyTorch, 1 GiB device copy, same run).\n")
    print("| case | bytes | floor us | PyTorch eager us | torch.compile us | CubeCL-CUDA us | PTX us "
          "| PTX GB/s | % of ceiling | PTX DRAM GB/s (ncu) | target | met |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    plotted = []
    for case, (label, target, check) in TARGETS.items():
        if case not in bytes_by_case:
            continue
        size = bytes_by_case[case]
        floor = size / ceiling / 1e3  # us
        ptx = kernel_us.get((case, "cuda-ptx"))
        cubecl = kernel_us.get((case, "cuda-cubecl"))
        achieved = size / ptx / 1e3 if ptx else None  # GB/s
        met = ""
        if check and ptx:
            met = "yes" if check(ptx, floor) else "no"
        if case in notes and ptx:
            # The bench's note reads "... ; N points x C".
            n, _, _, clouds = notes[case].split(";")[1].split()
            target = f"{int(n) * int(clouds) / ptx / 1e3:.2f} G points/s"
        print(f"| {label} | {size / 1e6:.1f} MB | {floor:.1f} | {us(peers.get((case, 'torch_eager')))} "
              f"| {us(peers.get((case, 'torch_compile')))} | {us(cubecl)} | {us(ptx)} "
              f"| {achieved:,.0f} | {100 * floor / ptx:.0f} % | {dram.get((case, 'cuda-ptx'), 0):,.0f} "
              f"| {target} | {met} |")
        plotted.append((label, floor, peers.get((case, "torch_eager")), peers.get((case, "torch_compile")), cubecl, ptx))
    if png:
        plot(plotted, ceiling, png)


def plot(rows, ceiling, png):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = [("floor (bytes / copy ceiling)", 1, "#bbbbbb"), ("PyTorch eager", 2, "#d62728"),
              ("torch.compile", 3, "#ff7f0e"), ("CubeCL on CUDA", 4, "#1f77b4"), ("raw PTX", 5, "#2ca02c")]
    fig, ax = plt.subplots(figsize=(11, 6.5))
    height = 0.16
    for s, (name, column, color) in enumerate(series):
        ys = [i + (s - 2) * height for i in range(len(rows))]
        xs = [row[column] if row[column] else 0 for row in rows]
        ax.barh(ys, xs, height=height, label=name, color=color)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([row[0] for row in rows])
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("kernel time per call, us (log scale; lower is better)")
    ax.set_title(f"robocache on an H100: kernel time against the bandwidth floor ({ceiling:.0f} GB/s copy)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=5, fontsize=8)
    ax.grid(axis="x", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(png, dpi=110)


if __name__ == "__main__":
    main()
