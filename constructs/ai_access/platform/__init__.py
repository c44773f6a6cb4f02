"""The platform layer: the cdktf stack of shared Azure resources both layers name.

Submodules are imported where used, not here: importing `app` pulls in the azurerm bindings
(seconds of start-up), which callers that only need the policy builder should not pay for.
"""
