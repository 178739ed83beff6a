"""Authors and titles read off the visible page when the structured metadata is missing.

Each page below states no JSON-LD and no author or title ``<meta>``: what the reader sees is
all there is. The markup is modelled on templates met in the wild, written anew.
"""

from __future__ import annotations

import lxml.html
import pytest

from newsparse.html.authors import split_credit
from newsparse.html.meta import extract_metadata
from newsparse.html.metatags import is_foreign
from newsparse.metadata import Metadata


def meta_from(body: str, head: str = "", url: str = "https://example.com/news/story") -> Metadata:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(html), url)


STORY = "<p>" + "The council met on Tuesday and voted on the new budget for the coming year. " * 3 + "</p>"


# --- author links and the credit line around them ----------------------------------------


def test_credit_line_around_author_links_names_the_unlinked_authors_too() -> None:
    body = (
        "<article><h1>Power cut hits the city</h1><div class='meta'><address>Von "
        "<a rel='author' href='/autoren/jana-berg/'>Jana Berg</a>, "
        "<a rel='author' href='/autoren/tom-hahn/'>Tom Hahn</a>, <span>Lea Wolf</span> und "
        "<span>Max Roth</span></address><time>09.09.2025</time></div>" + STORY + "</article>"
    )
    assert meta_from(body).authors == ("Jana Berg", "Tom Hahn", "Lea Wolf", "Max Roth")


def test_author_tag_with_the_first_name_widens_to_the_whole_credit_line() -> None:
    # The author tag names the first writer only; two are linked, two more are not.
    body = (
        "<article><h1>Power cut hits the city</h1><address>Von "
        "<a rel='author' href='/autoren/jana-berg/'>Jana Berg</a>, "
        "<a rel='author' href='/autoren/tom-hahn/'>Tom Hahn</a>, <span>Lea Wolf</span> und "
        "<span>Max Roth</span></address>" + STORY + "</article>"
    )
    meta = meta_from(body, "<meta name='author' content='Jana Berg'>")
    assert meta.authors == ("Jana Berg", "Tom Hahn", "Lea Wolf", "Max Roth")


def test_credit_line_is_not_taken_when_it_names_no_one_more() -> None:
    body = (
        "<article><h1>Markets slide</h1><div class='meta'><span>By "
        "<a href='/author/ann-lee'>Ann Lee</a></span> <span>3 min read</span></div>" + STORY + "</article>"
    )
    assert meta_from(body).authors == ("Ann Lee",)


def test_author_link_found_by_its_label() -> None:
    body = (
        "<article><h1>Storm warning</h1><div><a href='/av/amanda-berg' aria-label='Se alla artiklar "
        "av Amanda Berg'><img src='a.jpg'><p>Amanda Berg</p><span>chevron-right</span></a></div>"
        + STORY
        + "</article>"
    )
    assert meta_from(body).authors == ("Amanda Berg",)


def test_teaser_title_with_a_lead_in_word_is_no_author_label() -> None:
    body = (
        "<article><h1>Harbour news</h1>" + STORY + "</article><div class='teasers'>"
        "<a href='/news/2' title='Neues Herrchen für den Hund von Mallorca'>Neues Herrchen</a></div>"
    )
    assert meta_from(body).authors == ()


def test_portrait_link_before_the_name_link_does_not_win_with_its_address() -> None:
    body = (
        "<article><h1>Growth stalls</h1><div class='pic'><a href='/autor/holger-schaefer/'>"
        "<img src='p.jpg'></a></div><div><span>Von <a href='/autor/holger-schaefer/'>Holger "
        "Schäfer</a></span></div>" + STORY + "</article>"
    )
    assert meta_from(body).authors == ("Holger Schäfer",)


def test_portrait_only_author_link_gives_the_name_of_its_address() -> None:
    body = "<article><h1>Growth stalls</h1><div><a href='/author/jane-doe/'><img src='p.jpg'></a></div>"
    assert meta_from(body + STORY + "</article>").authors == ("Jane Doe",)


# --- byline elements ----------------------------------------------------------------------


def test_names_set_as_items_of_a_byline_are_all_read() -> None:
    body = (
        "<header><div class='article-byline'><div class='article-origins'>"
        "<span class='simple'>Birgit Baum</span> <span class='simple'>Anna Giulia Fenk</span> "
        "<span class='simple'>Jan Michael March</span></div></div></header>" + STORY
    )
    assert meta_from(f"<main>{body}</main>").authors == (
        "Birgit Baum",
        "Anna Giulia Fenk",
        "Jan Michael March",
    )


