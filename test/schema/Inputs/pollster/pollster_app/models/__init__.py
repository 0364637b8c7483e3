from pollster_app.models.meta import Base, metadata
from pollster_app.models.survey import Survey, Page, Question, Choice, survey_tags, Tag
from pollster_app.models.response import Respondent, Response, Answer
