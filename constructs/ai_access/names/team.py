"""Every name the tool synthesizes, in one place: the public contract of the GitOps layer.

A changed name makes ArgoCD and ASO delete and recreate the resource; for a Foundry project or an
APIM subscription that means lost data or broken keys. Tests assert these names; change them only
with a migration plan.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import date
from uuid import UUID

# Fixed namespace for role assignment GUIDs: uuid5 of it and the same inputs is the same on every run.
_ROLE_ASSIGNMENT_NAMESPACE = uuid.UUID("6f1c1f6e-7d52-4d0c-9a55-2b4b8e0a6d31")

# A team name becomes an APIM product and subscription id: these are APIM's built-in ones
# ("master" is the all-access subscription; "starter", "unlimited" default products; the groups).
RESERVED_TEAM_NAMES = frozenset({"master", "starter", "unlimited", "administrators", "developers", "guests", "default"})

# Names inside a team's own namespace need no team prefix: the namespace isolates them.
KEY_SECRET = "ai-gateway-key"
"""The Secret that holds the team's current key, whatever rotation made it."""
PREVIOUS_KEY_SECRET = "ai-gateway-key-previous"
"""The Secret that holds the key the last rotation replaced, while it still works (the overlap)."""
ENDPOINT_CONFIGMAP = "ai-gateway-endpoint"
TRACING_CONFIGMAP = "ai-tracing"
KEY_READER_ROLE = "ai-gateway-key-reader"
FOUNDRY_PROJECT = "foundry-project"
PROJECT_AI_USER = "foundry-project-ai-user"
ACCOUNT_READER = "foundry-account-reader"
CLUSTER_USER = "aks-cluster-user"
"""Prefixes of the RoleAssignment object names; `role_assignment_names` appends part of the GUID."""
TRACING_COMPONENT = "tracing"
APIM_PRODUCT = "apim-product"
APIM_PRODUCT_POLICY = "apim-product-policy"
APIM_PRODUCT_API = "apim-product-api"
APIM_SUBSCRIPTION = "apim-subscription"
TOKEN_METRIC_NAMESPACE = "ai-gateway"
"""Application Insights namespace of the gateway's token metrics (llm-emit-token-metric)."""
# Platform-level ArgoCD objects: names no team can produce (team names get the `ai-` prefix).
APPLICATION_SET = "ai-model-access-teams"
ROOT_APPLICATION = "platform-ai-model-access"
PLATFORM_APP_PROJECT = "platform-ai-model-access"
CLUSTER_REQUIREMENTS = "ai-model-access-requirements"
"""The bootstrap ConfigMap naming every API the output needs the cluster to serve (`scripts/bootstrap` checks them)."""
GO_TEMPLATE_TEAM = "{{.path.basename}}"
"""The team, in the ApplicationSet's Go template: the name of the team's folder."""
# ArgoCD notifications (dist/bootstrap/configmap-argocd-notifications-cm.yaml): the tool's own
# triggers and template, prefixed so they sit beside the catalog's `on-sync-failed` & co. without
# replacing them.
TRIGGER_SYNC_FAILED = "ai-access-sync-failed"
TRIGGER_HEALTH_DEGRADED = "ai-access-health-degraded"
TRIGGER_SYNC_RUNNING_LONG = "ai-access-sync-running-long"
NOTIFICATION_TRIGGERS = (TRIGGER_SYNC_FAILED, TRIGGER_HEALTH_DEGRADED, TRIGGER_SYNC_RUNNING_LONG)
"""Every trigger a team's Application is subscribed to, for its owner and the platform's channel."""


