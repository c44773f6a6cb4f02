"""The one entry point: the GitOps app (`cdk8s synth`), the platform app (`cdktf synth`) and the CLI.

    python main.py validate  [--requests DIR] [--platform FILE]
    python main.py synth     [--requests DIR] [--out DIR] [--platform FILE]
    python main.py platform  [--out DIR] [--platform FILE]
"""

import os
import sys

_ROOT = os.path.dirname(os.path.abspath(__file__))
# constructs/ is a source root, not a package (DESIGN.md); imports/ holds the generated bindings.
for _path in (os.path.join(_ROOT, "constructs"), _ROOT):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from ai_access.cli import main  # noqa: E402

if __name__ == "__main__":
    code = main(sys.argv[1:])
    if sys.argv[1:2] == ["platform"]:
        # The azurerm bindings load 1,500 modules and their teardown at exit takes ~4 s, longer
        # than building the stack. The atexit handlers still run (jsii stops Node.js and removes
        # its temporary folder, 0.1 s); then nothing is left to do.
        import atexit

        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
