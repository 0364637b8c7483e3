from gigboard_app.models.base import Base
from gigboard_app.models.company import Company, Recruiter
from gigboard_app.models.jobs import Application, Job, JobSkill, Skill

__all__ = ["Base", "Company", "Recruiter", "Job", "Skill", "JobSkill", "Application"]
