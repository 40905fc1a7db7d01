"""Classes found in the held-out web's thirty-first batch (moved to development, issue 14).

- A fake ING "centrum bezpieczeństwa" in Polish scored nothing but its registration: no
  Polish (nor Danish) helpdesk, call or warning word was in the vocabulary.
- A hijacked Brazilian guest house's injected HP page wrote "0800 591 4382": the .com.br
  name gave no region (only some country-code domains were listed), so the number was
  read as Dutch. Every country-code domain names its country (the generic ones aside).
- A fake PayPal "línea de resolución" showed its number only as the value of a read-only
  input beside a "Copiar número" button.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from crawler.extract.phones import region_hint
from crawler.extract.terms import find_terms

HTML = {"Content-Type": "text/html"}


@pytest.mark.parametrize(
    "text",
    [
        "Komputer działa wolno? Nasi technicy pomogą zdalnie. Zadzwoń teraz na infolinię pomocy technicznej.",
        "Er din computer langsom? Vores teknikere hjælper med fjernsupport. Ring til os nu.",
    ],
)
def test_helpdesk_wording_in_polish_and_danish(text):
    assert len(find_terms(text).helpdesk) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Policja ostrzega przed oszustami, którzy podszywają się pod bank. To oszustwo.",
        "Politiet advarer mod svindlere, der ringer som Microsoft. Det er svindel.",
    ],
)
def test_warning_wording_in_polish_and_danish(text):
    assert len(find_terms(text).warning) >= 2


@pytest.mark.parametrize(
    ("url", "region"),
    [("http://pousada-exemplo.com.br/", "BR"), ("http://pcfix.co.za/", "ZA"), ("http://help.com.sg/", "SG"),
     ("http://apple-help.ae/", "AE"), ("http://pc-hjaelp.dk/", "DK"), ("http://example.io/", "NL")],
)  # fmt: skip
def test_a_country_code_domain_gives_its_country(url, region):
    assert region_hint(url, "en")[0] == region


def test_a_brazilian_toll_free_number_on_a_br_site():
    html = '<html lang="pt"><body><p>Ligue grátis: 0800 591 4382</p></body></html>'
    found = extract_page(html.encode(), url="http://pousada-exemplo.com.br/hp.html", headers=HTML)
    assert [p.e164 for p in found.phones] == ["+558005914382"]


COPY_FIELD = """<html lang="es"><body><p>Línea de resolución:</p><div class="input-group">
<input type="text" class="form-control" readonly value="+34 910 62 55 31"><button type="button">Copiar número</button></div></body></html>"""
SEARCH_FIELD = """<html lang="es"><body><form><input type="text" name="q" value="910625531"><input type="hidden" name="t" value="+34910625532">
<button>Buscar</button></form></body></html>"""


def test_a_number_in_a_read_only_field_to_copy_is_the_pages():
    found = extract_page(COPY_FIELD.encode(), url="http://resolucion.example.es/", headers=HTML)
    assert {p.e164: p.role for p in found.phones} == {"+34910625531": "offered"}


def test_an_editable_or_hidden_fields_value_is_no_number():
    assert (
        extract_page(SEARCH_FIELD.encode(), url="http://buscar.example.es/", headers=HTML).phones
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sua impressora HP está offline? Fale agora com um técnico. O atendimento é gratuito: ligue grátis.",
        "Nuestro equipo revisa tu caso por teléfono y un técnico certificado entra por acceso remoto.",
    ],
)
def test_plainer_brazilian_and_spanish_helpdesk_wording(text):
    assert len(find_terms(text).helpdesk) >= 2
