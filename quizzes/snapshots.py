"""Freeze a question as it is asked, so an attempt keeps what the learner saw and was graded on."""

import random
import secrets

from home.choices import SignalCategory


def opaque_key():
    """A choice's key in one attempt: random, so neither its value nor its order says anything."""
    return secrets.token_urlsafe(9)


def signal_labels(snapshot):
    """Labels of the signal categories a question trains, in the current interface language."""
    return [SignalCategory(s).label for s in snapshot["signals"] if s in SignalCategory.values]


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


def snapshot_question(question, choices, lessons=None, shuffle=False, rng=None):
    snapshot = {
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
        "steps": _path_steps(question) if question.kind == "path" else [],
        "lessons": lessons or [],
    }
    if shuffle:
        rng = rng or random.SystemRandom()
        rng.shuffle(snapshot["choices"])
        for step in snapshot["steps"]:
            rng.shuffle(step["choices"])
    return snapshot


def public_view(snapshot):
    """What the learner's browser may see before answering: no right answers, no feedback, no scores."""
    return {
        "kind": snapshot["kind"],
        "scenario": snapshot["scenario"],
        "prompt": snapshot["prompt"],
        "image_url": snapshot["image_url"],
        "image_alt": snapshot["image_alt"],
        "choices": [{"key": c["key"], "text": c["text"]} for c in snapshot["choices"]],
    }


def public_step(step):
    return {
        "key": step["key"],
        "scenario": step["scenario"],
        "prompt": step["prompt"],
        "choices": [{"key": c["key"], "text": c["text"]} for c in step["choices"]],
    }


def choice_outcomes(snapshot):
    """key → (text, correct) for a question as asked. In a decision path a step on the way is neither right
    nor wrong; an end is right at 100 points and wrong at 0 (in between: neither)."""
    outcomes = {choice["key"]: (choice["text"], choice["correct"]) for choice in snapshot.get("choices", [])}
    for step in snapshot.get("steps", []):
        for choice in step["choices"]:
            correct = None
            if not choice.get("next_step"):
                correct = {100: True, 0: False}.get(choice.get("end_score"))
            outcomes[choice["key"]] = (choice["text"], correct)
    return outcomes


def picks_for(answer, snapshot, keys):
    """AnswerPick rows (unsaved) for the chosen `keys` of a saved answer to this question as asked: one per
    distinct key of the snapshot, so never more rows than the question has options."""
    from .models import AnswerPick

    outcomes = choice_outcomes(snapshot)
    return [
        AnswerPick(answer=answer, question_id=answer.question_id, text=outcomes[key][0][:300], correct=outcomes[key][1])
        for key in dict.fromkeys(keys)
        if key in outcomes
    ]