def test_an_author_list_is_a_byline_not_a_teaser_list() -> None:
    # Class names with "list" mark teaser lists, but not "author-list": the byline's names,
    # one item each, with an ellipsis where a narrow screen hides the middle ones.
    body = (
        "<article><h1>Reefs recover</h1><div class='c-author-list-container'><span>By</span>"
        "<ul class='c-author-list'><li class='c-author-list__item'><a href='#a0'>Ana Lima</a>"
        "<sup>1</sup>, </li><li class='c-author-list__item'><a href='#a1'>Tom Hahn</a> &amp; </li>"
        "<li class='c-author-list__more'>&hellip;</li>"
        "<li class='c-author-list__item'><a href='#a2'>Lea Wolf</a></li></ul></div>"
        "<div class='c-authors-listing'><h3 class='c-authors-listing__title'>Ana Lima</h3>"
        "<p>Ana Lima is a reporter in Lisbon.</p></div>" + STORY + "</article>"
    )
    assert meta_from(body).authors == ("Ana Lima", "Tom Hahn", "Lea Wolf")


def test_a_byline_set_in_a_column_beside_the_story() -> None:
    # Some templates set the author box in a left column the rails' class names mark.
    column = (
        "<div class='single-sidebar-left'><div class='author-block'><p class='author-name'>By "
        "<a href='/author/nokuthula/'>Nokuthula Dube</a></p><p class='author-job'>Journalist</p>"
        "</div></div>"
    )
    body = "<main>" + column + "<article><h1>Storms hit the city</h1>" + STORY + "</article></main>"
    assert meta_from(body).authors == ("Nokuthula Dube",)


def test_a_rail_of_teaser_credits_names_no_author() -> None:
    teaser = "<li><a href='/n/{0}'>Story {0}</a><span class='byline'>By {1}</span></li>"
    rail = "".join(teaser.format(i, name) for i, name in enumerate(("Ann Lee", "Tom Roe")))
    body = (
        "<article><h1>Storms hit the city</h1>"
        + STORY
        + f"</article><aside class='sidebar'><ul>{rail}</ul></aside>"
    )
    assert meta_from(body).authors == ()


def test_items_with_labels_stay_one_credit() -> None:
    body = (
        "<main><div class='byline'><span class='entry'>Auteur: Anna Kubis</span>, "
        "<span class='entry'>mot-clé: Politique intérieure</span></div>" + STORY + "</main>"
    )
    assert meta_from(body).authors == ("Anna Kubis",)


def test_attribution_class_names_a_byline() -> None:
    body = (
        "<main><div class='article-titles'><h1>Romance readers meet</h1><div class='article-attribution'>"
        "Fouzia van Deren<span>|</span><span>Published <time>4 months ago</time></span></div></div>"
        + STORY
        + "</main>"
    )
    assert meta_from(body).authors == ("Fouzia van Deren",)


def test_a_handle_ends_the_name_beside_it() -> None:
    assert split_credit("Greg Ivers @GregIvers WATCH LIVE") == ["Greg Ivers"]


def test_a_label_and_its_value_is_no_name() -> None:
    assert split_credit("Von Thilo / 6. November 2023 / Keine Kommentare Teilen: Mehr") == ["Thilo"]


# --- lines that credit the story by their words ------------------------------------------


def test_a_plain_line_with_a_lead_in_credits_the_story() -> None:
    body = (
        "<main><h2>Warum die Brücke gesperrt bleibt</h2><div><div><p class='x1'>von Manuela Kurz</p></div>"
        "<time>06.11.2025</time></div>" + STORY + "</main>"
    )
    assert meta_from(body).authors == ("Manuela Kurz",)


def test_a_sentence_opening_with_by_is_no_credit() -> None:
    body = "<main><h1>Cookies</h1><p>By continuing you agree to our terms</p>" + STORY + "</main>"
    assert meta_from(body).authors == ()


def test_structured_author_still_wins_over_the_visible_line() -> None:
    head = "<meta name='author' content='Jane Doe'>"
    body = "<main><h1>Budget</h1><p>By John Roe</p>" + STORY + "</main>"
    assert meta_from(body, head).authors == ("Jane Doe",)


# --- what is foreign -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outer", "foreign"),
    [
        ("<div class='article comments-enabled'>{}</div>", False),
        ("<div class='comments'>{}</div>", True),
        ("<div id='main' class='widget main'>{}</div>", False),
        ("<header class='ArticleHeader-articleHeader'>{}</header>", False),
        ("<header class='site-header'>{}</header>", True),
    ],
)
def test_page_state_tokens_main_ids_and_story_headers_are_not_foreign(outer: str, foreign: bool) -> None:
    root = lxml.html.document_fromstring("<html><body>" + outer.format("<span>x</span>") + "</body></html>")
    assert is_foreign(root.find(".//span")) is foreign


# --- titles -------------------------------------------------------------------------------


