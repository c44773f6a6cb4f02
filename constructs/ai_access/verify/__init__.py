"""`main.py verify`: prove a team's access works after ArgoCD has synced it.

Reads the team's folder of the synthesized output (`team_folder`), then checks through the
interfaces a user has: the Kubernetes API (`kube`, `cluster_checks`), the AI gateway (`gateway`,
`burst`, over `gateway_http`) and the Foundry project (`foundry`). The cluster and the gateway may
be misconfigured or compromised: the key goes only where the folder says (`key_safety`), every
request has one deadline and a cap on what it reads, and what a server answers is taken for what
it is (`server_data`). `run` puts them together; `results` and `output` report. Nothing here
imports jsii; `kubernetes` and `httpx` are imported only when the verb runs.
"""
