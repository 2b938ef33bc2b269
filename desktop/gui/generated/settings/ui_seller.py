# Generated from ui/settings/seller.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seller.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SellerForm(object):
    def setupUi(self, SellerForm):
        if not SellerForm.objectName():
            SellerForm.setObjectName(u"SellerForm")
        self.form_layout = QVBoxLayout(SellerForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.record_form = QFormLayout()
        self.record_form.setObjectName(u"record_form")
        self.record_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.label_legal_name = QLabel(SellerForm)
        self.label_legal_name.setObjectName(u"label_legal_name")

        self.record_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_legal_name)

        self.box_legal_name = QVBoxLayout()
        self.box_legal_name.setSpacing(2)
        self.box_legal_name.setObjectName(u"box_legal_name")
        self.field_legal_name = QLineEdit(SellerForm)
        self.field_legal_name.setObjectName(u"field_legal_name")

        self.box_legal_name.addWidget(self.field_legal_name)

        self.error_legal_name = QLabel(SellerForm)
        self.error_legal_name.setObjectName(u"error_legal_name")
        self.error_legal_name.setProperty(u"role", u"error")
        self.error_legal_name.setWordWrap(True)

        self.box_legal_name.addWidget(self.error_legal_name)


        self.record_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.box_legal_name)

        self.label_legal_form = QLabel(SellerForm)
        self.label_legal_form.setObjectName(u"label_legal_form")

        self.record_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_legal_form)

        self.box_legal_form = QVBoxLayout()
        self.box_legal_form.setSpacing(2)
        self.box_legal_form.setObjectName(u"box_legal_form")
        self.field_legal_form = QLineEdit(SellerForm)
        self.field_legal_form.setObjectName(u"field_legal_form")
        self.field_legal_form.setPlaceholderText(u"SARL, SAS, EURL\u2026")

        self.box_legal_form.addWidget(self.field_legal_form)

        self.error_legal_form = QLabel(SellerForm)
        self.error_legal_form.setObjectName(u"error_legal_form")
        self.error_legal_form.setProperty(u"role", u"error")
        self.error_legal_form.setWordWrap(True)

        self.box_legal_form.addWidget(self.error_legal_form)


        self.record_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.box_legal_form)

        self.label_share_capital = QLabel(SellerForm)
        self.label_share_capital.setObjectName(u"label_share_capital")

        self.record_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_share_capital)

        self.box_share_capital = QVBoxLayout()
        self.box_share_capital.setSpacing(2)
        self.box_share_capital.setObjectName(u"box_share_capital")
        self.field_share_capital = QLineEdit(SellerForm)
        self.field_share_capital.setObjectName(u"field_share_capital")
        self.field_share_capital.setPlaceholderText(u"10 000")

        self.box_share_capital.addWidget(self.field_share_capital)

        self.error_share_capital = QLabel(SellerForm)
        self.error_share_capital.setObjectName(u"error_share_capital")
        self.error_share_capital.setProperty(u"role", u"error")
        self.error_share_capital.setWordWrap(True)

        self.box_share_capital.addWidget(self.error_share_capital)


        self.record_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.box_share_capital)

        self.label_siret = QLabel(SellerForm)
        self.label_siret.setObjectName(u"label_siret")

        self.record_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_siret)

        self.box_siret = QVBoxLayout()
        self.box_siret.setSpacing(2)
        self.box_siret.setObjectName(u"box_siret")
        self.field_siret = QLineEdit(SellerForm)
        self.field_siret.setObjectName(u"field_siret")
        self.field_siret.setPlaceholderText(u"732 829 320 00074")

        self.box_siret.addWidget(self.field_siret)

        self.error_siret = QLabel(SellerForm)
        self.error_siret.setObjectName(u"error_siret")
        self.error_siret.setProperty(u"role", u"error")
        self.error_siret.setWordWrap(True)

        self.box_siret.addWidget(self.error_siret)


        self.record_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.box_siret)

        self.label_registry_kind = QLabel(SellerForm)
        self.label_registry_kind.setObjectName(u"label_registry_kind")

        self.record_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_registry_kind)

        self.box_registry_kind = QVBoxLayout()
        self.box_registry_kind.setSpacing(2)
        self.box_registry_kind.setObjectName(u"box_registry_kind")
        self.field_registry_kind = QComboBox(SellerForm)
        self.field_registry_kind.setObjectName(u"field_registry_kind")

        self.box_registry_kind.addWidget(self.field_registry_kind)

        self.error_registry_kind = QLabel(SellerForm)
        self.error_registry_kind.setObjectName(u"error_registry_kind")
        self.error_registry_kind.setProperty(u"role", u"error")
        self.error_registry_kind.setWordWrap(True)

        self.box_registry_kind.addWidget(self.error_registry_kind)


        self.record_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.box_registry_kind)

        self.label_rcs_city = QLabel(SellerForm)
        self.label_rcs_city.setObjectName(u"label_rcs_city")

        self.record_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_rcs_city)

        self.box_rcs_city = QVBoxLayout()
        self.box_rcs_city.setSpacing(2)
        self.box_rcs_city.setObjectName(u"box_rcs_city")
        self.field_rcs_city = QLineEdit(SellerForm)
        self.field_rcs_city.setObjectName(u"field_rcs_city")
        self.field_rcs_city.setPlaceholderText(u"Lyon")

        self.box_rcs_city.addWidget(self.field_rcs_city)

        self.error_rcs_city = QLabel(SellerForm)
        self.error_rcs_city.setObjectName(u"error_rcs_city")
        self.error_rcs_city.setProperty(u"role", u"error")
        self.error_rcs_city.setWordWrap(True)

        self.box_rcs_city.addWidget(self.error_rcs_city)


        self.record_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.box_rcs_city)

        self.label_vat_number = QLabel(SellerForm)
        self.label_vat_number.setObjectName(u"label_vat_number")

        self.record_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_vat_number)

        self.box_vat_number = QVBoxLayout()
        self.box_vat_number.setSpacing(2)
        self.box_vat_number.setObjectName(u"box_vat_number")
        self.field_vat_number = QLineEdit(SellerForm)
        self.field_vat_number.setObjectName(u"field_vat_number")
        self.field_vat_number.setPlaceholderText(u"FR40303265045")

        self.box_vat_number.addWidget(self.field_vat_number)

        self.error_vat_number = QLabel(SellerForm)
        self.error_vat_number.setObjectName(u"error_vat_number")
        self.error_vat_number.setProperty(u"role", u"error")
        self.error_vat_number.setWordWrap(True)

        self.box_vat_number.addWidget(self.error_vat_number)


        self.record_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.box_vat_number)

        self.label_address = QLabel(SellerForm)
        self.label_address.setObjectName(u"label_address")

        self.record_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.box_address = QVBoxLayout()
        self.box_address.setSpacing(2)
        self.box_address.setObjectName(u"box_address")
        self.field_address = QLineEdit(SellerForm)
        self.field_address.setObjectName(u"field_address")

        self.box_address.addWidget(self.field_address)

        self.error_address = QLabel(SellerForm)
        self.error_address.setObjectName(u"error_address")
        self.error_address.setProperty(u"role", u"error")
        self.error_address.setWordWrap(True)

        self.box_address.addWidget(self.error_address)


        self.record_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.box_address)

        self.label_postal_code = QLabel(SellerForm)
        self.label_postal_code.setObjectName(u"label_postal_code")

        self.record_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_postal_code)

        self.box_postal_code = QVBoxLayout()
        self.box_postal_code.setSpacing(2)
        self.box_postal_code.setObjectName(u"box_postal_code")
        self.field_postal_code = QLineEdit(SellerForm)
        self.field_postal_code.setObjectName(u"field_postal_code")

        self.box_postal_code.addWidget(self.field_postal_code)

        self.error_postal_code = QLabel(SellerForm)
        self.error_postal_code.setObjectName(u"error_postal_code")
        self.error_postal_code.setProperty(u"role", u"error")
        self.error_postal_code.setWordWrap(True)

        self.box_postal_code.addWidget(self.error_postal_code)


        self.record_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.box_postal_code)

        self.label_city = QLabel(SellerForm)
        self.label_city.setObjectName(u"label_city")

        self.record_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_city)

        self.box_city = QVBoxLayout()
        self.box_city.setSpacing(2)
        self.box_city.setObjectName(u"box_city")
        self.field_city = QLineEdit(SellerForm)
        self.field_city.setObjectName(u"field_city")

        self.box_city.addWidget(self.field_city)

        self.error_city = QLabel(SellerForm)
        self.error_city.setObjectName(u"error_city")
        self.error_city.setProperty(u"role", u"error")
        self.error_city.setWordWrap(True)

        self.box_city.addWidget(self.error_city)


        self.record_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.box_city)

        self.label_email = QLabel(SellerForm)
        self.label_email.setObjectName(u"label_email")

        self.record_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.box_email = QVBoxLayout()
        self.box_email.setSpacing(2)
        self.box_email.setObjectName(u"box_email")
        self.field_email = QLineEdit(SellerForm)
        self.field_email.setObjectName(u"field_email")

        self.box_email.addWidget(self.field_email)

        self.error_email = QLabel(SellerForm)
        self.error_email.setObjectName(u"error_email")
        self.error_email.setProperty(u"role", u"error")
        self.error_email.setWordWrap(True)

        self.box_email.addWidget(self.error_email)


        self.record_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.box_email)

        self.label_phone = QLabel(SellerForm)
        self.label_phone.setObjectName(u"label_phone")

        self.record_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.box_phone = QVBoxLayout()
        self.box_phone.setSpacing(2)
        self.box_phone.setObjectName(u"box_phone")
        self.field_phone = QLineEdit(SellerForm)
        self.field_phone.setObjectName(u"field_phone")

        self.box_phone.addWidget(self.field_phone)

        self.error_phone = QLabel(SellerForm)
        self.error_phone.setObjectName(u"error_phone")
        self.error_phone.setProperty(u"role", u"error")
        self.error_phone.setWordWrap(True)

        self.box_phone.addWidget(self.error_phone)


        self.record_form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.box_phone)

        self.label_iban = QLabel(SellerForm)
        self.label_iban.setObjectName(u"label_iban")

        self.record_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_iban)

        self.box_iban = QVBoxLayout()
        self.box_iban.setSpacing(2)
        self.box_iban.setObjectName(u"box_iban")
        self.field_iban = QLineEdit(SellerForm)
        self.field_iban.setObjectName(u"field_iban")
        self.field_iban.setPlaceholderText(u"FR76 3000 6000 0112 3456 7890 189")

        self.box_iban.addWidget(self.field_iban)

        self.error_iban = QLabel(SellerForm)
        self.error_iban.setObjectName(u"error_iban")
        self.error_iban.setProperty(u"role", u"error")
        self.error_iban.setWordWrap(True)

        self.box_iban.addWidget(self.error_iban)


        self.record_form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.box_iban)

        self.label_bic = QLabel(SellerForm)
        self.label_bic.setObjectName(u"label_bic")

        self.record_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_bic)

        self.box_bic = QVBoxLayout()
        self.box_bic.setSpacing(2)
        self.box_bic.setObjectName(u"box_bic")
        self.field_bic = QLineEdit(SellerForm)
        self.field_bic.setObjectName(u"field_bic")
        self.field_bic.setPlaceholderText(u"AGRIFRPP")

        self.box_bic.addWidget(self.field_bic)

        self.error_bic = QLabel(SellerForm)
        self.error_bic.setObjectName(u"error_bic")
        self.error_bic.setProperty(u"role", u"error")
        self.error_bic.setWordWrap(True)

        self.box_bic.addWidget(self.error_bic)


        self.record_form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.box_bic)

        self.label_validity_days = QLabel(SellerForm)
        self.label_validity_days.setObjectName(u"label_validity_days")

        self.record_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_validity_days)

        self.box_validity_days = QVBoxLayout()
        self.box_validity_days.setSpacing(2)
        self.box_validity_days.setObjectName(u"box_validity_days")
        self.field_validity_days = QLineEdit(SellerForm)
        self.field_validity_days.setObjectName(u"field_validity_days")

        self.box_validity_days.addWidget(self.field_validity_days)

        self.error_validity_days = QLabel(SellerForm)
        self.error_validity_days.setObjectName(u"error_validity_days")
        self.error_validity_days.setProperty(u"role", u"error")
        self.error_validity_days.setWordWrap(True)

        self.box_validity_days.addWidget(self.error_validity_days)


        self.record_form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.box_validity_days)

        self.label_payment_terms = QLabel(SellerForm)
        self.label_payment_terms.setObjectName(u"label_payment_terms")

        self.record_form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.label_payment_terms)

        self.box_payment_terms = QVBoxLayout()
        self.box_payment_terms.setSpacing(2)
        self.box_payment_terms.setObjectName(u"box_payment_terms")
        self.field_payment_terms = QLineEdit(SellerForm)
        self.field_payment_terms.setObjectName(u"field_payment_terms")

        self.box_payment_terms.addWidget(self.field_payment_terms)

        self.error_payment_terms = QLabel(SellerForm)
        self.error_payment_terms.setObjectName(u"error_payment_terms")
        self.error_payment_terms.setProperty(u"role", u"error")
        self.error_payment_terms.setWordWrap(True)

        self.box_payment_terms.addWidget(self.error_payment_terms)


        self.record_form.setLayout(15, QFormLayout.ItemRole.FieldRole, self.box_payment_terms)

        self.label_late_payment_rate = QLabel(SellerForm)
        self.label_late_payment_rate.setObjectName(u"label_late_payment_rate")

        self.record_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.label_late_payment_rate)

        self.box_late_payment_rate = QVBoxLayout()
        self.box_late_payment_rate.setSpacing(2)
        self.box_late_payment_rate.setObjectName(u"box_late_payment_rate")
        self.field_late_payment_rate = QLineEdit(SellerForm)
        self.field_late_payment_rate.setObjectName(u"field_late_payment_rate")

        self.box_late_payment_rate.addWidget(self.field_late_payment_rate)

        self.error_late_payment_rate = QLabel(SellerForm)
        self.error_late_payment_rate.setObjectName(u"error_late_payment_rate")
        self.error_late_payment_rate.setProperty(u"role", u"error")
        self.error_late_payment_rate.setWordWrap(True)

        self.box_late_payment_rate.addWidget(self.error_late_payment_rate)


        self.record_form.setLayout(16, QFormLayout.ItemRole.FieldRole, self.box_late_payment_rate)

        self.label_building_trade = QLabel(SellerForm)
        self.label_building_trade.setObjectName(u"label_building_trade")

        self.record_form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.label_building_trade)

        self.box_building_trade = QVBoxLayout()
        self.box_building_trade.setSpacing(2)
        self.box_building_trade.setObjectName(u"box_building_trade")
        self.field_building_trade = QCheckBox(SellerForm)
        self.field_building_trade.setObjectName(u"field_building_trade")

        self.box_building_trade.addWidget(self.field_building_trade)

        self.error_building_trade = QLabel(SellerForm)
        self.error_building_trade.setObjectName(u"error_building_trade")
        self.error_building_trade.setProperty(u"role", u"error")
        self.error_building_trade.setWordWrap(True)

        self.box_building_trade.addWidget(self.error_building_trade)


        self.record_form.setLayout(17, QFormLayout.ItemRole.FieldRole, self.box_building_trade)

        self.label_decennial_insurer = QLabel(SellerForm)
        self.label_decennial_insurer.setObjectName(u"label_decennial_insurer")

        self.record_form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.label_decennial_insurer)

        self.box_decennial_insurer = QVBoxLayout()
        self.box_decennial_insurer.setSpacing(2)
        self.box_decennial_insurer.setObjectName(u"box_decennial_insurer")
        self.field_decennial_insurer = QLineEdit(SellerForm)
        self.field_decennial_insurer.setObjectName(u"field_decennial_insurer")

        self.box_decennial_insurer.addWidget(self.field_decennial_insurer)

        self.error_decennial_insurer = QLabel(SellerForm)
        self.error_decennial_insurer.setObjectName(u"error_decennial_insurer")
        self.error_decennial_insurer.setProperty(u"role", u"error")
        self.error_decennial_insurer.setWordWrap(True)

        self.box_decennial_insurer.addWidget(self.error_decennial_insurer)


        self.record_form.setLayout(18, QFormLayout.ItemRole.FieldRole, self.box_decennial_insurer)

        self.label_decennial_coverage = QLabel(SellerForm)
        self.label_decennial_coverage.setObjectName(u"label_decennial_coverage")

        self.record_form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.label_decennial_coverage)

        self.box_decennial_coverage = QVBoxLayout()
        self.box_decennial_coverage.setSpacing(2)
        self.box_decennial_coverage.setObjectName(u"box_decennial_coverage")
        self.field_decennial_coverage = QLineEdit(SellerForm)
        self.field_decennial_coverage.setObjectName(u"field_decennial_coverage")

        self.box_decennial_coverage.addWidget(self.field_decennial_coverage)

        self.error_decennial_coverage = QLabel(SellerForm)
        self.error_decennial_coverage.setObjectName(u"error_decennial_coverage")
        self.error_decennial_coverage.setProperty(u"role", u"error")
        self.error_decennial_coverage.setWordWrap(True)

        self.box_decennial_coverage.addWidget(self.error_decennial_coverage)


        self.record_form.setLayout(19, QFormLayout.ItemRole.FieldRole, self.box_decennial_coverage)

        self.label_decennial_area = QLabel(SellerForm)
        self.label_decennial_area.setObjectName(u"label_decennial_area")

        self.record_form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.label_decennial_area)

        self.box_decennial_area = QVBoxLayout()
        self.box_decennial_area.setSpacing(2)
        self.box_decennial_area.setObjectName(u"box_decennial_area")
        self.field_decennial_area = QLineEdit(SellerForm)
        self.field_decennial_area.setObjectName(u"field_decennial_area")

        self.box_decennial_area.addWidget(self.field_decennial_area)

        self.error_decennial_area = QLabel(SellerForm)
        self.error_decennial_area.setObjectName(u"error_decennial_area")
        self.error_decennial_area.setProperty(u"role", u"error")
        self.error_decennial_area.setWordWrap(True)

        self.box_decennial_area.addWidget(self.error_decennial_area)


        self.record_form.setLayout(20, QFormLayout.ItemRole.FieldRole, self.box_decennial_area)

        self.label_vat_exemption_mention = QLabel(SellerForm)
        self.label_vat_exemption_mention.setObjectName(u"label_vat_exemption_mention")

        self.record_form.setWidget(21, QFormLayout.ItemRole.LabelRole, self.label_vat_exemption_mention)

        self.box_vat_exemption_mention = QVBoxLayout()
        self.box_vat_exemption_mention.setSpacing(2)
        self.box_vat_exemption_mention.setObjectName(u"box_vat_exemption_mention")
        self.field_vat_exemption_mention = QLineEdit(SellerForm)
        self.field_vat_exemption_mention.setObjectName(u"field_vat_exemption_mention")
        self.field_vat_exemption_mention.setPlaceholderText(u"TVA non applicable, art. 293 B du CGI")

        self.box_vat_exemption_mention.addWidget(self.field_vat_exemption_mention)

        self.error_vat_exemption_mention = QLabel(SellerForm)
        self.error_vat_exemption_mention.setObjectName(u"error_vat_exemption_mention")
        self.error_vat_exemption_mention.setProperty(u"role", u"error")
        self.error_vat_exemption_mention.setWordWrap(True)

        self.box_vat_exemption_mention.addWidget(self.error_vat_exemption_mention)


        self.record_form.setLayout(21, QFormLayout.ItemRole.FieldRole, self.box_vat_exemption_mention)

        self.label_cgv = QLabel(SellerForm)
        self.label_cgv.setObjectName(u"label_cgv")

        self.record_form.setWidget(22, QFormLayout.ItemRole.LabelRole, self.label_cgv)

        self.box_cgv = QVBoxLayout()
        self.box_cgv.setSpacing(2)
        self.box_cgv.setObjectName(u"box_cgv")
        self.field_cgv = QPlainTextEdit(SellerForm)
        self.field_cgv.setObjectName(u"field_cgv")
        self.field_cgv.setMinimumSize(QSize(0, 70))
        self.field_cgv.setMaximumSize(QSize(16777215, 70))

        self.box_cgv.addWidget(self.field_cgv)

        self.error_cgv = QLabel(SellerForm)
        self.error_cgv.setObjectName(u"error_cgv")
        self.error_cgv.setProperty(u"role", u"error")
        self.error_cgv.setWordWrap(True)

        self.box_cgv.addWidget(self.error_cgv)


        self.record_form.setLayout(22, QFormLayout.ItemRole.FieldRole, self.box_cgv)


        self.form_layout.addLayout(self.record_form)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.label_logo = QLabel(SellerForm)
        self.label_logo.setObjectName(u"label_logo")

        self.logo_row.addWidget(self.label_logo)

        self.logo_preview = QLabel(SellerForm)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setProperty(u"role", u"logo")
        self.logo_preview.setMinimumSize(QSize(160, 60))
        self.logo_preview.setMaximumSize(QSize(160, 60))
        self.logo_preview.setAlignment(Qt.AlignCenter)

        self.logo_row.addWidget(self.logo_preview)

        self.choose_logo = QPushButton(SellerForm)
        self.choose_logo.setObjectName(u"choose_logo")

        self.logo_row.addWidget(self.choose_logo)

        self.remove_logo = QPushButton(SellerForm)
        self.remove_logo.setObjectName(u"remove_logo")

        self.logo_row.addWidget(self.remove_logo)

        self.logo_error = QLabel(SellerForm)
        self.logo_error.setObjectName(u"logo_error")
        self.logo_error.setProperty(u"role", u"error")
        self.logo_error.setWordWrap(True)

        self.logo_row.addWidget(self.logo_error)

        self.logo_row.setStretch(4, 1)

        self.form_layout.addLayout(self.logo_row)

