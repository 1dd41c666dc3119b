"""Settings: microphone, speech model (install with progress, or a folder), voice and
rate, resolver thresholds, device backend, the home's location, and how the window
starts.

Slow things (listing audio devices and voices, installing a model) run on the
bridge's workers; the dialog stays responsive and an install can be cancelled.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..conversation.config import AppConfig
from ..domain import counted
from ..errors import ConfigError, TeachappError
from ..settings import Settings
from .bridge import Bridge
from .icons import icon
from .model_words import folder_bytes, model_line, model_tip, offer_line
from .widgets import LineLabel, styled_label

__all__ = ["SettingsDialog"]


def _speech(module: str) -> Any:
    return importlib.import_module(f"teachapp.speech.{module}")


def _list_inputs() -> list[Any]:
    audio = _speech("audio")
    return audio.list_input_devices() if audio is not None else []


def _list_models(settings: Settings) -> tuple[list[Any], dict[str, Any], list[Any],
                                              dict[str, int | None]]:
    """The installed models, the downloadable ones, what works by voice, and each
    installed model's size on disk (read here, on the worker)."""
    models = _speech("models")
    if models is None:
        return [], {}, [], {}
    manager = models.ModelManager(settings)
    installed = manager.installed()
    doctor = _speech("doctor")
    engines = doctor.engine_rows(settings, installed) if doctor is not None else []
    sizes = {str(info.path): folder_bytes(Path(info.path)) for info in installed}
    return installed, dict(models.OFFICIAL_SMALL_MODELS), engines, sizes


def _list_voices() -> list[tuple[str, str]]:
    speech = importlib.import_module("teachapp.speech")
    lister = getattr(speech, "list_voices", None)
    if lister is None:
        return []
    return [(getattr(v, "id", v), getattr(v, "name", str(v))) for v in lister()]


