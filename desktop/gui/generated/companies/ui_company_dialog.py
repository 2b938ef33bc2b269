# Generated from ui/companies/company_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CompanyForm(object):
    def setupUi(self, CompanyForm):
        if not CompanyForm.objectName():
            CompanyForm.setObjectName(u"CompanyForm")
        CompanyForm.setWindowTitle(u"Soci\u00e9t\u00e9")
        self.form_layout = QVBoxLayout(CompanyForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.record_form = QFormLayout()
        self.record_form.setObjectName(u"record_form")
        self.record_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.label_legal_name = QLabel(CompanyForm)
        self.label_legal_name.setObjectName(u"label_legal_name")

        self.record_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_legal_name)

        self.box_legal_name = QVBoxLayout()
        self.box_legal_name.setSpacing(2)
        self.box_legal_name.setObjectName(u"box_legal_name")
        self.field_legal_name = QLineEdit(CompanyForm)
        self.field_legal_name.setObjectName(u"field_legal_name")

        self.box_legal_name.addWidget(self.field_legal_name)

        self.error_legal_name = QLabel(CompanyForm)
        self.error_legal_name.setObjectName(u"error_legal_name")
        self.error_legal_name.setProperty(u"role", u"error")
        self.error_legal_name.setWordWrap(True)

        self.box_legal_name.addWidget(self.error_legal_name)


        self.record_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.box_legal_name)

        self.label_legal_form = QLabel(CompanyForm)
        self.label_legal_form.setObjectName(u"label_legal_form")

        self.record_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_legal_form)

        self.box_legal_form = QVBoxLayout()
        self.box_legal_form.setSpacing(2)
        self.box_legal_form.setObjectName(u"box_legal_form")
        self.field_legal_form = QLineEdit(CompanyForm)
        self.field_legal_form.setObjectName(u"field_legal_form")
        self.field_legal_form.setPlaceholderText(u"SARL, SAS, EURL\u2026")

        self.box_legal_form.addWidget(self.field_legal_form)

        self.error_legal_form = QLabel(CompanyForm)
        self.error_legal_form.setObjectName(u"error_legal_form")
        self.error_legal_form.setProperty(u"role", u"error")
        self.error_legal_form.setWordWrap(True)

        self.box_legal_form.addWidget(self.error_legal_form)


        self.record_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.box_legal_form)

        self.label_siret = QLabel(CompanyForm)
        self.label_siret.setObjectName(u"label_siret")

        self.record_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_siret)

        self.box_siret = QVBoxLayout()
        self.box_siret.setSpacing(2)
        self.box_siret.setObjectName(u"box_siret")
        self.field_siret = QLineEdit(CompanyForm)
        self.field_siret.setObjectName(u"field_siret")
        self.field_siret.setPlaceholderText(u"732 829 320 00074")

        self.box_siret.addWidget(self.field_siret)

        self.error_siret = QLabel(CompanyForm)
        self.error_siret.setObjectName(u"error_siret")
        self.error_siret.setProperty(u"role", u"error")
        self.error_siret.setWordWrap(True)

        self.box_siret.addWidget(self.error_siret)


        self.record_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.box_siret)

        self.label_vat_number = QLabel(CompanyForm)
        self.label_vat_number.setObjectName(u"label_vat_number")

        self.record_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_vat_number)

        self.box_vat_number = QVBoxLayout()
        self.box_vat_number.setSpacing(2)
        self.box_vat_number.setObjectName(u"box_vat_number")
        self.field_vat_number = QLineEdit(CompanyForm)
        self.field_vat_number.setObjectName(u"field_vat_number")
        self.field_vat_number.setPlaceholderText(u"FR40303265045")

        self.box_vat_number.addWidget(self.field_vat_number)

        self.error_vat_number = QLabel(CompanyForm)
        self.error_vat_number.setObjectName(u"error_vat_number")
        self.error_vat_number.setProperty(u"role", u"error")
        self.error_vat_number.setWordWrap(True)

        self.box_vat_number.addWidget(self.error_vat_number)


        self.record_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.box_vat_number)

        self.label_address = QLabel(CompanyForm)
        self.label_address.setObjectName(u"label_address")

        self.record_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.box_address = QVBoxLayout()
        self.box_address.setSpacing(2)
        self.box_address.setObjectName(u"box_address")
        self.field_address = QLineEdit(CompanyForm)
        self.field_address.setObjectName(u"field_address")

        self.box_address.addWidget(self.field_address)

        self.error_address = QLabel(CompanyForm)
        self.error_address.setObjectName(u"error_address")
        self.error_address.setProperty(u"role", u"error")
        self.error_address.setWordWrap(True)

        self.box_address.addWidget(self.error_address)


        self.record_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.box_address)

        self.label_postal_code = QLabel(CompanyForm)
        self.label_postal_code.setObjectName(u"label_postal_code")

        self.record_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_postal_code)

        self.box_postal_code = QVBoxLayout()
        self.box_postal_code.setSpacing(2)
        self.box_postal_code.setObjectName(u"box_postal_code")
        self.field_postal_code = QLineEdit(CompanyForm)
        self.field_postal_code.setObjectName(u"field_postal_code")

        self.box_postal_code.addWidget(self.field_postal_code)

        self.error_postal_code = QLabel(CompanyForm)
        self.error_postal_code.setObjectName(u"error_postal_code")
        self.error_postal_code.setProperty(u"role", u"error")
        self.error_postal_code.setWordWrap(True)

        self.box_postal_code.addWidget(self.error_postal_code)


        self.record_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.box_postal_code)

        self.label_city = QLabel(CompanyForm)
        self.label_city.setObjectName(u"label_city")

        self.record_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_city)

        self.box_city = QVBoxLayout()
        self.box_city.setSpacing(2)
        self.box_city.setObjectName(u"box_city")
        self.field_city = QLineEdit(CompanyForm)
        self.field_city.setObjectName(u"field_city")

        self.box_city.addWidget(self.field_city)

        self.error_city = QLabel(CompanyForm)
        self.error_city.setObjectName(u"error_city")
        self.error_city.setProperty(u"role", u"error")
        self.error_city.setWordWrap(True)

        self.box_city.addWidget(self.error_city)


        self.record_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.box_city)

        self.label_phone = QLabel(CompanyForm)
        self.label_phone.setObjectName(u"label_phone")

        self.record_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.box_phone = QVBoxLayout()
        self.box_phone.setSpacing(2)
        self.box_phone.setObjectName(u"box_phone")
        self.field_phone = QLineEdit(CompanyForm)
        self.field_phone.setObjectName(u"field_phone")

        self.box_phone.addWidget(self.field_phone)

        self.error_phone = QLabel(CompanyForm)
        self.error_phone.setObjectName(u"error_phone")
        self.error_phone.setProperty(u"role", u"error")
        self.error_phone.setWordWrap(True)

        self.box_phone.addWidget(self.error_phone)


        self.record_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.box_phone)

        self.label_website = QLabel(CompanyForm)
        self.label_website.setObjectName(u"label_website")

        self.record_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_website)

        self.box_website = QVBoxLayout()
        self.box_website.setSpacing(2)
        self.box_website.setObjectName(u"box_website")
        self.field_website = QLineEdit(CompanyForm)
        self.field_website.setObjectName(u"field_website")

        self.box_website.addWidget(self.field_website)

        self.error_website = QLabel(CompanyForm)
        self.error_website.setObjectName(u"error_website")
        self.error_website.setProperty(u"role", u"error")
        self.error_website.setWordWrap(True)

        self.box_website.addWidget(self.error_website)


        self.record_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.box_website)

        self.label_tags = QLabel(CompanyForm)
        self.label_tags.setObjectName(u"label_tags")

        self.record_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_tags)

        self.box_tags = QVBoxLayout()
        self.box_tags.setSpacing(2)
        self.box_tags.setObjectName(u"box_tags")
        self.field_tags = QLineEdit(CompanyForm)
        self.field_tags.setObjectName(u"field_tags")

        self.box_tags.addWidget(self.field_tags)

        self.error_tags = QLabel(CompanyForm)
        self.error_tags.setObjectName(u"error_tags")
        self.error_tags.setProperty(u"role", u"error")
        self.error_tags.setWordWrap(True)

        self.box_tags.addWidget(self.error_tags)


        self.record_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.box_tags)


        self.form_layout.addLayout(self.record_form)

