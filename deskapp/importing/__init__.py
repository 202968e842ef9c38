"""Import desk statistics from other tools (Gimlet, Libstats, any CSV/XLSX with a mapping) and from
deskapp's own export. `import_file` is the one entry point; the CLI and the import dialog both call it."""

from deskapp.importing.errors import ImportFileError, ImportSummary, Problem, UnmappedValue
from deskapp.importing.mapping import Mapping, builtin_mapping, builtin_mapping_names, load_mapping
from deskapp.importing.run import import_file, resolve_zone

# Built-in mappings a format name picks from, by the file's header.
FORMATS: dict[str, tuple[str, ...]] = {
    "gimlet": ("gimlet-api", "gimlet-web"),
    "libstats": ("libstats",),
    "libanswers": ("libanswers",),
    "deskapp": ("deskapp-export",),
}

__all__ = [
    "FORMATS",
    "ImportFileError",
    "ImportSummary",
    "Mapping",
    "Problem",
    "UnmappedValue",
    "builtin_mapping",
    "builtin_mapping_names",
    "import_file",
    "load_mapping",
    "resolve_zone",
]
