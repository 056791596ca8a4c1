"""EmbeddedStore on real contributions: idempotence, replacement, removal, order independence,
corpus-level resolution, persistence, locking and crash safety."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graph.build import contribution
from graph.embedded import EmbeddedStore
from graph.store import StoreError
from tests.test_build import corpus, ref, result

ROOT = Path(__file__).resolve().parent.parent


def dump(store: EmbeddedStore) -> tuple[list, list]:
    return list(store.iter_nodes()), list(store.iter_edges())


@pytest.fixture
def docs():
    return {k: contribution(v) for k, v in corpus().items()}


def test_write_is_idempotent_by_content_hash(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    assert s.write_many(list(docs.values())) == ["added"] * 3
    before = dump(s)
    assert s.write_many(list(docs.values())) == ["unchanged"] * 3
    assert dump(s) == before
    assert s.report_hashes() == {c.source: c.sha256 for c in docs.values()}


def test_undated_mentions_resolve_across_the_corpus(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    s.write(docs["b"])
    (partial,) = s.find_by_symbol("33/CT-TTg")
    assert partial["resolved"] is False and partial["id"] == "ct-ttg-33-undated"
    s.write(docs["a"])
    (doc,) = s.find_by_symbol("33/CT-TTg")
    assert doc["id"] == "ct-ttg-33-2021" and doc["resolved"] is True
    assert s.get_document("ct-ttg-33-undated")["id"] == "ct-ttg-33-2021"
    rows = s.implementers("ct-ttg-33-2021")
    assert [r["group"]["name"] for r in rows] == ["An Giang", "Quảng Ngãi"]
    assert all(r["reports"][0]["evidence"] for r in rows)
    # B's reference now points at the dated document
    assert s.report_references(docs["b"].report_id)[0]["target_id"] == "ct-ttg-33-2021"


def test_local_plans_of_two_provinces_stay_apart(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    s.write_many(list(docs.values()))
    ids = sorted(d["id"] for d in s.find_by_symbol("38/KH-UBND"))
    assert ids == ["kh-ubnd-38-2021-an-giang", "kh-ubnd-38-2021-quang-ngai"]


def test_order_independence(tmp_path, docs):
    orders = [["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"]]
    dumps = []
    for i, order in enumerate(orders):
        s = EmbeddedStore(tmp_path / str(i))
        for k in order:
            s.write(copy.deepcopy(docs[k]))
        dumps.append(dump(s))
    assert dumps[0] == dumps[1] == dumps[2]
    # remove and re-add gives the same graph too
    s = EmbeddedStore(tmp_path / "0")
    s.remove("a.txt")
    s.write(docs["a"])
    assert dump(s) == dumps[0]


def test_replacement_swaps_the_whole_contribution(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    s.write_many(list(docs.values()))
    new_b = contribution(
        result(
            "b.txt",
            [ref("Nghị định số 04/2015/NĐ-CP", "04/2015/NĐ-CP", year=2015)],
            number_symbol="876/BC-VP",
            date="2021-06-07",
            province="Quảng Ngãi",
            salt="v2",
        )
    )
    assert s.write(new_b) == "replaced"
    assert s.stats()["reports"] == 3
    assert [r["group"]["name"] for r in s.implementers("ct-ttg-33-2021")] == ["An Giang", "Bắc Giang"]
    assert [d["id"] for d in s.find_by_symbol("38/KH-UBND")] == ["kh-ubnd-38-2021-an-giang"]


def test_remove_takes_out_exactly_one_contribution(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    s.write_many([docs["a"], docs["b"]])
    both = s.stats()
    s.write(docs["c"])
    assert s.remove(docs["c"].report_id)
    assert s.stats() == both
    assert s.remove("b.txt") and s.remove(docs["a"].sha256)
    assert not s.remove("nope")
    assert s.stats() == {
        "documents": 0,
        "reports": 0,
        "unresolved": 0,
        "bodies": 0,
        "provinces": 0,
        "mentions": 0,
        "relations": 0,
    }
    assert list(s.iter_edges()) == []
    assert list((tmp_path / "reports").glob("*.pack")) == []  # payload packs go with their reports


def test_removing_the_dated_citation_unresolves_the_others(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    s.write_many(list(docs.values()))
    s.remove("a.txt")
    (doc,) = s.find_by_symbol("33/CT-TTg")
    assert doc["resolved"] is False


def test_corpus_ambiguity_stays_unresolved_with_candidates(tmp_path):
    s = EmbeddedStore(tmp_path)
    rs = [
        result(
            "x.txt", [ref("KH 38", "38/KH-UBND", date="2021-03-04")], province="Quảng Ngãi", date="2021-05-01"
        ),
        result(
            "y.txt", [ref("KH 38", "38/KH-UBND", date="2022-02-01")], province="Quảng Ngãi", date="2022-05-01"
        ),
        result(
            "z.txt",
            [ref("KH 38", "38/KH-UBND", relation="implements")],
            province="Quảng Ngãi",
            date="2022-06-01",
        ),
    ]
    s.write_many([contribution(r) for r in rs])
    undated = s.get_document("kh-ubnd-38-undated-quang-ngai")
    assert undated["resolved"] is False and "ambiguous" in undated["flags"]
    assert undated["candidates"] == ["kh-ubnd-38-2021-quang-ngai", "kh-ubnd-38-2022-quang-ngai"]


def test_conflicting_dates_are_kept_and_flagged(tmp_path):
    s = EmbeddedStore(tmp_path)
    s.write_many(
        [
            contribution(
                result("x.txt", [ref("CT 33", "33/CT-TTg", date="2021-11-26")], province="An Giang")
            ),
            contribution(
                result("y.txt", [ref("CT 33", "33/CT-TTg", date="2021-11-25")], province="An Giang")
            ),
        ]
    )
    doc = s.get_document("ct-ttg-33-2021")
    assert doc["dates_seen"] == ["2021-11-25", "2021-11-26"] and "conflicting_dates" in doc["flags"]


def test_persistence_and_payloads(tmp_path, docs):
    s = EmbeddedStore(tmp_path)
    s.write_many(list(docs.values()))
    before = dump(s)
    s.close()
    again = EmbeddedStore(tmp_path)
    assert dump(again) == before
    rid = docs["a"].report_id
    assert again.report_text(rid) == docs["a"].text
    assert again.get_report(rid)["number_symbol"] == "529/BC-UBND"
    assert len(again.report_references(rid)) == 5
    assert list((tmp_path / "reports").glob("*.pack"))
    assert again.search_documents("chi thi 33")[0]["id"] == "ct-ttg-33-2021"
    assert [d["id"] for d in again.search_documents("nghi dinh", year=2015)] == ["nd-cp-4-2015"]


def test_a_second_writer_gets_a_clear_error(tmp_path, docs):
    s1, s2 = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
    s1.write(docs["a"])
    with pytest.raises(StoreError, match="another process is writing"):
        s2.write(docs["b"])
    s1.close()
    assert s2.write(docs["b"]) == "added"
    assert s2.stats()["reports"] == 2


def test_a_failed_persist_leaves_the_previous_state(tmp_path, docs, monkeypatch):
    s = EmbeddedStore(tmp_path)
    s.write(docs["a"])
    before = dump(s)

    def boom(*a, **kw):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        s.write(docs["b"])
    monkeypatch.undo()
    assert dump(s) == before
    s.close()
    assert dump(EmbeddedStore(tmp_path)) == before


def test_reader_sees_a_writers_commit(tmp_path, docs):
    writer, reader = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
    writer.write(docs["a"])
    assert reader.stats()["reports"] == 1
    writer.write(docs["b"])
    assert reader.stats()["reports"] == 2


def test_killed_mid_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path):
    """A writer process is killed (SIGKILL) between batches; a rerun completes the corpus."""
    script = textwrap.dedent(
        """
        import sys, time
        from graph.build import contribution
        from graph.embedded import EmbeddedStore
        from tests.test_build import ref, result
        s = EmbeddedStore(sys.argv[1])
        done = s.report_hashes()
        todo = []
        for i in range(40):
            r = result(f"r{i}.txt", [ref("CT 33", "33/CT-TTg", date="2021-11-26" if i % 7 == 0 else None,
                                         relation="implements"), ref("KH %d" % i, "%d/KH-UBND" % (i % 5 + 1), date="2021-03-04")],
                       number_symbol=f"{i + 1}/BC-UBND", date="2021-06-01",
                       province=["An Giang", "Quảng Ngãi", "Bắc Giang"][i % 3])
            if done.get(r.source) != r.sha256:
                todo.append(contribution(r))
        for k in range(0, len(todo), 5):
            s.write_many(todo[k:k + 5])
            print("batch", flush=True)
            if sys.argv[2] == "slow":
                time.sleep(0.2)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = tmp_path / "full"
    subprocess.run(
        [sys.executable, "-c", script, str(full), "fast"], check=True, env=env, cwd=ROOT, capture_output=True
    )
    crashed = tmp_path / "crashed"
    p = subprocess.Popen(
        [sys.executable, "-c", script, str(crashed), "slow"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert p.stdout.readline().strip() == "batch"
    p.kill()
    p.wait()
    partial = EmbeddedStore(crashed).stats()["reports"]
    assert 5 <= partial < 40
    subprocess.run(
        [sys.executable, "-c", script, str(crashed), "fast"],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
    )
    assert dump(EmbeddedStore(crashed)) == dump(EmbeddedStore(full))


def test_two_versions_in_one_batch_keep_the_last(tmp_path):
    s = EmbeddedStore(tmp_path)
    v1 = contribution(result("x.txt", [ref("CT 33", "33/CT-TTg", date="2021-11-26")], province="An Giang"))
    v2 = contribution(result("x.txt", [ref("NĐ 04", "04/2015/NĐ-CP")], province="An Giang", salt="v2"))
    assert s.write_many([v1, v2]) == ["added", "replaced"]
    assert s.report_hashes() == {"x.txt": v2.sha256}
    assert s.find_by_symbol("33/CT-TTg") == []
    assert s.remove("x.txt")
    assert list((tmp_path / "reports").glob("*.pack")) == []


def test_a_corrupt_state_file_is_a_clear_store_error(tmp_path):
    from graph.store import StoreUnavailable

    (tmp_path / "graph.pickle").write_bytes(b"not a pickle")
    s = EmbeddedStore(tmp_path)
    with pytest.raises(StoreUnavailable, match="cannot load"):
        s.stats()
    assert s.health()["ok"] is False


def test_order_independence_on_a_synthetic_corpus(tmp_path):
    """40 generated reports (shared central documents, 20% undated mentions, local plans) in three
    random orders, one with removals and re-additions on the way: identical graphs."""
    import random

    from bench.generate import results

    cs = [contribution(r) for r in results(40, seed=3)]
    dumps = []
    for i, seed in enumerate((1, 2, 3)):
        order = cs[:]
        random.Random(seed).shuffle(order)
        s = EmbeddedStore(tmp_path / str(i))
        for j in range(0, len(order), 7):
            s.write_many(order[j : j + 7])
            if i == 2 and j == 14:
                for c in order[:10]:
                    s.remove(c.report_id)
                s.write_many(order[:10])
        dumps.append(dump(s))
    assert dumps[0] == dumps[1] == dumps[2]


def test_stats_relations_match_the_exported_typed_edges(tmp_path, docs):
    structural = {"MENTIONS", "CITES", "ISSUED_BY", "LOCATED_IN", "SENT_TO", "SUCCEEDED_BY"}
    s = EmbeddedStore(tmp_path)
    for c in (docs["b"], docs["c"], docs["a"]):  # first with unresolved partial keys, then resolved
        s.write(c)
        typed = [e for e in s.iter_edges() if e[0] not in structural]
        assert s.stats()["relations"] == len(typed) > 0


def test_a_packed_contribution_stores_the_same_graph_and_payload(tmp_path, docs):
    """Contributions packed up front (in the extraction workers) give the same store as plain ones,
    also after a reopen (journal replay)."""
    import pickle

    from graph.embedded import compact

    plain, packed = EmbeddedStore(tmp_path / "plain"), EmbeddedStore(tmp_path / "packed")
    plain.write_many(list(docs.values()))
    small = [compact(c) for c in docs.values()]
    assert pickle.loads(pickle.dumps(small[0])) == small[0]
    assert pickle.loads(small[0].record).text == ""  # the text travels in the payload only
    packed.write_many(small)
    assert dump(packed) == dump(plain)
    rid = docs["a"].report_id
    assert packed.report_text(rid) == docs["a"].text
    assert packed.report_references(rid) == plain.report_references(rid)
    assert packed.get_report(rid) == plain.get_report(rid)
    packed.close()
    assert dump(EmbeddedStore(tmp_path / "packed")) == dump(plain)


def test_journal_compaction_and_replay_equal_one_snapshot(tmp_path, monkeypatch):
    """Batches go to the journal; once it holds as many reports as the snapshot, a new snapshot
    replaces both; a reader follows appends and compactions; reopening gives the same graph."""
    import graph.embedded as embedded

    monkeypatch.setattr(embedded, "JOURNAL_MIN", 4)
    cs = [
        contribution(
            result(
                f"r{i}.txt",
                [ref("CT 33", "33/CT-TTg", date="2021-11-26", relation="implements")],
                number_symbol=f"{i + 1}/BC-UBND",
                province="An Giang",
            )
        )
        for i in range(12)
    ]
    writer, reader = EmbeddedStore(tmp_path / "s"), EmbeddedStore(tmp_path / "s")
    writer.write_many(cs[:2])
    assert not (tmp_path / "s" / "graph.pickle").exists()
    assert reader.stats()["reports"] == 2  # replayed from the journal
    writer.write_many(cs[2:4])  # 4 journaled reports: compaction
    assert (tmp_path / "s" / "graph.pickle").exists()
    assert not list((tmp_path / "s").glob("journal-*.log"))
    assert reader.stats()["reports"] == 4
    snapshots = set()
    for k in range(4, 12, 2):
        writer.write_many(cs[k : k + 2])
        assert reader.stats()["reports"] == k + 2
        snapshots.add((tmp_path / "s" / "graph.pickle").stat().st_ino)
    assert len(snapshots) == 2  # compacted again at 8 reports (4 journaled on a snapshot of 4)
    assert writer.remove("r0.txt")
    assert reader.stats()["reports"] == 11
    writer.close()
    one = EmbeddedStore(tmp_path / "one")
    one.write_many(cs[1:])
    assert dump(EmbeddedStore(tmp_path / "s")) == dump(one) == dump(reader)


def test_a_torn_journal_tail_is_ignored_and_truncated(tmp_path, docs):
    """A crash mid-append leaves a partial record: loading ignores it, the next writer overwrites it."""
    s = EmbeddedStore(tmp_path)
    s.write(docs["a"])
    s.close()
    (journal,) = tmp_path.glob("journal-*.log")
    good = journal.read_bytes()
    with open(journal, "ab") as fh:
        fh.write(good[: len(good) // 2])  # a torn second record
    assert EmbeddedStore(tmp_path).stats()["reports"] == 1
    s = EmbeddedStore(tmp_path)
    assert s.write(docs["b"]) == "added"
    s.close()
    assert EmbeddedStore(tmp_path).stats()["reports"] == 2
    both = EmbeddedStore(tmp_path / "both")
    both.write_many([docs["a"], docs["b"]])
    assert dump(EmbeddedStore(tmp_path)) == dump(both)


def test_page_bounds() -> None:
    from graph.store import page

    assert page([1, 2, 3, 4], 2, 1) == [2, 3] and page([1, 2], None, 1) == [2] and page([1], 5, 3) == []
    with pytest.raises(ValueError):
        page([1, 2], -1)
    with pytest.raises(ValueError):
        page([1, 2], 1, -1)
