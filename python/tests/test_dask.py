"""dyad.dask on a LocalCluster of 2 worker processes: into one store with the counts of one
`dyad ingest`, one Coder per worker, and a worker killed mid-run leaves no duplicates."""

import os

import pandas as pd
import pytest

from conftest import BENCH, example_documents, records, run_dyad, write_jsonl

N = 2000


def documents():
    """2,000 documents: bench.jsonl's first when it is there, else made from the example."""
    if BENCH.exists():
        import json
        with open(BENCH, encoding="utf-8") as fh:
            return [json.loads(line) for _, line in zip(range(N), fh)]
    return example_documents(N)


@pytest.fixture(scope="module")
def client(dyad_module):
    distributed = pytest.importorskip("distributed")
    import dask
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
    c = distributed.Client(cluster)
    with dask.config.set({"distributed.scheduler.allowed-failures": 3}):
        yield c
    c.close()
    cluster.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_store")
    return str(tmp_path / "s.db")


@pytest.fixture(scope="module")
def docs_and_counts(tmp_path_factory, dyad_module):
    """The documents, and what one `dyad ingest` of them stores."""
    tmp = tmp_path_factory.mktemp("one")
    docs = documents()
    path = write_jsonl(tmp / "docs.jsonl", docs)
    run_dyad("ingest", "-q", "--store", tmp / "one.db", path)
    return docs, path, dyad_module.store_info(str(tmp / "one.db"))


def assert_same_counts(dyad_module, store, want):
    got = dyad_module.store_info(store)
    for k in ("documents", "sentences", "actors", "mentions", "transfers", "events", "pending_groups"):
        assert got[k] == want[k], f"{k}: {got[k]} != {want[k]}"


def test_bag_on_two_workers_equals_one_ingest(dyad_module, client, store, docs_and_counts):
    import dask.bag as db
    import dyad.dask
    docs, _, want = docs_and_counts
    counts = dyad.dask.ingest(db.from_sequence(docs, npartitions=8), store)
    assert counts["read"] == N and counts["added"] == want["documents"] and counts["workers"] == 2
    assert_same_counts(dyad_module, store, want)
    # One Coder per worker process, loaded once for all of its tasks.
    assert sorted(client.run(dyad.dask.loads).values()) == [1, 1]
    again = dyad.dask.ingest(db.from_sequence(docs, npartitions=4), store)
    assert again["added"] == 0 and again["skipped"] == N
    assert_same_counts(dyad_module, store, want)


def test_files_and_dataframe(dyad_module, client, tmp_path, docs_and_counts):
    import dask.dataframe as dd
    import dyad.dask
    docs, _, _ = docs_and_counts
    small = docs[:200]
    files = [write_jsonl(tmp_path / f"p{i}.jsonl", small[i::2]) for i in range(2)]
    store = str(tmp_path / "files.db")
    counts = dyad.dask.ingest([str(f) for f in files], store)
    assert counts["read"] == 200
    cli_store = str(tmp_path / "cli.db")
    run_dyad("ingest", "-q", "--store", cli_store, *files)
    assert_same_counts(dyad_module, store, dyad_module.store_info(cli_store))
    frames = dyad.dask.code(dd.from_pandas(pd.DataFrame(small), npartitions=3))
    events = frames.events.compute().reset_index(drop=True)
    local = dyad_module.Coder().code(small).events
    pd.testing.assert_frame_equal(events, local)
    assert list(frames.documents.compute()["doc_id"]) == [d["id"] for d in small]


def kill_once(part, marker, store):
    """On the first attempt anywhere: commit half the partition, then die as a crashed worker does."""
    if not os.path.exists(marker):
        open(marker, "w").close()
        import dyad.dask
        dyad.dask.coder().ingest(part[: len(part) // 2], store, aggregate=False)
        os._exit(1)
    return part


def test_worker_killed_mid_run_leaves_no_duplicates(dyad_module, client, store, tmp_path, docs_and_counts):
    import dask.bag as db
    import dyad.dask
    docs, _, want = docs_and_counts
    before = set(client.run(os.getpid).values())
    marker = str(tmp_path / "killed")
    bag = db.from_sequence(docs, npartitions=8).map_partitions(kill_once, marker, store)
    counts = dyad.dask.ingest(bag, store)
    assert os.path.exists(marker)
    client.wait_for_workers(2)
    assert set(client.run(os.getpid).values()) != before  # a worker process was replaced
    assert counts["read"] <= N + len(docs) // 8
    assert_same_counts(dyad_module, store, want)
