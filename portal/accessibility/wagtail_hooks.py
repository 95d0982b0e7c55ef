from wagtail import hooks
from wagtail.admin.ui.components import Component

from portal.accessibility.models import AccessibilityStatementPage


class StatementReviewPanel(Component):
    """On the admin dashboard: statements whose yearly review (by 31 March) is due, for
    editors who may change them."""

    name = "accessibility_statement_review"
    template_name = "accessibility/admin/review_dashboard_panel.html"
    order = 50

    def __init__(self, statements):
        self.statements = statements

    def get_context_data(self, parent_context):
        return {
            "statements": [
                {"statement": page, "overdue": page.review_is_overdue()} for page in self.statements
            ]
        }


@hooks.register("construct_homepage_panels")
def add_statement_review_panel(request, panels):
    statements = [
        page
        for page in AccessibilityStatementPage.due_for_review()
        if page.permissions_for_user(request.user).can_edit()
    ]
    if statements:
        panels.append(StatementReviewPanel(statements))
