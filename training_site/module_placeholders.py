"""Stand-in modules in `sys.modules` for the length of one block: how a worker skips imports it does not need
(training_site/api_v3.py, training_site/admin_api.py)."""

import sys
import types
from contextlib import contextmanager


@contextmanager
def placeholders(modules, why):
    """While the block runs, `import name` gives a plain module holding `attributes`, for each `name:
    attributes` in `modules` that is not imported yet; its docstring is `why`. Afterwards each placeholder
    leaves `sys.modules` (unless something replaced it), so a later import loads the real module; whoever
    imported a placeholder meanwhile keeps it. Yields the names that were replaced (a set)."""
    placed = {}
    for name, attributes in modules.items():
        if name not in sys.modules:
            module = types.ModuleType(name, why)
            module.__dict__.update(attributes)
            placed[name] = module
    sys.modules.update(placed)
    try:
        yield set(placed)
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
