"""The big screen and the phones as pages: no site chrome, and one lettering for decision paths on the
question screen, the reveal and the facilitator guide."""

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from accounts.factories import UserFactory
from quizzes.factories import PathQuestionFactory, QuestionFactory, QuizPageFactory
from quizzes.models import Question
from team_sessions import facilitator_guide
from team_sessions import services as sessions
from team_sessions.models import TeamSession

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


@pytest.fixture
def facilitator():
    user = UserFactory(full_name="Fleur Begeleider")
    user.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
    return user


@pytest.fixture
def path_session(facilitator, catalogue):
    quiz = QuizPageFactory(parent=catalogue.social, questions=[PathQuestionFactory(title="Het pad")], pass_mark=50)
    return sessions.start_session(facilitator, quiz, "Team mentoren")


def presenter(facilitator, session):
    client = Client()
    client.force_login(facilitator)
    return client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()


def test_lettered_steps_number_steps_and_letter_choices():
    """Steps are "Stap 1", "Stap 2"; a choice is step number + letter; a choice names the step it leads to."""
    steps = [
        {"key": "start", "choices": [{"text": "a", "next_step": "apart"}, {"text": "b", "next_step": ""}]},
        {"key": "apart", "choices": [{"text": "c", "next_step": ""}]},
    ]
    with translation.override("nl"):
        lettered = sessions.lettered_steps(steps)
    assert [s["title"] for s in lettered] == ["Stap 1", "Stap 2"]
    assert [[c["label"] for c in s["choices"]] for s in lettered] == [["1A", "1B"], ["2A"]]
    assert lettered[0]["choices"][0]["next_title"] == "Stap 2" and lettered[0]["choices"][1]["next_title"] == ""


def test_a_path_end_keeps_its_letter_from_the_question_screen_to_the_reveal(facilitator, path_session):
    """'1B' on the question screen is the same choice as '1B' in the reveal's distribution."""
    sessions.open_first_question(path_session)
    question_screen = presenter(facilitator, path_session)
    assert '1A</span> <span lang="nl">Apart gaan praten' in question_screen
    assert '1B</span> <span lang="nl">De baas aanspreken' in question_screen
    sessions.reveal(path_session, 1)
    rows = sessions.distribution(path_session, 1)["rows"]
    assert [(row["letter"], row["text"]) for row in rows] == [
        ("1B", "De baas aanspreken"),
        ("2A", "Met een onafhankelijke tolk"),
        ("2B", "Met de collega als tolk"),
    ]
    assert "2A</span>" in presenter(facilitator, path_session)


def test_the_guide_uses_the_same_letters_and_no_step_codes(path_session, catalogue):
    """The facilitator guide shows 'Stap 1', '1A' and '→ Stap 2', never the internal keys 'start'/'apart'."""
    html = facilitator_guide.render_guide_html(catalogue.social)
    assert "<b>Stap 1</b>" in html and "<b>1A</b> Apart gaan praten → Stap 2" in html
    assert "<b>2B</b> Met de collega als tolk" in html
    assert "‘start’" not in html and "‘apart’" not in html


def test_the_big_screen_has_no_site_menu_or_footer(facilitator, path_session):
    """The presenter is a presentation: no site header, menu ('Uitloggen') or footer; a fullscreen button
    and the shortcuts are there."""
    html = presenter(facilitator, path_session)
    assert "<header" not in html and "<footer" not in html and "<nav" not in html
    assert "Uitloggen" not in html
    assert "data-fullscreen" in html and "PageDown" in html


