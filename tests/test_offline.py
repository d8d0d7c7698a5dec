"""Nothing at run time reaches outside the machine (the browser side: tests/e2e/test_no_offsite_requests.py)."""

import socket

from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

import pytest


@pytest.mark.django_db
def test_an_embed_url_is_never_fetched(monkeypatch):
    """Looking up a video URL for an embed opens no connection and finds nothing."""

    def no_network(*args, **kwargs):
        raise AssertionError("a network connection was opened")

    monkeypatch.setattr(socket, "create_connection", no_network)
    with pytest.raises(EmbedException):
        get_embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
