"""``newsparse.warc.iter_warc``: pages, record metadata, skipped records, truncated archives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cli_support import warc_specs, write_warc
from newsparse.batch import parse_many
from newsparse.settings import Settings
from newsparse.warc import WarcError, is_warc, iter_warc, warc_items

PAGE_SPECS = [0, 1, 4, 5]  # of warc_specs(): the records that are pages


@pytest.mark.parametrize("gzip", [True, False])
def test_pages_come_out_in_archive_order_with_their_metadata(tmp_path: Path, gzip: bool) -> None:
    specs = warc_specs()
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    ids = write_warc(path, specs, gzip=gzip)
    pages = list(iter_warc(path))
    assert [p.source.record_id for p in pages] == [ids[i] for i in PAGE_SPECS]
    assert [p.url for p in pages] == [specs[i].url for i in PAGE_SPECS]
    assert [p.content for p in pages] == [specs[i].body for i in PAGE_SPECS]
    assert all(p.source.path == str(path) for p in pages)
    assert {p.date for p in pages} == {dt.datetime(1999, 5, 3, 10, 20, 30, tzinfo=dt.timezone.utc)}
    assert {p.to_job().reference_date for p in pages} == {dt.date(1999, 5, 3)}
    assert pages[2].encoding == "utf-8"  # as declared, even though the bytes are Latin-1


def test_offsets_point_at_the_records(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = tmp_path / "a.warc.gz"
    write_warc(path, warc_specs())
    for page in iter_warc(path):
        with open(path, "rb") as handle:
            assert page.source.offset is not None
            handle.seek(page.source.offset)
            record = next(iter(ArchiveIterator(handle)))
            assert record.rec_headers.get_header("WARC-Record-ID") == page.source.record_id


def test_truncated_archive_yields_what_it_can_then_raises(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    ids = write_warc(path, warc_specs(), truncate_last=True)
    seen = []
    with pytest.raises(WarcError) as raised:
        for page in iter_warc(path):
            seen.append(page.source.record_id)
    assert seen == [ids[0], ids[1], ids[4]]
    assert raised.value.path == str(path)
    assert 0 < raised.value.offset < path.stat().st_size


def test_huge_record_is_cut_to_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    spec = warc_specs()[1]
    write_warc(path, [type(spec)(spec.url, spec.body * 1000, spec.content_type)])
    (page,) = iter_warc(path, max_bytes=1000)
    assert len(page.content) == 1001  # one byte over: the parse reports "too large"
    (result,) = parse_many([page], workers=0, settings=Settings(max_bytes=1000))
    assert result.error_type == "PageTooLargeError"


def test_warcs_are_recognised_by_content(tmp_path: Path) -> None:
    write_warc(tmp_path / "misnamed.dat", warc_specs()[:1])
    write_warc(tmp_path / "plain.bin", warc_specs()[:1], gzip=False)
    (tmp_path / "page.warc").write_text("<html><body>not an archive</body></html>", encoding="utf-8")
    assert is_warc(str(tmp_path / "misnamed.dat"))
    assert is_warc(str(tmp_path / "plain.bin"))
    assert not is_warc(str(tmp_path / "page.warc"))
    assert not is_warc(str(tmp_path / "missing.warc"))


def test_pages_parse_with_url_and_date(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(path, warc_specs())
    results = list(parse_many(iter_warc(path), workers=0))
    assert len(results) == len(PAGE_SPECS)
    for result, index in zip(results, PAGE_SPECS, strict=True):
        if result.ok:
            assert result.to_dict()["url"] == warc_specs()[index].url


@pytest.mark.parametrize("gzip", [True, False])
def test_reading_goes_on_after_a_corrupt_record(tmp_path: Path, gzip: bool) -> None:
    specs = warc_specs()
    path = tmp_path / "holed.warc"
    ids = write_warc(path, specs, gzip=gzip)
    whole = path.read_bytes()
    starts = _record_starts(path)
    # Damage the second page's record (spec 1): 30 bytes of its body go missing.
    start, end = starts[1], starts[2]
    cut = start + (end - start) * 3 // 4
    path.write_bytes(whole[:cut] + whole[cut + 30 :])
    items = list(iter_warc(path, errors="yield"))
    kinds = ["error" if isinstance(i, WarcError) else i.source.record_id for i in items]
    assert kinds == [ids[0], "error", ids[4], ids[5]]
    with pytest.raises(WarcError):
        list(iter_warc(path))
    results = list(parse_many(warc_items(str(path)), workers=0))
    assert [r.error_type for r in results][1] == "WarcError"
    assert [r.source.record_id for r in results if r.source] == [ids[0], None, ids[4], ids[5]]


def _record_starts(path: Path) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        return [records.offset for _ in records]


def test_resync_finds_nothing_after_a_cut_end(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(path, warc_specs(), truncate_last=True)
    items = list(iter_warc(path, errors="yield"))
    assert [isinstance(i, WarcError) for i in items] == [False, False, False, True]
