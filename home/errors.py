from django.http import Http404


class RuleRefused(Exception):
    """A rule of the site said no. `message` is Dutch and meant for the person; `status` is the HTTP answer."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


class NotFound(Http404):
    """404 that tells the person what was not found and where to go on (`home.views.page_not_found`).

    `message` is for the person (translated when raised); `back_url` and `back_label` give one link that
    fits the place, shown above the page's general links. A plain `Http404` keeps the general page: its
    message may be technical English ("No QuizPage matches the given query.") and is never shown."""

    def __init__(self, message, back_url="", back_label=""):
        super().__init__(message)
        self.message = message
        self.back_url = back_url
        self.back_label = back_label
