"""Uploads on S3-compatible object storage (MEDIA_STORAGE_URL): the address is parsed or
refused with its reason, and images, renditions and documents live in the bucket with the
privacy the README promises. The bucket tests run against a real S3 API server
(scripts/s3proxy/start, which .ci/run starts and hands over as S3_TEST_URL); the rest of the
suite keeps its media on the local disk."""

import os
import socket
import urllib.error
import urllib.request
import uuid
from urllib.parse import urlsplit

import boto3
import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.test import TestCase, override_settings
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from portal.core.media_storage import MEDIA_STORAGE, media_origin, parse_media_storage_url
from portal.demo.assets import make_pdf
from portal.reports.models import DocumentText
from tests.conftest import require_service
from tests.factories import ImageFactory
from tests.test_settings import SAFE_MAIL, STRONG_KEY, import_production_settings

# --- the address -------------------------------------------------------------------------------


def test_without_an_address_files_stay_on_the_local_disk():
    assert parse_media_storage_url("") is None


def test_an_address_names_endpoint_bucket_prefix_and_credentials():
    storage = parse_media_storage_url(
        "s3://AKIA1234:se%2Fcr%2Bet@s3.waw.example.pl:8443/portal-media/site-pl"
        "?region=eu-central-1&signed_url_seconds=120"
    )
    options = storage["OPTIONS"]
    assert storage["BACKEND"] == MEDIA_STORAGE
    assert options["endpoint_url"] == "https://s3.waw.example.pl:8443"
    assert (options["bucket_name"], options["location"]) == ("portal-media", "site-pl")
    assert (options["access_key"], options["secret_key"]) == ("AKIA1234", "se/cr+et")
    assert options["region_name"] == "eu-central-1"
    assert options["querystring_auth"] and options["querystring_expire"] == 120
    # Objects are private, and two uploads of report.pdf do not overwrite each other.
    assert options["default_acl"] is None and options["file_overwrite"] is False
    assert options["public_renditions_acl"] is True
    assert options["client_config"].s3 == {"addressing_style": "path"}
    assert media_origin(storage) == "https://s3.waw.example.pl:8443"


def test_without_credentials_the_environments_are_used_and_options_have_defaults():
    storage = parse_media_storage_url(
        "s3://s3.example.org/media?secure=false&addressing=virtual&renditions=bucket-policy"
    )
    options = storage["OPTIONS"]
    assert "access_key" not in options and "secret_key" not in options
    assert options["endpoint_url"] == "http://s3.example.org"
    assert options["region_name"] == "us-east-1" and options["location"] == ""
    assert options["querystring_expire"] == 300
    assert options["public_renditions_acl"] is False
    assert media_origin(storage) == "http://media.s3.example.org"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://key:secret@s3.example.org/media", "scheme 'http' is not supported"),
        ("s3://key:secret@/media", "names no host"),
        ("s3://key:secret@s3.example.org:99999/media", "port"),
        ("s3://key:secret@s3.example.org", "names no bucket"),
        ("s3://key:secret@s3.example.org/", "names no bucket"),
        ("s3://key@s3.example.org/media", "both the access key and the secret"),
        ("s3://key:secret@s3.example.org/media?regoin=eu", "unknown option regoin"),
        ("s3://key:secret@s3.example.org/media?secure=maybe", "secure must be true or false"),
        ("s3://key:secret@s3.example.org/media?addressing=dns", "addressing must be"),
        ("s3://key:secret@s3.example.org/media?renditions=public", "renditions must be"),
        ("s3://key:secret@s3.example.org/media?signed_url_seconds=soon", "signed_url_seconds"),
        ("s3://key:secret@s3.example.org/media?signed_url_seconds=0", "signed_url_seconds"),
        ("s3://key:secret@s3.example.org/media?signed_url_seconds=604801", "signed_url_seconds"),
    ],
)
def test_a_mistyped_address_is_refused_with_its_reason(url, reason):
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE_URL") as error:
        parse_media_storage_url(url)
    assert reason in str(error.value)


def production_with_media(url):
    return import_production_settings(
        SECRET_KEY=STRONG_KEY, EMAIL_URL=SAFE_MAIL, MEDIA_STORAGE_URL=url
    )


def test_production_refuses_object_storage_over_plain_http_across_the_network():
    result = production_with_media("s3://key:secret@s3.example.org/media?secure=false")
    assert result.returncode != 0
    assert "MEDIA_STORAGE_URL must use HTTPS in production" in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "s3://key:secret@s3.example.org/media",
        "s3://key:secret@127.0.0.1:9311/media?secure=false",
    ],
)
def test_production_takes_https_or_a_server_on_the_same_machine(url):
    result = production_with_media(url)
    assert result.returncode == 0, result.stderr


# --- a real bucket -----------------------------------------------------------------------------


