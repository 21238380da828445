"""The list of features the main window is built from, in the order they install."""

from __future__ import annotations

from gui.codebook import CodebookFeature
from gui.evaluation import EvaluationFeature
from gui.exchange.export import ExportFeature
from gui.exchange.refi import RefiActions
from gui.field import FieldFeature
from gui.images import ImagesFeature
from gui.memos import MemosFeature
from gui.network import NetworkFeature
from gui.preferences.dialog import PreferencesFeature
from gui.project.actions import ProjectActions
from gui.project.demo import DemoFeature
from gui.project.privacy import PrivacyActions
from gui.project.restore import RestoreFeature
from gui.retrieval import RetrievalFeature
from gui.search import SearchFeature
from gui.sources.feature import SourcesFeature
from gui.surveys import SurveysFeature
from gui.team import TeamFeature
from gui.text import TextFeature
from gui.transcription import TranscriptionFeature

FEATURES: list = [
    SourcesFeature,
    ProjectActions,
    PrivacyActions,
    PreferencesFeature,
    TextFeature,
    CodebookFeature,
    RetrievalFeature,
    MemosFeature,
    SearchFeature,
    EvaluationFeature,
    TranscriptionFeature,
    ImagesFeature,
    NetworkFeature,
    SurveysFeature,
    RefiActions,
    ExportFeature,
    RestoreFeature,
    FieldFeature,
    TeamFeature,
    DemoFeature,
]
