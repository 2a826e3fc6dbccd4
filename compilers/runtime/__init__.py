"""The runtime library shared by every language: routines in IR text, linked in when a program uses them."""

from compilers.runtime.link import (
    LinkError,
    RuntimeLibraryError,
    is_runtime_file,
    link,
    runtime_library,
    runtime_names,
)

__all__ = ["LinkError", "RuntimeLibraryError", "is_runtime_file", "link", "runtime_library", "runtime_names"]
