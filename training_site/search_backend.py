"""The site's search backend: django-modelsearch's database backend, with a bound on the search text and, on
SQLite, the text made safe for its full-text query language.

`WAGTAILSEARCH_BACKENDS` points here (training_site/settings/base.py). It is modelsearch's backend for the
database in use, with two fixes:

- **Every database: at most `MAX_WORDS` words of at most `MAX_WORD_CHARACTERS` characters.** modelsearch joins
  the words of a search into one nested expression that Django compiles recursively, so a search of a few
  hundred words (a pasted text) raised RecursionError, a server error, on PostgreSQL and SQLite alike, in every
  admin search field and chooser. The search now uses its first words; nobody searches with more.
- **SQLite with FTS5 (`make run`, the demo):** modelsearch 1.3.2 puts each search word inside FTS5 double quotes
  without doubling a double quote in the word, so a search for `"` or `a"b` ended in "unterminated string" and
  a server error (wagtail/wagtail#13227, open). training_site/search_sqlite.py quotes the words as FTS5 reads
  them.
"""

from functools import cache

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

MAX_WORDS = 32
MAX_WORD_CHARACTERS = 100


def first_words(text, budget):
    """`text` (str) cut to the words `budget` (a one-item list: the words still allowed) allows, each word cut to
    MAX_WORD_CHARACTERS; takes them from the budget. Text without words is returned as it is."""
    words = text.split()
    if not words:
        return text
    kept = [word[:MAX_WORD_CHARACTERS] for word in words[: max(budget[0], 1)]]
    budget[0] -= len(kept)
    return " ".join(kept)


def bounded_query(query, budget=None):
    """The search `query` (a str or a modelsearch SearchQuery tree) with at most MAX_WORDS words in all, in their
    order; And and Or keep their first parts while words are left. Any other query (MatchAll) is unchanged."""
    budget = [MAX_WORDS] if budget is None else budget
    if isinstance(query, str):
        return first_words(query, budget)
    if isinstance(query, PlainText):
        return PlainText(first_words(query.query_string, budget), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(first_words(query.query_string, budget))
    if isinstance(query, Fuzzy):
        return Fuzzy(first_words(query.query_string, budget), operator=query.operator, unaccent=query.unaccent)
    if isinstance(query, (And, Or)):
        parts = []
        for part in query.subqueries:
            if parts and budget[0] <= 0:
                break
            parts.append(bounded_query(part, budget))
        return type(query)(parts)
    if isinstance(query, Not):
        return Not(bounded_query(query.subquery, budget))
    if isinstance(query, Boost):
        return Boost(bounded_query(query.subquery, budget), query.boost)
    return query


class BoundedSearch:
    """Backend mixin: `search()` and `autocomplete()` (both go through `_search`) use `bounded_query`."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(query_compiler_class, bounded_query(query), model_or_queryset, **kwargs)


@cache
def bounded(backend_class):
    """`backend_class` (a modelsearch backend class) with BoundedSearch in front; one class per backend class."""
    return type(f"Bounded{backend_class.__name__}", (BoundedSearch, backend_class), {"__doc__": BoundedSearch.__doc__})


def SearchBackend(params):
    """The backend for `params` (the `WAGTAILSEARCH_BACKENDS` entry, a dict): modelsearch's choice for the
    database in use, bounded; on SQLite with FTS5 `search_sqlite.SQLiteSearchBackend` (bounded as well)."""
    backend = database_backend(params)
    if type(backend).__module__ == "modelsearch.backends.database.sqlite.sqlite":
        from training_site.search_sqlite import SQLiteSearchBackend

        return bounded(SQLiteSearchBackend)(params)
    return bounded(type(backend))(params)
