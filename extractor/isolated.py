"""Read documents in child processes that a hostile file cannot take down with the rest.

Every command that reads a document (extract, eval, review, db ingest, text) does it
here, in a pebble pool of worker processes, never in its own process:
- each worker's address space is capped (RLIMIT_AS: what it starts with plus
  WORKER_MEMORY): a zip bomb or a
  page rendered at gigapixels ends in MemoryError or in the worker's death, which
  becomes one error line, instead of drawing the kernel's OOM killer onto the machine;
- past the timeout the worker is killed (SIGTERM, then SIGKILL), which also stops C
  code (PDFium, lxml, Tesseract) that no Python signal handler can interrupt;
- workers are recycled every MAX_TASKS documents, so memory stays flat over thousands.
One worker is a pool of one: the same code path whatever --workers says.
"""
from __future__ import annotations

import signal
import traceback
from concurrent.futures import TimeoutError as FutureTimeout

# What a worker may allocate beyond the address space it starts with (forked from a
# parent that has loaded the patterns and models: 0.25-0.4 GB). Measured in a worker:
# text, DOCX and PDFs with a text layer grow by under 0.1 GB; OCR of an A4 scan at 300
# dpi by 0.45 GB (about 50 bytes a pixel), an A3 page (17 million pixels) by 0.87 GB. A zip
# bomb or a gigapixel render stops here, its process tree under 1 GB
# (benchmarks/hostile_memory.py).
WORKER_MEMORY = 1024 ** 3
MAX_TASKS = 200  # documents per worker process before it is replaced
DEFAULT_TIMEOUT = 600  # seconds per document (--timeout): OCR of a 100-page scan fits


def memory_limit_text() -> str:
    return f"{WORKER_MEMORY / 2**30:g} GB"


def out_of_memory() -> str:
    return f"ran out of memory (limit {memory_limit_text()}) reading this document"


def timed_out(timeout) -> str:
    return f"took longer than {timeout:g} s (--timeout), stopped"


def _worker_init():
    import resource

    # Ctrl-C is the parent's to handle: it saves what is done and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with open("/proc/self/statm") as fh:  # address space in pages, first field
            start = int(fh.read().split()[0]) * resource.getpagesize()
    except OSError:  # not Linux: a fixed cap
        start = 512 * 1024 ** 2
    try:
        limit = start + WORKER_MEMORY
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _died(exc) -> str:
    code = exc.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        # a C library that cannot allocate under the cap aborts or crashes rather than failing politely
        hint = f" (out of memory? limit {memory_limit_text()})" if -code in (signal.SIGABRT, signal.SIGSEGV,
                                                                              signal.SIGBUS, signal.SIGKILL) else ""
        return f"worker process died ({name}) reading this document{hint}"
    return f"worker process died (exit code {code}) reading this document"


class Workers:
    """A pool of WORKERS isolated processes; use as a context manager.

    fn(key, *args) runs in a worker and returns (key, value, error, traceback): a
    document's own failures are its to describe; a worker killed by the timeout or
    dead of a crash becomes (key, None, reason, None) here."""

    def __init__(self, workers: int = 1, timeout: float | None = None):
        from pebble import ProcessPool

        self.workers = max(1, workers)
        self.timeout = timeout or None
        self.pool = ProcessPool(max_workers=self.workers, max_tasks=MAX_TASKS, initializer=_worker_init)

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is not None:
            self.pool.stop()
        self.pool.close()
        self.pool.join()

    def _outcome(self, fut, key):
        from pebble import ProcessExpired

        try:
            return fut.result()
        except FutureTimeout:
            return key, None, timed_out(self.timeout), None
        except ProcessExpired as exc:
            return key, None, _died(exc), None
        except MemoryError:  # the result was too big to send back under the cap
            return key, None, out_of_memory(), None
        except Exception as exc:  # e.g. a result that cannot be sent back
            return key, None, f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], traceback.format_exc()

    def call(self, fn, key, *args):
        """fn(key, *args) in a worker; waits for it."""
        return self._outcome(self.pool.schedule(fn, args=(key, *args), timeout=self.timeout), key)

    def each(self, fn, keys, *args):
        """fn(key, *args) for every key, yielded as each finishes (a bounded window of
        scheduled work keeps results flowing while the rest is listed)."""
        from concurrent.futures import FIRST_COMPLETED, wait

        pending, todo = {}, iter(keys)
        window = 4 * self.workers

        def fill():
            for key in todo:
                pending[self.pool.schedule(fn, args=(key, *args), timeout=self.timeout)] = key
                if len(pending) >= window:
                    break

        fill()
        while pending:
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in [f for f in pending if f in done]:  # in the order scheduled
                yield self._outcome(fut, pending.pop(fut))
            fill()
