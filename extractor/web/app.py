"""The review application for one database: Starlette, Jinja2 templates (autoescaped),
signed session cookies, CSRF on every change, login on any host but this machine."""
from __future__ import annotations

import getpass
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..db.rows import show_number
from . import i18n

HERE = Path(__file__).resolve().parent


@dataclass
class Settings:
    engine: sa.Engine
    login_required: bool
    reviewer: str  # who decides when no login is needed
    lang: str = "vi"


def templates() -> Jinja2Templates:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = i18n.number
    env.filters["plain"] = show_number  # a form value: 2,5 or 1000 (no thousands dot to misread)
    env.filters["threshold"] = lambda r, lang="vi": i18n.threshold(
        r["operator"], r["value_num"] if r["value_num"] is not None else r["value_text"], r["unit"], r.get("noun"), lang)
    return Jinja2Templates(env=env)


def create_app(engine: sa.Engine, login_required: bool = False, reviewer: str | None = None,
               secret: str | None = None, lang: str = "vi") -> Starlette:
    """The app; the database must be migrated already (serve does it at start)."""
    from . import routes

    settings = Settings(engine, login_required, reviewer or getpass.getuser(), lang)
    secret = secret or os.environ.get("CHITIEU_SECRET") or secrets.token_urlsafe(32)
    app = Starlette(
        routes=[
            Route("/", routes.home),
            Route("/documents", routes.documents),
            Route("/documents/{doc_id:int}", routes.review_page),
            Route("/documents/{doc_id:int}/rows", routes.add_row, methods=["POST"]),
            Route("/documents/{doc_id:int}/reviewed", routes.mark_reviewed, methods=["POST"]),
            Route("/rows/{row_id:int}", routes.change_row, methods=["POST"]),
            Route("/rows/{row_id:int}/same-as", routes.same_as, methods=["POST"]),
            Route("/targets", routes.targets),
            Route("/compare", routes.compare_page),
            Route("/login", routes.login, methods=["GET", "POST"]),
            Route("/logout", routes.logout, methods=["POST"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=[Middleware(SessionMiddleware, secret_key=secret, session_cookie="chitieu_session",
                               same_site="strict", https_only=False, max_age=12 * 3600)],
        exception_handlers={404: routes.not_found},
    )
    app.state.settings = settings
    app.state.templates = templates()
    return app
