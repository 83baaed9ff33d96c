#!/usr/bin/python3
"""Distributed ingest end to end (issue 10): pages/s through `ingest --to` and
1, 2, 3 `newsdesk worker` processes on one store, beside a single-process
`newsdesk ingest` of the same pages. The store is SQLite, or with --pg URL a
fresh database on that PostgreSQL server for each run.

A run starts the workers on an empty queue, then publishes every page; it ends
when the store holds as many documents as the single-process run stored (polled
every 0.1 s), so the workers' idle wait is not counted. CPU is the sum over the
publisher and workers (getrusage of children). Redeliveries and stream lag (the
most messages waiting behind a fetched batch) come from the workers' summary lines.
On PostgreSQL, CPU includes the server's processes when it runs on this machine.
"""
import argparse
import os
import re
import resource
import socket
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(tmp):
    for d in os.environ.get("PATH", "").split(":") + ["/usr/sbin"]:
        binary = os.path.join(d, "nats-server")
        if os.access(binary, os.X_OK):
            break
    else:
        sys.exit("bench workers: no NEWSDESK_TEST_NATS and no nats-server on PATH")
    port = free_port()
    proc = subprocess.Popen([binary, "-js", "-a", "127.0.0.1", "-p", str(port), "-sd", os.path.join(tmp, "js")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, "nats://127.0.0.1:%d" % port
        except OSError:
            time.sleep(0.1)
    sys.exit("bench workers: nats-server did not start")


def gunzipped_size(path):
    with open(path, "rb") as f:
        f.seek(-4, os.SEEK_END)
        return struct.unpack("<I", f.read(4))[0]


def documents(db):
    if db.startswith("postgresql://"):
        out = subprocess.run(["psql", db, "-tAc", "SELECT count(*) FROM documents"], capture_output=True, text=True)
        return int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip().isdigit() else 0
    try:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=5)
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
        return n
    except sqlite3.Error:
        return 0


def proc_stat(pid):
    with open("/proc/%d/stat" % pid) as f:
        return f.read().rsplit(")", 1)[1].split()


def postgres_cpu(pg):
    """CPU seconds the local PostgreSQL server has used: the postmaster, the
    backends it has reaped, and the ones alive (which are its children)."""
    out = subprocess.run(["psql", pg, "-tAc", "SELECT pg_backend_pid()"], capture_output=True, text=True)
    if out.returncode != 0 or not out.stdout.strip().isdigit():
        return 0.0
    try:
        master = int(proc_stat(int(out.stdout.strip()))[1])
        tick = os.sysconf("SC_CLK_TCK")
        f = proc_stat(master)
        total = sum(int(x) for x in f[11:15])
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    c = proc_stat(int(entry))
                except OSError:
                    continue
                if int(c[1]) == master:
                    total += int(c[11]) + int(c[12])
        return total / tick
    except (OSError, ValueError, IndexError):
        return 0.0  # not on this machine: only the client side is counted


class Stores:
    """Where each run keeps its documents: a file under tmp, or a new PostgreSQL database."""

    def __init__(self, tmp, pg):
        self.tmp, self.pg, self.made = tmp, pg, []

    def server_cpu(self):
        return postgres_cpu(self.pg) if self.pg else 0.0

    def fresh(self, name):
        if not self.pg:
            return os.path.join(self.tmp, name + ".db")
        db = "newsdesk_bench_%d_%s" % (os.getpid(), name)
        subprocess.run(["psql", self.pg, "-qc", "CREATE DATABASE %s" % db], check=True)
        self.made.append(db)
        return self.pg.rsplit("/", 1)[0] + "/" + db

    def drop_all(self):
        for db in self.made:
            subprocess.run(["psql", self.pg, "-qc", "DROP DATABASE IF EXISTS %s" % db], check=False)


def single(binary, pages, stores):
    db = stores.fresh("single")
    cpu0, server0, t0 = cpu_of_children(), stores.server_cpu(), time.time()
    subprocess.run([binary, "ingest", "--db", db, "-q"] + pages, check=False)
    wall = time.time() - t0
    return wall, cpu_of_children() - cpu0 + stores.server_cpu() - server0, documents(db)


def with_workers(binary, pages, tmp, stores, server, n, expected, batch):
    db = stores.fresh("workers%d" % n)
    url = "%s/bench.%d.%d" % (server, os.getpid(), n)
    logs = [os.path.join(tmp, "worker%d-%d.log" % (n, w)) for w in range(n)]
    cpu0, server0, t0 = cpu_of_children(), stores.server_cpu(), time.time()
    procs = [subprocess.Popen([binary, "worker", "--from", url, "--db", db, "--batch", str(batch),
                               "--idle-exit", "3"], stderr=open(log, "w")) for log in logs]
    subprocess.run([binary, "ingest", "--to", url, "-q"] + pages, check=False)
    published = time.time() - t0
    while documents(db) < expected and any(p.poll() is None for p in procs):
        time.sleep(0.1)
    wall = time.time() - t0
    for p in procs:
        p.wait()
    cpu = cpu_of_children() - cpu0 + stores.server_cpu() - server0
    stored = redelivered = lag = failed = 0
    for log in logs:
        with open(log) as f:
            text = f.read()
        m = re.search(r"(\d+) documents stored, \d+ already stored, (\d+) redeliveries.*at most (\d+) messages", text)
        if m:
            stored += int(m.group(1))
            redelivered += int(m.group(2))
            lag = max(lag, int(m.group(3)))
        m = re.search(r"\((\d+) failed\)", text)
        if m:
            failed += int(m.group(1))
    return wall, cpu, published, stored, redelivered, lag, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--workers", default="1,2,3")
    ap.add_argument("--pg", default="", help="a PostgreSQL server URL (postgresql://user@host:port/db) to store in")
    a = ap.parse_args()
    data = os.path.join(os.environ.get("NEWSDESK_SHARED_DIR", ""), "data", "webpages")
    # Pages a default server takes (max_payload 1 MB; two of the shared pages are larger),
    # so that every run stores the same documents.
    pages = [p for p in sorted(os.path.join(data, f) for f in os.listdir(data) if f.endswith(".html.gz"))
             if gunzipped_size(p) <= 1000 * 1000][:a.pages]
    with tempfile.TemporaryDirectory(prefix="newsdesk-workers-bench-") as tmp:
        stores = Stores(tmp, a.pg)
        server_proc = None
        server = os.environ.get("NEWSDESK_TEST_NATS", "")
        if not server:
            server_proc, server = start_server(tmp)
        try:
            print("## workers: %d pages of webpages/ (at most 1 MB each), %s store, %d cores, load average %.1f "
                  "at start, worker --batch %d" % (len(pages), "PostgreSQL" if a.pg else "SQLite", os.cpu_count(),
                                                   os.getloadavg()[0], a.batch))
            wall, cpu, expected = single(a.binary, pages, stores)
            print("%-24s %8s %9s %9s %12s %8s %s" % ("run", "wall s", "pages/s", "CPU s", "CPU ms/page",
                                                 "redeliv.", "max lag (messages)"))
            print("%-24s %8.1f %9.1f %9.1f %12.1f %8s %s" % ("single-process ingest", wall, len(pages) / wall, cpu,
                                                         1000 * cpu / len(pages), "-", "-"))
            for n in [int(x) for x in a.workers.split(",")]:
                wall, cpu, published, stored, redelivered, lag, failed = with_workers(
                    a.binary, pages, tmp, stores, server, n, expected, a.batch)
                print("%-24s %8.1f %9.1f %9.1f %12.1f %8d %d   (published in %.1f s; %d stored of %d; "
                      "%d batches naked on a store error)" % (
                          "%d worker%s" % (n, "s" if n > 1 else ""), wall, len(pages) / wall, cpu,
                          1000 * cpu / len(pages), redelivered, lag, published, stored, expected, failed))
        finally:
            stores.drop_all()
            if server_proc:
                server_proc.terminate()
                server_proc.wait()


if __name__ == "__main__":
    main()
