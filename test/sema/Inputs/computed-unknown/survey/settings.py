import os

LABEL_ATTRIBUTE = os.environ["LABEL_ATTRIBUTE"]
