"""A question frozen as it was asked, so an attempt or a team session keeps what people saw and were graded on.

The stored form is a plain JSON dict (in `Attempt.questions` and `TeamSession.questions`), unchanged since
the first release::

    {"id": 12, "kind": "single" | "multiple" | "path", "title": str, "scenario": str, "prompt": str,
     "explanation": str, "image_url": str, "image_alt": str, "signals": [str], "discussion_prompts": [str],
     "choices": [{"key", "text", "correct", "feedback"}],                       # single and multiple
     "steps": [{"key", "scenario", "prompt",                                     # decision path
                "choices": [{"key", "text", "feedback", "next_step", "end_score", "end_explanation"}]}],
     "lessons": [{"title", "url"}]}

`QuestionSnapshot` is the one place that reads that dict: grading, feedback, the team-session distribution,
the personal-data export and the report-data generator all go through it. An answer's route through a
decision path is stored as `[{"step": step key, "choice": choice key}, ...]`.
"""

import random
import secrets

from home.choices import SignalCategory

from .models import AnswerPick

SINGLE = "single"
MULTIPLE = "multiple"
PATH = "path"


def opaque_key():
    """A choice's key in one attempt: random, so neither its value nor its order says anything."""
    return secrets.token_urlsafe(9)


def _path_steps(question):
    steps = []
    for child in question.path:
        choices = []
        for bound in child.value["choices"].bound_blocks:
            value = bound.value
            choices.append(
                {
                    "key": opaque_key(),
                    "text": value["text"],
                    "feedback": value["feedback"],
                    "next_step": (value.get("next_step") or "").strip(),
                    "end_score": value.get("end_score"),
                    "end_explanation": value.get("end_explanation") or "",
                }
            )
        steps.append(
            {
                "key": child.value["key"],
                "scenario": child.value["scenario"].source,
                "prompt": child.value["prompt"],
                "choices": choices,
            }
        )
    return steps


def _public_choices(choices):
    return [{"key": choice["key"], "text": choice["text"]} for choice in choices]


def public_step(step):
    """A decision-path step as the browser may see it before answering: no feedback, no next step, no score."""
    return {
        "key": step["key"],
        "scenario": step["scenario"],
        "prompt": step["prompt"],
        "choices": _public_choices(step["choices"]),
    }


def is_end(choice):
    """True for a decision-path choice that ends the path (it has no next step)."""
    return not choice.get("next_step")


