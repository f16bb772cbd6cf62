"""The webhook: a JSON POST about a run that failed or was flagged, readable in chat tools."""
from __future__ import annotations

import json
import logging
import urllib.request

from archive import hijacks, runs

logger = logging.getLogger("newsvault.scheduler")

WEBHOOK_TIMEOUT_S = 10.0


def webhook_payload(row, why: str = "", hijack: hijacks.HijackState | None = None) -> dict:
    """The JSON posted for a failed or flagged run; ``text`` makes it readable in chat webhooks.
    ``hijack``: the source's hijacked pages, posted as ``hijack`` (pages, injected strings)."""
    run = runs.as_dict(row)
    text = f"newsvault: {run['source']} run {run['id']} {run['status']} (exit {run['exit_code']})"
    if run["health"]:
        text += f", flagged {run['health']}: {why}"
    event = "run_failed" if run["status"] in ("failed", "timeout") else "run_flagged"
    payload = {"event": event, "text": text, "run": run}
    if hijack is not None:
        payload["hijack"] = hijacks.as_dict(hijack)
    return payload


def post_webhook(url: str, payload: dict, user_agent: str) -> bool:
    """POST the payload as JSON; a failure is logged, never raised (the run is recorded already)."""
    req = urllib.request.Request(url, data=json.dumps(payload, ensure_ascii=False).encode(), method="POST",
                                 headers={"Content-Type": "application/json; charset=utf-8",
                                          "User-Agent": user_agent})
    try:
        with urllib.request.urlopen(req, timeout=WEBHOOK_TIMEOUT_S) as resp:
            resp.read()
        return True
    except OSError as e:  # URLError, HTTPError, timeouts
        logger.warning("webhook %s failed: %s", url, e)
        return False
