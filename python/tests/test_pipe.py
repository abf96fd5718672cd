"""The streaming contract Spark's rdd.pipe and Hadoop Streaming rely on:
`dyad code --format jsonl -` reads jsonl on stdin and writes jsonl on stdout, in input
order, with bad lines reported on stderr (exit 2) and the rest coded."""

import json

import pytest

from conftest import example_documents, records, run_dyad


@pytest.mark.parametrize("threads", ["1", "2"])
@pytest.mark.parametrize("named", [[], ["--input-format", "jsonl"]], ids=["auto", "jsonl"])
def test_stdin_to_stdout_in_order(threads, named):
    docs = example_documents(120)
    lines = [json.dumps(d) for d in docs]
    lines.insert(5, '{"id": "broken", "text": ')  # invalid JSON on line 6
    lines.insert(50, '{"id": "empty", "date": "2022-04-20", "text": "  "}')  # line 51
    r = run_dyad("code", *named, "--format", "jsonl", "-q", "-j", threads, "-", input="\n".join(lines) + "\n",
                 check=False)
    assert r.returncode == 2
    err = r.stderr.splitlines()
    assert len(err) == 2 and err[0].startswith("<stdin>:6: invalid JSON") and err[1] == "<stdin>:51: empty text"
    out = records(r.stdout)
    assert [o["doc_id"] for o in out if o["record"] == "document"] == [d["id"] for d in docs]
    # Each document's records come before its document record, nothing interleaved.
    current = None
    for o in out:
        if o["record"] == "document":
            assert current in (None, o["doc_id"])
            current = None
        else:
            assert current in (None, o["doc_id"])
            current = o["doc_id"]
    # The same lines coded one by one give the same records: nothing depends on the neighbours.
    single = [records(run_dyad("code", "-q", "-", input=json.dumps(d) + "\n").stdout) for d in docs[:3]]
    assert [o for o in out if o["doc_id"] in {d["id"] for d in docs[:3]}] == sum(single, [])


def test_empty_partition_with_input_format_jsonl():
    # A pipe may carry an empty partition: named jsonl, that is no document (exit 0); auto-detection
    # would read the empty stream as one empty text document and reject it (exit 2).
    r = run_dyad("code", "--input-format", "jsonl", "--format", "jsonl", "-q", "-", input="")
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""
    r = run_dyad("code", "--format", "jsonl", "-q", "-", input="", check=False)
    assert r.returncode == 2 and r.stderr == "<stdin>:1: empty text\n"
