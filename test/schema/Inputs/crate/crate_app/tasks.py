"""Background jobs.  Imported by the worker only."""
from celery import shared_task

from crate_app.models import Release


@shared_task
def rebuild_simple_index(project_name):
    # regenerate /simple/<project>/ after an upload
    return project_name


@shared_task
def yank(release_id):
    return Release.__tablename__, release_id
