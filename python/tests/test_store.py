"""dyad.read_store and Coder.ingest against `dyad query`, `dyad register` and `dyad ingest`."""

import io

import pandas as pd
import pytest

from conftest import EXAMPLES, example_documents, records, run_dyad, write_jsonl
from test_coder import assert_frame_equals_records, plain


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_store")
    return str(tmp_path / "s.db")


def series_rows(df):
    """Series rows as the CLI prints them (sums to one decimal, means to two)."""
    return [(r.period, r.source, r.target, r.events, r.mentions, round(r.goldstein_sum, 1),
             round(r.goldstein_mean, 2), r.quad1, r.quad2, r.quad3, r.quad4) for r in df.itertuples()]


def test_read_store_equals_dyad_query(dyad_module, store):
    run_dyad("ingest", "-q", "--store", store, EXAMPLES)
    for filters, args in [({}, []), ({"dyad": "RUS,MLI"}, ["--dyad", "RUS,MLI"]),
                          ({"dyad": ("RUS", "MLI"), "type": "AID"}, ["--dyad", "RUS,MLI", "--type", "AID"]),
                          ({"from_": "2022-03-01", "to": "2022-12-31"}, ["--from", "2022-03-01", "--to", "2022-12-31"]),
                          ({"actor": "FRA", "limit": 2}, ["--actor", "FRA", "--limit", "2"])]:
        got = dyad_module.read_store(store, **filters)
        cli = records(run_dyad("query", "--store", store, "--format", "jsonl", *args).stdout)
        assert len(cli) > 0
        assert_frame_equals_records(got.events, cli)
        series = run_dyad("query", "--store", store, "--format", "csv", "--series", "month", *args).stdout
        expected = pd.read_csv(io.StringIO(series), dtype={"period": str, "source": str, "target": str},
                               keep_default_na=False)
        assert series_rows(got.series) == series_rows(expected)
    top = dyad_module.read_store(store, top="actors", top_n=5).top
    cli_top = pd.read_csv(io.StringIO(
        run_dyad("query", "--store", store, "--format", "csv", "--top", "actors", "--top-n", "5").stdout))
    assert top.values.tolist() == cli_top.values.tolist()


def test_register_from_store_equals_dyad_register(dyad_module, store):
    run_dyad("ingest", "-q", "--store", store, EXAMPLES)
    reg = dyad_module.read_store(store).register
    cli = records(run_dyad("register", "-q", "--format", "jsonl", EXAMPLES).stdout)
    assert len(reg) == len(cli) > 0
    for row, rec in zip(reg.to_dict("records"), cli):
        rec.pop("record")
        assert {k: plain(row[k]) for k in rec} == rec
    assert len(dyad_module.read_store(store, country="MLI", dyad="MLI,RUS").register) == len(reg)
    assert len(dyad_module.read_store(store, country="FRA").register) == 0
    assert len(dyad_module.read_store(store, to="2022-04-19").register) == 0


def test_ingest_equals_dyad_ingest(dyad_module, coder, store, tmp_path):
    docs = example_documents(40)
    cli_store = str(tmp_path / "cli.db")
    run_dyad("ingest", "-q", "--store", cli_store, write_jsonl(tmp_path / "d.jsonl", docs))
    first = coder.ingest(docs, store)
    assert first["added"] == 40 and first["skipped"] == 0
    again = coder.ingest(pd.DataFrame(docs), store)  # idempotent: the same texts add nothing
    assert again["added"] == 0 and again["skipped"] == 40
    want, got = dyad_module.store_info(cli_store), dyad_module.store_info(store)
    for k in ("documents", "sentences", "actors", "mentions", "transfers", "events", "pending_groups"):
        assert got[k] == want[k], k
    assert_frame_equals_records(dyad_module.read_store(store).events,
                                records(run_dyad("query", "--store", cli_store, "--format", "jsonl").stdout))


def test_bad_store_and_filters(dyad_module, tmp_path):
    with pytest.raises(dyad_module.StoreUsageError, match="no dyad store"):
        dyad_module.read_store(str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()
    store = str(tmp_path / "s.db")
    run_dyad("ingest", "-q", "--store", store, EXAMPLES)
    with pytest.raises(ValueError, match="--dyad takes A,B"):
        dyad_module.read_store(store, dyad="RUS")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        dyad_module.read_store(store, from_="last week")
    with pytest.raises(ValueError, match="series is day, week or month"):
        dyad_module.read_store(store, series="year")
    with pytest.raises(TypeError, match="unknown filter"):
        dyad_module.read_store(store, colour="red")
    with pytest.raises(dyad_module.StoreUsageError, match="not a valid full-text query"):
        dyad_module.read_store(store, text='"unclosed')
