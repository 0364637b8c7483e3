# sqlalchemy.engine.url: database URLs, which models' modules build for
# their engine; they make nothing of the schema.


class URL:
    @classmethod
    def create(cls, drivername, username=None, password=None, host=None,
               port=None, database=None, query=None):
        return cls()

    def render_as_string(self, hide_password=True):
        return None


def make_url(name_or_url):
    return URL()
