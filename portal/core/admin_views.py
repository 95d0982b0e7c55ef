from django import forms
from wagtail_localize.operations import translate_object
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


class SubmitPageTranslationWithItsParents(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", which first starts the translations of the
    page's untranslated parents. Left to itself, Wagtail makes each missing parent a live
    alias of the Polish one (its Polish text under /uk/, in the switcher and the menus);
    started here, they are drafts to translate and publish like any translation, and a
    page is published only under a live parent (`refuse_to_publish_an_unfinished_translation`)."""

    def form_valid(self, form):
        ancestors = self.object.get_ancestors().filter(depth__gt=1).specific()
        for locale in form.cleaned_data["locales"]:
            for ancestor in ancestors:
                if not ancestor.has_translation(locale):
                    translate_object(ancestor, [locale], user=self.request.user)
        return super().form_valid(form)


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
