import copy
import io
import random
import shutil
import weakref
from contextlib import contextmanager, suppress
from types import SimpleNamespace

from django.test import TransactionTestCase

from wagtail.models import Locale, Page, Site

import pytest

from accounts.factories import AudienceFactory, OrganisationFactory, UserFactory
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from home.factories import HomePageFactory, StandardPageFactory
from home.models import SiteSettings


def make_home_page():
    # Transactional (browser) tests flush the tables Wagtail's migrations filled; put them back.
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Alle pagina's", slug="root", locale=locale))
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={
            "coordinator_name": "Sanne de Vries",
            "coordinator_email": "coordinator@example.org",
            "coordinator_phone": "088-0000000",
            "care_notice": "Dit onderwerp kan je raken. Praat erover met een collega.",
        },
    )
    return home


def make_audiences():
    return SimpleNamespace(
        social=AudienceFactory(name="Sociaal domein", slug="sociaal-domein"),
        school=AudienceFactory(name="Onderwijs", slug="onderwijs"),
    )


def make_catalogue(home_page, audiences):
    """Home → Modules → a social-domain module with three lessons and a school module with one."""
    index = CourseIndexPageFactory(parent=home_page)
    social = CoursePageFactory(parent=index, title="Signalen in het sociaal domein", audiences=[audiences.social])
    social_lessons = [LessonPageFactory(parent=social, title=f"Sociaal les {n}") for n in range(1, 4)]
    school = CoursePageFactory(parent=index, title="Signalen op school", audiences=[audiences.school])
    school_lessons = [LessonPageFactory(parent=school, title="School les 1")]
    what_to_do = StandardPageFactory(parent=home_page)
    return SimpleNamespace(
        home=home_page,
        index=index,
        social=social,
        social_lessons=social_lessons,
        school=school,
        school_lessons=school_lessons,
        what_to_do=what_to_do,
    )


def shares_the_catalogue(request):
    """Whether the test takes its `catalogue`, `home_page` and `audiences` from the ones made once for its
    module: in a module or class marked `pytest.mark.usefixtures("catalogue_for_the_module")` (as a fixture
    of the whole module, it is made before the test's own transaction starts, and outlives it)."""
    return "catalogue_for_the_module" in request.fixturenames


def is_transactional(request):
    """Whether the test runs outside a transaction (`transactional_db`, `live_server`, or
    `django_db(transaction=True)`) and empties the tables afterwards."""
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        return True
    marker = request.node.get_closest_marker("django_db")
    if marker is None:
        return False
    return bool(marker.kwargs.get("transaction", marker.args[0] if marker.args else False))


@pytest.fixture(autouse=True)
def _no_transactional_test_in_kept_data(request):
    """A transactional test cannot use data kept for its module or class (`kept_for_the_scope`: the fixtures
    named `..._for_the_module` and `..._for_the_class`): it would run inside that data's transaction, its live
    server would not see the data, and emptying the tables would empty the kept data. Raises pytest's Failed."""
    kept = [name for name in request.fixturenames if name.endswith(("_for_the_module", "_for_the_class"))]
    if kept and is_transactional(request):
        pytest.fail(f"a transactional test cannot use data kept for its module or class ({', '.join(kept)})")


@pytest.fixture(scope="module")
def catalogue_for_the_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """(catalogue, audiences) made once for the tests of a module that uses this fixture (`usefixtures`),
    rolled back after them (`kept_for_the_scope`); each test gets its own copy (`shared_catalogue`)."""
    with kept_for_the_scope(django_db_blocker, tmp_path_factory), django_db_blocker.unblock():
        audiences = make_audiences()
        yield make_catalogue(make_home_page(), audiences), audiences


@pytest.fixture
def shared_catalogue(catalogue_for_the_module, db):
    """This test's copy of the module's (catalogue, audiences); its changes to the database are rolled back."""
    return copy.deepcopy(catalogue_for_the_module)


@pytest.fixture
def home_page(request, db):
    if shares_the_catalogue(request):
        return request.getfixturevalue("shared_catalogue")[0].home
    return make_home_page()


@pytest.fixture
def audiences(request, db):
    if shares_the_catalogue(request):
        return request.getfixturevalue("shared_catalogue")[1]
    return make_audiences()


@pytest.fixture
def catalogue(request, home_page, audiences):
    """Home → Modules → a social-domain module with three lessons and a school module with one.

    Made for each test, or once for a module that uses `catalogue_for_the_module` (`shares_the_catalogue`):
    its tests read the same pages and each test's changes are rolled back, so the making is all that is shared.
    """
    if shares_the_catalogue(request):
        return request.getfixturevalue("shared_catalogue")[0]
    return make_catalogue(home_page, audiences)


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Gemeente Lelystad", municipality="lelystad")


