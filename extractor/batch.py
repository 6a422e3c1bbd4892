"""Run extraction over files and folders and collect one catalogue.

A batch never stops on one bad document: every failure (unreadable, too big, too
slow, a crash in a worker) becomes a one-line entry in the catalogue's "errors" and
the rest goes on. Documents are extracted in isolated worker processes (isolated.py):
memory capped, killed past --timeout, recycled so memory stays flat over thousands of
files.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import time
import traceback
from pathlib import Path

from .catalogue import new_catalogue, problems
from .errors import ChitieuError, ReadError
from .isolated import Workers, out_of_memory
from .paths import error_line, on_disk, shown
from .readers import not_regular

SKIP_DIRS = {".git", "__pycache__", ".venv", "gold"}

# Guards a worker applies before reading. Real decisions with every appendix run to a
# few hundred pages and a few MB of text; far beyond that is a bomb or not a decision.
TEXT_MAX_BYTES = 20 * 1024 * 1024
PDF_MAX_PAGES = 2000
PDF_MAX_OBJECTS = 1_000_000
CHECKPOINT_SECONDS = 60


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# Names of files a folder walk reads: the formats chitieu reads, and files with no suffix
# (portals often save them so). What a file really is comes from its content.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".pdf", ".docx", ".html", ".htm", ".xhtml", ".png", ".jpg",
                               ".jpeg", ".tif", ".tiff", ""})
# db ingest and review also take catalogue files
CATALOGUE_SUFFIXES = DOCUMENT_SUFFIXES | {".json"}

# Why a folder walk leaves a file alone (a file named on the command line is always read)
_IMAGE = "this image type is not read: save it as PNG, JPEG, TIFF or PDF"
SKIP_REASONS = {
    ".doc": "legacy Word .doc is not read: save it as .docx or PDF",
    ".xls": "a spreadsheet is not read: save it as PDF",
    ".xlsx": "a spreadsheet is not read: save it as PDF",
    ".ods": "a spreadsheet is not read: save it as PDF",
    ".odt": "OpenDocument text is not read: save it as .docx or PDF",
    ".rtf": "RTF is not read: save it as .docx or PDF",
    ".md": "Markdown notes (README, SOURCES) are not taken as documents in a folder; name the file to read it",
    ".zip": "an archive is not opened: unpack it first",
    ".rar": "an archive is not opened: unpack it first",
    **{ext: _IMAGE for ext in (".gif", ".bmp", ".webp", ".heic")},
}


def skip_reason(name: str) -> str:
    return SKIP_REASONS.get(Path(name).suffix.lower(),
                            "not a document format chitieu reads (.txt, .pdf, .docx, .html, .png, .jpg, .tif, "
                            "or no suffix)")


def under(path: str, roots) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def iter_files(paths, on_error=None, suffixes=DOCUMENT_SUFFIXES, on_skip=None, follow_symlinks=False):
    """Yield regular files under PATHS in a stable order; folders are searched recursively.

    In folders, only files named like documents are taken (DOCUMENT_SUFFIXES: scripts,
    data and notes beside the documents are not read); a file named on the command line
    is always read, whatever its name. Gold annotation folders are skipped. A symlink
    found in a folder is followed only if it stays inside the folders given (unless
    FOLLOW_SYMLINKS). Unreadable folders, symlink loops, links leading out, FIFOs and
    devices are reported through on_error and do not stop the walk; files left alone
    through on_skip(path, reason) (skip_reason).
    """
    def bad(path, reason):
        if on_error:
            on_error(path, reason)

    roots = [os.path.realpath(r) for r in paths if os.path.isdir(r)]

    def leads_out(path) -> bool:
        return not follow_symlinks and os.path.islink(path) and not under(os.path.realpath(path), roots)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen = set()
            for root, dirs, files in os.walk(p, followlinks=True, onerror=lambda e: bad(e.filename, e.strerror)):
                real = os.path.realpath(root)
                if real in seen:
                    bad(root, "folder reached again through a symlink (loop), skipped")
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for d in list(dirs):
                    link = str(Path(root) / d)
                    if leads_out(link):
                        bad(link, f"symlink to a folder outside the folders given ({os.path.realpath(link)}), "
                                  "not followed (--follow-symlinks follows it)")
                        dirs.remove(d)
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = str(Path(root) / name)
                    if Path(name).suffix.lower() not in suffixes:
                        if on_skip:
                            on_skip(path, skip_reason(name))
                        continue
                    try:
                        why = not_regular(os.stat(path).st_mode)
                    except OSError as exc:
                        why = exc.strerror or "cannot read file"
                    if why is None and leads_out(path):
                        why = (f"symlink to a file outside the folders given ({os.path.realpath(path)}), "
                               "not followed (--follow-symlinks follows it)")
                    if why:
                        bad(path, why)
                    else:
                        yield path
        elif p.exists():
            why = not_regular(p.stat().st_mode)
            if why:
                bad(str(raw), why)
            else:
                yield str(p)
        elif p.is_symlink():
            # exists() is False for a link that loops or points nowhere; say which
            try:
                os.stat(p)
            except OSError as exc:
                if on_error:
                    on_error(str(raw), exc.strerror or "broken symlink")
        elif on_error:
            on_error(str(raw), "no such file or folder")


def _sniff_head(path) -> str:
    from .readers import sniff

    with open(path, "rb") as fh:
        return sniff(fh.read(4096))


PDF_SIZE = re.compile(rb"/Size\s+(\d{1,12})")
STARTXREF = re.compile(rb"startxref\s+(\d{1,12})")


def _pdf_counts(path) -> tuple[int, int] | None:
    """(pages, objects) without decoding any page: pages as PDFium counts them in the page
    tree, objects as the last cross-reference section declares them (/Size). None when
    PDFium cannot open the file (encrypted, truncated...): the reader then says why."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except Exception:
        return None
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    objects = 0
    with open(path, "rb") as fh:
        size = fh.seek(0, os.SEEK_END)
        fh.seek(max(0, size - 4096))
        tail = fh.read()
        chunks = [tail]
        at = STARTXREF.findall(tail)
        if at and int(at[-1]) < size:  # an xref stream keeps /Size in its dictionary there
            fh.seek(int(at[-1]))
            chunks.append(fh.read(4096))
    for chunk in chunks:
        objects = max([objects, *(int(n) for n in PDF_SIZE.findall(chunk))])
    return pages, objects


