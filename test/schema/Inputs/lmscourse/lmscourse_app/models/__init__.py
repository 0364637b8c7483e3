from .base import Model  # noqa
from .people import Learner, Instructor  # noqa
from .courses import Course, Module, Lesson, course_instructors  # noqa
from .progress import Enrollment, LessonCompletion, Quiz, QuizAttempt  # noqa
