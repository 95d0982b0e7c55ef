from portal.core.preferences import ReadingPreferences


def reading_preferences(request):
    return {"reading": ReadingPreferences.from_request(request)}
