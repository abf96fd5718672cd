"""Shared fixtures: the build tree's module and CLI, the corpora, throwaway stores.

Run from the repository root:  /usr/bin/python3 -m pytest python/tests
Environment: DYAD_BUILD_DIR (default build/), DYAD_TEST_PG (a PostgreSQL URL: the
PostgreSQL tests are skipped without it), ../shared next to the repository (the
bench.jsonl slices are skipped without it).
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("DYAD_BUILD_DIR", ROOT / "build")).resolve()
DYAD = BUILD / "dyad"
sys.path.insert(0, str(BUILD / "python"))
# Dask workers are new processes: they find the package and these tests (test_dask.kill_once) through it.
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, [str(BUILD / "python"), str(Path(__file__).parent), os.environ.get("PYTHONPATH")]))
SHARED = Path(os.environ.get("DYAD_SHARED", ROOT.parent / "shared"))  # DYAD_SHARED=/none: as a clean clone
BENCH = SHARED / "corpora" / "bench.jsonl"
EXAMPLES = ROOT / "examples"


def run_dyad(*args, input=None, check=True):
    """Runs the CLI; returns the CompletedProcess (text mode)."""
    r = subprocess.run([str(DYAD), *map(str, args)], input=input, capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"dyad {' '.join(map(str, args))}: exit {r.returncode}\n{r.stderr}")
    return r


def records(stdout):
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def bench_slice(n):
    """The first n documents of bench.jsonl as dicts; skips the test when the corpus is absent."""
    if not BENCH.exists():
        pytest.skip(f"{BENCH} is absent (it sits next to the repository at CI)")
    docs = []
    with open(BENCH, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
            if len(docs) == n:
                break
    return docs


def example_documents(n):
    """n distinct documents made from the paragraphs of the bundled example (no corpus needed)."""
    text = (EXAMPLES / "000_90c7cde4e5de5aaa.txt").read_text(encoding="utf-8")
    date, body = text.split(None, 2)[1], text.split(None, 2)[2]
    paras = [p.strip() for p in body.split("\n\n") if len(p.strip()) > 40]
    docs = []
    for i in range(n):
        t = f"{paras[i % len(paras)]}\n\n{paras[(i * 7 + 3) % len(paras)]}\n\nThe report was filed as number {i}."
        docs.append({"id": f"ex{i:05d}", "date": date, "text": t})
    return docs


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def dyad_module():
    try:
        import dyad
    except ImportError as e:  # built without pybind11, or under the sanitizers
        pytest.skip(f"the Python module is not built in {BUILD}/python ({e})")
    return dyad


@pytest.fixture(scope="session")
def coder(dyad_module):
    return dyad_module.Coder(threads=1)


@pytest.fixture
def pg_store():
    """A fresh PostgreSQL store location (its own schema), dropped afterwards."""
    url = os.environ.get("DYAD_TEST_PG")
    if not url:
        pytest.skip("DYAD_TEST_PG is not set (.ci/run starts a PostgreSQL for it)")
    schema = "dyad_py_" + uuid.uuid4().hex[:12]
    psql(url, f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options=-csearch_path%3D{schema}"
    psql(url, f"SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS {schema} CASCADE")


def psql(url, sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True, capture_output=True)




