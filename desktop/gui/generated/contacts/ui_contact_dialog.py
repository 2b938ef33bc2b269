# Generated from ui/contacts/contact_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ContactForm(object):
    def setupUi(self, ContactForm):
        if not ContactForm.objectName():
            ContactForm.setObjectName(u"ContactForm")
        ContactForm.setWindowTitle(u"Contact")
        self.form_layout = QVBoxLayout(ContactForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.record_form = QFormLayout()
        self.record_form.setObjectName(u"record_form")
        self.record_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.label_civility = QLabel(ContactForm)
        self.label_civility.setObjectName(u"label_civility")

        self.record_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_civility)

        self.box_civility = QVBoxLayout()
        self.box_civility.setSpacing(2)
        self.box_civility.setObjectName(u"box_civility")
        self.field_civility = QComboBox(ContactForm)
        self.field_civility.setObjectName(u"field_civility")

        self.box_civility.addWidget(self.field_civility)

        self.error_civility = QLabel(ContactForm)
        self.error_civility.setObjectName(u"error_civility")
        self.error_civility.setProperty(u"role", u"error")
        self.error_civility.setWordWrap(True)

        self.box_civility.addWidget(self.error_civility)


        self.record_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.box_civility)

        self.label_first_name = QLabel(ContactForm)
        self.label_first_name.setObjectName(u"label_first_name")

        self.record_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_first_name)

        self.box_first_name = QVBoxLayout()
        self.box_first_name.setSpacing(2)
        self.box_first_name.setObjectName(u"box_first_name")
        self.field_first_name = QLineEdit(ContactForm)
        self.field_first_name.setObjectName(u"field_first_name")

        self.box_first_name.addWidget(self.field_first_name)

        self.error_first_name = QLabel(ContactForm)
        self.error_first_name.setObjectName(u"error_first_name")
        self.error_first_name.setProperty(u"role", u"error")
        self.error_first_name.setWordWrap(True)

        self.box_first_name.addWidget(self.error_first_name)


        self.record_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.box_first_name)

        self.label_last_name = QLabel(ContactForm)
        self.label_last_name.setObjectName(u"label_last_name")

        self.record_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_last_name)

        self.box_last_name = QVBoxLayout()
        self.box_last_name.setSpacing(2)
        self.box_last_name.setObjectName(u"box_last_name")
        self.field_last_name = QLineEdit(ContactForm)
        self.field_last_name.setObjectName(u"field_last_name")

        self.box_last_name.addWidget(self.field_last_name)

        self.error_last_name = QLabel(ContactForm)
        self.error_last_name.setObjectName(u"error_last_name")
        self.error_last_name.setProperty(u"role", u"error")
        self.error_last_name.setWordWrap(True)

        self.box_last_name.addWidget(self.error_last_name)


        self.record_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.box_last_name)

        self.label_company_name = QLabel(ContactForm)
        self.label_company_name.setObjectName(u"label_company_name")

        self.record_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_company_name)

        self.box_company_name = QVBoxLayout()
        self.box_company_name.setSpacing(2)
        self.box_company_name.setObjectName(u"box_company_name")
        self.field_company_name = QLineEdit(ContactForm)
        self.field_company_name.setObjectName(u"field_company_name")

        self.box_company_name.addWidget(self.field_company_name)

        self.error_company_name = QLabel(ContactForm)
        self.error_company_name.setObjectName(u"error_company_name")
        self.error_company_name.setProperty(u"role", u"error")
        self.error_company_name.setWordWrap(True)

        self.box_company_name.addWidget(self.error_company_name)


        self.record_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.box_company_name)

        self.label_job_title = QLabel(ContactForm)
        self.label_job_title.setObjectName(u"label_job_title")

        self.record_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_job_title)

        self.box_job_title = QVBoxLayout()
        self.box_job_title.setSpacing(2)
        self.box_job_title.setObjectName(u"box_job_title")
        self.field_job_title = QLineEdit(ContactForm)
        self.field_job_title.setObjectName(u"field_job_title")

        self.box_job_title.addWidget(self.field_job_title)

        self.error_job_title = QLabel(ContactForm)
        self.error_job_title.setObjectName(u"error_job_title")
        self.error_job_title.setProperty(u"role", u"error")
        self.error_job_title.setWordWrap(True)

        self.box_job_title.addWidget(self.error_job_title)


        self.record_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.box_job_title)

        self.label_email = QLabel(ContactForm)
        self.label_email.setObjectName(u"label_email")

        self.record_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.box_email = QVBoxLayout()
        self.box_email.setSpacing(2)
        self.box_email.setObjectName(u"box_email")
        self.field_email = QLineEdit(ContactForm)
        self.field_email.setObjectName(u"field_email")
        self.field_email.setPlaceholderText(u"jeanne.martin@exemple.fr")

        self.box_email.addWidget(self.field_email)

        self.error_email = QLabel(ContactForm)
        self.error_email.setObjectName(u"error_email")
        self.error_email.setProperty(u"role", u"error")
        self.error_email.setWordWrap(True)

        self.box_email.addWidget(self.error_email)


        self.record_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.box_email)

        self.label_email2 = QLabel(ContactForm)
        self.label_email2.setObjectName(u"label_email2")

        self.record_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_email2)

        self.box_email2 = QVBoxLayout()
        self.box_email2.setSpacing(2)
        self.box_email2.setObjectName(u"box_email2")
        self.field_email2 = QLineEdit(ContactForm)
        self.field_email2.setObjectName(u"field_email2")

        self.box_email2.addWidget(self.field_email2)

        self.error_email2 = QLabel(ContactForm)
        self.error_email2.setObjectName(u"error_email2")
        self.error_email2.setProperty(u"role", u"error")
        self.error_email2.setWordWrap(True)

        self.box_email2.addWidget(self.error_email2)


        self.record_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.box_email2)

        self.label_phone = QLabel(ContactForm)
        self.label_phone.setObjectName(u"label_phone")

        self.record_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.box_phone = QVBoxLayout()
        self.box_phone.setSpacing(2)
        self.box_phone.setObjectName(u"box_phone")
        self.field_phone = QLineEdit(ContactForm)
        self.field_phone.setObjectName(u"field_phone")
        self.field_phone.setPlaceholderText(u"01 23 45 67 89")

        self.box_phone.addWidget(self.field_phone)

        self.error_phone = QLabel(ContactForm)
        self.error_phone.setObjectName(u"error_phone")
        self.error_phone.setProperty(u"role", u"error")
        self.error_phone.setWordWrap(True)

        self.box_phone.addWidget(self.error_phone)


        self.record_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.box_phone)

        self.label_mobile = QLabel(ContactForm)
        self.label_mobile.setObjectName(u"label_mobile")

        self.record_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_mobile)

        self.box_mobile = QVBoxLayout()
        self.box_mobile.setSpacing(2)
        self.box_mobile.setObjectName(u"box_mobile")
        self.field_mobile = QLineEdit(ContactForm)
        self.field_mobile.setObjectName(u"field_mobile")
        self.field_mobile.setPlaceholderText(u"06 12 34 56 78")

        self.box_mobile.addWidget(self.field_mobile)

        self.error_mobile = QLabel(ContactForm)
        self.error_mobile.setObjectName(u"error_mobile")
        self.error_mobile.setProperty(u"role", u"error")
        self.error_mobile.setWordWrap(True)

        self.box_mobile.addWidget(self.error_mobile)


        self.record_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.box_mobile)

        self.label_address = QLabel(ContactForm)
        self.label_address.setObjectName(u"label_address")

        self.record_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.box_address = QVBoxLayout()
        self.box_address.setSpacing(2)
        self.box_address.setObjectName(u"box_address")
        self.field_address = QLineEdit(ContactForm)
        self.field_address.setObjectName(u"field_address")

        self.box_address.addWidget(self.field_address)

        self.error_address = QLabel(ContactForm)
        self.error_address.setObjectName(u"error_address")
        self.error_address.setProperty(u"role", u"error")
        self.error_address.setWordWrap(True)

        self.box_address.addWidget(self.error_address)


        self.record_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.box_address)

        self.label_postal_code = QLabel(ContactForm)
        self.label_postal_code.setObjectName(u"label_postal_code")

        self.record_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_postal_code)

        self.box_postal_code = QVBoxLayout()
        self.box_postal_code.setSpacing(2)
        self.box_postal_code.setObjectName(u"box_postal_code")
        self.field_postal_code = QLineEdit(ContactForm)
        self.field_postal_code.setObjectName(u"field_postal_code")

        self.box_postal_code.addWidget(self.field_postal_code)

        self.error_postal_code = QLabel(ContactForm)
        self.error_postal_code.setObjectName(u"error_postal_code")
        self.error_postal_code.setProperty(u"role", u"error")
        self.error_postal_code.setWordWrap(True)

        self.box_postal_code.addWidget(self.error_postal_code)


        self.record_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.box_postal_code)

        self.label_city = QLabel(ContactForm)
        self.label_city.setObjectName(u"label_city")

        self.record_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_city)

        self.box_city = QVBoxLayout()
        self.box_city.setSpacing(2)
        self.box_city.setObjectName(u"box_city")
        self.field_city = QLineEdit(ContactForm)
        self.field_city.setObjectName(u"field_city")

        self.box_city.addWidget(self.field_city)

        self.error_city = QLabel(ContactForm)
        self.error_city.setObjectName(u"error_city")
        self.error_city.setProperty(u"role", u"error")
        self.error_city.setWordWrap(True)

        self.box_city.addWidget(self.error_city)


        self.record_form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.box_city)

        self.label_status = QLabel(ContactForm)
        self.label_status.setObjectName(u"label_status")

        self.record_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.box_status = QVBoxLayout()
        self.box_status.setSpacing(2)
        self.box_status.setObjectName(u"box_status")
        self.field_status = QComboBox(ContactForm)
        self.field_status.setObjectName(u"field_status")

        self.box_status.addWidget(self.field_status)

        self.error_status = QLabel(ContactForm)
        self.error_status.setObjectName(u"error_status")
        self.error_status.setProperty(u"role", u"error")
        self.error_status.setWordWrap(True)

        self.box_status.addWidget(self.error_status)


        self.record_form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.box_status)

        self.label_tags = QLabel(ContactForm)
        self.label_tags.setObjectName(u"label_tags")

        self.record_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_tags)

        self.box_tags = QVBoxLayout()
        self.box_tags.setSpacing(2)
        self.box_tags.setObjectName(u"box_tags")
        self.field_tags = QLineEdit(ContactForm)
        self.field_tags.setObjectName(u"field_tags")

        self.box_tags.addWidget(self.field_tags)

        self.error_tags = QLabel(ContactForm)
        self.error_tags.setObjectName(u"error_tags")
        self.error_tags.setProperty(u"role", u"error")
        self.error_tags.setWordWrap(True)

        self.box_tags.addWidget(self.error_tags)


        self.record_form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.box_tags)

        self.label_is_consumer = QLabel(ContactForm)
        self.label_is_consumer.setObjectName(u"label_is_consumer")

        self.record_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_is_consumer)

        self.box_is_consumer = QVBoxLayout()
        self.box_is_consumer.setSpacing(2)
        self.box_is_consumer.setObjectName(u"box_is_consumer")
        self.field_is_consumer = QCheckBox(ContactForm)
        self.field_is_consumer.setObjectName(u"field_is_consumer")

        self.box_is_consumer.addWidget(self.field_is_consumer)

        self.error_is_consumer = QLabel(ContactForm)
        self.error_is_consumer.setObjectName(u"error_is_consumer")
        self.error_is_consumer.setProperty(u"role", u"error")
        self.error_is_consumer.setWordWrap(True)

        self.box_is_consumer.addWidget(self.error_is_consumer)


        self.record_form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.box_is_consumer)

        self.label_tracking_consent = QLabel(ContactForm)
        self.label_tracking_consent.setObjectName(u"label_tracking_consent")

        self.record_form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.label_tracking_consent)

        self.box_tracking_consent = QVBoxLayout()
        self.box_tracking_consent.setSpacing(2)
        self.box_tracking_consent.setObjectName(u"box_tracking_consent")
        self.field_tracking_consent = QCheckBox(ContactForm)
        self.field_tracking_consent.setObjectName(u"field_tracking_consent")

        self.box_tracking_consent.addWidget(self.field_tracking_consent)

        self.error_tracking_consent = QLabel(ContactForm)
        self.error_tracking_consent.setObjectName(u"error_tracking_consent")
        self.error_tracking_consent.setProperty(u"role", u"error")
        self.error_tracking_consent.setWordWrap(True)

        self.box_tracking_consent.addWidget(self.error_tracking_consent)


        self.record_form.setLayout(15, QFormLayout.ItemRole.FieldRole, self.box_tracking_consent)

        self.label_marketing_consent = QLabel(ContactForm)
        self.label_marketing_consent.setObjectName(u"label_marketing_consent")

        self.record_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.label_marketing_consent)

        self.box_marketing_consent = QVBoxLayout()
        self.box_marketing_consent.setSpacing(2)
        self.box_marketing_consent.setObjectName(u"box_marketing_consent")
        self.field_marketing_consent = QCheckBox(ContactForm)
        self.field_marketing_consent.setObjectName(u"field_marketing_consent")

        self.box_marketing_consent.addWidget(self.field_marketing_consent)

        self.error_marketing_consent = QLabel(ContactForm)
        self.error_marketing_consent.setObjectName(u"error_marketing_consent")
        self.error_marketing_consent.setProperty(u"role", u"error")
        self.error_marketing_consent.setWordWrap(True)

        self.box_marketing_consent.addWidget(self.error_marketing_consent)


        self.record_form.setLayout(16, QFormLayout.ItemRole.FieldRole, self.box_marketing_consent)

        self.label_do_not_contact = QLabel(ContactForm)
        self.label_do_not_contact.setObjectName(u"label_do_not_contact")

        self.record_form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.label_do_not_contact)

        self.box_do_not_contact = QVBoxLayout()
        self.box_do_not_contact.setSpacing(2)
        self.box_do_not_contact.setObjectName(u"box_do_not_contact")
        self.field_do_not_contact = QCheckBox(ContactForm)
        self.field_do_not_contact.setObjectName(u"field_do_not_contact")

        self.box_do_not_contact.addWidget(self.field_do_not_contact)

        self.error_do_not_contact = QLabel(ContactForm)
        self.error_do_not_contact.setObjectName(u"error_do_not_contact")
        self.error_do_not_contact.setProperty(u"role", u"error")
        self.error_do_not_contact.setWordWrap(True)

        self.box_do_not_contact.addWidget(self.error_do_not_contact)


        self.record_form.setLayout(17, QFormLayout.ItemRole.FieldRole, self.box_do_not_contact)

        self.label_notes = QLabel(ContactForm)
        self.label_notes.setObjectName(u"label_notes")

        self.record_form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.box_notes = QVBoxLayout()
        self.box_notes.setSpacing(2)
        self.box_notes.setObjectName(u"box_notes")
        self.field_notes = QPlainTextEdit(ContactForm)
        self.field_notes.setObjectName(u"field_notes")
        self.field_notes.setMinimumSize(QSize(0, 70))
        self.field_notes.setMaximumSize(QSize(16777215, 70))

        self.box_notes.addWidget(self.field_notes)

        self.error_notes = QLabel(ContactForm)
        self.error_notes.setObjectName(u"error_notes")
        self.error_notes.setProperty(u"role", u"error")
        self.error_notes.setWordWrap(True)

        self.box_notes.addWidget(self.error_notes)


        self.record_form.setLayout(18, QFormLayout.ItemRole.FieldRole, self.box_notes)


        self.form_layout.addLayout(self.record_form)