def test_the_shortcuts_are_in_the_chosen_language(facilitator, path_session, settings):
    """The key hint reads "Spatie" in Dutch and "Space" in English (it was "Spatie" in English too)."""
    assert "<kbd>Spatie</kbd>" in presenter(facilitator, path_session)
    client = Client()
    client.force_login(facilitator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(reverse("team_sessions:present", args=[path_session.uuid])).content.decode()
    assert "<kbd>Space</kbd>" in html and "Spatie" not in html


def test_a_phone_after_the_end_is_titled_so(client, path_session):
    """After the end the phone's browser title says the session is over, not "Vraag 1 van 1"."""
    client.post(reverse("team_sessions:join", args=[path_session.code]), {"display_name": "Anna"})
    sessions.open_first_question(path_session)
    page = client.get(reverse("team_sessions:join", args=[path_session.code])).content.decode()
    assert "<title>Vraag 1 van 1 · Team mentoren" in page
    sessions.end_session(path_session)
    page = client.get(reverse("team_sessions:join", args=[path_session.code])).content.decode()
    assert "<title>De sessie is afgelopen · Team mentoren" in page and "Vraag 1 van 1" not in page


def test_phone_pages_have_no_site_menu(client, path_session):
    """On /doe-mee/ there is no 'Inloggen' or 'Account maken': only the code."""
    for url in (reverse("team_sessions:join_lookup"), reverse("team_sessions:join", args=[path_session.code])):
        html = client.get(url).content.decode()
        assert "Inloggen" not in html and "Account maken" not in html and "<nav" not in html


def test_a_second_presenter_screen_follows_from_the_answers_too(facilitator, path_session):
    """A laptop tab beside the projector's: on the answers screen (and in one-screen mode) it still polls,
    and is sent on when the other screen moves the session."""
    client = Client()
    client.force_login(facilitator)
    sessions.open_first_question(path_session)
    sessions.reveal(path_session, 1)
    url = reverse("team_sessions:present", args=[path_session.uuid])
    html = client.get(url).content.decode()
    status = reverse("team_sessions:present_status", args=[path_session.uuid])
    assert f'hx-get="{status}?stage=revealed-1' in html
    assert client.get(status, {"stage": "revealed-1"}, headers={"HX-Request": "true"}).status_code in (200, 204)
    sessions.end_session(path_session)  # the projector's tab ended it
    moved = client.get(status, {"stage": "revealed-1"}, headers={"HX-Request": "true"})
    assert moved.status_code == 204 and moved["HX-Redirect"].startswith(url)


def test_the_big_screen_says_when_more_answers_can_be_right(facilitator, catalogue):
    """The phones say "Kies alle antwoorden die kloppen"; so does the projector, or the room guesses one."""
    multiple = QuestionFactory(
        title="Meer goed", kind=Question.Kind.MULTIPLE, choices=[("Eén", True), ("Twee", True), ("Drie", False)]
    )
    quiz = QuizPageFactory(parent=catalogue.social, questions=[multiple, QuestionFactory()], pass_mark=50)
    session = sessions.start_session(facilitator, quiz, "Team")
    sessions.open_first_question(session)
    session.refresh_from_db()
    note = "Kies alle antwoorden die kloppen."
    first_is_multiple = session.question_at(1).is_multiple
    assert (note in presenter(facilitator, session)) is first_is_multiple
    sessions.reveal(session, 1)
    sessions.next_question(session, 1)
    session.refresh_from_db()
    assert (note in presenter(facilitator, session)) is (not first_is_multiple)


def test_latecomers_find_the_way_in_on_every_question_screen(facilitator, path_session, catalogue):
    """Once the session has started the lobby's code is gone from the big screen; a line at the top keeps the
    address and the code there for latecomers, on the question and on the reveal. Not in the lobby (it shows
    both large) and not in one-screen mode (nobody joins by phone)."""
    late = "Later erbij? Ga naar testserver/doe-mee/, code"
    assert late not in presenter(facilitator, path_session)
    sessions.open_first_question(path_session)
    question_screen = presenter(facilitator, path_session)
    assert late in question_screen and path_session.display_code in question_screen
    sessions.reveal(path_session, 1)
    assert late in presenter(facilitator, path_session)
    quiz = QuizPageFactory(parent=catalogue.social, slug="samen", questions=[QuestionFactory(title="Samen")])
    one_screen = sessions.start_session(facilitator, quiz, "Team", mode=TeamSession.Mode.ONE_SCREEN)
    sessions.open_first_question(one_screen)
    assert late not in presenter(facilitator, one_screen)
