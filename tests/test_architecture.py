"""The layers hold: what import-linter cannot see (the two top-level modules, new crawl modules)
is checked here; `make lint` runs import-linter on the packages."""
from __future__ import annotations

import ast
import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = {"archive", "cli", "cluster", "core", "demo", "scheduler", "scraper", "settings", "web"}


def _imports(path: Path) -> set[str]:
    """The modules of ours a file imports, at any depth of the file (functions included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
        found |= {n for n in names if n.split(".")[0] in OURS}
    return found


def test_settings_imports_nothing_of_ours():
    assert _imports(ROOT / "settings.py") == set()


def test_the_scheduler_sits_above_the_crawl_and_below_the_command_line():
    imported = {name.split(".")[0] for name in _imports(ROOT / "scheduler.py")}
    # cluster: with a [cluster] section the scheduler queues its runs for the workers
    assert imported <= {"archive", "cluster", "core", "scraper", "settings"}, imported
    assert not any(name.startswith("scraper.clean") for name in _imports(ROOT / "scheduler.py"))


def test_every_crawl_module_is_in_the_crawl_layer_of_the_contract():
    """A module added to scraper/ must be placed in a layer, or import-linter would not check it."""
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    crawl_layer = next(line for line in config["importlinter:contract:layers"]["layers"].split("\n")
                       if "scraper.runner" in line)
    listed = {name.strip() for name in crawl_layer.split(":")}
    modules = {f"scraper.{p.stem}" for p in (ROOT / "scraper").glob("*.py") if p.stem != "__init__"}
    modules |= {f"scraper.{p.name}" for p in (ROOT / "scraper").iterdir()
                if (p / "__init__.py").exists() and p.name != "clean"}
    assert modules == listed


def test_every_package_says_its_concern():
    for init in ROOT.glob("*/__init__.py"):
        if init.parent.name in OURS:
            doc = ast.get_docstring(ast.parse(init.read_text("utf-8")))
            assert doc and len(doc.split("\n")[0]) > 20, f"{init.relative_to(ROOT)} has no one-line docstring"