class QuestionSnapshot:
    """A read-only view of one stored question dict (see the module docstring for its shape).

    Wrapping copies nothing: `data` is the very dict stored on the attempt or session.
    """

    def __init__(self, data):
        self.data = data

    @classmethod
    def from_question(cls, question, choices, lessons=None, shuffle=False, rng=None):
        """Freeze a bank `Question` with its `choices` (Choice rows) and the `lessons` that teach its signals.

        With `shuffle`, the choices (and each step's choices) are put in random order by `rng`.
        """
        data = {
            "id": question.pk,
            "kind": question.kind,
            "title": question.title,
            "scenario": question.scenario,
            "prompt": question.prompt,
            "explanation": question.explanation,
            "image_url": question.image.get_rendition("width-800").url if question.image_id else "",
            "image_alt": question.image_alt,
            "signals": list(question.signals or []),
            "discussion_prompts": [line.strip() for line in question.discussion_prompts.splitlines() if line.strip()],
            "choices": [
                {"key": opaque_key(), "text": choice.text, "correct": choice.is_correct, "feedback": choice.feedback}
                for choice in choices
            ],
            "steps": _path_steps(question) if question.kind == PATH else [],
            "lessons": lessons or [],
        }
        if shuffle:
            rng = rng or random.SystemRandom()
            rng.shuffle(data["choices"])
            for step in data["steps"]:
                rng.shuffle(step["choices"])
        return cls(data)

    # What the question is

    @property
    def bank_id(self):
        return self.data.get("id")

    @property
    def kind(self):
        return self.data["kind"]

    @property
    def is_path(self):
        return self.kind == PATH

    @property
    def is_multiple(self):
        return self.kind == MULTIPLE

    @property
    def title(self):
        return self.data["title"]

    @property
    def prompt(self):
        return self.data["prompt"]

    @property
    def explanation(self):
        return self.data["explanation"]

    @property
    def choices(self):
        """The options of a single- or multiple-choice question (empty for a decision path)."""
        return self.data.get("choices", [])

    @property
    def steps(self):
        return self.data.get("steps", [])

    @property
    def lessons(self):
        return self.data.get("lessons", [])

    def signal_labels(self):
        """Labels of the signal categories the question trains, in the current interface language."""
        return [SignalCategory(s).label for s in self.data["signals"] if s in SignalCategory.values]

    def with_labels(self):
        """The stored dict plus `signal_labels`, for templates."""
        return {**self.data, "signal_labels": self.signal_labels()}

    # Options

    def options(self):
        """Every option a learner can pick: the choices, or every choice of every step of a path."""
        return [*self.choices, *(choice for step in self.steps for choice in step["choices"])]

    def ends(self):
        """The choices that end a decision path, in step order (what the reveal and the guide letter)."""
        return [choice for step in self.steps for choice in step["choices"] if is_end(choice)]

    def outcome(self, choice):
        """Whether picking `choice` was right: True/False for a choice; for a path, None on the way, and for an
        end True at 100 points, False at 0, None in between."""
        if "correct" in choice:
            return choice["correct"]
        if not is_end(choice):
            return None
        return {100: True, 0: False}.get(choice.get("end_score"))

    def outcomes(self):
        """{option key: (text, right?)} over all options (see `outcome`)."""
        return {choice["key"]: (choice["text"], self.outcome(choice)) for choice in self.options()}

    def texts_of(self, keys):
        """The texts of the options with these keys, in question order."""
        wanted = set(keys)
        return [choice["text"] for choice in self.options() if choice["key"] in wanted]

    # Decision paths

    def step(self, key):
        """The step with this key, or None."""
        return next((step for step in self.steps if step["key"] == key), None)

    def walk(self, route):
        """[(step, choice)] for a stored route `[{"step": key, "choice": key}]`; unknown keys raise KeyError."""
        steps = {step["key"]: step for step in self.steps}
        taken = []
        for item in route or []:
            step = steps[item["step"]]
            choice = next((c for c in step["choices"] if c["key"] == item["choice"]), None)
            if choice is None:
                raise KeyError(item["choice"])
            taken.append((step, choice))
        return taken

    def current_step(self, answer):
        """The step a learner is at with this answer (None when the path has ended or for other kinds)."""
        if not self.is_path:
            return None
        if answer is None or not answer.path:
            return self.steps[0]
        if answer.completed:
            return None
        _step, choice = self.walk(answer.path)[-1]
        return self.step(choice["next_step"])

    def best_route(self):
        """[(step, choice)] from the first step to an end worth 100 points, choosing at each step the first
        choice that leads there; [] when no end gives full marks. (A stored path has no cycle: quizzes.paths.)"""
        steps = {step["key"]: step for step in self.steps}

        def route_from(key, seen):
            step = steps.get(key)
            if step is None or key in seen:
                return None
            for choice in step["choices"]:
                if is_end(choice):
                    if choice.get("end_score") == 100:
                        return [(step, choice)]
                    continue
                rest = route_from(choice.get("next_step"), seen | {key})
                if rest is not None:
                    return [(step, choice), *rest]
            return None

        if not self.steps:
            return []
        return route_from(self.steps[0]["key"], frozenset()) or []

    def story_not_seen(self, route):
        """The situations of the best route's steps that a learner who stopped early never read, in order: what
        the question's explanation may speak of ("een paspoort bij de eigenares") though this learner's route
        ended before it. [] for a learner who saw every step of the best route, and for other kinds."""
        if not self.is_path:
            return []
        seen = {item["step"] for item in route or []}
        return [step["scenario"] for step, _choice in self.best_route() if step["key"] not in seen and step["scenario"]]

    def end_of(self, answer):
        """The end choice a finished path answer reached, or None."""
        if not (self.is_path and answer and answer.completed and answer.path):
            return None
        return self.walk(answer.path)[-1][1]

    # What the browser may see

    def public_view(self):
        """What the learner's browser may see before answering: no right answers, no feedback, no scores."""
        return {
            "kind": self.kind,
            "scenario": self.data["scenario"],
            "prompt": self.prompt,
            "image_url": self.data["image_url"],
            "image_alt": self.data["image_alt"],
            "choices": _public_choices(self.choices),
        }

    def picks_for(self, answer, keys):
        """AnswerPick rows (unsaved) for the chosen `keys` of a saved answer to this question: one per distinct
        key of the snapshot, so never more rows than the question has options."""
        outcomes = self.outcomes()
        return [
            AnswerPick(
                answer=answer, question_id=answer.question_id, text=outcomes[key][0][:300], correct=outcomes[key][1]
            )
            for key in dict.fromkeys(keys)
            if key in outcomes
        ]
