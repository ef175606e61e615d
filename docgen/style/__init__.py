"""Style presets: commented TOML files in ``styles/`` loaded into typed, frozen dataclasses."""

from .loader import DEFAULT_STYLE, available_presets, load_style, user_presets_dir
from .schema import Role, Style, Typeface

__all__ = ["DEFAULT_STYLE", "Role", "Style", "Typeface", "available_presets", "load_style",
           "user_presets_dir"]
