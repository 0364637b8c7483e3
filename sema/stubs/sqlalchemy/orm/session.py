# sqlalchemy.orm.session: sessions, which models' modules import for their
# helpers' signatures; they make nothing of the schema.
from sqlalchemy.orm import Session, sessionmaker


def object_session(instance):
    return None


def make_transient(instance):
    return None


def make_transient_to_detached(instance):
    return None


def close_all_sessions():
    return None
