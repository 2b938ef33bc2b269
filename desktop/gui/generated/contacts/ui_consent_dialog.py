# Generated from ui/contacts/consent_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConsentForm(object):
    def setupUi(self, ConsentForm):
        if not ConsentForm.objectName():
            ConsentForm.setObjectName(u"ConsentForm")
        self.form_layout = QVBoxLayout(ConsentForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(ConsentForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.form_layout.addWidget(self.intro)

        self.answer_yes = QRadioButton(ConsentForm)
        self.answer_yes.setObjectName(u"answer_yes")

        self.form_layout.addWidget(self.answer_yes)

        self.answer_no = QRadioButton(ConsentForm)
        self.answer_no.setObjectName(u"answer_no")
        self.answer_no.setChecked(True)

        self.form_layout.addWidget(self.answer_no)

        self.label_note = QLabel(ConsentForm)
        self.label_note.setObjectName(u"label_note")

        self.form_layout.addWidget(self.label_note)

        self.note = QPlainTextEdit(ConsentForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 80))

        self.form_layout.addWidget(self.note)

        self.error = QLabel(ConsentForm)
        self.error.setObjectName(u"error")
        self.error.setProperty(u"role", u"error")
        self.error.setWordWrap(True)

        self.form_layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentForm)
    # setupUi

    def retranslateUi(self, ConsentForm):
        ConsentForm.setWindowTitle(QCoreApplication.translate("ConsentForm", u"Consentement au suivi des ouvertures", None))
        self.intro.setText(QCoreApplication.translate("ConsentForm", u"Notez la r\u00e9ponse que le contact vous a donn\u00e9e (au t\u00e9l\u00e9phone, de vive voix, par courrier). Elle est gard\u00e9e avec sa date, votre nom et votre note, comme preuve.", None))
        self.answer_yes.setText(QCoreApplication.translate("ConsentForm", u"Il accepte que ses ouvertures et clics soient suivis", None))
        self.answer_no.setText(QCoreApplication.translate("ConsentForm", u"Il refuse (ou retire son accord) : rien n\u2019est plus suivi et ses ouvertures d\u00e9j\u00e0 enregistr\u00e9es sont effac\u00e9es", None))
        self.label_note.setText(QCoreApplication.translate("ConsentForm", u"Comment et quand (obligatoire pour un accord) :", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ConsentForm", u"ex. accord donn\u00e9 par t\u00e9l\u00e9phone le 2 d\u00e9cembre, \u00e0 Mme Fontaine", None))
    # retranslateUi

