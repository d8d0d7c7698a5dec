"""Private modules (Wagtail's "Privacy" setting on a page): whoever may see the module page may also use its
buttons (start the module, finish a lesson, start the quiz) and download its signal card; nobody else can.

The buttons' views act outside Wagtail's page serving, so they apply the page's view restrictions themselves
(`home.routing.accepts`); the signal card answers what the page answers (`home.routing.serve_like_page`).
"""

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from courses.models import Enrolment, LessonCompletion
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


@pytest.fixture
def quiz(catalogue):
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Situatie 1")])


def restrict(page, kind, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)


def use_every_button(client, catalogue, quiz):
    """Start the social module, finish its first lesson, start its quiz, fetch its signal card: the responses."""
    return {
        "start": client.post(reverse("courses:start_course", args=[catalogue.social.pk])),
        "lesson": client.post(reverse("courses:complete_lesson", args=[catalogue.social_lessons[0].pk])),
        "quiz": client.post(reverse("quizzes:start", args=[quiz.pk])),
        "card": client.get(reverse("courses:signal_card", args=[catalogue.social.pk])),
    }


def nothing_stored(user):
    return not (
        Enrolment.objects.filter(user=user).exists()
        or LessonCompletion.objects.filter(user=user).exists()
        or Attempt.objects.filter(user=user).exists()
    )


def test_a_module_for_signed_in_learners_works_for_a_signed_in_learner(learner_client, learner, catalogue, quiz):
    """A module that only asks visitors to log in: a signed-in learner starts it, finishes a lesson, starts the
    quiz and downloads the signal card, as on a public module."""
    restrict(catalogue.social, PageViewRestriction.LOGIN)
    responses = use_every_button(learner_client, catalogue, quiz)

    assert responses["start"].status_code == 302
    assert responses["lesson"].status_code == 302
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    assert responses["quiz"].url == reverse("quizzes:question", args=[attempt.uuid, 1])
    assert Enrolment.objects.filter(user=learner, course=catalogue.social).exists()
    assert LessonCompletion.objects.filter(user=learner, lesson=catalogue.social_lessons[0]).exists()
    assert responses["card"].status_code == 200
    assert responses["card"]["Content-Type"] == "application/pdf"


def test_the_signal_card_of_a_module_for_signed_in_learners_asks_a_visitor_to_log_in(catalogue):
    """Like the module page itself: the anonymous visitor is sent to the log-in page, and comes back after."""
    restrict(catalogue.social, PageViewRestriction.LOGIN)
    url = reverse("courses:signal_card", args=[catalogue.social.pk])
    page = Client().get(catalogue.social.url)
    card = Client().get(url)

    login = reverse("account_login")
    assert page.status_code == card.status_code == 302
    assert page.url == f"{login}?next={catalogue.social.url}"
    assert card.url == f"{login}?next={url}"


def test_a_module_behind_a_password_opens_only_after_the_password(learner_client, learner, catalogue, quiz):
    """Without the password: no button works (404, nothing stored) and the signal card shows the password
    form, as the page does. After the password, given once in this session, everything works.

    The admin does not offer passwords (`WAGTAIL_PRIVATE_PAGE_OPTIONS`), but a restriction made before that
    setting worked, or by code, still counts."""
    restriction = restrict(catalogue.social, PageViewRestriction.PASSWORD, password="geheim-woord")
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [404, 404, 404]
    assert nothing_stored(learner)
    assert responses["card"]["Content-Type"] != "application/pdf"
    assert 'name="password"' in responses["card"].content.decode()

    password_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, catalogue.social.pk])
    learner_client.post(password_url, {"password": "geheim-woord", "return_url": "/"})
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [302, 302, 302]
    assert responses["card"]["Content-Type"] == "application/pdf"
    assert not nothing_stored(learner)


def test_a_module_for_one_group_is_closed_to_other_learners(learner_client, learner, catalogue, quiz):
    """A module for the members of one group: another signed-in learner is told so (403, no log-in loop) on
    the page, its lessons and its signal card, gets a 404 from every button and no record; once in the
    group, everything works."""
    group = Group.objects.create(name="Pilot Almere")
    restriction = restrict(catalogue.social, PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [404, 404, 404]
    assert nothing_stored(learner)
    for response in (
        responses["card"],
        learner_client.get(catalogue.social.url),
        learner_client.get(catalogue.social_lessons[0].url),
    ):
        assert response.status_code == 403
        assert "Niet voor jouw groep" in response.content.decode()
        assert "no-cache" in response["Cache-Control"]

    learner.groups.add(group)
    responses = use_every_button(learner_client, catalogue, quiz)

    assert [responses[name].status_code for name in ("start", "lesson", "quiz")] == [302, 302, 302]
    assert responses["card"]["Content-Type"] == "application/pdf"


def test_the_admin_offers_no_shared_password():
    """The coordinator's Privacy dialog (pages and document collections) offers signed-in users and groups,
    never a shared password: Wagtail reads `{"SHARED_PASSWORD": False}`."""
    from wagtail.admin.forms.collections import CollectionViewRestrictionForm
    from wagtail.admin.forms.pages import PageViewRestrictionForm

    from courses.models import CoursePage

    page_form = PageViewRestrictionForm(private_page_options=CoursePage.private_page_options)
    collection_form = CollectionViewRestrictionForm()
    for form in (page_form, collection_form):
        kinds = [kind for kind, _label in form.fields["restriction_type"].choices]
        assert PageViewRestriction.PASSWORD not in kinds
        assert {PageViewRestriction.LOGIN, PageViewRestriction.GROUPS} <= set(kinds)
        assert "password" not in form.fields


def test_wagtails_own_log_in_form_logs_nobody_in(client, learner):
    """/_util/login/ (Wagtail's front-end log-in, which knows nothing of confirmed addresses, rate limits or
    two-factor) only sends people on to the site's log-in page, with their `next` page; a POST with a right
    password logs nobody in."""
    shown = client.get("/_util/login/?next=/modules/")
    sent = client.post("/_util/login/", {"username": learner.email, "password": "correct-horse-battery"})

    assert shown.status_code == 302 and shown.url == reverse("account_login") + "?next=/modules/"
    assert sent.status_code == 302 and sent.url == reverse("account_login")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("courses:dashboard")).status_code == 302


