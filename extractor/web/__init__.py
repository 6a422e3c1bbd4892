"""`chitieu serve`: the review web application (Starlette + Jinja2, plain forms).

app       builds the application for a database (sessions, CSRF, login when needed)
auth      accounts (argon2 hashes), sessions, CSRF tokens, roles
i18n      Vietnamese labels (English with ?lang=en) and values shown the Vietnamese way
pages     read-side queries of the pages (document list, review page, targets, compare)
routes    the handlers
"""
