"""Import desk statistics from other tools (Gimlet, Libstats, any CSV/XLSX with a mapping) and from
deskapp's own export. `import_file` is the one entry point for enquiries, `import_tallies` for counts (Suma,
tally sheets); the CLI and the import dialog call them."""

from deskapp.importing.errors import ImportFileError, ImportSummary, Problem, UnmappedValue
from deskapp.importing.mapping import Mapping, builtin_mapping, builtin_mapping_names, load_mapping
from deskapp.importing.run import import_file, resolve_zone
from deskapp.importing.suma import SUMA
from deskapp.importing.tallies import TallyFormat, TallySummary, import_tallies
from deskapp.importing.tally_sheet import TALLY_SHEET

# Built-in mappings a format name picks from, by the file's header.
FORMATS: dict[str, tuple[str, ...]] = {
    "gimlet": ("gimlet-api", "gimlet-web"),
    "libstats": ("libstats",),
    "libanswers": ("libanswers",),
    "deskapp": ("deskapp-export",),
}
# Formats of counts (tallies), not one row per enquiry: importing/tallies.py.
TALLY_FORMATS: dict[str, TallyFormat] = {"suma": SUMA, "tallies": TALLY_SHEET}

__all__ = [
    "FORMATS",
    "TALLY_FORMATS",
    "ImportFileError",
    "ImportSummary",
    "Mapping",
    "Problem",
    "TallyFormat",
    "TallySummary",
    "UnmappedValue",
    "builtin_mapping",
    "builtin_mapping_names",
    "import_file",
    "import_tallies",
    "load_mapping",
    "resolve_zone",
]
