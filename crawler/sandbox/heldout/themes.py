"""Page shells in the markup of common site builders, written for the held-out web.

Real small-business, shop and scam sites are mostly built on a handful of themes; the
same shell under an honest repair shop and under a fake helpdesk is exactly the case a
template fingerprint must not mistake for a campaign. Each shell takes the page's own
parts (already-escaped HTML) and wraps them in that builder's characteristic markup:
class names, generator tags, asset paths, section wrappers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.sandbox.heldout.sheet import esc


@dataclass
class Parts:
    lang: str
    title: str
    site_name: str
    main: str
    nav: list[tuple[str, str]] = field(default_factory=list)
    header_extra: str = ""  # right side of the header (a call button, a search box)
    footer: str = ""
    head_extra: str = ""
    body_end: str = ""
    description: str = ""
    page_id: int = 7


def _head(p: Parts, generator: str, links: list[str]) -> str:
    css = "".join(f'<link rel="stylesheet" href="{href}" media="all">\n' for href in links)
    desc = f'<meta name="description" content="{esc(p.description)}">\n' if p.description else ""
    gen = f'<meta name="generator" content="{esc(generator)}">\n' if generator else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(p.title)}</title>\n{desc}{gen}{css}{p.head_extra}</head>\n"
    )


def _menu(p: Parts, ul_class: str, li_class: str) -> str:
    items = "".join(
        f'<li class="{li_class} menu-item-{300 + i}"><a href="{href}">{esc(label)}</a></li>'
        for i, (href, label) in enumerate(p.nav)
    )
    return f'<ul id="menu-hoofdmenu" class="{ul_class}">{items}</ul>'


def elementor(p: Parts) -> str:
    """WordPress with the Hello Elementor theme and Elementor page builder."""
    pid = p.page_id
    head = (
        _head(
            p,
            "WordPress 6.5.3",
            [
                "/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1",
                "/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.5",
                f"/wp-content/uploads/elementor/css/post-{pid}.css?ver=1716812345",
            ],
        )
        + ""
    )
    head = head.replace(
        "</head>",
        '<link rel="https://api.w.org/" href="/wp-json/">\n'
        '<meta name="generator" content="Elementor 3.21.5; features: e_optimized_assets_loading">\n</head>',
    )
    return (
        f'{head}<body class="home page-template-default page page-id-{pid} wp-custom-logo '
        f'elementor-default elementor-kit-5 elementor-page elementor-page-{pid}">\n'
        '<a class="skip-link screen-reader-text" href="#content">Ga naar de inhoud</a>\n'
        '<header id="site-header" class="site-header dynamic-header"><div class="header-inner">'
        f'<div class="site-branding"><a href="/" class="custom-logo-link" rel="home">'
        f'<img src="/wp-content/uploads/2023/09/logo.png" class="custom-logo" alt="{esc(p.site_name)}"></a></div>'
        f'<nav class="site-navigation">{_menu(p, "menu", "menu-item menu-item-type-post_type")}</nav>'
        f"{p.header_extra}</div></header>\n"
        f'<main id="content" class="site-main post-{pid} page type-page status-publish hentry">'
        f'<div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="{pid}" '
        f'class="elementor elementor-{pid}">{p.main}</div></div></main>\n'
        f'<footer id="site-footer" class="site-footer dynamic-footer"><div class="footer-inner">{p.footer}</div></footer>\n'
        f"{p.body_end}</body>\n</html>\n"
    )


def el_section(widgets: str, element: str, extra: str = "") -> str:
    """One Elementor section holding one column of widgets."""
    return (
        f'<section class="elementor-section elementor-top-section elementor-element '
        f'elementor-element-{element} elementor-section-boxed elementor-section-height-default {extra}" '
        f'data-id="{element}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">'
        f'<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">'
        f'<div class="elementor-widget-wrap elementor-element-populated">{widgets}</div></div></div></section>'
    )


def el_widget(kind: str, inner: str, element: str) -> str:
    return (
        f'<div class="elementor-element elementor-element-{element} elementor-widget '
        f'elementor-widget-{kind}" data-id="{element}" data-element_type="widget" '
        f'data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>'
    )


def astra(p: Parts) -> str:
    """WordPress with the Astra theme (classic header, block content)."""
    head = _head(
        p,
        "WordPress 6.4.2",
        [
            "/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4",
            "/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2",
        ],
    )
    return (
        f'{head}<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="home page-template-default '
        f'page page-id-{p.page_id} ast-desktop ast-plain-container ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent">\n'
        '<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead">'
        '<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">'
        f'<div class="site-branding"><div class="ast-site-identity"><span class="site-title"><a href="/" rel="home">{esc(p.site_name)}</a></span></div></div>'
        f'<div class="ast-main-header-bar-alignment"><nav class="main-header-bar-navigation" aria-label="Site Navigation">'
        f"{_menu(p, 'main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border', 'menu-item menu-item-type-custom')}</nav></div>"
        f"{p.header_extra}</div></div></div></div></header>\n"
        f'<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">'
        f'<main id="main" class="site-main"><article class="post-{p.page_id} page type-page status-publish ast-article-single" id="post-{p.page_id}">'
        f'<div class="entry-content clear" itemprop="text">{p.main}</div></article></main></div></div></div>\n'
        f'<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">{p.footer}</div></div></footer></div>\n'
        f"{p.body_end}</body>\n</html>\n"
    )


def divi(p: Parts) -> str:
    """WordPress with Elegant Themes' Divi."""
    head = _head(
        p,
        "Divi v.4.24.2",
        [
            "/wp-content/themes/Divi/style-static.min.css?ver=4.24.2",
            f"/wp-content/et-cache/{p.page_id}/et-core-unified-{p.page_id}.min.css?ver=1712345678",
        ],
    )
    return (
        f'{head}<body class="home page-template-default page page-id-{p.page_id} et_pb_button_helper_class '
        "et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade "
        'et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">\n'
        '<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">'
        f'<div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/uploads/2024/02/logo-divi.png" alt="{esc(p.site_name)}" id="logo" data-height-percentage="54"></a></div>'
        f'<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">'
        f"{_menu(p, 'nav', 'menu-item menu-item-type-post_type menu-item-object-page')}</nav>{p.header_extra}</div></div></header>\n"
        f'<div id="et-main-area"><div id="main-content"><article id="post-{p.page_id}" class="post-{p.page_id} page type-page status-publish hentry">'
        f'<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">{p.main}</div></div></div></article></div>\n'
        f'<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">{p.footer}</div></div></footer></div></div>\n'
        f"{p.body_end}</body>\n</html>\n"
    )


