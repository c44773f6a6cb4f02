"""Reference pages generated from the models: the requesters' catalog and the platform.yaml field reference.

`main.py catalog --update FILE` rewrites each between its markers; tests keep the committed pages current.
"""
