"""The question bank's checks in the admin: the panel on a question, the report, the command, item analysis."""

from collections import Counter

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from quizzes.factories import QuestionFactory, QuizPageFactory
from reports import question_bank
from reports.item_analysis import Analysis, ItemRow

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

LONG_RIGHT = [
    ("Ik schrijf op wat ik zie, overleg met mijn leidinggevende en bel Meld Misdaad Anoniem", True),
    ("Ik doe niets", False),
    ("Ik bel de huisbaas", False),
]
EVEN = [("Ik overleg met de aandachtsfunctionaris", True), ("Ik spreek de werkgever er zelf meteen op aan", False)]


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser(email="editor@example.org", password="x", full_name="Redacteur")
    client.force_login(editor)
    return client


@pytest.fixture
def bank(catalogue):
    """A weak question (right option longest, in no quiz) and a sound one (in a quiz, options of equal length)."""
    weak = QuestionFactory(title="Matrassen in de schuur", choices=LONG_RIGHT)
    sound = QuestionFactory(title="Loon via de uitzender", choices=EVEN, signals=[])
    QuizPageFactory(parent=catalogue.social, questions=[sound])
    return weak, sound


def edit_url(question):
    return f"/admin/snippets/quizzes/question/edit/{question.pk}/"


@pytest.mark.django_db
class TestQualityPanel:
    def test_panel_on_a_weak_question_names_each_flag_with_why_it_matters(self, editor_client, bank):
        """The edit screen of a weak question lists its flags with their reason."""
        weak, _sound = bank
        html = editor_client.get(edit_url(weak)).content.decode()
        assert "Controle van deze vraag" in html
        assert "Goede antwoord is het langste" in html and "gokken op lengte" in html
        assert "In geen enkele toets" in html and "oefent niemand" in html

    def test_panel_on_a_sound_question_says_nothing_stands_out(self, editor_client, bank):
        """A question in a quiz with even options gets no flag."""
        _weak, sound = bank
        html = editor_client.get(edit_url(sound)).content.decode()
        assert "valt niets op" in html and "In geen enkele toets" not in html

    def test_no_panel_when_adding_a_question(self, editor_client, bank):
        """A question that does not exist yet has nothing to check."""
        html = editor_client.get("/admin/snippets/quizzes/question/add/").content.decode()
        assert "Controle van deze vraag" not in html


@pytest.mark.django_db
class TestQuestionBankReport:
    def test_report_lists_flags_with_a_link_to_the_edit_screen(self, editor_client, bank):
        """The report names the weak question, why it matters, and links to its edit screen."""
        weak, sound = bank
        html = editor_client.get("/admin/vragenbank-controle/").content.decode()
        assert "Controle vragenbank" in html and "Waarom het uitmaakt" in html
        assert edit_url(weak) in html and "oefent niemand" in html
        assert edit_url(sound) not in html

    def test_report_exports_csv(self, editor_client, bank):
        """The flags can be downloaded as CSV with Dutch headings."""
        response = editor_client.get("/admin/vragenbank-controle/?export=csv")
        content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
        # Every CSV export is written for Dutch Excel: a byte-order mark and semicolons (home.exports).
        assert content.splitlines()[0].startswith("\ufeffVraag;Wat opvalt;Waar;Waarom het uitmaakt")
        assert "Matrassen in de schuur" in content

    def test_report_refuses_people_who_may_not_edit_questions(self, client, bank, learner):
        """A learner gets no report."""
        client.force_login(learner)
        assert client.get("/admin/vragenbank-controle/").status_code in (302, 403)


@pytest.mark.django_db
class TestCommand:
    def test_command_fails_on_a_weak_bank(self, bank, capsys):
        """`check_question_bank` prints each flag and exits non-zero when a flag is more than a hint."""
        with pytest.raises(CommandError) as failure:
            call_command("check_question_bank")
        assert failure.value.returncode == 1
        out = capsys.readouterr().out
        assert "[FOUT] Matrassen in de schuur — In geen enkele toets" in out
        assert "[hint] Matrassen in de schuur — Goede antwoord is het langste" in out

    def test_command_passes_a_sound_bank(self, catalogue, capsys):
        """A bank with only sound questions passes, so CI stays green."""
        sound = QuestionFactory(title="Loon via de uitzender", choices=EVEN, signals=[])
        QuizPageFactory(parent=catalogue.social, questions=[sound])
        call_command("check_question_bank")
        assert "0 fout" in capsys.readouterr().out


def item(question, answers=40, facility=0.6, discrimination=0.5, picks=None):
    return ItemRow(
        question_id=question.pk,
        title=question.title,
        kind=question.kind,
        answers=answers,
        score_sum=facility * answers,
        discrimination=discrimination,
        picks=Counter(picks or {}),
    )


@pytest.mark.django_db
class TestItemAnalysisFlags:
    @pytest.fixture
    def question(self, db):
        return QuestionFactory(
            title="Het busje om vijf uur", choices=[("Goed", True), ("Fout A", False), ("Fout B", False)]
        )

    def flags(self, monkeypatch, *rows):
        monkeypatch.setattr(question_bank, "cached_analysis", lambda scope: Analysis(items=list(rows), signals=[]))
        return {
            finding.code: finding
            for _pk, finding in question_bank.item_analysis_flags({r.question_id: self.q for r in rows})
        }

    def test_a_sound_item_has_no_flag(self, monkeypatch, question):
        """Facility 0.6, discrimination 0.5 and every wrong option picked: no flag."""
        self.q = question
        assert self.flags(monkeypatch, item(question, picks={"Goed": 24, "Fout A": 10, "Fout B": 6})) == {}

    def test_too_easy_too_hard_and_not_discriminating(self, monkeypatch, question):
        """Facility above 0.90 is a hint, below 0.30 a flag; discrimination below 0.20 a flag."""
        self.q = question
        picks = {"Goed": 1, "Fout A": 1, "Fout B": 1}
        easy = self.flags(monkeypatch, item(question, facility=0.95, discrimination=0.1, picks=picks))
        assert not easy[question_bank.ITEM_TOO_EASY].blocking and question_bank.ITEM_LOW_DISCRIMINATION in easy
        hard = self.flags(monkeypatch, item(question, facility=0.2, discrimination=0.4, picks=picks))
        assert hard[question_bank.ITEM_TOO_HARD].blocking and question_bank.ITEM_LOW_DISCRIMINATION not in hard

    def test_a_wrong_option_nobody_picks(self, monkeypatch, question):
        """A wrong option with no picks is named."""
        self.q = question
        flags = self.flags(monkeypatch, item(question, picks={"Goed": 30, "Fout A": 10}))
        assert "‘Fout B’, 0 van 40 keer gekozen" in flags[question_bank.UNUSED_DISTRACTOR].detail

    def test_too_few_answers_are_not_judged(self, monkeypatch, question):
        """Below twenty answers, no item flag."""
        self.q = question
        assert self.flags(monkeypatch, item(question, answers=10, facility=0.1)) == {}
