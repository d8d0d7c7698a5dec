"""The first `load_demo` into an empty database, without DEMO_PASSWORD (the other demo tests, in test_demo.py,
share one load made with DEMO_PASSWORD set)."""

import io

from django.core.management import call_command

import pytest


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_generated_password_is_printed_once_and_works(client, monkeypatch):
    """Without DEMO_PASSWORD a password is generated, printed the first time, and not again."""
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    output = load_demo()
    line = next(line for line in output.splitlines() if "learner@example.org" in line)
    password = line.split()[1]
    assert client.login(email="learner@example.org", password=password)
    assert password not in load_demo()
