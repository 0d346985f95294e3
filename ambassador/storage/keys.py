"""The key of an encrypted database, and the passphrase that unlocks it.

SQLCipher encrypts the file with a random 256-bit key. That key never depends on what a
person types: it is wrapped by the passphrase in a small key file beside the database
(`ambassador.db.key`), and handed out once as the recovery key. So:

- the passphrase reaches nothing but scrypt, as UTF-8 bytes: quotes, semicolons, Å and emoji
  need no escaping, and no SQL ever holds it;
- changing the passphrase rewrites the key file only, not the database or its backups;
- the recovery key opens the database (and every backup) even when the key file is lost.

Wrapping is `key XOR scrypt(passphrase, salt)`, with a fresh salt each time, and an HMAC of
the key that tells a wrong passphrase from a right one without trying the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.paths import create_private_file, settle_mode

KEY_BYTES = 32
KEY_SUFFIX = ".key"
# scrypt at n=2**15, r=8: 32 MiB and about a tenth of a second a guess.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
RECOVERY_GROUP = 4

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("Messages", "The passphrase is not right.")
WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP("Messages", "The recovery key is not right.")
NO_KEY_FILE = QT_TRANSLATE_NOOP(
    "Messages", "The key file beside the database is missing or damaged; use the recovery key."
)
KEY_FILE_WRITE = QT_TRANSLATE_NOOP("Messages", "The key file could not be written.")


class WrongKeyError(StorageError):
    """The passphrase or recovery key does not open this database."""


def key_path(database: Path) -> Path:
    return database.with_name(database.name + KEY_SUFFIX)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_pragma(key: bytes) -> str:
    """The statement that gives SQLCipher a raw key: hex digits only, nothing to escape."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def recovery_code(key: bytes) -> str:
    """The key as a person can write it down: base32 in groups of four, no padding."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def key_from_recovery_code(code: str) -> bytes:
    """Read a recovery key back, forgiving case, spaces and dashes; raises WrongKeyError."""
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = letters + "=" * (-len(letters) % 8)
    try:
        key = base64.b32decode(padded)
    except ValueError:
        raise WrongKeyError(WRONG_RECOVERY_KEY) from None
    if len(key) != KEY_BYTES:
        raise WrongKeyError(WRONG_RECOVERY_KEY)
    return key


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=KEY_BYTES,
    )


def _check_value(key: bytes) -> str:
    return hmac.new(key, b"ambassador database key", hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    salt: bytes
    wrapped: bytes
    check: str
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    failed_unlocks: int = 0  # since the last successful unlock; goes to the audit log

    @classmethod
    def wrap(cls, key: bytes, passphrase: str) -> KeyFile:
        salt = secrets.token_bytes(16)
        pad = _stretch(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        wrapped = bytes(a ^ b for a, b in zip(key, pad, strict=True))
        return cls(salt, wrapped, _check_value(key))

    def unwrap(self, passphrase: str) -> bytes:
        pad = _stretch(passphrase, self.salt, self.n, self.r, self.p)
        key = bytes(a ^ b for a, b in zip(self.wrapped, pad, strict=True))
        if not hmac.compare_digest(_check_value(key), self.check):
            raise WrongKeyError(WRONG_PASSPHRASE)
        return key

    def opens(self, key: bytes) -> bool:
        return hmac.compare_digest(_check_value(key), self.check)

    def with_failed_unlocks(self, count: int) -> KeyFile:
        return KeyFile(self.salt, self.wrapped, self.check, self.n, self.r, self.p, count)

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "kdf": "scrypt",
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "salt": self.salt.hex(),
                "wrapped": self.wrapped.hex(),
                "check": self.check,
                "failed_unlocks": self.failed_unlocks,
            },
            indent=2,
        )

    @classmethod
    def read(cls, database: Path) -> KeyFile:
        try:
            data = json.loads(key_path(database).read_text(encoding="utf-8"))
            return cls(
                salt=bytes.fromhex(data["salt"]),
                wrapped=bytes.fromhex(data["wrapped"]),
                check=str(data["check"]),
                n=int(data["n"]),
                r=int(data["r"]),
                p=int(data["p"]),
                failed_unlocks=int(data.get("failed_unlocks", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            raise StorageError(NO_KEY_FILE, str(key_path(database))) from None

    def write(self, database: Path) -> None:
        """Atomically: a crash leaves the old key file or the new one. The file is its
        owner's alone (a rewritten one keeps a stricter mode it had)."""
        target = key_path(database)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.unlink(missing_ok=True)  # a crash's leftover, with whatever mode it had
            create_private_file(partial)
            with partial.open("w", encoding="utf-8") as handle:
                handle.write(self.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            settle_mode(partial, target)
            os.replace(partial, target)
        except OSError:
            partial.unlink(missing_ok=True)
            raise StorageError(KEY_FILE_WRITE, str(target)) from None
