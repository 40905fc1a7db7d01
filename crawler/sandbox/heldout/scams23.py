"""Twenty-third batch of held-out scam templates: page shells no earlier batch uses.

b23_au_wix_microsoft_splitlead (an Australian "Microsoft Support" page on a wixsite.com
subdomain, Wix's mesh markup, "1-800-... AUS"), b23_ie_squarespace_paypal_ldtel (an Irish
PayPal "account limited" helpline on Squarespace, the number only in JSON-LD and a
national tel: button), b23_us_blogspot_dell_doubleparen (a Blogger spam post for "Dell
support", "((1+855_...))" among plainer forms), b23_gb_shopify_brother_trustfooter (a UK
Brother printer desk on a Shopify Dawn shell with a copied Companies House / VAT /
Trustpilot footer, "+44 (0) 808 ..."), b23_at_webflow_norton_invoice (an Austrian Norton
"Abonnement verlängert" invoice on Webflow, the number only built by
String.fromCharCode), b23_de_locker_gesperrt_scan (a German "Ihr Computer wurde gesperrt"
locker with a fake virus scan animation), b23_chfr_locker_bsod_qr (a Swiss French fake blue
screen with a percentage counter and a QR code), b23_ja_locker_iphone_fullwidth (a Japanese
iPhone "virus" warning page, a 050 number in fullwidth digits), b23_nl_drupal7_tennisclub_ziggo
(an old Dutch tennis club's Drupal 7 site with an injected "Ziggo mail helpdesk" page,
"O85" with a letter O), b23_fi_tilda_apple_imgalt (a Finnish Apple ID helpdesk on Tilda,
the number only in an image's alt text and a tel: link), b23_fr_ghost_epson_keycaps (a
French Epson printer "guide" on Ghost, the digits as keycap emoji) and
b23_us_googlesites_remote_words (an unbranded US remote computer help page on a Google
Sites custom domain, the number spelled in words beside a tel: button).
Wording is written here; every number goes through the Sheet.
"""

from __future__ import annotations

import json
from random import Random

from crawler.sandbox.heldout import numbers
from crawler.sandbox.heldout.scams3 import branded
from crawler.sandbox.heldout.scams12 import with_contact
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.shell import bullet_list as _ul
from crawler.sandbox.heldout.shell import hex_id as _hex
from crawler.sandbox.heldout.shell import locker_code as _locker_code
from crawler.sandbox.heldout.shell import written as _written
from crawler.sandbox.heldout.spec import Drafts, Spec
from crawler.sandbox.heldout.texts3 import document, json_str

WORDS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
KEYCAP = "\ufe0f\u20e3"


