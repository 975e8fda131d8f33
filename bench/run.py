"""Run the benchmark suite: ``python bench/run.py`` (full) or ``python bench/run.py --quick``."""

import sys
from pathlib import Path

# Run as a script, this folder is on the path but the repository root (for ``bench.*``) is not.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if __name__ == "__main__":
    from bench.suite import main

    sys.exit(main())