def reachable(endpoint):
    parts = urlsplit(endpoint)
    try:
        with socket.create_connection((parts.hostname, parts.port or 443), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture
def bucket():
    """STORAGES["default"] on the S3 API server at S3_TEST_URL, under a prefix of this test's
    own, emptied afterwards; yields a boto3 client and the storage's options."""
    url = os.environ.get("S3_TEST_URL", "")
    storage = parse_media_storage_url(url) if url else None
    require_service(
        storage is not None and reachable(storage["OPTIONS"]["endpoint_url"]),
        "these tests need an S3 API server: start scripts/s3proxy/start and set S3_TEST_URL "
        "to the MEDIA_STORAGE_URL it prints",
    )
    options = storage["OPTIONS"]
    options["location"] = f"test-{uuid.uuid4().hex}"
    client = boto3.client(
        "s3",
        endpoint_url=options["endpoint_url"],
        region_name=options["region_name"],
        aws_access_key_id=options.get("access_key"),
        aws_secret_access_key=options.get("secret_key"),
        config=options["client_config"],
    )
    with override_settings(
        STORAGES={**settings.STORAGES, "default": storage}, WAGTAILDOCS_SERVE_METHOD="redirect"
    ):
        yield client, options
    for key in keys(client, options):
        client.delete_object(Bucket=options["bucket_name"], Key=key)


def keys(client, options):
    listing = client.list_objects_v2(Bucket=options["bucket_name"], Prefix=options["location"])
    return [entry["Key"] for entry in listing.get("Contents", [])]


def anonymous_get(url):
    """(status, body) of a GET without credentials, as a visitor's browser sends it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our test server
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def unsigned_url(options, key):
    return f"{options['endpoint_url']}/{options['bucket_name']}/{key}"


def in_restricted_collection():
    collection = Collection.get_first_root_node().add_child(name="Dla zalogowanych")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def upload_document(client, name, content, collection):
    """Through the admin's "Dodaj dokument" (the multiple uploader); the text of a PDF is
    read once the upload is committed."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/admin/documents/multiple/add/",
            {"files[]": ContentFile(content, name=name), "collection": collection.pk},
        )
    assert response.status_code == 200 and response.json()["success"] is True
    return Document.objects.get(pk=response.json()["doc_id"])


@pytest.mark.django_db
def test_an_image_lives_in_the_bucket_and_its_rendition_is_served_to_anyone(bucket):
    client, options = bucket
    image = ImageFactory()
    rendition = image.get_rendition("width-40")

    prefix = options["location"]
    stored = keys(client, options)
    assert f"{prefix}/{image.file.name}" in stored
    assert f"{prefix}/{rendition.file.name}" in stored
    assert rendition.file.name.startswith("images/")

    # Pages carry the rendition's plain, unchanging address, and anyone may load it.
    assert rendition.url == unsigned_url(options, f"{prefix}/{rendition.file.name}")
    status, body = anonymous_get(rendition.url)
    assert status == 200
    stored_rendition = client.get_object(
        Bucket=options["bucket_name"], Key=f"{prefix}/{rendition.file.name}"
    )
    assert body == stored_rendition["Body"].read() and body[:3] == b"\xff\xd8\xff"  # JPEG
    # The original (it may carry where a photo was taken) stays private.
    assert anonymous_get(unsigned_url(options, f"{prefix}/{image.file.name}"))[0] == 403
    assert anonymous_get(image.file.url)[0] == 200  # through its signed URL


@pytest.mark.django_db
def test_a_document_of_a_restricted_collection_reaches_only_those_allowed(
    bucket, admin_client, client
):
    s3, options = bucket
    content = make_pdf("Zastrzeżony", [("Treść", ["Tylko dla zalogowanych."])], language="pl")
    document = upload_document(admin_client, "zastrzezony.pdf", content, in_restricted_collection())
    key = f"{options['location']}/{document.file.name}"
    assert key in keys(s3, options)

    # The object itself is private: its address alone gives nothing.
    assert anonymous_get(unsigned_url(options, key))[0] == 403
    # A visitor who is not logged in is sent to log in, not to the file.
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"] == f"/pl/_util/login/?next={document.url}"
    # An editor gets a signed link of a few minutes to the private object.
    response = admin_client.get(document.url)
    assert response.status_code == 302
    signed = response["Location"]
    assert signed.startswith(unsigned_url(options, key) + "?")
    assert "X-Amz-Expires=300" in signed
    assert anonymous_get(signed) == (200, content)


@pytest.mark.django_db
def test_a_public_document_is_served_by_a_signed_link_from_its_stable_address(
    bucket, admin_client, client
):
    s3, options = bucket
    content = make_pdf("Jawny", [("Treść", ["Dla wszystkich."])], language="pl")
    collection = Collection.get_first_root_node().add_child(name="Jawne")
    document = upload_document(admin_client, "jawny.pdf", content, collection)

    # Pages link to the portal's own address of the document, the same at every render.
    assert document.url == f"/documents/{document.pk}/jawny.pdf"
    response = client.get(document.url)
    assert response.status_code == 302
    # A shared cache would hand the signed link out after it expired.
    assert response["Cache-Control"] == "private"
    assert anonymous_get(response["Location"]) == (200, content)
    key = f"{options['location']}/{document.file.name}"
    assert anonymous_get(unsigned_url(options, key))[0] == 403


@pytest.mark.django_db
def test_the_text_of_a_pdf_is_read_from_the_bucket(bucket, admin_client):
    content = make_pdf(
        "Ogrody", [("Treść", ["Ankietowani cenią berberysowe ogrody."])], language="pl"
    )
    collection = Collection.get_first_root_node().add_child(name="Raporty")
    document = upload_document(admin_client, "ogrody.pdf", content, collection)

    record = DocumentText.objects.get(document=document)
    assert record.unreadable_reason == ""
    assert "berberysowe ogrody" in record.text


@pytest.mark.django_db
def test_deleting_a_document_deletes_its_object(bucket, admin_client):
    s3, options = bucket
    content = make_pdf("Do usunięcia", [("Treść", ["Krótko."])], language="pl")
    collection = Collection.get_first_root_node().add_child(name="Robocze")
    document = upload_document(admin_client, "do-usuniecia.pdf", content, collection)
    key = f"{options['location']}/{document.file.name}"
    assert key in keys(s3, options)

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(f"/admin/documents/delete/{document.pk}/")
    assert response.status_code == 302
    assert not Document.objects.filter(pk=document.pk).exists()
    assert key not in keys(s3, options)
