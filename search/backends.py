"""Search backend settings from the environment: the database's own full-text search by
default, OpenSearch or Elasticsearch when SEARCH_URL names one.

The engine is read from the URL's scheme, never asked of the server, so settings load without
a network call:

    opensearch://host:9200              OpenSearch over HTTP   (opensearch+http:// too)
    opensearchs://user:pass@host        OpenSearch over HTTPS  (opensearch+https:// too)
    elasticsearch://host:9200           Elasticsearch over HTTP
    elasticsearchs://user:pass@host     Elasticsearch over HTTPS

A plain http(s):// SEARCH_URL is refused (it does not say which engine). ELASTICSEARCH_URL, the
former setting, is an alias in which http(s):// still means Elasticsearch. Credentials are
percent-encoded in the URL; without a port, HTTP uses 9200 and HTTPS 443.
"""

from copy import deepcopy
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

OPENSEARCH = "opensearch"
ELASTICSEARCH = "elasticsearch"
SCHEMES = {
    "opensearch": (OPENSEARCH, "http"),
    "opensearch+http": (OPENSEARCH, "http"),
    "opensearchs": (OPENSEARCH, "https"),
    "opensearch+https": (OPENSEARCH, "https"),
    "elasticsearch": (ELASTICSEARCH, "http"),
    "elasticsearch+http": (ELASTICSEARCH, "http"),
    "elasticsearchs": (ELASTICSEARCH, "https"),
    "elasticsearch+https": (ELASTICSEARCH, "https"),
}
# Python distribution of each engine's client, the pip extra that installs it, and the Wagtail
# backend for each client major version (the client's major must match the server's).
CLIENTS = {
    OPENSEARCH: ("opensearch-py", {3: "wagtail.search.backends.opensearch3"}),
    ELASTICSEARCH: (
        "elasticsearch",
        {
            8: "wagtail.search.backends.elasticsearch8",
            9: "wagtail.search.backends.elasticsearch9",
        },
    ),
}

# Text reaches the index already folded and lightly stemmed (see search.text); the default
# analyzer also folds what the engine reads directly (titles, summaries, body).
FOLDING_ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                }
            }
        }
    }
}


# With a Hunspell locale (SEARCH_HUNSPELL_LOCALE=pl_PL; the dictionary must be on every node, in
# config/hunspell/pl_PL/), words are also reduced to their dictionary forms before folding, so
# "źródeł" and "miastach" meet "źródło" and "miasto". Queries then carry the visitor's words as
# typed besides their light stems (search.facets.ReportSearch.query).
HUNSPELL_FILTER = "portal_hunspell"


def index_settings(hunspell_locale=""):
    settings = deepcopy(FOLDING_ANALYSIS)
    if hunspell_locale:
        analysis = settings["settings"]["analysis"]
        analysis["filter"] = {
            HUNSPELL_FILTER: {"type": "hunspell", "locale": hunspell_locale, "dedup": True}
        }
        analysis["analyzer"]["default"]["filter"] = ["lowercase", HUNSPELL_FILTER, "asciifolding"]
    return settings


def stems_by_dictionary(backend):
    """Whether the engine's index reduces words with a Hunspell dictionary."""
    analysis = getattr(backend, "settings", {}).get("settings", {}).get("analysis", {})
    return HUNSPELL_FILTER in analysis.get("filter", {})


def search_url(environ):
    """SEARCH_URL, or the ELASTICSEARCH_URL alias, in which http(s):// means Elasticsearch."""
    url = environ.get("SEARCH_URL", "").strip()
    if url:
        return url
    url = environ.get("ELASTICSEARCH_URL", "").strip()
    for plain, scheme in (("http://", "elasticsearch://"), ("https://", "elasticsearchs://")):
        if url.startswith(plain):
            return scheme + url.removeprefix(plain)
    return url


def search_backends(url="", index_prefix="portal_", hunspell_locale=""):
    """WAGTAILSEARCH_BACKENDS for a search URL: the database backend when it is empty."""
    if not url:
        return {"default": {"BACKEND": "search.database"}}
    engine, host, options = parse_search_url(url)
    return {
        "default": {
            "BACKEND": backend_for(engine),
            # Hosts rather than URLS: the backends would pass percent-encoded credentials on as
            # they are, and OpenSearch's per-host settings would drop client-wide credentials.
            "HOSTS": [host],
            "OPTIONS": options,
            "INDEX_PREFIX": index_prefix,
            # Seconds for any request. A search takes milliseconds, but one bulk request of
            # update_index (500 reports with their PDFs' text through Hunspell) took over 10 s
            # on two cores; 30 s is also gunicorn's request timeout.
            "TIMEOUT": 30,
            # update_index builds a new index and swaps the alias: no downtime.
            "ATOMIC_REBUILD": True,
            "INDEX_SETTINGS": index_settings(hunspell_locale),
        }
    }


def parse_search_url(url):
    """(engine, host config, client options) for a search URL; no network."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ImproperlyConfigured(
            f"SEARCH_URL must start with one of {', '.join(s + '://' for s in SCHEMES)} "
            f"(got {parts.scheme or 'no'} scheme), so the engine is known without asking it"
        )
    if not parts.hostname:
        raise ImproperlyConfigured("SEARCH_URL has no host name")
    engine, http_scheme = SCHEMES[parts.scheme]
    https = http_scheme == "https"
    port = parts.port or (443 if https else 9200)
    path = parts.path.rstrip("/")
    credentials = None
    if parts.username is not None:
        credentials = (unquote(parts.username), unquote(parts.password or ""))
    if engine == OPENSEARCH:
        host = {
            "host": parts.hostname,
            "port": port,
            "url_prefix": path,
            "use_ssl": https,
            "verify_certs": https,
            "http_auth": credentials,
        }
        return engine, host, {}
    host = {"host": parts.hostname, "port": port, "path_prefix": path, "scheme": http_scheme}
    return engine, host, ({"basic_auth": credentials} if credentials else {})


def backend_for(engine):
    """The Wagtail backend for the installed client, or a message saying what to install."""
    distribution, backends = CLIENTS[engine]
    try:
        major = int(version(distribution).split(".")[0])
    except PackageNotFoundError:
        raise ImproperlyConfigured(
            f"SEARCH_URL names {engine}, but its Python client {distribution} is not installed: "
            f"pip install 'portal-ekonomii-spolecznej[{engine}]'"
        ) from None
    if major not in backends:
        raise ImproperlyConfigured(
            f"{distribution} {major}.x is installed; the portal supports major versions "
            f"{', '.join(map(str, backends))} (pip install 'portal-ekonomii-spolecznej[{engine}]')"
        )
    return backends[major]
