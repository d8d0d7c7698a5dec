from types import SimpleNamespace

from wagtail.models import Locale, Page, Site

import pytest

from accounts.factories import AudienceFactory, OrganisationFactory, UserFactory
from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from home.factories import HomePageFactory, StandardPageFactory
from home.models import SiteSettings


@pytest.fixture
def home_page(db):
    # Transactional (browser) tests flush the tables Wagtail's migrations filled; put them back.
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
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


@pytest.fixture
def audiences(db):
    return SimpleNamespace(
        social=AudienceFactory(name="Sociaal domein", slug="sociaal-domein"),
        school=AudienceFactory(name="Onderwijs", slug="onderwijs"),
    )


@pytest.fixture
def catalogue(home_page, audiences):
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
