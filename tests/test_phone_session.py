# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""A participant's phone in a team session (/doe-mee/<code>/): the join code as typed on any keyboard, what a
phone says before and after an answer, a second tab, the timer, and the big screen's letters in the feedback."""

from datetime import timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from quizzes.factories import PathQuestionFactory, QuizPageFactory
from team_sessions.models import SessionAnswer, TeamSession
from team_sessions.services import start_session
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    answer,
    control,
    facilitator,
    facilitator_client,
    phone,
    quiz,
    right_key,
    session,
    wrong_key,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def fullwidth(digits):
    return "".join(chr(0xFF10 + int(d)) for d in digits)


def arabic_indic(digits):
    return "".join(chr(0x0660 + int(d)) for d in digits)


def statements(queries):
    """The SQL a request ran, without the transaction's own BEGIN/SAVEPOINT/COMMIT/RELEASE."""
    control_words = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
    return [query["sql"] for query in queries if not query["sql"].upper().startswith(control_words)]


class TestPhoneRequestsAreLean:
    """A room of phones answers within seconds and polls every few: each of those requests finds the seat and
    its session in one query (docs/performance.md, "Many phones at once")."""

    def test_an_answer_runs_four_statements(self, session, facilitator_client):
        """An answer: the seat with its session in one query, then the stage (locked), the earlier answer, the
        insert. The answer is stored."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        with CaptureQueriesContext(connection) as queries:
            response = answer(anna, session, right_key(session.questions[0]))
        assert response.status_code == 302
        sql = statements(queries)[1:]  # after answer()'s own refresh of the test's session
        # the seat with its session; the open question (locked); this phone's answer so far; the new answer
        assert len(sql) == 4, sql
        assert SessionAnswer.objects.get(participant__display_name="Anna").completed

    def test_a_poll_while_nothing_changed_runs_one_query(self, session):
        """A poll while the session stays where the phone is: one query (the seat with its session), then 204."""
        anna = phone(session, "Anna")
        url = reverse("team_sessions:phone_status", args=[session.code])
        with CaptureQueriesContext(connection) as queries:
            response = anna.get(url, {"stage": f"{session.stage}-{session.position}", "seen": ""})
        assert response.status_code == 204
        assert len(queries) == 1, [query["sql"] for query in queries]

    def test_only_a_response_that_needs_the_site_reads_it(self, session, facilitator_client, monkeypatch):
        """The site (the root of the page tree, its settings) is read from the cache when a response needs it,
        once: the home page does. A phone's poll, its answer and its page do not (home.routing.SiteCacheMiddleware)."""
        from home import routing

        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        read_for = []
        real = routing.site_for_request
        monkeypatch.setattr(routing, "site_for_request", lambda request: read_for.append(request.path) or real(request))
        stage = f"{session.stage}-{session.position}"
        poll = anna.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": stage, "seen": ""})
        assert poll.status_code == 204
        assert answer(anna, session, right_key(session.questions[0])).status_code == 302
        assert anna.get(join_url(session)).status_code == 200
        assert read_for == []
        home = anna.get("/")
        assert home.status_code == 200 and read_for == ["/"]
        assert type(home.wsgi_request).__name__ == "WSGIRequest"


class TestJoinCode:
    @pytest.mark.parametrize(
        "typed",
        [
            fullwidth,  # a Japanese or Chinese keyboard: "９４５７４２"
            arabic_indic,  # "٩٤٥٧٤٢"
            lambda code: f"{fullwidth(code[:3])}\u3000\uff0d{fullwidth(code[3:])}",  # with "　－" between
        ],
        ids=["full-width", "arabic-indic", "full-width-spaced"],
    )
    def test_digits_of_any_script_find_the_session(self, session, typed):
        """Full-width and other Unicode decimal digits are read as the ASCII digits of the code."""
        response = Client().get(reverse("team_sessions:join_lookup"), {"code": typed(session.code)})
        assert response.status_code == 302
        assert response["Location"] == reverse("team_sessions:join", args=[session.code])

    @pytest.mark.parametrize("typed", ["¹²³⁴⁵⁶", "12345⑥", "1234五六"])
    def test_digit_like_characters_that_are_not_decimal_digits_are_refused(self, session, typed):
        """Superscripts, circled figures and number words are no code: the format message, not a lookup."""
        response = Client().get(reverse("team_sessions:join_lookup"), {"code": typed})
        assert response.status_code == 400
        assert "zes cijfers" in response.content.decode()


