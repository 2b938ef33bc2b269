# Generated from ui/scenarios/enrol_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_EnrolDialogForm(object):
    def setupUi(self, enrol_dialog):
        if not enrol_dialog.objectName():
            enrol_dialog.setObjectName(u"enrol_dialog")
        enrol_dialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(enrol_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.enrol_question = QLabel(enrol_dialog)
        self.enrol_question.setObjectName(u"enrol_question")
        self.enrol_question.setText(u"Inscrire 12 contacts dans le sc\u00e9nario :")

        self.dialog_layout.addWidget(self.enrol_question)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_scenario = QLabel(enrol_dialog)
        self.label_scenario.setObjectName(u"label_scenario")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_scenario)

        self.enrol_scenario = QComboBox(enrol_dialog)
        self.enrol_scenario.setObjectName(u"enrol_scenario")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enrol_scenario)


        self.dialog_layout.addLayout(self.form)

        self.note = QLabel(enrol_dialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"role", u"muted")

        self.dialog_layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(enrol_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_scenario.setBuddy(self.enrol_scenario)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(enrol_dialog)
    # setupUi

    def retranslateUi(self, enrol_dialog):
        enrol_dialog.setWindowTitle(QCoreApplication.translate("EnrolDialogForm", u"Inscrire dans un sc\u00e9nario", None))
        self.label_scenario.setText(QCoreApplication.translate("EnrolDialogForm", u"&Sc\u00e9nario :", None))
        self.note.setText(QCoreApplication.translate("EnrolDialogForm", u"Les contacts d\u00e9j\u00e0 inscrits dans ce sc\u00e9nario ne sont pas inscrits une seconde fois ; ils sont compt\u00e9s dans le compte rendu.", None))
    # retranslateUi