def test_headline_beside_a_breadcrumb_search_title() -> None:
    body = (
        "<header><div class='header__crumb'><a href='/liga'>Liga</a>"
        '<h1>MSV-Trainer Schubert: "Nicht mehr viel zu verlieren"</h1></div>'
        '<p>Standfirst line</p><h2>Trainer Schubert: "Nicht mehr viel zu verlieren"</h2></header>' + STORY
    )
    found = meta_from(f"<main>{body}</main>")
    assert found.title == 'Trainer Schubert: "Nicht mehr viel zu verlieren"'


def test_subheading_that_asks_part_of_the_search_title_is_no_headline() -> None:
    body = (
        "<ol class='breadcrumb'><li><h1>Was ist eine Vorsatzschale und was bringt sie?</h1></li></ol>"
        "<h2>Was ist eine Vorsatzschale?</h2>" + STORY
    )
    head = "<title>Was ist eine Vorsatzschale und was bringt sie? - DAS HAUS</title>"
    head += "<meta property='og:site_name' content='DAS HAUS'>"
    found = meta_from(f"<main>{body}</main>", head)
    assert found.title == "Was ist eine Vorsatzschale und was bringt sie?"


# --- the publisher in the author tag ---------------------------------------------------------


def test_author_tag_naming_the_pages_owner_gives_way_to_the_writer() -> None:
    head = (
        "<meta name='author' content='Northwind Media GmbH'>"
        "<meta name='copyright' content='Northwind Media GmbH 2001 - 2024'>"
    )
    body = "<main><h1>Rates rise</h1><div class='byline'>Von Ralf Ebner</div>" + STORY + "</main>"
    assert meta_from(body, head).authors == ("Ralf Ebner",)


def test_author_tag_naming_the_owner_stays_when_no_one_else_is_named() -> None:
    head = "<meta name='author' content='Northwind Media'><meta name='copyright' content='© Northwind Media'>"
    assert meta_from("<main><h1>Rates rise</h1>" + STORY + "</main>", head).authors == ("Northwind Media",)


def test_microdata_credits_of_embedded_teasers_are_not_the_storys() -> None:
    def credit(name: str) -> str:
        person = "itemprop='author' itemtype='http://schema.org/Person'"
        return f"<p {person}><span itemprop='name'>Von {name}</span></p>"

    body = (
        "<main><div class='head'><h1>Summer dresses</h1>"
        f"<div class='bylines'>{credit('Philipp Wehrs')}</div></div>"
        + STORY
        + "".join(
            f"<div class='embed'><div class='bylines'>{credit(n)}</div></div>"
            for n in ("Ann Marl", "Bea Graf")
        )
        + "</main>"
    )
    assert meta_from(body).authors == ("Philipp Wehrs",)


def test_byline_named_by_its_test_id_on_a_page_of_hashed_classes() -> None:
    body = (
        "<main><div class='kCTV' data-testid='prism-headline'><h1>Resort plan advances</h1></div>"
        "<div class='QHbl' data-testid='prism-byline'><div class='VZTD'><img alt='' src='a.jpg'>"
        "<span class='sc-1'>Ron Stoner</span></div></div>" + STORY + "</main>"
    )
    assert meta_from(body).authors == ("Ron Stoner",)


def test_breadcrumb_search_title_is_the_title_when_nothing_else_states_one() -> None:
    body = (
        "<ul class='breadcrumb'><li><a href='/rhein-main/'>Rhein-Main</a></li>"
        "<li><h1>49-Euro-Ticket: Pendler zahlen weniger</h1></li></ul>"
        "<h2>49-Euro-Ticket : Pendler sparen bei Bus und Bahn</h2>" + STORY
    )
    assert meta_from(f"<main>{body}</main>").title == "49-Euro-Ticket: Pendler zahlen weniger"


def test_a_logo_heading_is_no_title_when_nothing_states_one() -> None:
    body = "<header class='site'><h1><a href='/'>Coastal Herald</a></h1></header><main>" + STORY + "</main>"
    assert meta_from(body).title is None


@pytest.mark.parametrize("label", ["기사 상세", "Details", "Fan Feed"])
def test_an_h1_that_labels_the_page_is_no_title(label: str) -> None:
    head = "<title>Harbour wall repairs finish early - Coastal Daily</title>"
    body = f"<main><h1>{label}</h1><article>" + STORY + "</article></main>"
    meta = meta_from(body, head, "https://coastaldaily.example/news/harbour-wall")
    assert meta.title == "Harbour wall repairs finish early"
    assert meta.headline == "Harbour wall repairs finish early"


def test_a_short_h1_that_shares_a_stem_with_the_title_stays() -> None:
    head = "<title>Geschichte - Chorknaben Ulm</title>"
    assert meta_from("<h1>Chorgeschichte</h1>" + STORY, head).title == "Chorgeschichte"
