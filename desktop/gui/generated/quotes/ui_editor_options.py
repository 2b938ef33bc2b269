# Generated from ui/quotes/editor_options.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_options.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

from desktop.gui.quotes.date_edit import OptionalDateEdit

class Ui_QuoteOptionsForm(object):
    def setupUi(self, QuoteOptionsForm):
        if not QuoteOptionsForm.objectName():
            QuoteOptionsForm.setObjectName(u"QuoteOptionsForm")
        QuoteOptionsForm.resize(850, 190)
        self.options_layout = QVBoxLayout(QuoteOptionsForm)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(QuoteOptionsForm)
        self.tabs.setObjectName(u"tabs")
        self.conditions = QWidget()
        self.conditions.setObjectName(u"conditions")
        self.conditions_grid = QGridLayout(self.conditions)
        self.conditions_grid.setObjectName(u"conditions_grid")
        self.label_global_discount = QLabel(self.conditions)
        self.label_global_discount.setObjectName(u"label_global_discount")

        self.conditions_grid.addWidget(self.label_global_discount, 0, 0, 1, 1)

        self.global_discount = QLineEdit(self.conditions)
        self.global_discount.setObjectName(u"global_discount")
        self.global_discount.setMaximumSize(QSize(90, 16777215))
        self.global_discount.setPlaceholderText(u"0")

        self.conditions_grid.addWidget(self.global_discount, 0, 1, 1, 1)

        self.label_deposit = QLabel(self.conditions)
        self.label_deposit.setObjectName(u"label_deposit")

        self.conditions_grid.addWidget(self.label_deposit, 0, 2, 1, 1)

        self.deposit = QLineEdit(self.conditions)
        self.deposit.setObjectName(u"deposit")
        self.deposit.setMaximumSize(QSize(90, 16777215))
        self.deposit.setPlaceholderText(u"0")

        self.conditions_grid.addWidget(self.deposit, 0, 3, 1, 1)

        self.label_delivery_date = QLabel(self.conditions)
        self.label_delivery_date.setObjectName(u"label_delivery_date")

        self.conditions_grid.addWidget(self.label_delivery_date, 1, 0, 1, 1)

        self.delivery_date = OptionalDateEdit(self.conditions)
        self.delivery_date.setObjectName(u"delivery_date")

        self.conditions_grid.addWidget(self.delivery_date, 1, 1, 1, 1)

        self.label_lead_time = QLabel(self.conditions)
        self.label_lead_time.setObjectName(u"label_lead_time")

        self.conditions_grid.addWidget(self.label_lead_time, 1, 2, 1, 1)

        self.lead_time = QLineEdit(self.conditions)
        self.lead_time.setObjectName(u"lead_time")

        self.conditions_grid.addWidget(self.lead_time, 1, 3, 1, 1)

        self.label_payment_terms = QLabel(self.conditions)
        self.label_payment_terms.setObjectName(u"label_payment_terms")

        self.conditions_grid.addWidget(self.label_payment_terms, 2, 0, 1, 1)

        self.payment_terms = QLineEdit(self.conditions)
        self.payment_terms.setObjectName(u"payment_terms")

        self.conditions_grid.addWidget(self.payment_terms, 2, 1, 1, 3)

        self.percent_error = QLabel(self.conditions)
        self.percent_error.setObjectName(u"percent_error")
        self.percent_error.setProperty(u"role", u"error")

        self.conditions_grid.addWidget(self.percent_error, 3, 0, 1, 4)

        self.conditions_grid.setColumnStretch(3, 1)
        self.tabs.addTab(self.conditions, "")
        self.message = QWidget()
        self.message.setObjectName(u"message")
        self.message_form = QFormLayout(self.message)
        self.message_form.setObjectName(u"message_form")
        self.label_personal_message = QLabel(self.message)
        self.label_personal_message.setObjectName(u"label_personal_message")

        self.message_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_personal_message)

        self.personal_message = QPlainTextEdit(self.message)
        self.personal_message.setObjectName(u"personal_message")
        self.personal_message.setMinimumSize(QSize(0, 70))
        self.personal_message.setMaximumSize(QSize(16777215, 70))
        self.personal_message.setTabChangesFocus(True)

        self.message_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personal_message)

        self.label_notes = QLabel(self.message)
        self.label_notes.setObjectName(u"label_notes")

        self.message_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(self.message)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 70))
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.message_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.message, "")
        self.legal = QWidget()
        self.legal.setObjectName(u"legal")
        self.legal_grid = QGridLayout(self.legal)
        self.legal_grid.setObjectName(u"legal_grid")
        self.flag_print_cgv = QCheckBox(self.legal)
        self.flag_print_cgv.setObjectName(u"flag_print_cgv")

        self.legal_grid.addWidget(self.flag_print_cgv, 0, 0, 1, 1)

        self.flag_print_signature_block = QCheckBox(self.legal)
        self.flag_print_signature_block.setObjectName(u"flag_print_signature_block")

        self.legal_grid.addWidget(self.flag_print_signature_block, 0, 1, 1, 1)

        self.flag_print_withdrawal_notice = QCheckBox(self.legal)
        self.flag_print_withdrawal_notice.setObjectName(u"flag_print_withdrawal_notice")

        self.legal_grid.addWidget(self.flag_print_withdrawal_notice, 1, 0, 1, 1)

        self.flag_meant_as_purchase_order = QCheckBox(self.legal)
        self.flag_meant_as_purchase_order.setObjectName(u"flag_meant_as_purchase_order")

        self.legal_grid.addWidget(self.flag_meant_as_purchase_order, 1, 1, 1, 1)

        self.flag_distance_or_off_premises = QCheckBox(self.legal)
        self.flag_distance_or_off_premises.setObjectName(u"flag_distance_or_off_premises")

        self.legal_grid.addWidget(self.flag_distance_or_off_premises, 2, 0, 1, 1)

        self.flag_travel_fees_expected = QCheckBox(self.legal)
        self.flag_travel_fees_expected.setObjectName(u"flag_travel_fees_expected")

        self.legal_grid.addWidget(self.flag_travel_fees_expected, 2, 1, 1, 1)

        self.tabs.addTab(self.legal, "")

        self.options_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.label_global_discount.setBuddy(self.global_discount)
        self.label_deposit.setBuddy(self.deposit)
        self.label_delivery_date.setBuddy(self.delivery_date)
        self.label_lead_time.setBuddy(self.lead_time)
        self.label_payment_terms.setBuddy(self.payment_terms)
        self.label_personal_message.setBuddy(self.personal_message)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.global_discount)
        QWidget.setTabOrder(self.global_discount, self.deposit)
        QWidget.setTabOrder(self.deposit, self.delivery_date)
        QWidget.setTabOrder(self.delivery_date, self.lead_time)
        QWidget.setTabOrder(self.lead_time, self.payment_terms)
        QWidget.setTabOrder(self.payment_terms, self.personal_message)
        QWidget.setTabOrder(self.personal_message, self.notes)

        self.retranslateUi(QuoteOptionsForm)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, QuoteOptionsForm):
        self.label_global_discount.setText(QCoreApplication.translate("QuoteOptionsForm", u"Remise globale (%)", None))
        self.label_deposit.setText(QCoreApplication.translate("QuoteOptionsForm", u"Acompte (%)", None))
        self.label_delivery_date.setText(QCoreApplication.translate("QuoteOptionsForm", u"Livraison ou ex\u00e9cution le", None))
        self.label_lead_time.setText(QCoreApplication.translate("QuoteOptionsForm", u"D\u00e9lai", None))
        self.lead_time.setPlaceholderText(QCoreApplication.translate("QuoteOptionsForm", u"ex. 3 semaines apr\u00e8s signature", None))
        self.label_payment_terms.setText(QCoreApplication.translate("QuoteOptionsForm", u"Conditions de r\u00e8glement", None))
        self.payment_terms.setPlaceholderText(QCoreApplication.translate("QuoteOptionsForm", u"ex. 30 % \u00e0 la commande, solde \u00e0 30 jours", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conditions), QCoreApplication.translate("QuoteOptionsForm", u"Conditions", None))
        self.label_personal_message.setText(QCoreApplication.translate("QuoteOptionsForm", u"Message personnel", None))
        self.personal_message.setPlaceholderText(QCoreApplication.translate("QuoteOptionsForm", u"Un mot personnel au client, imprim\u00e9 en t\u00eate du devis", None))
        self.label_notes.setText(QCoreApplication.translate("QuoteOptionsForm", u"Notes", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("QuoteOptionsForm", u"Notes imprim\u00e9es sous les lignes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.message), QCoreApplication.translate("QuoteOptionsForm", u"Message et notes", None))
        self.flag_print_cgv.setText(QCoreApplication.translate("QuoteOptionsForm", u"Imprimer les CGV", None))
        self.flag_print_signature_block.setText(QCoreApplication.translate("QuoteOptionsForm", u"Cadre de signature \u00ab Bon pour accord \u00bb", None))
        self.flag_print_withdrawal_notice.setText(QCoreApplication.translate("QuoteOptionsForm", u"Information sur le d\u00e9lai de r\u00e9tractation (14 jours)", None))
        self.flag_meant_as_purchase_order.setText(QCoreApplication.translate("QuoteOptionsForm", u"Devis destin\u00e9 \u00e0 valoir bon de commande", None))
        self.flag_distance_or_off_premises.setText(QCoreApplication.translate("QuoteOptionsForm", u"Vente \u00e0 distance ou hors \u00e9tablissement", None))
        self.flag_travel_fees_expected.setText(QCoreApplication.translate("QuoteOptionsForm", u"Un d\u00e9placement est pr\u00e9vu (frais de d\u00e9placement)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.legal), QCoreApplication.translate("QuoteOptionsForm", u"Mentions l\u00e9gales", None))
        pass
    # retranslateUi

