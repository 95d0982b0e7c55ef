"""SEARCH_URL (and its ELASTICSEARCH_URL alias) becomes WAGTAILSEARCH_BACKENDS by its scheme
alone: no network call while settings load, and a clear error for what cannot work."""

from importlib.metadata import PackageNotFoundError

import pytest
from django.core.exceptions import ImproperlyConfigured

from search import backends
from search.backends import FOLDING_ANALYSIS, search_backends, search_url


def installed(**versions):
    """Stands in for importlib.metadata.version: these clients at these versions, no other."""

    def version(distribution):
        if distribution not in versions:
            raise PackageNotFoundError(distribution)
        return versions[distribution]

    return version


@pytest.fixture
def clients(monkeypatch):
    def install(**versions):
        monkeypatch.setattr(backends, "version", installed(**versions))

    install(**{"opensearch-py": "3.2.0", "elasticsearch": "9.5.1"})
    return install


def default(url, prefix="portal_"):
    return search_backends(url, prefix)["default"]


def test_no_url_is_the_database_backend():
    assert search_url({}) == ""
    assert search_backends("") == {"default": {"BACKEND": "search.database"}}


def test_an_opensearch_url_over_http(clients):
    config = default("opensearch://127.0.0.1:9201", "shared_")

    assert config["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert config["HOSTS"] == [
        {
            "host": "127.0.0.1",
            "port": 9201,
            "url_prefix": "",
            "use_ssl": False,
            "verify_certs": False,
            "http_auth": None,
        }
    ]
    assert config["OPTIONS"] == {}
    assert config["INDEX_PREFIX"] == "shared_"
    assert config["ATOMIC_REBUILD"] is True and config["TIMEOUT"] == 30
    assert config["INDEX_SETTINGS"] == FOLDING_ANALYSIS
    with_dictionary = search_backends("opensearch://search", "p_", "pl_PL")["default"]
    analysis = with_dictionary["INDEX_SETTINGS"]["settings"]["analysis"]
    assert analysis["filter"]["portal_hunspell"] == {
        "type": "hunspell",
        "locale": "pl_PL",
        "dedup": True,
    }
    assert analysis["analyzer"]["default"]["filter"] == [
        "lowercase",
        "portal_hunspell",
        "asciifolding",
    ]
    assert FOLDING_ANALYSIS["settings"]["analysis"]["analyzer"]["default"]["filter"] == [
        "lowercase",
        "asciifolding",
    ]
    assert default("opensearch+http://search")["HOSTS"][0]["port"] == 9200


@pytest.mark.parametrize("scheme", ["opensearchs", "opensearch+https"])
def test_an_opensearch_url_over_https_with_credentials(clients, scheme):
    # A managed cluster: percent-encoded credentials, the default HTTPS port, a path prefix.
    config = default(f"{scheme}://portal:p%40ss%3Aw%2Frd@search.example.gov.pl/os/")

    assert config["HOSTS"] == [
        {
            "host": "search.example.gov.pl",
            "port": 443,
            "url_prefix": "/os",
            "use_ssl": True,
            "verify_certs": True,
            "http_auth": ("portal", "p@ss:w/rd"),
        }
    ]


def test_an_elasticsearch_url_takes_the_backend_of_the_installed_client(clients):
    config = default("elasticsearchs://elastic:secret@es.example.org:9243")

    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["HOSTS"] == [
        {"host": "es.example.org", "port": 9243, "path_prefix": "", "scheme": "https"}
    ]
    assert config["OPTIONS"] == {"basic_auth": ("elastic", "secret")}
    clients(elasticsearch="8.19.3")
    config = default("elasticsearch+http://127.0.0.1:9200")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert config["HOSTS"][0]["scheme"] == "http" and config["OPTIONS"] == {}


def test_search_url_wins_over_the_elasticsearch_url_alias():
    environ = {"SEARCH_URL": " opensearch://a:9200 ", "ELASTICSEARCH_URL": "http://b:9200"}
    assert search_url(environ) == "opensearch://a:9200"


@pytest.mark.parametrize(
    "alias, url",
    [
        ("http://127.0.0.1:9201", "elasticsearch://127.0.0.1:9201"),
        ("https://u:p@es.example.org", "elasticsearchs://u:p@es.example.org"),
        ("opensearch://127.0.0.1:9201", "opensearch://127.0.0.1:9201"),
    ],
)
def test_elasticsearch_url_is_an_alias_in_which_http_means_elasticsearch(alias, url):
    assert search_url({"ELASTICSEARCH_URL": alias}) == url


@pytest.mark.parametrize(
    "url, message",
    [
        ("https://search.example.org", "SEARCH_URL must start with one of opensearch://"),
        ("search.example.org:9200", "SEARCH_URL must start with one of"),
        ("opensearch://", "SEARCH_URL has no host name"),
    ],
)
def test_a_url_that_does_not_name_the_engine_or_a_host_is_refused(clients, url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        search_backends(url)


def test_a_url_whose_client_is_not_installed_fails_with_what_to_install(clients):
    clients()
    with pytest.raises(ImproperlyConfigured) as error:
        search_backends("opensearch://127.0.0.1:9201")
    assert "opensearch-py is not installed" in str(error.value)
    assert "pip install 'portal-ekonomii-spolecznej[opensearch]'" in str(error.value)

    clients(elasticsearch="7.13.4")
    with pytest.raises(ImproperlyConfigured, match="elasticsearch 7.x is installed"):
        search_backends("elasticsearch://127.0.0.1:9200")


def test_production_settings_refuse_to_start_without_the_client(monkeypatch):
    """The check runs as the settings load, so a misconfigured server stops at start."""
    import importlib

    import portal.settings.base as base

    monkeypatch.setenv("SEARCH_URL", "elasticsearch://127.0.0.1:9200")
    monkeypatch.setattr(backends, "version", installed())
    try:
        with pytest.raises(ImproperlyConfigured, match="elasticsearch is not installed"):
            importlib.reload(base)
    finally:
        monkeypatch.undo()
        importlib.reload(base)


def test_the_opensearch_client_gets_the_decoded_credentials(settings):
    """Built for real (opensearch-py comes with the test extra); building connects nowhere."""
    from base64 import b64encode

    from wagtail.search.backends import get_search_backend

    url = "opensearchs://portal:p%40ss@search.example.gov.pl/os"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(url, "portal_")
    connection = get_search_backend().es.transport.get_connection()

    assert connection.host == "https://search.example.gov.pl:443" and connection.url_prefix == "/os"
    assert connection.headers["authorization"] == "Basic " + b64encode(b"portal:p@ss").decode()
