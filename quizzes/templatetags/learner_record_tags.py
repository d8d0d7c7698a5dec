"""What unpublishing a page means for the learners who used it (the unpublish confirmation in the admin)."""

from django import template

from ..learner_records import learner_records_below

register = template.Library()


@register.inclusion_tag("quizzes/admin/unpublish_note.html")
def unpublish_note(page):
    """The learners who used `page` or a page below it (`LearnerRecords`), for the note beside Wagtail's "0
    verwijzingen", which counts only content references. Three queries; nothing is shown for an unused page."""
    return {"records": learner_records_below(page) if page is not None and page.pk else None}
