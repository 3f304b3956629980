"""The Settings tab with the shop's details for paper: address, contact, opening hours, logo,
who signs the letters, u or je, and the window envelope the letters are folded into.

Self-contained: it loads the profile, shows every wrong value beside its field at once and
saves through desktop.services.shop_profile. A chosen logo is checked and scaled here: an
SVG is drawn to a PNG (reportlab draws PNG), a large picture is scaled down to
LOGO_STORED_PIXELS on its long side.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.shop_profile import ShopProfile
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.shop_profile import load_profile, update_profile
from desktop.ui.errors import explain
from desktop.ui.widgets import FormErrors

LOGO_STORED_PIXELS = 1200  # enough for 40 mm at 600 dpi; more only makes every PDF heavier
TEXT_FIELDS = ("street", "postcode", "city", "phone", "email", "website", "kvk", "signer")


def logo_as_png(path: Path) -> bytes:
    """The picture in `path` as PNG bytes, scaled down to LOGO_STORED_PIXELS; b"" when Qt cannot read it."""
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return b""
        size = renderer.defaultSize()
        if size.isEmpty():
            size = QSize(LOGO_STORED_PIXELS, LOGO_STORED_PIXELS)
        size = size.scaled(LOGO_STORED_PIXELS, LOGO_STORED_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    else:
        image = QImage(str(path))
        if image.isNull():
            return b""
        if max(image.width(), image.height()) > LOGO_STORED_PIXELS:
            image = image.scaled(LOGO_STORED_PIXELS, LOGO_STORED_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ShopProfileTab(QScrollArea):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.current = load_profile(db)
        self.logo = self.current.logo_png
        self.errors = FormErrors()
        page, form = QWidget(), QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long Dutch labels go above their field
        page.setLayout(form)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        labels = {"street": self.tr("Street and number"), "postcode": self.tr("Postcode"), "city": self.tr("Town"),
                  "phone": self.tr("Phone"), "email": self.tr("E-mail"), "website": self.tr("Website"),
                  "kvk": self.tr("KvK number (Chamber of Commerce)"), "signer": self.tr("Letters are signed by")}
        self.texts: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            self.texts[name] = QLineEdit(getattr(self.current, name))
            self._row(form, name, labels[name], self.texts[name])
        self.texts["signer"].setPlaceholderText(self.tr("e.g. Marieke Jansen"))
        self.hours = QPlainTextEdit(self.current.opening_hours)
        self.hours.setPlaceholderText(self.tr("Mon–Fri 9:00–18:00\nSat 9:00–17:00"))
        self.hours.setFixedHeight(80)
        self._row(form, "opening_hours", self.tr("Opening hours"), self.hours)
        self.address_form = QComboBox()
        self.address_form.addItem(self.tr("u (formal)"), "u")
        self.address_form.addItem(self.tr("je (informal)"), "je")
        self.address_form.setCurrentIndex(max(0, self.address_form.findData(self.current.address_form)))
        self.address_form.setToolTip(self.tr("How every Dutch letter, voucher and slip addresses the customer"))
        self._row(form, "address_form", self.tr("Dutch texts address the customer as"), self.address_form)
        self.envelope = QComboBox()
        self.envelope.addItem(self.tr("DIN 5008 form B (window 45 mm from the top)"), "B")
        self.envelope.addItem(self.tr("DIN 5008 form A (window 27 mm from the top)"), "A")
        self.envelope.setCurrentIndex(max(0, self.envelope.findData(self.current.envelope_window)))
        self._row(form, "envelope_window", self.tr("Window envelope of the letters"), self.envelope)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(160, 64)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        row.addWidget(self.logo_view)
        row.addWidget(self.choose_logo)
        row.addWidget(self.remove_logo)
        row.addStretch(1)
        self._row(form, "logo_png", self.tr("Logo (PNG or SVG)"), logo_row)
        self.set_logo(self.logo)

    def _row(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> None:
        form.addRow(label, self.errors.beside(name, editor))

    def set_logo(self, data: bytes) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_view.setPixmap(pixmap.scaled(self.logo_view.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_view.setText(self.tr("no logo"))
        self.remove_logo.setEnabled(bool(data))

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the shop's logo"), str(Path.home()),
                                              self.tr("Pictures (*.png *.svg)"))
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> None:
        data = logo_as_png(path)
        if not data:
            self.errors["logo_png"].show_message(self.tr("This file is not a picture that can be read."))
            return
        self.errors["logo_png"].show_message("")
        self.set_logo(data)

    def values(self) -> dict:
        values: dict = {name: edit.text().strip() for name, edit in self.texts.items()}
        values["opening_hours"] = self.hours.toPlainText().strip()
        values["address_form"] = self.address_form.currentData()
        values["envelope_window"] = self.envelope.currentData()
        values["logo_png"] = self.logo
        return values

    def check(self) -> bool:
        """Show every wrong value beside its field at once; True when all are right."""
        problems = {problem.field: explain(problem) for problem in
                    reversed(ShopProfile().with_values(self.values()).problems())}  # the first per field
        return not self.errors.show_all(problems, "street")

    def has_problems(self) -> bool:
        return any(error.text() for error in self.errors.values())

    def save(self, actor: Actor) -> bool:
        """Store what changed; False with every mistake shown beside its field."""
        if not self.check():
            return False
        values = self.values()
        changed = {k: v for k, v in values.items() if v != getattr(self.current, k)}
        if changed:
            try:
                self.current = update_profile(self.db, actor, changed)
            except ValidationError as error:
                self.errors.show_all({error.field: explain(error)}, "street")
                return False
        return True
