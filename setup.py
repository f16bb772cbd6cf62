"""Compiles the message catalogues (core/locales/*/LC_MESSAGES/*.po → .mo) whenever newsvault is
built or installed, editable installs included; everything else is in pyproject.toml."""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LOCALES = Path(__file__).resolve().parent / "core" / "locales"


def compile_catalogues() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in LOCALES.glob("*/LC_MESSAGES/*.po"):
        with open(po, "rb") as f:
            catalogue = read_po(f)
        with open(po.with_suffix(".mo"), "wb") as f:
            write_mo(f, catalogue)


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        compile_catalogues()
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