def _scrolled(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the screen is shorter than it."""
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # No Tab stop of its own (it had one, with no name, before each tab's first field);
    # a field Tab reaches still scrolls into view.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


class SettingsDialog(QDialog):
    """Edits the settings file; OK saves every section at once."""

    def __init__(self, bridge: Bridge, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.settings = settings
        self.setWindowTitle("Settings")
        self.setWindowIcon(icon("settings"))
        self._cancel_install: threading.Event | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        for page, glyph, title in ((self._speech_tab(), "mic", "Speech"),
                                   (self._resolver_tab(), "routine", "Understanding"),
                                   (self._backend_tab(), "device", "Devices"),
                                   (self._location_tab(), "room", "Location"),
                                   (self._window_tab(), "settings", "Window")):
            self.tabs.addTab(_scrolled(page), icon(glyph), title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from .broker_check import BrokerCheck

        self.broker_check = BrokerCheck(bridge, self.backend_problem,
                                        buttons.button(QDialogButtonBox.StandardButton.Ok),
                                        self.settings.section("backend"))
        screen = (parent or self).screen().availableGeometry()
        # (620x520 did not fit a 1024x768 screen at QT_SCALE_FACTOR=1.5, 683x512 to Qt:
        # OK and Cancel were below its edge; a page taller than the room scrolls)
        self.resize(min(620, int(screen.width() * 0.95)),
                    min(520, int(screen.height() * 0.9)))
        self._load_lists()

    def show_tab_of(self, widget: QWidget) -> None:
        """Bring forward the tab that holds ``widget`` (a problem to read there)."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return

    # ---------------------------------------------------------------- tabs

    def _speech_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        speech = self.settings.section("speech")
        self.microphone = QComboBox(page)
        self.microphone.setAccessibleName("Microphone")
        self.microphone.addItem("System default", None)
        self._mic_wanted = speech.get("input_device")
        form.addRow("&Microphone", self.microphone)
        self.mic_note = styled_label("Looking for microphones…", page, "muted")
        form.addRow("", self.mic_note)

        self.models = QListWidget(page)
        self.models.setAccessibleName("Installed speech models")
        self.models.setMaximumHeight(110)
        self.models.setWordWrap(True)
        self.models.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.models.setTextElideMode(Qt.TextElideMode.ElideNone)
        form.addRow("Speech &models", self.models)
        self.engines_note = styled_label("", page, "muted")
        self.engines_note.setAccessibleName("What works by voice")
        self.engines_note.setWordWrap(True)
        form.addRow("By voice", self.engines_note)
        row = QHBoxLayout()  # the language menu has a row of its own: never cut
        self.language = QComboBox(page)
        self.language.setAccessibleName("Model language to install")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.language, 1)
        self.install_button = QPushButton(icon("import"), "Install", page)
        self.install_button.clicked.connect(self._install)
        row.addWidget(self.install_button)
        form.addRow("", row)
        row = QHBoxLayout()
        self.use_button = QPushButton(icon("check"), "Use selected", page)
        self.use_button.clicked.connect(self._use_selected)
        row.addWidget(self.use_button)
        folder = QPushButton(icon("folder"), "Use a folder…", page)
        folder.clicked.connect(self._use_folder)
        row.addWidget(folder)
        row.addStretch(1)
        form.addRow("", row)
        # The download's row is a widget hidden with it: a row that was a layout of
        # hidden widgets still took its spacing, a gap above "Voice" when idle.
        self.install_row = QWidget(page)
        row = QHBoxLayout(self.install_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self.install_row)
        self.progress.setAccessibleName("Model download progress")
        row.addWidget(self.progress, 1)
        self.cancel_install = QPushButton("Cancel", self.install_row)
        self.cancel_install.setAccessibleName("Cancel the model download")
        self.cancel_install.clicked.connect(self._cancel)
        row.addWidget(self.cancel_install)
        self.install_row.hide()
        form.addRow("", self.install_row)
        self.model_note = LineLabel(page)  # (shown while it has words: an empty one
        self.model_note.setObjectName("muted")  # left a gap above the problem)
        form.addRow("", self.model_note)
        self.model_problem = LineLabel(page)
        self.model_problem.setObjectName("error")  # (it was grey, as a note)
        self.model_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.model_problem)

        self.voice = QComboBox(page)
        self.voice.setAccessibleName("Voice")
        self.voice.addItem("Default voice", None)
        self._voice_wanted = speech.get("tts_voice")
        form.addRow("&Voice", self.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal, page)
        self.rate.setRange(80, 300)
        self.rate.setValue(int(speech.get("tts_rate") or 170))
        self.rate.setAccessibleName("Speaking rate")
        rate_label = QLabel(page)
        self.rate.valueChanged.connect(lambda v: rate_label.setText(f"{v} words/min"))
        rate_label.setText(f"{self.rate.value()} words/min")
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(rate_label)
        rate_title = QLabel("&Rate", page)  # a label of a row layout needs its buddy set
        rate_title.setBuddy(self.rate)
        form.addRow(rate_title, rate_row)
        self.speak_replies = QCheckBox("Speak replies aloud", page)
        self.speak_replies.setChecked(speech.get("tts_enabled") is not False)
        form.addRow("", self.speak_replies)
        return page

    def _resolver_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        # The typed section, parsed as every front end parses it: one set of defaults.
        current = AppConfig.load(self.settings).resolver
        self.thresholds: dict[str, QSpinBox] = {}
        for key, label, tip in (
                ("run_threshold", "&Run at or above",
                 "Scores at or above this run the routine straight away"),
                ("clarify_threshold", "&Ask at or above",
                 "Between this and the run threshold the assistant asks “did you mean…?”"),
                ("margin", "Best must beat next by",
                 "How far ahead the best routine must be to run without asking")):
            spin = QSpinBox(page)  # in % like every other score in the window
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(round(float(getattr(current, key)) * 100))
            spin.setToolTip(tip)
            spin.setAccessibleName(label.replace("&", ""))
            form.addRow(label, spin)
            self.thresholds[key] = spin
        form.addRow("", styled_label("A wrong run is the worst outcome and a question is "
                                     "cheap: raise the run threshold if routines start by "
                                     "mistake.", page, "muted", wrap=True))
        self.threshold_problem = QLabel(page)
        self.threshold_problem.setObjectName("error")
        form.addRow("", self.threshold_problem)
        for spin in self.thresholds.values():
            spin.valueChanged.connect(self._check_thresholds)
        return page

    def _backend_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        section = self.settings.section("backend")
        self.backend = QComboBox(page)
        self.backend.setAccessibleName("Device backend")
        self.backend.addItem("Simulated home", "simulated")
        self.backend.addItem("MQTT (Zigbee2MQTT)", "mqtt")
        self.backend.addItem("Home Assistant", "homeassistant")
        self.backend.setCurrentIndex(max(0, self.backend.findData(section.get("type",
                                                                              "simulated"))))
        form.addRow("&Backend", self.backend)
        self.host = QLineEdit(str(section.get("host", "localhost")), page)
        self.host.setAccessibleName("Broker host")
        form.addRow("Broker &host", self.host)
        self.port = QSpinBox(page)
        self.port.setRange(1, 65535)
        self.port.setValue(int(section.get("port", 1883)))
        self.port.setAccessibleName("Broker port")
        form.addRow("&Port", self.port)
        self.username = QLineEdit(str(section.get("username") or ""), page)
        self.username.setAccessibleName("Broker user name")
        form.addRow("&User name", self.username)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Broker password")
        self.password.setPlaceholderText("unchanged")
        form.addRow("Pass&word", self.password)
        self.base_topic = QLineEdit(str(section.get("base_topic", "zigbee2mqtt")), page)
        self.base_topic.setAccessibleName("Base topic")
        form.addRow("Base &topic", self.base_topic)
        form.addRow("", styled_label("The password is kept in the system keyring, never "
                                     "in the settings file; leave it empty to keep the one "
                                     "stored. A new backend is used the next time teachapp "
                                     "starts.", page, "muted", wrap=True))
        from .homeassistant_settings import HomeAssistantFields

        self.home_assistant = HomeAssistantFields(form, page, section, self.bridge)
        self.backend_problem = QLabel(page)
        self.backend_problem.setObjectName("error")
        self.backend_problem.setWordWrap(True)
        form.addRow("", self.backend_problem)
        self.backend.currentIndexChanged.connect(self._backend_changed)
        self._backend_changed()
        return page

    def _location_tab(self) -> QWidget:
        from .location_settings import LocationFields

        page = QWidget(self)
        form = QFormLayout(page)
        self.location = LocationFields(form, page, self.settings.section("location"),
                                       self.bridge)
        return page

    def _window_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        gui = self.settings.section("gui")
        self.start_minimised = QCheckBox("Start minimised to the system tray", page)
        self.start_minimised.setChecked(bool(gui.get("start_minimised", False)))
        form.addRow("", self.start_minimised)
        self.theme = QComboBox(page)
        self.theme.setAccessibleName("Colours")
        for label, value in (("Follow the system", "system"), ("Light", "light"),
                             ("Dark", "dark")):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(gui.get("theme", "system"))))
        form.addRow("&Colours", self.theme)
        self.push_to_talk = QComboBox(page)
        self.push_to_talk.setAccessibleName("Push-to-talk key")
        self.push_to_talk.addItems(["F2", "F3", "F4", "F8", "F9", "F12"])
        self.push_to_talk.setCurrentText(str(gui.get("push_to_talk", "F2")))
        form.addRow("&Push-to-talk key", self.push_to_talk)
        return page

    # ------------------------------------------------------------- lists

    def _load_lists(self) -> None:
        self.bridge.call(_list_inputs, done=self._show_inputs, failed=self._no_inputs,
                         long=True)
        self.bridge.call(_list_models, self.settings, done=self._show_models,
                         failed=lambda exc: self.model_note.setText(str(exc)), long=True)
        self.bridge.call(_list_voices, done=self._show_voices, failed=lambda _e: None,
                         long=True)

    def _show_inputs(self, devices: list[Any]) -> None:
        for device in devices:
            self.microphone.addItem(device.name + (" (default)" if device.is_default else ""),
                                    device.name)
        index = self.microphone.findData(self._mic_wanted)
        if index >= 0:
            self.microphone.setCurrentIndex(index)
        self.mic_note.setText(f"{counted(len(devices), 'microphone')} found." if devices else
                              "No microphone found: plug one in, or type instead.")

    def _no_inputs(self, exc: BaseException) -> None:
        self.mic_note.setText(f"No microphone: {exc}")

    def _show_models(self, found: tuple[Any, ...]) -> None:
        installed, official, engines = found[:3]
        sizes: dict[str, int | None] = found[3] if len(found) > 3 else {}
        self.engines_note.setText("\n".join(
            f"{name.removeprefix('speech (').rstrip(')')}: {text.split(' Engine:')[0]}"
            for name, _ok, text in engines))
        self.models.clear()
        current = self.settings.get("speech", "model_path")
        for info in installed:
            text = model_line(info, sizes.get(str(info.path)),
                              in_use=bool(current) and str(info.path) == str(current))
            item = QListWidgetItem(icon("check" if info.ok else "warning"), text)
            item.setToolTip(f"{text}\n{model_tip(info)}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.models.addItem(item)
        if not installed:
            self.models.addItem("No speech model installed: English commands use "
                                "PocketSphinx; a Vosk model recognises far better.")
        self.language.clear()
        for lang, model in sorted(official.items()):
            self.language.addItem(offer_line(lang, model, installed), lang)
            self.language.setItemData(self.language.count() - 1, model.name,
                                      Qt.ItemDataRole.ToolTipRole)
        self.language.setCurrentIndex(max(0, self.language.findData("en")))

    def _show_voices(self, voices: list[tuple[str, str]]) -> None:
        for voice_id, name in voices:
            self.voice.addItem(name, voice_id)
        index = self.voice.findData(self._voice_wanted)
        if index >= 0:
            self.voice.setCurrentIndex(index)

    # ------------------------------------------------------------ models

    def _install(self) -> None:
        models = _speech("models")
        lang = self.language.currentData()
        if models is None or not lang:
            return
        self._cancel_install = threading.Event()
        cancel = self._cancel_install
        self.progress.setRange(0, 0)
        self.install_row.show()
        self.install_button.setEnabled(False)
        self.model_note.setText(f"Downloading the {lang} model…")
        self.model_problem.clear()

        def progress(done: int, total: int | None) -> None:
            self.bridge.post(lambda: self._progress(done, total))

        def install() -> Any:
            return models.ModelManager(self.settings).install(lang, progress=progress,
                                                              cancel=cancel)

        self.bridge.call(install, done=self._installed, failed=self._install_failed, long=True)

    def _progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
            self.progress.setFormat(f"{done / 1e6:.1f} of {total / 1e6:.1f} MB")
        else:
            self.progress.setRange(0, 0)

    def _installed(self, info: Any) -> None:
        self._install_done()
        self.model_note.setText(f"Installed {info.name}. Select it and press “Use selected”.")
        self.bridge.call(_list_models, self.settings, done=self._show_models, long=True)

    def _install_failed(self, exc: BaseException) -> None:
        self._install_done()
        self._model_failed(exc)

    def _install_done(self) -> None:
        self._cancel_install = None
        self.install_row.hide()
        self.install_button.setEnabled(True)

    def _cancel(self) -> None:
        if self._cancel_install is not None:
            self._cancel_install.set()
            self.model_note.setText("Cancelling; the part downloaded so far is kept for "
                                    "next time.")

    def _use_selected(self) -> None:
        item = self.models.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self._use(path)

    def _use_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose an unpacked Vosk model folder")
        if folder:
            self._use(folder)

    def _use(self, path: str) -> None:
        models = _speech("models")
        if models is None:
            return

        self.model_problem.clear()

        def used(info: Any) -> None:
            self.model_note.setText(f"Using {info.path}.")
            self.bridge.call(_list_models, self.settings, done=self._show_models, long=True)

        self.bridge.call(models.ModelManager(self.settings).use, path, done=used,
                         failed=self._model_failed, long=True)

    def _model_failed(self, exc: BaseException) -> None:
        """A folder or download that is no model, in red, with the window's way out (the
        command line's "`teachapp models install LANG`" is not one here)."""
        self.model_note.setText("")
        fix = getattr(exc, "fix", "")
        problem = getattr(exc, "problem", str(exc))
        self.model_problem.setText(
            f"{problem} Choose the unpacked model folder (it holds am/, conf/ and graph/) "
            "with “Use a folder…”, or pick a language above and press Install."
            if fix else str(exc))

    # ------------------------------------------------------------ saving

    def _backend_changed(self) -> None:
        mqtt = self.backend.currentData() == "mqtt"
        for widget in (self.host, self.port, self.username, self.password, self.base_topic):
            widget.setEnabled(mqtt)
        self.home_assistant.set_enabled(self.backend.currentData() == "homeassistant")

    def _check_thresholds(self) -> bool:
        run = self.thresholds["run_threshold"].value()
        ask = self.thresholds["clarify_threshold"].value()
        ok = ask <= run
        self.threshold_problem.setText("" if ok else
                                       "The ask threshold must not be above the run one.")
        return ok

    def accept(self) -> None:
        if not self._check_thresholds():
            self.tabs.setCurrentIndex(1)
            return
        try:  # checked before anything is written
            location = self.location.checked()
        except TeachappError:
            self.show_tab_of(self.location.problem)
            return
        backend: dict[str, Any] = {"type": self.backend.currentData()}
        if backend["type"] == "homeassistant":  # checked (and the token kept) first
            try:
                backend = self.home_assistant.save(self.settings)
            except TeachappError as exc:
                self.backend_problem.setText(str(exc))
                self.show_tab_of(self.backend_problem)
                return
        if backend["type"] == "mqtt":
            backend.update(host=self.host.text().strip() or "localhost",
                           port=self.port.value(),
                           username=self.username.text().strip() or None,
                           base_topic=self.base_topic.text().strip() or "zigbee2mqtt")
            if self.broker_check.checking:
                return
            if self.broker_check.needed(backend, self.password.text()):
                self.broker_check.start(backend, self.password.text(), then=self.accept)
                self.show_tab_of(self.backend_problem)
                return
        try:
            self._save(backend, location)
        except ConfigError as exc:  # (a folder where the file goes, a full disk)
            box = QMessageBox(QMessageBox.Icon.Warning, "Settings not saved", exc.problem,
                              QMessageBox.StandardButton.Ok, self)
            box.setInformativeText(exc.fix)
            self.save_problem = box  # (kept for tests and screen readers)
            box.exec()
            return
        from .style import apply_theme

        apply_theme(self.theme.currentData())  # at once, not after a restart
        super().accept()

    def _save(self, backend: dict[str, Any], location: dict[str, Any]) -> None:
        if self._cancel_install is not None:
            self._cancel_install.set()
        self.settings.update("speech", input_device=self.microphone.currentData(),
                             tts_voice=self.voice.currentData(), tts_rate=self.rate.value(),
                             tts_enabled=self.speak_replies.isChecked())
        self.settings.update("resolver", **{k: round(s.value() / 100, 2)
                                            for k, s in self.thresholds.items()})
        self.settings.update("backend", **backend)
        self.settings.update("location", **location)
        password = self.password.text()
        if backend["type"] == "mqtt" and password:
            self._store_password(backend.get("username") or "", backend["host"], password)
        self.settings.update("gui", start_minimised=self.start_minimised.isChecked(),
                             theme=self.theme.currentData(),
                             push_to_talk=self.push_to_talk.currentText())

    def _store_password(self, username: str, host: str, password: str) -> None:
        """Into the keyring on a worker (a keyring may wait on D-Bus); a failure is
        reported by the bridge, in the conversation and the status bar, saying that the
        other settings were saved (they were, before it)."""
        from ..home import PASSWORD_ENV, not_kept, set_mqtt_password

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConfigError):
                exc = not_kept(exc, "The other settings were saved; the password was not.",
                               f"Set {PASSWORD_ENV} in the environment teachapp starts in")
            self.bridge.report(exc)

        self.bridge.call(set_mqtt_password, username, host, password, done=lambda _r: None,
                         failed=failed, long=True)

    def reject(self) -> None:
        self.broker_check.cancel()
        if self._cancel_install is not None:
            self._cancel_install.set()
        super().reject()
