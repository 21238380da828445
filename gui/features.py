"""The list of features the main window is built from, in the order they install."""

from __future__ import annotations

from gui.codebook import CodebookFeature
from gui.demo_action import DemoFeature
from gui.evaluation import EvaluationFeature
from gui.export_dialog import ExportFeature
from gui.field import FieldFeature
from gui.images import ImagesFeature
from gui.memos import MemosFeature
from gui.network import NetworkFeature
from gui.preferences import PreferencesFeature
from gui.privacy_actions import PrivacyActions
from gui.project_actions import ProjectActions
from gui.refi_actions import RefiActions
from gui.restore_actions import RestoreFeature
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
