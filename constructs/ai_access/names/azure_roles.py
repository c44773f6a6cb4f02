"""The Azure built-in roles both layers name, by their fixed definition GUIDs.

Built-in role ids are the same in every tenant ("Azure built-in roles", Microsoft Learn): the GitOps
layer assigns them to team groups, the platform layer lets ASO assign exactly these and no others.
"""

AZURE_AI_USER = "53ca6127-db72-4b80-b1b0-d745d6d5456d"
"""Azure AI User: use a Foundry project (portal, playground) without managing it."""
READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7"
"""Reader: read-only on the Foundry account, so a project sees the shared model deployments."""
AKS_CLUSTER_USER = "4abbcc35-e782-43d8-92c5-2d3f1bd2253f"
"""Azure Kubernetes Service Cluster User Role: only `managedClusters/listClusterUserCredential/action`, the
kubeconfig of an Entra cluster, which grants nothing in the cluster by itself ("Control access to cluster
resources using Kubernetes RBAC and Microsoft Entra identities"; `control-kubeconfig-access.md`)."""


def role_definition_id(subscription_id: object, role: str) -> str:
    """The ARM id of a built-in role definition in a subscription."""
    return f"/subscriptions/{subscription_id}/providers/Microsoft.Authorization/roleDefinitions/{role}"
