"""dyad: dated news text to CAMEO/PLOVER events and arms transfers, as pandas DataFrames.

    import dyad
    coder = dyad.Coder(threads=2)               # lexicons and parser model loaded once
    out = coder.code(df)                        # DataFrame or dicts: id, date, text
    out.events, out.transfers, out.items, out.documents, out.rejects
    store = dyad.read_store("dyad.db", dyad="RUS,MLI", series="month")
    store.events, store.series, store.register

The columns and their dtypes are listed in docs/python.md (and in EVENT_COLUMNS,
TRANSFER_COLUMNS … below). dyad.dask codes on a Dask cluster into one store.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import math as _math
import os as _os
from dataclasses import dataclass as _dataclass
from typing import Any, Optional

import pandas as pd

from . import _dyad
from ._dyad import RecordError, StoreError, StoreUsageError  # noqa: F401  (re-exported)

__version__ = _dyad.__version__

_S = "object"  # strings (None where the record has null), lists


def _actor(prefix: str, sectors: bool) -> list:
    cols = [(f"{prefix}_text", _S), (f"{prefix}_code", _S), (f"{prefix}_country", _S)]
    if sectors:
        cols.append((f"{prefix}_sectors", _S))
    return cols + [(f"{prefix}_name", _S)]


_EVIDENCE = [
    ("evidence_sentence", "int64"),
    ("evidence_start", "int64"),
    ("evidence_end", "int64"),
    ("evidence_trigger_start", "int64"),
    ("evidence_trigger_end", "int64"),
    ("evidence_trigger_text", _S),
]

#: Columns of the events frame: the contract's event record (§2.1) flattened with "_".
EVENT_COLUMNS = dict(
    [("doc_id", _S), ("event_id", _S), ("date", _S), ("date_precision", _S), ("date_source", _S)]
    + _actor("source", True)
    + _actor("target", True)
    + [
        ("plover_type", _S),
        ("plover_mode", _S),
        ("plover_contexts", _S),
        ("cameo", _S),
        ("quad_class", "int64"),
        ("goldstein", "float64"),
        ("location_text", _S),
        ("location_name", _S),
        ("location_country", _S),
        ("location_admin1", _S),
        ("location_lat", "float64"),
        ("location_lon", "float64"),
        ("location_geonames_id", "Int64"),
        ("status", _S),
        ("negated", "bool"),
    ]
    + _EVIDENCE
    + [("confidence", "float64")]
)

#: Columns of the transfers frame (§2.2); `items` keeps the record's list of item dicts.
TRANSFER_COLUMNS = dict(
    [("doc_id", _S), ("transfer_id", _S)]
    + _actor("supplier", False)
    + [("supplier_basis", _S)]
    + _actor("recipient", False)
    + [
        ("status", _S),
        ("date", _S),
        ("date_precision", _S),
        ("items", _S),
        ("deal_value", "float64"),
        ("deal_currency", _S),
        ("deal_financing", _S),
        ("deal_second_hand", "boolean"),
    ]
    + _EVIDENCE
    + [("confidence", "float64")]
)

#: Columns of the items frame: one row per item of a transfer.
ITEM_COLUMNS = {
    "doc_id": _S,
    "transfer_id": _S,
    "item": "int64",
    "text": _S,
    "designation": _S,
    "variant": _S,
    "category": _S,
    "description": _S,
    "quantity": "Int64",
    "quantity_text": _S,
}

#: Columns of the documents frame (§2.3), one row per document coded.
DOCUMENT_COLUMNS = {
    "doc_id": _S,
    "date": _S,
    "sentences": "int64",
    "events": "int64",
    "transfers": "int64",
    "warnings": _S,
}

#: Columns of the rejects frame: `record` is the position in the input (or "file:line").
REJECT_COLUMNS = {"record": _S, "id": _S, "reason": _S}

#: Columns of read_store's events: the event columns plus the merge's.
STORED_EVENT_COLUMNS = dict(
    list(EVENT_COLUMNS.items())
    + [
        ("first_seen", _S),
        ("last_seen", _S),
        ("num_mentions", "int64"),
        ("num_sources", "int64"),
        ("num_articles", "int64"),
        ("url", _S),
    ]
)

#: Columns of read_store's series (as `dyad query --series`).
SERIES_COLUMNS = {
    "period": _S,
    "source": _S,
    "target": _S,
    "events": "int64",
    "mentions": "int64",
    "goldstein_sum": "float64",
    "goldstein_mean": "float64",
    "quad1": "int64",
    "quad2": "int64",
    "quad3": "int64",
    "quad4": "int64",
}

_FIELDS = ("id", "date", "text", "title", "url", "source", "language")


def _frame(columns: dict, schema: dict, extra: Optional[dict] = None) -> pd.DataFrame:
    """A DataFrame of `columns` (name -> list) with the dtypes of `schema`."""
    schema = dict(schema, **(extra or {}))
    n = len(next(iter(columns.values()))) if columns else 0
    data = {}
    for name, dtype in schema.items():
        values = columns.get(name, [None] * n)
        if dtype == _S:
            data[name] = pd.Series(values, dtype=object)
        else:
            data[name] = pd.Series(pd.array(values, dtype=dtype) if dtype in ("Int64", "boolean") else values,
                                   dtype=dtype)
    extra_names = [c for c in columns if c not in schema]
    for name in extra_names:
        data[name] = pd.Series(columns[name], dtype=object)
    return pd.DataFrame(data, columns=list(schema) + extra_names)


def _date_text(v: Any) -> Any:
    """Dates as the jsonl reader reads them: strings pass through; date objects become YYYY-MM-DD."""
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, float) and _math.isnan(v):
        return None
    if v is pd.NaT:
        return None
    if isinstance(v, (pd.Timestamp, _dt.datetime, _dt.date)):
        return v.strftime("%Y-%m-%d")
    return v  # rejected by the coder as "date is not a string"


def _columns(records: Any) -> tuple:
    """(ids, dates, texts, meta, speakers) from a DataFrame or an iterable of dicts."""
    if isinstance(records, pd.DataFrame):
        if "text" not in records.columns:
            raise ValueError("the DataFrame has no column 'text' (documents need id, date, text)")
        n = len(records)
        cols = {f: (records[f].tolist() if f in records.columns else None) for f in _FIELDS + ("speaker",)}
        if cols["date"] is not None and pd.api.types.is_datetime64_any_dtype(records["date"]):
            cols["date"] = [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in records["date"]]
    else:
        if isinstance(records, dict):
            raise TypeError("code() takes a DataFrame or an iterable of dicts (one per document), not one dict")
        rows = list(records)
        n = len(rows)
        for i, r in enumerate(rows):
            if not isinstance(r, dict):
                raise RecordError(f"record {i}: a document is a dict with id, date and text, not {type(r).__name__}")
        cols = {f: [r.get(f) for r in rows] for f in _FIELDS + ("speaker",)}
        for f in _FIELDS[3:] + ("speaker",):
            if all(v is None for v in cols[f]):
                cols[f] = None
    ids = cols["id"] if cols["id"] is not None else [None] * n
    dates = [_date_text(d) for d in cols["date"]] if cols["date"] is not None else [None] * n
    texts = cols["text"] if cols["text"] is not None else [None] * n
    meta = {f: cols[f] for f in ("title", "url", "source", "language", "speaker") if cols[f] is not None}
    return ids, dates, texts, meta, cols["speaker"]


@_dataclass
class Coded:
    """What Coder.code returns: one DataFrame per record kind, plus the rejected records."""

    events: pd.DataFrame
    transfers: pd.DataFrame
    items: pd.DataFrame
    documents: pd.DataFrame
    rejects: pd.DataFrame


def _coded(out: dict, explain: bool) -> Coded:
    extra = {"explain": _S} if explain else None
    return Coded(
        events=_frame(out["events"], EVENT_COLUMNS, extra),
        transfers=_frame(out["transfers"], TRANSFER_COLUMNS, extra),
        items=_frame(out["items"], ITEM_COLUMNS),
        documents=_frame(out["documents"], DOCUMENT_COLUMNS),
        rejects=_frame(out["rejects"], REJECT_COLUMNS),
    )


class Coder:
    """The engine, loaded once: lexicons, patterns, gazetteer and parser model.

    threads: documents coded in parallel (the GIL is released while coding).
    parse: "needed" (default, as `dyad code`), "all" or "none".
    data: a data directory to use instead of the embedded data (as `dyad --data`).
    """

    def __init__(self, threads: int = 1, parse: str = "needed", data: Optional[str] = None):
        self._coder = _dyad.Coder(threads=int(threads), parse=parse, data=data or "")

    @property
    def threads(self) -> int:
        return self._coder.threads

    def code(self, records: Any, errors: str = "raise", explain: bool = False, id_from_hash: bool = False) -> Coded:
        """Codes documents: a DataFrame or an iterable of dicts with `id`, `date` (YYYY-MM-DD, an ISO
        timestamp, a date or Timestamp, or None) and `text`; optional `title`, `url`, `source`,
        `language` and `speaker` (an actor code such as "SYR": "we", "our country" resolve to it, as in jsonl
        input; also kept in the documents frame).

        errors="raise": a bad record raises dyad.RecordError naming it ("record 3 (id 'x'): empty text").
        errors="collect": bad records are skipped and listed in the rejects frame.
        """
        ids, dates, texts, meta, speakers = _columns(records)
        out = self._coder.code(ids, dates, texts, meta, errors=errors, explain=explain, id_from_hash=id_from_hash)
        coded = _coded(out, explain)
        if speakers is not None:
            rejected = set(coded.rejects["record"])
            kept = [s for i, s in enumerate(speakers) if i not in rejected]
            coded.documents["speaker"] = pd.Series(kept, dtype=object)
        return coded

    def code_files(self, paths: Any, input_format: str = "auto", date: Optional[str] = None,
                   id_from_hash: bool = False, explain: bool = False) -> Coded:
        """Codes files or directories as `dyad code` reads them (jsonl, dated-text, text; .gz/.zst).
        Unreadable documents are listed in the rejects frame with record "file:line"."""
        if isinstance(paths, (str, _os.PathLike)):
            paths = [paths]
        out = self._coder.code_files([_os.fspath(p) for p in paths], input_format=input_format, date=date or "",
                                     id_from_hash=id_from_hash, explain=explain)
        return _coded(out, explain)

    def ingest(self, records: Any, store: str, errors: str = "collect", id_from_hash: bool = False,
               batch: int = 256, aggregate: bool = True, window: int = 3) -> dict:
        """Codes documents into a store (SQLite path or postgresql:// URL), as `dyad ingest` does:
        documents already stored (same text) are skipped, each batch is one transaction, and with
        `aggregate` the mentions are merged into events at the end. Returns the counts."""
        ids, dates, texts, meta, _ = _columns(records)
        out = self._coder.ingest(store, ids, dates, texts, meta, errors=errors, id_from_hash=id_from_hash,
                                 batch=int(batch))
        out["rejects"] = _frame(out["rejects"], REJECT_COLUMNS)
        out["groups"] = _dyad.aggregate(store, window=window) if aggregate else 0
        return out

    def stats(self) -> dict:
        """Lexicon sizes and load time (as `dyad info`)."""
        return self._coder.stats()


def aggregate(store: str, window: int = 3) -> int:
    """Merges the store's pending event mentions into events; returns the groups recomputed."""
    return _dyad.aggregate(store, window=window)


def store_info(store: str) -> dict:
    """Backend, schema version and row counts of a store (as `dyad store info`)."""
    return _dyad.store_info(store)


@_dataclass
class StoreFrames:
    """What read_store returns."""

    events: pd.DataFrame
    series: Optional[pd.DataFrame]
    register: Optional[pd.DataFrame]
    top: Optional[pd.DataFrame]


_FILTERS = ("actor", "country", "sector", "dyad", "type", "cameo", "from", "to", "location_country", "status",
            "text", "limit")


def _register_frame(lines: list, f: dict) -> pd.DataFrame:
    rows = [_json.loads(line) for line in lines]
    df = pd.DataFrame.from_records(rows) if rows else pd.DataFrame(
        columns=["record", "supplier", "supplier_name", "recipient", "recipient_name", "designation"])
    if "record" in df.columns:
        df = df.drop(columns=["record"])
    if df.empty:
        return df.reset_index(drop=True)
    sup, rec = df["supplier"].fillna(""), df["recipient"].fillna("")
    keep = pd.Series(True, index=df.index)
    if f.get("country"):
        c = f["country"].upper()
        keep &= (sup == c) | (rec == c)
    if f.get("actor"):
        a = f["actor"].upper()
        keep &= sup.str.startswith(a) | rec.str.startswith(a)
    if f.get("dyad"):
        a, _, b = f["dyad"].upper().partition(",")
        keep &= (sup.str.startswith(a) & rec.str.startswith(b)) | (sup.str.startswith(b) & rec.str.startswith(a))
    if f.get("from"):
        keep &= df["last_mention"].fillna("") >= f["from"]
    if f.get("to"):
        keep &= df["first_mention"].fillna("9999") <= f["to"]
    return df[keep].reset_index(drop=True)


def read_store(location: str, series: Optional[str] = "month", top: Optional[str] = None, top_n: int = 20,
               register: bool = True, **filters: Any) -> StoreFrames:
    """Reads a store (SQLite path or postgresql:// URL) as `dyad query` does.

    filters: the options of `dyad query`: actor, country, sector, dyad ("RUS,MLI" or ("RUS", "MLI")), type,
    cameo, from_ (or "from" through **{...}), to, location_country, status, text, limit.
    events: the merged events matching them; series: per dyad and `series` period ("day", "week",
    "month"; None for none); top: with top="actors" or "dyads", the top_n rows; register: the
    register of every stored transfer (filtered by actor, country, dyad, from and to only).
    """
    f = {}
    for key, value in filters.items():
        name = "from" if key in ("from_", "start") else key
        if name not in _FILTERS:
            raise TypeError(f"read_store() got an unknown filter {key!r} (filters: {', '.join(_FILTERS)})")
        if value is None:
            continue
        if name == "dyad" and not isinstance(value, str):
            value = ",".join(value)
        if name in ("from", "to") and not isinstance(value, str):
            value = _date_text(value)
        f[name] = value
    opts = _dyad.FilterOptions()
    for name, value in f.items():
        setattr(opts, "from_" if name == "from" else name, int(value) if name == "limit" else str(value))
    out = _dyad.read_store(_os.fspath(location), opts, series=series or "", top=top or "", top_n=int(top_n),
                           register=register)
    top_frame = None
    if top:
        key = "actor" if top == "actors" else "dyad"
        top_frame = _frame(out["top"], {key: _S, "events": "int64", "mentions": "int64"})
    return StoreFrames(
        events=_frame(out["events"], STORED_EVENT_COLUMNS),
        series=_frame(out["series"], SERIES_COLUMNS) if series else None,
        register=_register_frame(out["register"], f) if register else None,
        top=top_frame,
    )


__all__ = [
    "Coder",
    "Coded",
    "StoreFrames",
    "read_store",
    "aggregate",
    "store_info",
    "RecordError",
    "StoreError",
    "StoreUsageError",
    "EVENT_COLUMNS",
    "TRANSFER_COLUMNS",
    "ITEM_COLUMNS",
    "DOCUMENT_COLUMNS",
    "REJECT_COLUMNS",
    "STORED_EVENT_COLUMNS",
    "SERIES_COLUMNS",
]

