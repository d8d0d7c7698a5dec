"""Quality checks for the question bank: is a question fair to test, and does it test understanding?

Each check is a plain function over plain data (`QuestionData`, `QuizData`, `ModuleData`) and returns a
list of `Finding`s: a code, the question it is about ("" for the bank as a whole), a one-sentence Dutch
message on why it matters, and a detail that says where. Adapters build that data from the models
(`bank_from_site`) or from the demo curriculum's dicts (`question_from_data`, `lesson_from_data`), so the
same checks serve the tests, a report in the admin and a management command.

Findings with `blocking=False` are hints for the editor (one question whose right option happens to be the
longest is fine; a bank where that is the rule is not); `blocking_findings` keeps the rest.

Rules and their source: content issue 15 ("questions that test understanding, not recall or guessing")
and the item-writing guidelines it follows: the right option is not the longest more often than chance,
right answers are spread over the positions, the number of right options in multiple choice varies,
every option has its own feedback, and every signal a quiz asks about is taught in a lesson of the same
module (or of the basic module).
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from html import unescape

from django.utils.translation import gettext_lazy as _

# Codes, stable for reports and filters.
RIGHT_OPTION_LONGEST = "right_option_longest"
LENGTH_BIAS = "length_bias"
POSITION_SPREAD = "position_spread"
RIGHT_COUNT_UNIFORM = "right_count_uniform"
OPTION_WITHOUT_FEEDBACK = "option_without_feedback"
PATH_END_WITHOUT_EXPLANATION = "path_end_without_explanation"
UNREACHABLE_STEP = "unreachable_step"
QUESTION_IN_NO_QUIZ = "question_in_no_quiz"
SIGNAL_NOT_TAUGHT = "signal_not_taught"
RECALL_SIMILARITY = "recall_similarity"

MESSAGES = {
    RIGHT_OPTION_LONGEST: _(
        "Het goede antwoord is het langste; samen met andere vragen leert dat deelnemers gokken op lengte."
    ),
    LENGTH_BIAS: _(
        "In de vragenbank is het goede antwoord vaker het langste dan toeval geeft, dus wie op lengte gokt, slaagt."
    ),
    POSITION_SPREAD: _(
        "Het goede antwoord staat te vaak op dezelfde plek, zodat deelnemers de plek leren in plaats van de stof."
    ),
    RIGHT_COUNT_UNIFORM: _(
        "Bij meerkeuzevragen is het aantal goede antwoorden steeds hetzelfde, zodat deelnemers kunnen tellen in "
        "plaats van nadenken."
    ),
    OPTION_WITHOUT_FEEDBACK: _(
        "Een keuze zonder eigen feedback laat de deelnemer niet weten waarom die keuze goed of fout is."
    ),
    PATH_END_WITHOUT_EXPLANATION: _(
        "Een einde van het beslispad zonder uitleg laat de deelnemer achter zonder te weten wat de keuze betekende."
    ),
    UNREACHABLE_STEP: _("Een stap die je vanaf het begin niet kunt bereiken, ziet geen deelnemer ooit."),
    QUESTION_IN_NO_QUIZ: _("Een vraag die in geen enkele toets staat, oefent niemand."),
    SIGNAL_NOT_TAUGHT: _(
        "De toets vraagt naar een signaal dat geen les van de module uitlegt, dus de uitslag kan de deelnemer "
        "nergens naar terugsturen."
    ),
    RECALL_SIMILARITY: _(
        "De vraag lijkt sterk op een tekst uit de les, zodat hij onthouden toetst in plaats van toepassen."
    ),
}


@dataclass(frozen=True)
class Finding:
    """One problem: `code` (see the constants), `question` (its title, "" for the bank), `message` (why it
    matters, Dutch, lazily translated) and `detail` (where: a step, an option, a signal, a number)."""

    code: str
    question: str
    message: str
    detail: str = ""
    blocking: bool = True


@dataclass(frozen=True)
class Option:
    """A choice. `correct` is the author's mark, or for a path step: leads to the best end reachable there."""

    text: str
    correct: bool
    feedback: str = ""
    next_step: str = ""
    end_score: int | None = None
    end_explanation: str = ""


@dataclass(frozen=True)
class Step:
    key: str
    text: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class QuestionData:
    """A question as the checks see it. `kind` is single, multiple or path; `text` is plain text."""

    key: str
    title: str
    kind: str
    text: str = ""
    options: tuple[Option, ...] = ()
    steps: tuple[Step, ...] = ()
    signals: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    exploitation_forms: frozenset[str] = frozenset()

    def choice_sets(self):
        """(where, options) for every set of options a learner chooses from: the question, or each step."""
        if self.kind == "path":
            return [(str(_("stap ‘%(key)s’") % {"key": step.key}), step.options) for step in self.steps]
        return [("", self.options)]

    def full_text(self):
        parts = [self.text, *(o.text for o in self.options)]
        for step in self.steps:
            parts += [step.text, *(o.text for o in step.options)]
        return " ".join(parts)


