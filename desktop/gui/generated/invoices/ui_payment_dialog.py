# Generated from ui/invoices/payment_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        self.dialog_layout = QVBoxLayout(PaymentDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary = QLabel(PaymentDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary)

        self.payment_form = QFormLayout()
        self.payment_form.setObjectName(u"payment_form")
        self.label_paid_on = QLabel(PaymentDialog)
        self.label_paid_on.setObjectName(u"label_paid_on")

        self.payment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_paid_on)

        self.paid_on = QDateEdit(PaymentDialog)
        self.paid_on.setObjectName(u"paid_on")
        self.paid_on.setCalendarPopup(True)

        self.payment_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paid_on)

        self.label_amount = QLabel(PaymentDialog)
        self.label_amount.setObjectName(u"label_amount")

        self.payment_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_amount)

        self.amount = QDoubleSpinBox(PaymentDialog)
        self.amount.setObjectName(u"amount")
        self.amount.setDecimals(2)
        self.amount.setMaximum(99999999.989999994635582)

        self.payment_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount)

        self.label_method = QLabel(PaymentDialog)
        self.label_method.setObjectName(u"label_method")

        self.payment_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_method)

        self.method = QComboBox(PaymentDialog)
        self.method.setObjectName(u"method")

        self.payment_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method)

        self.label_note = QLabel(PaymentDialog)
        self.label_note.setObjectName(u"label_note")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(PaymentDialog)
        self.note.setObjectName(u"note")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.dialog_layout.addLayout(self.payment_form)

        self.buttons = QDialogButtonBox(PaymentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_paid_on.setBuddy(self.paid_on)
        self.label_amount.setBuddy(self.amount)
        self.label_method.setBuddy(self.method)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Enregistrer un r\u00e8glement", None))
        self.label_paid_on.setText(QCoreApplication.translate("PaymentDialog", u"Re\u00e7u le", None))
        self.label_amount.setText(QCoreApplication.translate("PaymentDialog", u"Montant (\u20ac)", None))
        self.label_method.setText(QCoreApplication.translate("PaymentDialog", u"Moyen de paiement", None))
        self.label_note.setText(QCoreApplication.translate("PaymentDialog", u"Note", None))
    # retranslateUi

