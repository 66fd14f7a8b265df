#!/usr/bin/env python3
"""Runs one command and prints one JSON line: its wall, user and system
seconds and its peak resident memory (the child's ru_maxrss), measured the
same way for every command of the recordings benchmark.

    python3 benches/recordings/measure.py --name cat --cache warm -- cat FILE
"""

import argparse
import json
import resource
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--name", required=True)
    parser.add_argument("--cache", choices=["warm", "cold"], required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{args.name} failed ({done.returncode}):\n{done.stdout}")
    print(json.dumps({
        "name": args.name, "cache": args.cache, "wall_s": round(wall, 3),
        "user_s": round(usage.ru_utime, 3), "sys_s": round(usage.ru_stime, 3),
        "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "said": done.stdout.strip().splitlines()[:1],
    }), flush=True)


if __name__ == "__main__":
    main()
