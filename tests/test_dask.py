"""``newsparse.dask`` on a local dask.distributed cluster: same records as the batch API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cli_support import mixed_folder, warc_specs, write_warc

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'newsparse[dask]')")
pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'newsparse[dask]')")

from newsparse.batch import parse_many
from newsparse.cli_inputs import items


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    # In-process workers keep the test fast; the scheduler protocol is the real one.
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def _expected(paths: list[str]) -> list[dict[str, Any]]:
    pages = items(paths, [], lambda source: False, 20 * 1024 * 1024)
    return [r.to_dict() for r in parse_many(pages, workers=0)]


def test_from_warcs_matches_the_batch_api(client: Any, tmp_path: Path) -> None:
    import newsparse.dask

    one, two = str(tmp_path / "one.warc.gz"), str(tmp_path / "two.warc.gz")
    write_warc(Path(one), warc_specs())
    write_warc(Path(two), warc_specs()[::-1], truncate_last=True)
    bag = newsparse.dask.from_warcs([one, two])
    assert bag.npartitions == 2
    found = bag.compute()
    assert found == _expected([one, two])
    assert found[-1]["error"]["type"] == "WarcError"


def test_from_files_matches_the_batch_api(client: Any, tmp_path: Path) -> None:
    import newsparse.dask

    names = mixed_folder(tmp_path)
    paths = [str(tmp_path / name) for name in names]
    found = newsparse.dask.from_files(paths, npartitions=3).compute()
    assert found == _expected(paths)
    assert [r["source"]["path"] for r in found] == paths
