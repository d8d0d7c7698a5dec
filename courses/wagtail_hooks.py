from django.contrib.auth.views import redirect_to_login

from wagtail import hooks

from .models import InModuleMixin


@hooks.register("before_serve_page")
def lessons_are_for_signed_in_learners(page, request, serve_args, serve_kwargs):
    """Lessons and the quiz of a module are for signed-in learners; the module page itself is public."""
    if isinstance(page, InModuleMixin) and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None