def divi_section(index: int, inner: str, extra: str = "") -> str:
    return (
        f'<div class="et_pb_section et_pb_section_{index} et_section_regular {extra}">'
        f'<div class="et_pb_row et_pb_row_{index}"><div class="et_pb_column et_pb_column_4_4 et_pb_column_{index} et-last-child">'
        f'<div class="et_pb_module et_pb_text et_pb_text_{index} et_pb_text_align_left et_pb_bg_layout_light">'
        f'<div class="et_pb_text_inner">{inner}</div></div></div></div></div>'
    )


def shopify(p: Parts, shop: str) -> str:
    """A Shopify storefront on the Dawn theme."""
    head = _head(p, "", [f"//{shop}/cdn/shop/t/4/assets/base.css?v=1276314826582413"])
    head = head.replace(
        "</head>",
        (
            '<script>window.Shopify = window.Shopify || {};\nShopify.shop = "'
            f'{shop.split(".")[0]}.myshopify.com";\nShopify.locale = "{p.lang}";\nShopify.currency = '
            '{"active":"EUR","rate":"1.0"};\nShopify.theme = {"name":"Dawn","id":152347639871,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>\n'
            '<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>\n</head>'
        ),
    )
    links = "".join(
        f'<a href="{h}" class="header__menu-item list-menu__item link">{esc(t)}</a>'
        for h, t in p.nav
    )
    return (
        f'{head}<body class="gradient template-index">\n<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>\n'
        '<div id="shopify-section-sections--16781232538431__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
        '<div class="announcement-bar color-scheme-4 gradient" role="region"><div class="page-width"><p class="announcement-bar__message h5">'
        f"{p.header_extra}</p></div></div></div>\n"
        '<div id="shopify-section-sections--16781232538431__header" class="shopify-section shopify-section-group-header-group section-header">'
        f'<header class="header header--middle-left header--mobile-center page-width header--has-menu"><h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{esc(p.site_name)}</span></a></h1>'
        f'<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li>{links}</li></ul></nav></header></div>\n'
        f'<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">'
        f'<section id="shopify-section-template--16781232341823__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--16781232341823__main-padding">{p.main}</div></section></main>\n'
        f'<div id="shopify-section-sections--16781232504639__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--16781232504639__footer-padding"><div class="footer__content-bottom page-width">{p.footer}'
        '<div class="footer__copyright caption"><small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow" target="_blank">Powered by Shopify</a></small></div></div></footer></div>\n'
        f"{p.body_end}</body>\n</html>\n"
    )


