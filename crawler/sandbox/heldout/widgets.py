"""Pieces real sites bolt onto any theme: cookie banners, chat widgets, trust footers.

Both the honest shop and the fake helpdesk carry them, which is the point: a
"Trustpilot" badge, a KvK number or a cookie banner proves nothing either way.
"""

from __future__ import annotations

from crawler.sandbox.heldout.phrases import pick, words
from crawler.sandbox.heldout.sheet import Sheet, esc


def cookie_banner(lang: str, kind: str = "cookieyes") -> str:
    title, text, accept, prefs = pick("cookie_banner", lang, "title", "text", "accept", "prefs")
    if kind == "complianz":
        return (
            '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">'
            f'<div class="cmplz-header"><div class="cmplz-title">{esc(title)}</div></div><div class="cmplz-body"><div class="cmplz-message"><p>{esc(text)}</p></div></div>'
            f'<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">{esc(accept)}</button><button class="cmplz-btn cmplz-view-preferences">{esc(prefs)}</button></div></div></div>'
        )
    return (
        '<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice">'
        f'<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1">{esc(title)}</p><div class="cky-notice-group">'
        f'<div class="cky-notice-des" data-cky-tag="description"><p>{esc(text)}</p></div><div class="cky-notice-btn-wrapper">'
        f'<button class="cky-btn cky-btn-customize">{esc(prefs)}</button><button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">{esc(accept)}</button>'
        "</div></div></div></div></div>"
    )


def trustpilot_badge(lang: str, unit: str) -> str:
    locale = {
        "nl": "nl-NL",
        "en": "en-GB",
        "de": "de-DE",
        "fr": "fr-BE",
        "fi": "fi-FI",
        "ja": "ja-JP",
    }[lang]
    return (
        '<script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>'
        f'<div class="trustpilot-widget" data-locale="{locale}" data-template-id="5419b6a8b0d04a076446a9ad" '
        f'data-businessunit-id="{unit}" data-style-height="24px" data-style-width="100%" data-theme="light">'
        '<a href="https://www.trustpilot.com/review/" target="_blank" rel="noopener">Trustpilot</a></div>'
    )


def trust_footer(lang: str, company: str, registry_line: str, year: int) -> str:
    """Legal links and company identifiers as (copied) small print."""
    links = " · ".join(
        f'<a href="/{label.lower().replace(" ", "-").replace("&", "en")}">{esc(label)}</a>'
        for label in words("trust_footer", lang)["links"]
    )
    return (
        f'<div class="legal-links">{links}</div>'
        f'<p class="small-print">© {year} {esc(company)} · {esc(registry_line)}</p>'
        '<p class="payment-icons"><img src="/img/ideal.svg" alt="iDEAL"> <img src="/img/visa.svg" alt="Visa"> '
        '<img src="/img/mastercard.svg" alt="Mastercard"> <img src="/img/paypal.svg" alt="PayPal"></p>'
    )


def tawk(property_id: str) -> str:
    return (
        '<!--Start of Tawk.to Script-->\n<script type="text/javascript">\n'
        "var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();\n(function(){\n"
        'var s1=document.createElement("script"),s0=document.getElementsByTagName("script")[0];\n'
        f"s1.async=true;\ns1.src='https://embed.tawk.to/{property_id}/default';\n"
        "s1.charset='UTF-8';\ns1.setAttribute('crossorigin','*');\ns0.parentNode.insertBefore(s1,s0);\n})();\n</script>\n<!--End of Tawk.to Script-->\n"
    )


def smartsupp(key: str) -> str:
    return (
        '<!-- Smartsupp Live Chat script -->\n<script type="text/javascript">\nvar _smartsupp = _smartsupp || {};\n'
        f"_smartsupp.key = '{key}';\nwindow.smartsupp||(function(d) {{\n  var s,c,o=smartsupp=function(){{ o._.push(arguments)}};o._=[];\n"
        "  s=d.getElementsByTagName('script')[0];c=d.createElement('script');\n  c.type='text/javascript';c.charset='utf-8';c.async=true;\n"
        "  c.src='https://www.smartsuppchat.com/loader.js?';s.parentNode.insertBefore(c,s);\n})(document);\n</script>\n"
    )


def livechat(license_id: int) -> str:
    return (
        "<!-- Start of LiveChat (www.livechat.com) code -->\n<script>\n    window.__lc = window.__lc || {};\n"
        f'    window.__lc.license = {license_id};\n    window.__lc.integration_name = "manual_onboarding";\n'
        '    ;(function(n,t,c){function i(n){return e._h?e._h.apply(null,n):e._q.push(n)}var e={_q:[],_h:null,_v:"2.0",on:function(){i(["on",c.call(arguments)])},'
        'once:function(){i(["once",c.call(arguments)])},call:function(){i(["call",c.call(arguments)])},init:function(){var n=t.createElement("script");'
        'n.async=!0,n.type="text/javascript",n.src="https://cdn.livechatinc.com/tracking.js",t.head.appendChild(n)}};!n.__lc.asyncInit&&e.init(),n.LiveChatWidget=n.LiveChatWidget||e}(window,document,[].slice))\n'
        "</script>\n<!-- End of LiveChat code -->\n"
    )


def whatsapp_float(sheet: Sheet, e164: str, label: str, offered: bool = True) -> str:
    """The floating WhatsApp button: the number is only in the wa.me link."""
    sheet.hidden(e164, offered)
    return (
        f'<a href="https://wa.me/{e164.lstrip("+")}" class="wa-float" target="_blank" rel="noopener" aria-label="{esc(label)}">'
        '<svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true"><path d="M16 3C9 3 3.5 8.6 3.5 15.5c0 2.4.7 4.7 1.9 6.7L3.5 29l7-1.8c1.9 1 4 1.6 6.1 1.6 7 0 12.5-5.6 12.5-12.5S23 3 16 3z"/></svg></a>'
    )


def gtm(container: str) -> str:
    return (
        "<!-- Google Tag Manager -->\n<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':\n"
        "new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],\nj=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=\n"
        f"'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);\n}})(window,document,'script','dataLayer','{container}');</script>\n<!-- End Google Tag Manager -->\n"
    )
