import sys, re, collections
# perf script lines: comm tid [cpu] time: sched:sched_switch: prev_comm=.. prev_pid=.. prev_prio=.. prev_state=S ==> next_comm=.. next_pid=..
out=collections.defaultdict(lambda: collections.Counter())
names={}
last={}
t0=None; tend=0
for line in open(sys.argv[1]):
    m=re.search(r'\s(\d+\.\d+):\s+sched:sched_switch:.*prev_comm=(.*?) prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)', line)
    if not m: continue
    t=float(m.group(1)); t0=t0 or t; tend=t
    pc,pp,st,nc,np_=m.group(2),int(m.group(3)),m.group(4),m.group(5),int(m.group(6))
    names[pp]=pc; names[np_]=nc
    last[pp]=(t,st)
    if np_ in last:
        ts,s=last.pop(np_)
        out[np_][s[0]]+=t-ts
for tid,c in sorted(out.items()):
    if names.get(tid,'').startswith('swapper'): continue
    print(f"{tid:>7} {names.get(tid,'?'):<18}", " ".join(f"{k}:{v*1000:.0f}ms" for k,v in sorted(c.items())))
print(f"span {tend-t0:.2f}s")
