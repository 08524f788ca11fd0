#!/usr/bin/env python3
"""How long a command holds a store's write lock: tries BEGIN IMMEDIATE (no wait) every 10 ms
while the command runs, and adds up the time it is refused.

Usage: scripts/lock-probe.py STORE -- COMMAND [ARGUMENT...]
"""
import sqlite3
import subprocess
import sys
import time

store, command = sys.argv[1], sys.argv[3:]
probe = sqlite3.connect(store, timeout=0, isolation_level=None)
started = time.monotonic()
process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
longest = total = 0.0
locked_since = None
while process.poll() is None:
    now = time.monotonic()
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        if locked_since is not None:
            longest = max(longest, now - locked_since)
            total += now - locked_since
            locked_since = None
    except sqlite3.OperationalError:
        if locked_since is None:
            locked_since = now
    time.sleep(0.01)
end = time.monotonic()
if locked_since is not None:
    longest = max(longest, end - locked_since)
    total += end - locked_since
out, err = process.communicate()
print(f"wall {end - started:.1f} s, write lock held {total:.1f} s (longest {longest:.1f} s), "
      f"exit {process.returncode}: {(out or err).decode().strip()[:100]}")
