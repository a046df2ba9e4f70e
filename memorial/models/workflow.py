"""The "Family consent verified" workflow task: only staff with the consent permission can
approve it, and only while the consent allows the memorial to go live."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

CONSENT_PERMISSION = "memorial.manage_consent"


class ConsentVerifiedTask(Task):
    @staticmethod
    def _can_verify(user) -> bool:
        return user.is_active and user.has_perm(CONSENT_PERMISSION)

    def user_can_access_editor(self, obj, user):
        return self._can_verify(user)

    def locked_for_user(self, obj, user):
        return not self._can_verify(user)

    def get_actions(self, obj, user):
        if not self._can_verify(user):
            return []
        actions = [("reject", _("Request changes"), True)]
        # Approving publishes the memorial: offered only once the consent allows it.
        candidate = obj.specific.get_latest_revision_as_object()  # what approving publishes
        refusal = getattr(candidate, "publication_refusal", None)
        if refusal is not None and refusal() is None:
            actions += [
                ("approve", _("Approve: the family's consent is verified"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            memorial = task_state.revision.as_object()
            if not self._can_verify(user) or memorial.publication_refusal():
                # Nothing happens: the task stays in progress.
                return None
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self._can_verify(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _("Staff with the consent permission check that the family's consent is recorded")

    class Meta:
        verbose_name = _("Family consent verified")
        verbose_name_plural = _("Family consent verified tasks")
