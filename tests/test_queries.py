import pytest

from core.errors import ConfigError
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


def test_locale_query_sets_are_opt_in(monkeypatch):
    monkeypatch.delenv("NEPHELPDESK_QUERY_LOCALES", raising=False)
    base = default_queries()
    assert "computer hilfe telefonnummer" not in base
    german = default_queries(locales="de")
    assert "computer hilfe telefonnummer" in german and "Microsoft kundendienst telefonnummer" in german
    monkeypatch.setenv("NEPHELPDESK_QUERY_LOCALES", "fr,fi")
    both = default_queries()
    assert "Microsoft service client numero" in both and "tekninen tuki puhelinnumero" in both


def test_unknown_locale_is_one_clear_error():
    import pytest

    from core.errors import ConfigError

    with pytest.raises(ConfigError, match="no query locale 'xx'"):
        default_queries(locales="xx")
