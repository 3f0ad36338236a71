#ifndef CSITEGENSYS_H
#define CSITEGENSYS_H

#include <sys/types.h>
#include <sys/resource.h>

/// A started child: its pid (also its process group id) and the parent's ends of its pipes.
typedef struct {
    pid_t pid;
    int stdout_fd;
    int stderr_fd;
} sg_child;

/// Starts `path` with `argv`/`envp` in `cwd`, in a new process group, stdin from /dev/null,
/// stdout and stderr to fresh pipes, every other descriptor closed, default signal handling.
/// Returns 0 or an errno value.
int sg_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
             sg_child *out);

/// How a waited-for process ended.
typedef struct {
    int done;        ///< 0 when WNOHANG found it still running
    int exited;      ///< 1 when it exited, 0 when a signal ended it
    int code;        ///< exit code or signal number
    struct rusage usage;
} sg_status;

/// wait4 on `pid`; `nohang` polls. Returns 0 or an errno value.
int sg_wait(pid_t pid, int nohang, sg_status *out);

/// Makes this process adopt orphaned descendants (PR_SET_CHILD_SUBREAPER) on Linux.
int sg_become_subreaper(void);

/// Atomically exchanges two paths (renameat2 RENAME_EXCHANGE); ENOSYS/EINVAL where unsupported.
int sg_exchange(const char *a, const char *b);

/// renameat2(RENAME_EXCHANGE) relative to two folder descriptors: swaps two names, following no
/// link in either. Returns 0 or an errno value (ENOSYS/EINVAL where unsupported).
int sg_exchangeat(int from_dir, const char *from, int to_dir, const char *to);

/// Makes a descriptor non-blocking and close-on-exec. Returns 0 or an errno value.
int sg_set_nonblocking(int fd);

/// A descriptor that becomes readable when `pid` exits (pidfd_open), or -1 with errno set.
int sg_pidfd_open(pid_t pid);

/// CLOCK_MONOTONIC in nanoseconds (the clock Python's time.monotonic_ns reads).
unsigned long long sg_monotonic_ns(void);

/// Like sg_spawn, and on Linux the child also gets PR_SET_PDEATHSIG(SIGKILL): if sitegen dies,
/// even by SIGKILL, the kernel kills the example's root process at once. Goes through vfork
/// (posix_spawn has no hook between fork and exec); elsewhere it is sg_spawn.
int sg_spawn_tied(const char *path, char *const argv[], char *const envp[], const char *cwd,
                  sg_child *out);

#endif
