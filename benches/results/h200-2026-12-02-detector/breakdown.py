"""Per-kernel median durations (us) of one bench case, from ncu_kernels.py's launches."""
import statistics, sys
sys.path.insert(0, "benches")
import ncu_kernels as n
binary, backend = sys.argv[1], sys.argv[2]
for case in sys.argv[3:]:
    ks = n.launches(binary, backend, case)
    per = n.kernels_per_call(ks)
    ks = ks[len(ks) - n.CALLS * per:]
    calls = [ks[i * per:(i + 1) * per] for i in range(1, 1 + 2 * n.RUNS)]
    for j in range(per):
        t = statistics.median(c[j]["gpu__time_duration.sum"] for c in calls) / 1e3
        b = statistics.median(c[j]["dram__bytes_read.sum"] + c[j]["dram__bytes_write.sum"] for c in calls)
        print(f"{case},{j},{calls[0][j]['name'][:60]},{t:.2f},{b:.0f}", flush=True)