def wix(p: Parts) -> str:
    """A Wix Website Builder page (server-rendered markup of the Thunderbolt viewer)."""
    head = _head(p, "Wix.com Website Builder", [])
    head = head.replace(
        "</head>",
        '<meta http-equiv="X-Wix-Meta-Site-Id" content="6f0c2b8e-3a51-4c7e-9d2a-1b7f5e4c9a10">\n'
        '<link rel="preconnect" href="https://static.parastorage.com" crossorigin>\n</head>',
    )
    nav = "".join(
        f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{h}"><p class="wixui-dropdown-menu__item">{esc(t)}</p></a></li>'
        for h, t in p.nav
    )
    return (
        f'{head}<body class="device-desktop">\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">'
        f'<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div data-mesh-id="SITE_HEADERinlineContent">'
        f'<div id="comp-lt8qhfaw" class="comp-lt8qhfaw wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">{esc(p.site_name)}</h2></div>'
        f'<nav id="comp-lt8qhfb4" class="wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">{nav}</ul></nav>{p.header_extra}</div></header>\n'
        f'<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp">'
        f'<section id="comp-lt8qhfco" class="comp-lt8qhfco wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns" class="comp-lt8qhfco-container">{p.main}</div></section></div></div></main>\n'
        f'<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent"><div class="wixui-rich-text" data-testid="richTextElement">{p.footer}</div></div></footer>'
        f"</div></div></div>\n{p.body_end}</body>\n</html>\n"
    )


def wix_text(inner: str, comp: str) -> str:
    return f'<div id="comp-{comp}" class="comp-{comp} wixui-rich-text" data-testid="richTextElement">{inner}</div>'


def bootstrap(p: Parts) -> str:
    """A one-page Bootstrap 5 landing page, as sold by template marketplaces."""
    head = _head(
        p,
        "",
        [
            "https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css",
            "assets/css/styles.css",
        ],
    )
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>' for h, t in p.nav
    )
    return (
        f'{head}<body id="page-top">\n<nav class="navbar navbar-expand-lg navbar-light fixed-top shadow-sm" id="mainNav"><div class="container px-5">'
        f'<a class="navbar-brand fw-bold" href="#page-top">{esc(p.site_name)}</a>'
        f'<div class="collapse navbar-collapse" id="navbarResponsive"><ul class="navbar-nav ms-auto me-4 my-3 my-lg-0">{nav}</ul>{p.header_extra}</div></div></nav>\n'
        f'{p.main}\n<footer class="bg-black text-center py-5"><div class="container px-5"><div class="text-white-50 small">{p.footer}</div></div></footer>\n'
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>\n'
        f"{p.body_end}</body>\n</html>\n"
    )


def plain(p: Parts, css: str = "") -> str:
    """Hand-written HTML with an inline style sheet (lockers, small static sites)."""
    head = _head(p, "", [])
    if css:
        head = head.replace("</head>", f"<style>{css}</style>\n</head>")
    nav = " | ".join(f'<a href="{h}">{esc(t)}</a>' for h, t in p.nav)
    top = f'<div class="top">{nav}{p.header_extra}</div>\n' if nav or p.header_extra else ""
    foot = f"<footer>{p.footer}</footer>\n" if p.footer else ""
    return f"{head}<body>\n{top}{p.main}\n{foot}{p.body_end}</body>\n</html>\n"


def blogger(p: Parts, blog_id: str) -> str:
    """A Blogger (blogspot.com) post page on the Simple/Contempo layout."""
    head = _head(p, "blogger", [])
    head = head.replace(
        "</head>",
        f'<link rel="alternate" type="application/atom+xml" title="{esc(p.site_name)} - Atom" href="/feeds/posts/default">\n'
        f'<link rel="service.post" type="application/atom+xml" href="https://www.blogger.com/feeds/{blog_id}/posts/default">\n</head>',
    )
    return (
        f'{head}<body class="version-1-3-3 variant-indie_light">\n<div class="page"><header class="centered-top-container" role="banner">'
        f'<div class="header-widget"><h1><a href="/">{esc(p.site_name)}</a></h1></div></header>\n'
        f'<main class="centered" id="main" role="main"><div class="main section" id="page_body"><div class="widget Blog" data-version="2" id="Blog1">'
        f'<article class="post-outer-container"><div class="post"><div class="post-body entry-content float-container" id="post-body-{blog_id[-6:]}">{p.main}</div></div></article>'
        f'</div></div></main>\n<footer class="footer section" id="footer">{p.footer}<div class="blogger"><a href="https://www.blogger.com" rel="nofollow">Powered by Blogger</a></div></footer></div>\n'
        f"{p.body_end}</body>\n</html>\n"
    )


def jekyll(p: Parts) -> str:
    """A GitHub Pages site on Jekyll's minima theme."""
    head = _head(p, "Jekyll v3.9.5", ["/assets/main.css"])
    nav = "".join(f'<a class="page-link" href="{h}">{esc(t)}</a>' for h, t in p.nav)
    return (
        f'{head}<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{esc(p.site_name)}</a>'
        f'<nav class="site-nav"><div class="trigger">{nav}</div></nav></div></header>\n'
        f'<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<div class="post-content e-content" itemprop="articleBody">{p.main}</div></article></div></main>\n'
        f'<footer class="site-footer h-card"><div class="wrapper">{p.footer}</div></footer>\n{p.body_end}</body>\n</html>\n'
    )
