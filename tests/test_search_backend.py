"""Search text with quotes, control characters or hundreds of words gives results or none, never a server error.

On SQLite, modelsearch 1.3.2 wrote a word with a double quote in it, such as `"` or `"signalen`, into SQLite's
full-text query unescaped, and the admin's search answered with a server error (wagtail/wagtail#13227).
training_site/search_sqlite.py quotes the words as FTS5 reads them. A search of hundreds of words (a pasted
text) raised RecursionError on both databases; training_site/search_backend.py keeps its first 32 words. The
suite runs on SQLite (full-text search through FTS5) and again on PostgreSQL in CI; both must hold.
"""

from django.db import connection
from django.urls import reverse

from wagtail.models import Page

import pytest
from modelsearch.backends import get_search_backend
from modelsearch.query import And, Phrase, PlainText

from accounts.factories import UserFactory
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from training_site.search_backend import MAX_WORDS, BoundedSearch, bounded_query

pytestmark = pytest.mark.search_index  # what is searched is put in the index when it is saved

ODD_SEARCHES = [
    '"',
    "   ",
    'a"b',
    '"signalen',
    'signalen"',
    '""',
    '"""',
    'é"',
    "'",
    "\\",
    "\x01",
    "\x1f signalen",
    "(",
    "*",
    # FTS5's own query language: operators, groups, a column filter, a prefix and an initial token.
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(mensenhandel politie",
    "-",
    "^",
    "mensen*",
    "title:mensenhandel",
    "{title}",
    "a + b",
    '"a" "b',
]
LONG_SEARCHES = ["signalen " * 700, "a" * 5000, " ".join(f'"woord{n}"' for n in range(400)) + " signalen"]


@pytest.fixture
def lessons(home_page):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home_page), title="Signalen van uitbuiting")
    return [
        LessonPageFactory(parent=course, title="Signalen herkennen"),
        LessonPageFactory(parent=course, title="Mensenhandel melden bij de politie"),
    ]


def titles(results):
    return {page.title for page in results}


def test_the_backend_in_use_is_the_bounded_one_and_on_sqlite_the_fts5_fix(db):
    """The tests below must reach the backend the site uses: bounded on every database, and on SQLite the FTS5
    backend with its quoting fix, not modelsearch's fallback (which has no quoting problem)."""
    classes = type(get_search_backend()).__mro__
    assert BoundedSearch in classes
    fixed = any(cls.__module__ == "training_site.search_sqlite" for cls in classes)
    assert fixed == (connection.vendor == "sqlite"), (connection.vendor, classes)


@pytest.mark.parametrize("text", ODD_SEARCHES)
def test_odd_search_text_finds_results_or_none_without_an_error(lessons, text):
    backend = get_search_backend()
    for method in (backend.search, backend.autocomplete):
        found = titles(method(text, Page.objects.all()))
        if "signalen" in text:
            assert "Signalen herkennen" in found, (method.__name__, text, found)


def test_words_and_phrases_still_find_what_they_did(lessons):
    backend = get_search_backend()
    assert "Signalen herkennen" in titles(backend.search("signalen", Page.objects.all()))
    assert titles(backend.search("politie melden", Page.objects.all())) == {"Mensenhandel melden bij de politie"}
    assert "Signalen herkennen" in titles(backend.autocomplete("signa", Page.objects.all()))
    assert titles(backend.search("onbekendwoord", Page.objects.all())) == set()


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailadmin_pages:search",
        "wagtailimages:index",
        "wagtaildocs:index",
        "wagtailadmin_choose_page_search",
        "wagtailimages_chooser:choose_results",
        "wagtailsnippets_quizzes_question:list",
        "wagtailsnippets_accounts_organisation:list",
        "wagtailsnippets_briefings_briefingsession:list",
        "wagtailusers_users:index",
    ],
)
def test_the_admin_searches_answer_odd_text_with_a_page(client, lessons, url_name):
    """The coordinator types a quote (or pastes a control character) in an admin search field: a page with
    results or none, not a server error."""
    client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
    for text in ODD_SEARCHES:
        response = client.get(reverse(url_name), {"q": text})
        assert response.status_code == 200, (url_name, repr(text), response.status_code)
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": '"signalen'})
    assert "Signalen herkennen" in response.content.decode()


@pytest.mark.parametrize("text", LONG_SEARCHES, ids=["700 words", "one word of 5000", "400 phrases"])
def test_a_very_long_search_finds_with_its_first_words(lessons, text):
    backend = get_search_backend()
    for method in (backend.search, backend.autocomplete):
        found = titles(method(text, Page.objects.all()))
        if text.startswith("signalen"):
            assert "Signalen herkennen" in found, method.__name__


@pytest.mark.parametrize(
    "url_name, parameter",
    [
        ("wagtailadmin_pages:search", "q"),
        ("wagtailimages:index", "q"),
        ("wagtaildocs:index", "q"),
        ("wagtailadmin_choose_page_search", "q"),
        ("wagtailadmin_api:pages:listing", "search"),
    ],
)
def test_the_admin_answers_a_pasted_text_with_a_page(client, lessons, url_name, parameter):
    """A coordinator pastes a whole text into a search field (or the admin's page API gets one): a page of
    results, not a server error."""
    client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
    for text in LONG_SEARCHES:
        response = client.get(reverse(url_name), {parameter: text})
        assert response.status_code == 200, (url_name, text[:20], response.status_code)


def test_the_bound_keeps_the_first_words_in_order():
    assert bounded_query("a b c") == "a b c"
    words = [f"w{n}" for n in range(100)]
    assert bounded_query(" ".join(words)) == " ".join(words[:MAX_WORDS])
    assert bounded_query("x" * 500) == "x" * 100
    tree = bounded_query(And([PlainText(" ".join(words[:20])), Phrase("één twee"), *[Phrase(w) for w in words]]))
    kept = [part.query_string for part in tree.subqueries]
    assert kept[:2] == [" ".join(words[:20]), "één twee"]
    assert sum(len(text.split()) for text in kept) == MAX_WORDS