@dataclass(frozen=True)
class Draw:
    """A random draw of a quiz: questions with any of these labels (an empty set matches all)."""

    audiences: frozenset[str] = frozenset()
    exploitation_forms: frozenset[str] = frozenset()
    signals: frozenset[str] = frozenset()

    def matches(self, question):
        return all(
            not wanted or wanted & have
            for wanted, have in (
                (self.audiences, question.audiences),
                (self.exploitation_forms, question.exploitation_forms),
                (self.signals, question.signals),
            )
        )


@dataclass(frozen=True)
class QuizData:
    title: str
    question_keys: tuple[str, ...] = ()
    draws: tuple[Draw, ...] = ()


@dataclass(frozen=True)
class LessonData:
    title: str
    text: str = ""
    signals: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ModuleData:
    """A module: its lessons, and the questions its quiz asks (keys into the bank)."""

    title: str
    lessons: tuple[LessonData, ...] = ()
    question_keys: tuple[str, ...] = ()
    is_basic: bool = False
    extra: dict = field(default_factory=dict, compare=False)


def _finding(code, question="", detail="", blocking=True):
    return Finding(code=code, question=question, message=MESSAGES[code], detail=str(detail), blocking=blocking)


# ---------------------------------------------------------------------------------------------------------
# Answer length
# ---------------------------------------------------------------------------------------------------------


def _right_is_longest(options):
    """True when the single longest option (by characters) is a right one; ties count as not longest."""
    lengths = sorted((len(o.text.strip()), o.correct) for o in options)
    if len(lengths) < 2 or lengths[-1][0] == lengths[-2][0]:
        return False
    return lengths[-1][1]


def right_option_longest(questions):
    """Per question (per step for a path): the right option is the longest. A hint, not blocking."""
    findings = []
    for question in questions:
        for where, options in question.choice_sets():
            if any(o.correct for o in options) and not all(o.correct for o in options) and _right_is_longest(options):
                findings.append(_finding(RIGHT_OPTION_LONGEST, question.title, where, blocking=False))
    return findings


def length_bias(questions):
    """Bank level: how often the right option is the longest, against what chance gives.

    Chance for one set of n options with k right is k/n; the bank fails when the observed count is above
    the expected count rounded up. Sets where every option is right, or none, are left out.
    """
    observed, expected, sets = 0, 0.0, 0
    for question in questions:
        for _where, options in question.choice_sets():
            right = sum(o.correct for o in options)
            if len(options) < 2 or right in (0, len(options)):
                continue
            sets += 1
            expected += right / len(options)
            observed += _right_is_longest(options)
    if sets and observed > math.ceil(expected):
        detail = _("%(observed)d van %(sets)d keer het langste, toeval geeft ongeveer %(expected)d") % {
            "observed": observed,
            "sets": sets,
            "expected": round(expected),
        }
        return [_finding(LENGTH_BIAS, detail=detail)]
    return []


# ---------------------------------------------------------------------------------------------------------
# Positions and numbers of right options
# ---------------------------------------------------------------------------------------------------------


def right_position_spread(questions, max_share=0.5, min_sets=4):
    """Bank level: for single-answer sets (single-choice questions and path steps with one best option)
    of the same size, no position holds more than `max_share` of the right answers, and with at least
    `min_sets` sets of a size, every position is right at least once."""
    by_size = {}
    for question in questions:
        for _where, options in question.choice_sets():
            right = [i for i, o in enumerate(options) if o.correct]
            if question.kind == "multiple" or len(right) != 1:
                continue
            by_size.setdefault(len(options), Counter())[right[0]] += 1
    findings = []
    for size, counts in sorted(by_size.items()):
        total = sum(counts.values())
        if total < min_sets:
            continue
        position, most = counts.most_common(1)[0]
        unused = [p + 1 for p in range(size) if counts[p] == 0]
        if most / total > max_share or unused:
            detail = _("bij %(size)d keuzes: %(spread)s") % {
                "size": size,
                "spread": ", ".join(f"{p + 1}: {counts[p]}" for p in range(size)),
            }
            findings.append(_finding(POSITION_SPREAD, detail=detail))
    return findings


