"""chitieu serve: the review web application; chitieu users: its accounts."""
from __future__ import annotations

import click

from .db import one_line_errors
from .options import db_option, debug_option


def _engine(db_url, must_exist=True):
    from ..db.engine import open_engine
    from ..db.migrations import migrate

    engine = open_engine(db_url, must_exist=must_exist)
    migrate(engine)
    return engine


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this machine (127.0.0.1, localhost) needs accounts: "
                   "see `chitieu users add`.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--reviewer", default=None,
              help="Name recorded with corrections when no login is needed [default: your login name].")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the pages (each user can switch with the link in the header).")
@db_option
@debug_option
def serve(host, port, reviewer, lang, db, debug):
    """Review and correct the stored targets in a browser.

    Staff open a document, see its text with every row's evidence highlighted, and
    accept, reject or correct each row, or add one the extraction missed by
    selecting its words. Corrections are stored apart from the extraction and
    survive `db ingest --force`; every other command shows the reviewed rows.

    On 127.0.0.1 (the default) there is no login. On any other host every user
    logs in (`chitieu users add NAME --role reviewer|viewer`); with no account the
    server does not start.

    \b
    Example:
      chitieu serve --db out/chitieu.db          # then open http://127.0.0.1:8000
      chitieu serve --host 0.0.0.0 --port 8080 --db postgresql://chitieu@db/chitieu
    """
    import uvicorn

    from ..db.engine import reading
    from ..web.app import create_app
    from ..web.auth import count_users, is_loopback

    with one_line_errors(debug):
        engine = _engine(db)
        local = is_loopback(host)
        if not local:
            with reading(engine) as conn:
                if count_users(conn) == 0:
                    raise click.ClickException(
                        f"--host {host} is reachable from other machines and needs accounts: "
                        "add one with `chitieu users add NAME --role reviewer`, or serve on 127.0.0.1")
        app = create_app(engine, login_required=not local, reviewer=reviewer, lang=lang)
    click.echo(f"chitieu: serving {db} on http://{host}:{port} ({'no login' if local else 'login required'}); Ctrl-C stops",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.group()
def users():
    """Accounts for `chitieu serve` on a host other than 127.0.0.1.

    \b
    Example:
      chitieu users add hoa --role reviewer
      chitieu users list
    """


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "viewer"]), required=True,
              help="reviewer: may correct rows; viewer: may only look.")
@click.password_option(envvar="CHITIEU_PASSWORD", help="Asked for when not given (or env CHITIEU_PASSWORD).")
@db_option
@debug_option
def add_user(name, role, password, db, debug):
    """Add an account, or change its role and password (stored as an argon2 hash).

    \b
    Example:
      chitieu users add hoa --role reviewer
      CHITIEU_PASSWORD=... chitieu users add binh --role viewer --db postgresql://chitieu@db/chitieu
    """
    from ..db.engine import guard
    from ..web.auth import add_user as add

    with one_line_errors(debug):
        engine = _engine(db, must_exist=False)
        with guard(engine), engine.begin() as conn:
            add(conn, name, password, role)
    click.echo(f"user {name}: {role}", err=True)


@users.command("list")
@db_option
@debug_option
def list_users(db, debug):
    """List accounts and their roles.

    \b
    Example:
      chitieu users list --db out/chitieu.db
    """
    import sqlalchemy as sa

    from ..db import schema
    from ..db.engine import reading

    u = schema.users
    with one_line_errors(debug):
        engine = _engine(db)
        with reading(engine) as conn:
            rows = conn.execute(sa.select(u.c.name, u.c.role).order_by(u.c.name)).all()
    for name, role in rows:
        click.echo(f"{name}\t{role}")
