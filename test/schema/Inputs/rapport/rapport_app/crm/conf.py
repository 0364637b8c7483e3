import os

CRM_SCHEMA = os.environ.get("RAPPORT_SCHEMA", "crm")
DEFAULT_CURRENCY = "USD"
PIPELINE_STAGES = ["lead", "qualified", "proposal", "negotiation", "won", "lost"]
