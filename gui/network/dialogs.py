"""Dialogs of the network feature: marking a tie, and managing actors.

`TieDialog` asks for the two actors, the type and whether the tie has a direction
(preset from the type); `ActorsDialog` lists actors with their sector, group and the
"administrative organisation" mark, and adds, edits or removes them (an actor with
ties is removed only together with them, after a question). Each write is one
undoable action through the bridge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gui import i18n
from gui.dialog_parts import list_with_side_buttons, ok_cancel_buttons
from storage.errors import TelaahError


def sector_label(sector: str) -> str:
    return ActorsDialog.tr("State") if sector == "state" else ActorsDialog.tr("Non-state")


class TieDialog(QDialog):
    """Which actors a passage ties, with which type and direction."""

    def __init__(self, actors, tie_types, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark tie"))
        self.first, self.second, self.kind = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.first, self.second):
            for actor in actors:
                combo.addItem(actor.name, actor.id)
        if len(actors) > 1:
            self.second.setCurrentIndex(1)
        for tie_type in tie_types:
            self.kind.addItem(tie_type.label(lang), (tie_type.key, tie_type.directed))
        self.directed = QCheckBox(self.tr("The tie has a &direction (from → to)"))
        self.kind.currentIndexChanged.connect(self._preset_direction)
        self._preset_direction()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        for text, widget in ((self.tr("&From:"), self.first), (self.tr("&To:"), self.second),
                             (self.tr("T&ype:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.directed)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel_buttons(self, self._check))

    def _preset_direction(self) -> None:
        data = self.kind.currentData()
        self.directed.setChecked(bool(data and data[1]))

    def _check(self) -> None:
        if self.first.currentData() == self.second.currentData():
            self.problem.setText(self.tr("Choose two different actors."))
            return
        self.accept()

    def values(self) -> tuple[int, int, str, bool]:
        return (self.first.currentData(), self.second.currentData(),
                self.kind.currentData()[0], self.directed.isChecked())


class ActorEditor(QDialog):
    """Name, sector, stakeholder group and the administrative mark of one actor."""

    def __init__(self, groups, actor=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actor"))
        self.name = QLineEdit(actor.name if actor else "")
        self.sector = QComboBox()
        for key in ("state", "non_state"):
            self.sector.addItem(sector_label(key), key)
        self.sector.setCurrentIndex(0 if actor and actor.sector == "state" else 1)
        self.group = QComboBox()
        self.group.addItem(self.tr("(none)"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        if actor is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(actor.group_id)))
        self.administrative = QCheckBox(self.tr("&Administers the network (its own "
                                                "organisation)"))
        self.administrative.setChecked(bool(actor and actor.administrative))
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("&Sector:"), self.sector),
                             (self.tr("&Group:"), self.group)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.administrative)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> dict:
        return {"name": self.name.text(), "sector": self.sector.currentData(),
                "group_id": self.group.currentData(),
                "administrative": self.administrative.isChecked()}


class ActorsDialog(QDialog):
    """The actors of the network: add, edit, remove, or take them from participants."""

    def __init__(self, bridge, parent=None):
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Network actors"))
        self.resize(640, 380)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit)
        buttons = []
        for text, slot in ((self.tr("&Add…"), self.add), (self.tr("&Edit…"), self.edit),
                           (self.tr("&Remove"), self.remove),
                           (self.tr("From &participants"), self.from_participants)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.append(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        list_with_side_buttons(self, self.table, buttons, self.message)
        self.reload()

    def reload(self) -> None:
        project = self.bridge.project
        groups = {g.id: g.name for g in project.participants.groups()}
        self.table.setHorizontalHeaderLabels([self.tr("Actor"), self.tr("Sector"),
                                              self.tr("Group"), self.tr("Administers")])
        actors = project.network.actors()
        self.table.setRowCount(len(actors))
        for row, actor in enumerate(actors):
            cells = (actor.name, sector_label(actor.sector), groups.get(actor.group_id, ""),
                     self.tr("yes") if actor.administrative else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, actor.id)
                self.table.setItem(row, column, item)

    def _selected(self):
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        actor_id = item.data(Qt.ItemDataRole.UserRole)
        return next(a for a in self.bridge.project.network.actors() if a.id == actor_id)

    def _write(self, label: str, work) -> bool:
        try:
            self.bridge.run(label, work)
        except TelaahError as error:
            self.message.setText(i18n.translated(error))
            return False
        self.message.clear()
        self.reload()
        return True

    def add(self) -> None:
        editor = ActorEditor(self.bridge.project.participants.groups(), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            values = editor.values()
            self._write(self.tr("Add actor"), lambda p: p.network.add_actor(
                values.pop("name"), **values))

    def edit(self, *_args) -> None:
        actor = self._selected()
        if actor is None:
            return
        editor = ActorEditor(self.bridge.project.participants.groups(), actor, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            values = editor.values()
            self._write(self.tr("Edit actor"),
                        lambda p: p.network.update_actor(actor.id, **values))

    def remove(self) -> None:
        actor = self._selected()
        if actor is None:
            return
        ties = sum(1 for t in self.bridge.project.network.ties()
                   if actor.id in (t.from_actor, t.to_actor))
        if ties and QMessageBox.question(self, self.tr("Remove actor"), i18n.fill(self.tr(
                "%1 has %2 tie(s). Remove the actor together with its ties and their "
                "passages' codings?"), actor.name, str(ties))) != QMessageBox.StandardButton.Yes:
            return
        self._write(self.tr("Remove actor"), lambda p: p.network.delete_actor(
            actor.id, with_ties=bool(ties)))

    def from_participants(self) -> None:
        self._write(self.tr("Add actors from participants"),
                    lambda p: p.network.add_actors_from_participants())
