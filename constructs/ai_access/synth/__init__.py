"""The synth pipeline: validated models -> the GitOps charts -> `dist/`, checked, incrementally.

Nothing here starts jsii at import: the charts (`charts.py`) are imported only by the processes
that build. The constructs themselves are `ai_access.gitops`.
"""
