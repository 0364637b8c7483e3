import re

CAMEL_TO_SNAKE = re.compile(r"(?<!^)(?=[A-Z])")


def table_name(cls):
    return CAMEL_TO_SNAKE.sub("_", cls.__name__).lower()
