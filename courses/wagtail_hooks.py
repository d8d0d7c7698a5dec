from django.contrib.auth.views import redirect_to_login

from wagtail import hooks

from quizzes.models import QuizPage

from .models import LessonPage


@hooks.register("before_serve_page")
def lessons_are_for_signed_in_learners(page, request, serve_args, serve_kwargs):
    if isinstance(page, LessonPage | QuizPage) and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None
