"""Measures the Python module against the CLI, and Dask with 1 and 2 worker processes.

    PYTHONPATH=build/python /usr/bin/python3 python/bench.py [../shared/corpora/bench.jsonl] [--dask] [--pg URL]

Prints wall-clock and CPU seconds of each run (best of --repeat); nothing is asserted.
The figures in docs/python.md come from this script.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best(label, fn, repeat, cpu=cpu_self):
    runs = []
    for _ in range(repeat):
        c0, t0 = cpu(), time.perf_counter()
        info = fn()
        runs.append((time.perf_counter() - t0, cpu() - c0, info))
    wall, cpu_s, info = min(runs, key=lambda r: r[0])
    print(f"{label:58s} wall {wall:6.2f} s  cpu {cpu_s:6.2f} s  {info or ''}", flush=True)
    return wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpora" / "bench.jsonl"))
    ap.add_argument("--build", default=str(ROOT / "build"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dask", action="store_true", help="also Dask with 1 and 2 worker processes")
    ap.add_argument("--pg", help="a PostgreSQL URL: Dask ingests into fresh schemas of it")
    ap.add_argument("--parts", type=int, default=8, help="files the corpus is split into for Dask")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.build) / "python"))
    import pandas as pd

    import dyad

    corpus = a.corpus
    dyad_bin = str(Path(a.build) / "dyad")
    size = os.path.getsize(corpus) / 1e6
    print(f"corpus {corpus}: {size:.1f} MB; load average {os.getloadavg()[0]:.2f}", flush=True)

    def cli():
        with open(os.devnull, "w") as out:
            subprocess.run([dyad_bin, "code", "-q", corpus], stdout=out, check=True)

    t_cli = best("CLI: dyad code FILE > /dev/null (load included)", cli, a.repeat, cpu_children)

    def files():
        c = dyad.Coder()
        out = c.code_files(corpus)
        return f"{len(out.events)} events, {len(out.documents)} documents"

    t_files = best("Python: Coder() + code_files(FILE) -> DataFrames", files, a.repeat)

    with open(corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    df = pd.DataFrame(docs)
    coder = dyad.Coder()

    def frame():
        out = coder.code(df)
        return f"{len(out.events)} events"

    t_frame = best("Python: code(DataFrame in memory), coder loaded", frame, a.repeat)

    def end_to_end():
        c = dyad.Coder()
        with open(corpus, encoding="utf-8") as fh:
            d = pd.DataFrame([json.loads(line) for line in fh if line.strip()])
        out = c.code(d)
        return f"{len(out.events)} events"

    t_e2e = best("Python: Coder() + json.loads lines + DataFrame + code()", end_to_end, a.repeat)
    for label, t in [("code_files", t_files), ("code(DataFrame)", t_frame), ("end to end", t_e2e)]:
        print(f"  overhead vs CLI, {label}: {100 * (t / t_cli - 1):+.1f} %")

    if a.dask:
        import dask
        import distributed

        import dyad.dask

        tmp = tempfile.mkdtemp(prefix="dyad-bench-")
        paths = []
        for i in range(a.parts):
            p = os.path.join(tmp, f"part{i}.jsonl")
            with open(p, "w", encoding="utf-8") as fh:
                for d in docs[i :: a.parts]:
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
            paths.append(p)
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(a.build) / "python"),
                                                                 os.environ.get("PYTHONPATH")]))
        times = {}
        for n in (1, 2):
            with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                          dashboard_address=None, silence_logs=40) as cluster, \
                    distributed.Client(cluster) as client:
                # Load the Coder in every worker first: the start-up is not what is measured.
                client.run(lambda: dyad.dask.coder() and None)

                def code():
                    ev = dyad.dask.code(paths).events.compute()
                    return f"{len(ev)} events"

                times[("code", n)] = best(f"Dask {n} worker(s): code({a.parts} files).events.compute()", code,
                                          a.repeat)
                if a.pg:
                    schema = f"bench_{os.getpid()}_{n}"

                    def ingest():
                        subprocess.run(["psql", "-q", a.pg, "-c", f"DROP SCHEMA IF EXISTS {schema} CASCADE; "
                                        f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
                        url = f"{a.pg}{'&' if '?' in a.pg else '?'}options=-csearch_path%3D{schema}"
                        c = dyad.dask.ingest(paths, url)
                        return f"{c['added']} documents added, {c['groups']} groups"

                    times[("ingest", n)] = best(f"Dask {n} worker(s): ingest({a.parts} files) into PostgreSQL",
                                                ingest, 1)
        for what in ("code", "ingest"):
            if (what, 1) in times:
                print(f"  Dask {what}: 2 workers vs 1: {times[(what, 1)] / times[(what, 2)]:.2f}x")
        _ = dask


if __name__ == "__main__":
    main()