def right_count_varies(questions, max_share=0.6):
    """Bank level: multiple-choice questions do not (nearly) all have the same number of right options.

    Fails when one count covers more than `max_share` of at least three multiple-choice questions; per
    question, a set where every option is right fails too (nothing to tell apart)."""
    counts = Counter()
    findings = []
    for question in questions:
        if question.kind != "multiple":
            continue
        right = sum(o.correct for o in question.options)
        counts[right] += 1
        if question.options and right == len(question.options):
            findings.append(_finding(RIGHT_COUNT_UNIFORM, question.title, _("alle keuzes zijn goed")))
    total = sum(counts.values())
    if total >= 3:
        number, most = counts.most_common(1)[0]
        if most / total > max_share:
            detail = _("%(most)d van %(total)d meerkeuzevragen hebben %(number)d goede antwoorden") % {
                "most": most,
                "total": total,
                "number": number,
            }
            findings.append(_finding(RIGHT_COUNT_UNIFORM, detail=detail))
    return findings


# ---------------------------------------------------------------------------------------------------------
# Feedback and paths
# ---------------------------------------------------------------------------------------------------------


def options_without_feedback(questions):
    """Every option (and every choice in a path) has its own feedback."""
    findings = []
    for question in questions:
        for where, options in question.choice_sets():
            for number, option in enumerate(options, start=1):
                if not option.feedback.strip():
                    detail = _("%(where)s keuze %(number)d") % {
                        "where": f"{where}, " if where else "",
                        "number": number,
                    }
                    findings.append(_finding(OPTION_WITHOUT_FEEDBACK, question.title, detail))
    return findings


def path_ends_without_explanation(questions):
    """Every choice that ends a decision path explains what the ending means."""
    findings = []
    for question in questions:
        for step in question.steps:
            for number, option in enumerate(step.options, start=1):
                if not option.next_step and not option.end_explanation.strip():
                    detail = _("stap ‘%(key)s’, keuze %(number)d") % {"key": step.key, "number": number}
                    findings.append(_finding(PATH_END_WITHOUT_EXPLANATION, question.title, detail))
    return findings


def unreachable_steps(questions):
    """Every step of a decision path can be reached from its first step."""
    findings = []
    for question in questions:
        if not question.steps:
            continue
        by_key = {step.key: step for step in question.steps}
        reached, todo = set(), [question.steps[0].key]
        while todo:
            key = todo.pop()
            if key in reached or key not in by_key:
                continue
            reached.add(key)
            todo += [o.next_step for o in by_key[key].options if o.next_step]
        for step in question.steps:
            if step.key not in reached:
                findings.append(_finding(UNREACHABLE_STEP, question.title, _("stap ‘%(key)s’") % {"key": step.key}))
    return findings


def questions_in_no_quiz(questions, quizzes):
    """Every question is asked by some quiz: fixed in it, or matching one of its random draws."""
    fixed = {key for quiz in quizzes for key in quiz.question_keys}
    draws = [draw for quiz in quizzes for draw in quiz.draws]
    return [
        _finding(QUESTION_IN_NO_QUIZ, question.title)
        for question in questions
        if question.key not in fixed and not any(draw.matches(question) for draw in draws)
    ]


# ---------------------------------------------------------------------------------------------------------
# Teaching: signals and recall
# ---------------------------------------------------------------------------------------------------------


def signals_not_taught(modules, questions, include_basic=True):
    """Every signal category a module's quiz question is tagged with is in a signal list of a lesson of that
    module or (with `include_basic`) of the basic module(s), so the learner has a lesson to go back to.

    The result page links lessons of the quiz's own module only (`quizzes.services.lessons_by_signal`);
    `include_basic=False` checks that stricter promise."""
    by_key = {question.key: question for question in questions}
    basic = set()
    if include_basic:
        basic = {
            signal for module in modules if module.is_basic for lesson in module.lessons for signal in lesson.signals
        }
    findings = []
    for module in modules:
        taught = basic | {signal for lesson in module.lessons for signal in lesson.signals}
        for key in module.question_keys:
            question = by_key.get(key)
            if question is None:
                continue
            for signal in sorted(question.signals - taught):
                detail = _("module ‘%(module)s’, signaal ‘%(signal)s’") % {"module": module.title, "signal": signal}
                findings.append(_finding(SIGNAL_NOT_TAUGHT, question.title, detail))
    return findings


TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that carry no content; left out so that shared grammar does not look like shared content.
STOPWORDS = frozenset(
    "de het een en of in op aan van voor met bij je jij hij zij ze ik we wij is zijn was er dat die dit deze "
    "niet wel ook als dan om te tot naar uit over door maar nog al wat wie hoe waar zo heeft hebt heb hem haar "
    "hun jouw zijn kan kun wil moet wordt worden werd".split()
)


