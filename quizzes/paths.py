"""Decision paths (branching scenarios): the graph rules, apart from Wagtail so they are easy to test.

A path is a list of steps; the first is the start. Every choice in a step either leads to another
step (by its key) or ends the path with a score from 0 to 100 and an explanation.
"""

from django.utils.translation import gettext as _


def path_errors(steps):
    """Every reason this path cannot be played, each naming the step and choice it is about.

    `steps`: [{"key": str, "choices": [{"next_step": str, "end_score": int | None, ...}]}], the first is the
    start. Returns a list of Dutch messages; empty when the path can be played.
    """
    if not steps:
        return [_("Een beslispad heeft minstens één stap nodig.")]
    errors = _duplicate_keys(steps) + _choice_errors(steps)
    if errors:
        return errors
    return _graph_errors(steps)


def _duplicate_keys(steps):
    errors, seen = [], set()
    for step in steps:
        key = step["key"]
        if key in seen:
            errors.append(
                _("De code ‘%(key)s’ staat bij meer dan één stap; geef elke stap een eigen code.") % {"key": key}
            )
        seen.add(key)
    return errors


def same_text(text):
    """How two option texts are compared for being the same: case, and spaces at the ends or in a row, do not
    count ("Zelfde " and "zelfde" are one option to a learner)."""
    return " ".join(str(text or "").split()).casefold()


def duplicate_text(texts):
    """The first text that occurs twice among `texts` (as `same_text` compares them), or None."""
    seen = set()
    for text in texts:
        key = same_text(text)
        if key and key in seen:
            return " ".join(str(text).split())
        seen.add(key)
    return None


def _choice_errors(steps):
    """Dead ends, two choices with the same text, and choices that lead nowhere, to an unknown step, or to a step
    and an end at once."""
    errors = []
    known = {step["key"] for step in steps}
    for step in steps:
        if not step["choices"]:
            errors.append(_("Stap ‘%(key)s’ heeft geen keuzes: daar loopt het pad dood.") % {"key": step["key"]})
        twice = duplicate_text(choice.get("text") for choice in step["choices"])
        if twice:
            errors.append(
                _("Stap ‘%(key)s’ heeft twee keuzes met dezelfde tekst: ‘%(text)s’. Maak elke keuze anders.")
                % {"key": step["key"], "text": twice}
            )
        for number, choice in enumerate(step["choices"], start=1):
            errors += _one_choice_errors(choice, {"key": step["key"], "number": number}, known)
    return errors


def _one_choice_errors(choice, where, known):
    target = (choice.get("next_step") or "").strip()
    score = choice.get("end_score")
    errors = []
    if target and target not in known:
        errors.append(
            _("Stap ‘%(key)s’, keuze %(number)d verwijst naar stap ‘%(target)s’, die niet bestaat.")
            % {**where, "target": target}
        )
    if target and score is not None:
        errors.append(
            _("Stap ‘%(key)s’, keuze %(number)d heeft een vervolgstap én een eindscore; kies één van beide.") % where
        )
    if not target and score is None:
        errors.append(
            _("Stap ‘%(key)s’, keuze %(number)d leidt nergens heen: kies een vervolgstap of geef een eindscore.")
            % where
        )
    return errors


def _graph_errors(steps):
    """Cycles, steps that cannot be reached from the start, and a best end below 100 points."""
    errors = []
    keys = [step["key"] for step in steps]
    ends = [c["end_score"] for step in steps for c in step["choices"] if not (c.get("next_step") or "").strip()]
    best = max(ends) if ends else None
    by_key = {step["key"]: step for step in steps}
    reached, cycle = set(), None

    def visit(key, trail):
        nonlocal cycle
        if cycle:
            return
        if key in trail:
            cycle = [*trail[trail.index(key) :], key]
            return
        if key in reached:
            return
        reached.add(key)
        for choice in by_key[key]["choices"]:
            target = (choice.get("next_step") or "").strip()
            if target:
                visit(target, [*trail, key])

    visit(steps[0]["key"], [])
    if cycle:
        errors.append(
            _("Het pad draait rond: %(cycle)s. Zorg dat elke route bij een einde uitkomt.")
            % {"cycle": " → ".join(f"‘{key}’" for key in cycle)}
        )
    for key in keys:
        if key not in reached:
            errors.append(_("Stap ‘%(key)s’ is vanaf de eerste stap niet te bereiken.") % {"key": key})
    if best is not None and best < 100:
        errors.append(_("Geen enkel einde geeft de volle score (100); het beste pad hoort die te geven."))
    return errors
