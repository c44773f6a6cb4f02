"""Any JSON a cluster or a gateway answers ends as lines, never as an exception (generated inputs).

The loopback tests stage the odd answers one can think of; these feed verify's checks every shape
hypothesis can build from the keys the checks look for, without HTTP in between, so thousands of
shapes cost a second: the Kubernetes checks with a cluster whose reads return the generated
objects, the gateway checks with generated answers.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.verify_scene import TEAMS

from ai_access.verify.burst import _usage
from ai_access.verify.cluster_checks import check_cluster
from ai_access.verify.foundry import foundry_check
from ai_access.verify.gateway import Answer, _completion_check, _headers_check, _refusal_check, remaining
from ai_access.verify.gateway_http import Reply
from ai_access.verify.kube import ClusterTarget
from ai_access.verify.output import Reporter
from ai_access.verify.results import Status
from ai_access.verify.run import gateway_target
from ai_access.verify.team_folder import load_team_folder

KEYS = ["status", "conditions", "type", "Ready", "reason", "message", "severity", "observedGeneration", "generation",
        "metadata", "spec", "state", "data", "primaryKey", "value", "id", "error", "code", "usage", "total_tokens", "choices"]
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.sampled_from(["True", "False", "Ready", "active", "", "²"]) | st.text(max_size=20)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=5), max_leaves=25)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


class _GeneratedCluster:
    """A Cluster whose every read returns the next generated value."""

    def __init__(self, answers: list) -> None:
        self.answers = answers
        self.target = ClusterTarget("generated", "https://cluster.invalid")
        self.timeout = 1.0

    def read(self, ref):  # noqa: ANN001, ANN201  (the Cluster's interface)
        answer = self.answers.pop(0) if self.answers else {}
        return answer if isinstance(answer, dict) else {"status": answer}

    def close(self) -> None:
        pass


@SETTINGS
@given(answers=st.lists(JSON, min_size=1, max_size=25))
def test_any_shape_of_object_ends_as_one_line_per_object(fixture_dist, platform, answers) -> None:
    folder = load_team_folder(str(fixture_dist), TEAMS[0])
    out = io.StringIO()
    reporter = Reporter(TEAMS[0], "json", out, io.StringIO())
    findings = check_cluster(folder, lambda: _GeneratedCluster(list(answers)), reporter)
    reporter.check(foundry_check(folder, findings, str(platform.azure.tenant_id)))
    target, problems = gateway_target(folder, findings, None, platform)
    code = reporter.finish()
    document = json.loads(out.getvalue())
    assert document["exitCode"] == code and len(document["checks"]) == len(folder.objects) + 2
    assert target is not None and target.endpoint == folder.endpoint_data["endpoint"]  # the folder's, whatever the cluster said
    assert all(c.status is Status.FAILED for c in problems)


REPLIES = st.builds(
    Reply,
    status=st.sampled_from([200, 403, 429, 500, 302]) | st.integers(100, 599),
    headers=st.dictionaries(st.sampled_from(["x-ai-gateway-remaining-tokens", "x-ai-gateway-remaining-quota-tokens", "content-type"]),
                            st.sampled_from(["5", "²", "9" * 5000, "-1", ""]) | st.text("0123456789 +-.", max_size=8), max_size=3),
    body=JSON.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=40) | st.just(b"[" * 5_000) | st.just(b'{"usage": {"total_tokens": Infinity}}'),
)


@SETTINGS
@given(replies=st.lists(REPLIES, min_size=1, max_size=3))
def test_any_gateway_answer_ends_as_a_check(fixture_dist, platform, replies) -> None:
    from httpx import Headers

    # Headers as they come off the wire: bytes, which httpx decodes when read.
    replies = [Reply(r.status, Headers([(k.encode(), v.encode()) for k, v in r.headers.items()]), r.body) for r in replies]
    folder = load_team_folder(str(fixture_dist), TEAMS[0])
    reporter = Reporter(TEAMS[0], "json", io.StringIO(), io.StringIO())
    findings = check_cluster(folder, lambda: _GeneratedCluster([]), reporter)
    findings.key = "k"
    target, _ = gateway_target(folder, findings, "https://gateway.invalid/openai", platform)
    for reply in replies:
        answer = Answer(reply)
        assert isinstance(answer.describe(), str)
        assert _completion_check(answer, "model m").status in (Status.OK, Status.FAILED)
        assert _refusal_check(answer, "other", target.refusal).status in (Status.OK, Status.FAILED)
        left = remaining(reply, "x-ai-gateway-remaining-tokens")
        assert left is None or 0 <= left < 10**15
        assert 0 <= _usage(reply) <= 10**12
    assert _headers_check(target, replies).status in (Status.OK, Status.FAILED, Status.SKIPPED)