def _doc(lang: str, title: str, body: str, head: str = "", html_attrs: str = "", body_attrs: str = "") -> str:
    """A whole document whose <html> carries more than lang (Webflow, Wix ids)."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n<body{body_attrs}>\n{body}\n</body>\n</html>\n"
    )


# --- an Australian "Microsoft Support" on a wixsite.com subdomain, "1-800-... AUS" -------


@branded
def b23_au_wix_microsoft_splitlead(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    aus = _written(s, own, numbers.write(own, "split_lead") + " AUS")  # 1-800-492-317 AUS
    call = s.tel(own, '<span class="wixui-button__label">Call a Technician Now</span>', national=True)
    meta = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"

    def comp(kind: str, inner: str) -> str:
        cid = "comp-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
        return f'<div id="{cid}" class="{kind}" data-testid="{kind.split()[0]}">{inner}</div>'

    def rich(inner: str, font: str = "font_8") -> str:
        return comp("richTextElement wixui-rich-text", f'<div class="{font} wixui-rich-text__text">{inner}</div>')

    head = (
        '<meta name="generator" content="Wix.com Website Builder">\n'
        '<meta name="format-detection" content="telephone=no">\n'
        f'<link rel="preconnect" href="https://static.parastorage.com" crossorigin>\n'
        f'<script type="application/json" id="wix-essential-viewer-model">{{"fleetConfig":{{"fleetName":"thunderbolt-seo-renderer","type":"Rollout","code":1}},"mode":{{"qa":false}},"componentsLibrariesTopology":[],"siteFeaturesConfigs":{{}},"site":{{"metaSiteId":"{meta}","isHttps":true}}}}</script>\n'
    )
    body = (
        '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>'
        '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">'
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">'
        + rich(f'<h2 class="font_2"><span class="color_15">{esc(spec.name)}</span></h2>')
        + comp(
            "HorizontalMenu wixui-horizontal-menu",
            '<nav aria-label="Site"><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a></li>'
            '<li><a href="/contact">Contact</a></li></ul></nav>',
        )
        + "</div></div></header>"
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="page" id="c1dmp"><section class="wixui-section">'
        '<div data-mesh-id="comp-main-inlineContent-gridContainer" data-testid="mesh-container-content">'
        + rich("<h1 class=\"font_0\">Microsoft Windows &amp; Outlook Support – Australia Wide</h1>", "font_0")
        + rich(
            "<p>Is your computer running slow, showing pop-ups, or has Outlook stopped sending emails? Our certified "
            "technicians fix Windows 10, Windows 11 and Microsoft 365 problems over the phone and by secure remote "
            "session. Servicing Sydney, Melbourne, Brisbane, Perth, Adelaide and regional Australia.</p>"
        )
        + rich(f'<p class="font_5"><span style="font-weight:bold">Free Call {aus}</span></p>', "font_5")
        + comp("StylableButton wixui-button", call)
        + rich(
            "<h3>Why Aussies choose us</h3>"
            + _ul((
                "Same-day fixes, no call-out fee",
                "Local support hours 7am – 11pm AEST, 7 days",
                "Virus & malware removal, printer set-up, email recovery",
                "Fixed prices from $89 – no fix, no fee",
            ))
        )
        + "</div></section></div></div></main>"
        '<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">'
        + rich(f"<p>© 2026 by {esc(spec.name)}. Proudly created with Wix.com</p><p>ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}</p>")
        + "</footer></div></div></div></div>"
        '<div id="WIX_ADS" class="ytGGBw"><a href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white">This site was designed with the Wix.com website builder. Create your website today.</a></div>'
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1c4d0a7.bundle.min.js" async></script>'
    )
    return {"/": (_doc(spec.lang, f"Microsoft Support Australia | {spec.name}", body, head, ""), s)}


# --- an Irish PayPal "account limited" helpline on Squarespace, JSON-LD and tel: only ----


@branded
def b23_ie_squarespace_paypal_ldtel(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # JSON-LD telephone
    call = s.tel(own, "Call PayPal Support", national=True).replace(
        "<a ", '<a class="sqs-block-button-element--large sqs-button-element--primary sqs-block-button-element" ', 1
    )
    site_id = _hex(rng, 24)
    ld = {
        "@context": "http://schema.org",
        "@type": "LocalBusiness",
        "name": spec.name,
        "address": "Grand Canal Dock, Dublin 2, Ireland",
        "telephone": numbers.write(own, "intl"),
        "openingHours": "Mo, Tu, We, Th, Fr, Sa, Su 08:00-22:00",
    }
    ctx = {"website": {"id": site_id, "identifier": "paypal-helpline-ireland", "siteTitle": spec.name, "language": "en-IE"}, "templateId": "5c5a519771c10ba3470d8101"}
    head = (
        "<!-- This is Squarespace. --><!-- paypal-helpline-ireland -->\n"
        f'<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{site_id}/31/5c5a519771c10ba3470d8101/{_hex(rng, 24)}/1492/site.css">\n'
        f"<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps(ctx)};</script>\n"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )

    def block(kind: str, inner: str, n: int) -> str:
        return (
            f'<div class="sqs-block {kind}-block sqs-block-{kind}" data-block-type="{n}" id="block-yui_3_17_2_1_{rng.randint(1700000000000, 1799999999999)}_{rng.randint(1000, 9999)}">'
            f'<div class="sqs-block-content">{inner}</div></div>'
        )

    body = (
        '<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">'
        f'<div class="header-inner"><div class="header-title"><a href="/" class="header-title-text">{esc(spec.name)}</a></div>'
        '<nav class="header-nav-list"><div class="header-nav-item"><a href="/account-limited">Account limited</a></div>'
        '<div class="header-nav-item"><a href="/refunds">Refunds &amp; disputes</a></div><div class="header-nav-item"><a href="/contact-us">Contact us</a></div></nav></div></header>'
        '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="' + _hex(rng, 24) + '">'
        '<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle">'
        '<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">'
        + block(
            "html",
            "<h1>PayPal account limited or payment on hold?</h1>"
            "<p>If PayPal has limited your account, a payment is stuck as “pending”, or you have received an email "
            "about unauthorised activity, speak to a PayPal support advisor in Ireland today. We can help you "
            "restore access, lift limitations and open a dispute for money sent by mistake.</p>"
            "<p>Available 7 days a week, 8am to 10pm. Freephone from all Irish landlines and mobiles.</p>",
            2,
        )
        + block("button", f'<div class="sqs-block-button-container sqs-block-button-container--center">{call}</div>', 53)
        + block(
            "html",
            "<h3>We can help with</h3>"
            + _ul((
                "Account limited or permanently restricted",
                "Payments on hold for 21 days",
                "Unauthorised transactions and refunds",
                "Forgotten password or locked login",
                "Linking a new bank card or IBAN",
            )),
            2,
        )
        + "</div></div></div></section></article></main>"
        '<footer class="sections" id="footer-sections"><section class="page-section"><div class="content">'
        + block(
            "html",
            f"<p>© 2026 {esc(spec.name)} · Grand Canal Dock, Dublin 2 · <a href=\"/privacy\">Privacy</a> · "
            '<a href="/terms">Terms</a> · <a href="/contact-us">Contact us</a></p>',
            2,
        )
        + "</div></section></footer></div>"
        '<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><p>This website uses cookies to improve your experience.</p>'
        '<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button></div>'
        f'<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.{_hex(rng, 32)}.js"></script>'
    )
    return {"/": (document(spec.lang, f"PayPal Support Ireland – {spec.name}", body, head, ' class="header--menu-open tweak-social-icons-style-regular"'), s)}


# --- a Blogger spam post for "Dell support", "((1+855_...))" --------------------------------


@branded
def b23_us_blogspot_dell_doubleparen(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    paren = s.num(own, "us_dash", "double_paren")  # ((1+855_304_7219))
    dash = s.num(own, "us_dash")  # 1-855-304-7219
    plus = s.num(own, "us_plus")  # +1 (855) 304-7219
    blog_id = rng.randint(10**18, 10**19 - 1)
    post_id = rng.randint(10**18, 10**19 - 1)
    path = "/2026/02/dell-support-number-1-855-usa.html"
    head = (
        f'<link rel="alternate" type="application/atom+xml" title="{esc(spec.name)} - Atom" href="https://{spec.host}/feeds/posts/default">\n'
        f'<link rel="service.post" type="application/atom+xml" href="https://www.blogger.com/feeds/{blog_id}/posts/default">\n'
        '<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2437439463-css_bundle_v2.css">\n'
        '<meta content="blogger" name="generator">\n'
    )
    post_body = (
        f"<p><b>Dell Support Number {paren} USA</b> – Call the Dell customer service helpline {dash} for help with Dell "
        "laptops, Dell Inspiron, XPS, Latitude and OptiPlex desktops. Our Dell technical support team is available 24/7 "
        "for driver issues, blue screen errors, battery not charging, Wi-Fi not working and Dell printer problems.</p>"
        f"<h2>Dell Tech Support Phone Number {plus}</h2>"
        "<p>Dell SupportAssist showing an error? Laptop stuck on the Dell logo? Don’t worry. Just dial the toll-free "
        f"Dell support number {paren} and a certified expert will connect to your computer remotely to fix it in minutes.</p>"
        "<h3>Dell support services</h3>"
        + _ul((
            "Dell laptop won’t turn on",
            "Dell SupportAssist not working",
            "Dell drivers download and update",
            "Dell printer offline",
            "Dell warranty and repair status",
        ))
        + f"<p>Dell customer care USA: {dash} · Dell helpdesk 24x7 {paren} · Dell chat support · Dell contact number.</p>"
        "<p><i>Labels: dell support, dell customer service, dell phone number, dell tech support, dell helpline usa</i></p>"
    )
    post = (
        '<div class="blog-posts hfeed container"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<meta content="{blog_id}" itemprop="blogId"><meta content="{post_id}" itemprop="postId"><a name="{post_id}"></a>'
        f'<h3 class="post-title entry-title" itemprop="name">Dell Support Number {paren} USA</h3>'
        '<div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content float-container" id="post-body-{post_id}" itemprop="description articleBody">{post_body}</div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by '
        '<span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Dell Help Desk</span></span></span> '
        '<span class="post-timestamp">at <a class="timestamp-link" href="' + path + '" rel="bookmark" title="permanent link">'
        '<abbr class="published" itemprop="datePublished" title="2026-02-23T03:14:00-08:00">3:14 AM</abbr></a></span>'
        '<span class="post-comment-link"> No comments:</span></div></div></div></div></div>'
    )

    def shell(inner: str) -> str:
        return (
            '<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1">'
            f'<h1 class="title"><a href="https://{spec.host}/">{esc(spec.name)}</a></h1><p class="description"><span>Dell customer service & tech support help</span></p></div></div></header>'
            f'<div class="main-outer"><div class="main-inner"><div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">{inner}</div></div>'
            '<aside class="sidebar"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul><li>February 2026 (1)</li></ul></div>'
            '<div class="widget Profile" id="Profile1"><h2>About Me</h2><p>Dell Help Desk</p><a href="https://www.blogger.com/profile/' + str(rng.randint(10**19, 10**20 - 1)) + '">View my complete profile</a></div></aside></div></div>'
            '<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></footer></div></div>'
            f"<script>window['__wavt'] = 'AOuZoY{_hex(rng, 20)}';_WidgetManager._Init('//www.blogger.com/rearrange?blogID={blog_id}','//{spec.host}/','{blog_id}');</script>"
        )

    return {
        "/": (document(spec.lang, spec.name, shell(post), head, ' class="version-1-3-3 variant-simplysimple"'), s),
        path: (document(spec.lang, f"{spec.name}: Dell Support Number ((1+855)) USA", shell(post), head, ' class="version-1-3-3 variant-simplysimple item-view"'), _copy(s)),
    }


def _copy(s: Sheet) -> Sheet:
    return Sheet(list(s.phones), list(s.offered), set(s.brands))


# --- a UK Brother printer desk on Shopify Dawn, copied Companies House footer --------------


@branded
def b23_gb_shopify_brother_trustfooter(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    top = s.num(own, "intl_zero_gap")  # +44 (0) 808 871 2634
    foot = s.num(own, "national")  # 0808 871 2634
    call = s.tel(own, "Speak to a Brother printer expert", national=True).replace("<a ", '<a class="button button--primary" ', 1)
    shop = "brother-printer-support-uk.myshopify.com"
    theme = rng.randint(130000000000, 139999999999)
    crn = rng.randint(13000000, 15999999)
    head = (
        f'<link href="//{spec.host}/cdn/shop/t/3/assets/base.css?v={rng.randint(10**17, 10**18 - 1)}" rel="stylesheet" type="text/css" media="all">\n'
        f'<script>window.Shopify = window.Shopify || {{}};Shopify.shop = "{shop}";Shopify.locale = "en";Shopify.currency = {{"active":"GBP","rate":"1.0"}};'
        f'Shopify.country = "GB";Shopify.theme = {{"name":"Dawn","id":{theme},"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"}};</script>\n'
        '<script type="module" src="//cdn.shopify.com/shopifycloud/shopify-perf-kit/shopify-perf-kit-1.0.0.min.js"></script>\n'
    )
    body = (
        '<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>'
        '<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
        f'<div class="announcement-bar color-scheme-4" role="region"><p class="announcement-bar__message h5">Free expert advice: call {top} · Mon–Sun 8am–9pm</p></div></div>'
        '<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">'
        f'<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{esc(spec.name)}</span></a>'
        '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/" class="header__menu-item list-menu__item link">Home</a></li>'
        '<li><a href="/pages/printer-offline" class="header__menu-item list-menu__item link">Printer offline</a></li><li><a href="/collections/ink-toner" class="header__menu-item list-menu__item link">Ink &amp; toner</a></li>'
        '<li><a href="/pages/contact" class="header__menu-item list-menu__item link">Contact</a></li></ul></nav></header></sticky-header></div>'
        '<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">'
        '<section id="shopify-section-template--main__image_banner" class="shopify-section section"><div class="banner banner--medium"><div class="banner__content page-width"><div class="banner__box content-container">'
        "<h1 class=\"banner__heading h0\">Brother Printer Support UK</h1>"
        "<div class=\"banner__text rte\"><p>Brother printer offline, not connecting to Wi-Fi, or printing blank pages? Our UK team "
        "sets up and repairs Brother HL, DCP and MFC printers by phone and remote session, for homes and small offices.</p></div>"
        f'<div class="banner__buttons">{call}</div></div></div></div></section>'
        '<section class="shopify-section section"><div class="rich-text content-container page-width"><div class="rich-text__blocks">'
        "<h2 class=\"rich-text__heading h1\">How we help</h2>"
        + _ul((
            "Brother printer offline or showing “Unable to print”",
            "Wi-Fi set-up for Brother iPrint&Scan",
            "Toner replacement and drum errors",
            "Driver installation on Windows and Mac",
        ))
        + '<div class="trustpilot-widget" data-locale="en-GB" data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="'
        + _hex(rng, 24)
        + '" data-style-height="24px" data-theme="light"><span>Excellent</span> <span>4.8 out of 5</span> <span>based on 1,274 reviews</span> <span>★ Trustpilot</span></div>'
        "</div></div></section></main>"
        '<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--footer-padding">'
        '<div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Customer care</h2>'
        f'<div class="footer-block__details-content rte"><p>Call {foot} (free from UK landlines and mobiles)</p><p>help@{esc(spec.host)}</p></div></div>'
        '<div class="footer-block grid__item"><ul class="footer-block__details-content list-unstyled"><li><a href="/policies/terms-of-service" class="link list-menu__item--link">Terms of service</a></li>'
        '<li><a href="/policies/privacy-policy" class="link list-menu__item--link">Privacy policy</a></li><li><a href="/policies/refund-policy" class="link list-menu__item--link">Refund policy</a></li>'
        '<li><a href="/pages/contact" class="link list-menu__item--link">Contact</a></li></ul></div></div>'
        '<div class="footer__content-bottom"><div class="footer__copyright caption">'
        f"<small class=\"copyright__content\">© 2026, {esc(spec.name)} Ltd. Registered in England &amp; Wales, company no. {crn}. VAT GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}. "
        "Registered office: 71-75 Shelton Street, Covent Garden, London WC2H 9JQ.</small>"
        '<small class="copyright__content">Independent service provider. Brother is a trademark of Brother Industries, Ltd.</small>'
        '<small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow">Powered by Shopify</a></small></div></div></footer></div>'
        '<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><p>This website uses cookies to ensure you get the best experience.</p>'
        '<button class="shopify-pc__banner__btn-accept">Accept</button><button class="shopify-pc__banner__btn-decline">Decline</button></div>'
        f'<script src="//{spec.host}/cdn/shop/t/3/assets/global.js?v={rng.randint(10**17, 10**18 - 1)}" defer="defer"></script>'
    )
    return {"/": (document(spec.lang, f"{spec.name} – Brother printer help", body, head, ' class="gradient animate--hover-default"'), s)}


# --- an Austrian Norton "Abonnement verlängert" invoice on Webflow, fromCharCode only ------


@branded
def b23_at_webflow_norton_invoice(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    s.hidden(own)  # only as the char codes a script decodes
    text = numbers.write(own, "national")  # 0800 291736
    codes = ",".join(str(ord(c)) for c in text)
    wf_site, wf_page = _hex(rng, 24), _hex(rng, 24)
    inv = f"NLX-{rng.randint(2026000, 2026999)}-AT"
    head = (
        f'<link href="https://cdn.prod.website-files.com/{wf_site}/css/norton-rechnung.webflow.{_hex(rng, 9)}.min.css" rel="stylesheet" type="text/css">\n'
        '<meta content="Webflow" name="generator">\n'
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>\n'
    )
    script = (
        "<script>\n(function(){\n"
        f"  var h=String.fromCharCode.apply(null,[{codes}]);\n"
        "  var el=document.querySelectorAll('[data-hotline]');\n"
        "  for(var i=0;i<el.length;i++){el[i].textContent=h;if(el[i].tagName==='A'){el[i].setAttribute('href','tel:'+h.replace(/\\s/g,''));}}\n"
        "})();\n</script>"
    )
    body = (
        '<div class="navbar w-nav" data-animation="default" data-collapse="medium" role="banner"><div class="container w-container">'
        f'<a href="/" class="brand w-nav-brand"><div class="brand-text">Norton<span class="brand-sub"> Kundenservice Österreich</span></div></a>'
        '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link w--current">Rechnung</a><a href="/storno" class="nav-link w-nav-link">Storno</a>'
        '<a href="/kontakt" class="nav-link w-nav-link">Kontakt</a></nav></div></div>'
        '<section class="section-invoice"><div class="w-container"><div class="invoice-card">'
        "<h1 class=\"heading-invoice\">Ihr Norton 360 Abonnement wurde verlängert</h1>"
        "<p class=\"paragraph\">Vielen Dank für Ihre Bestellung. Ihr Abonnement wurde automatisch um 24 Monate verlängert und "
        "der Betrag wird innerhalb von 24 Stunden von Ihrem Konto abgebucht.</p>"
        '<div class="w-layout-grid invoice-grid">'
        f'<div class="cell-label">Rechnungsnummer</div><div class="cell-value">{inv}</div>'
        '<div class="cell-label">Produkt</div><div class="cell-value">Norton 360 Deluxe – 5 Geräte – 2 Jahre</div>'
        '<div class="cell-label">Datum</div><div class="cell-value">27.02.2026</div>'
        '<div class="cell-label">Zahlungsart</div><div class="cell-value">SEPA-Lastschrift</div>'
        '<div class="cell-label">Gesamtbetrag</div><div class="cell-value total">€ 399,99 inkl. 20 % USt.</div></div>'
        "<p class=\"paragraph\">Sie haben diese Verlängerung nicht beauftragt? Rufen Sie innerhalb von 24 Stunden unsere "
        "Storno-Abteilung an. Die Rückerstattung wird während des Gesprächs veranlasst.</p>"
        '<div class="hotline-box"><div class="hotline-label">Storno-Hotline (gebührenfrei, Mo–So 8–22 Uhr)</div>'
        '<a href="#" data-hotline="1" class="hotline-link w-inline-block">Nummer wird geladen …</a></div>'
        '<div class="small-print">Bitte halten Sie Ihre Rechnungsnummer bereit. Ein Mitarbeiter hilft Ihnen auch, die '
        "automatische Verlängerung dauerhaft abzuschalten.</div></div></div></section>"
        '<footer class="footer"><div class="w-container"><div class="footer-text">© 2026 NortonLifeLock Kundenservice · '
        '<a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a></div></div></footer>'
        '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=' + wf_site + '" type="text/javascript" crossorigin="anonymous"></script>'
        f'<script src="https://cdn.prod.website-files.com/{wf_site}/js/webflow.{_hex(rng, 16)}.js" type="text/javascript"></script>'
        + script
    )
    html_attrs = f' data-wf-domain="{esc(spec.host)}" data-wf-page="{wf_page}" data-wf-site="{wf_site}"'
    return {"/": (_doc(spec.lang, f"Rechnung {inv} – Norton 360 Verlängerung", body, head, html_attrs), s)}


# --- a German "Ihr Computer wurde gesperrt" locker with a fake virus scan ------------------


@branded
def b23_de_locker_gesperrt_scan(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 0800 5837214
    sub = g[1]
    slash = _written(s, own, f"{g[0]} / {sub[:3]} {sub[3:5]} {sub[5:]}")  # 0800 / 583 72 14
    code = _locker_code(rng)
    msg = "Ihr Computer wurde gesperrt. Rufen Sie sofort den Microsoft Support an. Schalten Sie den Computer nicht aus."
    files = ("C:\\Windows\\System32\\drivers\\etc\\hosts", "C:\\Users\\Public\\Documents\\banking.dat", "C:\\Windows\\System32\\svchost.exe",
             "C:\\Program Files\\Mozilla Firefox\\firefox.exe", "C:\\Users\\Public\\Pictures\\IMG_2024.jpg")
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#f3f3f3;font-family:'Segoe UI',Arial,sans-serif;cursor:none}"
        ".shell{position:fixed;inset:0;display:flex;flex-direction:column}.top{background:#1f1f1f;color:#fff;padding:6px 14px;font-size:13px}"
        ".scan{flex:1;padding:30px 60px}.bar{height:18px;background:#ddd;border-radius:3px}.bar i{display:block;height:100%;width:0;background:#0078d4}"
        ".threat{color:#c42b1c;font-weight:600}.pop{position:fixed;right:30px;bottom:30px;width:420px;background:#fff;border:1px solid #c42b1c;box-shadow:0 8px 30px rgba(0,0,0,.4)}"
        ".pop h1{margin:0;background:#c42b1c;color:#fff;font-size:17px;padding:10px}.pop .in{padding:14px}.nr{font-size:24px;font-weight:700;color:#c42b1c}</style>\n"
    )
    body = (
        '<div class="shell"><div class="top">Windows-Sicherheit · Schnellüberprüfung</div><div class="scan">'
        "<h2>Viren- &amp; Bedrohungsschutz</h2><p>Überprüfung wird ausgeführt … <span id=\"pct\">0</span> %</p>"
        '<div class="bar"><i id="fill"></i></div><p id="file" style="font-family:Consolas,monospace;font-size:12px">&nbsp;</p>'
        '<table id="res" style="margin-top:20px;border-collapse:collapse"><tr><th align="left">Bedrohung</th><th align="left">Status</th></tr></table></div></div>'
        '<div class="pop" id="pop" role="alertdialog" aria-modal="true" hidden><h1>Ihr Computer wurde gesperrt</h1><div class="in">'
        f"<p>Die Windows-Sicherheit hat den Zugriff auf diesen PC gesperrt (Fehlercode {code}). Trojaner-Spyware hat Ihre "
        "Passwörter, Online-Banking-Daten und Fotos ausgelesen.</p>"
        "<p>Schalten Sie den PC nicht aus und rufen Sie den Microsoft Support an:</p>"
        f'<p class="nr">☎ {slash}</p><p style="font-size:12px">gebührenfrei aus dem deutschen Fest- und Mobilfunknetz</p>'
        '<p><button id="an">Jetzt anrufen</button> <button id="ab">Abbrechen</button></p></div></div>'
        '<audio id="alarm" src="/sounds/warnung-de.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        f"  var files={json.dumps(list(files))};\n"
        "  var names=['Trojan:Win32/Wacatac.B!ml','Spyware:Win32/Banker.GK','Ransom:Win32/LockBit.RPZ'];\n"
        "  var p=0,f=document.getElementById('fill'),t=document.getElementById('pct'),l=document.getElementById('file'),r=document.getElementById('res');\n"
        "  var iv=setInterval(function(){p+=1;f.style.width=p+'%';t.textContent=p;l.textContent=files[p%files.length];\n"
        "    if(p%30===0){var row=r.insertRow();row.innerHTML='<td class=\"threat\">'+names[(p/30-1)%3]+'</td><td>Nicht entfernt</td>';}\n"
        "    if(p>=100){clearInterval(iv);document.getElementById('pop').hidden=false;}},90);\n"
        "  var d=document,e=d.documentElement;\n"
        "  function voll(){(e.requestFullscreen||e.webkitRequestFullscreen||function(){}).call(e);}\n"
        "  d.addEventListener('mousedown',function(){voll();d.getElementById('alarm').play();});\n"
        "  d.addEventListener('keydown',function(v){voll();v.preventDefault();return false;});\n"
        "  window.addEventListener('beforeunload',function(v){v.preventDefault();v.returnValue='';});\n"
        "  for(var i=0;i<40;i++){history.pushState({i:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str(msg)};\n"
        "  setTimeout(function(){if(window.speechSynthesis){var u=new SpeechSynthesisUtterance(m);u.lang='de-DE';speechSynthesis.speak(u);}},9500);\n"
        "  setTimeout(function w(){if(!confirm(m)){alert(m);}setTimeout(w,2500);},10000);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "Windows-Sicherheit – Ihr Computer wurde gesperrt", body, head), s)}


# --- a Swiss French fake blue screen with a percentage counter and a QR code --------------


@branded
def b23_chfr_locker_bsod_qr(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    dotted = _written(s, own, ".".join(numbers.groups(own)))  # 0800.614.259
    code = _locker_code(rng)
    msg = "Votre ordinateur a été bloqué. Appelez immédiatement l’assistance Microsoft au numéro affiché."
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#0078d7;color:#fff;font-family:'Segoe UI Light','Segoe UI',sans-serif}"
        ".bs{padding:8% 10%}.face{font-size:120px;margin:0}.big{font-size:26px;max-width:900px}.qr{float:left;margin:10px 20px 0 0;width:110px;height:110px;background:#fff}"
        ".ring{background:#fff;color:#0078d7;display:inline-block;padding:6px 14px;font-size:24px;font-weight:600;margin-top:10px}</style>\n"
    )
    body = (
        '<div class="bs"><p class="face">:(</p>'
        "<p class=\"big\">Votre PC a rencontré un problème et a été bloqué pour protéger vos données. Nous collectons "
        "simplement quelques informations relatives aux erreurs.</p>"
        '<p class="big"><span id="pc">0</span> % effectués</p>'
        '<img class="qr" src="/img/qr-support.png" alt="">'
        "<p>Pour en savoir plus sur ce problème et les correctifs possibles, contactez le support technique Windows "
        "(appel gratuit depuis la Suisse, 24 h/24) :</p>"
        f'<p class="ring">{dotted}</p>'
        f"<p>Si vous appelez un technicien, donnez-lui ces informations :<br>Code d’arrêt : {code} · SYSTEM_SERVICE_EXCEPTION<br>"
        "Ce qui a échoué : ntoskrnl.exe</p></div>"
        '<audio id="bip" src="/media/alerte-fr.mp3" autoplay loop></audio>'
        "<script>\n(function(){\n"
        "  var n=0,c=document.getElementById('pc');\n"
        "  (function avance(){if(n<99){n+=Math.floor(Math.random()*4);if(n>99){n=99;}c.textContent=n;}setTimeout(avance,700);})();\n"
        "  var d=document,e=d.documentElement;\n"
        "  d.body.addEventListener('click',function(){if(e.requestFullscreen){e.requestFullscreen();}d.getElementById('bip').play();});\n"
        "  d.addEventListener('keydown',function(v){if(v.key!=='F11'){v.preventDefault();}if(e.requestFullscreen){e.requestFullscreen();}});\n"
        "  window.onbeforeunload=function(){return 'Votre ordinateur est bloqué';};\n"
        "  for(var i=0;i<35;i++){history.pushState({p:i},'',location.pathname+location.search);}\n"
        "  window.onpopstate=function(){history.pushState({},'',location.href);};\n"
        f"  var m={json_str(msg)};\n"
        "  if('speechSynthesis' in window){var u=new SpeechSynthesisUtterance(m);u.lang='fr-CH';speechSynthesis.speak(u);}\n"
        "  setInterval(function(){if(!confirm(m)){alert(m);}},4000);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, f"Erreur système {code}", body, head), s)}


# --- a Japanese iPhone "virus" warning page, a 050 number in fullwidth digits --------------


@branded
def b23_ja_locker_iphone_fullwidth(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    wide = s.num(own, "dashed", "fullwidth")  # ０５０－５８７１－２２４６
    code = _locker_code(rng)
    msg = "お使いのiPhoneは4つのウイルスに感染しています。今すぐAppleサポートにお電話ください。"
    head = (
        "<style>html,body{margin:0;height:100%;overflow:hidden;background:#f2f2f7;font-family:-apple-system,'Hiragino Sans',sans-serif}"
        ".sheet{margin:40px 16px;background:#fff;border-radius:14px;padding:20px;text-align:center;box-shadow:0 4px 20px rgba(0,0,0,.15)}"
        ".warn{color:#ff3b30;font-size:20px;font-weight:700}.tel{display:block;margin:16px 0;padding:14px;background:#ff3b30;color:#fff;border-radius:10px;font-size:22px;text-decoration:none}"
        ".count{font-size:30px;color:#ff3b30;font-variant-numeric:tabular-nums}</style>\n"
        '<meta name="apple-mobile-web-app-capable" content="yes">\n'
    )
    body = (
        '<div class="sheet" role="alertdialog">'
        '<p class="warn">⚠ Apple セキュリティ警告</p>'
        "<p>お使いの iPhone は 4 つのウイルスに感染しています。最近アクセスしたアダルトサイトから有害なプログラムが"
        "インストールされ、SIM カード、写真、連絡先、LINE のトーク履歴が破損するおそれがあります。</p>"
        f"<p>エラーコード：{code}</p>"
        '<p>ウイルスを削除するまでの残り時間</p><p class="count" id="c">02:59</p>'
        "<p>このページを閉じないでください。Apple 認定サポートセンターに今すぐお電話ください（通話料無料・24時間受付）。</p>"
        f'<p class="tel">☎ {wide}</p>'
        '<p style="font-size:12px;color:#8e8e93">Apple サポート｜iOS セキュリティセンター</p></div>'
        '<audio id="se" src="/se/keikoku.mp3" autoplay loop playsinline></audio>'
        "<script>\n(function(){\n"
        "  var t=179,c=document.getElementById('c');\n"
        "  setInterval(function(){if(t>0){t--;}c.textContent='0'+Math.floor(t/60)+':'+('0'+t%60).slice(-2);},1000);\n"
        "  var d=document,e=d.documentElement;\n"
        "  d.addEventListener('touchstart',function(){try{(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}catch(z){}d.getElementById('se').play();if(navigator.vibrate){navigator.vibrate([400,200,400]);}},{passive:true});\n"
        "  window.addEventListener('beforeunload',function(v){v.returnValue='ウイルスが削除されていません';});\n"
        "  for(var i=0;i<30;i++){history.pushState({k:i},'',location.href);}\n"
        "  window.addEventListener('popstate',function(){history.pushState({},'',location.href);});\n"
        f"  var m={json_str(msg)};\n"
        "  setTimeout(function r(){if(!confirm(m)){alert(m);}setTimeout(r,3500);},1200);\n"
        "})();\n</script>"
    )
    return {"/": (document(spec.lang, "【警告】iPhoneがウイルスに感染しています", body, head), s)}


# --- an old Dutch tennis club's Drupal 7 site with an injected "Ziggo mail helpdesk" page ----


@branded
def b23_nl_drupal7_tennisclub_ziggo(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    club = spec.name
    inj = "/sites/all/libraries/colorbox/ziggo-mail-helpdesk-bellen.html"
    head = (
        '<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n'
        '<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all">\n'
        '<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>\n'
        '<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"bartik","theme_token":"'
        + _hex(rng, 20)
        + '"}});</script>\n'
    )

    def page(title: str, content: str, sidebar: str = "") -> str:
        return (
            '<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix">'
            f'<a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/logo-ltv.png" alt="Home"></a>'
            f'<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{esc(club)}</span></a></strong></div>'
            '<div id="site-slogan">Gezellig tennissen in Hoorn sinds 1978</div></div>'
            '<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">'
            '<li class="menu-218 first"><a href="/">Home</a></li><li class="menu-431"><a href="/lid-worden">Lid worden</a></li>'
            '<li class="menu-432"><a href="/competitie">Competitie</a></li><li class="menu-433"><a href="/kantinerooster">Kantinerooster</a></li>'
            '<li class="menu-434 last"><a href="/contact">Contact</a></li></ul></div></div></div>'
            f'<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">'
            f'<h1 class="title" id="page-title">{esc(title)}</h1><div class="region region-content"><div id="block-system-main" class="block block-system">'
            f'<div class="content"><div class="node node-page clearfix"><div class="content clearfix"><div class="field field-name-body field-type-text-with-summary">'
            f'<div class="field-items"><div class="field-item even" property="content:encoded">{content}</div></div></div></div></div></div></div></div></div></div>'
            f'<div id="sidebar-second" class="column sidebar"><div class="section">{sidebar}</div></div></div></div>'
            '<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">'
            f"<p>© 2009-2016 {esc(club)} · Sportpark De Waterlelie, Hoorn · Website door een vrijwilliger · "
            '<a href="/contact">Contact</a></p></div></div></div></div></div>'
        )

    side = (
        '<div class="block"><h2>Agenda</h2><ul><li>Open toernooi – 18 t/m 25 juni 2016</li><li>Algemene ledenvergadering – 14 maart 2016</li></ul></div>'
        '<div class="block"><h2>Sponsoren</h2><p>Bakkerij Van der Stoel · Hoveniersbedrijf Kok · Autobedrijf Westfries</p></div>'
        '<div style="position:absolute;left:-4000px;top:-4000px"><a href="' + inj + '">ziggo helpdesk bellen</a> <a href="' + inj + '">ziggo mail werkt niet</a></div>'
    )
    home = page(
        "Welkom bij " + club,
        "<p>Welkom op de website van onze vereniging! Wij hebben 6 gravelbanen en 2 kunstgrasbanen met verlichting, "
        "een gezellige kantine en ruim 400 leden van jong tot oud.</p>"
        "<p><strong>Voorjaarscompetitie 2016:</strong> de indeling staat online. Teamcaptains, geef uw wijzigingen door vóór 1 maart.</p>"
        "<p>Nieuw: de jeugdtraining op woensdagmiddag wordt gegeven door onze eigen trainer. Opgeven via het formulier bij Lid worden.</p>",
        side,
    )
    contact = page(
        "Contact",
        "<p>Secretariaat: Postbus 2041, 1620 EA Hoorn<br>E-mail: secretariaat@" + esc(spec.host.removeprefix("www.")) + "</p>"
        "<p>Adres park: Sportpark De Waterlelie, Holenweg 12, Hoorn. De kantine is alleen tijdens openingsuren bereikbaar.</p>",
        side,
    )
    s = Sheet()
    oh = _written(s, own, "O" + numbers.write(own, "spaced_dash")[1:])  # O85 - 303 18 47
    call = s.tel(own, "Bel nu de Ziggo helpdesk", national=True)
    spam = (
        "<h2>Ziggo mail werkt niet? Bel de Ziggo Helpdesk</h2>"
        "<p>Problemen met uw Ziggo e-mail? Kunt u niet inloggen in Ziggo Webmail, komt er geen mail meer binnen in Outlook "
        "of op uw iPhone, of is uw Ziggo wachtwoord vergeten? De Ziggo mail helpdesk helpt u direct telefonisch. Onze "
        "medewerkers stellen uw Ziggo e-mail opnieuw in op computer, laptop en telefoon.</p>"
        f"<p><strong>Ziggo helpdesk telefoonnummer: {oh}</strong> (7 dagen per week, 08:00 – 23:00)</p>"
        f"<p>{call}</p>"
        + _ul((
            "Ziggo mail instellen in Outlook en Windows Mail",
            "Ziggo webmail inloggen lukt niet",
            "Ziggo wifi storing en modem resetten",
            "Ziggo e-mail gehackt of spam versturen",
        ))
        + "<p>Ziggo helpdesk bellen · Ziggo klantenservice · Ziggo storing · Ziggo mail helpdesk nummer · Ziggo e-mail support</p>"
    )
    injected = page("Ziggo Mail Helpdesk – Telefonisch Hulp", spam)
    return {
        "/": (document(spec.lang, f"{club} | Welkom", home, head, ' class="html front not-logged-in one-sidebar sidebar-second page-node"'), Sheet()),
        "/contact": (document(spec.lang, f"Contact | {club}", contact, head, ' class="html not-front not-logged-in one-sidebar sidebar-second page-node"'), Sheet()),
        inj: (document(spec.lang, "Ziggo Mail Helpdesk Bellen | Ziggo e-mail werkt niet", injected, head, ' class="html not-front not-logged-in no-sidebars page-node"'), s),
    }


# --- a Finnish Apple ID helpdesk on Tilda, the number only in an img alt and a tel: link ---


@branded
def b23_fi_tilda_apple_imgalt(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    alt = _written(s, own, "Soita Apple-tukeen " + numbers.write(own, "split_sub"))  # 09 4271 5906
    call = s.tel(own, "Soita asiantuntijalle", national=True).replace("<a ", '<a class="t-btn t-btnflex js-click-stat" ', 1)
    project = rng.randint(5000000, 9999999)
    page_id = rng.randint(40000000, 59999999)

    def rec(rid: int, kind: int, inner: str) -> str:
        return f'<div id="rec{rid}" class="r t-rec t-rec_pt_60 t-rec_pb_60" data-record-type="{kind}"><div class="t-container">{inner}</div></div>'

    head = (
        f'<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all">\n'
        f'<link rel="stylesheet" href="https://static.tildacdn.com/ws/project{project}/tilda-blocks-page{page_id}.min.css?t={rng.randint(1700000000, 1799999999)}" type="text/css" media="all">\n'
        '<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>\n'
    )
    r = rng.randint(600000000, 699999999)
    body = (
        f'<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{project}" data-tilda-page-id="{page_id}" data-tilda-formskey="{_hex(rng, 32)}" data-tilda-lazy="yes">'
        + rec(r, 257, f'<div class="t228__maincontainer"><div class="t228__leftside"><a href="/" class="t228__imgwrapper"><div class="t-title">{esc(spec.name)}</div></a></div>'
              '<nav class="t228__centerside"><ul class="t228__list"><li><a class="t-menu__link-item" href="/">Etusivu</a></li><li><a class="t-menu__link-item" href="/palvelut">Palvelut</a></li>'
              '<li><a class="t-menu__link-item" href="/tuki">Yhteystiedot</a></li></ul></nav></div>')
        + rec(r + 1, 396, '<div class="t396"><div class="t396__artboard" data-artboard-recid="' + str(r + 1) + '" data-artboard-height="620">'
              '<div class="t396__elem tn-elem" data-elem-type="text"><h1 class="tn-atom">Apple ID lukittu? Autamme heti puhelimessa</h1></div>'
              '<div class="t396__elem tn-elem" data-elem-type="text"><div class="tn-atom">Jos iPhone pyytää Apple ID:n salasanaa, jota et muista, '
              "iCloud on täynnä tai Apple ID on poistettu käytöstä turvallisuussyistä, asiantuntijamme auttaa sinua "
              "suomeksi. Palaamme tilisi käyttöön yleensä saman puhelun aikana.</div></div>"
              f'<div class="t396__elem tn-elem" data-elem-type="image"><div class="tn-atom"><img class="tn-atom__img t-img" src="https://static.tildacdn.com/tild{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}/soita_tukeen.png" alt="{alt}" imgfield="tn_img_1"></div></div>'
              f'<div class="t396__elem tn-elem" data-elem-type="button">{call}</div></div></div>')
        + rec(r + 2, 490, '<div class="t490"><div class="t-section__title t-title">Näissä autamme</div>'
              + _ul(("Apple ID lukittu tai poistettu käytöstä", "iCloud-tallennustila ja varmuuskopiot", "iPhone juuttunut omenalogoon", "Mac hidas tai näyttää ponnahdusikkunoita"), "t490__list")
              + "</div>")
        + rec(r + 3, 756, '<div class="t-text">Palvelemme ma–su klo 8–22 · Apple, iPhone, iCloud ja Mac ovat Apple Inc:n tavaramerkkejä.</div>'
              f'<div class="t-text">© 2026 {esc(spec.name)} · <a href="/tuki">Yhteystiedot</a> · <a href="/tietosuoja">Tietosuojaseloste</a></div>')
        + '<div class="t-tildalabel" id="tildacopy" data-tilda-sign="' + str(project) + '#' + str(page_id) + '"><a href="https://tilda.cc/?upm=' + str(project) + '" class="t-tildalabel__wrapper">Made on Tilda</a></div>'
        "</div>"
        '<div class="t-cookie-notice"><p>Käytämme evästeitä parantaaksemme käyttökokemusta.</p><button class="t-btn">OK</button></div>'
    )
    return {"/": (document(spec.lang, f"Apple ID -tuki Suomi | {spec.name}", body, head, f' class="t-body" style="margin:0;" data-tilda-project="{project}"'), s)}


# --- a French Epson printer "guide" on Ghost, digits as keycap emoji -----------------------


@branded
def b23_fr_ghost_epson_keycaps(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    caps = " ".join("".join(d + KEYCAP for d in grp) for grp in numbers.groups(own))  # 0️⃣9️⃣ 7️⃣5️⃣ ...
    keyed = _written(s, own, caps)
    plain = s.num(own, "national")  # 09 75 18 20 46
    path = "/imprimante-epson-hors-ligne-que-faire/"
    head = (
        '<meta name="generator" content="Ghost 5.82">\n'
        f'<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v={_hex(rng, 10)}">\n'
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://' + spec.host + '/" data-key="' + _hex(rng, 26) + '" data-api="https://' + spec.host + '/ghost/api/content/" crossorigin="anonymous"></script>\n'
        '<meta property="og:type" content="article">\n'
    )
    article = (
        '<div class="site"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{esc(spec.name)}</a></div>'
        '<nav class="gh-head-menu"><ul class="nav"><li class="nav-accueil"><a href="/">Accueil</a></li><li class="nav-guides"><a href="/tag/guides/">Guides</a></li>'
        '<li class="nav-contact"><a href="/contact/">Contact</a></li></ul></nav></div></header>'
        '<main id="site-main" class="site-main"><article class="article post tag-guides tag-epson">'
        '<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/guides/">Guides</a></span></section>'
        "<h1 class=\"article-title\">Imprimante Epson hors ligne : que faire ? (solution 2026)</h1>"
        '<p class="article-excerpt">EcoTank, Expression Home, WorkForce : les causes les plus fréquentes et comment joindre l’assistance.</p>'
        '<div class="article-byline"><span class="byline-meta-date"><time datetime="2026-02-21">21 févr. 2026</time></span><span class="byline-reading-time"> — 4 min de lecture</span></div></header>'
        '<section class="gh-content gh-canvas">'
        "<p>Votre imprimante Epson affiche « hors ligne » alors qu’elle est allumée ? Le plus souvent, le pilote a été "
        "modifié par une mise à jour Windows, ou l’imprimante a changé d’adresse sur votre box.</p>"
        "<h2 id=\"1-verifier-le-wifi\">1. Vérifier le Wi-Fi</h2><p>Imprimez une page d’état réseau depuis le panneau de l’imprimante et vérifiez qu’elle est bien connectée à la même box que l’ordinateur.</p>"
        "<h2 id=\"2-reinstaller-le-pilote\">2. Réinstaller le pilote Epson</h2><p>Désinstallez l’imprimante dans Paramètres &gt; Imprimantes, puis réinstallez le pilote complet.</p>"
        '<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📞</div><div class="kg-callout-text">'
        f"<b>Toujours bloqué ?</b> Un technicien Epson certifié vous aide par téléphone : {keyed} (prix d’un appel local, 7j/7 de 8 h à 21 h)</div></div>"
        "<h2 id=\"3-assistance\">3. Faire appel à l’assistance</h2>"
        f"<p>Si rien ne fonctionne, notre équipe d’assistance imprimante Epson prend la main à distance sur votre ordinateur et "
        f"règle le problème en quelques minutes. Appelez le {plain}.</p>"
        '<div class="kg-card kg-button-card kg-align-center"><a href="/contact/" class="kg-btn kg-btn-accent">Demander un rappel</a></div>'
        "</section></article></main>"
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{esc(spec.name)}</a> © 2026</section>'
        '<nav class="site-footer-nav"><a href="/mentions-legales/">Mentions légales</a><a href="/contact/">Contact</a></nav>'
        '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Propulsé par Ghost</a></div></div></footer></div>'
    )
    s_home = Sheet()
    home = (
        f'<div class="site"><header class="gh-head outer"><a class="gh-head-logo" href="/">{esc(spec.name)}</a></header>'
        '<main class="site-main"><div class="post-feed"><article class="post-card post tag-guides"><a class="post-card-content-link" href="' + path + '">'
        "<header class=\"post-card-header\"><h2 class=\"post-card-title\">Imprimante Epson hors ligne : que faire ? (solution 2026)</h2></header>"
        '<div class="post-card-excerpt">Les causes les plus fréquentes et comment joindre l’assistance.</div></a></article></div></main></div>'
    )
    return {
        "/": (document(spec.lang, spec.name, home, head, ' class="home-template"'), s_home),
        path: (document(spec.lang, "Imprimante Epson hors ligne : que faire ? (solution 2026)", article, head, ' class="post-template tag-guides tag-epson"'), s),
    }


# --- an unbranded US remote computer help page on Google Sites, the number in words ---------


@branded
def b23_us_googlesites_remote_words(spec: Spec, rng: Random) -> Drafts:
    own = spec.phones[0]
    s = Sheet()
    g = numbers.groups(own)  # 844 726 0391
    spelled = "one " + "-".join(WORDS_EN[int(d)] for d in g[0]) + ", " + "-".join(WORDS_EN[int(d)] for d in g[1]) + ", " + "-".join(WORDS_EN[int(d)] for d in g[2])
    words = _written(s, own, spelled)
    call = s.tel(own, '<span class="NsaAfc"><p>CALL A TECH NOW</p></span>')
    js = f"{_hex(rng, 6)}"

    def tile(inner: str) -> str:
        return (
            f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{_hex(rng, 8)}_{rng.randint(10, 99)}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
            f'<div class="jXK9ad-SmKAyb jXK9ad-SmKAyb-ZLM7Me"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div>'
        )

    head = (
        f'<meta property="og:title" content="{esc(spec.name)}">\n<meta itemprop="name" content="{esc(spec.name)}">\n'
        '<link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&amp;display=swap" rel="stylesheet" nonce="' + _hex(rng, 22) + '">\n'
        f'<script nonce="{_hex(rng, 22)}">_docs_flag_initialData={{"docs-ails":"docs_warm","docs-fwds":"docs_nf","docs-crs":"docs_crs_nfd","docs-shdn":0,"docs-tfh":"","docs-sitespages":true}};</script>\n'
    )
    body = (
        '<div id="atIdViewHeader"></div><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;" class="Xpil1b">'
        '<div class="LS81yb VICjCf j5uYe" tabindex="-1"><div class="hUphyc"><div class="BuY5Fd"><div class="DXsoRd YSH9J"></div>'
        f'<div class="QTKDff"><span class="yaqOZd" role="heading" aria-level="1">{esc(spec.name)}</span></div>'
        '<div class="sBRzZ"><nav class="plFg0c"><ul class="jYxBte Fpy8Db" role="navigation"><li class="VsJjtf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/">Home</a></li>'
        '<li class="VsJjtf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/pricing">Pricing</a></li><li class="VsJjtf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/contact-us">Contact us</a></li></ul></nav></div></div></div></div>'
        '<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.' + _hex(rng, 12) + '" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf">'
        '<div class="mYVXT"><div class="LS81yb VICjCf j5uYe"><div class="hJDwNd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb">'
        + tile('<h1 class="zfr3Q duRjpb CDt4Ke" dir="ltr"><span class="C9DxTc">Remote Computer Help – Fixed Today, From Home</span></h1>')
        + tile(
            '<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">Slow computer? Strange pop-ups? Printer not printing or email not '
            "loading? A friendly US-based technician connects to your computer securely and fixes it while you watch. "
            "Seniors, home users and small businesses welcome. No appointment needed.</span></p>"
        )
        + tile(f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="font-weight:700">Toll free: {words}</span></p>')
        + tile(f'<div class="U26fgb L7IXhc htnAL QmpIrf M9Bg4d" role="button">{call}</div>')
        + tile(
            '<h3 class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc">What we fix</span></h3>'
            + _ul(("Virus and pop-up removal", "Speed-up and clean-up", "Email, printer and Wi-Fi setup", "Data backup and password protection"), "n8H08c BKnRcf")
            + '<p class="zfr3Q CDt4Ke"><span class="C9DxTc">One-time fix $99 · 1-year protection plan $249 · 100% satisfaction guarantee</span></p>'
        )
        + "</div></div></div></section></div>"
        '<div jscontroller="xMhYKb" class="dZA9kd ynRLnc" data-last-updated-at-time="' + str(rng.randint(1770000000000, 1779999999999)) + '" data-is-preview="false">'
        '<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" aria-label="Site actions"></div>'
        '<div class="lqk0Kc"><span>Google Sites</span> · <a href="/report-abuse">Report abuse</a> · Page details · Page updated</div></div></div>'
        f'<script nonce="{_hex(rng, 22)}" src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.en_US.{js}.O/am=MBiA/d=1/rs=AGEqA5n/m=view" async></script>'
    )
    return {"/": (document(spec.lang, spec.name, body, head, ' dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"'), s)}


TEMPLATES = {
    "b23_au_wix_microsoft_splitlead": with_contact("/contact", b23_au_wix_microsoft_splitlead),
    "b23_ie_squarespace_paypal_ldtel": with_contact("/contact-us", b23_ie_squarespace_paypal_ldtel),
    "b23_us_blogspot_dell_doubleparen": with_contact("/p/contact-us.html", b23_us_blogspot_dell_doubleparen),
    "b23_gb_shopify_brother_trustfooter": with_contact("/pages/contact", b23_gb_shopify_brother_trustfooter),
    "b23_at_webflow_norton_invoice": with_contact("/kontakt", b23_at_webflow_norton_invoice),
    "b23_de_locker_gesperrt_scan": b23_de_locker_gesperrt_scan,
    "b23_chfr_locker_bsod_qr": b23_chfr_locker_bsod_qr,
    "b23_ja_locker_iphone_fullwidth": b23_ja_locker_iphone_fullwidth,
    "b23_nl_drupal7_tennisclub_ziggo": b23_nl_drupal7_tennisclub_ziggo,
    "b23_fi_tilda_apple_imgalt": with_contact("/tuki", b23_fi_tilda_apple_imgalt),
    "b23_fr_ghost_epson_keycaps": with_contact("/contact/", b23_fr_ghost_epson_keycaps),
    "b23_us_googlesites_remote_words": with_contact("/contact-us", b23_us_googlesites_remote_words),
}
