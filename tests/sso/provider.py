"""Start and stop the test OpenID Connect provider (tests/sso/oidc_provider.mjs, panva's oidc-provider).

`running_provider(redirect_uris, accounts)` is a context manager that yields a `RunningProvider` with the
issuer URL and the `OIDC_PROVIDERS` entry that points the site at it. Needs `node` and `npm ci`.
"""

import json
import shutil
import subprocess
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SCRIPT = Path(__file__).with_name("oidc_provider.mjs")
CLIENT_ID = "leren-kijken"
CLIENT_SECRET = "only-for-the-sso-tests"


@dataclass
class RunningProvider:
    issuer: str
    stderr: list = field(default_factory=list)

    def app(self, provider_id="almere", name="Gemeente Almere", **settings):
        """One entry of OIDC_PROVIDERS for this provider; `settings` go into its "settings"."""
        return {
            "provider_id": provider_id,
            "name": name,
            "client_id": CLIENT_ID,
            "secret": CLIENT_SECRET,
            "settings": {"server_url": self.issuer, "oauth_pkce_enabled": True, **settings},
        }


@contextmanager
def running_provider(redirect_uris, accounts, timeout=20):
    """Run the provider on a free port of 127.0.0.1 until the block ends.

    `redirect_uris`: the callback URLs it accepts; `accounts`: {login: {claim: value}}, e.g.
    {"anna": {"email": "anna@almere.nl", "name": "Anna de Vries"}}. Raises RuntimeError if it does not start.
    """
    node = shutil.which("node")
    if not node:
        raise RuntimeError("node is needed for the SSO tests (apt-get install nodejs; npm ci)")
    config = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uris": redirect_uris}
    process = subprocess.Popen(
        [node, str(SCRIPT), json.dumps({**config, "accounts": accounts})],
        cwd=SCRIPT.parent.parent.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    provider = None
    try:
        stderr = []
        threading.Thread(target=lambda: stderr.extend(process.stderr), daemon=True).start()
        ready = {}
        reader = threading.Thread(target=lambda: ready.update(json.loads(process.stdout.readline() or "{}")))
        reader.start()
        reader.join(timeout)
        if "issuer" not in ready:
            raise RuntimeError("the OIDC test provider did not start:\n" + "".join(stderr))
        provider = RunningProvider(issuer=ready["issuer"], stderr=stderr)
        yield provider
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
