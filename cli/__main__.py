"""`python -m cli` runs the `newsvault` command line."""
from cli import main

main(prog_name="newsvault")
