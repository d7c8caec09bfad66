"""Issue #22 point 6: the streamed comment and event exports give back exactly what is stored."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from app.core import comments as cm
from app.core.comments import Comment, flag_names
from app.core.runsheet import Item
from app.models import export_rows
from app.models.db import open_database, open_url
from app.models.store import Store
from app.models.writer import CommentWriter
from app.studio.exports import export

T0 = 1_764_000_000.123456


def _two_shows(engine: Engine) -> tuple[Store, int, int]:
    store = Store(engine)
    a = store.create_show("A 场", items=[Item("大衣", "SKU", 100, 50, 3, 5)])
    b = store.create_show("B 场")
    writer = CommentWriter(engine)
    for i in range(30):
        show = a if i % 3 else b
        extra = {"gift": "玫瑰", "count": i, "value": 10} if i % 5 == 0 else None
        kind = "gift" if extra else "comment"
        writer.put(show, [Comment(kind, "douyin", f"m{i}", T0 + i, f"u{i}", f"观众{i}", ["好看", "=1+1", "-2"][i % 3],
                                  i % 2 == 0, i % 7, extra, cm.QUESTION | cm.NEGATIVE if i % 4 == 0 else 0,
                                  None, i + 1, i % 4 == 1)])
    writer.close()
    store.append_event(a, "note", T0, {"text": "开场", "_seed": "secret"})
    store.append_event(b, "note", T0 + 1, {"text": "别的场"})
    store.append_event(a, "note", T0 + 2, {"text": "@主播 返场"})
    return store, a, b


@pytest.fixture
def two_shows(tmp_path: Path) -> tuple[Store, int, int]:
    """Two shows whose comments interleave by id, with gifts, flags, deletions and formula-like text."""
    return _two_shows(open_database(tmp_path / "data"))


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def test_json_comments_are_the_stored_ones_of_that_show_only(two_shows: tuple[Store, int, int],
                                                               tmp_path: Path) -> None:
    store, a, _b = two_shows
    out = tmp_path / "c.json"
    export(store, a, "comments", "json", out)
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got == [c.to_json() for c in store.iter_comments(a)] and len(got) == 20
    # true/false, not 1/0 (0 == False in Python, so compare the JSON types themselves)
    assert all(type(r["follower"]) is bool and type(r["deleted"]) is bool for r in got)
    assert {r["follower"] for r in got} == {True, False} == {r["deleted"] for r in got}


def test_csv_comments_are_the_stored_ones_with_formulas_quoted(two_shows: tuple[Store, int, int],
                                                                 tmp_path: Path) -> None:
    store, a, _b = two_shows
    out = tmp_path / "c.csv"
    export(store, a, "comments", "csv", out)
    _assert_csv_is_stored(out, store, a)


def _assert_csv_is_stored(path: Path, store: Store, show: int) -> None:
    rows = _csv(path)
    stored = list(store.iter_comments(show))
    assert [int(r["id"]) for r in rows] == [c.id for c in stored]
    for r, c in zip(rows, stored, strict=True):
        assert (float(r["ts"]), r["type"], r["platform"], r["msg_id"], r["user_id"], r["user_name"]) == \
            (c.ts, c.kind, c.platform, c.msg_id, c.user_id, c.user_name)
        assert r["text"] == _safe(c.text)
        assert (r["follower"], r["deleted"]) == (str(c.follower), str(c.deleted))
        assert int(r["fans_level"]) == c.fans_level and r["item_ref"] == ""
        assert r["flags"] == ";".join(flag_names(c.flags))
        assert (json.loads(r["extra"]) if r["extra"] else None) == c.extra
    assert "'=1+1" in [r["text"] for r in rows] and "'-2" in [r["text"] for r in rows]
    assert any("玫瑰" in r["extra"] for r in rows)  # Chinese as itself, not \\u escapes


def test_postgresql_writes_the_same_csv_with_copy(pg_url: str, tmp_path: Path) -> None:
    store, a, _b = _two_shows(open_url(pg_url))
    out = tmp_path / "c.csv"
    export(store, a, "comments", "csv", out)
    _assert_csv_is_stored(out, store, a)
    export(store, a, "comments", "json", out)
    assert json.loads(out.read_text(encoding="utf-8")) == [c.to_json() for c in store.iter_comments(a)]
    export(store, a, "events", "json", out)
    assert [e["text"] for e in json.loads(out.read_text(encoding="utf-8"))] == ["开场", "@主播 返场"]
    store.engine.dispose()


def test_events_keep_their_order_and_hide_sealed_seeds(two_shows: tuple[Store, int, int], tmp_path: Path) -> None:
    store, a, _b = two_shows
    out = tmp_path / "e.json"
    export(store, a, "events", "json", out)
    got = json.loads(out.read_text(encoding="utf-8"))
    assert [(e["type"], e["text"]) for e in got] == [("note", "开场"), ("note", "@主播 返场")]
    assert all("_seed" not in e for e in got)
    export(store, a, "events", "csv", out)
    rows = _csv(out)
    assert [json.loads(r["data"]) for r in rows] == [{"text": "开场"}, {"text": "@主播 返场"}]
    assert [int(r["seq"]) for r in rows] == [e.seq for e in store.events(a)]


def test_a_show_without_comments_exports_an_empty_table(two_shows: tuple[Store, int, int], tmp_path: Path) -> None:
    store, _a, _b = two_shows
    empty = store.create_show("空场")
    out = tmp_path / "c.json"
    export(store, empty, "comments", "json", out)
    assert json.loads(out.read_text(encoding="utf-8")) == []
    export(store, empty, "comments", "csv", out)
    assert out.read_text(encoding="utf-8").splitlines() == [
        "id,ts,type,platform,msg_id,user_id,user_name,follower,fans_level,text,flags,item_ref,deleted,extra"]


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(two_shows: tuple[Store, int, int], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from app.models import export_reader

    store, a, _b = two_shows
    def failing_after(real: Any) -> Any:
        def failing(*args: Any, **kwargs: Any) -> Iterator[Any]:
            yield from real(*args, **kwargs)
            raise OSError(28, "No space left on device")
        return failing

    for module, name in ((export_rows, "_stream"), (export_reader, "span_rows")):  # JSON's reads, CSV's
        monkeypatch.setattr(module, name, failing_after(getattr(module, name)))
    for fmt in ("json", "csv"):
        out = tmp_path / "out" / f"c.{fmt}"
        out.parent.mkdir(exist_ok=True)
        out.write_text("the export of yesterday", encoding="utf-8")
        with pytest.raises(OSError, match="No space"):
            export(store, a, "comments", fmt, out)
        assert out.read_text(encoding="utf-8") == "the export of yesterday"
        assert [p.name for p in out.parent.iterdir()] == [out.name]  # no .part file left behind
        out.unlink()


def test_a_text_stream_gets_the_same_rows(two_shows: tuple[Store, int, int], tmp_path: Path) -> None:
    store, a, _b = two_shows
    buf = io.StringIO()
    export(store, a, "comments", "json", buf)
    out = tmp_path / "c.json"
    export(store, a, "comments", "json", out)
    assert buf.getvalue() == out.read_text(encoding="utf-8")


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every comment export runs in 4 worker processes (real, spawned) taking chunks of a few ids,
    whatever the show's size."""
    from app.studio import export_parallel, export_worker

    monkeypatch.setattr(export_parallel, "PARALLEL_MIN", 1)
    monkeypatch.setattr(export_parallel, "MIN_CHUNK", 2)
    monkeypatch.setattr(export_parallel, "cores", lambda: 4)
    monkeypatch.setattr(export_worker, "cores", lambda: 4)


