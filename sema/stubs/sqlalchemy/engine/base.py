# sqlalchemy.engine.base: engines and connections, which models' modules
# name in event listeners' signatures; they make nothing of the schema.


class Engine:
    def __init__(self, *args, **kwargs):
        pass


class Connection:
    def __init__(self, *args, **kwargs):
        pass
