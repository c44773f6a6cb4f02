"""The one entry point: the GitOps app (`cdk8s synth`), the platform app (`cdktf synth`) and the CLI.

    .venv/bin/python main.py VERB [options]      (.venv/bin/python main.py --help lists them)

The verbs are `ai_access.cli.commands.COMMANDS`: validate, synth, plan, platform, schema, catalog, verify.
"""

import os
import sys

_ROOT = os.path.dirname(os.path.abspath(__file__))
# constructs/ is a source root, not a package (docs/design.md); imports/ holds the generated bindings.
for _path in (os.path.join(_ROOT, "constructs"), _ROOT):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from ai_access.cli import run  # noqa: E402

if __name__ == "__main__":
    run()