@pytest.fixture
def learner(db, audiences, organisation):
    return UserFactory(full_name="Łukasz Żółć", team=audiences.social, organisation=organisation)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth keeps its rate limits (e.g. one confirmation mail per address) in the cache; start each test clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _search_index(request):
    """The search index is kept up to date on save only in tests marked `search_index` (and in what a module- or
    class-scoped fixture made before).

    Indexing runs on every save of a page, image, document or snippet (modelsearch's post_save and post_delete
    handlers) and took about a seventh of the time of a test that makes a catalogue; only tests of searching need
    it. A test of searching that forgets the mark finds nothing, and fails.
    """
    from django.db.models.signals import post_delete, post_save

    from modelsearch import index, signal_handlers

    if request.node.get_closest_marker("search_index"):
        yield
        return
    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
        post_delete.disconnect(signal_handlers.post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        signal_handlers.register_signal_handlers()


@pytest.fixture(autouse=True)
def _reference_index(request):
    """Wagtail's reference index (what uses a page, image or snippet: the admin's "Gebruik" and its warnings
    before a delete) is kept up to date on save only in tests marked `reference_index` (and in what a module- or
    class-scoped fixture made before).

    Updating it ran on every save, a quarter of the time of making a catalogue. It is switched off as Wagtail's
    `disable_reference_index_auto_update` does, for the test's own thread: a browser test's live server still
    keeps it. A test of what uses what that forgets the mark finds nothing in use, and fails.
    """
    from wagtail.signal_handlers import reference_index_auto_update_disabled

    if request.node.get_closest_marker("reference_index"):
        yield
        return
    reference_index_auto_update_disabled.value = True
    try:
        yield
    finally:
        with suppress(AttributeError):  # Wagtail's own context manager may have removed it already
            del reference_index_auto_update_disabled.value


KEPT_AFTER_A_TRANSACTIONAL_TEST = {"django_content_type", "auth_permission"}
DJANGO_FIXTURE_TEARDOWN = TransactionTestCase._fixture_teardown  # Django's own


def empty_the_tables(test_case):
    """What a transactional (browser) test wrote is removed after it: every table is emptied, as Django's
    `flush` does, except the content types and permissions (KEPT_AFTER_A_TRANSACTIONAL_TEST), which only
    migrations and `post_migrate` write and no test changes.

    Django's own teardown (`TransactionTestCase._fixture_teardown`) empties those two as well and then runs
    `post_migrate` to make them again: about 0.5 s per test, and on PostgreSQL its TRUNCATE of ~100 tables
    another 0.4 s (DELETE of the few rows a test leaves: 0.05 s). The foreign keys Django makes are
    DEFERRABLE INITIALLY DEFERRED (SQLite and PostgreSQL), so the order of the deletes does not matter
    inside one transaction.
    """
    from django.db import connections, transaction

    if test_case.serialized_rollback or test_case.available_apps is not None:
        return DJANGO_FIXTURE_TEARDOWN(test_case)  # those restore or limit what post_migrate makes: Django's way
    for name in test_case._databases_names(include_mirrors=False):
        connection = connections[name]
        tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
        with transaction.atomic(using=name), connection.cursor() as cursor:
            for table in sorted(set(tables) - KEPT_AFTER_A_TRANSACTIONAL_TEST):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """pytest-django's test databases, with every connection the tests opened to them closed before they are
    dropped.

    Once a browser test has started Playwright's sync API, an asyncio loop counts as running in the main thread
    for the rest of the session, and Django then keeps that thread's connections apart from the ones it had
    (asgiref's `Local`, where Django keeps them, acts as a context variable while a loop runs). Without this, the
    connection the later tests used stayed open, and dropping the database failed on PostgreSQL with "database
    ... is being accessed by other users" (a warning; the database was left behind).
    """
    from django.db.backends.signals import connection_created

    opened = weakref.WeakSet()

    def remember(sender, connection, **kwargs):
        opened.add(connection)

    connection_created.connect(remember, weak=False, dispatch_uid="tests.conftest.django_db_setup")
    try:
        yield
    finally:
        connection_created.disconnect(dispatch_uid="tests.conftest.django_db_setup")
        # close() is async-unsafe; while Playwright's loop runs, tests/e2e/conftest.py's DJANGO_ALLOW_ASYNC_UNSAFE
        # lets it run. One connection that fails to close does not keep the others open; the first error is raised.
        failures = []
        for wrapper in list(opened):
            wrapper.inc_thread_sharing()  # a connection a finished thread left open is closed here too
            try:
                wrapper.close()
            except Exception as error:  # noqa: BLE001 - close the rest, then raise
                failures.append(error)
            finally:
                wrapper.dec_thread_sharing()
        if failures:
            raise failures[0]


@pytest.fixture(autouse=True, scope="session")
def _transactional_tests_keep_content_types():
    """Transactional tests end with `empty_the_tables` instead of Django's flush and `post_migrate` (Django
    5.2's `TransactionTestCase._fixture_teardown`, which pytest-django's `transactional_db` calls)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TransactionTestCase, "_fixture_teardown", empty_the_tables)
        yield


@pytest.fixture(autouse=True)
def _temporary_media(settings, tmp_path_factory):
    """Uploads, renditions and certificate PDFs of a test go to temporary folders, never the checkout's."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    settings.PRIVATE_MEDIA_ROOT = tmp_path_factory.mktemp("private")


@pytest.fixture(autouse=True)
def _dutch_after_each_test():
    """A request in English (language cookie or Accept-Language) leaves English active in the test's thread, as
    the test client shares it; reset to Dutch afterwards, as every real request starts from its own language.
    Without this, a report's "alle teams" read "all teams" in whichever test ran next in the same worker."""
    from django.conf import settings
    from django.utils import translation

    yield
    translation.activate(settings.LANGUAGE_CODE)


DEMO_PASSWORD = "demo-wachtwoord-123"


@contextmanager
def kept_for_the_scope(django_db_blocker, tmp_path_factory):
    """Data made in the block (with `django_db_blocker.unblock()`) is kept for the tests of a class or module.

    For a class- or module-scoped fixture: it opens a transaction, the fixture makes its data in it, and the
    transaction is rolled back when the fixture's scope ends. Each test still runs in its own savepoint inside it
    (pytest-django's `db`), so what one test changes is undone before the next, as if each had made the data
    itself; only the making is shared. For tests that use the plain `db` only: a `transactional_db` or
    live-server test empties the tables and cannot run inside it.

    Files uploaded meanwhile go to a temporary folder (never the checkout's), whose path the block gets; the
    tests themselves get their own empty media folder (`_temporary_media`), see `copy_shared_media`.
    """
    from django.db import transaction
    from django.test import override_settings

    media = tmp_path_factory.mktemp("shared-media")
    with override_settings(MEDIA_ROOT=media, PRIVATE_MEDIA_ROOT=tmp_path_factory.mktemp("shared-private")):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer._from_testcase = True  # as Django's TestCase marks its own: durable blocks may run inside
            outer.__enter__()
        try:
            yield media
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)


