from quizzes import quality
from quizzes.quality import LessonData, ModuleData, Option, QuestionData, QuizData, Step


def single(title, texts, right=0, feedback="Uitleg.", key=None, signals=()):
    options = tuple(Option(text=t, correct=i == right, feedback=feedback) for i, t in enumerate(texts))
    return QuestionData(key=key or title, title=title, kind="single", options=options, signals=frozenset(signals))


def multiple(title, rights):
    options = tuple(Option(text=f"Keuze {i}", correct=r, feedback="Uitleg.") for i, r in enumerate(rights))
    return QuestionData(key=title, title=title, kind="multiple", options=options)


def path(title, steps):
    return QuestionData(key=title, title=title, kind="path", steps=tuple(steps))


def end(text, score, explanation="Dit betekent je keuze.", correct=False):
    return Option(text=text, correct=correct, feedback="Uitleg.", end_score=score, end_explanation=explanation)


def codes(findings):
    return [finding.code for finding in findings]


class TestAnswerLength:
    def test_question_whose_right_option_is_longest_gets_a_hint(self):
        """A question whose right option is clearly the longest is named, as a hint that does not block."""
        flagged = single("Lang", ["Overleg eerst met het Meld- en Adviespunt en schrijf de feiten op.", "Bel", "Wacht"])
        fine = single("Kort", ["Overleg", "Bel de werkgever op en vraag wat er aan de hand is.", "Wacht af"])
        findings = quality.right_option_longest([flagged, fine])
        assert [(f.code, f.question, f.blocking) for f in findings] == [(quality.RIGHT_OPTION_LONGEST, "Lang", False)]

    def test_bank_where_the_longest_option_is_usually_right_fails(self):
        """A bank where the right option is the longest more often than chance gives is one blocking finding."""
        biased = [single(f"V{i}", ["Een lang en precies goed antwoord hier.", "Fout", "Mis"]) for i in range(6)]
        findings = quality.length_bias(biased)
        assert codes(findings) == [quality.LENGTH_BIAS] and findings[0].blocking

    def test_bank_with_length_at_chance_passes(self):
        """A bank where the right option is the longest about one time in three passes."""
        bank = [single(f"V{i}", ["Goed antwoord", "Een langer maar fout antwoord", "Mis"]) for i in range(4)]
        bank += [single("V9", ["Het langste en goede antwoord.", "Fout", "Mis"])]
        assert quality.length_bias(bank) == []

    def test_path_steps_count_with_their_best_choice(self):
        """In a path, the choice that leads to the best end counts as the right one of its step."""
        data = {
            "slug": "pad",
            "title": "Pad",
            "kind": "path",
            "path": [
                {
                    "key": "start",
                    "choices": [
                        {"text": "Lang en goed antwoord hier", "feedback": "x", "end_score": 100},
                        {"text": "Kort", "feedback": "x", "end_score": 0},
                    ],
                }
            ],
        }
        assert codes(quality.right_option_longest([quality.question_from_data(data)])) == [quality.RIGHT_OPTION_LONGEST]


class TestPositionsAndCounts:
    def test_right_answer_always_in_the_same_place_fails(self):
        """When the right answer is nearly always option 2, the bank is flagged."""
        bank = [single(f"V{i}", ["a", "b", "c"], right=1) for i in range(5)]
        assert codes(quality.right_position_spread(bank)) == [quality.POSITION_SPREAD]

    def test_right_answers_spread_over_positions_pass(self):
        """Right answers spread over every position pass."""
        bank = [single(f"V{i}", ["a", "b", "c"], right=i % 3) for i in range(6)]
        assert quality.right_position_spread(bank) == []

    def test_same_number_of_right_options_everywhere_fails(self):
        """Multiple-choice questions that all have three right options of five are flagged."""
        bank = [multiple(f"M{i}", [True, True, True, False, False]) for i in range(4)]
        assert codes(quality.right_count_varies(bank)) == [quality.RIGHT_COUNT_UNIFORM]

    def test_varying_number_of_right_options_passes(self):
        """Two, three and four right options across the bank pass."""
        bank = [
            multiple("M1", [True, True, False, False, False]),
            multiple("M2", [True, True, True, False, False]),
            multiple("M3", [True, True, True, True, False]),
            multiple("M4", [True, False, False, False, False]),
        ]
        assert quality.right_count_varies(bank) == []