#if QT_CONFIG(shortcut)
        self.label_legal_name.setBuddy(self.field_legal_name)
        self.label_legal_form.setBuddy(self.field_legal_form)
        self.label_share_capital.setBuddy(self.field_share_capital)
        self.label_siret.setBuddy(self.field_siret)
        self.label_registry_kind.setBuddy(self.field_registry_kind)
        self.label_rcs_city.setBuddy(self.field_rcs_city)
        self.label_vat_number.setBuddy(self.field_vat_number)
        self.label_address.setBuddy(self.field_address)
        self.label_postal_code.setBuddy(self.field_postal_code)
        self.label_city.setBuddy(self.field_city)
        self.label_email.setBuddy(self.field_email)
        self.label_phone.setBuddy(self.field_phone)
        self.label_iban.setBuddy(self.field_iban)
        self.label_bic.setBuddy(self.field_bic)
        self.label_validity_days.setBuddy(self.field_validity_days)
        self.label_payment_terms.setBuddy(self.field_payment_terms)
        self.label_late_payment_rate.setBuddy(self.field_late_payment_rate)
        self.label_building_trade.setBuddy(self.field_building_trade)
        self.label_decennial_insurer.setBuddy(self.field_decennial_insurer)
        self.label_decennial_coverage.setBuddy(self.field_decennial_coverage)
        self.label_decennial_area.setBuddy(self.field_decennial_area)
        self.label_vat_exemption_mention.setBuddy(self.field_vat_exemption_mention)
        self.label_cgv.setBuddy(self.field_cgv)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SellerForm)
    # setupUi

    def retranslateUi(self, SellerForm):
        SellerForm.setWindowTitle(QCoreApplication.translate("SellerForm", u"Ma soci\u00e9t\u00e9", None))
        self.label_legal_name.setText(QCoreApplication.translate("SellerForm", u"Raison sociale", None))
        self.label_legal_form.setText(QCoreApplication.translate("SellerForm", u"Forme juridique", None))
        self.label_share_capital.setText(QCoreApplication.translate("SellerForm", u"Capital social (\u20ac)", None))
        self.label_siret.setText(QCoreApplication.translate("SellerForm", u"SIRET", None))
        self.label_registry_kind.setText(QCoreApplication.translate("SellerForm", u"Registre d\u2019immatriculation", None))
        self.label_rcs_city.setText(QCoreApplication.translate("SellerForm", u"Ville ou d\u00e9partement d\u2019immatriculation", None))
        self.label_vat_number.setText(QCoreApplication.translate("SellerForm", u"N\u00b0 TVA intracommunautaire", None))
        self.label_address.setText(QCoreApplication.translate("SellerForm", u"Adresse", None))
        self.label_postal_code.setText(QCoreApplication.translate("SellerForm", u"Code postal", None))
        self.label_city.setText(QCoreApplication.translate("SellerForm", u"Ville", None))
        self.label_email.setText(QCoreApplication.translate("SellerForm", u"Email", None))
        self.label_phone.setText(QCoreApplication.translate("SellerForm", u"T\u00e9l\u00e9phone", None))
        self.label_iban.setText(QCoreApplication.translate("SellerForm", u"IBAN", None))
        self.label_bic.setText(QCoreApplication.translate("SellerForm", u"BIC", None))
        self.label_validity_days.setText(QCoreApplication.translate("SellerForm", u"Validit\u00e9 des devis (jours)", None))
        self.label_payment_terms.setText(QCoreApplication.translate("SellerForm", u"Conditions de r\u00e8glement par d\u00e9faut", None))
        self.field_payment_terms.setPlaceholderText(QCoreApplication.translate("SellerForm", u"ex. 30 % \u00e0 la commande, solde \u00e0 30 jours", None))
        self.label_late_payment_rate.setText(QCoreApplication.translate("SellerForm", u"Taux des p\u00e9nalit\u00e9s de retard", None))
        self.field_late_payment_rate.setPlaceholderText(QCoreApplication.translate("SellerForm", u"trois fois le taux d\u2019int\u00e9r\u00eat l\u00e9gal", None))
        self.label_building_trade.setText(QCoreApplication.translate("SellerForm", u"M\u00e9tier du b\u00e2timent (assurance d\u00e9cennale)", None))
        self.label_decennial_insurer.setText(QCoreApplication.translate("SellerForm", u"Assureur d\u00e9cennale", None))
        self.field_decennial_insurer.setPlaceholderText(QCoreApplication.translate("SellerForm", u"MAAF Assurances, contrat n\u00b0 123456", None))
        self.label_decennial_coverage.setText(QCoreApplication.translate("SellerForm", u"Garantie d\u00e9cennale", None))
        self.field_decennial_coverage.setPlaceholderText(QCoreApplication.translate("SellerForm", u"travaux de plomberie et chauffage", None))
        self.label_decennial_area.setText(QCoreApplication.translate("SellerForm", u"Zone couverte", None))
        self.field_decennial_area.setPlaceholderText(QCoreApplication.translate("SellerForm", u"France m\u00e9tropolitaine", None))
        self.label_vat_exemption_mention.setText(QCoreApplication.translate("SellerForm", u"Mention d\u2019exon\u00e9ration de TVA", None))
        self.label_cgv.setText(QCoreApplication.translate("SellerForm", u"Conditions g\u00e9n\u00e9rales de vente (CGV)", None))
        self.label_logo.setText(QCoreApplication.translate("SellerForm", u"Logo", None))
        self.choose_logo.setText(QCoreApplication.translate("SellerForm", u"Choisir le logo\u2026", None))
        self.remove_logo.setText(QCoreApplication.translate("SellerForm", u"Retirer", None))
    # retranslateUi

