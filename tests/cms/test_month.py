"""The fair index's month calendar (/hoi-cho/thang/2026-12/): an accessible table."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup

from catalogue.certification import VIETNAM
from cms.demo import ensure_fair

pytestmark = pytest.mark.django_db


def test_month_table_lists_a_fair_on_each_day_it_runs(client, fair_index, son_la):
    ensure_fair(
        fair_index,
        title="Hội chợ cuối năm",
        kind="themed",
        start=datetime.datetime(2026, 12, 30, 8, tzinfo=VIETNAM),
        end=datetime.datetime(2027, 1, 2, 21, tzinfo=VIETNAM),
        venue="",
        address="",
        area=son_la,
        organiser="",
    )
    response = client.get("/hoi-cho/thang/2026-12/")
    assert response.status_code == 200
    table = BeautifulSoup(response.content, "html.parser").find("table")
    assert table.find("caption").get_text(strip=True).startswith("1 ")
    assert len(table.find("thead").find_all("th", scope="col")) == 7
    days = {
        cell.find("time")["datetime"]
        for cell in table.find_all("td")
        if cell.find("a", string="Hội chợ cuối năm")
    }
    assert days == {"2026-12-30", "2026-12-31"}

    january = BeautifulSoup(client.get("/hoi-cho/thang/2027-01/").content, "html.parser").find("table")
    assert {c.find("time")["datetime"] for c in january.find_all("td") if c.find("a")} == {
        "2027-01-01",
        "2027-01-02",
    }
    assert client.get("/hoi-cho/thang/2026-13/").status_code == 404
