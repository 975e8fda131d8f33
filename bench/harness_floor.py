"""The start-up floor: a QApplication and an empty QMainWindow, shown, and nothing else."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from diplomatic_calendar.ui.paint_probe import install_paint_probe

app = QApplication(sys.argv[:1])
install_paint_probe(app)
window = QMainWindow()
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
