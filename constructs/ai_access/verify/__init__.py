"""`main.py verify`: prove a team's access works after ArgoCD has synced it.

Reads the team's folder of the synthesized output, then checks through the interfaces a user has:
the Kubernetes API (`kube`, `cluster_checks`), the AI gateway (`gateway`, `burst`) and the
Foundry project (`foundry`). `run` puts them together; `results` and `output` report. Nothing
here imports jsii; `kubernetes` and `httpx` are imported only when the verb runs.
"""
