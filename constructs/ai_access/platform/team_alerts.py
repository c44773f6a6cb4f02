"""One team's alerts: an action group reaching its owner and the platform, and the rules of each of its KAITO models."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_azurerm.monitor_action_group import MonitorActionGroup, MonitorActionGroupEmailReceiver
from cdktf_cdktf_provider_azurerm.monitor_alert_prometheus_rule_group import (
    MonitorAlertPrometheusRuleGroup,
    MonitorAlertPrometheusRuleGroupRule,
    MonitorAlertPrometheusRuleGroupRuleAction,
    MonitorAlertPrometheusRuleGroupRuleAlertResolution,
)
from constructs import Construct

from ai_access.models.observability import KaitoAlerts
from ai_access.names.platform import kaito_rules_address, team_alerts_address
from ai_access.names.team import TeamNames, alert_short_name
from ai_access.platform.alert_targets import AlertTarget
from ai_access.platform.kaito_alert_rules import kaito_alert_rules

EVALUATION_INTERVAL = "PT1M"
"""How often Azure evaluates the rules (a rule group takes PT1M to PT15M)."""
RESOLVE_AFTER = "PT10M"
"""A fired alert resolves itself once its condition has been false this long."""


@dataclass(frozen=True)
class RulePlacement:
    """Where the teams' alerts live and what they evaluate: from `platform.yaml`, ARM ids formed from its names."""

    resource_group_name: str
    location: str
    scopes: tuple[str, ...]
    """The Azure Monitor workspace and the cluster (as Microsoft's add-on template scopes its rule groups)."""
    cluster_name: str
    platform_email: str
    thresholds: KaitoAlerts


class TeamAlerts(Construct):
    """The action group `ag-<team>` (the owner and the platform by e-mail) and one Prometheus rule group per KAITO model.

    Azure Monitor sends every alert of a rule to the action groups the rule names, whatever its
    labels: there is no routing by label as in Alertmanager (azurerm
    `monitor_alert_prometheus_rule_group`, `rule.action`), so the owner is reached only by rules of
    the team's own. One rule group per model keeps a group's rules few (three) and its name the
    model's.
    """

    def __init__(self, scope: Construct, id: str, *, target: AlertTarget, placement: RulePlacement, tags: dict[str, str]) -> None:
        """Declare the team's action group and its rule groups in `placement`."""
        super().__init__(scope, id)
        names = TeamNames(target.team)
        self.action_group = MonitorActionGroup(
            self,
            "ActionGroup",
            name=names.alert_action_group,
            short_name=alert_short_name(target.team),
            resource_group_name=placement.resource_group_name,
            location="global",
            email_receiver=[
                MonitorActionGroupEmailReceiver(name="owner", email_address=target.owner, use_common_alert_schema=True),
                MonitorActionGroupEmailReceiver(name="platform", email_address=placement.platform_email, use_common_alert_schema=True),
            ],
            tags=tags,
        )
        self.action_group.override_logical_id(team_alerts_address(target.team))
        self.rule_groups = []
        for model in target.kaito_models:
            rules = kaito_alert_rules(team=target.team, model=model, thresholds=placement.thresholds)
            group = MonitorAlertPrometheusRuleGroup(
                self,
                f"Rules-{model}",
                name=names.alert_rule_group(model),
                resource_group_name=placement.resource_group_name,
                location=placement.location,
                scopes=list(placement.scopes),
                cluster_name=placement.cluster_name,
                interval=EVALUATION_INTERVAL,
                rule_group_enabled=True,
                description=f"KAITO model {model} of {target.team}: not serving, requests waiting, slow first token",
                rule=[
                    MonitorAlertPrometheusRuleGroupRule(
                        alert=rule.alert,
                        expression=rule.expression,
                        for_=f"PT{rule.for_minutes}M",
                        severity=rule.severity,
                        enabled=True,
                        labels=rule.labels,
                        annotations={"summary": rule.summary},
                        action=[MonitorAlertPrometheusRuleGroupRuleAction(action_group_id=self.action_group.id)],
                        alert_resolution=MonitorAlertPrometheusRuleGroupRuleAlertResolution(auto_resolved=True, time_to_resolve=RESOLVE_AFTER),
                    )
                    for rule in rules
                ],
                tags=tags,
            )
            group.override_logical_id(kaito_rules_address(target.team, model))
            self.rule_groups.append(group)
