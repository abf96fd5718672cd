"""dyad on a Dask cluster: documents coded by the workers, one Coder per worker process.

    from dask.distributed import Client, LocalCluster
    import dask.bag as db, dyad.dask
    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    counts = dyad.dask.ingest(db.read_text("news-*.jsonl").map(json.loads), "postgresql://…/events")
    events = dyad.dask.code(ddf).events.compute()        # or keep the frames as Dask DataFrames

Each worker process loads the engine once, on its first task (`coder()` keeps it in a
module global), and reuses it for every later task. Tasks write into the store with
the library's ingest: documents whose text is already stored are skipped inside the
transaction that would add them, so a task that is retried after its worker died
adds nothing twice. Several workers writing at once need PostgreSQL (SQLite serialises
writers on one machine only). Events are merged once at the end, by the caller.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Optional

import pandas as pd

import dyad

_coders: dict = {}
_lock = threading.Lock()


def coder(threads: int = 1, parse: str = "needed", data: Optional[str] = None) -> dyad.Coder:
    """The Coder of this process for these settings, loaded on first use and kept."""
    key = (threads, parse, data)
    with _lock:
        c = _coders.get(key)
        if c is None:
            c = _coders[key] = dyad.Coder(threads=threads, parse=parse, data=data)
        return c


def loads() -> int:
    """How many Coders this process has loaded (tests check that workers load one)."""
    return len(_coders)


def _records(part: Any) -> Any:
    if isinstance(part, pd.DataFrame):
        return part
    return list(part)


def _is_paths(data: Any) -> bool:
    return isinstance(data, (list, tuple)) and all(isinstance(p, (str, os.PathLike)) for p in data)


def _partitions(data: Any) -> tuple:
    """(delayed partitions, kind): a Dask bag or DataFrame of documents, or a list of files."""
    import dask.bag
    import dask.dataframe
    from dask import delayed

    if isinstance(data, (str, os.PathLike)):
        data = [data]
    if _is_paths(data):
        return [delayed(os.fspath(p)) for p in data], "files"
    if isinstance(data, dask.dataframe.DataFrame):
        return data.to_delayed(), "records"
    if isinstance(data, dask.bag.Bag):
        return data.to_delayed(), "records"
    raise TypeError("dyad.dask takes a Dask bag of dicts, a Dask DataFrame or a list of jsonl/zstd files")


def _ingest_part(part: Any, store: str, settings: dict, batch: int, errors: str, id_from_hash: bool,
                 window: int) -> dict:
    # SQLite gives up on a lock after its busy timeout (10 s), which a busy machine can exceed. Ingest is
    # idempotent (what a failed attempt committed is skipped), so the task simply tries again.
    for attempt in range(4):
        try:
            return _ingest_once(part, store, settings, batch, errors, id_from_hash, window)
        except dyad.StoreError as e:
            if "database is locked" not in str(e) or attempt == 3:
                raise
            time.sleep(1 + attempt)
    raise AssertionError("unreachable")


def _ingest_once(part: Any, store: str, settings: dict, batch: int, errors: str, id_from_hash: bool,
                 window: int) -> dict:
    c = coder(**settings)
    if isinstance(part, str):
        out = c._coder.ingest_files(store, [part], batch=batch, id_from_hash=id_from_hash, window=window)
    else:
        out = c.ingest(_records(part), store, errors=errors, id_from_hash=id_from_hash, batch=batch, aggregate=False)
        out["rejects"] = len(out["rejects"])
    out["pid"] = os.getpid()
    return out


def ingest(data: Any, store: str, threads: int = 1, parse: str = "needed", data_dir: Optional[str] = None,
           batch: int = 256, window: int = 3, errors: str = "collect", id_from_hash: bool = False,
           aggregate: bool = True, client: Any = None) -> dict:
    """Codes `data` on the current Dask scheduler (a distributed Client when one is active) into
    the store at `store` and, with `aggregate`, merges the events once all partitions are in.

    data: a Dask bag of dicts or a Dask DataFrame (id, date, text …), or a list of files
    (jsonl, dated-text or text; .gz/.zst), one task per partition or file.
    threads: coding threads per task. client: the distributed Client to run on (default: the
    current one, else Dask's default scheduler). Returns the summed counts (read, added, skipped,
    mentions, transfers, rejects, groups) and `workers`, the worker processes that took part.
    """
    import dask

    parts, _ = _partitions(data)
    settings = {"threads": threads, "parse": parse, "data": data_dir}
    # The schema (and SQLite's WAL mode) made once here, before the workers open the store together.
    dyad._dyad.create_store(store)
    tasks = [dask.delayed(_ingest_part, pure=False)(p, store, settings, batch, errors, id_from_hash, window)
             for p in parts]
    results = client.gather(client.compute(tasks)) if client is not None else dask.compute(*tasks)
    total = {k: 0 for k in ("read", "added", "skipped", "mentions", "transfers", "rejects")}
    for r in results:
        for k in total:
            total[k] += r[k]
    total["workers"] = len({r["pid"] for r in results})
    # File tasks run the library's ingest, which merges its own groups as `dyad ingest` does.
    total["groups"] = sum(r.get("groups", 0) for r in results)
    if aggregate:
        total["groups"] += dyad.aggregate(store, window=window)
    return total


def _code_part(part: Any, settings: dict, kind: str, explain: bool, errors: str) -> dict:
    c = coder(**settings)
    if isinstance(part, str):
        out = c.code_files(part, explain=explain)
    else:
        out = c.code(_records(part), errors=errors, explain=explain)
    return {"events": out.events, "transfers": out.transfers, "items": out.items, "documents": out.documents,
            "rejects": out.rejects}


class Frames:
    """What dyad.dask.code returns: Dask DataFrames, one per record kind (as dyad.Coded)."""

    def __init__(self, frames: dict):
        self.events = frames["events"]
        self.transfers = frames["transfers"]
        self.items = frames["items"]
        self.documents = frames["documents"]
        self.rejects = frames["rejects"]


def code(data: Any, threads: int = 1, parse: str = "needed", data_dir: Optional[str] = None, explain: bool = False,
         errors: str = "collect") -> Frames:
    """Codes `data` (as for ingest) lazily: Dask DataFrames of events, transfers, items, documents
    and rejects, one partition per input partition or file, in input order."""
    import dask
    import dask.dataframe as dd

    parts, kind = _partitions(data)
    settings = {"threads": threads, "parse": parse, "data": data_dir}
    coded = [dask.delayed(_code_part, pure=True)(p, settings, kind, explain, errors) for p in parts]
    extra = {"explain": "object"} if explain else None
    metas = {
        "events": dyad._frame({}, dyad.EVENT_COLUMNS, extra),
        "transfers": dyad._frame({}, dyad.TRANSFER_COLUMNS, extra),
        "items": dyad._frame({}, dyad.ITEM_COLUMNS),
        "documents": dyad._frame({}, dyad.DOCUMENT_COLUMNS),
        "rejects": dyad._frame({}, dyad.REJECT_COLUMNS),
    }
    frames = {}
    for name, meta in metas.items():
        frames[name] = dd.from_delayed([c[name] for c in coded], meta=meta, verify_meta=False)
    return Frames(frames)
