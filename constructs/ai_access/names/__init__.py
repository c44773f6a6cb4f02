"""The naming contract: every name, label and annotation key the tool synthesizes, and the role ids both layers use.

A leaf: these modules import nothing of the rest of the package at run time, so every layer may
use them, the models included (docs/design.md, "Names are a contract").
"""
