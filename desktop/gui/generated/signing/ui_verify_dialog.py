# Generated from ui/signing/verify_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.setMinimumSize(QSize(620, 420))
        VerifyDialog.setAcceptDrops(True)
        self.dialog_layout = QVBoxLayout(VerifyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(VerifyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_path = QLineEdit(VerifyDialog)
        self.file_path.setObjectName(u"file_path")
        self.file_path.setReadOnly(True)

        self.file_row.addWidget(self.file_path)

        self.browse = QPushButton(VerifyDialog)
        self.browse.setObjectName(u"browse")

        self.file_row.addWidget(self.browse)


        self.dialog_layout.addLayout(self.file_row)

        self.verdict = QLabel(VerifyDialog)
        self.verdict.setObjectName(u"verdict")
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setText(u"")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.verdict)

        self.details = QTextBrowser(VerifyDialog)
        self.details.setObjectName(u"details")
        self.details.setOpenLinks(False)

        self.dialog_layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(VerifyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.browse, self.details)

        self.retranslateUi(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"V\u00e9rifier une signature", None))
        self.intro.setText(QCoreApplication.translate("VerifyDialog", u"Choisissez un PDF scell\u00e9, ou d\u00e9posez-le dans cette fen\u00eatre : Relance dit s'il est intact, qui l'a scell\u00e9, quand, et si le devis d'origine est celui du dossier de preuve.", None))
        self.file_path.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"Aucun fichier choisi", None))
        self.browse.setText(QCoreApplication.translate("VerifyDialog", u"&Choisir un PDF\u2026", None))
    # retranslateUi

