"""The CLI's console attach on a windowed Windows build, simulated: the decision, not the Win32 call."""

import io
from types import SimpleNamespace

from deskapp.platform.console import ATTACH_PARENT_PROCESS, attach_parent_console


def windowed() -> SimpleNamespace:
    # What a PyInstaller --windowed exe sees on Windows: no stdout, no stderr.
    return SimpleNamespace(stdout=None, stderr=None)


def test_a_windowed_build_started_from_a_console_writes_to_that_console() -> None:
    asked: list[int] = []
    opened: list[str] = []

    def opener(name: str, *args: object, **kwargs: object) -> io.StringIO:
        opened.append(name)
        return io.StringIO()

    streams = windowed()
    assert attach_parent_console(os_name="nt", attach=lambda p: asked.append(p) or True, opener=opener,
                                 streams=streams)
    assert asked == [ATTACH_PARENT_PROCESS] and opened == ["CONOUT$", "CONOUT$"]
    assert streams.stdout is not None and streams.stderr is not None


def test_started_from_explorer_there_is_no_console_and_nothing_is_opened() -> None:
    streams = windowed()
    assert not attach_parent_console(os_name="nt", attach=lambda p: False, opener=lambda *a, **k: 1 / 0,
                                     streams=streams)
    assert streams.stdout is None


def test_a_process_that_has_streams_is_left_alone() -> None:
    streams = SimpleNamespace(stdout=io.StringIO(), stderr=io.StringIO())
    assert not attach_parent_console(os_name="nt", attach=lambda p: 1 / 0, streams=streams)
    assert not attach_parent_console(os_name="posix", attach=lambda p: 1 / 0, streams=windowed())
