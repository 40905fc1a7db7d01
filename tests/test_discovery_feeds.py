"""NRD lists and zone files: the names they hold, what is new, what was skipped."""

from __future__ import annotations

import pytest

from core.errors import ConfigError
from crawler.discovery.feeds import new_in_zone, read_nrd, read_zone

ZONE_OLD = """\
; example zone, serial 1
$ORIGIN nl.
$TTL 3600
@            IN SOA ns1.dns.nl. hostmaster.dns.nl. 1 3600 600 86400 3600
@            IN NS  ns1.dns.nl.
bakkerij     IN NS  ns1.host.example.
             IN NS  ns2.host.example.
fietsen.nl.  3600 IN NS ns1.host.example.
"""
ZONE_NEW = (
    ZONE_OLD
    + """\
ziggo-storingsdienst  86400 IN NS ns1.cheap.example.
ziggo-storingsdienst  86400 IN NS ns2.cheap.example.
mail.bakkerij         IN A  192.0.2.10
tandarts      IN  NS ns1.host.example. ; new, benign
"""
)


def test_nrd_list_tolerates_comments_csv_columns_and_counts_junk(tmp_path):
    path = tmp_path / "nrd.txt"
    path.write_text("# feed 2025-06-01\nMcAfee-Hulp.online.\nkapsalon.nl,2025-06-01\n\n"
                    "not a name\nhttp://x/y\nkapsalon.nl\n", encoding="utf-8")  # fmt: skip
    found = read_nrd(path)
    assert found.names == {"mcafee-hulp.online": 2, "kapsalon.nl": 3}
    assert found.skipped["not a domain name"] == 2


def test_zone_file_names_are_delegations_below_the_apex(tmp_path):
    path = tmp_path / "nl.zone"
    path.write_text(ZONE_OLD, encoding="utf-8")
    assert set(read_zone(path).names) == {"bakkerij.nl", "fietsen.nl"}


def test_new_names_are_those_in_new_and_not_in_old(tmp_path):
    old, new = tmp_path / "old.zone", tmp_path / "new.zone"
    old.write_text(ZONE_OLD, encoding="utf-8")
    new.write_text(ZONE_NEW, encoding="utf-8")
    fresh = new_in_zone(old, new)
    assert set(fresh.names) == {"ziggo-storingsdienst.nl", "tandarts.nl"}
    assert fresh.skipped["already in the old zone"] == 2


def test_a_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        read_nrd(tmp_path / "nope.txt")
