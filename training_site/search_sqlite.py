"""modelsearch's SQLite full-text (FTS5) backend, with every search word quoted the way FTS5 reads it.

Loaded only on SQLite with FTS5 (training_site/search_backend.py). modelsearch 1.3.2 writes each word of a search
as an FTS5 string, `"word"`, but escapes `'` and `\\` in it (SQL's rules) instead of `"` (FTS5's rule: a double
quote inside a string is written twice; https://www.sqlite.org/fts5.html, "FTS5 Strings"). A search for `"`,
`a"b` or `"signalen` therefore ended the string early and SQLite raised "unterminated string": a server error in
the admin's search fields. A NUL or other control character did the same. Upstream: wagtail/wagtail#13227.
"""

import re

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler as UpstreamAutocompleteQueryCompiler,
)
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend as UpstreamSearchBackend
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler as UpstreamSearchQueryCompiler
from modelsearch.query import Phrase, PlainText

# C0 and C1 control characters (NUL included): never part of a word, and FTS5's parser stops at a NUL.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# The inside of an FTS5 string that holds one `"` and so no word: it matches nothing.
NO_WORD = '""'


def fts5_string_content(text):
    """`text` (str) as the inside of an FTS5 string: control characters become spaces and each `"` is doubled.
    Text without a word (only spaces and control characters) becomes `NO_WORD`, as modelsearch's compiler has
    no query for an empty text and would crash. The result still needs the quotes modelsearch adds."""
    text = CONTROL_CHARACTERS.sub(" ", text)
    if not text.strip():
        return NO_WORD
    return text.replace('"', '""')


class FTS5QuotingMixin:
    """Escapes the text of each word and phrase before modelsearch's compiler wraps it in quotes. Only the leaves
    (plain text, phrase) are changed; And, Or and AndNot reach them through this same method, once each."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(fts5_string_content(query.query_string), operator=query.operator, boost=query.boost)
        elif isinstance(query, Phrase):
            query = Phrase(fts5_string_content(query.query_string))
        return super().build_search_query_content(query, config=config)


class SQLiteSearchQueryCompiler(FTS5QuotingMixin, UpstreamSearchQueryCompiler):
    """Full-text search (`.search()`), as modelsearch's, with words quoted for FTS5."""


class SQLiteAutocompleteQueryCompiler(FTS5QuotingMixin, UpstreamAutocompleteQueryCompiler):
    """Autocomplete (`.autocomplete()`, the admin's choosers), as modelsearch's, with words quoted for FTS5."""


class SQLiteSearchBackend(UpstreamSearchBackend):
    """modelsearch's SQLite FTS5 backend with the two compilers above; indexing is unchanged. search_backend.py
    puts its bound on the number of words in front (`bounded`)."""

    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
