"""Which imports a worker's memory goes to: `python -m bench.import_memory` (part of `make bench`).

Sets Django up with the production settings (as `bench.memory` does, on a throwaway SQLite database), builds
the URL tree and the hooks as the first request does, and charges each module's import with the growth of
the process's resident memory (RSS, MiB) while it ran, minus what the modules it imported took
themselves. Prints the packages with the most, and the heaviest single modules with who imported them
first, so a library that only some requests need can be moved to where it is used (docs/performance.md).
The figures are approximate: RSS grows by pages, memory freed later is not given back, and the measuring
itself adds to the total (compare `bench.memory` for the worker's real RSS).
"""

import collections
import importlib.abc
import os
import sys
import tempfile
import traceback

TOP = int(os.environ.get("BENCH_IMPORT_TOP", 20))


def rss_mib():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576


class MeasuringFinder(importlib.abc.MetaPathFinder):
    """Wraps every module's `exec_module` to charge it with the RSS it added (its own share only)."""

    def __init__(self):
        self.own = collections.Counter()  # module name -> MiB
        self.first_importer = {}
        self.stack = []

    def find_spec(self, name, path, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is None:
                continue
            loader = spec.loader
            if loader is not None and hasattr(loader, "exec_module"):
                self._wrap(loader, name)
            return spec
        return None

    def _wrap(self, loader, name):
        original = loader.exec_module

        def exec_module(module):
            if name not in self.first_importer:
                stack = traceback.extract_stack()[:-1]
                frames = [f for f in stack if "importlib" not in f.filename and f.filename != __file__]
                self.first_importer[name] = f"{_short(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
            start = rss_mib()
            self.stack.append(0.0)
            try:
                original(module)
            finally:
                children = self.stack.pop()
                total = rss_mib() - start
                self.own[name] += total - children
                if self.stack:
                    self.stack[-1] += total

        try:
            loader.exec_module = exec_module
        except (AttributeError, TypeError):  # a loader that does not allow it is measured with its parent
            pass


def _short(filename):
    return filename.split("site-packages/")[-1].replace(os.getcwd() + "/", "")


def main():
    work = tempfile.mkdtemp(prefix="bench-imports-")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="training_site.settings.production",
        SECRET_KEY="bench-" + "k" * 50,
        CREDENTIALS_ENABLED="false",
        DATABASE_URL=f"sqlite:///{work}/db.sqlite3",
        REDIS_URL=os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/2"),
        WAGTAILADMIN_BASE_URL="http://localhost",
        ALLOWED_HOSTS="localhost",
    )
    before = rss_mib()
    finder = MeasuringFinder()
    sys.meta_path.insert(0, finder)
    import django

    django.setup()
    from django.urls import get_resolver

    from wagtail import hooks

    get_resolver().url_patterns  # noqa: B018 - the first request builds the URL tree, importing every view
    hooks.get_hooks("before_serve_page")
    sys.meta_path.remove(finder)
    after = rss_mib()
    packages = collections.Counter()
    for name, mib in finder.own.items():
        packages[name.split(".")[0]] += mib
    print(f"Imports of one worker (production settings): RSS {before:.0f} MiB before, {after:.0f} MiB after")
    print(f"  {len(finder.own)} modules; the packages that took most (MiB):")
    for name, mib in packages.most_common(TOP):
        print(f"    {name:28} {mib:5.1f}")
    print("  the heaviest single modules, and the file that imported each first:")
    for name, mib in finder.own.most_common(TOP):
        print(f"    {name:40} {mib:5.1f}  <- {finder.first_importer.get(name, '')}")


if __name__ == "__main__":
    main()
