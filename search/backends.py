"""Search backend settings from the environment: the database's own full-text search by
default, Elasticsearch when ELASTICSEARCH_URL is set."""

# Text reaches the index already folded and lightly stemmed (see search.text); the default
# analyzer also folds what Elasticsearch reads directly (titles, summaries, body).
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


def search_backends(elasticsearch_url="", index_prefix="portal_"):
    if not elasticsearch_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch7",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 10,
            # update_index builds a new index and swaps the alias: no downtime.
            "ATOMIC_REBUILD": True,
            "INDEX_SETTINGS": FOLDING_ANALYSIS,
        }
    }
