# Generated from ui/followups/call_log_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_log_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CallLogDialog(object):
    def setupUi(self, CallLogDialog):
        if not CallLogDialog.objectName():
            CallLogDialog.setObjectName(u"CallLogDialog")
        self.dialog_layout = QVBoxLayout(CallLogDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.call_form = QFormLayout()
        self.call_form.setObjectName(u"call_form")
        self.label_contact = QLabel(CallLogDialog)
        self.label_contact.setObjectName(u"label_contact")

        self.call_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_contact)

        self.contact_name = QLabel(CallLogDialog)
        self.contact_name.setObjectName(u"contact_name")
        self.contact_name.setText(u"Jeanne Martin")

        self.call_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_name)

        self.label_phone = QLabel(CallLogDialog)
        self.label_phone.setObjectName(u"label_phone")

        self.call_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.phone_link = QLabel(CallLogDialog)
        self.phone_link.setObjectName(u"phone_link")
        self.phone_link.setText(u"06 12 34 56 78")
        self.phone_link.setOpenExternalLinks(True)

        self.call_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_link)

        self.label_outcome = QLabel(CallLogDialog)
        self.label_outcome.setObjectName(u"label_outcome")

        self.call_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_outcome)

        self.outcome = QComboBox(CallLogDialog)
        self.outcome.setObjectName(u"outcome")

        self.call_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.label_note = QLabel(CallLogDialog)
        self.label_note.setObjectName(u"label_note")

        self.call_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(CallLogDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.call_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)

        self.label_next_date = QLabel(CallLogDialog)
        self.label_next_date.setObjectName(u"label_next_date")

        self.call_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_next_date)

        self.next_date = QDateEdit(CallLogDialog)
        self.next_date.setObjectName(u"next_date")
        self.next_date.setCalendarPopup(True)

        self.call_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.next_date)


        self.dialog_layout.addLayout(self.call_form)

        self.buttons = QDialogButtonBox(CallLogDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_outcome.setBuddy(self.outcome)
        self.label_note.setBuddy(self.note)
        self.label_next_date.setBuddy(self.next_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outcome, self.note)
        QWidget.setTabOrder(self.note, self.next_date)

        self.retranslateUi(CallLogDialog)
    # setupUi

    def retranslateUi(self, CallLogDialog):
        CallLogDialog.setWindowTitle(QCoreApplication.translate("CallLogDialog", u"Appel de relance", None))
        self.label_contact.setText(QCoreApplication.translate("CallLogDialog", u"Contact", None))
        self.label_phone.setText(QCoreApplication.translate("CallLogDialog", u"T\u00e9l\u00e9phone", None))
        self.label_outcome.setText(QCoreApplication.translate("CallLogDialog", u"R\u00e9sultat", None))
        self.label_note.setText(QCoreApplication.translate("CallLogDialog", u"Note", None))
        self.label_next_date.setText(QCoreApplication.translate("CallLogDialog", u"Prochaine relance", None))
    # retranslateUi

