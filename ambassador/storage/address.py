"""Where a database is: a file on this computer, or a PostgreSQL server.

A server is named by a URL (`postgresql+psycopg://user@host:port/database?sslmode=…`) or by a
profile file that IT deploys (`server.toml`, see docs/server.md). Neither ever holds a
password: it is asked at start and may be kept in the system's keyring. TLS is
`verify-full` unless the address says otherwise.

Only the standard library here: the command line reads an address before any database layer
is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

SCHEMES = ("postgresql+psycopg", "postgresql", "postgres")
PROFILE_SUFFIX = ".toml"
DEFAULT_SSLMODE = "verify-full"
# Seconds to wait for a server that does not answer (its packets dropped, not refused): libpq
# waits for the system's TCP timeout otherwise, minutes with the window not yet shown.
DEFAULT_CONNECT_TIMEOUT = 10
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# What an address or a profile may say besides host, port, database and user: libpq's own
# connection parameters for TLS, Kerberos and the time to wait, nothing that runs anything.
OPTIONS = (
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "gssencmode",
    "krbsrvname",
    "connect_timeout",
    "application_name",
    "host",
    "port",
)

PASSWORD_IN_ADDRESS = QT_TRANSLATE_NOOP(
    "Messages",
    "A password never goes in the server's address or profile; it is asked for when the "
    "program starts",
)
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "Messages",
    "This is not a database server's address (postgresql://user@host/database)",
)
UNKNOWN_OPTION = QT_TRANSLATE_NOOP(
    "Messages", "The server's address or profile has a setting this program does not know"
)
BAD_PROFILE = QT_TRANSLATE_NOOP(
    "Messages", "This server profile cannot be read: it is not a profile Ambassador knows"
)
NO_DATABASE_NAMED = QT_TRANSLATE_NOOP("Messages", "The server's address does not name a database")


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database on a server, without a password."""

    database: str
    host: str | None = None
    port: int | None = None
    user: str | None = None
    options: tuple[tuple[str, str], ...] = field(default=())

    @property
    def sslmode(self) -> str:
        return dict(self.options).get("sslmode", DEFAULT_SSLMODE)

    def connect_args(self) -> dict[str, str | int]:
        """libpq's connection parameters: TLS `verify-full` and a wait of ten seconds for an
        answer, unless the address says otherwise."""
        args: dict[str, str | int] = {
            "sslmode": DEFAULT_SSLMODE,
            "connect_timeout": DEFAULT_CONNECT_TIMEOUT,
            **dict(self.options),
        }
        if self.host is not None:
            args["host"] = self.host
        if self.port is not None:
            args["port"] = self.port
        if self.user is not None:
            args["user"] = self.user
        args["dbname"] = self.database
        return args

    def url(self) -> str:
        """The SQLAlchemy URL, without a password (and so safe to show)."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = quote(self.host, safe="") if self.host and not self.host.startswith("/") else ""
        port = f":{self.port}" if self.port is not None and host else ""
        options = list(self.options)
        if self.host and self.host.startswith("/"):
            options.append(("host", self.host))
            if self.port is not None:
                options.append(("port", str(self.port)))
        query = "&".join(f"{k}={quote(v, safe='/')}" for k, v in options)
        return f"postgresql+psycopg://{user}{host}{port}/{quote(self.database, safe='')}" + (
            f"?{query}" if query else ""
        )

    def describe(self) -> str:
        """What the title bar and Datasäkerhet show: user@host/database."""
        where = self.host or "localhost"
        if self.port is not None and not where.startswith("/"):
            where = f"{where}:{self.port}"
        user = f"{self.user}@" if self.user else ""
        return f"{user}{where}/{self.database}"


# A database is a file or a server.
Location = Path | ServerAddress


def is_server_address(text: str) -> bool:
    scheme, _, rest = text.partition("://")
    return bool(rest) and scheme.lower() in SCHEMES


def parse_location(text: str) -> Location:
    """What `--db` names: a server's URL, a server profile (`*.toml`), or a database file."""
    if is_server_address(text):
        return parse_address(text)
    path = Path(text).expanduser()
    if path.suffix.lower() == PROFILE_SUFFIX:
        return read_profile(path)
    return path


def parse_address(text: str) -> ServerAddress:
    """A server's URL as a `ServerAddress`; refused when it holds a password."""
    parts = urlsplit(text)
    if parts.scheme.lower() not in SCHEMES:
        raise StorageError(NOT_AN_ADDRESS)
    if parts.password is not None:
        raise StorageError(PASSWORD_IN_ADDRESS)
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "password" in options:
        raise StorageError(PASSWORD_IN_ADDRESS)
    try:
        port = parts.port
    except ValueError:
        raise StorageError(NOT_AN_ADDRESS) from None
    return _address(
        {
            "database": unquote(parts.path.lstrip("/")),
            "host": unquote(parts.hostname) if parts.hostname else None,
            "port": port,
            "user": unquote(parts.username) if parts.username else None,
            **options,
        }
    )


def read_profile(path: Path) -> ServerAddress:
    """A server profile as IT deploys it (docs/server.md):

    [server]
    host = "db.kommun.local"
    port = 5432
    database = "ambassador"
    user = "anna"            # optional: the account's name otherwise
    sslmode = "verify-full"  # the default
    sslrootcert = "/etc/ssl/certs/kommun-ca.pem"
    """
    import tomllib  # here: the window's start reads `--db` without a profile to parse

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError:
        raise StorageError(BAD_PROFILE, str(path)) from None
    server = data.get("server")
    if not isinstance(server, dict):
        raise StorageError(BAD_PROFILE, str(path))
    if "password" in server:
        raise StorageError(PASSWORD_IN_ADDRESS, str(path))
    return _address({key: value for key, value in server.items()})


def _address(values: dict[str, object]) -> ServerAddress:
    database = values.pop("database", None)
    if not isinstance(database, str) or not database:
        raise StorageError(NO_DATABASE_NAMED)
    host = values.pop("host", None)
    port = values.pop("port", None)
    user = values.pop("user", None)
    unknown = set(values) - set(OPTIONS)
    if unknown:
        raise StorageError(UNKNOWN_OPTION, ", ".join(sorted(unknown)))
    if values.get("sslmode", DEFAULT_SSLMODE) not in SSLMODES:
        raise StorageError(UNKNOWN_OPTION, "sslmode")
    try:
        port_number = int(str(port)) if port not in (None, "") else None
    except ValueError:
        raise StorageError(NOT_AN_ADDRESS) from None
    return ServerAddress(
        database=database,
        host=str(host) if host else None,
        port=port_number,
        user=str(user) if user else None,
        options=tuple(sorted((key, str(value)) for key, value in values.items())),
    )
