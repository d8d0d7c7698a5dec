from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from wagtail import hooks

from .models import InModuleMixin


@hooks.register("before_serve_page")
def lessons_are_for_signed_in_learners(page, request, serve_args, serve_kwargs):
    """Lessons and the quiz of a module are for signed-in learners; the module page itself is public."""
    if isinstance(page, InModuleMixin) and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


@hooks.register("before_serve_page")
def lessons_go_offline_with_their_module(page, request, serve_args, serve_kwargs):
    """A module taken offline (unpublished) takes its lessons and quiz with it, even where the editor left
    them published: Wagtail would go on serving them to anyone with the link."""
    if isinstance(page, InModuleMixin) and not page.in_live_module:
        raise Http404
    return None
