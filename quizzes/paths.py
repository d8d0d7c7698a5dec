"""Decision paths (branching scenarios): the graph rules, apart from Wagtail so they are easy to test.

A path is a list of steps; the first is the start. Every choice in a step either leads to another
step (by its key) or ends the path with a score from 0 to 100 and an explanation.
"""

from django.utils.translation import gettext as _


def path_errors(steps):
    """Every reason this path cannot be played, each naming the step and choice it is about."""
    errors = []
    if not steps:
        return [_("Een beslispad heeft minstens één stap nodig.")]
    keys = [step["key"] for step in steps]
    seen = set()
    for key in keys:
        if key in seen:
            errors.append(
                _("De code ‘%(key)s’ staat bij meer dan één stap; geef elke stap een eigen code.") % {"key": key}
            )
        seen.add(key)
    known = set(keys)
    best = None
    for step in steps:
        if not step["choices"]:
            errors.append(_("Stap ‘%(key)s’ heeft geen keuzes: daar loopt het pad dood.") % {"key": step["key"]})
        for number, choice in enumerate(step["choices"], start=1):
            where = {"key": step["key"], "number": number}
            target = (choice.get("next_step") or "").strip()
            score = choice.get("end_score")
            if target:
                if target not in known:
                    errors.append(
                        _("Stap ‘%(key)s’, keuze %(number)d verwijst naar stap ‘%(target)s’, die niet bestaat.")
                        % {**where, "target": target}
                    )
                if score is not None:
                    errors.append(
                        _(
                            "Stap ‘%(key)s’, keuze %(number)d heeft een vervolgstap én een eindscore; "
                            "kies één van beide."
                        )
                        % where
                    )
            elif score is None:
                errors.append(
                    _(
                        "Stap ‘%(key)s’, keuze %(number)d leidt nergens heen: "
                        "kies een vervolgstap of geef een eindscore."
                    )
                    % where
                )
            else:
                best = score if best is None else max(best, score)
    if errors:
        return errors

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