def check_limits(path) -> None:
    """Refuse, with a one-line ReadError, what no decision looks like: huge text files and
    PDFs with page or object counts far beyond any decision (a PDF bomb)."""
    try:
        st = os.stat(path)
        why = not_regular(st.st_mode)
        if why:
            raise ReadError(why)
        size = st.st_size
        kind = _sniff_head(path) if size else "text"
    except OSError:
        return  # the reader reports unreadable files in its own words
    if kind in ("text", "html") and size > TEXT_MAX_BYTES:
        raise ReadError(f"{kind} file is {size / 2**20:.0f} MB, over the {TEXT_MAX_BYTES // 2**20} MB limit for one document")
    if kind == "pdf":
        counts = _pdf_counts(path)
        if counts and counts[0] > PDF_MAX_PAGES:
            raise ReadError(f"PDF has {counts[0]} pages, over the {PDF_MAX_PAGES} page limit (not a decision, or a PDF bomb)")
        if counts and counts[1] > PDF_MAX_OBJECTS:
            raise ReadError(f"PDF has {counts[1]} objects, over the {PDF_MAX_OBJECTS} limit (a PDF bomb?)")


VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")


def check_language(text: str) -> None:
    """Refuse text that is plainly not Vietnamese: about one letter in five carries a
    Vietnamese mark in real documents, next to none in English, Chinese or Russian, whose
    figures would otherwise be read with Vietnamese rules."""
    sample = text[:100_000]
    letters = sum(map(str.isalpha, sample))
    if letters < 50:
        _check_short_language(sample)
        return
    marked = sum(map(VIETNAMESE_LETTERS.__contains__, sample))
    if marked / letters < 0.02:
        raise ReadError(f"not Vietnamese text ({100 * marked / letters:.1f}% of letters carry Vietnamese marks)")


def _check_short_language(text: str) -> None:
    """Too few letters for the share of marks: a short text with no Vietnamese mark is
    refused unless it has three words or more and four in five of them are Vietnamese
    syllables: "The province shall reach 95%", a host name or a line of /etc/passwd is
    refused; unmarked Vietnamese ("Ty le ho so dat 95%") passes."""
    from .readers.legacy import syllable_ratio

    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    if any(c in VIETNAMESE_LETTERS for c in text):
        return
    if len(words) < 3:  # a host name, a version number, a key: nothing says Vietnamese
        raise ReadError(f"not Vietnamese text (no Vietnamese marks, {len(words)} word(s))")
    ratio = syllable_ratio(text)
    if ratio < 0.8:
        raise ReadError(f"not Vietnamese text (no Vietnamese marks; {round(ratio * len(words))} of {len(words)} "
                        "words read as Vietnamese syllables)")


def _work(path, ocr="auto", keep_text=False):
    """Extract one file: (path, document, error, traceback); runs in an isolated worker.
    KEEP_TEXT: (document, (text, page_starts)) in place of the document."""
    from .pipeline import extract_source
    from .readers import read

    try:
        check_limits(path)
        source = read(path, ocr=ocr)
        check_language(source.text)
        doc = extract_source(source)
        # checked here so one bad document is an error entry, not a catalogue that cannot be written
        wrong = problems(new_catalogue([doc]))
        if wrong:
            return path, None, f"internal error: output does not match the schema: {wrong[0]}".splitlines()[0], None
        return path, (doc, (source.text, source.page_starts)) if keep_text else doc, None, None
    except Exception as exc:
        return (path, None, *_failure(exc))


