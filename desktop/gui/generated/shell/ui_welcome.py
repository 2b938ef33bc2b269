# Generated from ui/shell/welcome.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WelcomeForm(object):
    def setupUi(self, WelcomeForm):
        if not WelcomeForm.objectName():
            WelcomeForm.setObjectName(u"WelcomeForm")
        self.form_layout = QVBoxLayout(WelcomeForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(WelcomeForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.form_layout.addWidget(self.intro)

        self.record_form = QFormLayout()
        self.record_form.setObjectName(u"record_form")
        self.record_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.label_legal_name = QLabel(WelcomeForm)
        self.label_legal_name.setObjectName(u"label_legal_name")

        self.record_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_legal_name)

        self.box_legal_name = QVBoxLayout()
        self.box_legal_name.setSpacing(2)
        self.box_legal_name.setObjectName(u"box_legal_name")
        self.field_legal_name = QLineEdit(WelcomeForm)
        self.field_legal_name.setObjectName(u"field_legal_name")

        self.box_legal_name.addWidget(self.field_legal_name)

        self.error_legal_name = QLabel(WelcomeForm)
        self.error_legal_name.setObjectName(u"error_legal_name")
        self.error_legal_name.setProperty(u"role", u"error")
        self.error_legal_name.setWordWrap(True)

        self.box_legal_name.addWidget(self.error_legal_name)


        self.record_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.box_legal_name)

        self.label_legal_form = QLabel(WelcomeForm)
        self.label_legal_form.setObjectName(u"label_legal_form")

        self.record_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_legal_form)

        self.box_legal_form = QVBoxLayout()
        self.box_legal_form.setSpacing(2)
        self.box_legal_form.setObjectName(u"box_legal_form")
        self.field_legal_form = QLineEdit(WelcomeForm)
        self.field_legal_form.setObjectName(u"field_legal_form")
        self.field_legal_form.setPlaceholderText(u"SARL, SAS, EURL\u2026")

        self.box_legal_form.addWidget(self.field_legal_form)

        self.error_legal_form = QLabel(WelcomeForm)
        self.error_legal_form.setObjectName(u"error_legal_form")
        self.error_legal_form.setProperty(u"role", u"error")
        self.error_legal_form.setWordWrap(True)

        self.box_legal_form.addWidget(self.error_legal_form)


        self.record_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.box_legal_form)

        self.label_share_capital = QLabel(WelcomeForm)
        self.label_share_capital.setObjectName(u"label_share_capital")

        self.record_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_share_capital)

        self.box_share_capital = QVBoxLayout()
        self.box_share_capital.setSpacing(2)
        self.box_share_capital.setObjectName(u"box_share_capital")
        self.field_share_capital = QLineEdit(WelcomeForm)
        self.field_share_capital.setObjectName(u"field_share_capital")
        self.field_share_capital.setPlaceholderText(u"10 000")

        self.box_share_capital.addWidget(self.field_share_capital)

        self.error_share_capital = QLabel(WelcomeForm)
        self.error_share_capital.setObjectName(u"error_share_capital")
        self.error_share_capital.setProperty(u"role", u"error")
        self.error_share_capital.setWordWrap(True)

        self.box_share_capital.addWidget(self.error_share_capital)


        self.record_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.box_share_capital)

        self.label_siret = QLabel(WelcomeForm)
        self.label_siret.setObjectName(u"label_siret")

        self.record_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_siret)

        self.box_siret = QVBoxLayout()
        self.box_siret.setSpacing(2)
        self.box_siret.setObjectName(u"box_siret")
        self.field_siret = QLineEdit(WelcomeForm)
        self.field_siret.setObjectName(u"field_siret")
        self.field_siret.setPlaceholderText(u"732 829 320 00074")

        self.box_siret.addWidget(self.field_siret)

        self.error_siret = QLabel(WelcomeForm)
        self.error_siret.setObjectName(u"error_siret")
        self.error_siret.setProperty(u"role", u"error")
        self.error_siret.setWordWrap(True)

        self.box_siret.addWidget(self.error_siret)


        self.record_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.box_siret)

        self.label_registry_kind = QLabel(WelcomeForm)
        self.label_registry_kind.setObjectName(u"label_registry_kind")

        self.record_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_registry_kind)

        self.box_registry_kind = QVBoxLayout()
        self.box_registry_kind.setSpacing(2)
        self.box_registry_kind.setObjectName(u"box_registry_kind")
        self.field_registry_kind = QComboBox(WelcomeForm)
        self.field_registry_kind.setObjectName(u"field_registry_kind")

        self.box_registry_kind.addWidget(self.field_registry_kind)

        self.error_registry_kind = QLabel(WelcomeForm)
        self.error_registry_kind.setObjectName(u"error_registry_kind")
        self.error_registry_kind.setProperty(u"role", u"error")
        self.error_registry_kind.setWordWrap(True)

        self.box_registry_kind.addWidget(self.error_registry_kind)


        self.record_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.box_registry_kind)

        self.label_rcs_city = QLabel(WelcomeForm)
        self.label_rcs_city.setObjectName(u"label_rcs_city")

        self.record_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_rcs_city)

        self.box_rcs_city = QVBoxLayout()
        self.box_rcs_city.setSpacing(2)
        self.box_rcs_city.setObjectName(u"box_rcs_city")
        self.field_rcs_city = QLineEdit(WelcomeForm)
        self.field_rcs_city.setObjectName(u"field_rcs_city")

        self.box_rcs_city.addWidget(self.field_rcs_city)

        self.error_rcs_city = QLabel(WelcomeForm)
        self.error_rcs_city.setObjectName(u"error_rcs_city")
        self.error_rcs_city.setProperty(u"role", u"error")
        self.error_rcs_city.setWordWrap(True)

        self.box_rcs_city.addWidget(self.error_rcs_city)


        self.record_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.box_rcs_city)

        self.label_vat_number = QLabel(WelcomeForm)
        self.label_vat_number.setObjectName(u"label_vat_number")

        self.record_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_vat_number)

        self.box_vat_number = QVBoxLayout()
        self.box_vat_number.setSpacing(2)
        self.box_vat_number.setObjectName(u"box_vat_number")
        self.field_vat_number = QLineEdit(WelcomeForm)
        self.field_vat_number.setObjectName(u"field_vat_number")
        self.field_vat_number.setPlaceholderText(u"FR40303265045")

        self.box_vat_number.addWidget(self.field_vat_number)

        self.error_vat_number = QLabel(WelcomeForm)
        self.error_vat_number.setObjectName(u"error_vat_number")
        self.error_vat_number.setProperty(u"role", u"error")
        self.error_vat_number.setWordWrap(True)

        self.box_vat_number.addWidget(self.error_vat_number)


        self.record_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.box_vat_number)

        self.label_address = QLabel(WelcomeForm)
        self.label_address.setObjectName(u"label_address")

        self.record_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.box_address = QVBoxLayout()
        self.box_address.setSpacing(2)
        self.box_address.setObjectName(u"box_address")
        self.field_address = QLineEdit(WelcomeForm)
        self.field_address.setObjectName(u"field_address")

        self.box_address.addWidget(self.field_address)

        self.error_address = QLabel(WelcomeForm)
        self.error_address.setObjectName(u"error_address")
        self.error_address.setProperty(u"role", u"error")
        self.error_address.setWordWrap(True)

        self.box_address.addWidget(self.error_address)


        self.record_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.box_address)

        self.label_postal_code = QLabel(WelcomeForm)
        self.label_postal_code.setObjectName(u"label_postal_code")

        self.record_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_postal_code)

        self.box_postal_code = QVBoxLayout()
        self.box_postal_code.setSpacing(2)
        self.box_postal_code.setObjectName(u"box_postal_code")
        self.field_postal_code = QLineEdit(WelcomeForm)
        self.field_postal_code.setObjectName(u"field_postal_code")

        self.box_postal_code.addWidget(self.field_postal_code)

        self.error_postal_code = QLabel(WelcomeForm)
        self.error_postal_code.setObjectName(u"error_postal_code")
        self.error_postal_code.setProperty(u"role", u"error")
        self.error_postal_code.setWordWrap(True)

        self.box_postal_code.addWidget(self.error_postal_code)


        self.record_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.box_postal_code)

        self.label_city = QLabel(WelcomeForm)
        self.label_city.setObjectName(u"label_city")

        self.record_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_city)

        self.box_city = QVBoxLayout()
        self.box_city.setSpacing(2)
        self.box_city.setObjectName(u"box_city")
        self.field_city = QLineEdit(WelcomeForm)
        self.field_city.setObjectName(u"field_city")

        self.box_city.addWidget(self.field_city)

        self.error_city = QLabel(WelcomeForm)
        self.error_city.setObjectName(u"error_city")
        self.error_city.setProperty(u"role", u"error")
        self.error_city.setWordWrap(True)

        self.box_city.addWidget(self.error_city)


        self.record_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.box_city)

        self.label_email = QLabel(WelcomeForm)
        self.label_email.setObjectName(u"label_email")

        self.record_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.box_email = QVBoxLayout()
        self.box_email.setSpacing(2)
        self.box_email.setObjectName(u"box_email")
        self.field_email = QLineEdit(WelcomeForm)
        self.field_email.setObjectName(u"field_email")

        self.box_email.addWidget(self.field_email)

        self.error_email = QLabel(WelcomeForm)
        self.error_email.setObjectName(u"error_email")
        self.error_email.setProperty(u"role", u"error")
        self.error_email.setWordWrap(True)

        self.box_email.addWidget(self.error_email)


        self.record_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.box_email)

        self.label_phone = QLabel(WelcomeForm)
        self.label_phone.setObjectName(u"label_phone")

        self.record_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.box_phone = QVBoxLayout()
        self.box_phone.setSpacing(2)
        self.box_phone.setObjectName(u"box_phone")
        self.field_phone = QLineEdit(WelcomeForm)
        self.field_phone.setObjectName(u"field_phone")

        self.box_phone.addWidget(self.field_phone)

        self.error_phone = QLabel(WelcomeForm)
        self.error_phone.setObjectName(u"error_phone")
        self.error_phone.setProperty(u"role", u"error")
        self.error_phone.setWordWrap(True)

        self.box_phone.addWidget(self.error_phone)


        self.record_form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.box_phone)


        self.form_layout.addLayout(self.record_form)

        self.sender_box = QGroupBox(WelcomeForm)
        self.sender_box.setObjectName(u"sender_box")
        self.sender_form = QFormLayout(self.sender_box)
        self.sender_form.setObjectName(u"sender_form")
        self.label_sender_name = QLabel(self.sender_box)
        self.label_sender_name.setObjectName(u"label_sender_name")

        self.sender_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_sender_name)

        self.sender_name = QLineEdit(self.sender_box)
        self.sender_name.setObjectName(u"sender_name")
        self.sender_name.setPlaceholderText(u"Julie Martin")

        self.sender_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sender_name)

        self.label_sender_address = QLabel(self.sender_box)
        self.label_sender_address.setObjectName(u"label_sender_address")

        self.sender_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_sender_address)

        self.sender_address = QLineEdit(self.sender_box)
        self.sender_address.setObjectName(u"sender_address")

        self.sender_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sender_address)

        self.sender_address_error = QLabel(self.sender_box)
        self.sender_address_error.setObjectName(u"sender_address_error")
        self.sender_address_error.setProperty(u"role", u"error")

        self.sender_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sender_address_error)


        self.form_layout.addWidget(self.sender_box)

        self.empty_choice = QRadioButton(WelcomeForm)
        self.empty_choice.setObjectName(u"empty_choice")
        self.empty_choice.setChecked(True)

        self.form_layout.addWidget(self.empty_choice)

        self.demo_choice = QRadioButton(WelcomeForm)
        self.demo_choice.setObjectName(u"demo_choice")

        self.form_layout.addWidget(self.demo_choice)

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
        self.label_sender_name.setBuddy(self.sender_name)
        self.label_sender_address.setBuddy(self.sender_address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WelcomeForm)
    # setupUi

    def retranslateUi(self, WelcomeForm):
        WelcomeForm.setWindowTitle(QCoreApplication.translate("WelcomeForm", u"Bienvenue dans Relance", None))
        self.intro.setText(QCoreApplication.translate("WelcomeForm", u"<h2>Bienvenue dans Relance</h2><p>Qui relancer, quand, et comment. Indiquez votre soci\u00e9t\u00e9 : elle figurera sur vos devis. Tout peut \u00eatre compl\u00e9t\u00e9 plus tard.</p>", None))
        self.label_legal_name.setText(QCoreApplication.translate("WelcomeForm", u"Raison sociale", None))
        self.label_legal_form.setText(QCoreApplication.translate("WelcomeForm", u"Forme juridique", None))
        self.label_share_capital.setText(QCoreApplication.translate("WelcomeForm", u"Capital social (\u20ac)", None))
        self.label_siret.setText(QCoreApplication.translate("WelcomeForm", u"SIRET", None))
        self.label_registry_kind.setText(QCoreApplication.translate("WelcomeForm", u"Registre d\u2019immatriculation", None))
        self.label_rcs_city.setText(QCoreApplication.translate("WelcomeForm", u"Ville ou d\u00e9partement d\u2019immatriculation", None))
        self.field_rcs_city.setPlaceholderText(QCoreApplication.translate("WelcomeForm", u"Lyon", None))
        self.label_vat_number.setText(QCoreApplication.translate("WelcomeForm", u"N\u00b0 TVA intracommunautaire", None))
        self.label_address.setText(QCoreApplication.translate("WelcomeForm", u"Adresse", None))
        self.label_postal_code.setText(QCoreApplication.translate("WelcomeForm", u"Code postal", None))
        self.label_city.setText(QCoreApplication.translate("WelcomeForm", u"Ville", None))
        self.label_email.setText(QCoreApplication.translate("WelcomeForm", u"Email", None))
        self.label_phone.setText(QCoreApplication.translate("WelcomeForm", u"T\u00e9l\u00e9phone", None))
        self.sender_box.setTitle(QCoreApplication.translate("WelcomeForm", u"Vos e-mails (exp\u00e9diteur des devis)", None))
        self.label_sender_name.setText(QCoreApplication.translate("WelcomeForm", u"Votre nom", None))
        self.label_sender_address.setText(QCoreApplication.translate("WelcomeForm", u"Votre adresse e-mail", None))
        self.sender_address.setPlaceholderText(QCoreApplication.translate("WelcomeForm", u"vide : l\u2019email de la soci\u00e9t\u00e9", None))
        self.empty_choice.setText(QCoreApplication.translate("WelcomeForm", u"Commencer avec une base vide", None))
        self.demo_choice.setText(QCoreApplication.translate("WelcomeForm", u"Charger les donn\u00e9es de d\u00e9monstration (200 soci\u00e9t\u00e9s, 600 contacts)", None))
    # retranslateUi