@dataclass(frozen=True)
class TeamNames:
    """The names derived from one team name."""

    team: str

    @property
    def namespace(self) -> str:
        """Kubernetes namespace; the `ai-` prefix keeps teams off system namespaces."""
        return f"ai-{self.team}"

    @property
    def project_azure_name(self) -> str:
        """Foundry project name under the shared account."""
        return self.team

    @property
    def budget_counter_key(self) -> str:
        """`llm-token-limit` counter of the team's monthly budget: one per team, shared by all its keys (a rotated key too)."""
        return f"budget-{self.team}"

    @property
    def product_id(self) -> str:
        """APIM product id."""
        return self.team

    @property
    def subscription_id(self) -> str:
        """APIM subscription id of the team's first key (before any rotation)."""
        return self.team

    def key_subscription_id(self, rotated_on: date | None) -> str:
        """APIM subscription id of the key a rotation on `rotated_on` made (None: the first key).

        A '.' is in no team name, so `<team>.<YYYYMMDD>` is never another team's first key.
        """
        return self.subscription_id if rotated_on is None else f"{self.team}.{day_stamp(rotated_on)}"

    def subscription(self, rotated_on: date | None) -> str:
        """Kubernetes name of the Subscription of the current key a rotation on `rotated_on` made (None: the first key).

        The current key's object always writes Secret `ai-gateway-key`; ASO lets only the object
        that created a Secret write it, so at the next rotation this object goes (its Azure
        subscription detached, not deleted) and `previous_subscription` takes the Azure subscription over.
        """
        return APIM_SUBSCRIPTION if rotated_on is None else f"{APIM_SUBSCRIPTION}-{day_stamp(rotated_on)}"

    def previous_subscription(self, rotated_on: date | None) -> str:
        """Kubernetes name of the Subscription that holds the key of `rotated_on` once a later rotation replaced it."""
        return f"{self.subscription(rotated_on)}-previous"

    @property
    def component_azure_name(self) -> str:
        """Application Insights component for the team's tracing."""
        return f"appi-{self.team}"

    @property
    def app_project(self) -> str:
        """ArgoCD AppProject and Application name; the prefix keeps teams off `default`."""
        return f"ai-{self.team}"

    def project_arm_id(self, account_arm_id: str) -> str:
        """ARM id of the team's Foundry project under the account `account_arm_id`: the scope of its Azure AI User assignment."""
        return f"{account_arm_id}/projects/{self.project_azure_name}"

    def workspace(self, model: str, *, instance_type: str, gated: bool) -> str:
        """KAITO Workspace name (also its Service's): the model and a hash of its immutable inputs.

        KAITO's webhook rejects any update of `resource.instanceType`, `count`, `labelSelector` and
        `inference.preset` with its `presetOptions` (kaito api/v1beta1/workspace_validation.go,
        `validateUpdate`); count is never set (KAITO computes it; the webhook refuses only a changed
        count, not a dropped one) and the label selector follows this name. A change of
        the others is a new name: ArgoCD creates a new Workspace and prunes the old one instead of
        retrying an update KAITO refuses.
        """
        inputs = "|".join((model, instance_type, "gated" if gated else "public"))
        return f"{model_slug(model)}-{hashlib.sha256(inputs.encode()).hexdigest()[:6]}"

    def network_policy(self, workspace: str) -> str:
        """NetworkPolicy guarding one workspace's pods; it lives and goes with that workspace."""
        return f"kaito-{workspace}"

    def pod_monitor(self, workspace: str) -> str:
        """PodMonitor having one workspace's pods scraped; it lives and goes with that workspace."""
        return f"kaito-{workspace}"

    @property
    def alert_action_group(self) -> str:
        """Azure Monitor action group reaching the team's owner and the platform (the team-alerts stack)."""
        return f"ag-{self.team}"

    def alert_rule_group(self, model: str) -> str:
        """Azure Monitor Prometheus rule group of one KAITO model of the team (the team-alerts stack)."""
        return f"kaito-{self.team}-{model_slug(model)}"

    def inference_config(self, model: str) -> str:
        """ConfigMap of vLLM arguments a workspace of `model` reads (KAITO `inference.config`)."""
        return f"kaito-{model_slug(model)}-inference"

    def ingress(self, model: str) -> str:
        """Ingress routing the gateway's calls to a workspace."""
        return f"kaito-{model_slug(model)}"

    def ingress_path(self, model: str) -> str:
        """Path prefix on the internal ingress for a team's workspace."""
        return f"/{self.team}/{model_slug(model)}"

    def backend_k8s_name(self, model: str) -> str:
        """Kubernetes name of the APIM Backend object for a workspace."""
        return f"kaito-{model_slug(model)}"

    def backend_id(self, model: str) -> str:
        """APIM backend id for a team's workspace (the policy routes to it)."""
        return f"{self.team}-{model_slug(model)}"

    def azure_names(self, kaito_models: list[str]) -> dict[str, str]:
        """Every Azure name of the team (role assignments' GUIDs aside), by what it names, with workspaces of `kaito_models`."""
        return {
            "Foundry project": self.project_azure_name,
            "APIM product": self.product_id,
            "APIM subscription": self.subscription_id,
            "Application Insights component": self.component_azure_name,
            **{f"APIM backend of {model}": self.backend_id(model) for model in kaito_models},
            "Azure Monitor action group": self.alert_action_group,
            **{f"Prometheus rule group of {model}": self.alert_rule_group(model) for model in kaito_models},
        }

    def kubernetes_names(self) -> dict[str, str]:
        """The team's names outside its own namespace, by what they name: the namespace and its ArgoCD objects."""
        return {"namespace": self.namespace, "ArgoCD AppProject and Application": self.app_project}


