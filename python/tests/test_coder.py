"""dyad.Coder: the module's records equal the CLI's, the frames' columns and dtypes, bad records."""

import math
import threading

import pandas as pd
import pytest

from conftest import EXAMPLES, bench_slice, example_documents, records, run_dyad, write_jsonl


def flatten(rec, prefix=""):
    """A contract record flattened as the frames are: nested objects joined with "_"; lists kept."""
    out = {}
    for k, v in rec.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, name + "_"))
        else:
            out[name] = v
    return out


def plain(v):
    """A cell as a JSON value: NaN, None and pandas' NA are null; numpy scalars are Python's."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item") and not isinstance(v, (list, dict)):
        return v.item()
    return v


def assert_frame_equals_records(frame, recs, skip=()):
    assert len(frame) == len(recs)
    rows = frame.to_dict("records")
    for i, (row, rec) in enumerate(zip(rows, recs)):
        flat = flatten(rec)
        flat.pop("record", None)
        for col, value in row.items():
            if col in skip:
                continue
            assert plain(value) == flat.get(col), f"row {i} column {col}: {value!r} != {flat.get(col)!r}"
        # Every field of the record is a column; a null object ("target": null) is its columns' nulls.
        missing = {k for k in flat if k not in row and k not in skip
                   and not (flat[k] is None and any(c.startswith(k + "_") for c in row))}
        assert not missing, f"row {i}: fields without a column: {missing}"


def assert_coded_equals_cli(coded, cli_records):
    kinds = {"event": [], "transfer": [], "document": []}
    for r in cli_records:
        kinds[r["record"]].append(r)
    assert_frame_equals_records(coded.events, kinds["event"])
    assert_frame_equals_records(coded.transfers, kinds["transfer"], skip=("items",))
    assert list(coded.transfers["items"]) == [t["items"] for t in kinds["transfer"]]
    assert_frame_equals_records(coded.documents, kinds["document"])
    items = [dict(it, doc_id=t["doc_id"], transfer_id=t["transfer_id"], item=k)
             for t in kinds["transfer"] for k, it in enumerate(t["items"])]
    assert_frame_equals_records(coded.items, items)


def test_example_files_equal_cli(coder):
    cli = records(run_dyad("code", EXAMPLES).stdout)
    coded = coder.code_files(EXAMPLES)
    assert len(coded.events) > 5 and len(coded.transfers) > 0
    assert_coded_equals_cli(coded, cli)


def test_records_equal_cli(coder, tmp_path):
    docs = example_documents(60)
    cli = records(run_dyad("code", write_jsonl(tmp_path / "d.jsonl", docs)).stdout)
    assert_coded_equals_cli(coder.code(docs), cli)
    assert_coded_equals_cli(coder.code(pd.DataFrame(docs)), cli)


def test_bench_slice_equals_cli(dyad_module, tmp_path):
    docs = bench_slice(1500)
    cli = records(run_dyad("code", write_jsonl(tmp_path / "b.jsonl", docs)).stdout)
    df = pd.DataFrame(docs)
    coded = dyad_module.Coder(threads=2).code(df)  # in input order whatever the threads
    assert len(coded.documents) == len(docs)
    assert_coded_equals_cli(coded, cli)


def test_dtypes_and_columns_are_the_documented_ones(dyad_module, coder):
    coded = coder.code_files(EXAMPLES)
    for frame, schema in [(coded.events, dyad_module.EVENT_COLUMNS), (coded.transfers, dyad_module.TRANSFER_COLUMNS),
                          (coded.items, dyad_module.ITEM_COLUMNS), (coded.documents, dyad_module.DOCUMENT_COLUMNS),
                          (coded.rejects, dyad_module.REJECT_COLUMNS)]:
        assert list(frame.columns) == list(schema)
        assert {c: str(t) for c, t in frame.dtypes.items()} == schema
    empty = coder.code([])
    assert list(empty.events.columns) == list(dyad_module.EVENT_COLUMNS) and len(empty.events) == 0
    assert {c: str(t) for c, t in empty.events.dtypes.items()} == dyad_module.EVENT_COLUMNS
    explained = coder.code_files(EXAMPLES, explain=True)
    assert list(explained.events.columns) == list(dyad_module.EVENT_COLUMNS) + ["explain"]
    assert all(isinstance(x, list) and x for x in explained.events["explain"])


def test_dates_ids_and_metadata(coder):
    text = "Russia delivered two Mi-35 helicopters to Mali on Tuesday."
    df = pd.DataFrame({"id": [7, "b"], "date": pd.to_datetime(["2022-04-20", None]), "text": [text, text],
                       "speaker": ["Mali", None], "source": ["reuters", None]})
    coded = coder.code(df)
    assert list(coded.documents["doc_id"]) == ["7", "b"]
    assert list(coded.documents["date"].map(lambda v: v if isinstance(v, str) else None)) == ["2022-04-20", None]
    assert list(coded.documents["speaker"]) == ["Mali", None]
    stamped = coder.code([{"id": "t", "date": "2022-04-20T23:30:00-05:00", "text": text}])
    assert stamped.documents["date"][0] == "2022-04-20"
    assert len(stamped.transfers) == 1 and stamped.items["designation"][0] == "Mi-35"
    hashed = coder.code([{"text": text}], id_from_hash=True)
    assert len(hashed.documents["doc_id"][0]) == 16


def test_bad_records_raise_naming_the_record(dyad_module, coder):
    good = {"id": "a", "date": "2022-04-20", "text": "Russia delivered helicopters to Mali."}
    cases = [
        ({"id": "x", "date": "2022-04-20", "text": "   "}, "record 1 (id 'x'): empty text"),
        ({"id": "x", "date": "20 April", "text": "words"}, "record 1 (id 'x'): invalid date \"20 April\""),
        ({"id": "x", "date": None}, "record 1 (id 'x'): missing text"),
        ({"date": None, "text": "words"}, "record 1 (no id): missing id"),
        ({"id": 1.5, "text": "words"}, "record 1 (id 1.5): id must be a string or an integer"),
        ({"id": "x", "text": 42}, "record 1 (id 'x'): text is not a string"),
    ]
    for bad, message in cases:
        with pytest.raises(dyad_module.RecordError) as e:
            coder.code([good, bad])
        assert str(e.value).startswith(message)
        assert isinstance(e.value, ValueError)


def test_bad_records_collected(coder):
    docs = [{"id": "a", "date": "2022-04-20", "text": "Russia delivered helicopters to Mali."},
            {"id": "b", "date": "2022-04-20", "text": ""},
            {"id": "c", "date": "2022-13-01", "text": "France condemned the coup."},
            {"id": "d", "date": None, "text": "France condemned the coup in Mali."}]
    coded = coder.code(docs, errors="collect")
    assert list(coded.documents["doc_id"]) == ["a", "d"]
    assert list(coded.rejects["record"]) == [1, 2]
    assert list(coded.rejects["id"]) == ["b", "c"]
    assert coded.rejects["reason"][0] == "empty text" and coded.rejects["reason"][1].startswith("invalid date")
    with pytest.raises(ValueError):
        coder.code(docs, errors="ignore")


def test_files_rejects_name_file_and_line(coder, tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"id":"a","date":"2022-04-20","text":"France condemned the coup in Mali."}\n{"id":"b","text":\n')
    coded = coder.code_files(p)
    assert len(coded.documents) == 1
    assert coded.rejects["record"][0] == f"{p}:2" and coded.rejects["reason"][0].startswith("invalid JSON")


def test_gil_is_released_while_coding(dyad_module):
    docs = example_documents(400)
    c = dyad_module.Coder(threads=1)
    done = threading.Event()
    ticks = 0

    def work():
        c.code(docs)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    while not done.is_set():
        ticks += 1
    t.join()
    # With the GIL held for the whole call this thread would barely run; released, it spins freely.
    assert ticks > 10000


def test_speaker_resolves_first_person_references(coder):
    docs = [
        {"id": "s1", "date": "2015-09-30", "text": "We have received air defence systems from Russia.", "speaker": "SYR"},
        {"id": "s2", "date": "2015-09-30", "text": "We have received air defence systems from Russia."},
        {"id": "s3", "date": "2015-09-30", "text": "We thank Norway.", "speaker": 7},
    ]
    out = coder.code(docs, errors="collect")
    tr = out.transfers.set_index("doc_id")
    assert tr.loc["s1", "recipient_code"] == "SYR"
    assert tr.loc["s1", "supplier_code"] == "RUS"
    # Without a speaker, "we" names nobody: the recipient is null.
    assert tr.loc["s2", "recipient_code"] is None
    assert list(out.rejects["record"]) == [2]
    assert "speaker is not a string" in out.rejects["reason"][0]
