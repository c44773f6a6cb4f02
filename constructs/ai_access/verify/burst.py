"""`--burst`: drive the team's tokens-per-minute limit to a 429 with the fewest tokens that can.

A 429 needs the minute's count to pass the limit, so the fewest tokens are what is left this
minute plus one. The gateway says what is left (the policy's remaining-tokens header), so each call
sends a prompt of that many words plus one: one token per repeated word for the models' tokenizers,
plus the chat format's few. With `estimate-prompt-tokens` APIM refuses that prompt before it reaches
the model (llm-token-limit-policy, Microsoft Learn); otherwise the model answers, the gateway counts
its usage, and the next call, sized the same way, is refused. At most MAX_CALLS calls, stopping at
the first 429; nothing is sent when the day's quota left could not absorb all of them.

What the gateway says is left is a hint, never a size: each prompt is at most the team's own
tokens per minute plus one (the folder's, itself at most the platform's ceiling), so the line
announcing the burst holds whatever the headers claim.
"""

from __future__ import annotations

from ai_access.verify.gateway import AREA, GatewayClient, GatewayTarget, gateway_header, remaining
from ai_access.verify.gateway_http import Reply
from ai_access.verify.output import Reporter
from ai_access.verify.results import Check, failed, ok, skipped
from ai_access.verify.server_data import mapping

MAX_CALLS = 3
SUBJECT = "tokens-per-minute limit"


def burst_model(target: GatewayTarget) -> str:
    """The model to burst on: a Foundry one when the team has one (larger context windows than KAITO's)."""
    return next((m for m in target.models if m not in target.kaito_models), target.models[0])


def run_burst(client: GatewayClient, last: Reply | None, reporter: Reporter) -> Check:
    """Send the burst (after a line saying what it sends) and report how many tokens the 429 took."""
    target = client.target
    tpm, policy = target.tokens_per_minute, target.policy
    if not target.key or not target.models:
        return skipped(AREA, SUBJECT, f"no key: {target.no_key}" if not target.key else "the team has no enabled model")
    if tpm is None:
        return skipped(AREA, SUBJECT, "the ConfigMap gives no tokensPerMinute")
    if tpm > target.max_tokens_per_minute:
        return failed(AREA, SUBJECT, f"the folder's tokensPerMinute {tpm} is above the platform's ceiling {target.max_tokens_per_minute}: nothing sent")
    # Only a header of the gateway's own says what is left of the team's minute (apim/headers.py).
    header = gateway_header(policy.remaining_tokens_header) if policy else None

    def left_now(response: Reply | None, fallback: int) -> int:
        said = remaining(response, header)
        return min(tpm, fallback if said is None else said)

    left = left_now(last, tpm)
    bound = MAX_CALLS * (tpm + 1)
    quota_left = remaining(last, gateway_header(policy.remaining_quota_header) if policy else None)
    if quota_left is not None and quota_left < bound:
        return skipped(AREA, SUBJECT, f"only {quota_left} tokens of today's quota are left and a burst may spend up to {bound}: nothing sent")
    model = burst_model(target)
    reporter.note(
        f"burst: will send to {model} at most {MAX_CALLS} chat completions, each with a prompt of the tokens left this minute "
        f"plus one ({left + 1} words first) and max_completion_tokens 1, stopping at the first 429: at most {bound} prompt tokens"
    )
    sent = counted = 0
    for call in range(1, MAX_CALLS + 1):
        answer = client.complete(model, words=left + 1)
        sent += left + 1
        if answer.status == 429:
            retry = answer.response.headers.get("Retry-After") if answer.response is not None else None
            return ok(
                AREA,
                SUBJECT,
                f"429 after {call} call(s) and {sent} prompt tokens; "
                + ("the gateway refused the prompt before it reached the model" if not counted else f"{counted} tokens counted from the calls it answered")
                + f"; the limit is {tpm} per minute"
                + (f"; Retry-After {retry} s" if retry else ""),
            )
        if answer.status != 200:
            return failed(AREA, SUBJECT, f"call {call}: expected 200 or 429, got {answer.describe()}", environment=answer.environment)
        counted += _usage(answer.response)
        left = left_now(answer.response, max(tpm - counted, 0))
    return failed(AREA, SUBJECT, f"no 429 after {MAX_CALLS} calls and {sent} prompt tokens: the gateway does not hold the team to {tpm} tokens per minute")


def _usage(response: Reply | None) -> int:
    # What the gateway says the call used; anything but a whole number between 0 and a limit counts as 0.
    try:
        total = mapping(mapping(response.json()).get("usage")).get("total_tokens") if response is not None else 0
    except ValueError:
        return 0
    return total if isinstance(total, int) and not isinstance(total, bool) and 0 <= total <= 10**12 else 0
