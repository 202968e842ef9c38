"""CLI command groups. Each module has `register(subparsers)`; its handlers take the parsed args."""

from deskapp.commands import (
    backup_commands,
    db_commands,
    demo_commands,
    desk_commands,
    guides_commands,
    import_commands,
    plans_commands,
    reference_commands,
    report_commands,
    skills_commands,
    staff_commands,
)

COMMAND_MODULES = [db_commands, demo_commands, backup_commands, staff_commands, import_commands, report_commands,
                   skills_commands, plans_commands, guides_commands, reference_commands, desk_commands]
