"""All ORM models; importing this package registers every table."""
from .base import Base, metadata
from .project import Project, Pipeline, Secret
from .build import Build, Job, TestJob, DeployJob, Artifact
from .runner import Runner, Label, runner_labels

__all__ = [
    "Base", "metadata", "Project", "Pipeline", "Secret", "Build", "Job",
    "TestJob", "DeployJob", "Artifact", "Runner", "Label", "runner_labels",
]
