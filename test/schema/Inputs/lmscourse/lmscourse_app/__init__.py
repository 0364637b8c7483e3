"""lmscourse — a learning management system: courses, lessons, enrolments, grading."""
