#define _GNU_SOURCE
#include "CSitegenSys.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <unistd.h>
#include <time.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <linux/fs.h>
#endif

int sg_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
             sg_child *out) {
    int out_pipe[2], err_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) return errno;
    if (pipe2(err_pipe, O_CLOEXEC) != 0) {
        int e = errno;
        close(out_pipe[0]); close(out_pipe[1]);
        return e;
    }
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attr);

    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
#ifdef __linux__
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    if (cwd) posix_spawn_file_actions_addchdir_np(&actions, cwd);

    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGHUP);
    sigaddset(&defaults, SIGQUIT);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                        POSIX_SPAWN_SETSIGDEF);

    pid_t pid = 0;
    int rc = posix_spawn(&pid, path, &actions, &attr, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (rc != 0) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        return rc;
    }
    out->pid = pid;
    out->stdout_fd = out_pipe[0];
    out->stderr_fd = err_pipe[0];
    return 0;
}

int sg_wait(pid_t pid, int nohang, sg_status *out) {
    int status = 0;
    pid_t r;
    do {
        r = wait4(pid, &status, nohang ? WNOHANG : 0, &out->usage);
    } while (r < 0 && errno == EINTR);
    if (r < 0) return errno;
    if (r == 0) { out->done = 0; return 0; }
    out->done = 1;
    if (WIFEXITED(status)) { out->exited = 1; out->code = WEXITSTATUS(status); }
    else if (WIFSIGNALED(status)) { out->exited = 0; out->code = WTERMSIG(status); }
    else { out->exited = 0; out->code = 0; }
    return 0;
}

int sg_become_subreaper(void) {
#ifdef __linux__
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0 ? 0 : errno;
#else
    return ENOSYS;
#endif
}

int sg_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
    long r = syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
    return r == 0 ? 0 : errno;
#else
    return ENOSYS;
#endif
}

int sg_exchangeat(int from_dir, const char *from, int to_dir, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    long r = syscall(SYS_renameat2, from_dir, from, to_dir, to, RENAME_EXCHANGE);
    return r == 0 ? 0 : errno;
#else
    return ENOSYS;
#endif
}

int sg_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return errno;
    int fdflags = fcntl(fd, F_GETFD);
    if (fdflags < 0 || fcntl(fd, F_SETFD, fdflags | FD_CLOEXEC) < 0) return errno;
    return 0;
}

int sg_pidfd_open(pid_t pid) {
#if defined(__linux__) && defined(SYS_pidfd_open)
    int fd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (fd >= 0) fcntl(fd, F_SETFD, FD_CLOEXEC);
    return fd;
#else
    errno = ENOSYS;
    return -1;
#endif
}

unsigned long long sg_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

#ifdef __linux__
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>

/// The child side of sg_spawn_tied, between vfork and exec: system calls only (it shares the
/// parent's memory), errors reported through `error`.
static void sg_tied_child(const char *path, char *const argv[], char *const envp[],
                          const char *cwd, pid_t parent, int devnull, int out_fd, int err_fd,
                          volatile int *error) {
    // Killed with the parent: a SIGKILLed sitegen takes its example's root process along.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) { *error = errno; _exit(127); }
    if (getppid() != parent) { *error = ESRCH; _exit(127); }  // the parent already died
    if (setpgid(0, 0) != 0) { *error = errno; _exit(127); }
    // No handler of the parent's may run here (shared memory): default dispositions, as
    // posix_spawn's POSIX_SPAWN_SETSIGDEF does; the five signals sitegen ignores too.
    for (int s = 1; s < NSIG; s++) {
        struct sigaction current;
        if (sigaction(s, NULL, &current) != 0) continue;
        int reset = current.sa_handler != SIG_IGN && current.sa_handler != SIG_DFL;
        reset = reset || s == SIGINT || s == SIGTERM || s == SIGPIPE || s == SIGHUP || s == SIGQUIT;
        if (reset) {
            struct sigaction fallback;
            memset(&fallback, 0, sizeof fallback);
            fallback.sa_handler = SIG_DFL;
            sigaction(s, &fallback, NULL);
        }
    }
    if (dup2(devnull, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0) {
        *error = errno; _exit(127);
    }
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 3, ~0U, 0) != 0)
#endif
    {
        long limit = sysconf(_SC_OPEN_MAX);
        if (limit < 0 || limit > 65536) limit = 65536;
        for (int fd = 3; fd < limit; fd++) close(fd);
    }
    if (cwd && chdir(cwd) != 0) { *error = errno; _exit(127); }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    execve(path, argv, envp);
    *error = errno;
    _exit(127);
}

int sg_spawn_tied(const char *path, char *const argv[], char *const envp[], const char *cwd,
                  sg_child *out) {
    int out_pipe[2], err_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) return errno;
    if (pipe2(err_pipe, O_CLOEXEC) != 0) {
        int e = errno;
        close(out_pipe[0]); close(out_pipe[1]);
        return e;
    }
    int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devnull < 0) {
        int e = errno;
        close(out_pipe[0]); close(out_pipe[1]); close(err_pipe[0]); close(err_pipe[1]);
        return e;
    }
    // Every signal blocked across vfork, so none is handled in the child before exec.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pid_t parent = getpid();
    volatile int child_error = 0;
    pid_t pid = vfork();
    if (pid == 0) {
        sg_tied_child(path, argv, envp, cwd, parent, devnull, out_pipe[1], err_pipe[1],
                      &child_error);
    }
    int spawn_error = pid < 0 ? errno : child_error;
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    close(devnull);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (pid > 0 && spawn_error != 0) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    }
    if (spawn_error != 0) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        return spawn_error;
    }
    out->pid = pid;
    out->stdout_fd = out_pipe[0];
    out->stderr_fd = err_pipe[0];
    return 0;
}
#else
int sg_spawn_tied(const char *path, char *const argv[], char *const envp[], const char *cwd,
                  sg_child *out) {
    return sg_spawn(path, argv, envp, cwd, out);
}
#endif