#if QT_CONFIG(shortcut)
        self.label_civility.setBuddy(self.field_civility)
        self.label_first_name.setBuddy(self.field_first_name)
        self.label_last_name.setBuddy(self.field_last_name)
        self.label_company_name.setBuddy(self.field_company_name)
        self.label_job_title.setBuddy(self.field_job_title)
        self.label_email.setBuddy(self.field_email)
        self.label_email2.setBuddy(self.field_email2)
        self.label_phone.setBuddy(self.field_phone)
        self.label_mobile.setBuddy(self.field_mobile)
        self.label_address.setBuddy(self.field_address)
        self.label_postal_code.setBuddy(self.field_postal_code)
        self.label_city.setBuddy(self.field_city)
        self.label_status.setBuddy(self.field_status)
        self.label_tags.setBuddy(self.field_tags)
        self.label_is_consumer.setBuddy(self.field_is_consumer)
        self.label_tracking_consent.setBuddy(self.field_tracking_consent)
        self.label_marketing_consent.setBuddy(self.field_marketing_consent)
        self.label_do_not_contact.setBuddy(self.field_do_not_contact)
        self.label_notes.setBuddy(self.field_notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactForm)
    # setupUi

    def retranslateUi(self, ContactForm):
        self.label_civility.setText(QCoreApplication.translate("ContactForm", u"Civilit\u00e9", None))
        self.label_first_name.setText(QCoreApplication.translate("ContactForm", u"Pr\u00e9nom", None))
        self.label_last_name.setText(QCoreApplication.translate("ContactForm", u"Nom", None))
        self.label_company_name.setText(QCoreApplication.translate("ContactForm", u"Soci\u00e9t\u00e9", None))
        self.field_company_name.setPlaceholderText(QCoreApplication.translate("ContactForm", u"cr\u00e9\u00e9e si elle n'existe pas", None))
        self.label_job_title.setText(QCoreApplication.translate("ContactForm", u"Fonction", None))
        self.label_email.setText(QCoreApplication.translate("ContactForm", u"Email", None))
        self.label_email2.setText(QCoreApplication.translate("ContactForm", u"Email secondaire", None))
        self.label_phone.setText(QCoreApplication.translate("ContactForm", u"T\u00e9l\u00e9phone", None))
        self.label_mobile.setText(QCoreApplication.translate("ContactForm", u"Portable", None))
        self.label_address.setText(QCoreApplication.translate("ContactForm", u"Adresse", None))
        self.label_postal_code.setText(QCoreApplication.translate("ContactForm", u"Code postal", None))
        self.label_city.setText(QCoreApplication.translate("ContactForm", u"Ville", None))
        self.label_status.setText(QCoreApplication.translate("ContactForm", u"Statut", None))
        self.label_tags.setText(QCoreApplication.translate("ContactForm", u"\u00c9tiquettes", None))
        self.field_tags.setPlaceholderText(QCoreApplication.translate("ContactForm", u"s\u00e9par\u00e9es par des virgules", None))
        self.label_is_consumer.setText(QCoreApplication.translate("ContactForm", u"Particulier (consommateur)", None))
        self.label_tracking_consent.setText(QCoreApplication.translate("ContactForm", u"Consentement au suivi", None))
        self.label_marketing_consent.setText(QCoreApplication.translate("ContactForm", u"Accepte les emails commerciaux", None))
        self.label_do_not_contact.setText(QCoreApplication.translate("ContactForm", u"Ne pas contacter", None))
        self.label_notes.setText(QCoreApplication.translate("ContactForm", u"Notes", None))
        pass
    # retranslateUi

