# Generated from ui/invoices/invoice_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_InvoiceDialog(object):
    def setupUi(self, InvoiceDialog):
        if not InvoiceDialog.objectName():
            InvoiceDialog.setObjectName(u"InvoiceDialog")
        self.dialog_layout = QVBoxLayout(InvoiceDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.invoice_form = QFormLayout()
        self.invoice_form.setObjectName(u"invoice_form")
        self.label_order = QLabel(InvoiceDialog)
        self.label_order.setObjectName(u"label_order")

        self.invoice_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_order)

        self.order = QComboBox(InvoiceDialog)
        self.order.setObjectName(u"order")

        self.invoice_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.order)

        self.label_kind = QLabel(InvoiceDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.invoice_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(InvoiceDialog)
        self.kind.setObjectName(u"kind")

        self.invoice_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_share = QLabel(InvoiceDialog)
        self.label_share.setObjectName(u"label_share")

        self.invoice_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_share)

        self.share_layout = QHBoxLayout()
        self.share_layout.setObjectName(u"share_layout")
        self.share = QDoubleSpinBox(InvoiceDialog)
        self.share.setObjectName(u"share")
        self.share.setDecimals(2)
        self.share.setMaximum(9999999.990000000223517)
        self.share.setValue(30.000000000000000)

        self.share_layout.addWidget(self.share)

        self.share_unit = QComboBox(InvoiceDialog)
        self.share_unit.setObjectName(u"share_unit")

        self.share_layout.addWidget(self.share_unit)


        self.invoice_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.share_layout)

        self.label_category = QLabel(InvoiceDialog)
        self.label_category.setObjectName(u"label_category")

        self.invoice_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_category)

        self.category = QComboBox(InvoiceDialog)
        self.category.setObjectName(u"category")

        self.invoice_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.category)

        self.label_delivery_date = QLabel(InvoiceDialog)
        self.label_delivery_date.setObjectName(u"label_delivery_date")

        self.invoice_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_delivery_date)

        self.delivery_date = QDateEdit(InvoiceDialog)
        self.delivery_date.setObjectName(u"delivery_date")
        self.delivery_date.setCalendarPopup(True)

        self.invoice_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.delivery_date)

        self.label_delivery_address = QLabel(InvoiceDialog)
        self.label_delivery_address.setObjectName(u"label_delivery_address")

        self.invoice_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_delivery_address)

        self.delivery_address = QPlainTextEdit(InvoiceDialog)
        self.delivery_address.setObjectName(u"delivery_address")
        self.delivery_address.setTabChangesFocus(True)
        self.delivery_address.setMaximumSize(QSize(16777215, 70))

        self.invoice_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.delivery_address)


        self.dialog_layout.addLayout(self.invoice_form)

        self.hint = QLabel(InvoiceDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(InvoiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_order.setBuddy(self.order)
        self.label_kind.setBuddy(self.kind)
        self.label_share.setBuddy(self.share)
        self.label_category.setBuddy(self.category)
        self.label_delivery_date.setBuddy(self.delivery_date)
        self.label_delivery_address.setBuddy(self.delivery_address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceDialog)
    # setupUi

    def retranslateUi(self, InvoiceDialog):
        InvoiceDialog.setWindowTitle(QCoreApplication.translate("InvoiceDialog", u"Nouvelle facture", None))
        self.label_order.setText(QCoreApplication.translate("InvoiceDialog", u"Bon de commande", None))
        self.label_kind.setText(QCoreApplication.translate("InvoiceDialog", u"Facture", None))
        self.label_share.setText(QCoreApplication.translate("InvoiceDialog", u"Part", None))
        self.label_category.setText(QCoreApplication.translate("InvoiceDialog", u"Cat\u00e9gorie de l'op\u00e9ration", None))
        self.label_delivery_date.setText(QCoreApplication.translate("InvoiceDialog", u"Livraison / prestation le", None))
        self.label_delivery_address.setText(QCoreApplication.translate("InvoiceDialog", u"Adresse de livraison (si diff\u00e9rente)", None))
    # retranslateUi

