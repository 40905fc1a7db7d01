"""Twenty-seventh batch of held-out honest templates: page shells no earlier batch uses.

b27_nl_jannah_news_kpn (a Dutch regional news site on WordPress Jannah with NewsArticle
markup: the fake KPN storingsdienst), b27_be_drupal10_police_warning (a Flemish police
zone's Drupal 10 warning page: the fake ING Veiligheidsdienst), b27_gb_fluxbb_forum (a UK
computer-help forum on FluxBB: the 0808 "Microsoft support" number from an SEO post),
b27_us_q2a_qapage (a US Q&A site on Question2Answer with QAPage markup: the McAfee renewal
invoice), b27_au_phoenix_lookup_directory (an Australian reverse phone lookup on Phoenix
LiveView: the remote-help 1800 line and the Indian "Amazon" number),
b27_in_quintype_victim_story (an Indian news portal on Quintype, no article markup, a
past-tense victim story of the fake Amazon customer care), b27_de_strapi_consumer_warning (a
German consumer body's warning on Strapi and Next.js: the Norton page on a hijacked
allotment-club site and the Austrian Defender lock screen), b27_chde_bludit_it_firm (a
Zurich IT firm since 1998 on Bludit, with a remote-support download page and a blog post on
the fake PayPal Sicherheitsdienst), b27_fr_substack_victim_blog (a French Substack
newsletter on a custom domain: how the author's father fell for the Apple lock screen),
b27_chfr_october_it_partner (a Lausanne IT partner on October CMS listing Apple's genuine
Swiss number, with a news item on the fake Epson guide), b27_in_amazon_official (Amazon
India's own help page on fake customer-care numbers, no number at all) and
b27_ja_base_crisp_shop (a Tokyo PC shop on BASE with a Crisp chat widget and a shop
notice on the fake Canon support number).
Honest pages quote only numbers the scams of this batch offer (spec.quoted).
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import home as _home
from crawler.sandbox.heldout.shell import json_ld as _ld
from crawler.sandbox.heldout.shell import quoted as _q
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document

# --- a Dutch regional news site on WordPress Jannah, NewsArticle markup --------------------


@branded
def b27_nl_jannah_news_kpn(spec: Spec, rng: Random) -> Drafts:
    (kpn,) = spec.quoted
    s = Sheet()
    path = "/2026/02/19/inwoners-gedupeerd-door-nep-storingsdienst-kpn/"
    title = "Inwoners gedupeerd door nep-storingsdienst van KPN"
    head = (
        "<link rel='stylesheet' id='tie-css-base-css' href='/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' media='all'>\n"
        '<meta name="generator" content="WordPress 6.4.3">\n'
        + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-02-19T07:12:00+01:00",
               "author": {"@type": "Person", "name": "Sanne Wolters"}, "publisher": {"@type": "Organization", "name": spec.name}})
    )
    body = (
        '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
        '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active">'
        f'<div class="container header-container"><div class="logo-row"><div id="logo" class="image-logo"><a title="{esc(spec.name)}" href="/">{esc(spec.name)}</a></div></div></div>'
        '<nav id="main-nav" class="main-nav header-nav"><ul id="menu-hoofdmenu" class="menu"><li class="menu-item"><a href="/regio/">Regio</a></li>'
        '<li class="menu-item"><a href="/112/">112</a></li><li class="menu-item"><a href="/consument/">Consument</a></li></ul></nav></header>'
        '<div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        f'<header class="entry-header-outer"><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="/consument/">Consument</a></span>'
        f'<h1 class="post-title entry-title">{esc(title)}</h1><div class="post-meta"><span class="meta-author">Sanne Wolters</span> <span class="date meta-item">19 februari 2026</span></div></div></header>'
        '<div class="entry-content entry clearfix">'
        "<p>Bij de politie in de regio zijn deze week elf meldingen binnengekomen van inwoners die belden met een zogenaamde "
        "storingsdienst van KPN. Zij zochten via Google naar hulp bij een internetstoring en kwamen uit op een nette website met "
        f"het nummer {_q(s, kpn, 'national')}.</p>"
        "<p>Een 68-jarige man uit Zevenaar vertelt dat de ‘monteur’ hem vroeg een programma te downloaden. ‘Toen zag ik ineens "
        "mijn bankapp op zijn scherm. Hij zei dat ik nog moest betalen voor de reparatie.’ De man zag later dat er 2.150 euro "
        "van zijn rekening was gehaald.</p>"
        "<p>KPN laat weten dat dit nummer niet van het bedrijf is. ‘Onze monteurs nemen nooit uw computer over en vragen niet om "
        "betalingen via de telefoon. Storingen meldt u via de KPN-app of het nummer op uw factuur.’</p>"
        "<p>De politie raadt slachtoffers aan direct de bank te bellen en aangifte te doen.</p>"
        "</div></article></div>"
        '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="Primaire zijbalk"><div class="theiaStickySidebar">'
        '<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Meest gelezen</div></div>'
        '<ul class="posts-list-items"><li><a href="/regio/">Nieuwe rotonde bij de Didamseweg</a></li></ul></div></div></aside></div></div>'
        f'<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="container"><div class="copyright-text">© Copyright 2026, {esc(spec.name)}</div></div></div></footer>'
        "</div></div></div>"
    )
    return {
        "/": _home(spec, path, title, "Nieuws uit de Liemers en omstreken."),
        path: (document(spec.lang, f"{title} - {spec.name}", body, head, ' class="post-template-default single single-post is-percent-width wrapper-has-shadow block-head-4"'), s),
    }


# --- a Flemish police zone's Drupal 10 warning page --------------------------------------


@branded
def b27_be_drupal10_police_warning(spec: Spec, rng: Random) -> Drafts:
    (ing,) = spec.quoted
    s = Sheet()
    path = "/nl/nieuws/opgelet-valse-veiligheidsdienst-van-ing"
    head = (
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta name="MobileOptimized" content="width">\n'
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex(rng, 32)}.css?delta=0&amp;language=nl&amp;theme=lpp_theme">\n'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"nl"},"ajaxPageState":{"theme":"lpp_theme"}}</script>\n'
    )
    body = (
        '<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">'
        f'<header role="banner"><div class="region region-header"><div id="block-lpp-theme-branding" class="block block-system block-system-branding-block"><a href="/nl" rel="home">{esc(spec.name)}</a></div>'
        '<nav role="navigation" aria-labelledby="block-lpp-theme-main-menu-menu" id="block-lpp-theme-main-menu"><ul class="menu menu--main"><li class="menu-item"><a href="/nl/nieuws">Nieuws</a></li>'
        '<li class="menu-item"><a href="/nl/aangifte">Aangifte</a></li><li class="menu-item"><a href="/nl/contact">Contact</a></li></ul></nav></div></header>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">'
        '<article data-history-node-id="' + str(rng.randint(1000, 9999)) + '" class="node node--type-news node--view-mode-full">'
        '<h1 class="page-title"><span class="field field--name-title">Opgelet: valse ‘Veiligheidsdienst’ van ING</span></h1>'
        '<div class="field field--name-field-date">12 maart 2026</div>'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        "<p>Onze zone ontving de voorbije weken meerdere klachten over een website die zich voordoet als de Veiligheidsdienst "
        "van ING België. Wie het nummer op die website belt, krijgt een ‘medewerker’ aan de lijn die vraagt om met de kaartlezer "
        "codes door te geven. Daarmee worden betalingen goedgekeurd.</p>"
        f"<p>Het gaat om het nummer <strong>{_q(s, ing, 'national')}</strong>. Dit nummer is niet van ING.</p>"
        "<p>Uw bank vraagt nooit om codes van uw kaartlezer door te geven aan de telefoon. Bent u slachtoffer? Blokkeer uw kaart "
        "via Card Stop en doe aangifte in een politiekantoor. Verdachte berichten kunt u doorsturen naar verdacht@safeonweb.be.</p>"
        "</div></article></div></main>"
        f'<footer role="contentinfo"><div class="region region-footer"><p>{esc(spec.name)} · Noodnummer 101 · Niet-dringend: via het contactformulier</p></div></footer>'
        "</div></div>"
        '<script src="/core/misc/drupal.js?v=10.2.4"></script>'
    )
    return {
        "/": _home(spec, path, "Opgelet: valse ‘Veiligheidsdienst’ van ING", "Lokale politie – uw zone voor veiligheid."),
        path: (document(spec.lang, f"Opgelet: valse ‘Veiligheidsdienst’ van ING | {spec.name}", body, head, ' class="path-node page-node-type-news"'), s),
    }


# --- a UK computer-help forum on FluxBB --------------------------------------------------


@branded
def b27_gb_fluxbb_forum(spec: Spec, rng: Random) -> Drafts:
    (ms,) = spec.quoted
    s = Sheet()
    tid = rng.randint(20000, 29999)
    path = f"/viewtopic.php?id={tid}"
    posts = (
        ("pennyfarthing", "Member", "14 Feb 2026, 19:42",
         "My mum found a page called 'How to contact Microsoft support in 2026' and rang the number on it, "
         f"{_q(s, ms, 'national')}. They asked her to install something so they could 'check her licence'. "
         "She hung up when they wanted £249. Is this a known scam?"),
        ("grumpy_admin", "Moderator", "14 Feb 2026, 20:05",
         "Yes. Microsoft does not have a UK phone line you find through blog posts like that. Those 'guides' are written "
         "to rank on Google and push their own number. Get her to run a full scan, change her email password and tell her bank if she gave any card details."),
        ("pennyfarthing", "Member", "14 Feb 2026, 21:17",
         "Thanks. She didn't give them card details, just let them connect for a minute. Removing AnyDesk now. Reported it to Action Fraud too."),
    )
    rows = "".join(
        f'<div id="p{rng.randint(100000, 999999)}" class="blockpost rowodd"><h2><span><span class="conr">#{i + 1}</span> '
        f'<a href="{path}">{esc(when)}</a></span></h2><div class="box"><div class="inbox"><div class="postbody">'
        f'<div class="postleft"><dl><dt><strong>{esc(who)}</strong></dt><dd class="usertitle"><strong>{esc(rank)}</strong></dd></dl></div>'
        f'<div class="postright"><h3>Re: Fake Microsoft support guide</h3><div class="postmsg"><p>{text}</p></div></div></div></div></div></div>'
        for i, (who, rank, when, text) in enumerate(posts)
    )
    body = (
        '<div id="punviewtopic" class="pun"><div class="top-box"></div><div class="punwrap">'
        f'<div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox"><h1><a href="index.php">{esc(spec.name)}</a></h1>'
        '<div id="brddesc"><p>Friendly help with PCs, phones and broadband</p></div></div>'
        '<div id="brdmenu" class="inbox"><ul><li id="navindex" class="isactive"><a href="index.php">Index</a></li><li id="navuserlist"><a href="userlist.php">User list</a></li>'
        '<li id="navsearch"><a href="search.php">Search</a></li></ul></div></div></div>'
        '<div id="brdmain"><div class="linkst"><div class="inbox crumbsplus"><ul class="crumbs"><li><a href="index.php">Index</a></li>'
        '<li><span>»&#160;</span><a href="viewforum.php?id=4">Security &amp; scams</a></li><li><span>»&#160;</span><strong>Fake Microsoft support guide</strong></li></ul></div></div>'
        + rows
        + '</div><div id="brdfooter" class="block"><div class="box"><div id="poweredby">Powered by <a href="https://fluxbb.org/">FluxBB</a></div></div></div></div></div>'
    )
    return {
        "/": _home(spec, path, "Fake Microsoft support guide", "A friendly UK forum for computer help."),
        path: (document(spec.lang, f"Fake Microsoft support guide / Security & scams / {spec.name}", body), s),
    }


# --- a US Q&A site on Question2Answer, QAPage markup ---------------------------------------


@branded
def b27_us_q2a_qapage(spec: Spec, rng: Random) -> Drafts:
    (mcafee,) = spec.quoted
    s = Sheet()
    qid = rng.randint(40000, 49999)
    path = f"/{qid}/got-mcafee-invoice-for-449-99-is-this-real"
    q_text = (f"I got an email with an 'invoice' for McAfee Total Protection, USD 449.99, and a number to call to cancel: "
              f"{numbers.write(mcafee, 'us_dash')}. I never bought McAfee. Should I call?")
    a_text = ("Don't call. That's the classic refund scam: the 'billing department' asks you to install remote access software "
              "and then claims they refunded too much. McAfee's real account page is reached through their own site, not through a number in an email.")
    s.hidden(mcafee, offered=False)
    head = (
        '<meta name="generator" content="Question2Answer 1.8.8">\n'
        '<link rel="stylesheet" href="./qa-theme/SnowFlat/qa-styles.css?1.8.8">\n'
        + _ld({"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Got McAfee invoice for $449.99, is this real?",
               "text": q_text, "answerCount": 2, "acceptedAnswer": {"@type": "Answer", "text": a_text, "upvoteCount": 17}}})
    )
    body = (
        '<div class="qa-body-wrapper"><div class="qa-main-wrapper"><div class="qa-header"><div class="qa-logo">'
        f'<a href="./" class="qa-logo-link">{esc(spec.name)}</a></div><div class="qa-nav-main"><ul class="qa-nav-main-list">'
        '<li class="qa-nav-main-item qa-nav-main-questions"><a href="./questions" class="qa-nav-main-link">Questions</a></li>'
        '<li class="qa-nav-main-item"><a href="./ask" class="qa-nav-main-link">Ask a Question</a></li></ul></div></div>'
        '<div class="qa-main"><div class="qa-main-heading"><h1><a href=""><span class="entry-title">Got McAfee invoice for $449.99, is this real?</span></a></h1></div>'
        '<div class="qa-part-q-view"><div class="qa-q-view"><div class="qa-q-view-main"><div class="qa-q-view-content qa-post-content">'
        f'<div itemprop="text">{esc(q_text)}</div></div><span class="qa-q-view-avatar-meta"><span class="qa-q-view-who">asked by <a href="./user/lindaw">lindaw</a></span></span></div></div></div>'
        '<div class="qa-part-a-list"><h2 id="a_list_title">2 Answers</h2>'
        f'<div class="qa-a-list-item qa-a-list-item-selected"><div class="qa-a-item-content qa-post-content"><div itemprop="text">{esc(a_text)}</div></div>'
        '<span class="qa-a-item-who">answered by <a href="./user/techdad">techdad</a></span></div>'
        '<div class="qa-a-list-item"><div class="qa-a-item-content qa-post-content"><div itemprop="text">Same email here. Forward it to reportphishing@apwg.org and to the FTC at ReportFraud.ftc.gov, then delete it.</div></div></div>'
        "</div></div></div>"
        '<div class="qa-footer"><div class="qa-attribution">Powered by <a href="http://www.question2answer.org/">Question2Answer</a></div></div></div></div>'
    )
    return {
        "/": _home(spec, path, "Got McAfee invoice for $449.99, is this real?", "Questions and answers about computers and online safety."),
        path: (document(spec.lang, f"Got McAfee invoice for $449.99, is this real? - {spec.name}", body, head, ' class="qa-template-question"'), s),
    }


# --- an Australian reverse phone lookup on Phoenix LiveView -------------------------------


@branded
def b27_au_phoenix_lookup_directory(spec: Spec, rng: Random) -> Drafts:
    remote, amazon = spec.quoted
    drafts: Drafts = {}
    csrf = _hex(rng, 40)
    head = (
        f'<meta name="csrf-token" content="{csrf}">\n'
        f'<link phx-track-static rel="stylesheet" href="/assets/app-{_hex(rng, 32)}.css?vsn=d">\n'
        f'<script defer phx-track-static type="text/javascript" src="/assets/app-{_hex(rng, 32)}.js?vsn=d"></script>\n'
    )
    entries = (
        (remote, "Remote computer support pitch", "Scam", 47,
         ("Rang after I called from a 'computer help' website. Wanted remote access and $189 before doing anything.",
          "Claims an ABN that belongs to another company. Do not give them access.")),
        (amazon, "Fake Amazon customer care (India)", "Scam", 22,
         ("Number from a fake 'Amazon helpline' website. Asked me to install AnyDesk for a refund.",
          "They tried to get my UPI PIN. Indian mobile number.")),
    )
    links = []
    for e164, label, verdict, reports, comments in entries:
        s = Sheet()
        digits = numbers.national_digits(s.hidden(e164, offered=False)) if e164.startswith("+61") else "00" + e164[1:]
        shown = _q(s, e164, "national" if e164.startswith("+61") else "intl")
        p = f"/number/{digits}"
        body = (
            f'<div data-phx-main data-phx-session="{_hex(rng, 48)}" data-phx-static="{_hex(rng, 32)}" id="phx-{_hex(rng, 16)}">'
            f'<header class="px-4 py-3 border-b"><a href="/" class="font-bold">{esc(spec.name)}</a></header>'
            f'<main class="mx-auto max-w-2xl"><h1 class="text-2xl">{shown}</h1>'
            f'<p class="text-sm">{esc(label)} · Rating: <span class="badge-red">{esc(verdict)}</span> · {reports} reports</p>'
            '<ul class="divide-y" id="comments" phx-update="stream">'
            + "".join(f'<li id="comments-{i}" class="py-2">{esc(c)}</li>' for i, c in enumerate(comments))
            + '</ul><form phx-submit="add_comment"><textarea name="comment" placeholder="Who called you?"></textarea><button>Add report</button></form></main></div>'
        )
        drafts[p] = (document(spec.lang, f"Who called me from {numbers.write(e164, 'national' if e164.startswith('+61') else 'intl')}? | {spec.name}", body, head), s)
        links.append((p, e164, label))
    hs = Sheet()
    for _p, e164, _label in links:
        hs.hidden(e164, offered=False)  # in the links' paths
    home = (
        f'<header class="px-4 py-3"><a href="/">{esc(spec.name)}</a></header><main><h1>Who called me? Australian reverse phone lookup</h1>'
        '<form action="/search"><input name="q" placeholder="Enter a phone number"><button>Search</button></form><h2>Recently reported</h2><ul>'
        + "".join(f'<li><a href="{p}">{esc(label)}</a></li>' for p, _e, label in links)
        + "</ul></main>"
    )
    drafts["/"] = (document(spec.lang, f"{spec.name} – Reverse phone lookup", home, head), hs)
    return drafts


# --- an Indian news portal on Quintype, no article markup, past tense ----------------------


@branded
def b27_in_quintype_victim_story(spec: Spec, rng: Random) -> Drafts:
    (amazon,) = spec.quoted
    s = Sheet()
    path = "/city/pune/retired-bank-officer-lost-rs-3-8-lakh-to-fake-amazon-customer-care"
    head = (
        f'<link rel="stylesheet" href="https://gumlet.assettype.com/{spec.host.split(".")[1]}/assets/app-{_hex(rng, 12)}.css">\n'
        '<script>window.qtVersion="' + _hex(rng, 7) + '";</script>\n'
    )
    body = (
        '<div id="container"><header class="header-module"><div class="container">'
        f'<a class="logo" href="/">{esc(spec.name)}</a><nav><a href="/city">City</a> <a href="/business">Business</a> <a href="/tech">Tech</a></nav></div></header>'
        '<div class="story-grid"><div class="story-head"><a class="section-tag" href="/city/pune">Pune</a>'
        "<h1 class=\"headline\">Retired bank officer lost Rs 3.8 lakh to fake Amazon customer care</h1>"
        '<div class="author-details">Express News Desk · Pune · 8 Mar 2026, 6:40 am</div></div>'
        '<div class="story-element story-element-text">'
        "<p>A 67-year-old retired bank officer from Kothrud lost Rs 3.8 lakh after he called a number he had found online "
        "while looking for Amazon customer care. He had wanted a refund for a pressure cooker that was never delivered.</p>"
        f"<p>The man told the police that the number, {_q(s, amazon, 'intl')}, was shown on a website that looked like an "
        "official helpline. The caller asked him to install a screen-sharing app and to open his banking app 'to receive the refund'.</p>"
        "<p>Within twenty minutes, three transactions were made from his account. He realised the fraud only when his son "
        "checked the messages the next morning. A case was registered at the cyber police station.</p>"
        "<p>Police said Amazon does not ask customers to install apps or share a UPI PIN. Victims were asked to call the "
        "national cybercrime helpline 1930 at once.</p></div></div>"
        f'<footer class="footer"><p>© {esc(spec.name)} 2026</p><p class="powered">Powered by Quintype</p></footer></div>'
        '<script src="https://fea.assettype.com/quintype-ace/assets/app.js" defer></script>'
    )
    return {
        "/": _home(spec, path, "Retired bank officer lost Rs 3.8 lakh to fake Amazon customer care", "News from Pune and Maharashtra."),
        path: (document(spec.lang, f"Retired bank officer lost Rs 3.8 lakh to fake Amazon customer care | {spec.name}", body, head), s),
    }


# --- a German consumer body's warning on Strapi + Next.js --------------------------------


@branded
def b27_de_strapi_consumer_warning(spec: Spec, rng: Random) -> Drafts:
    norton, defender = spec.quoted
    s = Sheet()
    path = "/digitale-welt/warnungen/falsche-hotlines-norton-und-windows-defender"
    build = _hex(rng, 21)
    head = (
        f'<link rel="preload" href="/_next/static/css/{_hex(rng, 16)}.css" as="style">\n'
        f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"falsche-hotlines-norton-und-windows-defender","cms":"strapi"}}}},"buildId":"{build}"}}</script>\n'
    )
    body = (
        '<div id="__next"><header class="Header_root__' + _hex(rng, 5) + f'"><a href="/" class="Header_logo">{esc(spec.name)}</a>'
        '<nav><a href="/digitale-welt">Digitale Welt</a> <a href="/kontakt">Kontakt</a></nav></header>'
        '<main class="Article_root"><nav aria-label="Breadcrumb" class="Breadcrumb"><a href="/">Start</a> › <a href="/digitale-welt/warnungen">Warnungen</a></nav>'
        "<h1>Warnung: Falsche Hotlines für Norton und Windows Defender</h1>"
        '<p class="Article_date">Stand: 10.03.2026</p>'
        '<div class="RichText_root">'
        "<p>Uns erreichen Beschwerden über zwei Maschen. Bei der ersten landen Verbraucherinnen und Verbraucher auf der "
        "Unterseite einer alten Vereinswebsite, die offenbar gehackt wurde. Dort wird ein „Norton Kundenservice Deutschland“ "
        f"beworben, erreichbar unter {_q(s, norton, 'national')}. Norton betreibt diese Nummer nicht.</p>"
        "<p>Bei der zweiten sperrt eine Warnseite im Browser den Bildschirm und behauptet, Windows Defender habe Spyware "
        f"gefunden. Angezeigt wird eine österreichische Nummer, {_q(s, defender, 'intl')}.</p>"
        "<h2>So schützen Sie sich</h2>"
        + _ul(("Rufen Sie keine Nummer aus einer Warnmeldung im Browser an.", "Schließen Sie den Browser über den Task-Manager.",
               "Geben Sie Fremden keinen Fernzugriff auf Ihren Rechner.", "Haben Sie bezahlt? Sprechen Sie sofort mit Ihrer Bank und erstatten Sie Anzeige."))
        + "</div></main>"
        f'<footer class="Footer_root"><p>© 2026 {esc(spec.name)} e.V. · Impressum · Datenschutz</p></footer></div>'
        f'<script src="/_next/static/chunks/main-{_hex(rng, 16)}.js" async></script>'
    )
    return {
        "/": _home(spec, path, "Warnung: Falsche Hotlines für Norton und Windows Defender", "Unabhängige Verbraucherberatung."),
        path: (document(spec.lang, f"Falsche Hotlines: Norton und Windows Defender | {spec.name}", body, head), s),
    }


# --- a Zurich IT firm since 1998 on Bludit, remote-support download and blog -------------


@branded
def b27_chde_bludit_it_firm(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (paypal,) = spec.quoted
    head = '<meta name="generator" content="Bludit">\n<link rel="stylesheet" href="/bl-themes/alternative/css/style.css?version=3.15.0">\n'

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<nav class="navbar navbar-expand-md navbar-light bg-white sticky-top"><div class="container"><a class="navbar-brand" href="/">{esc(spec.name)}</a>'
            '<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/dienstleistungen">Dienstleistungen</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/fernwartung">Fernwartung</a></li><li class="nav-item"><a class="nav-link" href="/blog">Blog</a></li><li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li></ul></div></nav>'
            f'<section class="page"><div class="container"><div class="row"><div class="col-lg-8 mx-auto">{content}</div></div></div></section>'
            f'<footer class="footer bg-dark"><div class="container"><p class="m-0 text-center text-white">{esc(spec.name)} AG · Badenerstrasse 329, 8003 Zürich · '
            f'UID CHE-107.452.889 · {s.tel(own, s.num(own, "national"))} · Seit 1998</p><p class="text-center"><small>Powered by <a href="https://www.bludit.com">Bludit</a></small></p></div></footer>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – IT-Betreuung für KMU in Zürich", shell(s,
        "<h1>IT-Betreuung für KMU und Private</h1><p>Seit 1998 betreuen wir Arztpraxen, Treuhandbüros und Privatpersonen in Zürich: "
        "Netzwerke, Backups, Microsoft 365 und Reparaturen in unserer Werkstatt.</p>"), head), s)
    s = Sheet()
    drafts["/fernwartung"] = (document(spec.lang, f"Fernwartung – {spec.name}", shell(s,
        "<h1>Fernwartung</h1><p>Für eine Fernwartung rufen Sie uns zuerst an. Erst dann laden Sie das Programm herunter und nennen "
        "uns die angezeigte ID. Wir verbinden uns nie ohne Ihren Anruf.</p>"
        '<p><a class="btn btn-primary" href="/bl-content/uploads/TeamViewerQS_de.exe">TeamViewer QuickSupport (Windows)</a> '
        '<a class="btn btn-secondary" href="/bl-content/uploads/TeamViewerQS.dmg">QuickSupport (macOS)</a></p>'
        "<p>Abrechnung nach Aufwand, CHF 165 pro Stunde, im 15-Minuten-Takt.</p>"), head), s)
    s = Sheet()
    post = "/blog/vorsicht-falscher-paypal-sicherheitsdienst"
    drafts[post] = (document(spec.lang, f"Vorsicht: falscher PayPal-Sicherheitsdienst – {spec.name}", shell(s,
        '<article class="post"><h1 class="title">Vorsicht: falscher PayPal-Sicherheitsdienst</h1><p class="date">4. März 2026</p>'
        "<p>Zwei Kundinnen haben uns diese Woche von einer Website erzählt, die sich als PayPal Sicherheitsdienst Schweiz ausgibt "
        "und sogar vor falschen Hotlines warnt. Die dort angegebene Nummer "
        f"{_q(s, paypal, 'intl')} gehört nicht PayPal. Am Telefon wird verlangt, eine ‚Sicherheits-App‘ zu installieren.</p>"
        "<p>PayPal hat keinen Sicherheitsdienst, den man über eine Suchmaschine findet. Melden Sie sich direkt in der PayPal-App an "
        "und prüfen Sie dort Ihre Aktivitäten. Wenn Sie schon Fernzugriff gewährt haben, kommen Sie mit dem Gerät bei uns vorbei.</p></article>"), head), s)
    s = Sheet()
    drafts["/blog"] = (document(spec.lang, f"Blog – {spec.name}", shell(s,
        f'<h1>Blog</h1><ul><li><a href="{post}">Vorsicht: falscher PayPal-Sicherheitsdienst</a></li><li><a href="/blog/windows-10-supportende">Windows 10: Supportende</a></li></ul>'), head), s)
    return drafts


# --- a French Substack newsletter on a custom domain, past tense --------------------------


@branded
def b27_fr_substack_victim_blog(spec: Spec, rng: Random) -> Drafts:
    (apple,) = spec.quoted
    s = Sheet()
    path = "/p/le-jour-ou-mon-pere-a-appele-le-faux-support-apple"
    head = (
        f'<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.{_hex(rng, 20)}.css">\n'
        '<meta property="og:site_name" content="' + esc(spec.name) + '">\n'
        '<meta name="author" content="Claire Lemoine">\n'
    )
    body = (
        '<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-content">'
        f'<a href="/" class="navbar-title-link">{esc(spec.name)}</a><a class="button primary subscribe-btn" href="/subscribe">S’abonner</a></div>'
        '<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">'
        '<div class="post-header"><h1 class="post-title published">Le jour où mon père a appelé le faux support Apple</h1>'
        '<h3 class="subtitle">Ce qui s’est passé, et ce que j’aurais aimé lui dire avant.</h3>'
        '<div class="post-meta"><span>Claire Lemoine</span> · <time>2 mars 2026</time></div></div>'
        '<div class="available-content"><div class="body markup" dir="auto">'
        "<p>Un dimanche soir, mon père m’a appelée, la voix tremblante. Son Mac affichait une page rouge qui prenait tout l’écran : "
        "« Votre iPhone ou Mac a été verrouillé ». Une voix répétait qu’il fallait appeler l’assistance Apple.</p>"
        "<p>Il avait déjà appelé. Le numéro, écrit avec de drôles de chiffres dans des ronds, c’était le "
        f"{_q(s, apple, 'national')}. Un homme très poli lui avait demandé d’installer un logiciel « de diagnostic », puis 299 euros "
        "en cartes cadeaux pour « nettoyer » l’ordinateur.</p>"
        "<p>Nous avons débranché la box, forcé l’arrêt du Mac et changé ses mots de passe depuis mon téléphone. Sa banque a fait "
        "opposition à la carte le lendemain. Il a perdu 150 euros en cartes, pas plus.</p>"
        "<p>Apple n’affiche jamais de numéro dans une alerte du navigateur. Si cela vous arrive : fermez le navigateur, ne composez rien.</p>"
        "</div></div></article></div></div></div>"
        '<div class="footer-wrap"><div class="footer"><p>© 2026 Claire Lemoine · <a href="https://substack.com/privacy">Confidentialité</a> · '
        '<a href="https://substack.com/signup">Lancez votre Substack</a></p></div></div></div></div>'
        '<script>window._preloads = JSON.parse("{\\"pub\\":{\\"custom_domain\\":true}}")</script>'
    )
    return {
        "/": _home(spec, path, "Le jour où mon père a appelé le faux support Apple", "Une lettre sur la vie numérique de nos parents."),
        path: (document(spec.lang, f"Le jour où mon père a appelé le faux support Apple – {spec.name}", body, head), s),
    }


# --- a Lausanne IT partner on October CMS listing Apple's genuine Swiss number ------------


@branded
def b27_chfr_october_it_partner(spec: Spec, rng: Random) -> Drafts:
    own, apple = spec.phones
    (epson,) = spec.quoted
    head = '<meta name="generator" content="October CMS">\n<link href="/themes/lemanit/assets/css/theme.css" rel="stylesheet">\n'

    def shell(content: str) -> str:
        return (
            f'<header class="site-header"><a href="/" class="brand">{esc(spec.name)}</a><nav><a href="/prestations">Prestations</a> '
            '<a href="/support">Support constructeurs</a> <a href="/actualites">Actualités</a></nav></header>'
            f'<main class="container">{content}</main>'
            f'<footer class="site-footer"><p>{esc(spec.name)} Sàrl · Avenue de Morges 42, 1004 Lausanne · CHE-283.114.607 TVA</p></footer>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} – Informatique pour PME", shell(
        "<h1>Votre partenaire informatique à Lausanne</h1><p>Parcs Mac et PC, réseaux, sauvegardes et téléphonie pour les PME vaudoises. "
        f"Service desk : {s.tel(own, s.num(own, 'pairs'))}.</p>"), head), s)
    s = Sheet()
    drafts["/support"] = (document(spec.lang, f"Support constructeurs – {spec.name}", shell(
        "<h1>Support des constructeurs</h1><p>Pour une garantie ou une réparation constructeur, voici les numéros officiels. Pour tout le reste, appelez notre service desk.</p>"
        '<table class="table"><tr><th>Constructeur</th><th>Téléphone</th><th>Source</th></tr>'
        f'<tr><td>Apple (Suisse)</td><td>{s.num(apple, "national")}</td><td><a href="https://support.apple.com/fr-ch/contact">support.apple.com</a></td></tr>'
        f'<tr><td>{esc(spec.name)}</td><td>{s.num(own, "pairs")}</td><td>–</td></tr></table>'), head), s)
    s = Sheet()
    news = "/actualites/faux-guide-epson-hors-ligne"
    drafts[news] = (document(spec.lang, f"Faux guide « imprimante Epson hors ligne » – {spec.name}", shell(
        "<article><h1>Attention : faux guide « imprimante Epson hors ligne »</h1><p class=\"date\">27 février 2026</p>"
        "<p>Un de nos clients a trouvé un site de « guides d’assistance » qui invite à appeler une prétendue assistance Epson Suisse au "
        f"{_q(s, epson, 'pairs')}. Ce numéro n’appartient pas à Epson. Le technicien demande une prise en main à distance puis un paiement.</p>"
        "<p>Si votre imprimante est hors ligne, redémarrez-la et réinstallez le pilote depuis le site du constructeur. Nos clients sous contrat peuvent nous appeler.</p></article>"), head), s)
    return drafts


# --- Amazon India's own help page on fake customer-care numbers, no number ----------------


@branded
def b27_in_amazon_official(spec: Spec, rng: Random) -> Drafts:
    s = Sheet()
    path = "/gp/help/customer/display.html?nodeId=GN3PW2MNKZ9M4VQP"
    head = f'<link rel="stylesheet" href="https://m.media-amazon.com/images/I/{_hex(rng, 11)}.css">\n'
    body = (
        '<div id="a-page"><header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-in nav-lang-en"><div id="nav-belt">'
        '<div id="nav-logo"><a href="/ref=nav_logo" class="nav-logo-link" aria-label="Amazon.in">Amazon.in</a></div></div></header>'
        '<div class="a-container"><div class="a-row"><div class="a-column a-span3"><div class="help-sidebar"><ul><li><a href="/gp/help/customer/display.html?nodeId=contact">Contact Us</a></li>'
        '<li><a href="/gp/help/customer/display.html?nodeId=security">Security &amp; Privacy</a></li></ul></div></div>'
        '<div class="a-column a-span9 a-span-last"><div class="help-content"><h1>Fake customer care numbers</h1>'
        "<p>Fraudsters publish fake Amazon customer care numbers on websites, social media and search results. When you call, "
        "they may ask you to install screen-sharing apps such as AnyDesk or TeamViewer, to share an OTP or UPI PIN, or to pay a "
        "fee for a refund.</p>"
        "<p>Amazon will never ask you to install a third-party app, share your UPI PIN or make a payment to receive a refund. "
        "To contact us, use Your Orders or the Contact Us page after signing in; we can call you back.</p>"
        "<p>If you have shared information with a fraudster, report it at cybercrime.gov.in and inform your bank.</p>"
        "</div></div></div></div>"
        '<footer class="navLeftFooter"><div class="navFooterLine">© 1996-2026, Amazon.com, Inc. or its affiliates</div></footer></div>'
    )
    return {"/": _home(spec, path, "Fake customer care numbers", "Amazon.in Help"), path: (document(spec.lang, "Amazon.in Help: Fake customer care numbers", body, head), s)}


# --- a Tokyo PC shop on BASE with a Crisp chat widget -------------------------------------


@branded
def b27_ja_base_crisp_shop(spec: Spec, rng: Random) -> Drafts:
    (own,) = spec.phones
    (canon,) = spec.quoted
    head = (
        '<link rel="stylesheet" href="https://thebase.com/css/shopTemplate/common.css">\n'
        f'<script>window.$crisp=[];window.CRISP_WEBSITE_ID="{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}";'
        '(function(){var d=document,s=d.createElement("script");s.src="https://client.crisp.chat/l.js";s.async=1;d.getElementsByTagName("head")[0].appendChild(s);})();</script>\n'
    )

    def shell(s: Sheet, content: str) -> str:
        return (
            f'<div id="baseMenu"><a href="/">{esc(spec.name)}</a> <a href="/categories/pc">中古パソコン</a> <a href="/categories/parts">パーツ</a> <a href="/blog">お知らせ</a></div>'
            f'<div id="main">{content}</div>'
            f'<div id="footer"><p>{esc(spec.name)}（株式会社ミナトPCサービス）東京都港区芝5-14-2 · 古物商許可 東京都公安委員会 第301032618847号 · '
            f'{s.num(own, "dashed")}</p><p><a href="/law">特定商取引法に基づく表記</a> · Powered by BASE</p></div>'
        )

    drafts: Drafts = {}
    s = Sheet()
    drafts["/"] = (document(spec.lang, f"{spec.name} | 中古パソコン・パーツ", shell(s,
        '<ul class="items"><li class="item"><a href="/items/81234567"><img src="/img/thinkpad-x1.jpg" alt="ThinkPad X1 Carbon 第9世代"><p>ThinkPad X1 Carbon Gen9 ¥64,800</p></a></li>'
        '<li class="item"><a href="/items/81234568"><img src="/img/pixma-ink.jpg" alt="Canon 純正インク BCI-381"><p>Canon 純正インク BCI-381 ¥1,280</p></a></li></ul>'
        "<p>ご不明点は右下のチャットからお気軽にどうぞ（平日10時〜18時）。</p>"), head), s)
    s = Sheet()
    post = "/blog/2026/03/04/canon-fake-support"
    drafts[post] = (document(spec.lang, f"キヤノンを名乗る偽サポートにご注意ください | {spec.name}", shell(s,
        "<article><h1>キヤノンを名乗る偽サポートにご注意ください</h1><p>2026.03.04</p>"
        "<p>「Canon のプリンターがオフラインになったので検索したサポート窓口に電話したら、遠隔操作ソフトを入れるよう言われた」というご相談が当店に続いています。"
        f"検索結果に出てくる「キヤノン プリンター サポート窓口」のページに載っている {_q(s, canon, 'dashed')} はキヤノンの窓口ではありません。</p>"
        "<p>電子マネーでの支払いを求められたら詐欺です。ドライバーはキヤノンの公式サイトから無料でダウンロードできます。ご不安な方は店頭でご相談ください。</p></article>"), head), s)
    return drafts


TEMPLATES = {
    "b27_nl_jannah_news_kpn": with_contact("/contact/", b27_nl_jannah_news_kpn),
    "b27_be_drupal10_police_warning": with_contact("/nl/contact", b27_be_drupal10_police_warning),
    "b27_gb_fluxbb_forum": with_contact("/help.php", b27_gb_fluxbb_forum),
    "b27_us_q2a_qapage": with_contact("/about", b27_us_q2a_qapage),
    "b27_au_phoenix_lookup_directory": with_contact("/about", b27_au_phoenix_lookup_directory),
    "b27_in_quintype_victim_story": with_contact("/about-us", b27_in_quintype_victim_story),
    "b27_de_strapi_consumer_warning": with_contact("/kontakt", b27_de_strapi_consumer_warning),
    "b27_chde_bludit_it_firm": with_contact("/kontakt", b27_chde_bludit_it_firm),
    "b27_fr_substack_victim_blog": b27_fr_substack_victim_blog,
    "b27_chfr_october_it_partner": b27_chfr_october_it_partner,
    "b27_in_amazon_official": b27_in_amazon_official,
    "b27_ja_base_crisp_shop": with_contact("/law", b27_ja_base_crisp_shop),
}
