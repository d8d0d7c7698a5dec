"""Rate limits count the real client: a forged X-Forwarded-For never buys a fresh allowance; a forged
X-Forwarded-Proto never passes plain http off as https."""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.error import HTTPError

from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

import pytest

from accounts.factories import UserFactory
from home.models import TeamVisitFormField, TeamVisitFormPage
from home.ratelimit import client_ip
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.services import start_session

DOCS = Path(__file__).resolve().parent.parent / "docs" / "deployment.md"
NO_PROXY = override_settings(TRUSTED_PROXY_ADDRESSES=[], ALLAUTH_TRUSTED_PROXY_COUNT=0)
NGINX_IN_FRONT = override_settings(TRUSTED_PROXY_ADDRESSES=["127.0.0.1"], ALLAUTH_TRUSTED_PROXY_COUNT=1)


def forged(n):
    """A header an attacker writes: a new address each time."""
    return {"HTTP_X_FORWARDED_FOR": f"198.51.100.{n}"}


class TestClientAddress:
    def _request(self, remote, header=None):
        extra = {"REMOTE_ADDR": remote}
        if header is not None:
            extra["HTTP_X_FORWARDED_FOR"] = header
        return RequestFactory().get("/", **extra)

    @NO_PROXY
    def test_without_a_proxy_the_header_is_ignored(self):
        """With no proxy configured, X-Forwarded-For has no effect on the address."""
        assert client_ip(self._request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"

    @NGINX_IN_FRONT
    def test_behind_nginx_the_address_nginx_saw_counts(self):
        """From the trusted proxy, the entry nginx wrote is the client; what the client prepended is not."""
        assert client_ip(self._request("127.0.0.1", "203.0.113.5")) == "203.0.113.5"
        assert client_ip(self._request("127.0.0.1", "198.51.100.1, 203.0.113.5")) == "203.0.113.5"
        assert client_ip(self._request("127.0.0.1", "not-an-address")) == "127.0.0.1"
        assert client_ip(self._request("127.0.0.1")) == "127.0.0.1"

    @NGINX_IN_FRONT
    def test_a_direct_connection_cannot_claim_an_address(self):
        """A client that reaches the app without passing the proxy keeps its own address."""
        assert client_ip(self._request("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


@pytest.fixture
def quiz(catalogue):
    return QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)


@pytest.mark.django_db
class TestEveryRateLimitIgnoresForgedHeaders:
    """Each per-address limit, hammered with a new forged header per request, still stops the client."""

    @NO_PROXY
    def test_log_in(self, settings):
        """Failed log-ins are limited though each request claims another address."""
        settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
        client = Client()
        for n in range(3):
            response = client.post(
                reverse("account_login"), {"login": f"iemand{n}@example.org", "password": "fout"}, **forged(n)
            )
            assert "too_many_login_attempts" not in repr(response.context["form"].errors.as_data())
        response = client.post(
            reverse("account_login"), {"login": "iemand9@example.org", "password": "fout"}, **forged(9)
        )
        codes = [error.code for errors in response.context["form"].errors.as_data().values() for error in errors]
        assert "too_many_login_attempts" in codes

    @NO_PROXY
    def test_certificate_look_up(self, settings, home_page):
        """Certificate look-ups are limited though each request claims another address."""
        settings.VERIFY_RATE_LIMIT = "3/m/ip"
        client = Client()
        statuses = [client.get(reverse("certificates:verify", args=[c]), **forged(n)).status_code for n, c in
                    enumerate(["AAAA", "BBBB", "CCCC", "DDDD"])]  # fmt: skip
        assert statuses == [404, 404, 404, 429]

    @NO_PROXY
    def test_team_join_codes(self, settings, quiz):
        """Wrong join codes are limited though each request claims another address."""
        settings.TEAM_JOIN_RATE_LIMIT = "3/m/ip"
        session = start_session(UserFactory(), quiz, "Team")
        wrong = "000000" if session.code != "000000" else "111111"
        client = Client()
        for n in range(3):
            assert client.get(reverse("team_sessions:join_lookup"), {"code": wrong}, **forged(n)).status_code == 404
        assert client.get(reverse("team_sessions:join", args=[session.code]), **forged(7)).status_code == 429

    @NO_PROXY
    def test_team_visit_form(self, settings, home_page):
        """Team-visit requests are limited though each request claims another address."""
        settings.TEAM_VISIT_RATE_LIMIT = "2/h/ip"
        page = home_page.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
        TeamVisitFormField.objects.create(page=page, label="Je naam", field_type="singleline", required=True)
        client = Client()
        statuses = [client.post(page.url, {"je_naam": "Jan"}, **forged(n)).status_code for n in range(3)]
        assert statuses == [200, 200, 429]

    @NGINX_IN_FRONT
    def test_behind_nginx_a_prepended_address_does_not_help(self, settings, home_page):
        """Behind the proxy, addresses the client prepends to the header do not reset the count."""
        settings.VERIFY_RATE_LIMIT = "2/m/ip"
        client = Client(REMOTE_ADDR="127.0.0.1")
        statuses = [
            client.get(
                reverse("certificates:verify", args=["AAAA"]), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.7"
            ).status_code
            for n in range(3)
        ]
        assert statuses == [404, 404, 429]
        other = {"HTTP_X_FORWARDED_FOR": "203.0.113.8"}
        assert client.get(reverse("certificates:verify", args=["AAAA"]), **other).status_code == 404


def documented_proxy_headers():
    """The `proxy_set_header` lines of the nginx block in docs/deployment.md."""
    block = re.search(r"```nginx\n(.*?)```", DOCS.read_text(), re.S).group(1)
    return [line.strip() for line in block.splitlines() if line.strip().startswith("proxy_set_header")]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def nginx(live_server):
    """Debian's nginx on a free port with the documented proxy headers, in front of the live server."""
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if binary is None:
        pytest.fail("Debian's nginx is needed for this test (apt-get install nginx-light); `make test` installs it.")
    port = free_port()
    headers = "\n".join(f"            {line}" for line in documented_proxy_headers())
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "nginx.conf"
        config.write_text(f"""
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {folder}; proxy_temp_path {folder}; fastcgi_temp_path {folder};
    uwsgi_temp_path {folder}; scgi_temp_path {folder};
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass {live_server.url};
{headers}
        }}
    }}
}}
""")
        process = subprocess.Popen([binary, "-c", str(config), "-p", folder])
        try:
            for _ in range(50):
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)


def status(url, headers):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
            return response.status
    except HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
@NGINX_IN_FRONT
def test_documented_nginx_config_stops_forged_addresses(nginx, home_page, settings):
    """Through the documented nginx, a forged X-Forwarded-For per request does not escape the limit."""
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in documented_proxy_headers()
    settings.VERIFY_RATE_LIMIT = "3/m/ip"
    statuses = [status(f"{nginx}/verifieer/AAAA{n}/", {"X-Forwarded-For": f"198.51.100.{n}"})
                for n in range(4)]  # fmt: skip
    assert statuses == [404, 404, 404, 429]


def production_answer_over_http(claimed_proto, **env):
    """Status and Location that the production settings' SecurityMiddleware gives a plain-http request that
    claims `X-Forwarded-Proto: <claimed_proto>` (as any client can, or as nginx does)."""
    environment = {name: value for name, value in os.environ.items() if name != "TRUSTED_PROXY_SSL_HEADER"}
    environment.update(
        DJANGO_SETTINGS_MODULE="training_site.settings.production",
        SECRET_KEY="x" * 50,
        DATABASE_URL="sqlite:///:memory:",
        REDIS_URL="redis://127.0.0.1:1/0",
        WAGTAILADMIN_BASE_URL="https://lerenkijken.example.org",
        ALLOWED_HOSTS="lerenkijken.example.org",
        CREDENTIALS_ENABLED="false",
        **env,
    )
    code = (
        "import django; django.setup()\n"
        "from django.http import HttpResponse\n"
        "from django.middleware.security import SecurityMiddleware\n"
        "from django.test import RequestFactory\n"
        "request = RequestFactory().get('/mijn/', HTTP_HOST='lerenkijken.example.org', "
        f"HTTP_X_FORWARDED_PROTO={claimed_proto!r})\n"
        "response = SecurityMiddleware(lambda request: HttpResponse())(request)\n"
        "print(response.status_code, response.get('Location', ''))"
    )
    run = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    status, *location = run.stdout.split()
    return status, location


class TestProxySSLHeader:
    def test_a_forged_https_claim_is_not_believed_without_a_proxy(self):
        """Production without TRUSTED_PROXY_SSL_HEADER: plain http claiming https is still sent to https."""
        assert production_answer_over_http("https") == ("301", ["https://lerenkijken.example.org/mijn/"])

    def test_behind_the_documented_proxy_its_https_is_believed(self):
        """With TRUSTED_PROXY_SSL_HEADER=true (nginx in front), nginx's https is believed and http redirected."""
        assert "proxy_set_header X-Forwarded-Proto $scheme;" in documented_proxy_headers()
        assert production_answer_over_http("https", TRUSTED_PROXY_SSL_HEADER="true") == ("200", [])
        assert production_answer_over_http("http", TRUSTED_PROXY_SSL_HEADER="true")[0] == "301"
