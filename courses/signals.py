"""Signals of the courses app, for the apps above it (which courses may not import).

`enrolment_closed` is sent by `courses.services.close_enrolment_if_complete` when it records an enrolment's
`completed_at` with `update()` (which sends no `post_save`), with `user` and `course`, inside the transaction
of the lesson or attempt that completed the module. The reports keep their module statistics up to date this
way (`reports.module_statistics`).
"""

from django.dispatch import Signal

enrolment_closed = Signal()
