"""Style presets: commented TOML files in ``styles/`` loaded into typed, frozen dataclasses."""

from .loader import DEFAULT_STYLE, available_presets, load_style, resolve, user_presets_dir
from .resolved import Resolved
from .schema import Role, Style, Typeface

__all__ = ["DEFAULT_STYLE", "Resolved", "Role", "Style", "Typeface", "available_presets",
           "load_style", "resolve", "user_presets_dir"]