def test_a_parallel_export_is_byte_for_byte_the_single_process_one(
        two_shows: tuple[Store, int, int], tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four workers, each a quarter of an id range that interleaves with another show (one quarter may
    hold none of this show's rows), joined in id order: the same file as one process writes."""
    from app.studio import export_parallel

    store, a, b = two_shows
    folders: list[object] = []
    real_mkdtemp = export_parallel.tempfile.mkdtemp

    def mkdtemp(**kw: Any) -> str:
        folders.append(kw.get("dir"))
        return real_mkdtemp(**kw)

    monkeypatch.setattr(export_parallel.tempfile, "mkdtemp", mkdtemp)
    for show in (b, a):
        for fmt in ("json", "csv"):
            one, four = tmp_path / f"one.{fmt}", tmp_path / f"four.{fmt}"
            export_parallel.PARALLEL_MIN = 10**12  # type: ignore[misc]
            export(store, show, "comments", fmt, one)
            export_parallel.PARALLEL_MIN = 1  # type: ignore[misc]
            assert export_parallel.plan(store, show) is not None
            export(store, show, "comments", fmt, four)
            assert four.read_bytes() == one.read_bytes()
    assert folders == [tmp_path] * 4  # the parts go beside the target, not beside the live database
    _assert_csv_is_stored(four, store, a)
    assert json.loads((tmp_path / "four.json").read_text(encoding="utf-8")) == \
        [c.to_json() for c in store.iter_comments(a)]


def test_a_failed_parallel_export_leaves_no_part_behind(two_shows: tuple[Store, int, int], tmp_path: Path,
                                                        parallel: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.studio import export_join

    store, a, _b = two_shows
    data_dir = Path(str(store.engine.url.database)).parent
    before = sorted(p.name for p in data_dir.iterdir())

    def full_disk(*_args: Any, **_kw: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_join, "_copy", full_disk)  # the disk fills as this process joins the parts
    out = tmp_path / "c.json"
    out.write_text("the export of yesterday", encoding="utf-8")
    with pytest.raises(OSError, match="No space"):
        export(store, a, "comments", "json", out)
    assert out.read_text(encoding="utf-8") == "the export of yesterday"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no .part, no parts folder
    assert sorted(p.name for p in data_dir.iterdir()) == before  # nothing written beside the live database


def test_a_worker_killed_mid_export_is_one_clear_error(two_shows: tuple[Store, int, int], tmp_path: Path,
                                                       parallel: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed (OOM killer, kill -9) as the export starts: an OSError the CLI prints as one
    line, the other workers stopped, no file and no part left."""
    import multiprocessing
    import os
    import signal

    from app.studio import export_worker

    real = export_worker.Spawned.span

    killed: list[int] = []

    def kill_a_worker_first(self: export_worker.Spawned) -> tuple[int, int] | None:
        if not killed:
            workers = multiprocessing.active_children()
            assert len(workers) == 4  # one per core, each waiting for its job
            killed.append(workers[-1].pid or 0)
            os.kill(killed[0], signal.SIGKILL)
        return real(self)

    monkeypatch.setattr(export_worker.Spawned, "span", kill_a_worker_first)
    store, a, _b = two_shows
    with pytest.raises(OSError, match="export worker process ended"):
        export(store, a, "comments", "csv", tmp_path / "c.csv")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert multiprocessing.active_children() == []


def test_a_worker_that_fails_says_why(two_shows: tuple[Store, int, int], tmp_path: Path) -> None:
    from app.studio import export_parallel

    store, a, _b = two_shows
    with pytest.raises(OSError, match=r"export worker failed: .*unable to open database file"):
        export_parallel.write_parallel(store, a, "json", tmp_path / "no such folder" / "x.sqlite3", b"[",
                                       io.BytesIO(), tmp_path, span=(1, 30))
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_spans_cover_every_id_once() -> None:
    from app.studio.export_parallel import spans

    for lo, hi, parts in [(1, 10, 3), (5, 5, 4), (1, 2_000_000, 8), (7, 9, 2)]:
        got = spans(lo, hi, parts)
        assert [i for s in got for i in range(s[0], s[1] + 1)] == list(range(lo, hi + 1))
        assert len(got) == min(parts, hi - lo + 1)


def test_parts_left_by_a_killed_export_are_removed_by_the_next(two_shows: tuple[Store, int, int], tmp_path: Path,
                                                                parallel: None) -> None:
    """kill -9 during an export leaves its hidden parts folder beside the target (its cleanup never ran):
    the next export there removes it, but never a folder whose export still runs."""
    import os
    import subprocess
    import sys
    import time

    from app.studio.export_parallel import PARTS_PREFIX

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process id that no longer runs

    def left(name: str, age_s: float) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "1.part").write_bytes(b"x" * 1000)
        then = time.time() - age_s
        for p in (folder / "1.part", folder):
            os.utime(p, (then, then))
        return folder

    abandoned = left(f"{PARTS_PREFIX}{gone.pid}-k1ll3d", 3600)
    table = tmp_path / f".runsheet.csv.{gone.pid}-0123abcd.part"  # a killed table export, another name
    table.write_text("half a table")
    os.utime(table, (time.time() - 3600,) * 2)
    running = left(f"{PARTS_PREFIX}{os.getppid()}-st1llgo1ng", 3600)  # our parent: alive
    elsewhere = left(f"{PARTS_PREFIX}{gone.pid}-0therh0st", 60)  # written a minute ago (another machine's)
    strange = left(f"{PARTS_PREFIX}notapid", 3600)
    store, a, _b = two_shows
    export(store, a, "comments", "csv", tmp_path / "c.csv")
    assert not abandoned.exists() and not table.exists()
    assert running.exists() and elsewhere.exists() and strange.exists()


@pytest.mark.parametrize("into", ["file", "stream"])
def test_parts_written_out_of_order_are_joined_in_order(tmp_path: Path, into: str) -> None:
    """Workers finish their parts in any order; the export gets them in id order, empty parts
    skipped (no stray `,` in JSON), each part removed once appended, into a file (the kernel copies)
    or a stream (stdout: the bytes go through this process)."""
    from app.studio.export_join import PartJoiner

    bodies = [b'{"id": 1}', b"", b'{"id": 3},\n {"id": 4}', b'{"id": 5}' * 50_000]
    paths = [str(tmp_path / f"{i}.part") for i in range(len(bodies))]
    target = tmp_path / "out.json"
    with open(target, "wb") as f:
        out: Any = f if into == "file" else io.BytesIO()
        joiner = PartJoiner(paths, "json", b"[", out)
        for k in (2, 0, 3, 1):
            Path(paths[k]).write_bytes(bodies[k])
            joiner.written(k)
            assert (k == 1) == (not any(Path(p).exists() for p in paths))  # appended once all before are in
        joiner.finish()
        out.flush()
        got = target.read_bytes() if into == "file" else out.getvalue()
    assert got == b"[\n " + b",\n ".join(b for b in bodies if b) + b"\n]\n"
    with pytest.raises(RuntimeError, match="never written"):
        PartJoiner(paths, "csv", b"", io.BytesIO()).finish()


def test_an_in_memory_database_exports_the_same_csv(two_shows: tuple[Store, int, int], tmp_path: Path) -> None:
    """`:memory:` cannot be opened by another connection, so its CSV is read without sqlite3's
    converters (flags and extra named in Python): the same bytes as from a file."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from app.models.db import upgrade

    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    upgrade(engine)
    memory, a_mem, _b = _two_shows(engine)
    store, a, _b = two_shows
    on_file, in_memory = tmp_path / "file.csv", tmp_path / "memory.csv"
    export(store, a, "comments", "csv", on_file)
    export(memory, a_mem, "comments", "csv", in_memory)
    assert in_memory.read_bytes() == on_file.read_bytes()
    assert b"question;negative" in on_file.read_bytes() and "玫瑰".encode() in on_file.read_bytes()
