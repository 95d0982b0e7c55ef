from django import forms
from wagtail_localize.views.update_translations import UpdateTranslationsView


class UpdateTranslationsAsDrafts(UpdateTranslationsView):
    """wagtail-localize's "Update translations" after the source changed, without its
    "Publish immediately": that would put the source's new, untranslated text on the live
    translations. The updates wait in the translations' drafts until an editor publishes
    each one, finished (see `refuse_to_publish_an_unfinished_translation`)."""

    def get_form(self):
        form = super().get_form()
        form.fields["publish_translations"] = forms.BooleanField(
            required=False, disabled=True, initial=False, widget=forms.HiddenInput
        )
        return form
