"""Kernel time and DRAM traffic of each `kernels` bench case, read with
Nsight Compute (`ncu --clock-control none`, so the GPU runs at its own
clocks, as in the other measurements).

Usage: python3 benches/ncu_kernels.py KERNELS_BINARY [BACKEND [CASE...]]
(BACKEND: cuda-ptx, cuda-cubecl or wgpu, as the bench's backend column.)

For each case the bench binary runs `--warm=1 --runs=R` under ncu: every
call launches the same kernels, so the launches split evenly into calls.
Per call it sums the durations (`gpu__time_duration`) and DRAM bytes of its
kernels, and reports the median over the timed calls. Prints CSV:
case,backend,kernels_per_call,kernel_us,dram_bytes,dram_GB/s
"""
import csv, io, statistics, subprocess, sys

CASES = ["resample_medium", "resample_large", "fusion_seed_b4", "fusion_b256"] + [
    f"voxel_{mode}_N{n}" for n in (500000, 10000000) for mode in ("count", "occupancy", "mean_f8", "max_f8")
] + ["kitti_occupancy_b64", "detector_hard_250k", "detector_dynamic_250k", "detector_dynamic_mean_250k",
                                   "pillars_b64", "pillars_scatter_b64"]
RUNS = 5
CALLS = 1 + 3 * RUNS  # one warm-up; per run a profiled and a wall-timed call; RUNS back-to-back calls
METRICS = "gpu__time_duration.sum,dram__bytes_read.sum,dram__bytes_write.sum"


def launches(binary, backend, case):
    cmd = ["ncu", "--clock-control", "none", "--metrics", METRICS, "--csv", "--print-units", "base",
           binary, backend, f"--case={case}", f"--runs={RUNS}", "--warm=1"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300).stdout
    rows = [line for line in out.splitlines() if line.startswith('"')]
    by_id = {}
    for row in csv.DictReader(io.StringIO("\n".join(rows))):
        entry = by_id.setdefault(int(row["ID"]), {"name": row["Kernel Name"]})
        value = float(row["Metric Value"].replace(",", ""))
        entry[row["Metric Name"]] = value
    return [by_id[i] for i in sorted(by_id)]


def kernels_per_call(kernels):
    """Launches per call: the launches split evenly into CALLS calls, or,
    for a case that prepares its input on the device first (launches
    before the calls), the shortest period of the last launches' names that
    CALLS calls repeat. 0 when neither holds."""
    if kernels and len(kernels) % CALLS == 0:
        return len(kernels) // CALLS
    names = [k["name"] for k in kernels]
    for period in range(1, len(names) // CALLS + 1):
        tail = names[len(names) - CALLS * period:]
        if all(tail[i] == tail[i % period] for i in range(len(tail))):
            return period
    return 0


def main():
    binary = sys.argv[1]
    backend = sys.argv[2] if len(sys.argv) > 2 else "cuda-ptx"
    cases = sys.argv[3:] or CASES
    print("case,backend,kernels_per_call,kernel_us,dram_bytes,dram_GB/s", flush=True)
    for case in cases:
        kernels = launches(binary, backend, case)
        per_call = kernels_per_call(kernels)
        if not per_call:
            print(f"# {case}: {len(kernels)} launches do not split into {CALLS} calls", flush=True)
            continue
        kernels = kernels[len(kernels) - CALLS * per_call:]
        # The profiled and wall-timed calls; the back-to-back ones may overlap.
        calls = [kernels[i * per_call:(i + 1) * per_call] for i in range(1, 1 + 2 * RUNS)]
        times = [sum(k["gpu__time_duration.sum"] for k in c) for c in calls]
        traffic = [sum(k["dram__bytes_read.sum"] + k["dram__bytes_write.sum"] for k in c) for c in calls]
        t = statistics.median(times)  # ns
        b = statistics.median(traffic)
        print(f"{case},{backend},{per_call},{t / 1e3:.2f},{b:.0f},{b / t:.1f}", flush=True)


if __name__ == "__main__":
    main()
