"""A stand-in for the GitHub CLI (`gh`) on PATH, for the `.ci/` scripts that open issues and pull requests.

It keeps a repository's issues, pull requests, labels and commit statuses in a JSON file and
answers the few `gh` calls the scripts make, as gh does (the JSON fields asked for, `--author`
and `--label` filters, `--body-file`). Every call is recorded. `FAKE_GH_FAIL` (a call's first
words) makes such a call fail, `FAKE_GH_HANG` makes it hang. `install` puts an executable `gh`
running this file first on a PATH; `FakeGitHub` reads and seeds the state.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BOT = "app/github-actions"


@dataclass
class FakeGitHub:
    """The state file of one fake repository, and the PATH that finds its `gh`."""

    state: Path
    path: str

    def read(self) -> dict[str, Any]:
        """Everything the fake holds: issues, pulls, labels, statuses, calls."""
        return json.loads(self.state.read_text())

    def write(self, data: dict[str, Any]) -> None:
        """Replace the state (a test seeds issues opened by someone else)."""
        self.state.write_text(json.dumps(data))

    def add_issue(self, title: str, body: str, *, labels: list[str], author: str = BOT) -> int:
        """An open issue as someone (by default the workflow) opened it; its number."""
        data = self.read()
        number = _next(data)
        data["issues"].append({"number": number, "title": title, "body": body, "labels": labels, "author": author, "state": "open", "comments": []})
        self.write(data)
        return number

    def calls(self, *prefix: str) -> list[list[str]]:
        """The recorded calls that start with `prefix` (all without one)."""
        return [call for call in self.read()["calls"] if call[: len(prefix)] == list(prefix)]

    def env(self, **extra: str) -> dict[str, str]:
        """The environment a script under test runs with: this gh first on PATH."""
        return {"PATH": self.path, "FAKE_GH_STATE": str(self.state), "GITHUB_REPOSITORY": "contoso/ai-model-access", **extra}


def install(folder: Path) -> FakeGitHub:
    """An empty fake repository in `folder` and a `gh` on a PATH that runs this file."""
    folder.mkdir(parents=True, exist_ok=True)
    state = folder / "github.json"
    state.write_text(json.dumps({"issues": [], "pulls": [], "labels": [], "statuses": [], "calls": []}))
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(f"#!/bin/sh\nexec {sys.executable} {Path(__file__).resolve()} \"$@\"\n")
    gh.chmod(0o755)
    return FakeGitHub(state, f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")


def _next(data: dict[str, Any]) -> int:
    return 1 + max([i["number"] for i in data["issues"]] + [p["number"] for p in data["pulls"]] + [0])


def _options(args: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Positional words and `--option value` pairs (`--force`, `--delete-branch` take no value)."""
    flags = {"--force", "--delete-branch"}
    words, options = [], {}
    i = 0
    while i < len(args):
        if args[i].startswith("-") and args[i] not in flags:
            options.setdefault(args[i], []).append(args[i + 1])
            i += 2
        elif args[i] in flags:
            options.setdefault(args[i], []).append("")
            i += 1
        else:
            words.append(args[i])
            i += 1
    return words, options


def _fields(items: list[dict[str, Any]], wanted: str) -> str:
    return json.dumps([{key: item[key] for key in wanted.split(",")} for item in items])


def main(args: list[str]) -> int:
    state = Path(os.environ["FAKE_GH_STATE"])
    data = json.loads(state.read_text())
    data["calls"].append(args)
    if os.environ.get("FAKE_GH_HANG") and " ".join(args).startswith(os.environ["FAKE_GH_HANG"]):
        time.sleep(60)  # longer than the GH_TIMEOUT a test gives the script
    if os.environ.get("FAKE_GH_FAIL") and " ".join(args).startswith(os.environ["FAKE_GH_FAIL"]):
        state.write_text(json.dumps(data))
        print("HTTP 502: the fake gh was told to fail", file=sys.stderr)
        return 1
    words, options = _options(args)
    one = {key: values[-1] for key, values in options.items()}
    body = Path(one["--body-file"]).read_text() if "--body-file" in one else None
    out = ""
    if words[:2] == ["label", "create"]:
        if words[2] not in data["labels"]:
            data["labels"].append(words[2])
    elif words[:2] == ["issue", "list"]:
        found = [i for i in data["issues"] if i["state"] == one.get("--state", "open")]
        found = [i for i in found if one.get("--label") in (None, *i["labels"]) and one.get("--author") in (None, i["author"])]
        out = _fields(found[: int(one.get("--limit", 30))], one["--json"])
    elif words[:2] == ["issue", "create"]:
        number = _next(data)
        data["issues"].append({"number": number, "title": one["--title"], "body": body, "labels": options.get("--label", []), "author": BOT, "state": "open", "comments": []})
        out = f"https://github.com/contoso/ai-model-access/issues/{number}\n"
    elif words[:2] in (["issue", "edit"], ["issue", "close"], ["pr", "edit"], ["pr", "close"]):
        kind = "issues" if words[0] == "issue" else "pulls"
        (item,) = [i for i in data[kind] if i["number"] == int(words[2])]
        item.update({k: v for k, v in (("title", one.get("--title")), ("body", body)) if v is not None})
        if words[1] == "close":
            item["state"] = "closed"
            item["comments"].append(one.get("--comment", ""))
            item["branch_deleted"] = "--delete-branch" in options
    elif words[:2] == ["pr", "list"]:
        found = [p for p in data["pulls"] if p["state"] == one.get("--state", "open") and p["head"] == one.get("--head", p["head"]) and p["base"] == one.get("--base", p["base"])]
        out = _fields(found[: int(one.get("--limit", 30))], one["--json"])
    elif words[:2] == ["pr", "create"]:
        number = _next(data)
        data["pulls"].append({"number": number, "head": one["--head"], "base": one["--base"], "title": one["--title"], "body": body, "state": "open", "author": BOT, "comments": []})
        out = f"https://github.com/contoso/ai-model-access/pull/{number}\n"
    elif words[:1] == ["api"]:
        data["statuses"].append({"path": words[1], **dict(value.split("=", 1) for value in options.get("-f", []))})
        out = "{}"
    else:
        state.write_text(json.dumps(data))
        print(f"fake gh: unknown call {args}", file=sys.stderr)
        return 1
    state.write_text(json.dumps(data))
    print(out, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
