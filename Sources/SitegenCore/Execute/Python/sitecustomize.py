# sitegen output-attribution hook.
#
# sitegen puts the folder holding this file first on PYTHONPATH, so every
# Python process of an example imports it at startup: the root, and every
# multiprocessing child under fork, spawn and forkserver.
#
# Contract (SITEGEN_TRACE=/abs/path/trace.jsonl, a regular file):
#   Every process opens the file lazily with O_WRONLY|O_APPEND|O_CLOEXEC
#   (again after a fork) and appends JSON records. Each record is one
#   line ending in "\n", written with a single os.write of at most 4096
#   bytes, so records from different processes never interleave.
#
#   {"k":"line","t":T,"t0":T0,"pid":P,"ppid":PP,"tid":TID,"thread":NAME,
#    "process":PNAME,"stream":"stdout"|"stderr","text":TEXT}
#       One output line (TEXT without its "\n"), attributed to the thread
#       that wrote it. T is time.monotonic_ns() when the newline was
#       written, T0 when that thread wrote the line's first character.
#       Optional keys:
#         "partial":true  the line had no newline when its thread or
#                         process ended (flushed at thread/process end).
#         "part":K, "more":true
#                         a line whose record would exceed 4096 bytes is
#                         split into records K = 0, 1, ...; all but the
#                         last carry "more":true. Join the texts of the
#                         records with the same (pid, tid, stream) in
#                         order; other records may come in between.
#   {"k":"proc_start","t":..,"pid":..,"ppid":..,"process":..,"method":M}
#       M is "root" (the process sitegen started; emitted at import),
#       "fork" (multiprocessing fork child, or a direct os.fork() child),
#       "spawn", "forkserver", or "unknown" (any other Python process that
#       inherited the environment: a subprocess running Python, the
#       multiprocessing forkserver or resource tracker). multiprocessing
#       children emit it when BaseProcess._bootstrap starts, or earlier
#       just before their first other record (a spawn child re-importing
#       the main module may print before _bootstrap). "unknown" processes
#       emit it only just before their first other record, so helpers
#       that print nothing stay out of the trace.
#   {"k":"proc_end","t":..,"pid":..,"exitcode":N}
#       multiprocessing children: when _bootstrap returns (exact code).
#       Direct os.fork() children leaving through os._exit(N): exact.
#       Otherwise from atexit: best effort (1 after an uncaught exception,
#       else the code of the last sys.exit() in the main thread, else 0;
#       `raise SystemExit(n)` is not seen). The Swift side has wait4() for
#       the root's real status. Lines may still follow proc_end (output
#       written by later atexit handlers or during interpreter shutdown).
#   {"k":"thread_start"|"thread_end","t":..,"pid":..,"tid":..,"thread":..}
#       threading.Thread threads (Thread._bootstrap_inner is wrapped). The
#       main thread's start is the proc_start.
#   Optional on thread_start, thread_end, proc_start and proc_end:
#       "run":R,"wait":W  the thread's (for proc_*, the main thread's)
#       /proc/self/task/TID/schedstat fields 1 and 2 at that instant: ns it
#       ran on a CPU and ns it was runnable but waited for one. Read by the
#       worker itself at its end, so the last figures are exact (a sampler
#       misses up to one interval; fork children leave through os._exit).
#       Absent where /proc cannot be read and on a lazy proc_start.
#
# Other processes: sitecustomize marks the root in the environment
# (SITEGEN_TRACE_ROOT = "pid:dev:ino:dev:ino:trace-path", identifying the
# root's stdout and stderr). A non-root process traces a stream only when
# its file descriptor is the root's stdout or stderr (so the output of
# `subprocess.run(..., capture_output=True)` is not recorded: it never
# reaches the example's output); the record's "stream" names the root
# stream it lands in.
#
# How: sys.stdout/sys.stderr (and sys.__stdout__/sys.__stderr__) become a
# wrapper that first writes through to the real stream, unchanged and at
# once (the bytes and their order are exactly what Python would print),
# then splits what was written into lines per thread. The side channel
# never raises into user code (errors are swallowed). The wrapper holds a
# per-stream lock around the real write: CPython <= 3.12 TextIOWrapper is
# not thread-safe (gh-118138) and, under -u, threads printing at once can
# put uninitialized memory on stdout; the extra Python frame made that
# frequent in a 20,000-line stress test; the lock prevents it.
# A fork resets pid, buffers and locks (os.register_at_fork); the records
# of a daemon thread still printing during exit may be duplicated or lost.
#
# Not seen: writes that bypass sys.stdout/sys.stderr (sys.stdout.buffer,
# os.write(1, ...), C extensions, child programs that are not Python).
# An exception raised by the real stream's write (TypeError, BrokenPipe)
# shows one extra "sitecustomize.py ... in write" frame in its traceback.
#
# An earlier sitecustomize: after this setup, the first sitecustomize.py
# (or sitecustomize/__init__.py) found on a sys.path entry after this
# file's folder is executed as module "sitecustomize" (it replaces this
# one in sys.modules); an error in it is reported the way site.py does.
# Sourceless (.pyc only) or zipped sitecustomize modules are not chained.
#
# Interpreters: CPython 3.7+ (with or without the GIL) and PyPy 3. Only
# names that exist on all of them are required; the C JSON string encoder
# is used when the interpreter has one (CPython's _json), else a pure
# Python one. Where a required feature is missing (or setup fails), the
# hook leaves sys.stdout/sys.stderr alone and appends one record
#   {"k":"unattributed","t":..,"pid":..,"reason":TEXT}
# to the trace file instead, so sitegen can say why no line is attributed.
# It never writes into the example's own stdout or stderr (except to report
# an error in a chained sitecustomize, as site.py would have).
#
# Threads without a GIL (free-threaded CPython 3.13t/3.14t): the hook's own
# shared state never relies on the GIL for atomicity. Opening the trace
# file, creating a thread's line state, emitting proc_start and proc_end
# once, and removing the import hook are done under _lock / _patch_lock.
# What stays lock-free is each thread's own line state (only its thread
# writes it) and single dict get/set, which free-threaded CPython makes
# atomic per object.
#
# Startup cost is kept low: no json/threading/multiprocessing imports;
# threading and multiprocessing.process are patched when (if) they are
# imported, by a meta-path finder that removes itself once both are done.

