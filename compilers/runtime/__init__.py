"""The runtime library shared by every language: routines in IR text, linked in when a program uses them."""

from compilers.runtime.link import LinkError, link, runtime_library, runtime_names

__all__ = ["LinkError", "link", "runtime_library", "runtime_names"]
