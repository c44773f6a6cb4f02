"""The catalog shows the gateway's limits, and, printed, what the current requests leave of each.

The committed block (`catalog --update`) holds only what does not change with the requests: the
workflow commits `dist/` alone for a new request, so a count of teams there would go stale.
"""

from __future__ import annotations

import io
from pathlib import Path

from support.files import FIXTURE_PLATFORM, FIXTURE_REQUESTS
from support.validation_files import TYPED, platform_with, request, write

from ai_access.cli import main
from ai_access.models.platform import PlatformConfig
from ai_access.reference.catalog import catalog_markdown
from ai_access.validation.requests import ValidationReport


def _rows(text: str) -> dict[str, list[str]]:
    start = text.index("| limit | the tier allows |")
    table = text[start:].split("\n\n", 1)[0].splitlines()
    return {cells[0]: cells[1:] for cells in ([c.strip() for c in line.strip("|").split("|")] for line in table[2:])}


def test_the_committed_block_gives_each_limit_what_the_platform_and_a_team_take_and_no_count_of_teams(platform: PlatformConfig) -> None:
    text = catalog_markdown(platform)
    assert "tier `StandardV2`" in text
    assert _rows(text) == {
        "products": ["500", "0", "1"],
        "subscriptions": ["25,000", "0", "1"],
        "API operations": ["50,000", "3", "0"],
        "named values": ["10,000", "0", "0"],
    }
    assert "So at most 500 teams fit on this gateway." in text and "a second subscription" in text
    assert "remaining" not in text


def test_with_the_requests_the_catalog_shows_the_headroom_of_each_limit(platform: PlatformConfig, fixture_report: ValidationReport) -> None:
    requests = [loaded.request for loaded in fixture_report.requests]
    rows = _rows(catalog_markdown(platform, requests))
    n = len(requests)
    assert rows["products"] == ["500", "0", "1", str(n), f"{500 - n:,}"]
    assert rows["subscriptions"] == ["25,000", "0", "1", str(n), f"{25_000 - n:,}"]
    assert rows["API operations"] == ["50,000", "3", "0", "0", "49,997"]
    assert rows["named values"] == ["10,000", "0", "0", "0", "10,000"]


def test_main_catalog_prints_the_headroom_of_the_requests_folder() -> None:
    out = io.StringIO()
    assert main(["catalog", "--platform", str(FIXTURE_PLATFORM), "--requests", str(FIXTURE_REQUESTS)], stdout=out, stderr=io.StringIO()) == 0
    teams = len([p for p in FIXTURE_REQUESTS.iterdir() if p.is_dir()])
    assert _rows(out.getvalue())["products"] == ["500", "0", "1", str(teams), f"{500 - teams}"]


def test_a_tier_over_a_limit_shows_how_far_over(tmp_path: Path) -> None:
    path, _ = platform_with(tmp_path, lambda data: data["apim"].update(skuName="BasicV2_1"))
    folder = tmp_path / "requests"
    plain = request(TYPED, **{"    - name: phi-4\n      type: kaito\n      instanceType: Standard_NC24ads_A100_v4\n": "", "tokensPerMinute: 5000": "tokensPerMinute: 10"})
    for i in range(201):
        write(folder, f"team-{i:03d}", plain.replace("team-x", f"team-{i:03d}"))
    out = io.StringIO()
    assert main(["catalog", "--platform", path, "--requests", str(folder)], stdout=out, stderr=io.StringIO()) == 0
    assert _rows(out.getvalue())["products"] == ["200", "0", "1", "201", "none: 1 over"]


def test_an_undocumented_figure_is_shown_as_not_checked(platform: PlatformConfig) -> None:
    consumption = platform.model_copy(update={"apim": platform.apim.model_copy(update={"sku_name": "Consumption_0"})})
    rows = _rows(catalog_markdown(consumption, []))
    assert rows["subscriptions"] == ["not documented: not checked", "0", "1", "0", "-"]
    assert rows["products"][-1] == "100"


def test_requests_left_out_of_the_count_are_said_on_standard_error(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    missing = tmp_path / "no-such-folder"
    assert main(["catalog", "--platform", str(FIXTURE_PLATFORM), "--requests", str(missing)], stdout=out, stderr=err) == 0
    assert err.getvalue().splitlines() == [f"{missing}:1: (folder): requests folder not found"]
    assert _rows(out.getvalue())["products"] == ["500", "0", "1", "0", "500"]
