"""S3-compatible storage (MEDIA_STORAGE=s3): uploads in a public bucket, certificate PDFs in a private one.

moto stands in for S3 inside the test process; no network is used.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

import boto3
import pytest
from moto import mock_aws

from certificates.models import Certificate
from training_site.storage_settings import media_storages

ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "lk-media",
    "AWS_PRIVATE_BUCKET_NAME": "lk-private",
    "AWS_S3_REGION_NAME": "eu-west-1",
}


def test_local_storage_is_the_default():
    assert media_storages({})["private"]["BACKEND"] == "certificates.storage.PrivateStorage"


def test_s3_needs_both_buckets():
    with pytest.raises(ImproperlyConfigured, match="AWS_PRIVATE_BUCKET_NAME"):
        media_storages({"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "lk-media"})
    with pytest.raises(ImproperlyConfigured, match="'local' or 's3'"):
        media_storages({"MEDIA_STORAGE": "ftp"})


@pytest.fixture
def s3(monkeypatch, settings):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-1")
        for bucket in ("lk-media", "lk-private"):
            client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        with override_settings(STORAGES={**media_storages(ENV), "staticfiles": settings.STORAGES["staticfiles"]}):
            # The certificate's file field took its storage when the models loaded; point it at the new one.
            monkeypatch.setattr(Certificate._meta.get_field("pdf"), "storage", storages["private"])
            yield client


@pytest.mark.django_db
def test_certificate_pdfs_go_to_the_private_bucket_and_only_the_owner_downloads_them(s3, learner, learner_client):
    certificate = Certificate.objects.create(
        learner=learner,
        full_name=learner.full_name,
        email=learner.email,
        course_title="Signalen in het sociaal domein",
        valid_until=timezone.localdate(),
    )
    response = learner_client.get(reverse("certificates:download", args=[certificate.code]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"%PDF"
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket="lk-private")["Contents"]]
    assert keys == [f"certificates/{certificate.code}.pdf"]
    assert "Contents" not in s3.list_objects_v2(Bucket="lk-media")
    grants = s3.get_object_acl(Bucket="lk-private", Key=keys[0])["Grants"]
    assert all("AllUsers" not in str(grant["Grantee"]) for grant in grants)
    # A signed, short-lived URL is the only kind the private storage makes.
    url = storages["private"].url(keys[0])
    assert "Signature=" in url or "X-Amz-Signature=" in url
    # A visitor who is not logged in gets the log-in page, not the file.
    response = Client().get(reverse("certificates:download", args=[certificate.code]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_uploads_go_to_the_media_bucket_with_plain_urls(s3):
    name = storages["default"].save("documents/handout.txt", ContentFile(b"signalen"))
    assert s3.get_object(Bucket="lk-media", Key=name)["Body"].read() == b"signalen"
    assert storages["default"].url(name) == f"https://lk-media.s3.amazonaws.com/{name}"
    # Two uploads with the same name both survive.
    assert storages["default"].save("documents/handout.txt", ContentFile(b"tweede")) != name


def test_the_content_security_policy_allows_the_media_bucket():
    from training_site.storage_settings import media_origin

    assert media_origin({}) is None
    assert media_origin(ENV) == "https://lk-media.s3.amazonaws.com"
    assert media_origin({**ENV, "AWS_S3_ENDPOINT_URL": "https://s3.example.nl/"}) == "https://s3.example.nl"
    assert media_origin({**ENV, "AWS_S3_CUSTOM_DOMAIN": "media.example.org"}) == "https://media.example.org"
