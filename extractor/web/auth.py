"""Accounts, sessions and CSRF.

Bound to 127.0.0.1 (the default) the app needs no login: whoever can reach it is on
this machine. On any other host it needs accounts (`chitieu users add`), a login and a
signed session cookie; viewers can look but change nothing. Every state-changing
request carries the session's CSRF token (form field `csrf` or header X-CSRF-Token),
else it is refused with 403.
"""
from __future__ import annotations

import hmac
import ipaddress
import secrets

import sqlalchemy as sa

from ..db import schema
from ..db.corrections import now
from ..errors import ChitieuError

ROLES = ("reviewer", "viewer")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(conn, name: str, password: str, role: str) -> None:
    if role not in ROLES:
        raise ChitieuError(f"role {role!r}: use reviewer or viewer")
    if not name.strip() or len(name) > 64:
        raise ChitieuError("a user name is 1 to 64 characters")
    if len(password) < 8:
        raise ChitieuError("a password has at least 8 characters")
    u = schema.users
    values = {"password_hash": _hasher().hash(password), "role": role, "created_at": now()}
    if conn.execute(sa.select(u.c.name).where(u.c.name == name)).first():
        conn.execute(u.update().where(u.c.name == name).values(**values))
    else:
        conn.execute(u.insert().values(name=name, **values))


def count_users(conn) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(schema.users)).scalar()


def verify(conn, name: str, password: str) -> str | None:
    """The user's role when the password is right, else None."""
    from argon2.exceptions import VerificationError

    u = schema.users
    row = conn.execute(sa.select(u.c.password_hash, u.c.role).where(u.c.name == name)).first()
    if row is None:
        _hasher().hash(password)  # same time whether or not the name exists
        return None
    try:
        _hasher().verify(row.password_hash, password)
    except VerificationError:
        return None
    return row.role


def csrf_token(session) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session, sent: str | None) -> bool:
    want = session.get("csrf")
    return bool(want and sent and hmac.compare_digest(want, sent))
