"""Quill: a small Flask blogging / CMS engine.

The application factory lives in :mod:`quillblog_app.factory`; importing the
package itself stays cheap so that CLI tools and Alembic can load the models
without building an app.
"""

__version__ = "2.3.1"
