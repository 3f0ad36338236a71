#!/usr/bin/env python3
"""Times a command N times after 5 warm-ups (stdout and stderr discarded, each run must exit 0):
median (min–max) wall from time.perf_counter_ns, and the median CPU (user + system) of one run
from getrusage(RUSAGE_CHILDREN) before and after each run.
Usage: noop_time.py ROUNDS COMMAND [ARG...]"""
import resource
import statistics
import subprocess
import sys
import time


def once(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = (time.perf_counter_ns() - start) / 1e6
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main():
    rounds, command = int(sys.argv[1]), sys.argv[2:]
    for _ in range(5):
        once(command)
    samples = [once(command) for _ in range(rounds)]
    walls = [wall for wall, _ in samples]
    cpus = [cpu for _, cpu in samples]
    print(f"warm no-op rebuild over {rounds} runs: median {statistics.median(walls):.1f} ms "
          f"(min {min(walls):.1f}, max {max(walls):.1f}) wall; "
          f"CPU {statistics.median(cpus):.1f} ms (user + system, median)")


if __name__ == "__main__":
    main()
