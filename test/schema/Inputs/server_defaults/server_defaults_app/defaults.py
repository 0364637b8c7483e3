import random
import string

MAX_ATTEMPTS = 5


def new_job_code() -> str:
    """Random 8-character code, used as a Python-side default."""
    return "".join(random.choices(string.ascii_uppercase, k=8))


def attempts_from_priority(context):
    """A context-sensitive default: reads another column of the INSERT."""
    return MAX_ATTEMPTS * 2 if context.get_current_parameters().get("priority", 0) > 5 else MAX_ATTEMPTS
