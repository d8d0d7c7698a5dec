class RuleRefused(Exception):
    """A rule of the site said no. `message` is Dutch and meant for the person; `status` is the HTTP answer."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status
