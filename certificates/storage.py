import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Files only views may hand out (certificate PDFs): kept under PRIVATE_MEDIA_ROOT, never under MEDIA_URL.

    The folder is read from the settings on use, so tests and deployments can point it elsewhere.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("base_url", "/private-media-is-not-served/")
        super().__init__(**kwargs)

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)
