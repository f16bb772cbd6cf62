"""The one exception hierarchy of newsvault: every user-facing failure is a NewsvaultError.

The command line prints ``str(error)`` as one line and exits with ``error.exit_code``.
"""


class NewsvaultError(Exception):
    """A failure the user can act on; the message says what is wrong and how to fix it."""

    exit_code = 1


class UsageError(NewsvaultError):
    """The user asked for something that cannot be done as asked (bad query, unknown id)."""

    exit_code = 2


class ArchiveError(NewsvaultError):
    """The archive database cannot be opened, is not ours, or is newer than this program."""

    exit_code = 1


class DamagedRecord(ArchiveError):
    """A capture whose bytes cannot be read back as they were written: its WARC file is missing
    or cut short, the record does not parse, or its digest does not match. It costs that
    capture, never the command (`newsvault verify` lists them all)."""

    exit_code = 1


class UpgradeRequired(ArchiveError):
    """The archive was made by an older newsvault: a reader refuses it until `newsvault upgrade`."""

    exit_code = 1


class ConfigError(NewsvaultError):
    """The configuration file is missing, unreadable or invalid. Exit code 2."""

    exit_code = 2
