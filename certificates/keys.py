"""The Ed25519 keys that sign credentials.

`CREDENTIAL_SIGNING_KEYS` holds a JSON object of key id → private key, the key as the base64url-encoded
32-byte Ed25519 seed (`python -m certificates.keys` prints a new entry). The LAST key listed signs; every key
listed stays published in the issuer's DID document, so a credential signed with an older key still verifies
after a rotation. Without the setting (development and tests; production refuses to start, see
`training_site/settings/production.py`) one key is derived from SECRET_KEY, so it is the same on every start
and on every process of one installation.
"""

import base64
import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class KeyConfigurationError(ValueError):
    """CREDENTIAL_SIGNING_KEYS is not a JSON object of key id → base64url 32-byte seed."""


@dataclass(frozen=True)
class SigningKey:
    """One Ed25519 key: `kid` is the fragment of its verification method (`did:web:host#kid`)."""

    kid: str
    seed: bytes

    @property
    def private_key(self):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # 9 MiB: when signing

        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public_bytes(self):
        from cryptography.hazmat.primitives import serialization

        return self.private_key.public_key().public_bytes(
            encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw
        )

    def public_jwk(self):
        """The public half as a JWK (RFC 8037): {"kty": "OKP", "crv": "Ed25519", "x": ...}."""
        return {"kty": "OKP", "crv": "Ed25519", "x": b64url(self.public_bytes)}

    def private_jwk(self):
        return {**self.public_jwk(), "d": b64url(self.seed), "kid": self.kid}


def parse_keys(text):
    """[SigningKey, ...] in the order listed, from the JSON of CREDENTIAL_SIGNING_KEYS.

    Raises KeyConfigurationError for anything but a non-empty object of kid → base64url 32-byte seed.
    """
    try:
        entries = json.loads(text)
    except ValueError as error:
        raise KeyConfigurationError(f"CREDENTIAL_SIGNING_KEYS is not JSON: {error}") from None
    if not isinstance(entries, dict) or not entries:
        raise KeyConfigurationError('CREDENTIAL_SIGNING_KEYS must be a JSON object: {"key-id": "seed", ...}')
    keys = []
    for kid, seed in entries.items():
        try:
            raw = b64url_decode(seed)
        except (TypeError, ValueError):
            raw = b""
        if len(raw) != 32 or not kid or "#" in kid:
            raise KeyConfigurationError(f"CREDENTIAL_SIGNING_KEYS[{kid!r}] is not a base64url 32-byte seed.")
        keys.append(SigningKey(kid=kid, seed=raw))
    return keys


def derived_key(secret_key):
    """The development and test key: the same for one SECRET_KEY, different for another."""
    seed = hashlib.sha256(b"leren-kijken credential signing key\0" + secret_key.encode()).digest()
    return SigningKey(kid="dev-" + hashlib.sha256(seed).hexdigest()[:8], seed=seed)


@lru_cache(maxsize=8)
def _keys_for(configured, secret_key):
    return tuple(parse_keys(configured)) if configured else (derived_key(secret_key),)


def signing_keys():
    """Every configured key, oldest first; the last one signs."""
    from django.conf import settings

    return _keys_for(settings.CREDENTIAL_SIGNING_KEYS, settings.SECRET_KEY)


def current_key():
    return signing_keys()[-1]


def new_key_entry(kid=None):
    """A fresh key as one `"kid": "seed"` JSON member, to add at the end of CREDENTIAL_SIGNING_KEYS."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    seed = key.private_bytes(
        encoding=serialization.Encoding.Raw,
        format=serialization.PrivateFormat.Raw,
        encryption_algorithm=serialization.NoEncryption(),
    )
    kid = kid or datetime.now(UTC).strftime("key-%Y-%m-%d")
    return json.dumps({kid: b64url(seed)})[1:-1]


if __name__ == "__main__":
    sys.stdout.write(new_key_entry(sys.argv[1] if len(sys.argv) > 1 else None) + "\n")
