"""Nothing a user can set or run is undocumented: config keys and commands appear in the docs."""
from __future__ import annotations

import re
from pathlib import Path

import click

from cli import COMMANDS, main
from scraper.sources import SECTIONS, SOURCE_KEYS, load_config

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
EXAMPLE = ROOT / "newsvault.example.toml"


def test_example_config_is_valid_and_has_every_key():
    config = load_config(EXAMPLE)
    assert config.sources[0].name == "gzou-news"
    text = EXAMPLE.read_text("utf-8")
    for section, keys in SECTIONS.items():
        assert f"[{section}]" in text
        for key in keys:
            assert re.search(rf"^#? ?{key} = ", text, re.M), f"[{section}].{key} missing from the example"
    for key in SOURCE_KEYS:
        assert re.search(rf"^{key} = ", text, re.M), f"[[source]].{key} missing from the example"


def test_every_config_key_is_in_the_readme():
    for keys in (*SECTIONS.values(), SOURCE_KEYS):
        for key in keys:
            assert re.search(rf"\b{key}\b", README), f"config key {key!r} is not in README.md"


def _commands() -> dict:
    """Every subcommand, loaded (the group itself loads them lazily)."""
    ctx = click.Context(main)
    names = main.list_commands(ctx)
    assert len(names) >= 14
    return {name: main.get_command(ctx, name) for name in names}


def test_every_command_has_a_readme_section():
    for name, command in _commands().items():
        subcommands = getattr(command, "commands", None)
        for full in ([f"{name} {s}" for s in subcommands] if subcommands else [name]):
            assert f"`newsvault {full}" in README, f"`newsvault {full}` has no section in README.md"


def test_the_command_list_shows_each_commands_own_summary():
    """`newsvault --help` lists commands without importing them: its summaries are copies, kept true here."""
    for name, command in _commands().items():
        first_line = (command.help or "").split("\n\n")[0].replace("\n", " ").strip()
        assert COMMANDS[name][1] == first_line, f"cli.COMMANDS[{name!r}] differs from its docstring's first line"