def _failure(exc) -> tuple[str, str]:
    """(one-line reason, traceback) for an exception raised reading a document."""
    tb = traceback.format_exc()
    if isinstance(exc, ChitieuError):
        return (str(exc).splitlines() or [type(exc).__name__])[0], tb
    if isinstance(exc, RecursionError):
        return "document nested too deeply to read", tb
    if isinstance(exc, MemoryError):
        return out_of_memory(), tb
    # a bug must not sink the batch; --debug shows it
    return f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], tb


def _read(path, ocr="auto"):
    """Read one file: (path, Source, error, traceback); runs in an isolated worker."""
    from .readers import read

    try:
        check_limits(path)
        return path, read(path, ocr=ocr), None, None
    except Exception as exc:
        return (path, None, *_failure(exc))


def _shown(results, debug):
    for path, value, err, tb in results:
        if err and debug and tb:
            sys.stderr.write(tb)
        yield path, value, err


def extract_each(paths, ocr="auto", timeout=None, workers=1, debug=False, keep_text=False):
    """(path, document or None, error or None) for each file, as each finishes, each
    extracted in an isolated worker (one-document commands use this too). KEEP_TEXT:
    (document, (text, page_starts)) in place of the document."""
    if not paths:
        return
    warm_up()
    with Workers(workers, timeout) as pool:
        yield from _shown(pool.each(_work, paths, ocr, keep_text), debug)


def read_each(paths, ocr="auto", timeout=None, workers=1, debug=False):
    """(path, Source or None, error or None) for each file, read in an isolated worker."""
    if not paths:
        return
    with Workers(workers, timeout) as pool:
        yield from _shown(pool.each(_read, paths, ocr), debug)


def process_file(path, ocr="auto", debug=False, timeout=None):
    """(document, None) on success, (None, one-line reason) on failure."""
    [(_, doc, err)] = extract_each([path], ocr=ocr, timeout=timeout, debug=debug)
    return doc, err


def warm_up() -> None:
    """Load patterns and models once, before any worker is forked: workers then start
    ready (sharing the memory), and a broken pattern file is one clear error, not one
    per document."""
    from .nlp import rules
    from .patterns import default
    from .pipeline import extract_source
    from .readers import Source

    default()
    rules()
    # one small document through the whole pipeline: underthesea's models and every lazily
    # compiled pattern load here once, not again in each worker forked (or replaced) later
    problems(new_catalogue([extract_source(Source(WARM_UP_NAME, WARM_UP_TEXT, "text", ""))]))


# a target sentence long enough for underthesea's sentence splitter and word segmenter
WARM_UP_NAME = "warm-up"  # no file: a test counting the documents read leaves it out
WARM_UP_TEXT = ("KẾ HOẠCH NĂM 2024\n"
                "1. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 95% trở lên. Phấn đấu đến năm 2025 có 80% xã đạt chuẩn.\n")


def sha256_of(path) -> str | None:
    """The content hash of a regular file of at most MAX_BYTES (what a reader would take),
    else None: never blocks on a FIFO nor reads a device without end."""
    from .readers import MAX_BYTES

    h = hashlib.sha256()
    try:
        # O_NONBLOCK: opening a FIFO does not wait for a writer (if it replaced the file since the walk)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not_regular(st.st_mode) or st.st_size > MAX_BYTES:
            return None
        try:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        except OSError:
            return None
    return h.hexdigest()


def merge(previous: dict | None, documents: list, errors: list, attempted, listed=()) -> dict:
    """A catalogue of this run's results plus, with --resume, what PREVIOUS already had: its
    documents and errors stay unless this run tried the same path again (ATTEMPTED, shown
    paths); a document of a file that is gone and whose content this run found under
    another name (a renamed file) goes too. Sorted by path so the output never depends on
    which worker finished first."""
    docs, errs = list(documents), list(errors)
    if previous:
        tried = {d["source"]["path"] for d in docs} | set(attempted)
        new_shas = {d["source"]["sha256"] for d in docs}
        listed = set(listed)

        def renamed(d):
            path = d["source"]["path"]
            return (d["source"]["sha256"] in new_shas and path not in listed
                    and not any(os.path.exists(p) for p in on_disk(path)))

        docs += [d for d in previous.get("documents", []) if d["source"]["path"] not in tried and not renamed(d)]
        errs += [e for e in previous.get("errors", []) if e["path"] not in tried]
    docs.sort(key=lambda d: (d["source"]["path"], d["source"]["sha256"]))
    errs.sort(key=lambda e: (e["path"], e["error"]))
    return new_catalogue(docs, errs)


