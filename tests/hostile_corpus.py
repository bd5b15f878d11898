"""Load fixtures/hostile/make_hostile.py (a script, not a package) for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "fixtures" / "hostile" / "make_hostile.py"


def generator() -> ModuleType:
    """The generator module, imported once."""
    name = "cancel_mail_hostile_generator"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, GENERATOR)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look the module up while building
        spec.loader.exec_module(module)
    return module