def world_with_learners(make_world, add_learners, django_db_blocker, tmp_path_factory):
    """For a class-scoped fixture `world_with_learners_for_the_class`: yields (world, learners), made once with
    the module's `make_world(catalogue, audiences)` and `add_learners(world, random.Random(7), 14)` and kept
    for the scope (`kept_for_the_scope`)."""
    with kept_for_the_scope(django_db_blocker, tmp_path_factory):
        with django_db_blocker.unblock():
            world = make_world(make_catalogue(make_home_page(), audiences := make_audiences()), audiences)
            yield world, add_learners(world, random.Random(7), 14)


class WorldAndLearnersSharedByTheClass:
    """Base of a test class whose tests share one `world` and its `learners`, made once for the class by the
    module's class-scoped fixture `world_with_learners_for_the_class` (with `kept_for_the_scope`). Each test's
    changes are rolled back and each gets its own copy of the objects (as Django's setUpTestData), so none sees
    another's edits."""

    @pytest.fixture
    def shared(self, world_with_learners_for_the_class, db):
        return copy.deepcopy(world_with_learners_for_the_class)

    @pytest.fixture
    def world(self, shared):
        return shared[0]

    @pytest.fixture
    def learners(self, shared):
        return shared[1]


@pytest.fixture(scope="module")
def demo_for_the_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """`load_demo` run once for the tests of a module (see `kept_for_the_scope`).

    `demo_shared_by_the_module` copies the demo's images into each test's own media folder (and `_fresh_cache`
    empties the cache the loading filled). DEMO_PASSWORD is set, so the demo accounts can log in.
    """
    from django.core.management import call_command

    with pytest.MonkeyPatch.context() as environment, kept_for_the_scope(django_db_blocker, tmp_path_factory) as media:
        environment.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
        with django_db_blocker.unblock():
            call_command("load_demo", stdout=io.StringIO())
        yield media


def copy_shared_media(shared_media, settings):
    """The files uploaded while the shared data was made, in this test's own (fresh) media folder."""
    shutil.copytree(shared_media, settings.MEDIA_ROOT, dirs_exist_ok=True)


@pytest.fixture
def demo_shared_by_the_module(demo_for_the_module, db, _temporary_media, settings):
    """The demo content for a test, loaded once for its whole module; what the test changes is rolled back."""
    copy_shared_media(demo_for_the_module, settings)
