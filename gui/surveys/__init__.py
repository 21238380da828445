"""Questionnaires: the form editor, offline data entry and Likert summaries.

`SurveysFeature` installs the Surveys dock (`SurveyPanel`: Questions, Responses and
Likert summary tabs) and the Survey submenu of the Analysis menu (`SurveyActions`).
"""

from gui.surveys.feature import SurveysFeature
from gui.surveys.panel import SurveyPanel

__all__ = ["SurveyPanel", "SurveysFeature"]