import os
import sys
import _thread

try:
    from time import monotonic_ns as _now
except ImportError:  # pragma: no cover
    from time import monotonic as _mono

    def _now():
        return int(_mono() * 1e9)

# JSON string escapes, as json.dumps(s, ensure_ascii=False) writes them.
_JSON_ESCAPES = dict((i, "\\u%04x" % i) for i in range(32))
_JSON_ESCAPES.update(
    {34: '\\"', 92: "\\\\", 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}
)


def _jstr_py(s):
    """The quoted JSON string of s (non-ASCII kept as is)."""
    return '"' + s.translate(_JSON_ESCAPES) + '"'


# CPython's C encoder when there is one (PyPy has no _json); same output.
try:
    from _json import encode_basestring as _jstr
except Exception:
    _jstr = _jstr_py

_MAX = 4096
_NAME_MAX = 200
_write_fd = os.write
_get_ident = _thread.get_ident
_native_id = getattr(_thread, "get_native_id", _thread.get_ident)
_modules = sys.modules

_trace = None  # trace file path; None: tracing off in this process
_fd = -1
_fd_pid = 0  # pid that opened _fd
_pid = 0
_ppid = 0
_pidpart = ""  # ',"pid":P,"ppid":PP'
_method = "unknown"
_started = False
_t_born = 0  # monotonic ns at import / fork: time of a lazily emitted proc_start
_ended = False
_exit_code = None
_main_ident = 0
_lock = _thread.RLock()  # the process's shared state (replaced after a fork)
_patch_lock = _thread.RLock()  # _PATCHES and the meta-path finder
_tees = []
_real_os_exit = os._exit
_real_sys_exit = sys.exit


# ---------------------------------------------------------------- emitting


def _set_pid():
    global _pid, _ppid, _pidpart
    _pid = os.getpid()
    _ppid = os.getppid()
    _pidpart = ',"pid":%d,"ppid":%d' % (_pid, _ppid)


