"""Where uploads and certificate PDFs are stored: the local disk, or S3-compatible object storage.

`MEDIA_STORAGE=s3` puts uploads (images, documents, renditions) in `AWS_STORAGE_BUCKET_NAME` and
certificate PDFs in `AWS_PRIVATE_BUCKET_NAME`, a separate bucket that is never public: files there are
read by the download view and streamed to the person allowed to have them. Credentials come from the
usual `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (boto3 reads them), or from the machine's role.
"""

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"


def media_storages(environ):
    kind = environ.get("MEDIA_STORAGE", "local")
    if kind == "local":
        return {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "private": {"BACKEND": "certificates.storage.PrivateStorage"},
        }
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'local' or 's3', not {kind!r}.")
    missing = [name for name in ("AWS_STORAGE_BUCKET_NAME", "AWS_PRIVATE_BUCKET_NAME") if not environ.get(name)]
    if missing:
        raise ImproperlyConfigured(f"MEDIA_STORAGE=s3 needs {', '.join(missing)}.")
    common = {
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "custom_domain": None,
        # Never overwrite: two uploads with the same name both survive.
        "file_overwrite": False,
    }
    return {
        "default": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **common,
                "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
                # Images and documents are linked from pages: plain URLs (the bucket policy allows reading).
                "querystring_auth": False,
                "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            },
        },
        "private": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **common,
                "bucket_name": environ["AWS_PRIVATE_BUCKET_NAME"],
                "default_acl": "private",
                # Only the download view reads these; should a URL ever be made, it is signed and short-lived.
                "querystring_auth": True,
                "querystring_expire": 300,
                # A certificate's PDF is re-rendered under the same name.
                "file_overwrite": True,
            },
        },
    }


def media_origin(environ):
    """The origin media URLs point to with S3 storage (for the Content Security Policy), or None."""
    if environ.get("MEDIA_STORAGE", "local") != "s3":
        return None
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        return f"https://{environ['AWS_S3_CUSTOM_DOMAIN']}"
    if environ.get("AWS_S3_ENDPOINT_URL"):
        return environ["AWS_S3_ENDPOINT_URL"].rstrip("/")
    return f"https://{environ['AWS_STORAGE_BUCKET_NAME']}.s3.amazonaws.com"
