"""The tree model behind the sources list: groups of sources with date and codings.

`SourceTreeModel` is a two-level `QAbstractItemModel`: group rows (a technique, or a
stakeholder group) holding source rows with three columns (title, date, number of
coded segments). Grouping by stakeholder group follows each source's participants,
so a source with participants from two groups is listed under both. A filter text
keeps only sources whose title or participant code contains it. The model reads
the project on `reload()` only (three cheap queries) and keeps plain records; group
rows have internal id 0, a source row's internal id is its group's row + 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from gui.sources import labels
from storage import Kind
from storage.models import TECHNIQUES, Participant, Source
from storage.source_stats import segment_counts

BY_TECHNIQUE = "technique"
BY_STAKEHOLDER = "stakeholder"
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE, DATE, SEGMENTS = range(3)
_NO_PARTICIPANT = "\0none"
_NO_GROUP = "\0nogroup"

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class _Group:
    key: str                    # technique, stakeholder group name, or a marker above
    label: str                  # untranslated for techniques and markers
    source_ids: list[int] = field(default_factory=list)


class SourceTreeModel(QAbstractItemModel):
    """Sources grouped by technique or stakeholder group; see the module docstring."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._project = None
        self._grouping = BY_TECHNIQUE
        self._filter = ""
        self._sources: dict[int, Source] = {}
        self._order: list[int] = []
        self._counts: dict[int, int] = {}
        self._participants: dict[int, Participant] = {}
        self._group_order: list[str] = []
        self._groups: list[_Group] = []

    # -- feeding ---------------------------------------------------------------------

    def set_project(self, project) -> None:
        self._project = project
        self.reload()

    def reload(self) -> None:
        """Read sources, counts and participants again and rebuild the tree."""
        self.beginResetModel()
        if self._project is None:
            self._sources, self._order, self._counts = {}, [], {}
            self._participants, self._group_order = {}, []
        else:
            project = self._project
            sources = project.sources.list(with_length=False)  # lengths are not shown
            self._sources = {s.id: s for s in sources}
            self._order = [s.id for s in sources]
            self._counts = segment_counts(project)
            self._participants = {p.id: p for p in project.participants.list()}
            self._group_order = [g.name for g in project.participants.groups()]
        self._groups = self._build_groups()
        self.endResetModel()

    def follow_segments(self, change) -> None:
        """Segment counts after a change that wrote only segments, without reading the
        sources again: from the change's rows (or recounted for a bulk action)."""
        if self._project is None:
            return
        if change.bulk(Kind.SEGMENTS):
            self._counts = segment_counts(self._project)
            touched = None
        else:
            touched = set()
            for delta in change.segment_deltas():
                for segment, step in ((delta.before, -1), (delta.after, 1)):
                    if segment is not None:
                        source_id = segment.source_id
                        self._counts[source_id] = self._counts.get(source_id, 0) + step
                        touched.add(source_id)
        for row, group in enumerate(self._groups):
            rows = (range(len(group.source_ids)) if touched is None else
                    [i for i, sid in enumerate(group.source_ids) if sid in touched])
            if not rows:
                continue
            group_index = self.index(row, 0)
            self.dataChanged.emit(self.index(rows[0], SEGMENTS, group_index),
                                  self.index(rows[-1], SEGMENTS, group_index))
            cell = self.index(row, SEGMENTS)
            self.dataChanged.emit(cell, cell)

    def set_grouping(self, grouping: str) -> None:
        if grouping not in (BY_TECHNIQUE, BY_STAKEHOLDER) or grouping == self._grouping:
            return
        self.beginResetModel()
        self._grouping = grouping
        self._groups = self._build_groups()
        self.endResetModel()

    @property
    def grouping(self) -> str:
        return self._grouping

    def set_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._groups = self._build_groups()
        self.endResetModel()

    def retranslate(self) -> None:
        """Labels of group rows and headers follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    def _matches(self, source: Source) -> bool:
        if not self._filter:
            return True
        if self._filter in source.title.casefold():
            return True
        return any(self._filter in self._participants[pid].code.casefold()
                   for pid in source.participant_ids if pid in self._participants)

    def _build_groups(self) -> list[_Group]:
        if self._project is None:
            return []
        shown = [sid for sid in self._order if self._matches(self._sources[sid])]
        if self._grouping == BY_TECHNIQUE:
            groups = {kind: _Group(kind, labels.TECHNIQUE_GROUP_NAMES[kind]) for kind in TECHNIQUES}
            for sid in shown:
                groups[self._sources[sid].kind].source_ids.append(sid)
            ordered = [g for g in groups.values()  # survey answers: only when there are
                       if g.key != "survey" or g.source_ids]
        else:
            keys = [*self._group_order, _NO_GROUP, _NO_PARTICIPANT]
            groups = {key: _Group(key, key) for key in keys}
            groups[_NO_GROUP].label = labels.NO_GROUP
            groups[_NO_PARTICIPANT].label = labels.NO_PARTICIPANT
            for sid in shown:
                for key in self._stakeholder_keys(self._sources[sid]):
                    groups.setdefault(key, _Group(key, key)).source_ids.append(sid)
            ordered = [g for g in groups.values() if g.source_ids]
        if self._filter:
            ordered = [g for g in ordered if g.source_ids]
        return ordered

    def _stakeholder_keys(self, source: Source) -> list[str]:
        keys: list[str] = []
        for pid in source.participant_ids:
            participant = self._participants.get(pid)
            if participant is None:
                continue
            key = participant.group or _NO_GROUP
            if key not in keys:
                keys.append(key)
        return keys or [_NO_PARTICIPANT]

    # -- lookups ---------------------------------------------------------------------

    def source_id(self, index: Index) -> int | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group.source_ids[index.row()]

    def source(self, source_id: int) -> Source | None:
        return self._sources.get(source_id)

    def segment_count(self, source_id: int) -> int:
        return self._counts.get(source_id, 0)

    def participant_codes(self, source: Source) -> list[str]:
        return [self._participants[pid].code for pid in source.participant_ids
                if pid in self._participants]

    def index_of_source(self, source_id: int, column: int = 0) -> QModelIndex:
        """The first row showing this source (invalid if filtered out or unknown)."""
        for group_row, group in enumerate(self._groups):
            if source_id in group.source_ids:
                return self.createIndex(group.source_ids.index(source_id), column,
                                        group_row + 1)
        return QModelIndex()

    def visible_source_ids(self) -> list[int]:
        seen: list[int] = []
        for group in self._groups:
            seen.extend(sid for sid in group.source_ids if sid not in seen)
        return seen

    def group_labels(self) -> list[str]:
        return [self._group_label(group) for group in self._groups]

    def _group_label(self, group: _Group) -> str:
        if self._grouping == BY_TECHNIQUE or group.key in (_NO_GROUP, _NO_PARTICIPANT):
            return labels.translate(group.label)
        return group.label

    # -- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].source_ids)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Source"), self.tr("Date"), self.tr("Codings"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == SEGMENTS:
            return self.tr("Number of coded segments")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        source = self._sources[self.source_id(index)]
        return self._source_data(source, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return f"{self._group_label(group)} ({len(group.source_ids)})"
            if column == SEGMENTS:
                return sum(self._counts.get(sid, 0) for sid in group.source_ids)
        elif role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        elif role == GROUP_KEY_ROLE:
            return group.key
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == SEGMENTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _source_data(self, source: Source, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return source.title
            if column == DATE:
                return source.date or ""
            return self._counts.get(source.id, 0)
        if role == SOURCE_ID_ROLE:
            return source.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEGMENTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _tooltip(self, source: Source) -> str:
        lines = [source.title, labels.technique_label(source.kind)]
        codes = self.participant_codes(source)
        if codes:
            lines.append(self.tr("Participants: %1").replace("%1", ", ".join(codes)))
        if source.place:
            lines.append(source.place)
        return "\n".join(lines)
