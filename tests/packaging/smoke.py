"""Load packaging/smoke_bundle.py, the smoke test shared by the bundle script and these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def smoke_module() -> ModuleType:
    """packaging/smoke_bundle.py as a module (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "smoke_bundle", ROOT / "packaging" / "smoke_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
