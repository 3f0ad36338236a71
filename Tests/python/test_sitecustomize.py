"""Tests for Sources/SitegenCore/Execute/Python/sitecustomize.py.

Run: python3 Tests/python/test_sitecustomize.py [-v]
    (runs the suite once with this interpreter and once more with `pypy3`
    when it is on PATH; SITEGEN_TEST_PYTHON=X runs it with X only)

Each test runs a real child `python -u script.py` in a temp dir, with
PYTHONPATH pointing at a temp copy of sitecustomize.py (so no __pycache__
lands in Sources/), SITEGEN_TRACE set to an empty file, and
PYTHONUNBUFFERED / PYTHONDONTWRITEBYTECODE removed from the environment.
The interpreter is this one (sys.executable) unless SITEGEN_TEST_PYTHON
names another.
"""

import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SITECUSTOMIZE = os.path.normpath(
    os.path.join(HERE, "..", "..", "Sources", "SitegenCore", "Execute", "Python", "sitecustomize.py")
)
PYTHON = os.environ.get("SITEGEN_TEST_PYTHON") or sys.executable
MAX_RECORD = 4096


def _child_version():
    out = subprocess.run(
        [PYTHON, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
        stdout=subprocess.PIPE, check=True,
    ).stdout.split()
    return int(out[0]), int(out[1])


CHILD_VERSION = _child_version()
DEFAULT_MP_METHOD = "forkserver" if CHILD_VERSION >= (3, 14) else "fork"

THREADS_EXAMPLE = '''\
import threading
import time

def print_square(num):
    for i in range(num):
        time.sleep(0.2)
        print(f"Square: {i * i}")

def print_cube(num):
    for i in range(num):
        time.sleep(0.2)
        print(f"Cube: {i * i * i}")

t1 = threading.Thread(target=print_square, args=(5,))
t2 = threading.Thread(target=print_cube, args=(5,))

t1.start()
t2.start()

t1.join()
t2.join()

print("Done with multithreading")
'''

PROCESSES_EXAMPLE = '''\
import multiprocessing
import time

def print_square(num):
    for i in range(num):
        time.sleep(0.2)
        print(f"Square: {i * i}")

def print_cube(num):
    for i in range(num):
        time.sleep(0.2)
        print(f"Cube: {i * i * i}")

if __name__ == '__main__':
    p1 = multiprocessing.Process(target=print_square, args=(5,))
    p2 = multiprocessing.Process(target=print_cube, args=(5,))

    p1.start()
    p2.start()

    p1.join()
    p2.join()

    print("Done with multiprocessing")
'''

STRESS = '''\
import multiprocessing, os, sys, threading

N = 5000

def thread_main(p, t):
    me = "%d/%d" % (os.getpid(), threading.get_native_id())
    for i in range(N):
        print("L %d %d %d %s;" % (p, t, i, me))

def process_main(p):
    ts = [threading.Thread(target=thread_main, args=(p, t)) for t in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1])
    ps = [ctx.Process(target=process_main, args=(p,)) for p in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("root done")
'''
STRESS_LINE = re.compile(r"L (\d+) (\d+) (\d+) (\d+)/(\d+);")


class Run(object):
    def __init__(self, proc, trace_bytes):
        self.returncode = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.raw_trace = trace_bytes
        self.records = []
        for raw in trace_bytes.split(b"\n")[:-1]:
            assert len(raw) + 1 <= MAX_RECORD, "record longer than 4096 bytes"
            self.records.append(json.loads(raw.decode("utf-8")))

    def of(self, kind, **match):
        return [r for r in self.records if r["k"] == kind and all(r.get(k) == v for k, v in match.items())]

    def lines(self, **match):
        return self.of("line", **match)

    def root(self):
        (start,) = self.of("proc_start", method="root")
        return start


def run_example(source, args=(), trace=True, sitecustomize=True, extra_env=None, python=None, timeout=300,
                unbuffered=True):
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "site")
        os.mkdir(site)
        shutil.copy(SITECUSTOMIZE, os.path.join(site, "sitecustomize.py"))
        script = os.path.join(tmp, "example.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(source)
        trace_path = os.path.join(tmp, "trace.jsonl")
        open(trace_path, "wb").close()
        env = dict(os.environ)
        for var in ("PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PYTHONPATH",
                    "SITEGEN_TRACE", "SITEGEN_TRACE_ROOT", "PYTHONNOUSERSITE"):
            env.pop(var, None)
        if sitecustomize:
            env["PYTHONPATH"] = site
        if trace:
            env["SITEGEN_TRACE"] = trace_path
        env.update(extra_env or {})
        if env.get("PYTHONPATH", "").startswith("{site}"):
            env["PYTHONPATH"] = env["PYTHONPATH"].replace("{site}", site)
        proc = subprocess.run(
            [python or PYTHON] + (["-u"] if unbuffered else []) + [script] + list(args),
            cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
        )
        with open(trace_path, "rb") as f:
            trace_bytes = f.read()
    return Run(proc, trace_bytes)


def reassemble(records):
    """Join split records ("part"/"more") per (pid, tid, stream)."""
    pending = {}
    out = []
    for r in records:
        if r["k"] != "line":
            continue
        key = (r["pid"], r["tid"], r["stream"])
        if "part" in r:
            acc = pending.setdefault(key, [])
            assert r["part"] == len(acc), "parts out of order"
            acc.append(r)
            if not r.get("more"):
                del pending[key]
                merged = dict(acc[0])
                merged["text"] = "".join(p["text"] for p in acc)
                merged["parts"] = len(acc)
                out.append(merged)
        else:
            assert key not in pending, "unsplit record inside a split line"
            out.append(r)
    assert not pending, "split line never finished"
    return out


class SeedExamples(unittest.TestCase):
    def test_threads_example(self):
        run = run_example(THREADS_EXAMPLE)
        self.assertEqual(run.returncode, 0, run.stderr)
        root = run.root()
        squares = [r for r in run.lines() if r["text"].startswith("Square: ")]
        cubes = [r for r in run.lines() if r["text"].startswith("Cube: ")]
        self.assertEqual([r["text"] for r in squares], ["Square: %d" % (i * i) for i in range(5)])
        self.assertEqual([r["text"] for r in cubes], ["Cube: %d" % (i ** 3) for i in range(5)])
        (done,) = run.lines(text="Done with multithreading")
        sq_tids = {r["tid"] for r in squares}
        cu_tids = {r["tid"] for r in cubes}
        self.assertEqual(len(sq_tids), 1)
        self.assertEqual(len(cu_tids), 1)
        self.assertNotEqual(sq_tids, cu_tids)
        self.assertNotIn(done["tid"], sq_tids | cu_tids)
        self.assertEqual(done["tid"], root["pid"])  # main thread's native id
        self.assertEqual(done["thread"], "MainThread")
        self.assertTrue(all(r["pid"] == root["pid"] for r in run.lines()))
        (name,) = {r["thread"] for r in squares}
        self.assertTrue(name.startswith("Thread-"), name)
        for tid in sq_tids | cu_tids:
            self.assertEqual(len(run.of("thread_start", tid=tid)), 1)
            self.assertEqual(len(run.of("thread_end", tid=tid)), 1)
        for r in run.lines():
            self.assertLessEqual(r["t0"], r["t"])
            self.assertEqual(r["stream"], "stdout")
            self.assertEqual(r["process"], "MainProcess")
        self.assertEqual(run.records[-1]["k"], "proc_end")
        self.assertEqual(run.records[-1]["exitcode"], 0)
        # stdout still has every line's text (maybe interleaved mid-line)
        out = run.stdout.decode()
        for r in run.lines():
            self.assertIn(r["text"], out)

    def test_processes_example(self):
        run = run_example(PROCESSES_EXAMPLE)
        self.assertEqual(run.returncode, 0, run.stderr)
        root = run.root()
        squares = [r for r in run.lines() if r["text"].startswith("Square: ")]
        cubes = [r for r in run.lines() if r["text"].startswith("Cube: ")]
        self.assertEqual([r["text"] for r in squares], ["Square: %d" % (i * i) for i in range(5)])
        self.assertEqual([r["text"] for r in cubes], ["Cube: %d" % (i ** 3) for i in range(5)])
        (sq_pid,) = {r["pid"] for r in squares}
        (cu_pid,) = {r["pid"] for r in cubes}
        self.assertNotEqual(sq_pid, cu_pid)
        self.assertNotIn(root["pid"], (sq_pid, cu_pid))
        (done,) = run.lines(text="Done with multiprocessing")
        self.assertEqual(done["pid"], root["pid"])
        for pid, name in ((sq_pid, "Process-1"), (cu_pid, "Process-2")):
            (start,) = run.of("proc_start", pid=pid)
            (end,) = run.of("proc_end", pid=pid)
            self.assertEqual(start["method"], DEFAULT_MP_METHOD)
            self.assertEqual(start["process"], name)
            self.assertEqual(end["exitcode"], 0)
            if DEFAULT_MP_METHOD == "fork":
                self.assertEqual(start["ppid"], root["pid"])
            for r in run.lines(pid=pid):
                self.assertEqual(r["process"], name)
                self.assertEqual(r["tid"], pid)
                self.assertLess(start["t"], r["t"])
                self.assertLess(r["t"], end["t"])
        self.assertEqual(len(run.of("proc_end", pid=root["pid"])), 1)


class Stress(unittest.TestCase):
    def check(self, method):
        run = run_example(STRESS, args=[method])
        self.assertEqual(run.returncode, 0, run.stderr[-2000:])
        self.assertEqual(run.stderr, b"")
        root = run.root()
        seen = collections.Counter()
        owners = collections.defaultdict(set)
        for r in run.lines():
            if r["text"] == "root done":
                self.assertEqual((r["pid"], r["tid"]), (root["pid"], root["pid"]))
                continue
            m = STRESS_LINE.fullmatch(r["text"])
            self.assertIsNotNone(m, r["text"])
            p, t, i, pid, tid = map(int, m.groups())
            self.assertEqual((r["pid"], r["tid"]), (pid, tid), r)
            self.assertNotIn("partial", r)
            seen[(p, t, i)] += 1
            owners[(p, t)].add((pid, tid))
        self.assertEqual(len(seen), 20000)
        self.assertEqual(set(seen.values()), {1})
        self.assertEqual(len(owners), 4)
        self.assertTrue(all(len(v) == 1 for v in owners.values()))
        pids = {next(iter(owners[(p, 0)]))[0] for p in range(2)}
        self.assertEqual(pids, {next(iter(owners[(p, 1)]))[0] for p in range(2)})
        self.assertEqual(len(pids), 2)
        self.assertNotIn(root["pid"], pids)
        for pid in pids:
            (start,) = run.of("proc_start", pid=pid)
            self.assertEqual(start["method"], method)
            (end,) = run.of("proc_end", pid=pid)
            self.assertEqual(end["exitcode"], 0)
            self.assertEqual(len(run.of("thread_start", pid=pid)), 2)
            self.assertEqual(len(run.of("thread_end", pid=pid)), 2)
        # the terminal stream still carries every line's text
        found = collections.Counter(
            tuple(map(int, m.groups()[:3])) for m in STRESS_LINE.finditer(run.stdout.decode())
        )
        self.assertEqual(found, seen)

    def test_fork(self):
        self.check("fork")

    def test_spawn(self):
        self.check("spawn")

    def test_forkserver(self):
        self.check("forkserver")


class Lines(unittest.TestCase):
    def test_long_line_split_and_reassembled(self):
        source = textwrap.dedent('''\
            import sys, threading
            a = "x" * 10000 + "\\u00e9\\u4e2d\\U0001F600" * 1500 + '"\\\\\\x01\\t' * 700 + "end"
            b = "y" * 4096
            print(a)
            print(b)
            sys.stdout.write("z" * 3000)
            sys.stdout.write("w" * 3000 + "\\nshort\\n")
            def other():
                print("q" * 9000)
            t = threading.Thread(target=other); t.start(); t.join()
            print("tail" * 2000, end="")
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        a = "x" * 10000 + "\u00e9\u4e2d\U0001F600" * 1500 + '"\\\x01\t' * 700 + "end"
        merged = reassemble(run.records)
        texts = [r["text"] for r in merged]
        self.assertEqual(texts, [a, "y" * 4096, "z" * 3000 + "w" * 3000, "short", "q" * 9000, "tail" * 2000])
        self.assertGreater(merged[0]["parts"], 3)
        self.assertGreater(merged[1]["parts"], 1)
        self.assertTrue(merged[-1]["partial"])
        # "more": true on every part but the last of each line
        for r in run.lines():
            if "part" in r and "more" in r:
                self.assertIs(r["more"], True)
        lasts = [r for r in run.lines() if "part" in r and "more" not in r]
        self.assertEqual(len(lasts), sum(1 for m in merged if "parts" in m))
        self.assertEqual(run.stdout.decode(), a + "\n" + "y" * 4096 + "\n" + "z" * 3000 + "w" * 3000
                         + "\nshort\n" + "q" * 9000 + "\n" + "tail" * 2000)

    def test_partial_last_line(self):
        source = textwrap.dedent('''\
            import sys
            print("first")
            print("no newline", end="")
            print(" yet", end="")
            sys.stderr.write("err partial")
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout, b"first\nno newline yet")
        lines = run.lines()
        self.assertEqual([(r["text"], r["stream"], r.get("partial", False)) for r in lines], [
            ("first", "stdout", False),
            ("no newline yet", "stdout", True),
            ("err partial", "stderr", True),
        ])
        self.assertIs(lines[1]["partial"], True)
        self.assertLess(lines[1]["t0"], lines[1]["t"])
        self.assertEqual(run.records[-1]["k"], "proc_end")

    def test_partial_lines_in_thread_and_children(self):
        source = textwrap.dedent('''\
            import multiprocessing, os, threading
            def child():
                print("child partial", end="")
            if __name__ == "__main__":
                t = threading.Thread(target=lambda: print("thread partial", end="")); t.start(); t.join()
                p = multiprocessing.get_context("fork").Process(target=child); p.start(); p.join()
                pid = os.fork()
                if pid == 0:
                    print("forked partial", end="")
                    os._exit(3)
                os.waitpid(pid, 0)
                print()
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        root = run.root()
        partials = {r["text"]: r for r in run.lines() if r.get("partial")}
        self.assertEqual(set(partials), {"thread partial", "child partial", "forked partial"})
        self.assertNotEqual(partials["thread partial"]["tid"], root["pid"])
        self.assertNotEqual(partials["child partial"]["pid"], root["pid"])
        fork_pid = partials["forked partial"]["pid"]
        self.assertNotEqual(fork_pid, root["pid"])
        (end,) = run.of("proc_end", pid=fork_pid)
        self.assertEqual(end["exitcode"], 3)
        # the partial record comes before its thread_end / proc_end
        idx = run.records.index
        tid = partials["thread partial"]["tid"]
        self.assertLess(idx(partials["thread partial"]), idx(run.of("thread_end", tid=tid)[0]))
        self.assertLess(idx(partials["forked partial"]), idx(end))
        # root's empty line
        self.assertEqual(run.lines(pid=root["pid"], text="")[0]["tid"], root["pid"])

    def test_stderr_lines(self):
        source = textwrap.dedent('''\
            import logging, sys, warnings
            print("to stdout")
            print("to stderr", file=sys.stderr)
            sys.stderr.write("written\\n")
            sys.stderr.writelines(["a", "b\\n"])
            logging.basicConfig(format="%(levelname)s:%(message)s")
            logging.warning("logged")
            raise SystemExit(2)
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 2)
        got = [(r["stream"], r["text"]) for r in run.lines()]
        self.assertEqual(got, [
            ("stdout", "to stdout"),
            ("stderr", "to stderr"),
            ("stderr", "written"),
            ("stderr", "ab"),
            ("stderr", "WARNING:logged"),
        ])

    def test_traceback_on_stderr(self):
        run = run_example('print("before")\n1 / 0\n')
        self.assertEqual(run.returncode, 1)
        err = [r["text"] for r in run.lines(stream="stderr")]
        self.assertEqual(err[0], "Traceback (most recent call last):")
        self.assertEqual(err[-1], "ZeroDivisionError: division by zero")
        self.assertEqual("\n".join(err) + "\n", run.stderr.decode())
        self.assertEqual(run.records[-1], dict(run.records[-1], k="proc_end", exitcode=1))

    def test_direct_fork(self):
        source = textwrap.dedent('''\
            import os, sys
            print("parent before")
            pid = os.fork()
            if pid == 0:
                print("child line 1")
                print("child err", file=sys.stderr)
                sys.stdout.write("child line 2\\n")
                os._exit(0)
            os.waitpid(pid, 0)
            pid2 = os.fork()
            if pid2 == 0:
                print("second child returns normally")
                sys.exit(5)
            os.waitpid(pid2, 0)
            print("parent after")
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        root = run.root()
        c1 = {r["pid"] for r in run.lines() if r["text"].startswith("child")}
        self.assertEqual(len(c1), 1)
        (c1,) = c1
        self.assertNotEqual(c1, root["pid"])
        self.assertEqual([(r["stream"], r["text"]) for r in run.lines(pid=c1)],
                         [("stdout", "child line 1"), ("stderr", "child err"), ("stdout", "child line 2")])
        self.assertTrue(all(r["tid"] == c1 and r["ppid"] == root["pid"] for r in run.lines(pid=c1)))
        (start,) = run.of("proc_start", pid=c1)
        self.assertEqual((start["method"], start["ppid"]), ("fork", root["pid"]))
        self.assertEqual(run.of("proc_end", pid=c1)[0]["exitcode"], 0)
        (c2,) = run.lines(text="second child returns normally")
        self.assertNotIn(c2["pid"], (c1, root["pid"]))
        self.assertEqual(run.of("proc_end", pid=c2["pid"])[0]["exitcode"], 5)
        self.assertEqual([r["text"] for r in run.lines(pid=root["pid"])], ["parent before", "parent after"])
        self.assertEqual(len(run.of("proc_end", pid=root["pid"])), 1)


class Robustness(unittest.TestCase):
    FIDELITY = textwrap.dedent('''\
        import logging, sys, threading
        print("plain", 1, 2.5, None, sep="|")
        print("unicode \\u00e9 \\U0001F600")
        sys.stdout.write("a"); sys.stdout.write("b\\nc\\n\\nd")
        print(end="")
        print()
        print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.isatty(), sys.stdout.fileno())
        print(repr(sys.stdout))
        print(sys.stdout is sys.__stdout__)
        import io; print(isinstance(sys.stdout, io.TextIOBase))
        print("warn", file=sys.stderr)
        logging.getLogger().warning("log line")
        def t():
            for i in range(3):
                print("thread", i)
        th = threading.Thread(target=t); th.start(); th.join()
        print("unfinished", end="")
        ''')

    def test_output_unchanged(self):
        plain = run_example(self.FIDELITY, sitecustomize=False, trace=False)
        traced = run_example(self.FIDELITY)
        self.assertEqual(traced.stdout, plain.stdout)
        self.assertEqual(traced.stderr, plain.stderr)
        self.assertEqual(traced.returncode, plain.returncode)
        self.assertGreater(len(traced.lines()), 10)

    def test_output_unchanged_without_u(self):
        plain = run_example(self.FIDELITY, sitecustomize=False, trace=False, unbuffered=False)
        traced = run_example(self.FIDELITY, unbuffered=False)
        self.assertEqual(traced.stdout, plain.stdout)
        self.assertEqual(traced.stderr, plain.stderr)
        self.assertEqual([r["text"] for r in traced.lines(stream="stdout")][:2],
                         ["plain|1|2.5|None", "unicode \u00e9 \U0001F600"])

    def test_long_and_odd_names_stay_within_limit(self):
        source = textwrap.dedent('''\
            import threading
            def f():
                print("from odd thread " + "y" * 5000)
            t = threading.Thread(target=f, name="\\x01\\"" * 3000); t.start(); t.join()
            threading.current_thread().name = "renamed"
            print("after rename")
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        merged = reassemble(run.records)
        self.assertEqual(merged[0]["text"], "from odd thread " + "y" * 5000)
        self.assertEqual(merged[0]["thread"], ("\x01\"" * 3000)[:200])
        self.assertEqual(merged[1]["thread"], "renamed")

    def test_no_trace_env_is_inert(self):
        run = run_example("import sys\nprint(type(sys.stdout).__name__, type(sys.stderr).__name__)\n",
                          trace=False)
        self.assertEqual(run.stdout, b"TextIOWrapper TextIOWrapper\n")
        self.assertEqual(run.stderr, b"")

    def test_unwritable_trace_never_breaks_output(self):
        source = "import threading\nprint('still here')\nthreading.Thread(target=print, args=('t',)).start()\n"
        run = run_example(source, extra_env={"SITEGEN_TRACE": "/nonexistent/dir/trace.jsonl"})
        self.assertEqual(run.returncode, 0)
        self.assertEqual(run.stdout, b"still here\nt\n")
        self.assertEqual(run.stderr, b"")

    def test_write_errors_propagate_unchanged(self):
        source = textwrap.dedent('''\
            import sys
            try:
                sys.stdout.write(42)
            except TypeError as e:
                print("TypeError:", e)
            ''')
        plain = run_example(source, sitecustomize=False, trace=False)
        traced = run_example(source)
        self.assertEqual(traced.stdout, plain.stdout)
        self.assertEqual([r["text"] for r in traced.lines()], [plain.stdout.decode().rstrip("\n")])

    def test_chains_to_existing_sitecustomize(self):
        with tempfile.TemporaryDirectory() as other:
            with open(os.path.join(other, "sitecustomize.py"), "w") as f:
                f.write("import os, sys\nCHAINED = True\nprint('user sitecustomize', os.getpid(), file=sys.stderr)\n")
            source = textwrap.dedent('''\
                import multiprocessing, sys
                def child():
                    import sitecustomize
                    print("child chained", getattr(sitecustomize, "CHAINED", False))
                if __name__ == "__main__":
                    import sitecustomize
                    print("chained", getattr(sitecustomize, "CHAINED", False))
                    p = multiprocessing.get_context("spawn").Process(target=child)
                    p.start(); p.join()
                ''')
            run = run_example(source, extra_env={"PYTHONPATH": "{site}" + os.pathsep + other})
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout, b"chained True\nchild chained True\n")
        err = run.lines(stream="stderr")
        # the user's sitecustomize ran in every process: the root, the spawn
        # child and the resource tracker (method "unknown")
        self.assertTrue(all(r["text"].startswith("user sitecustomize") for r in err))
        by_pid = collections.Counter(r["pid"] for r in err)
        self.assertEqual(set(by_pid.values()), {1})
        child = run.lines(text="child chained True")[0]["pid"]
        self.assertIn(run.root()["pid"], by_pid)
        self.assertIn(child, by_pid)
        self.assertEqual(len(err), 3)

    def test_broken_chained_sitecustomize_reported_like_site(self):
        with tempfile.TemporaryDirectory() as other:
            with open(os.path.join(other, "sitecustomize.py"), "w") as f:
                f.write("raise ValueError('boom')\n")
            run = run_example("print('ok')\n", extra_env={"PYTHONPATH": "{site}" + os.pathsep + other})
            plain = run_example("print('ok')\n", sitecustomize=False, trace=False,
                                extra_env={"PYTHONPATH": other})
        self.assertEqual(run.stdout, b"ok\n")
        self.assertEqual(run.stderr, plain.stderr)
        self.assertIn(b"Error in sitecustomize", run.stderr)

    def test_subprocess_output(self):
        source = textwrap.dedent('''\
            import subprocess, sys
            r = subprocess.run([sys.executable, "-c", "print('captured')"], capture_output=True, text=True)
            print("got", r.stdout.strip())
            subprocess.run([sys.executable, "-c", "print('inherited')"])
            subprocess.run([sys.executable, "-c", "import sys; print('to stderr')"], stdout=sys.stderr)
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        root = run.root()
        texts = [(r["text"], r["stream"], r["pid"] == root["pid"]) for r in run.lines()]
        self.assertEqual(texts, [("got captured", "stdout", True), ("inherited", "stdout", False),
                                 ("to stderr", "stderr", False)])
        others = {r["pid"] for r in run.lines()} - {root["pid"]}
        for pid in others:
            (start,) = run.of("proc_start", pid=pid)
            self.assertEqual((start["method"], start["ppid"]), ("unknown", root["pid"]))
            self.assertEqual(len(run.of("proc_end", pid=pid)), 1)

    def test_spawn_child_failure_before_bootstrap_and_exit_codes(self):
        source = textwrap.dedent('''\
            import multiprocessing, sys
            print("module level")
            def bad():
                sys.exit(7)
            def boom():
                raise RuntimeError("x")
            if __name__ == "__main__":
                ctx = multiprocessing.get_context("spawn")
                for target in (bad, boom):
                    p = ctx.Process(target=target); p.start(); p.join()
                    print("exit", p.exitcode)
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        root = run.root()
        children = [r for r in run.of("proc_start") if r["pid"] != root["pid"]]
        self.assertEqual([r["method"] for r in children], ["spawn", "spawn"])
        self.assertEqual([r["process"] for r in children], ["SpawnProcess-1", "SpawnProcess-2"])
        codes = [run.of("proc_end", pid=r["pid"])[0]["exitcode"] for r in children]
        self.assertEqual(codes, [7, 1])
        # the spawn child re-imports the main module: its print is its own
        mod = run.lines(text="module level")
        self.assertEqual([r["pid"] for r in mod], [root["pid"]] + [r["pid"] for r in children])
        self.assertEqual([r["process"] for r in mod], ["MainProcess", "SpawnProcess-1", "SpawnProcess-2"])
        # a helper that printed nothing (the resource tracker) is not in the trace
        self.assertEqual(len(run.of("proc_start")), 3)
        self.assertEqual(len(run.of("proc_end")), 3)
        boom = [r for r in run.lines(stream="stderr") if r["pid"] == children[1]["pid"]]
        self.assertEqual(boom[-1]["text"], "RuntimeError: x")

    def test_every_line_has_a_proc_start_before_it(self):
        run = run_example(STRESS.replace("N = 5000", "N = 50"), args=["forkserver"])
        self.assertEqual(run.returncode, 0, run.stderr)
        started = set()
        for r in run.records:
            if r["k"] == "proc_start":
                self.assertNotIn(r["pid"], started)
                started.add(r["pid"])
            else:
                self.assertIn(r["pid"], started, r)


def user_site(extra_pth):
    """A PYTHONUSERBASE whose user site-packages holds a .pth file: site.py runs its `import`
    line before sitecustomize, so it can take a feature away from the interpreter."""
    base = tempfile.mkdtemp()
    env = dict(os.environ, PYTHONUSERBASE=base)
    env.pop("PYTHONNOUSERSITE", None)
    packages = subprocess.run(
        [PYTHON, "-c", "import site; print(site.getusersitepackages())"],
        env=env, stdout=subprocess.PIPE, check=True,
    ).stdout.decode().strip()
    os.makedirs(packages)
    with open(os.path.join(packages, "zz_sitegen_test.pth"), "w") as f:
        f.write(extra_pth + "\n")
    return base


class Interpreters(unittest.TestCase):
    """Works on any interpreter; where it cannot attribute, it says why in the trace only."""

    def test_json_strings_match_json_dumps(self):
        source = textwrap.dedent('''\
            import json, sys
            import sitecustomize as sc
            samples = ["", "plain", 'q"uote', "back\\\\slash", "".join(map(chr, range(40))),
                       "\\x7f\\u00e9\\u2028\\U0001F600", "tab\\there\\r\\n"]
            for s in samples:
                assert sc._jstr_py(s) == json.dumps(s, ensure_ascii=False), (s, sc._jstr_py(s))
                assert sc._jstr(s) == sc._jstr_py(s), s
            print("ok", sc._jstr is sc._jstr_py)
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        is_pypy = b"PyPy" in subprocess.run([PYTHON, "-VV"], stdout=subprocess.PIPE).stdout
        self.assertEqual(run.stdout, b"ok True\n" if is_pypy else b"ok False\n")

    def test_missing_feature_degrades_silently_and_says_why(self):
        source = "import threading\nprint('out')\nthreading.Thread(target=print, args=('t',)).start()\n"
        base = user_site("import os; del os.register_at_fork")
        try:
            plain = run_example(source, sitecustomize=False, trace=False, extra_env={"PYTHONUSERBASE": base})
            run = run_example(source, extra_env={"PYTHONUSERBASE": base})
        finally:
            shutil.rmtree(base)
        self.assertEqual((run.returncode, run.stdout, run.stderr), (0, b"out\nt\n", b""))
        self.assertEqual((run.stdout, run.stderr), (plain.stdout, plain.stderr))
        (note,) = run.records
        self.assertEqual(note["k"], "unattributed")
        self.assertIn("os.register_at_fork is missing", note["reason"])

    def test_failed_setup_restores_the_streams_and_says_why(self):
        source = "import sys\nprint(type(sys.stdout).__name__)\nprint('err', file=sys.stderr)\n"
        base = user_site("import atexit; atexit.register = None")
        try:
            run = run_example(source, extra_env={"PYTHONUSERBASE": base})
        finally:
            shutil.rmtree(base)
        self.assertEqual((run.returncode, run.stderr), (0, b"err\n"))
        self.assertEqual(run.stdout, b"TextIOWrapper\n")
        self.assertEqual([r["k"] for r in run.records], ["unattributed"])
        self.assertIn("failed to start: TypeError", run.records[0]["reason"])


class Contention(unittest.TestCase):
    """The hook's own state under threads that switch as often as the interpreter allows: what
    a free-threaded build does all the time (class FreeThreaded runs on a real one)."""

    def test_many_threads_first_write_at_once(self):
        source = textwrap.dedent('''\
            import os, sys, threading
            sys.setswitchinterval(1e-6)
            go = threading.Barrier(16)
            def work(k):
                go.wait()
                for i in range(50):
                    print("t%d line %d" % (k, i))
                    sys.stderr.write("e%d %d\\n" % (k, i))
            threads = [threading.Thread(target=work, args=(k,)) for k in range(16)]
            for t in threads: t.start()
            for t in threads: t.join()
            os._exit(0)
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        out = [r["text"] for r in run.lines(stream="stdout")]
        err = [r["text"] for r in run.lines(stream="stderr")]
        self.assertEqual(sorted(out), sorted("t%d line %d" % (k, i) for k in range(16) for i in range(50)))
        self.assertEqual(sorted(err), sorted("e%d %d" % (k, i) for k in range(16) for i in range(50)))
        by_thread = collections.defaultdict(set)
        for r in run.lines():
            by_thread[r["text"].split()[0].lstrip("te")].add(r["tid"])
        self.assertTrue(all(len(tids) == 1 for tids in by_thread.values()), by_thread)
        self.assertEqual(len(run.of("proc_start")), 1)
        self.assertEqual(len(run.of("proc_end")), 1)


def _child_is_free_threaded():
    out = subprocess.run(
        [PYTHON, "-c", "import sysconfig; print(sysconfig.get_config_var('Py_GIL_DISABLED') == 1)"],
        stdout=subprocess.PIPE, check=True,
    ).stdout.strip()
    return out == b"True"


@unittest.skipUnless(_child_is_free_threaded(), "needs a free-threaded CPython (SITEGEN_TEST_PYTHON=python3.13t)")
class FreeThreaded(unittest.TestCase):
    """On a real free-threaded build (3.13t/3.14t): threads run Python code at the same time,
    so the hook's shared state has no GIL to lean on."""

    def test_the_hook_keeps_the_gil_off(self):
        # A module not marked free-threading-safe would turn the GIL back on (with a warning).
        source = textwrap.dedent('''\
            import sys, threading
            def work():
                print("gil", sys._is_gil_enabled())
            t = threading.Thread(target=work, name="Checker")
            t.start(); t.join()
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotIn(b"GIL", run.stderr)
        (line,) = run.lines()
        self.assertEqual(line["text"], "gil False")
        self.assertEqual(line["thread"], "Checker")

    def test_parallel_threads_lines_whole_and_attributed(self):
        # Four threads computing and printing at once, each line written in pieces: every line
        # arrives whole, once, from the thread that wrote it, while the threads overlapped.
        source = textwrap.dedent('''\
            import sys, threading, time
            go = threading.Barrier(4)
            spans = {}
            def work(k):
                go.wait()
                start = time.perf_counter()
                for i in range(300):
                    total = sum(j * j for j in range(2000))
                    sys.stdout.write("w%d " % k)
                    sys.stdout.write("line %d " % i)
                    sys.stdout.write("sum %d\\n" % total)
                spans[k] = (start, time.perf_counter())
            threads = [threading.Thread(target=work, args=(k,), name="W%d" % k) for k in range(4)]
            for t in threads: t.start()
            for t in threads: t.join()
            overlap = min(e for s, e in spans.values()) - max(s for s, e in spans.values())
            print("overlap", overlap > 0, "gil", sys._is_gil_enabled())
            ''')
        run = run_example(source)
        self.assertEqual(run.returncode, 0, run.stderr)
        total = sum(j * j for j in range(2000))
        lines = [r for r in run.lines() if r["text"].startswith("w")]
        self.assertEqual(
            sorted(r["text"] for r in lines),
            sorted("w%d line %d sum %d" % (k, i, total) for k in range(4) for i in range(300)))
        for r in lines:
            self.assertEqual(r["thread"], "W" + r["text"].split()[0][1:])
        by_thread = collections.defaultdict(set)
        for r in lines:
            by_thread[r["thread"]].add(r["tid"])
        self.assertEqual(len(by_thread), 4)
        self.assertTrue(all(len(tids) == 1 for tids in by_thread.values()), by_thread)
        (summary,) = run.lines(thread="MainThread")
        self.assertEqual(summary["text"], "overlap True gil False")
        self.assertEqual(len(run.of("thread_start")), 4)
        self.assertEqual(len(run.of("thread_end")), 4)


def _other_interpreters():
    """pypy3 when installed, unless this run is already for one chosen interpreter."""
    if os.environ.get("SITEGEN_TEST_PYTHON"):
        return []
    found = shutil.which("pypy3")
    return [found] if found and os.path.realpath(found) != os.path.realpath(sys.executable) else []


if __name__ == "__main__":
    others = _other_interpreters()
    program = unittest.main(exit=False)
    ok = program.result.wasSuccessful()
    for other in others:
        print("\n=== again with %s ===" % other, file=sys.stderr)
        env = dict(os.environ, SITEGEN_TEST_PYTHON=other)
        ok = subprocess.run([sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env=env).returncode == 0 and ok
    sys.exit(0 if ok else 1)