def day_stamp(day: date) -> str:
    """`YYYYMMDD` of `day`, four-digit year, as names carry a rotation date."""
    return day.isoformat().replace("-", "")


def role_assignment_names(purpose: str, *, scope: str, principal_id: UUID, role_definition_id: str) -> tuple[str, str]:
    """(Kubernetes name, Azure name) of a role assignment of `role_definition_id` to `principal_id` on `scope`.

    Azure names role assignments by a GUID unique in the tenant and refuses to change an existing
    one's principal, scope or role (RoleAssignmentUpdateNotPermitted); Microsoft's guidance is a
    GUID of scope, principal and role together ("Troubleshoot Azure RBAC", and `guid(scope,
    principalId, roleDefinitionId)` in "Create Azure RBAC resources by using Bicep"). A new group is
    then a new name, and another platform's scope never collides. ASO cannot change `azureName` in
    place, so the object name carries the GUID's first 8 hex digits: a new group is a new object
    and ArgoCD prunes the old one.
    """
    key = "|".join((scope.lower(), str(principal_id).lower(), role_definition_id.lower()))
    azure_name = str(uuid.uuid5(_ROLE_ASSIGNMENT_NAMESPACE, key))
    return f"{purpose}-{azure_name[:8]}", azure_name


def derived_name_limits(team: str, longest_model: str) -> list[tuple[str, str, int]]:
    """(what, name, limit) for every derived name whose length depends on the team name."""
    names = TeamNames(team)
    return [
        ("namespace", names.namespace, 63),
        ("Foundry project name", names.project_azure_name, 64),
        ("APIM backend id", names.backend_id(longest_model), 80),
        ("ingress path segment", team, 63),
        ("label value", team, 63),
    ]


_LABEL_VALUE_BAD = re.compile(r"[^A-Za-z0-9_.-]+")


def alert_short_name(team: str) -> str:
    """The action group's short name (Azure: at most 12 characters), shown in the notifications it sends."""
    return team[:12].rstrip("-") or team[:12]


def label_value(text: str) -> str:
    """A Kubernetes label value made from free text: invalid runs become '-', at most 63 chars."""
    value = _LABEL_VALUE_BAD.sub("-", text)[:63]
    return value.strip("-_.")


def model_slug(model_name: str) -> str:
    """The form of a catalog model name used inside resource names (`qwen2.5-x` -> `qwen2-5-x`)."""
    return re.sub(r"[^a-z0-9-]", "-", model_name.lower())
