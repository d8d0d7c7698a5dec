"""Load BeautifulSoup with Python's own HTML parser only, so a web worker starts without lxml and html5lib.

bs4 (imported by Wagtail for rich text: `wagtail.utils.text`, `wagtail.whitelist`, the rich text converters)
registers a tree builder for every parser library it can import when it is first imported. Every
`BeautifulSoup(...)` call in Wagtail and in this project names "html.parser", so the lxml and html5lib builders
are never used, yet importing them costs every worker about 5 MiB (`python -m bench.import_memory`). Both
libraries stay installed: the certificate PDFs need them (xhtml2pdf parses with html5lib, svglib with lxml), and
those import them directly, where the PDF is rendered.

Consequence: in this process `BeautifulSoup(markup, "lxml")` or `"html5lib"` raises `bs4.FeatureNotFound`; pass
"html.parser". `tests/test_worker_imports.py` checks both the saving and that the PDFs still render.
"""

import sys
from contextlib import contextmanager

SKIPPED = ("lxml", "html5lib")


@contextmanager
def modules_missing(*names):
    """While the block runs, `import name` raises ImportError for each of `names` not imported yet.

    `None` in `sys.modules` is Python's documented marker for a module that cannot be imported. Afterwards the
    markers are removed, so a later import loads the real module.
    """
    marked = [name for name in names if name not in sys.modules]
    for name in marked:
        sys.modules[name] = None
    try:
        yield
    finally:
        for name in marked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def load_bs4():
    """Import bs4 with the "html.parser" tree builder only (a no-op if bs4 is already imported)."""
    with modules_missing(*SKIPPED):
        import bs4  # noqa: F401