#if QT_CONFIG(shortcut)
        self.label_legal_name.setBuddy(self.field_legal_name)
        self.label_legal_form.setBuddy(self.field_legal_form)
        self.label_siret.setBuddy(self.field_siret)
        self.label_vat_number.setBuddy(self.field_vat_number)
        self.label_address.setBuddy(self.field_address)
        self.label_postal_code.setBuddy(self.field_postal_code)
        self.label_city.setBuddy(self.field_city)
        self.label_phone.setBuddy(self.field_phone)
        self.label_website.setBuddy(self.field_website)
        self.label_tags.setBuddy(self.field_tags)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompanyForm)
    # setupUi

    def retranslateUi(self, CompanyForm):
        self.label_legal_name.setText(QCoreApplication.translate("CompanyForm", u"Raison sociale", None))
        self.label_legal_form.setText(QCoreApplication.translate("CompanyForm", u"Forme juridique", None))
        self.label_siret.setText(QCoreApplication.translate("CompanyForm", u"SIRET", None))
        self.label_vat_number.setText(QCoreApplication.translate("CompanyForm", u"N\u00b0 TVA intracommunautaire", None))
        self.label_address.setText(QCoreApplication.translate("CompanyForm", u"Adresse", None))
        self.label_postal_code.setText(QCoreApplication.translate("CompanyForm", u"Code postal", None))
        self.label_city.setText(QCoreApplication.translate("CompanyForm", u"Ville", None))
        self.label_phone.setText(QCoreApplication.translate("CompanyForm", u"T\u00e9l\u00e9phone", None))
        self.label_website.setText(QCoreApplication.translate("CompanyForm", u"Site web", None))
        self.label_tags.setText(QCoreApplication.translate("CompanyForm", u"\u00c9tiquettes", None))
        self.field_tags.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"s\u00e9par\u00e9es par des virgules", None))
        pass
    # retranslateUi

