"""The one entry point: the GitOps app (`cdk8s synth`), the platform app (`cdktf synth`) and the CLI.

    .venv/bin/python main.py validate  [--requests DIR] [--platform FILE]
    .venv/bin/python main.py synth     [--requests DIR] [--out DIR] [--platform FILE]
    .venv/bin/python main.py platform  [--out DIR] [--platform FILE]
"""

import os
import sys

_ROOT = os.path.dirname(os.path.abspath(__file__))
# constructs/ is a source root, not a package (docs/design.md); imports/ holds the generated bindings.
for _path in (os.path.join(_ROOT, "constructs"), _ROOT):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from ai_access.fast_exit import exit_without_teardown_at_exit, set_exit_code  # noqa: E402
from ai_access.node_runtime import use_pinned_node  # noqa: E402

use_pinned_node()

if __name__ == "__main__":
    # Registered before anything imports jsii, so it runs after jsii's own cleanup: the process then
    # ends without tearing down the interpreter (seconds after the azurerm bindings' 1,500 modules).
    exit_without_teardown_at_exit(code=1)

    from ai_access.cli import main

    code = main(sys.argv[1:])
    set_exit_code(code)
    sys.exit(code)
