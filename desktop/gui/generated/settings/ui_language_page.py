# Generated from ui/settings/language_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'language_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QWidget)

class Ui_LanguagePage(object):
    def setupUi(self, LanguagePage):
        if not LanguagePage.objectName():
            LanguagePage.setObjectName(u"LanguagePage")
        self.form = QFormLayout(LanguagePage)
        self.form.setObjectName(u"form")
        self.label_language = QLabel(LanguagePage)
        self.label_language.setObjectName(u"label_language")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_language)

        self.language = QComboBox(LanguagePage)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_note = QLabel(LanguagePage)
        self.language_note.setObjectName(u"language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setProperty(u"role", u"muted")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_note)

#if QT_CONFIG(shortcut)
        self.label_language.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LanguagePage)
    # setupUi

    def retranslateUi(self, LanguagePage):
        LanguagePage.setWindowTitle(QCoreApplication.translate("LanguagePage", u"Langue", None))
        self.label_language.setText(QCoreApplication.translate("LanguagePage", u"Langue de l\u2019interface", None))
        self.language_note.setText(QCoreApplication.translate("LanguagePage", u"La nouvelle langue s\u2019applique au prochain d\u00e9marrage.", None))
    # retranslateUi

