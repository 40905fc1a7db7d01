import pytest

from crawler.errors import ConfigError
from crawler.queries import default_queries, phone_query_forms, read_queries_file


def test_queries_file_comments_blank_and_duplicates(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text("# nightly\nhulp windows\n\nhulp windows  # again\napple support bellen\n")
    assert read_queries_file(f) == ["hulp windows", "apple support bellen"]


def test_empty_or_missing_file_is_clear(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text("# only a comment\n")
    with pytest.raises(ConfigError, match="no queries"):
        read_queries_file(f)
    with pytest.raises(ConfigError, match="not found"):
        read_queries_file(tmp_path / "missing.txt")


def test_default_queries_expand_templates():
    queries = default_queries()
    assert "hulp windows" in queries
    assert "Microsoft helpdesk telefoonnummer" in queries
    assert "Outlook klantenservice bellen" in queries
    assert len(queries) == len(set(queries))


def test_phone_forms_are_how_people_write_them():
    assert phone_query_forms("+31851234567") == [
        "085 123 4567", "085-1234567", "0851234567", "+31 85 123 4567"
    ]
