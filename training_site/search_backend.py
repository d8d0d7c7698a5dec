"""The site's search backend: django-modelsearch's database backend, with search text made safe for SQLite.

`WAGTAILSEARCH_BACKENDS` points here (training_site/settings/base.py). On PostgreSQL and on SQLite without FTS5
this is modelsearch's own backend, unchanged. On SQLite with FTS5 (`make run`, the demo) it is modelsearch's
SQLite backend with one fix (training_site/search_sqlite.py): modelsearch 1.3.2 puts each search word inside FTS5
double quotes without doubling a double quote in the word, so a search for `"` or `a"b` in the admin ended in
"unterminated string" and a server error (reported upstream as wagtail/wagtail#13227, open).
"""

from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):
    """The backend for `params` (the `WAGTAILSEARCH_BACKENDS` entry, a dict): modelsearch's choice for the
    database in use, with the SQLite full-text backend swapped for `search_sqlite.SQLiteSearchBackend`."""
    backend = database_backend(params)
    if type(backend).__module__ == "modelsearch.backends.database.sqlite.sqlite":
        from training_site.search_sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
