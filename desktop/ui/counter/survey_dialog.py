"""A quick survey: 0-10 buttons for "would you recommend us", the rest optional."""

from __future__ import annotations

import time

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.services import surveys
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.errors import show_error
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT, WorkingLabel, touch_buttons

TEN_WITHIN_S = 1.0  # "1" then "0" this close together is the score 10, as staff type what they hear

CHOSEN_STYLE = (
    "QPushButton:checked { background: #1a73e8; color: white; font-weight: bold; border: 2px solid #0b4fa8; }"
)


class SurveyDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, card: str = "", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.card = db, actor, card
        self.saved = False
        self.setWindowTitle(self.tr("Feedback"))
        questions = (
            ("recommend", self.tr("How likely is it that you would recommend us to a friend?")),
            ("buy_again", self.tr("How likely are you to buy here again? (optional)")),
            ("buy_more", self.tr("How likely are you to try other products of ours? (optional)")),
            ("satisfaction", self.tr("How satisfied are you with us? (optional)")),
        )
        self.groups: dict[str, QButtonGroup] = {}
        self.labels: list[QLabel] = []
        self._current = 0
        self.clock = time.monotonic  # seconds; tests replace it
        self._one: tuple[float, int] | None = None  # when "1" answered which question: a "0" may follow
        grid = QGridLayout()
        row = 0
        for number, (key, text) in enumerate(questions):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 11)
            self.labels.append(label)
            group = QButtonGroup(self)
            group.idClicked.connect(lambda _score, number=number: self._answered(number))
            for score in range(11):
                button = QPushButton(str(score))
                button.setCheckable(True)
                button.setAutoDefault(False)  # Enter saves, whichever score has the focus
                button.setMinimumSize(TOUCH_HEIGHT, TOUCH_HEIGHT)
                button.setStyleSheet(CHOSEN_STYLE)
                group.addButton(button, score)
                grid.addWidget(button, row + 1, score)
            self.groups[key] = group
            row += 2
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What did they say? (optional)"))
        self.comment.setMaximumHeight(70)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setEnabled(False)
        self.save.setDefault(True)
        touch_buttons(self.buttons)
        self.groups["recommend"].idClicked.connect(lambda _score: self.save.setEnabled(True))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.runner = Runner(self)  # saving waits on the database off the UI thread
        self.working = WorkingLabel()
        self.runner.sig_busy.connect(self.working.setVisible)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.comment)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self._ask(0)

    @property
    def current(self) -> int:
        """The question the keys 0-9 answer: the one whose buttons have the focus, else the
        first one not yet asked about."""
        focused = self.focusWidget()
        for number, group in enumerate(self.groups.values()):
            if focused in group.buttons():
                return number
        return self._current

    def _ask(self, number: int) -> None:
        """Make this question the current one: in bold, its buttons taking the focus."""
        self._current = number
        for index, label in enumerate(self.labels):
            font = label.font()
            font.setBold(index == number)
            label.setFont(font)
        group = list(self.groups.values())[number]
        (group.checkedButton() or group.button(0)).setFocus()

    def _answered(self, number: int) -> None:
        if number + 1 < len(self.groups):
            self._ask(number + 1)
        else:  # the last question answered: Enter saves
            self._current = number
            self.save.setFocus()

    def keyPressEvent(self, event) -> None:
        """The keys 0-9 answer the current question as staff hear it, and move on to the next;
        "1" and "0" typed together answer 10."""
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii() and not self.comment.hasFocus():
            now, one, self._one = self.clock(), self._one, None
            groups = list(self.groups.values())
            if text == "0" and one is not None and now - one[0] <= TEN_WITHIN_S:
                groups[one[1]].button(10).click()  # the "1" just typed was the start of 10
                return
            number = self.current
            groups[number].button(int(text)).click()
            if text == "1":
                self._one = (now, number)
            return
        super().keyPressEvent(event)

    def answers(self) -> dict[str, int | None]:
        return {key: (group.checkedId() if group.checkedId() >= 0 else None) for key, group in self.groups.items()}

    def _save(self) -> None:
        if not self.save.isEnabled():
            return
        db, actor, answers, card, comment = self.db, self.actor, self.answers(), self.card, self.comment.toPlainText()
        if self.runner.run(lambda: surveys.record_survey(db, actor, answers, card=card, comment=comment),
                           self._saved, self._refused):
            self.save.setEnabled(False)  # a second Enter while it saves stores one survey

    def _refused(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        show_error(self, error)

    def _saved(self, _response) -> None:
        self.saved = True
        self.accept()

    def reject(self) -> None:
        if not self.runner.running:  # Esc while saving: wait for what the database says
            super().reject()