def join_url(session):
    return reverse("team_sessions:join", args=[session.code])


def path_session(facilitator, facilitator_client, catalogue):
    quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
    session = start_session(facilitator, quiz, "Team mentoren")
    anna = phone(session, "Anna")
    control(facilitator_client, session, "start")
    session.refresh_from_db()
    start, apart = session.questions[0]["steps"]
    return session, anna, start, apart


def choice(step, text):
    """(label, key) of the choice with this text in a step of the snapshot; the label as the big screen shows it."""
    index, found = next((i, c) for i, c in enumerate(step["choices"]) if c["text"] == text)
    return index, found["key"]


def step_post(client, session, step, key):
    url = reverse("team_sessions:answer", args=[session.code])
    return client.post(url, {"position": 1, "step": step["key"], "choice": key})


class TestAnAnswerThatAlreadyCounted:
    def test_a_second_tab_on_a_path_step_gets_a_neutral_note_and_the_next_step_unmarked(
        self, facilitator, facilitator_client, catalogue
    ):
        """Tab 1 chose 1A, tab 2 (still at step 1) sends 1B: no red error box and no options marked invalid,
        but a note that 1A counted, and step 2 ready to answer."""
        session, anna, start, apart = path_session(facilitator, facilitator_client, catalogue)
        _i, go_apart = choice(start, "Apart gaan praten")
        _i, boss = choice(start, "De baas aanspreken")
        assert step_post(anna, session, start, go_apart).status_code == 302
        response = step_post(anna, session, start, boss)
        html = response.content.decode()
        assert response.status_code == 409
        assert "Bij stap 1 had je al 1A gekozen. Je eerste keuze telt." in html
        assert "utrecht-alert--error" not in html and "Controleer je antwoord" not in html
        assert "utrecht-form-fieldset--invalid" not in html and "utrecht-form-field-error-message" not in html
        assert "Met een onafhankelijke tolk" in html  # step 2's options, to answer now
        assert SessionAnswer.objects.get().path == [{"step": start["key"], "choice": go_apart}]

    def test_a_plain_question_answered_in_another_tab_gets_a_neutral_note(self, facilitator_client, session):
        """The question was answered in tab 1; tab 2 sends another option: the first counts, said without red."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        question = session.questions[0]
        answer(anna, session, right_key(question))
        response = answer(anna, session, wrong_key(question))
        html = response.content.decode()
        assert response.status_code == 409
        assert "Je had deze vraag al beantwoord. Je eerste antwoord telt." in html
        assert "utrecht-alert--error" not in html and "Controleer je antwoord" not in html
        assert 'class="utrecht-alert utrecht-alert--info lk-phone-notice" role="status"' in html
        assert SessionAnswer.objects.get().chosen == [right_key(question)]

    def test_a_form_sent_without_a_choice_is_still_an_error(self, facilitator_client, session):
        """Nothing chosen is a mistake the participant can fix: that one stays an error at the options."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        response = answer(anna, session, "")
        assert response.status_code == 400 and "Controleer je antwoord" in response.content.decode()