def plain(html):
    return unescape(TAG.sub(" ", html or ""))


def shingles(text, size=3):
    """Word n-grams of the lower-cased content words; names (capitalised words) are left out, so a case
    retold with new names still matches."""
    words = [w.lower() for w in WORD.findall(plain(text)) if not w[0].isupper() and w.lower() not in STOPWORDS]
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def containment(question_text, lesson_text, size=3):
    """Share (0–1) of the question's word 3-grams that also occur in the lesson text."""
    asked = shingles(question_text, size)
    if not asked:
        return 0.0
    return len(asked & shingles(lesson_text, size)) / len(asked)


def recall_similarity(modules, questions, threshold=0.1):
    """A module's quiz question whose wording is largely found in one of the module's lessons (word-3-gram
    containment above `threshold`) tests recall of the lesson, not transfer to a new situation."""
    by_key = {question.key: question for question in questions}
    findings = []
    for module in modules:
        for key in module.question_keys:
            question = by_key.get(key)
            if question is None:
                continue
            text = question.full_text()
            scored = [(containment(text, lesson.text), lesson.title) for lesson in module.lessons]
            if not scored:
                continue
            score, lesson = max(scored)
            if score > threshold:
                detail = _("%(percent)d%% van de woorden komt uit de les ‘%(lesson)s’") % {
                    "percent": round(score * 100),
                    "lesson": lesson,
                }
                findings.append(_finding(RECALL_SIMILARITY, question.title, detail))
    return findings


def run_all(questions, quizzes, modules):
    """Every check, in a fixed order: question-level findings first, then the bank and the modules."""
    return [
        *options_without_feedback(questions),
        *path_ends_without_explanation(questions),
        *unreachable_steps(questions),
        *right_option_longest(questions),
        *length_bias(questions),
        *right_position_spread(questions),
        *right_count_varies(questions),
        *questions_in_no_quiz(questions, quizzes),
        *signals_not_taught(modules, questions),
        *recall_similarity(modules, questions),
    ]


def blocking_findings(findings):
    return [finding for finding in findings if finding.blocking]


# ---------------------------------------------------------------------------------------------------------
# Adapters
# ---------------------------------------------------------------------------------------------------------


def _path_options(steps):
    """Steps with each choice marked right when it leads to the best end reachable from its step."""
    by_key = {step["key"]: step for step in steps}
    memo = {}

    def best(key, trail=()):
        if key in memo:
            return memo[key]
        if key in trail or key not in by_key:
            return -1
        scores = [_choice_best(choice, (*trail, key)) for choice in by_key[key]["choices"]]
        memo[key] = max(scores, default=-1)
        return memo[key]

    def _choice_best(choice, trail):
        target = (choice.get("next_step") or "").strip()
        if target:
            return best(target, trail)
        score = choice.get("end_score")
        return -1 if score is None else score

    result = []
    for step in steps:
        top = best(step["key"])
        options = tuple(
            Option(
                text=choice.get("text", ""),
                correct=_choice_best(choice, (step["key"],)) == top,
                feedback=choice.get("feedback", ""),
                next_step=(choice.get("next_step") or "").strip(),
                end_score=choice.get("end_score"),
                end_explanation=choice.get("end_explanation", ""),
            )
            for choice in step["choices"]
        )
        result.append(
            Step(key=step["key"], text=plain(f"{step.get('scenario', '')} {step.get('prompt', '')}"), options=options)
        )
    return tuple(result)


def question_from_data(data):
    """A question from the demo curriculum's dict (demo_content/curriculum/questions.py)."""
    return QuestionData(
        key=data["slug"],
        title=data["title"],
        kind=data["kind"],
        text=plain(f"{data.get('scenario', '')} {data.get('prompt', '')}"),
        options=tuple(
            Option(text=c["text"], correct=bool(c["correct"]), feedback=c.get("feedback", ""))
            for c in data.get("choices", [])
        ),
        steps=_path_options(data.get("path", [])),
        signals=frozenset(data.get("signals", [])),
        audiences=frozenset(data.get("audiences", [])),
        exploitation_forms=frozenset(data.get("exploitation_forms", [])),
    )