class TestFeedbackAndPaths:
    def test_option_without_feedback_is_named(self):
        """An option with empty feedback is named with its number."""
        question = single("Zonder", ["a", "b"], feedback="")
        findings = quality.options_without_feedback([question, single("Met", ["a", "b"])])
        assert codes(findings) == [quality.OPTION_WITHOUT_FEEDBACK] * 2
        assert {f.question for f in findings} == {"Zonder"}

    def test_path_end_without_explanation_is_named(self):
        """A path end without an explanation is named; ends with one are not."""
        step = Step(key="start", text="", options=(end("Goed", 100), end("Fout", 0, explanation=" ")))
        findings = quality.path_ends_without_explanation([path("Pad", [step])])
        assert [(f.code, f.detail) for f in findings] == [
            (quality.PATH_END_WITHOUT_EXPLANATION, "stap ‘start’, keuze 2")
        ]

    def test_unreachable_step_is_named(self):
        """A step that no choice leads to is named; reachable steps are not."""
        start = Step(key="start", text="", options=(Option("Verder", True, "x", next_step="twee"), end("Stop", 0)))
        two = Step(key="twee", text="", options=(end("Goed", 100),))
        lost = Step(key="los", text="", options=(end("Goed", 100),))
        findings = quality.unreachable_steps([path("Pad", [start, two, lost])])
        assert [f.detail for f in findings] == ["stap ‘los’"]


class TestQuizzesAndModules:
    def test_question_in_no_quiz_is_named(self):
        """A question no quiz asks is named; fixed and drawn questions are not."""
        asked, drawn, orphan = single("Gevraagd", ["a", "b"]), single("Getrokken", ["a", "b"]), single("Wees", ["a"])
        drawn = QuestionData(key="Getrokken", title="Getrokken", kind="single", signals=frozenset({"housing"}))
        quizzes = [
            QuizData("Toets", question_keys=("Gevraagd",), draws=(quality.Draw(signals=frozenset({"housing"})),))
        ]
        findings = quality.questions_in_no_quiz([asked, drawn, orphan], quizzes)
        assert [f.question for f in findings] == ["Wees"]

    def test_quiz_signal_no_lesson_teaches_is_named(self):
        """A quiz question about housing in a module whose lessons only teach control is flagged."""
        question = single("Woning", ["a", "b"], signals={"housing", "control"})
        module = ModuleData(
            "Zorg", lessons=(LessonData("Les", signals=frozenset({"control"})),), question_keys=("Woning",)
        )
        findings = quality.signals_not_taught([module], [question])
        assert [(f.code, f.question) for f in findings] == [(quality.SIGNAL_NOT_TAUGHT, "Woning")]
        assert "housing" in findings[0].detail

    def test_signal_taught_in_the_basic_module_counts(self):
        """A signal the basic module teaches counts as taught for every module."""
        question = single("Woning", ["a", "b"], signals={"housing"})
        module = ModuleData(
            "Zorg", lessons=(LessonData("Les", signals=frozenset({"control"})),), question_keys=("Woning",)
        )
        basic = ModuleData("Basis", lessons=(LessonData("Basisles", signals=frozenset({"housing"})),), is_basic=True)
        assert quality.signals_not_taught([module, basic], [question]) == []
        assert len(quality.signals_not_taught([module, basic], [question], include_basic=False)) == 1

    def test_question_retelling_a_lesson_case_is_flagged(self):
        """A quiz case that retells the lesson's case with other names is flagged as recall; a new case is not."""
        lesson = LessonData(
            "Huisvesting",
            text="Bij een controle vind je veertien bedden in een schuur. Er hangen hangsloten aan de buitenkant. "
            "De mensen weten hun adres niet en slapen in ploegen.",
        )
        retold = QuestionData(
            key="retold",
            title="Schuur",
            kind="single",
            text="Bij een controle in Urk vind je twaalf bedden in een schuur. Er hangen hangsloten aan de "
            "buitenkant. De mensen weten hun adres niet en slapen in ploegen.",
        )
        new = QuestionData(
            key="new",
            title="Vakantiepark",
            kind="single",
            text="Een buurman belt over een chalet waar elke week andere mannen wonen en vroeg worden opgehaald.",
        )
        module = ModuleData("Handhaving", lessons=(lesson,), question_keys=("retold", "new"))
        findings = quality.recall_similarity([module], [retold, new])
        assert [(f.code, f.question) for f in findings] == [(quality.RECALL_SIMILARITY, "Schuur")]


def test_messages_are_one_dutch_sentence_each():
    """Every finding code has a message that is one sentence."""
    for code, message in quality.MESSAGES.items():
        text = str(message)
        assert text.endswith(".") and text.count(". ") == 0, code


def test_demo_curriculum_data_passes_every_blocking_check():
    """The curriculum as data (before loading) passes the same checks, so an author sees problems fast."""
    from demo_content.curriculum import modules, questions

    bank = quality.bank_from_data(modules.MODULES, questions.QUESTIONS, questions.QUIZZES)
    findings = quality.blocking_findings(quality.run_all(*bank))
    assert [(f.code, f.question, f.detail) for f in findings] == []