class TestBeforeAndAfterAnswering:
    def test_the_form_says_the_answer_is_final_next_to_the_button(self, facilitator_client, session):
        """Before submitting, the participant reads that the answer cannot be changed; the button points to it."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        html = anna.get(join_url(session)).content.decode()
        note = html.index('id="final-note"')
        assert "Je kunt je antwoord daarna niet meer veranderen." in html[note : note + 200]
        assert 'aria-describedby="final-note"' in html[note:]

    def test_a_path_step_says_the_choice_is_final(self, facilitator, facilitator_client, catalogue):
        """On a decision path the note speaks of the choice at this step."""
        session, anna, _start, _apart = path_session(facilitator, facilitator_client, catalogue)
        assert "Je kunt je keuze daarna niet meer veranderen." in anna.get(join_url(session)).content.decode()

    def test_after_answering_the_phone_shows_the_letter_and_text_chosen(self, facilitator_client, session):
        """ "Je antwoord is ontvangen", and below it the option chosen with the big screen's letter."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        question = session.questions[0]
        index = next(i for i, c in enumerate(question["choices"]) if not c["correct"])
        answer(anna, session, question["choices"][index]["key"])
        html = anna.get(join_url(session)).content.decode()
        letter = "ABC"[index]
        assert "Je antwoord is ontvangen" in html and "Jouw keuze:" in html
        assert f'<span class="lk-options__letter">{letter}</span> <span lang="nl">' in html
        assert question["choices"][index]["text"] in html
        # Before the reveal nothing says whether it was right.
        assert "dit was het goede antwoord" not in html and "Uitleg bij:" not in html

    def test_a_path_shows_the_route_with_labels_while_walking_and_when_done(
        self, facilitator, facilitator_client, catalogue
    ):
        """Mid-path "Eerder gekozen" lists 1A with its text; at the end "Jouw route" lists 1A and 2B."""
        session, anna, start, apart = path_session(facilitator, facilitator_client, catalogue)
        _i, go_apart = choice(start, "Apart gaan praten")
        step_post(anna, session, start, go_apart)
        html = anna.get(join_url(session)).content.decode()
        assert "Eerder gekozen" in html
        assert '<span class="lk-options__letter">1A</span> <span lang="nl">Apart gaan praten</span>' in html
        index, colleague = choice(apart, "Met de collega als tolk")
        step_post(anna, session, apart, colleague)
        html = anna.get(join_url(session)).content.decode()
        assert "Jouw route:" in html
        second = f'>2{"AB"[index]}</span> <span lang="nl">Met de collega als tolk'
        assert html.index(">1A</span>") < html.index(second)


class TestTimeUp:
    def test_time_up_is_neutral_and_says_answers_still_count_until_the_reveal(self, facilitator_client, session):
        """ "De tijd is om" without the error colour class, with the hint that answering still works until the
        facilitator shows the answers; and indeed the answer is then still taken."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
        block = anna.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "question-1"})
        html = block.content.decode()
        assert "De tijd is om" in html and "lk-timer--up" not in html
        assert "Je kunt nog antwoorden, tot de begeleider de antwoorden laat zien." in html
        assert "lk-timer--up" not in anna.get(join_url(session)).content.decode()
        assert answer(anna, session, right_key(session.questions[0])).status_code == 302

    def test_after_answering_time_up_says_no_more_than_that(self, facilitator_client, session):
        """A phone that answered is not told it can still answer."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
        html = anna.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "question-1"})
        html = html.content.decode()
        assert "De tijd is om" in html and "Je kunt nog antwoorden" not in html


class TestLettersInTheFeedback:
    def test_the_reveal_on_the_phone_carries_the_big_screens_letters(self, facilitator_client, session):
        """Each option in the phone's feedback starts with its letter (A, B, C), as on the big screen."""
        anna = phone(session)
        control(facilitator_client, session, "start")
        question = session.questions[0]
        answer(anna, session, right_key(question))
        control(facilitator_client, session, "reveal")
        html = anna.get(join_url(session)).content.decode()
        for letter, option in zip("ABC", question["choices"], strict=True):
            assert f'<span class="lk-options__letter">{letter}</span> {option["text"]}' in html

    def test_the_reveal_of_a_path_labels_each_choice_taken(self, facilitator, facilitator_client, catalogue):
        """ "Jouw keuze: 1A Apart gaan praten", then 2A or 2B, as the big screen labels the steps."""
        session, anna, start, apart = path_session(facilitator, facilitator_client, catalogue)
        _i, go_apart = choice(start, "Apart gaan praten")
        step_post(anna, session, start, go_apart)
        index, interpreter = choice(apart, "Met een onafhankelijke tolk")
        step_post(anna, session, apart, interpreter)
        control(facilitator_client, session, "reveal")
        html = anna.get(join_url(session)).content.decode()
        assert '<span class="lk-options__letter">1A</span> Apart gaan praten' in html
        assert f'<span class="lk-options__letter">2{"AB"[index]}</span> Met een onafhankelijke tolk' in html


class TestGroupName:
    def test_the_group_has_its_own_line_on_the_join_form_and_the_phone(self, session):
        """The group name is not in the clamped module line, on the join form and once joined."""
        html = Client().get(join_url(session)).content.decode()
        assert '<p class="utrecht-paragraph lk-phone-group">Groep: Team mentoren, Het Baken</p>' in html
        html = phone(session).get(join_url(session)).content.decode()
        assert '<p class="utrecht-paragraph lk-phone-group">Groep: Team mentoren, Het Baken</p>' in html
