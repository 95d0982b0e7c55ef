"""Zone isolation covers files: a zone's editors change and delete only their own zone's
documents and images, choose the shared ones, and a file a page uses cannot be deleted from
under it. Everything goes through the admin's own views, as an editor's browser would."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from portal.demo.assets import make_image, make_pdf
from portal.news.models import NewsPage
from portal.reports.models import ReportDocument
from tests import factories
from tests.tree import build_tree

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def tree():
    return build_tree()


@pytest.fixture
def biznes_editor(tree):
    return factories.zone_editor(tree.zones["Biznesu"], "biznes")


@pytest.fixture
def wtz_client(tree):
    client = Client()
    client.force_login(factories.zone_editor(tree.zones["WTZ"], "wtz"))
    return client


def pdf_upload(name="raport.pdf", text="Wyniki badania."):
    content = make_pdf("Raport", [("Wyniki", [text])], language="pl")
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def png_upload(name="ilustracja.png", seed="ilustracja"):
    return SimpleUploadedFile(name, make_image(seed, size=(40, 30)), content_type="image/png")


def upload_document(user, title):
    """Uploads a PDF through the admin as `user`, the way an editor adds a report's file."""
    client = Client()
    client.force_login(user)
    response = client.post("/admin/documents/add/", {"title": title, "file": pdf_upload()})
    assert response.status_code == 302, response.context["form"].errors
    return Document.objects.get(title=title)


def upload_image(user, title):
    client = Client()
    client.force_login(user)
    response = client.post("/admin/images/add/", {"title": title, "file": png_upload()})
    assert response.status_code == 302, response.context["form"].errors
    return Image.objects.get(title=title)


@pytest.fixture
def biznes_report_document(tree, biznes_editor):
    """A document uploaded by the business zone's editor, used by its published report."""
    document = upload_document(biznes_editor, "Raport Biznesu – pełny tekst")
    report = factories.ReportPageFactory(parent=tree.zone_reports["Biznesu"])
    report.documents = [ReportDocument(document=document, language="pl")]
    report.save_revision().publish()
    return document


@pytest.fixture
def biznes_news_image(tree, biznes_editor):
    """An image uploaded by the business zone's editor, illustrating its published news."""
    image = upload_image(biznes_editor, "Ilustracja Biznesu")
    news = factories.NewsPageFactory(parent=tree.zones["Biznesu"])
    news.image = image
    news.image_alt = "Pracodawcy przy stole z trenerką pracy."
    news.save_revision().publish()
    return image


def stored(file_field):
    with file_field.open("rb") as handle:
        return handle.read()


