"""Tenth batch of held-out honest templates: page shells no earlier batch uses.

de_ing_warnhinweis (a German bank's own "aktuelle Sicherheitshinweise" page warning of
a fake "ING Sicherheitsteam" hotline, quoting its number beside the bank's own line),
fr_forum_invision (a French computer-help forum thread in an Invision Community shell where members
quote the number of a fake McAfee "assistance"), ch_msp_anydesk (a Zurich IT partner for
small firms, on a domain a few months old, with an AnyDesk customer-module download and
its own number) and be_depanneur_gsm (a one-man computer repair in Namur with a mobile
number and remote help), us_ledger_scam_story (a US regional paper's story on fake
PayPal invoices, quoting the number one gave), ja_denwa_navi (a Japanese number-lookup
site: recent searches and a page per number with reviews), us_vendor_billing_faq (a
backup-software vendor's billing FAQ on renewals and refunds with its own billing
line), nl_instantink_contact (HP Instant Ink's Dutch contact page on HP's own domain,
with the genuine HP number) and be_bib_digitaal (a Flemish public library's "digitale
hulp" page for seniors with its own number and "hulp op afstand").
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams6 import with_page
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document


def _split(e164: str) -> tuple[str, str]:
    """The trunk/area group and the rest of the national digits."""
    first, *rest = numbers.groups(e164)
    return first, "".join(rest)


def _q(s: Sheet, e164: str, style: str = "national") -> str:
    return s.num(e164, style, offered=False)


def _home(spec: Spec, link: str, label: str, blurb: str) -> tuple[str, Sheet]:
    body = (
        f'<header><a href="/">{esc(spec.name)}</a></header><main><h1>{esc(spec.name)}</h1>'
        f'<p>{esc(blurb)}</p><p><a href="{link}">{esc(label)}</a></p></main>'
    )
    return document(spec.lang, spec.name, body), Sheet()


@branded
def de_ing_warnhinweis(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    q = spec.quoted[0]
    s = Sheet()
    area, rest = _split(own)
    s.hidden(own)
    own_text = esc(f"{area} / {rest[:2]} {rest[2:5]} {rest[5:]}")  # 069 / 50 500 105
    path = "/kundenservice/sicherheit/aktuelle-warnungen/"
    items = "".join(
        f'<li class="ing-accordion__item"><details><summary><time datetime="{d}">{esc(day)}</time> '
        f"{esc(t)}</summary><p>{esc(x)}</p></details></li>"
        for d, day, t, x in (
            ("2026-02-12", "12.02.2026", "Phishing-SMS zur „Aktualisierung der Banking to go App“",
             "Wir versenden keine SMS mit Links zur Aktualisierung Ihrer App."),
            ("2026-01-29", "29.01.2026", "Gefälschte Briefe zur „Kontoverifizierung“",
             "Briefe mit QR-Code, die zu einer Anmeldeseite führen, stammen nicht von uns."),
        )
    )  # fmt: skip
    body = (
        '<header class="ing-header"><a class="ing-logo" href="/">ING</a>'
        '<nav class="ing-nav"><a href="/girokonto/">Girokonto</a><a href="/sparen/">Sparen</a>'
        '<a href="/wertpapiere/">Wertpapiere</a><a href="/kundenservice/">Kundenservice</a></nav></header>'
        '<main class="ing-content"><ol class="ing-breadcrumb"><li><a href="/kundenservice/">Kundenservice</a></li>'
        '<li><a href="/kundenservice/sicherheit/">Sicherheit</a></li><li>Aktuelle Warnungen</li></ol>'
        "<h1>Aktuelle Sicherheitshinweise</h1>"
        '<article class="ing-teaser ing-teaser--alert"><p class="ing-date"><time datetime="2026-02-26">26.02.2026</time></p>'
        "<h2>Vorsicht: falsche „ING Sicherheitsteam“-Hotline</h2>"
        "<p>Betrüger schalten Anzeigen und Webseiten, auf denen eine angebliche Sperre Ihres Online-Bankings "
        f"gemeldet wird. Kunden sollen die Nummer <strong>{_q(s, q)}</strong> anrufen und anschließend ein "
        "„ING-Sicherheitsmodul“ installieren – tatsächlich ist das die Fernwartungssoftware AnyDesk. Während des "
        "Gesprächs sollen Sie sich im Banking anmelden und Aufträge freigeben.</p>"
        "<p>Diese Nummer gehört nicht zur ING. Wir bitten Sie nie, Fernwartungssoftware zu installieren, und wir "
        "fragen am Telefon nie nach Ihrer PIN, TAN oder Ihrem Freigabe-Code.</p></article>"
        '<section class="ing-box"><h2>Sie haben bereits angerufen oder etwas freigegeben?</h2>'
        "<p>Rufen Sie uns sofort über die Nummer auf der Rückseite Ihrer Karte oder unter "
        f'<a href="{numbers.tel_href(own)}">{own_text}</a> an (rund um die Uhr). Lassen Sie Ihre Karten über den '
        "Sperr-Notruf sperren und erstatten Sie Anzeige bei der Polizei.</p></section>"
        f'<h2>Frühere Warnungen</h2><ul class="ing-accordion">{items}</ul></main>'
        '<footer class="ing-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · '
        "<span>ING-DiBa AG · Theodor-Heuss-Allee 2 · 60486 Frankfurt am Main</span></footer>"
    )
    return {
        path: (document(spec.lang, f"Aktuelle Sicherheitshinweise | {spec.name}", body), s),
        "/": _home(
            spec,
            path,
            "Aktuelle Sicherheitshinweise",
            "Girokonto, Sparen, Wertpapiere und Baufinanzierung.",
        ),
    }


@branded
def fr_forum_invision(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    topic = rng.randint(40000, 69999)
    first = rng.randint(300000, 399999)
    posts = (
        (
            "papy_gerard",
            "Inscrit : 3 mars 2019",
            "Bonjour, j’ai reçu un mail disant que mon abonnement McAfee allait être renouvelé pour 119,99 €. "
            "En cherchant « assistance McAfee » j’ai trouvé un site qui donne le "
            f"{_q(s, q, 'dotted')}. La personne veut que j’installe un logiciel pour « annuler » le prélèvement. "
            "C’est normal ?",
        ),
        (
            "Zebulon",
            "Modérateur",
            '<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-username="papy_gerard">'
            '<div class="ipsQuote_citation">papy_gerard a écrit :</div><div class="ipsQuote_contents"><p>un site qui donne le '
            f"{_q(s, q, 'dotted')}</p></div></blockquote>"
            "<p>Surtout pas ! C’est une arnaque au faux support. Ce numéro n’est pas celui de McAfee. Ne "
            "laissez personne prendre la main sur votre ordinateur et ne donnez aucune coordonnée bancaire. "
            "Pour un vrai remboursement, passez par votre compte sur le site officiel.</p>",
        ),
        (
            "lili59",
            "Inscrit : 11 nov. 2021",
            f"Même chose chez ma mère la semaine dernière avec le {_q(s, q, 'national')}. Ils lui ont fait "
            "installer AnyDesk et ont demandé sa carte. Elle a fait opposition et déposé plainte, à signaler aussi "
            "sur cybermalveillance.gouv.fr.",
        ),
    )
    stream = "".join(
        f'<article id="elComment_{first + i}" class="cPost ipsBox ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing">'
        f'<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium"><h3 class="ipsType_sectionHead cAuthorPane_author">'
        f'<strong><a href="/profile/{rng.randint(1000, 99999)}-{esc(who.lower())}/" class="ipsType_break">{esc(who)}</a></strong></h3>'
        f'<ul class="cAuthorPane_info ipsList_reset"><li data-role="group">{esc(rank)}</li></ul></aside>'
        f'<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{first + i}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium">'
        f'<div class="ipsComment_meta ipsType_light ipsFlex"><time datetime="2026-02-{20 + i}T1{i}:2{i}:00Z">{20 + i} février 2026</time></div>'
        f'<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained">{text}</div>'
        '<ul class="ipsComment_controls ipsClearfix"><li><a href="#" data-action="quoteComment">Citer</a></li></ul></div></div></article>'
        for i, (who, rank, text) in enumerate(posts)
    )
    body = (
        '<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container">'
        f'<a href="/" id="elLogo" accesskey="1">{esc(spec.name)}</a></div></header>'
        '<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars"><ul data-role="primaryNavBar">'
        '<li><a href="/forums/">Forums</a></li><li><a href="/tutos/">Tutos</a></li><li><a href="/search/">Rechercher</a></li></ul></nav></div>'
        '<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">'
        '<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">'
        '<li><a href="/">Accueil</a></li><li><a href="/forum/7-securite-virus-arnaques/">Sécurité, virus et arnaques</a></li></ul></nav>'
        '<div class="ipsPageHeader ipsBox ipsResponsive_pull ipsPadding ipsClearfix">'
        '<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">'
        "Faux renouvellement McAfee, numéro à appeler ?</span></h1></div>"
        f'<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-baseurl="/topic/{topic}-faux-renouvellement-mcafee/" class="cTopic ipsClear ipsSpacer_top">'
        f'<div data-role="commentFeed">{stream}</div></div></div></div></main>'
        '<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container">'
        '<p id="elCopyright"><a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>'
    )
    path = f"/topic/{topic}-faux-renouvellement-mcafee/"
    return {
        path: (
            document(
                spec.lang, f"Faux renouvellement McAfee, numéro à appeler ? - {spec.name}", body
            ),
            s,
        ),
        "/": _home(
            spec,
            path,
            "Faux renouvellement McAfee, numéro à appeler ?",
            "Entraide informatique entre particuliers.",
        ),
    }


@branded
def ch_msp_anydesk(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    uid = f"CHE-{rng.randint(100, 499)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    offers = "".join(
        f'<article class="leistung"><h3>{esc(t)}</h3><p>{esc(d)}</p></article>'
        for t, d in (
            ("IT-Betreuung zum Fixpreis", "Arbeitsplätze, Server und Netzwerk für Firmen mit 5 bis 50 Mitarbeitenden, ab CHF 69.– pro Arbeitsplatz und Monat."),
            ("Microsoft 365 & Entra ID", "Einrichtung, Lizenzen, Mehr-Faktor-Anmeldung und Datensicherung Ihrer Postfächer."),
            ("Firewall & Backup", "Verwaltete Firewalls, Offsite-Backup in Schweizer Rechenzentren, monatlicher Bericht."),
        )
    )  # fmt: skip
    body = (
        f'<header class="kopfzeile"><a class="marke" href="/">{esc(spec.name)}</a>'
        '<nav><a href="/leistungen">Leistungen</a><a href="/ueber-uns">Über uns</a><a href="/fernwartung">Fernwartung</a>'
        '<a href="/kontakt">Kontakt</a></nav></header>'
        '<section class="intro"><h1>Ihre IT-Abteilung in Zürich – für KMU, Praxen und Treuhandbüros</h1>'
        "<p>Wir sind ein junges Team aus drei Systemtechnikern mit langjähriger Erfahrung und betreuen seit Herbst 2025 "
        "kleine Unternehmen in Zürich und Umgebung. Feste Ansprechpartner, klare Preise, Verträge monatlich kündbar.</p></section>"
        f'<section class="leistungen">{offers}</section>'
        '<section class="fernwartung" id="fernwartung"><h2>Fernwartung</h2>'
        "<p>Bestehende Kunden starten die Fernwartung erst, nachdem sie mit uns telefoniert oder ein Ticket eröffnet "
        "haben. Laden Sie dazu unser AnyDesk-Kundenmodul herunter und nennen Sie uns die angezeigte Nummer. "
        "Wir rufen nie unaufgefordert an und verlangen keine Zahlung am Telefon.</p>"
        '<p><a class="knopf" href="https://limmatnet.my.anydesk.com/v2/custom-client/download/windows">'
        "AnyDesk-Kundenmodul herunterladen (Windows)</a> · "
        '<a href="https://limmatnet.my.anydesk.com/v2/custom-client/download/macos">macOS</a></p></section>'
        '<footer class="fusszeile">'
        f"<p>Support {s.tel(own, s.num(own, 'national'))} · Mo–Fr 7.30–18.00 · support@limmatnet-it.ch</p>"
        f"<p>{esc(spec.name)} GmbH · Hardturmstrasse 161, 8005 Zürich · UID {uid}</p></footer>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – IT-Betreuung für KMU in Zürich", body), s)}


@branded
def be_depanneur_gsm(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    bce = f"0{rng.randint(500, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    body = (
        '<table width="100%" cellpadding="12" class="cadre"><tr><td class="gauche" width="220" valign="top">'
        '<img src="/images/michel.jpg" alt="Michel, votre dépanneur" width="180" height="180">'
        f"<p><b>GSM</b><br>{s.tel(own, s.num(own, 'national'))}</p>"
        "<p>Lun–ven 9h–19h<br>Sam 9h–13h</p>"
        '<p><a href="/tarifs.html">Tarifs</a><br><a href="/a-distance.html">Aide à distance</a><br>'
        '<a href="/avis.html">Avis clients</a></p></td>'
        '<td valign="top"><h1>Dépannage informatique à domicile – Namur et environs</h1>'
        "<p>Je m’appelle Michel, je répare les ordinateurs depuis 2011. Je me déplace chez vous dans un rayon de "
        "25 km autour de Namur : ordinateur lent, imprimante qui ne répond plus, sauvegarde de vos photos, "
        "installation d’un nouvel ordinateur.</p>"
        "<h2>Aide à distance</h2><p>Pour les petits soucis, je peux vous aider sans me déplacer. Appelez-moi "
        "d’abord ; je vous envoie ensuite par SMS le lien vers le petit programme RustDesk, et vous me dictez le "
        "code affiché. Vous voyez tout ce que je fais et vous pouvez couper la connexion à tout moment.</p>"
        "<p><i>Je ne vous appellerai jamais de moi-même pour un « virus » et je ne demande jamais de paiement par "
        "carte cadeau. Un appel de ce genre est une arnaque : raccrochez.</i></p>"
        "<h2>Tarifs</h2><ul><li>Déplacement : 15 €</li><li>Heure de travail : 45 € (par quart d’heure ensuite)</li>"
        "<li>Aide à distance : 20 € la demi-heure</li></ul>"
        f'<p class="petit">{esc(spec.name)} – Michel Lambotte, indépendant · BCE {bce} · Rue de Fer, Namur</p>'
        "</td></tr></table>"
    )
    return {"/": (document(spec.lang, f"{spec.name} – dépannage informatique à Namur", body), s)}


@branded
def us_ledger_scam_story(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    s = Sheet()
    slug = "/news/local/2026/02/28/fake-paypal-invoice-scam-call-to-cancel-kettering-woman"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Fake PayPal invoice told her to call to cancel. It cost her $2,300.",
        "datePublished": "2026-02-28T06:00:00-05:00",
        "author": {"@type": "Person", "name": "Dana Morales"},
        "publisher": {"@type": "Organization", "name": spec.name},
    }
    body = (
        f'<div id="fusion-app"><header class="site-header"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav class="section-nav"><a href="/news/local/">Local</a><a href="/business/">Business</a>'
        '<a href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/subscribe/">Subscribe</a></nav></header>'
        '<main class="article-layout"><article class="a-story">'
        '<div class="overline"><a href="/news/local/">Local News</a></div>'
        '<h1 class="headline">Fake PayPal invoice told her to call to cancel. It cost her $2,300.</h1>'
        '<div class="byline">By Dana Morales | Published Feb. 28, 2026</div>'
        '<div class="article-body" data-testid="article-body">'
        "<p>A Kettering woman says she lost $2,300 after an official-looking PayPal receipt claimed she had "
        "bought $599.99 in Bitcoin and urged her to call a billing line within 24 hours to cancel the order.</p>"
        f"<p>The number on the receipt, {_q(s, q, 'us_paren')}, was answered by a man who said he worked for "
        "PayPal. He had her install a remote-access program so he could \u201cprocess the refund,\u201d then claimed "
        "he had refunded too much and asked her to send the difference back in gift cards.</p>"
        "<p>\u201cI never had a PayPal account with Bitcoin on it. I just panicked,\u201d she said.</p>"
        "<p>PayPal says it never asks customers to call a number in an invoice to cancel a payment, and that "
        "disputes should only be opened from inside the account. The Better Business Bureau said it received "
        "dozens of similar reports in the Miami Valley this month.</p>"
        '<div class="inline-factbox"><h2>If you get a receipt you don\u2019t recognize</h2><ul>'
        "<li>Don\u2019t call the number or reply to the message.</li>"
        "<li>Log in to your account directly, not through a link, to check for the charge.</li>"
        "<li>Never let a caller connect to your computer or ask you to buy gift cards.</li></ul></div>"
        "</div></article>"
        '<aside class="rail"><h3>Most read</h3><ol><li><a href="/news/local/">I-75 lane closures this weekend</a></li>'
        '<li><a href="/business/">New grocery opens in Beavercreek</a></li></ol></aside></main></div>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    home = (
        f'<header class="site-header"><a class="logo" href="/">{esc(spec.name)}</a></header><main><h1>Top stories</h1>'
        f'<ul><li><a href="{slug}">Fake PayPal invoice told her to call to cancel</a></li>'
        '<li><a href="/news/local/">Kettering council approves bike lanes</a></li></ul></main>'
    )
    return {
        slug: (
            document(
                spec.lang,
                f"Fake PayPal invoice scam costs Kettering woman $2,300 | {spec.name}",
                body,
            ),
            s,
        ),
        "/": (document(spec.lang, spec.name, home), Sheet()),
    }


@branded
def ja_denwa_navi(spec: Spec, rng: Random) -> Drafts:
    q = spec.quoted[0]
    digits = numbers.national_digits(q)
    path = f"/tel/{digits}"
    s = Sheet()
    views = rng.randint(2400, 9800)
    reviews = "".join(
        f'<li class="kuchikomi"><div class="kc-head"><span class="kc-rate kc-rate--{r}">{esc(label)}</span> '
        f'<span class="kc-date">2026年2月{d}日</span></div><p>{esc(t)}</p></li>'
        for r, label, d, t in (
            ("danger", "危険", 24, "パソコンに突然Windowsの警告画面が出て、この番号に電話するよう表示された。音が鳴り止まない。"),
            ("danger", "危険", 21, "電話したら片言の日本語で遠隔操作ソフトを入れるように言われた。サポート詐欺です。絶対にかけないで。"),
            ("caution", "注意", 17, "IP電話の番号。マイクロソフトを名乗っていたが関係ないとのこと。"),
        )
    )  # fmt: skip
    body = (
        f'<header class="hd"><a class="hd-logo" href="/">{esc(spec.name)}</a>'
        '<form class="hd-search" action="/search"><input name="q" placeholder="電話番号を入力（ハイフンなし可）"><button>検索</button></form></header>'
        '<main class="num-page">'
        f"<h1>{_q(s, q, 'dashed')} の電話番号情報</h1>"
        '<table class="num-info">'
        f"<tr><th>電話番号</th><td>{_q(s, q, 'dashed')}（{_q(s, q, 'compact')}）</td></tr>"
        "<tr><th>事業者名</th><td>不明</td></tr>"
        "<tr><th>種別</th><td>IP電話（050番号）</td></tr>"
        f"<tr><th>アクセス数</th><td>{views}</td></tr>"
        '<tr><th>迷惑度</th><td class="meiwaku">★★★★★ 危険</td></tr></table>'
        '<p class="alert">この番号は「サポート詐欺」の警告画面に表示されたとの口コミが多数寄せられています。</p>'
        f'<h2>口コミ（3件）</h2><ul class="kc-list">{reviews}</ul>'
        '<form class="kc-post" action="/post" method="post"><textarea name="body" placeholder="この番号の口コミを投稿"></textarea>'
        "<button>投稿する</button></form></main>"
        '<footer class="ft"><a href="/about">運営者情報</a> · <a href="/privacy">プライバシーポリシー</a></footer>'
    )
    home_s = Sheet()
    home = (
        f'<header class="hd"><a class="hd-logo" href="/">{esc(spec.name)}</a></header>'
        "<main><h1>電話番号検索・口コミ</h1><p>知らない番号から着信がありましたか？利用者の口コミで確認できます。</p>"
        '<h2>最近検索された番号</h2><ol class="recent">'
        f'<li><a href="{path}">{_q(home_s, q, "dashed")}</a> 危険 · 口コミ3件</li></ol></main>'
    )
    return {
        path: (
            document(spec.lang, f"{numbers.write(q, 'dashed')} はどこから？ | {spec.name}", body),
            s,
        ),
        "/": (document(spec.lang, f"{spec.name} - 電話番号検索", home), home_s),
        "/about": (
            document(
                spec.lang,
                f"運営者情報 | {spec.name}",
                f'<header class="hd"><a class="hd-logo" href="/">{esc(spec.name)}</a></header>'
                "<main><h1>運営者情報</h1><p>当サイトは利用者の口コミをもとに電話番号の情報を掲載しています。"
                "掲載内容の削除依頼はお問い合わせフォームからご連絡ください。</p></main>",
            ),
            Sheet(),
        ),
    }


@branded
def us_vendor_billing_faq(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    faq = (
        ("How does automatic renewal work?",
         "Personal and Family plans renew automatically at the end of each term so your backups don’t stop. "
         "We email you 30 days and again 7 days before we charge your card. You can turn auto-renew off at any time "
         "under Account › Subscription."),
        ("I was charged for a renewal I didn’t want. Can I get a refund?",
         "Yes. Every renewal comes with a 30-day money-back guarantee. Turn off auto-renew and choose "
         "“Request refund” under Account › Billing history, and the refund goes back to the original payment "
         "method within 5–10 business days."),
        ("Will you ever call me about a renewal?",
         "No. We never phone customers about renewals, never ask you to install remote-access software to "
         "process a refund and never ask for gift cards. If an invoice or a caller tells you otherwise, it did not "
         "come from us."),
        ("Can I speak to someone about my bill?",
         "Yes – our billing team in Vermont takes calls on the number below. Have your account email ready; we "
         "will never ask for your password."),
    )  # fmt: skip
    items = "".join(
        f'<div class="faq-item" id="faq-{i}"><button class="faq-q" aria-expanded="false" aria-controls="faq-a-{i}">'
        f'{esc(qn)}</button><div class="faq-a" id="faq-a-{i}" role="region"><p>{esc(a)}</p></div></div>'
        for i, (qn, a) in enumerate(faq)
    )
    body = (
        f'<header class="topnav"><a class="logo" href="/">{esc(spec.name)}</a>'
        '<nav><a href="/features">Features</a><a href="/pricing">Pricing</a><a href="/support">Support</a>'
        '<a class="signin" href="https://account.cobaltline.com/login">Sign in</a></nav></header>'
        '<div class="docs"><aside class="docs-nav"><h4>Support</h4><ul><li><a href="/support/getting-started">Getting started</a></li>'
        '<li><a href="/support/restore">Restoring files</a></li><li class="active"><a href="/support/billing-faq">Billing &amp; renewals</a></li>'
        '<li><a href="/support/security">Security</a></li></ul></aside>'
        '<main class="docs-main"><h1>Billing, renewals and refunds</h1>'
        '<p class="lede">Answers to the questions we get most about subscriptions.</p>'
        f'<div class="faq">{items}</div>'
        '<div class="callout"><h2>Billing team</h2>'
        f"<p>{s.tel(own, s.num(own, 'us_dash'))} · Mon–Fri 9am–5pm ET · billing@cobaltline.com</p>"
        "<p>Calls are answered by Cobaltline staff in Burlington, VT.</p></div></main></div>"
        '<footer class="site-foot"><p>© 2026 Cobaltline Software, Inc. · 110 Main St, Burlington, VT 05401 · '
        '<a href="/legal/terms">Terms</a> · <a href="/legal/refunds">Refund policy</a></p></footer>'
        "<script>document.querySelectorAll('.faq-q').forEach(function(b){b.onclick=function(){"
        "b.setAttribute('aria-expanded',b.getAttribute('aria-expanded')!=='true');};});</script>"
    )
    return {
        "/support/billing-faq": (
            document(spec.lang, f"Billing & renewals FAQ | {spec.name}", body),
            s,
        ),
        "/": _home(
            spec,
            "/support/billing-faq",
            "Billing & renewals",
            "Encrypted cloud backup for home and small office.",
        ),
    }


@branded
def nl_instantink_contact(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/nl/nl/contact"
    body = (
        '<div class="vn-page"><header class="vn-header"><a class="vn-logo" href="/nl/nl">HP Instant Ink</a>'
        '<nav><a href="/nl/nl/plans">Abonnementen</a><a href="/nl/nl/how-it-works">Hoe het werkt</a>'
        '<a href="/nl/nl/support">Ondersteuning</a><a href="/nl/nl/signin">Aanmelden</a></nav></header>'
        '<main class="vn-main"><h1>Contact met HP Instant Ink</h1>'
        "<p>Vragen over uw abonnement, uw maandelijkse factuur, het opzeggen van uw abonnement of een cartridge die "
        "niet is aangekomen? Meld u aan bij uw HP Smart-account: daar kunt u de meeste zaken zelf regelen.</p>"
        '<div class="vn-card"><h2>HP Support telefonisch</h2>'
        f"<p>HP Support Telefoonnummer: {s.tel(own, s.num(own, 'trunk_dash'))}</p>"
        "<p>Maandag t/m vrijdag 08:00 – 18:00 · lokaal tarief</p>"
        "<p>Houd het serienummer van uw printer en het e-mailadres van uw account bij de hand.</p></div>"
        '<div class="vn-card vn-card--note"><h2>Let op: nep-helpdesks</h2>'
        "<p>HP vraagt u nooit om een betaling voor ‘printer offline’-hulp en belt u niet onverwacht. "
        "Gebruik alleen de nummers op hp.com of in uw account, niet nummers uit advertenties of pop-ups.</p></div></main>"
        '<footer class="vn-footer"><p>© Copyright 2026 HP Development Company, L.P.</p>'
        '<a href="/nl/nl/terms">Servicevoorwaarden</a> · <a href="https://www.hp.com/nl-nl/privacy/privacy.html">Privacy</a></footer></div>'
    )
    return {
        path: (document(spec.lang, "Contact | HP Instant Ink", body), s),
        "/": _home(
            spec,
            path,
            "Contact",
            "Inkt en toner automatisch thuisbezorgd, voor een vast bedrag per maand.",
        ),
    }


@branded
def be_bib_digitaal(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    path = "/digitale-hulp"
    sessions = "".join(
        f"<tr><td>{esc(d)}</td><td>{esc(w)}</td><td>{esc(t)}</td></tr>"
        for d, w, t in (
            ("Dinsdag 10 maart", "Hoofdbibliotheek", "Veilig internetbankieren en itsme"),
            ("Donderdag 19 maart", "Filiaal Tongerlo", "Je smartphone opruimen en foto's bewaren"),
            (
                "Dinsdag 24 maart",
                "Hoofdbibliotheek",
                "Oplichting herkennen: valse sms'jes en nep-helpdesks",
            ),
        )
    )
    body = (
        '<div class="site"><header class="bib-kop"><a class="bib-logo" href="/">Bibliotheek Nethedal</a>'
        '<nav><a href="/catalogus">Catalogus</a><a href="/activiteiten">Activiteiten</a>'
        '<a href="/digitale-hulp">Digitale hulp</a><a href="/openingsuren">Openingsuren</a></nav></header>'
        '<main class="bib-inhoud"><h1>Digitale hulp voor senioren</h1>'
        "<p>Vastgelopen met je laptop, tablet of smartphone? In het Digipunt van de bibliotheek helpen onze "
        "vrijwilligers je gratis verder, samen met de dienst Welzijn van de gemeente.</p>"
        "<h2>Digipunt: elke dinsdag en donderdag</h2><p>Van 14 tot 16 uur kan je zonder afspraak binnenlopen. "
        "Breng je toestel en je wachtwoorden mee.</p>"
        "<h2>Hulp op afstand</h2><p>Kan je niet naar de bibliotheek komen? Bel ons, dan maken we een afspraak voor "
        "hulp op afstand. Een vrijwilliger belt je op het afgesproken uur terug en kijkt, als jij dat wil, mee op je "
        "scherm via een verbinding die jij zelf start. Je ziet alles wat er gebeurt en kan op elk moment stoppen.</p>"
        "<p><b>Let op:</b> de bibliotheek belt nooit zelf onverwacht op, vraagt nooit je bankcodes en laat je nooit "
        "betalen voor hulp. Wordt dat gevraagd, leg dan in.</p>"
        f'<h2>Workshops dit voorjaar</h2><table class="bib-tabel"><tr><th>Wanneer</th><th>Waar</th><th>Wat</th></tr>{sessions}</table>'
        '<section class="bib-contact"><h2>Contact</h2>'
        f"<p>Onthaal bibliotheek: {s.tel(own, s.num(own, 'national'))} (di–za, 10–17 uur)</p>"
        "<p>Grote Markt 3, 2260 Westerlo · digipunt@bibliotheek-nethedal.be</p></section></main>"
        '<footer class="bib-voet"><p>Bibliotheek Nethedal is een dienst van het gemeentebestuur · '
        '<a href="/privacy">Privacy</a> · <a href="/toegankelijkheid">Toegankelijkheid</a></p></footer></div>'
    )
    return {
        path: (document(spec.lang, f"Digitale hulp voor senioren | {spec.name}", body), s),
        "/": _home(
            spec,
            path,
            "Digitale hulp voor senioren",
            "Boeken, films, activiteiten en digitale hulp.",
        ),
    }


TEMPLATES = {
    "de_ing_warnhinweis": with_page("/kundenservice/kontakt/", de_ing_warnhinweis),
    "fr_forum_invision": with_page("/contact/", fr_forum_invision),
    "ch_msp_anydesk": with_page("/kontakt", ch_msp_anydesk),
    "be_depanneur_gsm": with_page("/contact.html", be_depanneur_gsm),
    "us_ledger_scam_story": with_page("/contact-us/", us_ledger_scam_story),
    "ja_denwa_navi": ja_denwa_navi,
    "us_vendor_billing_faq": with_page("/support", us_vendor_billing_faq),
    "nl_instantink_contact": with_page("/nl/nl/support", nl_instantink_contact),
    "be_bib_digitaal": with_page("/contact", be_bib_digitaal),
}
