import factory
import wagtail_factories

from .models import Choice, Question, QuizPage, QuizQuestion


class QuestionFactory(factory.django.DjangoModelFactory):
    """A live single-choice question; pass `choices=[(text, is_correct), ...]` to set its choices."""

    title = factory.Sequence(lambda n: f"Vraag {n}")
    kind = Question.Kind.SINGLE
    scenario = "<p>Bij een huisbezoek zie je acht matrassen in twee kamers.</p>"
    prompt = "Wat doe je?"
    explanation = "<p>Overbewoning en wonen via de werkgever zijn samen een signaal.</p>"
    signals = factory.LazyFunction(lambda: ["housing"])
    exploitation_forms = factory.LazyFunction(lambda: ["labour"])
    live = True

    class Meta:
        model = Question
        skip_postgeneration_save = True

    @factory.post_generation
    def choices(self, create, extracted, **kwargs):
        if not create:
            return
        options = extracted
        if options is None:
            options = [
                ("Ik schrijf op wat ik zie en overleg", True),
                ("Ik spreek de huisbaas aan", False),
                ("Ik doe niets", False),
            ]
        for order, (text, correct) in enumerate(options):
            Choice.objects.create(
                question=self, text=text, is_correct=correct, feedback=f"Uitleg bij: {text}", sort_order=order
            )


def path_step(key, choices, scenario="<p>Je staat in de gang.</p>", prompt="Wat doe je?"):
    return {
        "type": "step",
        "value": {
            "key": key,
            "scenario": scenario,
            "prompt": prompt,
            "choices": [
                {
                    "text": text,
                    "feedback": f"Feedback: {text}",
                    "next_step": next_step or "",
                    "end_score": end_score,
                    "end_explanation": f"Einde: {text}" if end_score is not None else "",
                }
                for text, next_step, end_score in choices
            ],
        },
    }


def sample_path():
    """Start → talk alone (100) / with the interpreter present (50) / confront the boss (0)."""
    return [
        path_step("start", [("Apart gaan praten", "apart", None), ("De baas aanspreken", None, 0)]),
        path_step(
            "apart",
            [("Met een onafhankelijke tolk", None, 100), ("Met de collega als tolk", None, 50)],
            scenario="<p>Je praat apart met de man.</p>",
        ),
    ]


class PathQuestionFactory(QuestionFactory):
    kind = Question.Kind.PATH
    prompt = ""
    path = factory.LazyFunction(sample_path)

    @factory.post_generation
    def choices(self, create, extracted, **kwargs):
        pass


class QuizPageFactory(wagtail_factories.PageFactory):
    title = "Toets"
    slug = "toets"
    pass_mark = 70
    shuffle_choices = False

    class Meta:
        model = QuizPage
        skip_postgeneration_save = True

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        if create and extracted:
            for order, question in enumerate(extracted):
                QuizQuestion.objects.create(quiz=self, question=question, sort_order=order)