def refused(response):
    """Wagtail refuses with a 403 or by sending the editor back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def test_zone_editor_cannot_edit_replace_or_delete_another_zones_document(
    wtz_client, biznes_report_document, django_capture_on_commit_callbacks
):
    document = biznes_report_document
    before = (document.title, document.file.name, stored(document.file))
    doc_id = document.pk

    attempts = {
        "edit form": wtz_client.get(f"/admin/documents/edit/{doc_id}/"),
        "replace file": wtz_client.post(
            f"/admin/documents/edit/{doc_id}/",
            {"title": "Podmieniony", "file": pdf_upload("podmiana.pdf", "Fałszywe wyniki.")},
        ),
        "delete page": wtz_client.get(f"/admin/documents/delete/{doc_id}/"),
        "multiple-upload edit": wtz_client.post(
            f"/admin/documents/multiple/{doc_id}/",
            {f"doc-{doc_id}-title": "Podmieniony"},
            **XHR,
        ),
        "usage": wtz_client.get(f"/admin/documents/usage/{doc_id}/"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        attempts["delete"] = wtz_client.post(f"/admin/documents/delete/{doc_id}/")
        attempts["multiple-upload delete"] = wtz_client.post(
            f"/admin/documents/multiple/{doc_id}/delete/", **XHR
        )
        # Bulk actions skip what the user may not touch and say nothing.
        wtz_client.post(f"/admin/bulk/wagtaildocs/document/delete/?id={doc_id}")

    assert {name: response.status_code for name, response in attempts.items()} == {
        name: response.status_code for name, response in attempts.items() if refused(response)
    }
    document = Document.objects.get(pk=doc_id)
    assert (document.title, document.file.name, stored(document.file)) == before


def test_zone_editor_cannot_edit_replace_or_delete_another_zones_image(
    wtz_client, biznes_news_image, django_capture_on_commit_callbacks
):
    image = biznes_news_image
    before = (image.title, image.file.name, stored(image.file))
    image_id = image.pk

    attempts = {
        "edit form": wtz_client.get(f"/admin/images/{image_id}/"),
        "replace file": wtz_client.post(
            f"/admin/images/{image_id}/",
            {"title": "Podmieniona", "file": png_upload("podmiana.png", "podmiana")},
        ),
        "delete page": wtz_client.get(f"/admin/images/{image_id}/delete/"),
        "multiple-upload edit": wtz_client.post(
            f"/admin/images/multiple/{image_id}/",
            {f"image-{image_id}-title": "Podmieniona"},
            **XHR,
        ),
    }
    with django_capture_on_commit_callbacks(execute=True):
        attempts["delete"] = wtz_client.post(f"/admin/images/{image_id}/delete/")
        attempts["multiple-upload delete"] = wtz_client.post(
            f"/admin/images/multiple/{image_id}/delete/", **XHR
        )
        # Bulk actions skip what the user may not touch and say nothing.
        wtz_client.post(f"/admin/bulk/wagtailimages/image/delete/?id={image_id}")

    assert {name: response.status_code for name, response in attempts.items()} == {
        name: response.status_code for name, response in attempts.items() if refused(response)
    }
    image = Image.objects.get(pk=image_id)
    assert (image.title, image.file.name, stored(image.file)) == before


def test_zone_editor_uploads_into_and_edits_their_zones_collection(tree, wtz_client):
    response = wtz_client.get("/admin/documents/add/")
    assert "collection" not in response.context["form"].fields, "one collection: no choice"

    wtz_client.post("/admin/documents/add/", {"title": "Nasz raport", "file": pdf_upload()})
    document = Document.objects.get(title="Nasz raport")
    assert document.collection.name == "Strefa WTZ"
    wtz_client.post("/admin/images/add/", {"title": "Nasza ilustracja", "file": png_upload()})
    assert Image.objects.get(title="Nasza ilustracja").collection.name == "Strefa WTZ"
    response = wtz_client.get("/admin/documents/multiple/add/")
    assert response.context["collections"] is None, "the uploader offers no other collection"
    response = wtz_client.post(
        "/admin/documents/multiple/add/", {"files[]": pdf_upload("z-przegladarki.pdf")}, **XHR
    )
    assert Document.objects.get(pk=response.json()["doc_id"]).collection.name == "Strefa WTZ"

    assert wtz_client.get(f"/admin/documents/edit/{document.pk}/").status_code == 200
    response = wtz_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": "Nasz raport (wersja 2)", "file": pdf_upload("wersja-2.pdf")},
    )
    assert response.status_code == 302 and response.url == "/admin/documents/"
    document.refresh_from_db()
    assert document.title == "Nasz raport (wersja 2)"
    assert document.file.name.endswith("wersja-2.pdf")


def test_zone_editor_chooses_own_and_shared_files_but_not_another_zones(
    tree, wtz_client, biznes_report_document, biznes_news_image
):
    from zones.collections import shared_collection

    wtz_client.post("/admin/documents/add/", {"title": "Nasz raport", "file": pdf_upload()})
    shared = Document.objects.create(
        title="Logo programu (wspólne)", collection=shared_collection(), file=pdf_upload()
    )
    shared_image = Image.objects.create(
        title="Znaki funduszy (wspólne)", collection=shared_collection(), file=png_upload()
    )

    offered = wtz_client.get("/admin/documents/chooser/").context["results"]
    titles = {document.title for document in offered}
    assert {"Nasz raport", shared.title} <= titles
    assert biznes_report_document.title not in titles
    offered = wtz_client.get("/admin/images/chooser/").context["results"]
    titles = {image.title for image in offered}
    assert shared_image.title in titles
    assert biznes_news_image.title not in titles

    # Choosing is all: the shared file can be neither edited nor deleted.
    assert refused(wtz_client.get(f"/admin/documents/edit/{shared.pk}/"))
    assert refused(wtz_client.post(f"/admin/documents/delete/{shared.pk}/"))
    assert Document.objects.filter(pk=shared.pk).exists()


@pytest.fixture
def moderator_client():
    from zones.permissions import ensure_moderators_group

    moderator = factories.UserFactory(username="moderator")
    moderator.groups.add(ensure_moderators_group())
    client = Client()
    client.force_login(moderator)
    return client


def report_title(document_id):
    return ReportDocument.objects.get(document_id=document_id).page.title


def test_moderator_cannot_delete_the_document_of_a_report(
    moderator_client, biznes_report_document, django_capture_on_commit_callbacks
):
    doc_id = biznes_report_document.pk
    assert moderator_client.get(f"/admin/documents/edit/{doc_id}/").status_code == 200

    page = moderator_client.get(f"/admin/documents/delete/{doc_id}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "uniemożliwia jego skasowanie" in html, "Wagtail's message: references prevent it"
    assert f'action="/admin/documents/delete/{doc_id}/"' not in html, "no delete button"

    with django_capture_on_commit_callbacks(execute=True):
        attempts = [
            moderator_client.post(f"/admin/documents/delete/{doc_id}/"),
            moderator_client.post(f"/admin/bulk/wagtaildocs/document/delete/?id={doc_id}"),
        ]
        from_uploader = moderator_client.post(f"/admin/documents/multiple/{doc_id}/delete/", **XHR)
    assert all(refused(response) for response in attempts)
    assert from_uploader.status_code == 409
    assert from_uploader.json() == {
        "success": False,
        "error_message": (
            f"Nie usunięto: korzysta z tego strona „{report_title(doc_id)}”. Najpierw usuń to "
            "z tej strony."
        ),
    }
    document = Document.objects.get(pk=doc_id)
    assert stored(document.file)


def test_moderator_cannot_delete_the_illustration_of_a_news_page(
    moderator_client, biznes_news_image, django_capture_on_commit_callbacks
):
    image_id = biznes_news_image.pk
    news_title = NewsPage.objects.get(image=biznes_news_image).title
    page = moderator_client.get(f"/admin/images/{image_id}/delete/")
    assert "uniemożliwia jego skasowanie" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        refusal = moderator_client.post(f"/admin/images/{image_id}/delete/")
        from_uploader = moderator_client.post(f"/admin/images/multiple/{image_id}/delete/")
    assert refused(refusal)
    assert from_uploader.status_code == 302
    messages = [str(message) for message in from_uploader.wsgi_request._messages]
    assert (
        f"Nie usunięto: korzysta z tego strona „{news_title}”. Najpierw usuń to z tej strony."
        in messages
    )
    assert Image.objects.filter(pk=image_id).exists()


def test_moderator_may_delete_a_file_no_page_uses(moderator_client, biznes_editor):
    document = upload_document(biznes_editor, "Szkic bez zastosowania")
    response = moderator_client.post(f"/admin/documents/delete/{document.pk}/")
    assert response.status_code == 302 and response.url == "/admin/documents/"
    assert not Document.objects.filter(pk=document.pk).exists()


def test_each_zone_has_a_collection_and_the_shared_one_exists(tree):
    root = Collection.get_first_root_node()
    names = set(root.get_children().values_list("name", flat=True))
    assert {"Wspólne", "Strefa WTZ", "Strefa Biznesu"} <= names
