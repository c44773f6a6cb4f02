"""API Management policy documents and the gateway's protocol facts (header names), as plain XML and strings.

Shared by the GitOps constructs (each team's product policy) and the platform stack (the API policy);
nothing here imports cdk8s or cdktf.
"""