def extract_paths(paths, ocr="auto", on_error=None, debug=False, workers=1, timeout=None,
                  resume=None, on_result=None, on_start=None, checkpoint=None, skip=None,
                  on_skip=None, follow_symlinks=False) -> dict:
    """Extract every file under PATHS into one catalogue.

    workers: isolated worker processes (isolated.py). timeout: seconds per document (None =
    no limit). resume: a previous catalogue; a file it holds under the same path with the
    same content (sha256) is not extracted again and its document is kept; a file whose
    content it holds under another path is extracted (a resumed run equals a clean one).
    skip: {sha256: stored path} of documents already in a database: such files are not
    extracted, and one stored under another path is reported through on_skip. on_skip(path,
    reason) for each file left alone, on_error(path, reason) for each failure,
    on_result(path, document_or_None, error_or_None) as each file finishes, on_start(total)
    once the files are listed, checkpoint(catalogue) after the first document, then every
    CHECKPOINT_SECONDS, and on Ctrl-C, with what is done so far.
    """
    documents, errors = [], []

    def fail(path, reason, tb=None):
        errors.append({"path": shown(path), "error": reason})
        if debug and tb:
            sys.stderr.write(tb)
        if on_error:
            on_error(path, reason)

    files = list(dict.fromkeys(iter_files(paths, on_error=fail, on_skip=on_skip,
                                          follow_symlinks=follow_symlinks)))  # a file named twice is read once
    listed = [shown(f) for f in files]
    done_here = {(d["source"]["path"], d["source"]["sha256"]) for d in (resume or {}).get("documents", [])}
    stored = dict(skip or {})
    if done_here or stored:
        todo = []
        for f, name in zip(files, listed):
            sha = sha256_of(f)
            if (name, sha) in done_here:
                continue
            if sha in stored:
                if stored[sha] != name and on_skip:
                    on_skip(f, f"same content as {stored[sha]}, already in the database")
                continue
            todo.append(f)
        files = todo
    workers = max(1, min(workers, len(files)))
    if on_start:
        on_start(len(files))
    results = extract_each(files, ocr, timeout, workers, debug)
    last_save = None  # the first checkpoint comes after the first document

    def done():
        return [d["source"]["path"] for d in documents] + [e["path"] for e in errors]

    try:
        for path, doc, err in results:
            if err:
                fail(path, err)
            else:
                documents.append(doc)
            if on_result:
                on_result(path, doc, err)
            if checkpoint and (last_save is None or time.monotonic() - last_save > CHECKPOINT_SECONDS):
                checkpoint(merge(resume, documents, errors, done(), listed))
                last_save = time.monotonic()
    except KeyboardInterrupt:
        if checkpoint:
            checkpoint(merge(resume, documents, errors, done(), listed))
        raise
    finally:
        if hasattr(results, "close"):
            results.close()  # stops the pool if the loop ended early
    return merge(resume, documents, errors, [shown(f) for f in files], listed)


class Progress:
    """Batch progress on stderr: a bar with counts and the current file on a terminal;
    otherwise a plain line every PROGRESS_EVERY seconds (short runs print none, so logs
    of small jobs hold only the errors) and a closing summary after long runs."""

    PROGRESS_EVERY = 10.0

    def __init__(self, stream=None, enabled=True):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = None
        self.total = self.done = self.failed = self.targets = 0
        self.started = self.last_line = time.monotonic()
        self.printed = False

    def start(self, total):
        self.total = total
        self.started = self.last_line = time.monotonic()
        if self.tty:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=self.stream, unit="doc", dynamic_ncols=True)

    def error(self, path, reason):
        line = error_line(path, reason)
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def result(self, path, doc, err):
        self.done += 1
        self.failed += bool(err)
        self.targets += len(doc["targets"]) if doc else 0
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.failed} errors, {_short(path)}", refresh=False)
            self.bar.update(1)
        elif self.enabled and time.monotonic() - self.last_line >= self.PROGRESS_EVERY:
            self.last_line = time.monotonic()
            self.printed = True
            print(f"chitieu: {self.done}/{self.total} done, {self.failed} errors, {self._rate()}; last {shown(path)}",
                  file=self.stream, flush=True)

    def _rate(self):
        return f"{self.done / max(time.monotonic() - self.started, 1e-9):.1f} documents/s"

    def close(self):
        if self.bar is not None:
            self.bar.close()
        if self.tty or self.printed:
            print(f"chitieu: {self.done - self.failed} documents, {self.targets} targets, {self.failed} errors "
                  f"in {time.monotonic() - self.started:.1f} s ({self._rate()})", file=self.stream, flush=True)


def _short(path, width=40):
    path = shown(path)
    return path if len(path) <= width else "…" + path[-(width - 1):]
