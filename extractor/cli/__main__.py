"""`python -m extractor.cli` runs the `chitieu` command."""
from . import main

main(prog_name="chitieu")
