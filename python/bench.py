"""Measures the Python module against the CLI, and Dask with 1 and 2 worker processes.

    PYTHONPATH=build/python /usr/bin/python3 python/bench.py [CORPUS] [--dask] [--pg URL] [--no-local]

CORPUS defaults to ../shared/corpora/bench.jsonl. Prints wall-clock and CPU seconds of each run
(best of --repeat; runs of the configurations compared are alternated, so that a busy machine
slows them alike); nothing is asserted. The figures in docs/python.md come from this script.
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


def alternate(runs, repeat):
    """runs: {label: (fn, cpu clock)}; each fn run `repeat` times, in turn. Returns {label: best wall}."""
    walls, cpus, infos = {}, {}, {}
    for _ in range(repeat):
        for label, (fn, cpu) in runs.items():
            c0, t0 = cpu(), time.perf_counter()
            infos[label] = fn()
            walls.setdefault(label, []).append(time.perf_counter() - t0)
            cpus.setdefault(label, []).append(cpu() - c0)
    for label in runs:
        w = walls[label]
        print(f"{label:60s} best wall {min(w):6.2f} s (runs {', '.join(f'{x:.2f}' for x in w)}), "
              f"best cpu {min(cpus[label]):6.2f} s  {infos[label] or ''}", flush=True)
    return {label: min(w) for label, w in walls.items()}


def local(a, corpus, docs):
    import pandas as pd

    import dyad

    dyad_bin = str(Path(a.build) / "dyad")
    df = pd.DataFrame(docs)
    loaded = dyad.Coder()

    def cli():
        with open(os.devnull, "w") as out:
            subprocess.run([dyad_bin, "code", "-q", corpus], stdout=out, check=True)

    def files():
        out = dyad.Coder().code_files(corpus)
        return f"{len(out.events)} events, {len(out.documents)} documents"

    def frame():
        return f"{len(loaded.code(df).events)} events"

    def end_to_end():
        c = dyad.Coder()
        with open(corpus, encoding="utf-8") as fh:
            d = pd.DataFrame([json.loads(line) for line in fh if line.strip()])
        return f"{len(c.code(d).events)} events"

    best = alternate({
        "CLI: dyad code FILE > /dev/null (start-up included)": (cli, cpu_children),
        "Python: Coder() + code_files(FILE) -> DataFrames": (files, cpu_self),
        "Python: code(DataFrame in memory), Coder loaded": (frame, cpu_self),
        "Python: Coder() + json.loads + DataFrame + code()": (end_to_end, cpu_self),
    }, a.repeat)
    t_cli = best["CLI: dyad code FILE > /dev/null (start-up included)"]
    for label, t in best.items():
        if not label.startswith("CLI"):
            print(f"  {label}: {100 * (t / t_cli - 1):+.1f} % vs the CLI")


def dask_part(a, docs):
    import distributed

    import dyad
    import dyad.dask

    tmp = tempfile.mkdtemp(prefix="dyad-bench-")
    paths = []
    for i in range(a.parts):
        p = os.path.join(tmp, f"part{i}.jsonl")
        with open(p, "w", encoding="utf-8") as fh:
            for d in docs[i:: a.parts]:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        paths.append(p)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(a.build) / "python"),
                                                             os.environ.get("PYTHONPATH")]))
    clusters = {n: distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=40) for n in (1, 2)}
    clients = {n: distributed.Client(c, set_as_default=False) for n, c in clusters.items()}
    for c in clients.values():
        c.run(lambda: dyad.dask.coder() and None)  # loaded in every worker: start-up is not measured

    def worker_cpu(client):
        return client.run(cpu_self)  # {worker address: CPU seconds of its process}

    def code(n):
        def run():
            before = worker_cpu(clients[n])
            events = clients[n].compute(dyad.dask.code(paths).events).result()
            after = worker_cpu(clients[n])
            spent = sorted(after[w] - before[w] for w in after)
            return f"{len(events)} events; worker CPU {' + '.join(f'{x:.2f}' for x in spent)} s"
        return run

    best = alternate({f"Dask {n} worker(s): client.compute(code({a.parts} files).events)": (code(n), cpu_self)
                      for n in clients}, a.repeat)
    t = list(best.values())
    print(f"  Dask code: 2 workers vs 1: {t[0] / t[1]:.2f}x", flush=True)
    if a.pg:
        ingest = {}
        for n, client in clients.items():
            schema = f"bench_{os.getpid()}_{n}"
            subprocess.run(["psql", "-q", a.pg, "-c", f"SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS "
                            f"{schema} CASCADE; CREATE SCHEMA {schema}"], check=True, capture_output=True)
            url = f"{a.pg}{'&' if '?' in a.pg else '?'}options=-csearch_path%3D{schema}"
            t0 = time.perf_counter()
            c = dyad.dask.ingest(paths, url, client=client)
            ingest[n] = time.perf_counter() - t0
            print(f"Dask {n} worker(s): ingest({a.parts} files) into PostgreSQL: {ingest[n]:.2f} s; "
                  f"{c['added']} documents added, {c['groups']} groups", flush=True)
        print(f"  Dask ingest: 2 workers vs 1: {ingest[1] / ingest[2]:.2f}x", flush=True)
    for client in clients.values():
        client.close()
    for cluster in clusters.values():
        cluster.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpora" / "bench.jsonl"))
    ap.add_argument("--build", default=str(ROOT / "build"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dask", action="store_true", help="also Dask with 1 and 2 worker processes")
    ap.add_argument("--no-local", action="store_true", help="skip the CLI and module runs")
    ap.add_argument("--pg", help="with --dask: also ingest into fresh schemas of this PostgreSQL database")
    ap.add_argument("--parts", type=int, default=8, help="files the corpus is split into for Dask")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.build) / "python"))
    with open(a.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    print(f"corpus {a.corpus}: {os.path.getsize(a.corpus) / 1e6:.1f} MB, {len(docs)} documents; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    if not a.no_local:
        local(a, a.corpus, docs)
    if a.dask:
        dask_part(a, docs)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
