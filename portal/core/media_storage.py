"""Uploaded files on S3-compatible object storage, from one address, `MEDIA_STORAGE_URL`.

Empty: files on the local disk in MEDIA_ROOT, fine for one server.
`s3://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix][?options]`: every image, rendition and
document in one bucket that all servers share (django-storages' S3 backend). Options:

- `region` (default `us-east-1`), `secure` (`true`: HTTPS, the default; `false`: plain HTTP),
- `addressing` (`path`, the default: host/bucket/key, which every S3-compatible server knows;
  `virtual`: bucket.host/key),
- `renditions` (`public-read`, the default: renditions are uploaded with that canned ACL;
  `bucket-policy`: no ACL is sent, the bucket's policy lets anyone read `images/*`, for
  buckets with ACLs switched off),
- `signed_url_seconds` (default 300): how long a link to a private file stays valid.

Objects are private. Only the renditions pages show (`images/`) are public, with plain URLs
that stay the same in cached pages and browsers; documents and original images (which may
carry EXIF, e.g. where a photo was taken) are reached through short-lived signed URLs, and
documents only through Wagtail's serve view, which checks the collection's restrictions
first (WAGTAILDOCS_SERVE_METHOD = "redirect").
"""

import ipaddress
from urllib.parse import parse_qsl, unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

MEDIA_STORAGE = "portal.core.media_storage.MediaStorage"
# Wagtail's renditions (AbstractRendition.get_upload_to); originals are in original_images/.
RENDITIONS_FOLDER = "images/"
OPTIONS = {"region", "secure", "addressing", "renditions", "signed_url_seconds"}
BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
FORM = "s3://ACCESS_KEY:SECRET@host:port/bucket?region=…"

try:
    from botocore.config import Config
    from storages.backends.s3 import S3Storage
    from storages.utils import clean_name
except ImportError:  # a pip extra: installs on the local disk do without
    S3Storage = None


def _error(message):
    return ImproperlyConfigured(f"MEDIA_STORAGE_URL: {message} (the form is {FORM})")


def parse_media_storage_url(url):
    """STORAGES["default"] for a media storage address; None for the local disk."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme != "s3":
        raise _error(f"scheme {parts.scheme!r} is not supported: use s3://")
    if not parts.hostname:
        raise _error("the address names no host (the S3 endpoint, e.g. s3.example.org)")
    try:
        port = parts.port
    except ValueError as error:
        raise _error("the port is not a number between 0 and 65535") from error
    bucket, _slash, prefix = parts.path.strip("/").partition("/")
    if not bucket:
        raise _error("the address names no bucket after the host")
    if (parts.username is None) != (parts.password is None):
        raise _error(
            "give both the access key and the secret, or neither (then boto3 reads "
            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
        )
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted(set(query) - OPTIONS)
    if unknown:
        raise _error(f"unknown option {', '.join(unknown)}; known: {', '.join(sorted(OPTIONS))}")
    secure = _boolean(query, "secure", True)
    addressing = query.get("addressing", "path")
    if addressing not in ("path", "virtual"):
        raise _error("addressing must be path or virtual")
    renditions = query.get("renditions", "public-read")
    if renditions not in ("public-read", "bucket-policy"):
        raise _error("renditions must be public-read or bucket-policy")
    try:
        signed_url_seconds = int(query.get("signed_url_seconds", "300"))
    except ValueError:
        signed_url_seconds = 0
    # Signature version 4 allows at most a week.
    if not 1 <= signed_url_seconds <= 7 * 24 * 3600:
        raise _error("signed_url_seconds must be a whole number from 1 to 604800")
    if S3Storage is None:
        raise ImproperlyConfigured(
            "MEDIA_STORAGE_URL names object storage, but django-storages and boto3 are not "
            "installed: pip install '.[s3]'"
        )
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    endpoint = f"{'https' if secure else 'http'}://{host}{f':{port}' if port else ''}"
    options = {
        "bucket_name": bucket,
        "location": prefix,
        "endpoint_url": endpoint,
        "region_name": query.get("region", "us-east-1"),
        # Two uploads called report.pdf get two names, as on the local disk.
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": signed_url_seconds,
        "public_renditions_acl": renditions == "public-read",
        # Checksums only where the API asks for them: many S3-compatible servers (S3Proxy
        # 2.6 among them) refuse the trailing checksums boto3 sends by default.
        "client_config": Config(
            s3={"addressing_style": addressing},
            signature_version="s3v4",
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        ),
    }
    if parts.username is not None:
        options["access_key"] = unquote(parts.username)
        options["secret_key"] = unquote(parts.password)
    return {"BACKEND": MEDIA_STORAGE, "OPTIONS": options}


def _boolean(query, name, default):
    value = query.get(name)
    if value is None:
        return default
    try:
        return BOOLEANS[value.lower()]
    except KeyError:
        raise _error(f"{name} must be true or false, not {value!r}") from None


def media_origin(storage):
    """The origin (scheme://host[:port]) browsers load public media from, for the
    Content-Security-Policy; None for the local disk."""
    if storage is None:
        return None
    options = storage["OPTIONS"]
    endpoint = urlsplit(options["endpoint_url"])
    if options["client_config"].s3["addressing_style"] == "virtual":
        return f"{endpoint.scheme}://{options['bucket_name']}.{endpoint.netloc}"
    return f"{endpoint.scheme}://{endpoint.netloc}"


def unencrypted_off_machine(storage):
    """True for a plain-HTTP endpoint that is not this machine (localhost, 127.0.0.0/8, ::1)."""
    endpoint = urlsplit(storage["OPTIONS"]["endpoint_url"])
    if endpoint.scheme == "https" or endpoint.hostname == "localhost":
        return False
    try:
        return not ipaddress.ip_address(endpoint.hostname).is_loopback
    except ValueError:
        return True


if S3Storage is not None:

    class MediaStorage(S3Storage):
        """Private objects behind signed URLs, except renditions: public, plain URLs."""

        def __init__(self, **options):
            if not options:  # rebuilt from deconstruct(): the configured storage
                options = settings.STORAGES["default"]["OPTIONS"]
            options = dict(options)
            self.public_renditions_acl = options.pop("public_renditions_acl", True)
            super().__init__(**options)

        def deconstruct(self):
            """Wagtail passes a storage to its background tasks (deleting a file) as this,
            and the task queue stores it in the database: the class alone, without the
            credentials, rebuilt from the settings."""
            return MEDIA_STORAGE, (), {}

        def get_object_parameters(self, name):
            """Called with the object's key: the location (prefix) comes first."""
            parameters = super().get_object_parameters(name)
            prefix = f"{self.location.strip('/')}/" if self.location else ""
            if self.public_renditions_acl and is_rendition(name.removeprefix(prefix)):
                parameters["ACL"] = "public-read"
            return parameters

        def url(self, name, parameters=None, expire=None, http_method=None):
            if not is_rendition(name) or parameters or http_method:
                return super().url(name, parameters, expire, http_method)
            key = self._normalize_name(clean_name(name))
            return self.unsigned_connection.meta.client.generate_presigned_url(
                "get_object", Params={"Bucket": self.bucket_name, "Key": key}
            )


def is_rendition(name):
    return clean_name(name).startswith(RENDITIONS_FOLDER)