def question_from_model(question):
    """A question from the bank (`quizzes.models.Question`); choices and audiences are read, so prefetch."""
    steps = [
        {**dict(block.value), "choices": [dict(choice) for choice in block.value["choices"]]} for block in question.path
    ]
    return QuestionData(
        key=str(question.pk),
        title=question.title,
        kind=question.kind,
        text=plain(f"{question.scenario} {question.prompt}"),
        options=tuple(
            Option(text=c.text, correct=c.is_correct, feedback=c.feedback)
            for c in sorted(question.choices.all(), key=lambda c: c.sort_order or 0)
        ),
        steps=_path_options(steps) if question.kind == "path" else (),
        signals=frozenset(question.signals or []),
        audiences=frozenset(a.slug for a in question.audiences.all()),
        exploitation_forms=frozenset(question.exploitation_forms or []),
    )


def _text_of(value):
    """All strings in a block value (dicts, lists, rich text), joined; codes such as categories included."""
    if value is None:
        return ""
    if hasattr(value, "source"):
        return plain(value.source)
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return " ".join(_text_of(child) for key, child in value.items() if key not in {"category", "kind", "url"})
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        return " ".join(_text_of(getattr(child, "value", child)) for child in value)
    return ""


def _signals_in(blocks):
    return frozenset(
        group["category"] for block_type, value in blocks if block_type == "signal_list" for group in value["groups"]
    )


def lesson_from_data(data):
    """A lesson from the demo curriculum's dict (demo_content/curriculum/modules.py)."""
    blocks = list(data.get("body", []))
    return LessonData(
        title=data["title"],
        text=" ".join([plain(data.get("intro", "")), *(_text_of(value) for _type, value in blocks)]),
        signals=_signals_in(blocks),
    )


def lesson_from_page(lesson):
    """A lesson from a `courses.models.LessonPage`."""
    blocks = [(block.block_type, block.value) for block in lesson.body]
    return LessonData(
        title=lesson.title,
        text=" ".join([plain(lesson.intro), *(_text_of(value) for _type, value in blocks)]),
        signals=_signals_in(blocks),
    )


def bank_from_site():
    """(questions, quizzes, modules) from the live site: the live questions, every live quiz with its fixed
    questions and draws, and every live module with its live lessons and its quizzes' fixed questions.

    A module counts as basic when it is offered to every team (audience) there is.
    """
    from courses.models import Audience, CoursePage, LessonPage

    from .models import Question, QuizPage

    questions = [
        question_from_model(q) for q in Question.objects.filter(live=True).prefetch_related("choices", "audiences")
    ]
    quizzes, modules = [], []
    quiz_pages = list(QuizPage.objects.live().prefetch_related("fixed_questions", "draws__audiences"))
    for quiz in quiz_pages:
        quizzes.append(
            QuizData(
                title=quiz.title,
                question_keys=tuple(str(fq.question_id) for fq in quiz.fixed_questions.all()),
                draws=tuple(
                    Draw(
                        audiences=frozenset(a.slug for a in draw.audiences.all()),
                        exploitation_forms=frozenset(draw.exploitation_forms or []),
                        signals=frozenset(draw.signals or []),
                    )
                    for draw in quiz.draws.all()
                ),
            )
        )
    all_audiences = set(Audience.objects.values_list("pk", flat=True))
    for course in CoursePage.objects.live().prefetch_related("audiences"):
        lessons = tuple(
            lesson_from_page(lesson) for lesson in LessonPage.objects.child_of(course).live().order_by("path")
        )
        keys = tuple(
            key
            for quiz, data in zip(quiz_pages, quizzes, strict=True)
            if quiz.path.startswith(course.path)
            for key in data.question_keys
        )
        audiences = {a.pk for a in course.audiences.all()}
        modules.append(
            ModuleData(
                title=course.title,
                lessons=lessons,
                question_keys=keys,
                is_basic=bool(all_audiences) and audiences >= all_audiences,
            )
        )
    return questions, quizzes, modules


def bank_from_data(module_dicts, question_dicts, quiz_dicts):
    """(questions, quizzes, modules) from the demo curriculum's dicts: modules with `slug`, `title`,
    `audiences` and `lessons`; quizzes keyed by module slug with a `questions` list of question slugs.
    As on the site, a module offered to every team named anywhere is basic."""
    questions = [question_from_data(data) for data in question_dicts]
    quizzes = [QuizData(title=quiz["title"], question_keys=tuple(quiz["questions"])) for quiz in quiz_dicts.values()]
    everyone = {slug for module in module_dicts for slug in module.get("audiences", [])}
    modules = [
        ModuleData(
            title=module["title"],
            lessons=tuple(lesson_from_data(lesson) for lesson in module["lessons"]),
            question_keys=tuple(quiz_dicts.get(module["slug"], {}).get("questions", [])),
            is_basic=set(module.get("audiences", [])) >= everyone,
        )
        for module in module_dicts
    ]
    return questions, quizzes, modules