def _write(data):
    """Append one record (bytes, <= _MAX) to the trace file."""
    fd = _fd if _fd_pid == _pid else _open_trace()
    if fd >= 0:
        _write_fd(fd, data)


def _open_trace():
    """This process's fd on the trace file, opened once (again after a fork)."""
    global _fd, _fd_pid
    with _lock:
        if _fd_pid != _pid:
            if _fd >= 0:
                try:
                    os.close(_fd)
                except OSError:
                    pass
            try:
                fd = os.open(_trace, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC)
            except OSError:
                fd = -1
            _fd = fd
            _fd_pid = _pid  # last: a thread that sees it also sees _fd
        return _fd


def _ensure_started():
    """Emit the proc_start of a process that had none yet (lazy start)."""
    if not _started:
        with _lock:
            if not _started:
                _proc_start(_method, _pname(), _t_born)


def _sched(tid):
    """',"run":R,"wait":W': the thread's schedstat (ns on a CPU, ns runnable but waiting for
    one), read by the thread or process itself so its last figures are not lost; "" where
    /proc cannot be read."""
    try:
        fd = os.open("/proc/self/task/%d/schedstat" % tid, os.O_RDONLY | os.O_CLOEXEC)
        try:
            words = os.read(fd, 128).split()
        finally:
            os.close(fd)
        return ',"run":%d,"wait":%d' % (int(words[0]), int(words[1]))
    except Exception:
        return ""


def _proc_start(method, pname, t=None):
    global _started
    _started = True
    # A lazy start is dated back to the fork: its schedstat would not be of that instant.
    sched = _sched(_pid) if t is None else ""
    _write(
        (
            '{"k":"proc_start","t":%d%s,"process":%s,"method":"%s"%s}\n'
            % (_now() if t is None else t, _pidpart, _jstr(pname[:_NAME_MAX]), method, sched)
        ).encode("utf-8", "replace")
    )


def _pname():
    m = _modules.get("multiprocessing.process")
    if m is not None:
        try:
            return m._current_process.name
        except Exception:
            pass
    return "MainProcess"


# Per (thread, stream) state, a list:
#   [0] parts of the unfinished line   [1] t0 of that line
#   [2] native thread id               [3] Thread object or None
#   [4] thread ident                   [5] stream label
#   [6], [7] thread and process name the cached [8] was made for
#   [8] cached record middle: ',"pid":..,"ppid":..,"tid":..,..,"stream":".."'
def _new_state(ident, stream):
    th = None
    m = _modules.get("threading")
    if m is not None:
        th = m._active.get(ident)
    return [[], 0, _native_id(), th, ident, stream, None, None, ""]


def _thread_name(st):
    th = st[3]
    if th is None:
        m = _modules.get("threading")
        if m is not None:
            th = m._active.get(st[4])
            if th is not None:
                st[3] = th
        if th is None:
            return "MainThread" if st[4] == _main_ident else "Dummy-%d" % st[2]
    return th.name


def _emit_line(st, text, t0, t, extra=""):
    if not _started:
        _ensure_started()
    th = st[3]
    name = th.name if th is not None else _thread_name(st)
    m = _modules.get("multiprocessing.process")
    pname = m._current_process.name if m is not None else "MainProcess"
    if name is not st[6] or pname is not st[7]:
        st[6] = name
        st[7] = pname
        st[8] = '%s,"tid":%d,"thread":%s,"process":%s,"stream":"%s"' % (
            _pidpart, st[2], _jstr(name[:_NAME_MAX]), _jstr(pname[:_NAME_MAX]), st[5])
    head = '{"k":"line","t":%d,"t0":%d%s%s' % (t, t0, st[8], extra)
    data = ('%s,"text":%s}\n' % (head, _jstr(text))).encode("utf-8", "replace")
    if len(data) <= _MAX:
        _write(data)
    else:
        _emit_parts(head.encode("utf-8", "replace"), text)


