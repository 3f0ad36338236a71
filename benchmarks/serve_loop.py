#!/usr/bin/env python3
"""Edit-to-reload time of a running `sitegen serve`, seen as a browser's reload script sees it.

For each edit: read the status (its version and generation), start a client long-polling
/__sitegen/wait as the injected script does, append a prose line to PAGE, and stop the clock when
the client sees a newer generation with no build running and no error: the moment an open page
would call location.reload(). Prints one line per edit, then median (min-max) in ms.
Usage: serve_loop.py PORT PAGE [EDITS]
"""
import json
import statistics
import sys
import threading
import time
import urllib.request


def status(port, since):
    url = f"http://127.0.0.1:{port}/__sitegen/wait?since={since}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)


def wait_until_ready(port, timeout=600):
    deadline = time.monotonic() + timeout
    version = -1
    while time.monotonic() < deadline:
        try:
            s = status(port, version)
        except OSError:
            time.sleep(0.1)
            continue
        if s["generation"] >= 1 and not s.get("building") and not s.get("error"):
            return s
        version = s["version"]
    sys.exit("serve-loop: the server never finished its first build")


def main():
    port, page = int(sys.argv[1]), sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    times = []
    for number in range(1, edits + 1):
        start = wait_until_ready(port)
        seen = {}

        def client():
            version = start["version"]
            while True:
                s = status(port, version)
                version = s["version"]
                if s["generation"] > start["generation"] and not s.get("building") and not s.get("error"):
                    seen["at"] = time.monotonic()
                    return

        watcher = threading.Thread(target=client)
        watcher.start()
        time.sleep(0.05)  # the client is waiting, as an open page is
        with open(page, "a") as f:
            written = time.monotonic()
            f.write(f"\nEdit {number} of the serve-loop benchmark: one more sentence of prose.\n")
        watcher.join(timeout=60)
        if "at" not in seen:
            sys.exit(f"serve-loop: edit {number} was never reloaded")
        ms = (seen["at"] - written) * 1000
        times.append(ms)
        print(f"  edit {number:2d}: {ms:6.0f} ms")
        time.sleep(0.3)
    print(
        f"edit-to-reload over {len(times)} prose edits: median {statistics.median(times):.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f})"
    )


if __name__ == "__main__":
    main()
