"""Exit codes, the same for every verb, so CI can tell a bad request from a broken environment."""

OK = 0
"""Everything asked for was done."""
INVALID = 1
"""Invalid requests or platform configuration, a guard refused (plan's mass-deletion limit), or a verify check failed."""
USAGE = 2
"""Wrong command line (argparse exits with 2 as well)."""
ENVIRONMENT = 3
"""The environment failed: an output folder that cannot be written, an unreadable git base, a full disk, a
cluster or gateway verify cannot reach."""