def _emit_parts(head, text):
    # Room for the quoted JSON string of each part.
    budget = _MAX - len(head) - len(b',"part":999999,"more":true,"text":}\n')
    n = len(text)
    pos = 0
    k = 0
    while pos < n:
        size = min(budget - 2, n - pos)
        while True:
            enc = _jstr(text[pos : pos + size]).encode("utf-8", "replace")
            if len(enc) <= budget or size <= 1:
                break
            size = max(1, min(size - 1, size * budget // len(enc)))
        pos += size
        more = b',"more":true' if pos < n else b""
        _write(b"%s,\"part\":%d%s,\"text\":%s}\n" % (head, k, more, enc))
        k += 1


def _thread_rec(kind, tid, name):
    if not _started:
        _ensure_started()
    _write(
        (
            '{"k":"%s","t":%d,"pid":%d,"tid":%d,"thread":%s%s}\n'
            % (kind, _now(), _pid, tid, _jstr(name[:_NAME_MAX]), _sched(tid))
        ).encode("utf-8", "replace")
    )


# ----------------------------------------------------------- stream wrapper


class _Tee(object):
    """Stands in for sys.stdout / sys.stderr: writes through, records lines."""

    def __init__(self, real, stream):
        self._real = real
        self._stream = stream  # "stdout" | "stderr"
        self._bufs = {}  # thread ident -> state (see _new_state)
        # Serializes the threads' writes to the real stream: CPython <= 3.12
        # io.TextIOWrapper is not thread-safe (gh-118138, gh-119506): with
        # -u, concurrent writes can drop text or emit uninitialized memory.
        # Reentrant, for a signal handler that prints during a write.
        self._wlock = _thread.RLock()

    def write(self, s):
        with self._wlock:
            n = self._real.write(s)
        if _trace is not None:
            try:
                if "\n" in s:
                    self._lines(s)
                elif s:  # the common partial write, inlined
                    st = self._bufs.get(_get_ident())
                    if st is None:
                        st = self._state()
                    parts = st[0]
                    if not parts:
                        st[1] = _now()
                    parts.append(s)
            except Exception:
                pass
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        return self._real.flush()

    def fileno(self):
        return self._real.fileno()

    def isatty(self):
        return self._real.isatty()

    def __getattr__(self, name):
        if name == "_real":
            raise AttributeError(name)
        return getattr(self._real, name)

    def __repr__(self):
        return repr(self._real)

    def __enter__(self):
        self._real.__enter__()
        return self

    def __exit__(self, *exc):
        return self._real.__exit__(*exc)

    def __iter__(self):
        return iter(self._real)

    def _state(self):
        ident = _get_ident()
        with _lock:
            st = self._bufs.get(ident)
            if st is None:
                st = _new_state(ident, self._stream)
                self._bufs[ident] = st
        return st

    def _lines(self, s):
        st = self._bufs.get(_get_ident())
        if st is None:
            st = self._state()
        now = _now()
        parts = st[0]
        if s == "\n":  # print()'s end
            if parts:
                st[0] = []
                _emit_line(st, "".join(parts), st[1], now)
            else:
                _emit_line(st, "", now, now)
            return
        pieces = s.split("\n")
        if parts:
            st[0] = []
            parts.append(pieces[0])
            first = "".join(parts)
            t0 = st[1]
        else:
            first = pieces[0]
            t0 = now
        last = pieces[-1]
        if last:
            st[0] = [last]
            st[1] = now
        _emit_line(st, first, t0, now)
        for i in range(1, len(pieces) - 1):
            _emit_line(st, pieces[i], now, now)

    def _take(self, ident=None):
        """Remove and return [(state, text)] of pending partial lines."""
        out = []
        with _lock:
            if ident is None:
                items = list(self._bufs.values())
            else:
                st = self._bufs.pop(ident, None)
                items = [st] if st is not None else []
            for st in items:
                parts = st[0]
                if parts:
                    st[0] = []
                    out.append((st, "".join(parts)))
        return out


try:
    import io as _io

    _io.TextIOBase.register(_Tee)
except Exception:  # pragma: no cover
    pass


def _flush_partials(ident=None):
    now = _now()
    for tee in _tees:
        for st, text in tee._take(ident):
            _emit_line(st, text, st[1], now, ',"partial":true')


# ------------------------------------------------------ process life cycle


def _finish(code):
    """Process end: flush partial lines, then proc_end (once)."""
    global _ended
    if _trace is None or _ended:
        return
    if os.getpid() != _pid:
        _child_reset("fork")
    with _lock:  # once, though two threads may end the process at once
        if _ended:
            return
        _flush_partials()
        if _ended or not _started:
            return  # a lazy process that wrote nothing stays out of the trace
        _ended = True
        if not isinstance(code, int):
            code = 0 if code is None else 1
        _write(
            (
                '{"k":"proc_end","t":%d,"pid":%d,"exitcode":%d%s}\n'
                % (_now(), _pid, code, _sched(_pid))
            ).encode()
        )


def _atexit():
    try:
        code = _exit_code
        if getattr(sys, "last_value", None) is not None and not isinstance(sys.last_value, SystemExit):
            code = 1
        _finish(code)
    except Exception:
        pass


def _sys_exit(*args):
    global _exit_code
    try:
        if _get_ident() == _main_ident:
            code = args[0] if args else None
            _exit_code = 0 if code is None else code if isinstance(code, int) else 1
    except Exception:
        pass
    return _real_sys_exit(*args)


def _os_exit(status):
    try:
        _finish(status)
    except BaseException:
        pass
    finally:
        _real_os_exit(status)


def _child_reset(method):
    """In a new child process (fork): fresh pid, fd, lock and buffers."""
    global _lock, _patch_lock, _started, _ended, _exit_code, _main_ident, _method, _t_born
    _t_born = _now()
    # Another thread of the parent may have held them at the fork.
    _lock = _thread.RLock()
    _patch_lock = _thread.RLock()
    _set_pid()
    for tee in _tees:
        tee._bufs = {}
        tee._wlock = _thread.RLock()  # another thread may have held it
    _started = False
    _ended = False
    _exit_code = None
    _main_ident = _get_ident()
    _method = method


def _after_fork_child():
    if _trace is None:
        return
    try:
        try:
            fn = sys._getframe(1).f_code.co_filename.replace("\\", "/")
        except Exception:
            fn = ""
        if "multiprocessing/" in fn and fn.endswith("/forkserver.py"):
            _child_reset("forkserver")  # proc_start at _bootstrap
        elif "multiprocessing/" in fn and fn.endswith("/popen_fork.py"):
            _child_reset("fork")  # proc_start at _bootstrap
        elif fn.endswith("/subprocess.py"):
            _child_reset("unknown")  # about to exec (preexec_fn)
        else:
            _child_reset("fork")  # direct os.fork()
            _proc_start("fork", _pname())
    except Exception:
        pass


# ------------------------------------------------------ lazy patching


def _patch_threading(mod):
    Thread = mod.Thread
    orig = Thread._bootstrap_inner
    if getattr(orig, "_sitegen", False):
        return

    def _bootstrap_inner(self):
        if _trace is not None:
            try:
                _thread_rec("thread_start", _native_id(), self.name)
            except Exception:
                pass
        try:
            orig(self)
        finally:
            if _trace is not None:
                try:
                    _flush_partials(_get_ident())
                    _thread_rec("thread_end", _native_id(), self.name)
                except Exception:
                    pass

    _bootstrap_inner._sitegen = True
    Thread._bootstrap_inner = _bootstrap_inner


def _patch_mp_process(mod):
    BaseProcess = mod.BaseProcess
    orig = BaseProcess._bootstrap
    if getattr(orig, "_sitegen", False):
        return

    def _bootstrap(self, *args, **kwargs):
        ours = False
        if _trace is not None:
            try:
                if os.getpid() != _pid:
                    _child_reset("fork")
                if _method != "root":
                    ours = True
                    if not _started:
                        with _lock:
                            if not _started:
                                _proc_start(_method, self.name)
            except Exception:
                pass
        code = 1
        try:
            code = orig(self, *args, **kwargs)
        finally:
            if ours:
                try:
                    _finish(code)
                except Exception:
                    pass
        return code

    _bootstrap._sitegen = True
    BaseProcess._bootstrap = _bootstrap


_PATCHES = {"threading": _patch_threading, "multiprocessing.process": _patch_mp_process}


class _PatchLoader(object):
    def __init__(self, loader, name):
        self._loader = loader
        self._name = name

    def create_module(self, spec):
        create = getattr(self._loader, "create_module", None)
        return create(spec) if create is not None else None

    def exec_module(self, module):
        try:
            self._loader.exec_module(module)
        finally:
            try:
                if getattr(module, "__loader__", None) is self:
                    module.__loader__ = self._loader
                spec = getattr(module, "__spec__", None)
                if spec is not None and spec.loader is self:
                    spec.loader = self._loader
            except Exception:
                pass
        _run_patch(self._name, module)

    def __getattr__(self, name):
        if name == "_loader":
            raise AttributeError(name)
        return getattr(self._loader, name)


class _PatchFinder(object):
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name not in _PATCHES:
            return None
        for finder in sys.meta_path:
            if finder is cls:
                continue
            find = getattr(finder, "find_spec", None)
            if find is None:
                continue
            spec = find(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _PatchLoader(spec.loader, name)
        return spec


def _run_patch(name, module):
    with _patch_lock:
        patch = _PATCHES.pop(name, None)
        if patch is not None:
            try:
                patch(module)
            except Exception:
                pass
        if not _PATCHES:
            try:
                sys.meta_path.remove(_PatchFinder)
            except ValueError:
                pass


# ------------------------------------------------------ setup


def _stat_id(fd):
    try:
        st = os.fstat(fd)
        return "%d:%d" % (st.st_dev, st.st_ino)
    except Exception:
        return "-:-"


def _fileno_id(stream):
    try:
        return _stat_id(stream.fileno())
    except Exception:
        return "-:-"


def _missing_feature():
    """Why lines cannot be attributed on this interpreter, or None when they can."""
    if not hasattr(os, "register_at_fork"):
        return "os.register_at_fork is missing (Python 3.7 or later needed), so fork children cannot be told apart"
    if not hasattr(os, "O_CLOEXEC"):
        return "os.O_CLOEXEC is missing on this platform"
    return None


def _degrade(reason):
    """Leave stdout and stderr as they were and record why in the trace file (never on the
    example's streams)."""
    global _trace
    _trace = None
    for attr in ("stdout", "stderr"):
        for name in (attr, "__%s__" % attr):
            current = getattr(sys, name, None)
            if isinstance(current, _Tee):
                try:
                    setattr(sys, name, current._real)
                except Exception:
                    pass
    try:
        path = os.environ.get("SITEGEN_TRACE")
        if not path:
            return
        record = '{"k":"unattributed","t":%d,"pid":%d,"reason":%s}\n' % (
            _now(), os.getpid(), _jstr_py(reason[:1000]))
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, record.encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except Exception:
        pass


def _setup():
    global _trace, _method, _started, _main_ident, _t_born
    trace = os.environ.get("SITEGEN_TRACE")
    if not trace:
        return
    missing = _missing_feature()
    if missing is not None:
        _degrade(missing)
        return
    _t_born = _now()
    _trace = trace
    _set_pid()
    _main_ident = _get_ident()
    marker = os.environ.get("SITEGEN_TRACE_ROOT", "").split(":", 5)
    is_root = not (len(marker) == 6 and marker[5] == trace and marker[0] != str(_pid))
    out_id = _fileno_id(sys.stdout)
    err_id = _fileno_id(sys.stderr)
    if is_root:
        _method = "root"
        os.environ["SITEGEN_TRACE_ROOT"] = "%d:%s:%s:%s" % (_pid, out_id, err_id, trace)
        streams = [("stdout", "stdout"), ("stderr", "stderr")]
    else:
        argv = getattr(sys, "orig_argv", None) or getattr(sys, "argv", None) or []
        _method = "spawn" if "--multiprocessing-fork" in argv else "unknown"
        root_out = ":".join(marker[1:3])
        root_err = ":".join(marker[3:5])
        streams = []
        for attr, own in (("stdout", out_id), ("stderr", err_id)):
            if own == "-:-":
                continue
            if own == (root_out if attr == "stdout" else root_err):
                streams.append((attr, attr))
            elif own == root_out:
                streams.append((attr, "stdout"))
            elif own == root_err:
                streams.append((attr, "stderr"))
    for attr, label in streams:
        real = getattr(sys, attr, None)
        if real is None or isinstance(real, _Tee):
            continue
        tee = _Tee(real, label)
        _tees.append(tee)
        setattr(sys, attr, tee)
        if getattr(sys, "__%s__" % attr, None) is real:
            setattr(sys, "__%s__" % attr, tee)

    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_after_fork_child)
    os._exit = _os_exit
    sys.exit = _sys_exit
    import atexit

    atexit.register(_atexit)

    for name in list(_PATCHES):
        if name in _modules:
            _run_patch(name, _modules[name])
    if _PATCHES:
        sys.meta_path.insert(0, _PatchFinder)

    if is_root:
        _proc_start("root", _pname())


def _exec_module_file(path, is_package):
    """Import the file at path as module "sitecustomize" (no importlib.util:
    it costs ~10 ms to import; the frozen bootstrap is already loaded and
    uses the __pycache__, where compile() would cost ~0.7 ms)."""
    try:
        bootstrap = sys.modules["_frozen_importlib"]
        external = sys.modules["_frozen_importlib_external"]
        spec = external.spec_from_file_location(
            "sitecustomize", path,
            submodule_search_locations=[os.path.dirname(path)] if is_package else None,
        )
        mod = bootstrap.module_from_spec(spec)
    except Exception:
        spec = None
        mod = type(sys)("sitecustomize")
        mod.__file__ = path
        if is_package:
            mod.__path__ = [os.path.dirname(path)]
    sys.modules["sitecustomize"] = mod
    if spec is not None:
        spec.loader.exec_module(mod)
    else:
        with open(path, "rb") as f:
            source = f.read()
        exec(compile(source, path, "exec"), mod.__dict__)


def _chain():
    """Run the next sitecustomize on sys.path (one this file shadows)."""
    here = os.path.dirname(os.path.abspath(__file__))
    entries = list(sys.path)
    start = 0
    for i, entry in enumerate(entries):
        try:
            if os.path.abspath(entry or os.curdir) == here:
                start = i + 1
                break
        except Exception:
            pass
    me = os.path.abspath(__file__)
    for entry in entries[start:]:
        if not entry:
            continue
        for rel in ("sitecustomize.py", os.path.join("sitecustomize", "__init__.py")):
            path = os.path.join(entry, rel)
            try:
                if not os.path.isfile(path) or os.path.abspath(path) == me:
                    continue
            except Exception:
                continue
            ours = sys.modules.get("sitecustomize")
            try:
                _exec_module_file(path, rel != "sitecustomize.py")
            except Exception as exc:
                if ours is not None:
                    sys.modules["sitecustomize"] = ours
                if sys.flags.verbose:
                    sys.excepthook(*sys.exc_info())
                else:
                    sys.stderr.write(
                        "Error in sitecustomize; set PYTHONVERBOSE for traceback:\n"
                        "%s: %s\n" % (exc.__class__.__name__, exc)
                    )
            return


def _cache_bytecode():
    """Write this file's .pyc when the interpreter would not (PYTHONDONTWRITEBYTECODE, -B).

    Compiling this file costs ~6 ms of CPU in every Python process of an example, loading its
    .pyc ~1 ms: the first process (a warm-up run) writes it, the measured runs load it."""
    spec = globals().get("__spec__")
    cached = getattr(spec, "cached", None)
    if not (cached and sys.dont_write_bytecode) or os.path.exists(cached):
        return
    loader = spec.loader
    sys.dont_write_bytecode = False
    try:
        loader.get_code(spec.name)  # compiles and writes the cache atomically
    finally:
        sys.dont_write_bytecode = True


try:
    _setup()
except Exception as _exc:
    try:
        _degrade("the side channel failed to start: %s: %s" % (_exc.__class__.__name__, _exc))
    except Exception:
        pass
if _trace is not None:
    try:
        _cache_bytecode()
    except Exception:
        pass
try:
    _chain()
except Exception:
    pass
