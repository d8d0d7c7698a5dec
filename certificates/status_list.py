"""Revocation published as a W3C Bitstring Status List (v1.0): one bit per certificate, 1 = revoked.

Certificate N sits in list N // LIST_SIZE + 1 at index N % LIST_SIZE (N is the primary key), so the index
needs no storage and never changes. A list is served as a signed `BitstringStatusListCredential` (a VC-JWT
like the credentials themselves) at `/certificaten/status/<list>/`; its `encodedList` is the multibase
(base64url, prefix "u") GZIP of the bitstring, the first index in the most significant bit of the first
byte (Bitstring Status List §3.1). LIST_SIZE is the specification's minimum of 16 KB, so that one list
hides which of 131,072 certificates a verifier is asking about.
"""

import gzip
from datetime import UTC, datetime

from django.urls import reverse

from home.links import absolute_url

from .keys import b64url, b64url_decode
from .models import Certificate

LIST_SIZE = 131_072  # bits: 16 KB, the specification's minimum
PURPOSE = "revocation"


def position(certificate_pk):
    """(list number, index) of a certificate: list numbers start at 1."""
    return certificate_pk // LIST_SIZE + 1, certificate_pk % LIST_SIZE


def status_list_url(list_number):
    return absolute_url(reverse("certificates:status_list", args=[list_number]))


def status_entry(certificate):
    """The `credentialStatus` of a certificate's credential: a BitstringStatusListEntry."""
    list_number, index = position(certificate.pk)
    url = status_list_url(list_number)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


def encode_bits(indices, size=LIST_SIZE):
    """Multibase base64url of the GZIP-compressed bitstring with the bits at `indices` set."""
    bits = bytearray(size // 8)
    for index in indices:
        bits[index // 8] |= 0x80 >> (index % 8)
    # mtime=0: the same revocations give the same bytes.
    return "u" + b64url(gzip.compress(bytes(bits), mtime=0))


def bit_is_set(encoded_list, index):
    """Whether the bit at `index` of an `encodedList` is set. Raises ValueError on a malformed list."""
    if not encoded_list.startswith("u"):
        raise ValueError("encodedList is not multibase base64url")
    bits = gzip.decompress(b64url_decode(encoded_list[1:]))
    if index >= len(bits) * 8:
        raise ValueError("index beyond the status list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def list_exists(list_number):
    """Whether a certificate sits in this list, so that a credential can point to it."""
    low = (list_number - 1) * LIST_SIZE
    return list_number >= 1 and Certificate.objects.filter(pk__gte=low, pk__lt=low + LIST_SIZE).exists()


def revoked_indices(list_number):
    low = (list_number - 1) * LIST_SIZE
    pks = Certificate.objects.filter(pk__gte=low, pk__lt=low + LIST_SIZE, revoked_at__isnull=False).values_list(
        "pk", flat=True
    )
    return [pk - low for pk in pks]


def status_list_credential(list_number, now=None):
    """The unsigned BitstringStatusListCredential of one list, as of `now`."""
    from .credentials import CREDENTIALS_CONTEXT, issuer_did

    url = status_list_url(list_number)
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    return {
        "@context": [CREDENTIALS_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": now.isoformat().replace("+00:00", "Z"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode_bits(revoked_indices(list_number)),
        },
    }


def status_list_jwt(list_number):
    from .credentials import sign

    return sign(status_list_credential(list_number))