def test_a_password_page_made_earlier_has_the_sites_look(learner_client, catalogue):
    """A page made private with a password before that option was switched off: the form is the site's own
    (Dutch, labelled field); a wrong password shows the error summary and opens nothing; the right one
    returns to the page."""
    restriction = restrict(catalogue.social, PageViewRestriction.PASSWORD, password="geheim-woord")
    page = learner_client.get(catalogue.social.url).content.decode()

    assert "Wachtwoord nodig" in page and 'class="utrecht-form lk-form"' in page
    assert '<label class="utrecht-form-label" for="id_password">' in page
    assert 'id="form-errors"' not in page

    password_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, catalogue.social.pk])
    wrong = learner_client.post(password_url, {"password": "raden", "return_url": catalogue.social.url})
    wrong_page = wrong.content.decode()
    assert wrong.status_code == 200 and 'id="form-errors"' in wrong_page and 'href="#id_password"' in wrong_page
    assert "Wachtwoord nodig" in learner_client.get(catalogue.social.url).content.decode()

    right = learner_client.post(password_url, {"password": "geheim-woord", "return_url": catalogue.social.url})
    assert right.status_code == 302 and right.url == catalogue.social.url
    assert "Wachtwoord nodig" not in learner_client.get(catalogue.social.url).content.decode()


def test_a_module_for_one_group_is_listed_for_its_members(client, learner, catalogue):
    """A module private to one group is listed (home, modules page) for the group's members only, at once when
    someone joins the group or the module's groups change; a member who started it finds it on the dashboard
    (which lists started modules and those for the learner's team)."""
    member_group, other_group = Group.objects.create(name="Pilot scholen"), Group.objects.create(name="Pilot zorg")
    restriction = restrict(catalogue.school, PageViewRestriction.GROUPS)
    restriction.groups.add(member_group)
    urls = [catalogue.home.url, catalogue.index.url]

    def listed():
        return [url for url in urls if "Signalen op school" in client.get(url).content.decode()]

    assert "Signalen op school" not in Client().get(catalogue.index.url).content.decode()
    client.force_login(learner)
    assert listed() == []

    learner.groups.add(member_group)
    assert listed() == urls
    assert "Signalen in het sociaal domein" in client.get(catalogue.index.url).content.decode()
    client.post(reverse("courses:start_course", args=[catalogue.school.pk]))
    assert Enrolment.objects.filter(user=learner, course=catalogue.school).exists()
    assert "Signalen op school" in client.get(reverse("courses:dashboard")).content.decode()

    restriction.groups.set([other_group])
    assert listed() == []
    assert "Signalen op school" not in client.get(reverse("courses:dashboard")).content.decode()


def test_a_learner_taken_out_of_the_group_cannot_go_on_with_an_open_attempt(learner_client, learner, catalogue, quiz):
    """Taken out of the module's group half-way, the learner's open attempt shows and takes nothing more
    (403, no answer stored); the result of an attempt they finished before stays theirs."""
    group = Group.objects.create(name="Pilot Almere")
    restrict(catalogue.social, PageViewRestriction.GROUPS).groups.add(group)
    learner.groups.add(group)
    learner_client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    question = reverse("quizzes:question", args=[attempt.uuid, 1])
    assert learner_client.get(question).status_code == 200

    learner.groups.remove(group)
    choice = attempt.questions[0]["choices"][0]["key"]
    responses = [
        learner_client.get(question),
        learner_client.post(question, {"choice": choice}),
        learner_client.get(reverse("quizzes:resume", args=[attempt.uuid])),
    ]

    assert [response.status_code for response in responses] == [403, 403, 403]
    assert "Situatie 1" not in responses[0].content.decode()
    assert not attempt.answers.exists()


def test_a_document_collection_given_a_password_earlier_has_the_sites_form(client):
    """A document in a collection made private with a password before that option was switched off: the
    password form is the site's own, in Dutch."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Werkgroep")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="geheim-woord"
    )
    document = get_document_model().objects.create(
        title="Verslag", collection=collection, file=ContentFile(b"%PDF-1.4 verslag", name="verslag.pdf")
    )
    html = client.get(document.url).content.decode()

    assert "Wachtwoord nodig" in html and '<label class="utrecht-form-label" for="id_password">' in html
