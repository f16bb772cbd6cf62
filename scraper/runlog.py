"""Each scheduled run's own log file: where it goes, and how many are kept per source."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from scraper.sources import Config

RUN_LOG = re.compile(r"-run(\d+)\.log$")


def run_log_path(config: Config, source: str, run_id: int) -> Path:
    """``<log_dir>/<source>/<local start time>-run<id>.log`` (the folder is created)."""
    folder = config.schedule.log_dir / source
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(ZoneInfo(config.schedule.timezone)).strftime("%Y%m%d-%H%M%S")
    return folder / f"{stamp}-run{run_id}.log"


def rotate_run_logs(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` run logs in a source's folder; return what was deleted."""
    logs = sorted((int(m.group(1)), p) for p in folder.glob("*.log") if (m := RUN_LOG.search(p.name)))
    doomed = [p for _, p in logs[:-keep]] if len(logs) > keep else []
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed
