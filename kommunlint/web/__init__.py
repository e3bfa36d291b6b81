"""``kommunlint serve``: a local web page and HTTP API for checking a draft.

:func:`kommunlint.web.app.create_app` builds the Starlette application;
:func:`kommunlint.web.app.serve` runs it with uvicorn. Starlette, uvicorn and Jinja2
are imported only here, so ``kommunlint check`` does not pay for them at start-up.
"""
