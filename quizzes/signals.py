"""Signals of the quizzes app, for the apps above it (which quizzes may not import).

`attempt_submitted` is sent by `quizzes.services.finish_attempt` inside the transaction that submits and grades
the attempt, once per attempt, with `attempt` (its `submitted_at` and `score` are stored by then). A receiver
that writes to the database writes in that same transaction: if the answer fails, its writes are rolled back
too. The reports keep their item statistics up to date this way (`reports.item_statistics`).
"""

from django.dispatch import Signal

attempt_submitted = Signal()
