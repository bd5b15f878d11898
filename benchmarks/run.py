"""The speed benchmark: floor vs naive vs cancel-mail, on the same files, in one run.

    .venv/bin/python benchmarks/run.py --n 20000

Generates (or reuses) the mailbox under benchmarks/out/, warms the page cache,
then for each format (folder of .eml, mbox, Maildir) measures:

- floor:  read every message's bytes, parse only its header block (stdlib);
- naive:  mail-parser full parse + bs4 (html.parser) get_text of every message,
          measured on an evenly spaced sample and extrapolated (the output says so);
- cancel-mail: ``scan_path`` at jobs=1 and jobs=all cores, each in a fresh
          process, and the installed ``cancel-mail scan --format json`` CLI at
          ``--jobs 1`` and ``--jobs 0`` (all cores), wall clock incl. start-up.

Then accuracy against the generator's manifest, peak RSS of a scan at 10,000 vs
100,000 messages, and the IMAP poll costs (when the IMAP code and the Dovecot
test helper are there). Nothing here is part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (sibling module, not a package)

OUT = HERE / "out"
CLI = Path(sys.executable).with_name("cancel-mail")
FORMAT_PATH = {"eml": "eml", "mbox": "mailbox.mbox", "maildir": "Maildir"}


# --- reading raw messages the cheap way (shared by floor and naive) -------------------


def iter_raw(root: Path, fmt: str) -> Iterator[bytes]:
    if fmt == "eml":
        for dirpath, dirnames, filenames in os.walk(root / "eml"):
            dirnames.sort()
            for name in sorted(filenames):
                with open(os.path.join(dirpath, name), "rb") as f:
                    yield f.read()
    elif fmt == "maildir":
        for sub in ("cur", "new"):
            folder = root / "Maildir" / sub
            for name in sorted(os.listdir(folder)):
                with open(folder / name, "rb") as f:
                    yield f.read()
    else:
        yield from _iter_mbox(root / "mailbox.mbox")


def _iter_mbox(path: Path) -> Iterator[bytes]:
    """Split an mbox at "From " lines, reading 16 MB blocks (no per-line Python loop)."""
    buf = b""
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 24)
            buf += block
            start = 0
            while True:
                cut = buf.find(b"\nFrom ", start + 1)
                if cut < 0:
                    break
                yield _strip_from_line(buf[start : cut + 1])
                start = cut + 1
            buf = buf[start:]
            if not block:
                break
    if buf.strip():
        yield _strip_from_line(buf)


def _strip_from_line(chunk: bytes) -> bytes:
    return chunk[chunk.find(b"\n") + 1 :]


def header_block(data: bytes) -> bytes:
    end = data.find(b"\n\n")
    if end < 0:
        end = data.find(b"\r\n\r\n")
    return data if end < 0 else data[: end + 1]


# --- measurements ------------------------------------------------------------------------


@dataclass
class Row:
    fmt: str
    method: str
    seconds: float
    messages: int
    mbytes: float
    notices: int | None = None
    note: str = ""


def measure_floor(root: Path, fmt: str, repeat: int = 3) -> Row:
    """The best of ``repeat`` runs: the floor should not be inflated by a busy moment."""
    parser = BytesHeaderParser(policy=compat32)
    best = float("inf")
    count = size = 0
    for _ in range(repeat):
        count = size = 0
        started = time.perf_counter()
        for data in iter_raw(root, fmt):
            parser.parsebytes(header_block(data))
            count += 1
            size += len(data)
        best = min(best, time.perf_counter() - started)
    return Row(fmt, "floor: read + stdlib header parse", best, count, size / 1e6,
               note=f"best of {repeat}")


def _naive_one(data: bytes) -> bool:
    """What a straightforward script does: full parse, all HTML through bs4, then look."""
    import mailparser
    from bs4 import BeautifulSoup

    mail = mailparser.parse_from_bytes(data)
    text = mail.body
    for html in mail.text_html:
        text += BeautifulSoup(html, "html.parser").get_text(" ")
    _ = (mail.subject, mail.from_, mail.date, mail.attachments, mail.headers)
    low = (mail.subject + text).lower()
    return "amazon" in low and ("cancel" in low or "storn" in low or "annul" in low)


def measure_naive(root: Path, fmt: str, sample: int) -> Row:
    """Parse an evenly spaced sample; extrapolate the parse time to every message."""
    total = sum(1 for _ in iter_raw(root, fmt)) if sample else 0
    stride = max(1, total // sample) if sample else 1
    count = size = parsed = parsed_bytes = failures = 0
    parse_time = 0.0
    started = time.perf_counter()
    for i, data in enumerate(iter_raw(root, fmt)):
        count += 1
        size += len(data)
        if i % stride:
            continue
        t0 = time.perf_counter()
        try:
            _naive_one(data)
        except Exception:  # a naive script would crash; we count it and go on
            failures += 1
        parse_time += time.perf_counter() - t0
        parsed += 1
        parsed_bytes += len(data)
    read_time = time.perf_counter() - started - parse_time
    # Extrapolate by message count; the sample is evenly spaced over a shuffled mix.
    seconds = read_time + parse_time * count / max(parsed, 1)
    note = (f"sampled 1 in {stride} ({parsed} msgs, {parsed_bytes / 1e6:.0f} MB), "
            f"parse time x{count / max(parsed, 1):.1f}" if stride > 1 else "every message")
    if failures:
        note += f"; {failures} raised"
    return Row(fmt, "naive: mail-parser + bs4 get_text", seconds, count, size / 1e6, None, note)


_LIB_SNIPPET = r"""
import json, resource, sys, time
from cancel_mail import scan_path
path, jobs, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t0 = time.perf_counter()
report = scan_path([path], jobs=jobs)
took = time.perf_counter() - t0
with open(out, "w") as f:
    f.write(report.model_dump_json())
print(json.dumps({
    "seconds": took,
    "scanned": report.scanned,
    "notices": len(report.notices),
    "errors": len(report.errors),
    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
}))
"""


def run_library(path: Path, jobs: int, report_out: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", _LIB_SNIPPET, str(path), str(jobs),
                           str(report_out)], capture_output=True, text=True, check=False)
    if proc.returncode:
        raise RuntimeError(f"library scan failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def measure_library(root: Path, fmt: str, jobs: int, mbytes: float,
                    repeat: int = 1) -> tuple[Row, Path]:
    """The best of ``repeat`` runs, each in a fresh process (timed after the imports)."""
    report = OUT / f"report-{root.name}-{fmt}-lib-j{jobs}.json"
    runs = [run_library(root / FORMAT_PATH[fmt], jobs, report) for _ in range(repeat)]
    r = min(runs, key=lambda x: float(x["seconds"]))
    return Row(fmt, f"cancel-mail library scan_path(jobs={jobs})", r["seconds"], r["scanned"],
               mbytes, r["notices"], f"best of {repeat}"), report


def measure_cli(root: Path, fmt: str, jobs: int, label: str, mbytes: float) -> tuple[Row, Path]:
    report = OUT / f"report-{root.name}-{fmt}-cli-j{jobs}.json"
    started = time.perf_counter()
    with open(report, "wb") as out:
        proc = subprocess.run([str(CLI), "scan", str(root / FORMAT_PATH[fmt]), "--format",
                               "json", "--jobs", str(jobs)], stdout=out,
                              stderr=subprocess.PIPE, check=False)
    took = time.perf_counter() - started
    if proc.returncode:
        raise RuntimeError(f"cancel-mail scan exited {proc.returncode}:\n"
                           f"{proc.stderr.decode(errors='replace')[-3000:]}")
    doc = json.loads(report.read_bytes())
    return Row(fmt, f"cancel-mail CLI scan --jobs {label}", took, doc["scanned"], mbytes,
               len(doc["notices"]), "wall clock incl. interpreter start-up"), report


# --- accuracy ----------------------------------------------------------------------------


@dataclass
class Accuracy:
    notices: int  # expected genuine notices (copies of the batch's notices)
    found: int
    cause_right: int
    genuine_suspicious: int
    lookalikes: int  # expected look-alikes (copies of the batch's look-alikes)
    lookalikes_found: int
    lookalikes_suspicious: int
    false_positives: list[str]
    missed: list[str]
    wrong_cause: list[str]


def accuracy(manifest: dict[str, Any], report_path: Path) -> Accuracy:
    """The report against the manifest's labels, which are the wording batch's.

    A notice is matched by its Message-ID; failing that (a forward may be reported
    under the forwarded mail's ID), by an order number, unless that expectation
    already has its notice. Misses and wrong causes are listed per batch mail,
    since every mail of the batch has several copies."""
    doc = json.loads(report_path.read_bytes())
    expected: list[dict[str, Any]] = manifest["expected"]
    by_mid = {e["message_id"]: e for e in expected}
    by_order = {oid: e for e in expected for oid in e["order_ids"]}
    matched: dict[int, dict[str, Any]] = {}
    unmatched = []
    for n in doc["notices"]:
        hit = by_mid.get(n.get("message_id"))
        if hit is not None and hit["index"] not in matched:
            matched[hit["index"]] = n
        else:
            unmatched.append(n)
    false_pos = []
    for n in unmatched:
        hits = [by_order[o] for o in n["order_ids"]
                if o in by_order and by_order[o]["index"] not in matched]
        if hits:
            matched[hits[0]["index"]] = n
        else:
            false_pos.append(f"{n['source']} ({n['cause']}: {n['subject'][:60]})")
    missed: dict[str, list[str]] = {}
    wrong: dict[str, list[str]] = {}
    counts = dict.fromkeys(("notices", "found", "cause_right", "genuine_suspicious",
                            "lookalikes", "lookalikes_found", "lookalikes_suspicious"), 0)
    for e in expected:
        n = matched.get(e["index"])
        about = f"{e['template'] or e['eml']} ({e['kind']}, {e['language']}, {e['cause']})"
        lookalike = e["verdict"] == "suspicious"
        counts["lookalikes" if lookalike else "notices"] += 1
        if n is None:
            missed.setdefault(about, []).append(e["eml"] + (f" fwd {e['forwarded']}"
                                                            if e["forwarded"] else ""))
            continue
        suspicious = n["authenticity"]["verdict"] == "suspicious"
        if lookalike:
            counts["lookalikes_found"] += 1
            counts["lookalikes_suspicious"] += suspicious
            continue
        counts["found"] += 1
        counts["genuine_suspicious"] += suspicious
        if n["cause"] == e["cause"]:
            counts["cause_right"] += 1
        else:
            wrong.setdefault(f"{about}: got {n['cause']}", []).append(e["eml"])

    def per_mail(items: dict[str, list[str]]) -> list[str]:
        return [f"{about}: {len(emls)} cop{'y' if len(emls) == 1 else 'ies'}"
                f" ({', '.join(emls[:3])}{', ...' if len(emls) > 3 else ''})"
                for about, emls in sorted(items.items())]

    return Accuracy(**counts, false_positives=false_pos, missed=per_mail(missed),
                    wrong_cause=per_mail(wrong))


# --- memory ------------------------------------------------------------------------------


def measure_memory(sizes: list[int], fmt: str, jobs: int,
                   wording: Path) -> list[tuple[int, float, float, float]]:
    """(messages, peak RSS MB of the scanning process, of its largest worker, seconds).

    These mailboxes have no 1-5 MB attachment mails, so 100,000 messages fit the disk
    and the clock; the peak then measures what grows with the message count."""
    results = []
    for n in sizes:
        root = ensure_mailbox(n, (fmt,), wording, big_attachments=False, name=f"mem-{n}")
        r = run_library(root / FORMAT_PATH[fmt], jobs, OUT / f"report-mem-{n}-{fmt}.json")
        results.append((n, r["maxrss_kb"] / 1024, r["children_maxrss_kb"] / 1024, r["seconds"]))
    return results


# --- mailbox handling ----------------------------------------------------------------------


def ensure_mailbox(n: int, formats: tuple[str, ...], wording: Path, *,
                   big_attachments: bool = True, name: str | None = None) -> Path:
    root = OUT / (name or f"mail-{n}")
    manifest = root / "manifest.json"
    if manifest.exists():
        m = json.loads(manifest.read_text())
        # A mailbox from other wording (or from before the notices were copied
        # from a batch) would be graded against labels it was not made from.
        digest = generate.load_wording(wording).digest
        if (m["n"] == n and m["seed"] == generate.DEFAULT_SEED and set(formats) <= set(
                m["formats"]) and m["big_attachments"] == big_attachments
                and m.get("wording", {}).get("sha256") == digest):
            return root
    log(f"generating {n} messages into {root} ...")
    t0 = time.perf_counter()
    generate.generate(n, root, formats=formats, big_attachments=big_attachments,
                      wording=wording)
    log(f"  done in {time.perf_counter() - t0:.0f} s")
    return root


def warm_cache(root: Path, formats: tuple[str, ...]) -> None:
    for fmt in formats:
        for _ in iter_raw(root, fmt):
            pass


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- output ------------------------------------------------------------------------------


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(x.split()[1]) for x in Path("/proc/meminfo").read_text().splitlines()
                      if x.startswith("MemTotal"))
        ram = f"{mem_kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    return (f"{os.cpu_count()} cores ({model}), {ram}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def table(rows: list[Row], floor: dict[str, float], naive: dict[str, float]) -> str:
    head = ("| format | method | seconds | msgs/s | MB/s | vs floor | vs naive | notices |\n"
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    lines = [head]
    for r in rows:
        vs_floor = floor[r.fmt] / r.seconds
        vs_naive = naive[r.fmt] / r.seconds if r.fmt in naive else float("nan")
        lines.append(
            f"| {r.fmt} | {r.method} | {r.seconds:.2f} | {r.messages / r.seconds:,.0f} | "
            f"{r.mbytes / r.seconds:,.0f} | {vs_floor:.2f}x | {vs_naive:.1f}x | "
            f"{'' if r.notices is None else r.notices} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="cancel-mail speed benchmark")
    p.add_argument("--n", type=int, default=20_000, help="messages in the mailbox")
    p.add_argument("--formats", default="eml,mbox,maildir")
    p.add_argument("--naive-sample", type=int, default=500,
                   help="messages the naive parser really parses per format (0 = all)")
    p.add_argument("--memory", default="10000,100000",
                   help="mailbox sizes for the peak-RSS comparison ('' to skip)")
    p.add_argument("--memory-format", default="mbox")
    p.add_argument("--no-cli", action="store_true", help="skip the CLI runs")
    p.add_argument("--repeat", type=int, default=2,
                   help="library scans: report the best of this many runs")
    p.add_argument("--imap-n", type=int, default=10_000,
                   help="messages in the Dovecot folder (0 to skip)")
    p.add_argument("--wording", type=Path, default=generate.WORDING, metavar="DIR",
                   help="blind batch the mailbox's notices are copied from "
                        "(default heldout/batch-a)")
    args = p.parse_args(argv)
    formats = tuple(args.formats.split(","))
    cores = os.cpu_count() or 1
    OUT.mkdir(exist_ok=True)

    root = ensure_mailbox(args.n, generate.FORMATS, args.wording)
    load_start = os.getloadavg()
    manifest = json.loads((root / "manifest.json").read_text())
    log("warming the page cache (every run below reads from memory) ...")
    warm_cache(root, formats)

    rows: list[Row] = []
    floor: dict[str, float] = {}
    naive: dict[str, float] = {}
    reports: dict[str, Path] = {}
    notes: list[str] = []
    for fmt in formats:
        log(f"[{fmt}] floor ...")
        fl = measure_floor(root, fmt)
        floor[fmt] = fl.seconds
        rows.append(fl)
        log(f"[{fmt}] naive ...")
        nv = measure_naive(root, fmt, args.naive_sample)
        naive[fmt] = nv.seconds
        rows.append(nv)
        notes.append(f"naive on {fmt}: {nv.note}")
        steps: list[tuple[str, Callable[[], tuple[Row, Path]]]] = [
            ("lib-1", lambda f=fmt, m=fl.mbytes: measure_library(root, f, 1, m, args.repeat)),
            (f"lib-{cores}",
             lambda f=fmt, m=fl.mbytes: measure_library(root, f, cores, m, args.repeat)),
        ]
        if not args.no_cli:
            steps += [
                ("cli-1", lambda f=fmt, m=fl.mbytes: measure_cli(root, f, 1, "1", m)),
                ("cli-0", lambda f=fmt, m=fl.mbytes: measure_cli(root, f, 0,
                                                                 f"0 (= {cores})", m)),
            ]
        for label, step in steps:
            log(f"[{fmt}] {label} ...")
            row, report = step()
            rows.append(row)
            reports[f"{fmt}-{label}"] = report

    load_end = os.getloadavg()
    print(f"\nMachine: {machine()}")
    print(f"Load average (1 min) at start {load_start[0]:.1f}, at the end of the scans "
          f"{load_end[0]:.1f} (other work on the machine slows every row alike only if it "
          "stays constant)")
    print(f"Command: .venv/bin/python benchmarks/run.py {' '.join(argv or sys.argv[1:])}")
    print(f"Mailbox: {args.n} messages, {manifest['bytes'] / 1e6:,.0f} MB per format; mix "
          + ", ".join(f"{k} {v}" for k, v in manifest["counts"].items()))
    print("Page cache warm; ratios are time(floor or naive) / time(row): >1 means faster. "
          f"Floor: best of 3; library scans: best of {args.repeat}; CLI: one run.\n")
    print(table(rows, floor, naive))
    print()
    for note in notes:
        print(f"- {note}")

    # Every scan of the same mailbox must agree on what it found.
    found = {k: len(json.loads(v.read_bytes())["notices"]) for k, v in reports.items()}
    if len(set(found.values())) > 1:
        print(f"\nWARNING: runs disagree on the number of notices: {found}")

    first = reports.get(f"{formats[0]}-lib-1")
    if first is not None:
        acc = accuracy(manifest, first)
        w = manifest["wording"]
        print(f"\nAccuracy ({formats[0]}, library jobs=1) vs the labels of {w['folder']}, "
              f"whose {w['notices'] + w['threads']} notices and {w['lookalikes']} look-alikes "
              "the mailbox's are copies of (each several times):")
        print(f"- notices found: {acc.found}/{acc.notices}; causes right: "
              f"{acc.cause_right}/{acc.notices}; genuine notices rated suspicious: "
              f"{acc.genuine_suspicious}")
        print(f"- look-alikes reported: {acc.lookalikes_found}/{acc.lookalikes}, rated "
              f"suspicious: {acc.lookalikes_suspicious}/{acc.lookalikes}")
        print(f"- false positives: {len(acc.false_positives)}")
        for label, items in (("missed", acc.missed), ("wrong cause", acc.wrong_cause),
                             ("false positive", acc.false_positives)):
            for item in items[:30]:
                print(f"  - {label}: {item}")
            if len(items) > 30:
                print(f"  - ... {len(items) - 30} more {label}")

    targets: list[tuple[str, bool]] = []
    for fmt in formats:
        best = min((r for r in rows if r.fmt == fmt and "cancel-mail" in r.method
                    and "jobs=1" not in r.method and "--jobs 1" not in r.method),
                   key=lambda r: r.seconds, default=None)
        if best is not None:
            targets.append((f"{fmt}: all cores vs naive {naive[fmt] / best.seconds:.1f}x "
                            "(target >= 30x)", naive[fmt] / best.seconds >= 30))
            targets.append((f"{fmt}: all cores vs floor {floor[fmt] / best.seconds:.2f}x "
                            "(target >= 0.5x)", floor[fmt] / best.seconds >= 0.5))

    if args.memory:
        sizes = [int(x) for x in args.memory.split(",")]
        print(f"\nPeak RSS of a scan (scan_path in a fresh process) on {args.memory_format}; "
              "these mailboxes have the same mix without the 1-5 MB attachment mails:")
        for jobs in (1, cores):
            log(f"memory, jobs={jobs} ...")
            mem = measure_memory(sizes, args.memory_format, jobs, args.wording)
            for n, rss, worker, seconds in mem:
                extra = f", largest worker {worker:.1f} MB" if jobs > 1 else ""
                print(f"- jobs={jobs}, {n:,} messages: {rss:.1f} MB{extra} ({seconds:.0f} s)")
            if len(mem) >= 2:
                ratio = mem[-1][1] / mem[0][1]
                print(f"- jobs={jobs}, ratio {mem[-1][0]:,} / {mem[0][0]:,}: {ratio:.3f}")
                targets.append((f"jobs={jobs}: peak RSS at {mem[-1][0]:,} messages "
                                f"{mem[-1][1]:.0f} MB (target <= 150)", mem[-1][1] <= 150))
                targets.append((f"jobs={jobs}: peak RSS ratio {ratio:.3f} (target <= 1.10)",
                                ratio <= 1.10))

    if args.imap_n:
        log("imap ...")
        import imap_bench

        for line in imap_bench.measure(args.imap_n, OUT, root):
            print(line)
        result = OUT / "imap-bench.json"
        if result.exists():
            per_folder = json.loads(result.read_text()).get("per_folder")
            if per_folder is not None:
                targets.append((f"idle poll: {per_folder:.1f} commands per folder "
                                "(target <= 2)", per_folder <= 2))

    print("\nTargets:")
    for text, met in targets:
        print(f"- [{'met' if met else 'NOT met'}] {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
