# Generated from ui/settings/smtp_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'smtp_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QWidget)

class Ui_SmtpPage(object):
    def setupUi(self, SmtpPage):
        if not SmtpPage.objectName():
            SmtpPage.setObjectName(u"SmtpPage")
        self.form = QFormLayout(SmtpPage)
        self.form.setObjectName(u"form")
        self.label_sender_address = QLabel(SmtpPage)
        self.label_sender_address.setObjectName(u"label_sender_address")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_sender_address)

        self.sender_address = QLineEdit(SmtpPage)
        self.sender_address.setObjectName(u"sender_address")
        self.sender_address.setPlaceholderText(u"julie@atelier-lumiere.fr")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sender_address)

        self.label_provider = QLabel(SmtpPage)
        self.label_provider.setObjectName(u"label_provider")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_provider)

        self.provider = QComboBox(SmtpPage)
        self.provider.setObjectName(u"provider")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provider)

        self.provider_note = QLabel(SmtpPage)
        self.provider_note.setObjectName(u"provider_note")
        self.provider_note.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provider_note)

        self.label_auth = QLabel(SmtpPage)
        self.label_auth.setObjectName(u"label_auth")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_auth)

        self.signin_row = QHBoxLayout()
        self.signin_row.setObjectName(u"signin_row")
        self.auth = QComboBox(SmtpPage)
        self.auth.setObjectName(u"auth")

        self.signin_row.addWidget(self.auth)

        self.signin_button = QPushButton(SmtpPage)
        self.signin_button.setObjectName(u"signin_button")

        self.signin_row.addWidget(self.signin_button)

        self.signout_button = QPushButton(SmtpPage)
        self.signout_button.setObjectName(u"signout_button")

        self.signin_row.addWidget(self.signout_button)

        self.account = QLabel(SmtpPage)
        self.account.setObjectName(u"account")

        self.signin_row.addWidget(self.account)

        self.signin_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signin_row.addItem(self.signin_spacer)

        self.signin_row.setStretch(4, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.signin_row)

        self.signin_result = QLabel(SmtpPage)
        self.signin_result.setObjectName(u"signin_result")
        self.signin_result.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signin_result)

        self.label_host = QLabel(SmtpPage)
        self.label_host.setObjectName(u"label_host")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_host)

        self.host = QLineEdit(SmtpPage)
        self.host.setObjectName(u"host")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.host)

        self.label_port = QLabel(SmtpPage)
        self.label_port.setObjectName(u"label_port")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_port)

        self.server = QHBoxLayout()
        self.server.setObjectName(u"server")
        self.port = QSpinBox(SmtpPage)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1)
        self.port.setMaximum(65535)

        self.server.addWidget(self.port)

        self.security = QComboBox(SmtpPage)
        self.security.setObjectName(u"security")

        self.server.addWidget(self.security)

        self.server.setStretch(1, 1)

        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.server)

        self.label_user = QLabel(SmtpPage)
        self.label_user.setObjectName(u"label_user")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_user)

        self.user = QLineEdit(SmtpPage)
        self.user.setObjectName(u"user")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.user)

        self.label_password = QLabel(SmtpPage)
        self.label_password.setObjectName(u"label_password")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_password)

        self.smtp_password = QLineEdit(SmtpPage)
        self.smtp_password.setObjectName(u"smtp_password")
        self.smtp_password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.smtp_password)

        self.label_sender_name = QLabel(SmtpPage)
        self.label_sender_name.setObjectName(u"label_sender_name")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_sender_name)

        self.sender_name = QLineEdit(SmtpPage)
        self.sender_name.setObjectName(u"sender_name")
        self.sender_name.setPlaceholderText(u"Julie Martin")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sender_name)

        self.label_signature = QLabel(SmtpPage)
        self.label_signature.setObjectName(u"label_signature")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_signature)

        self.signature = QPlainTextEdit(SmtpPage)
        self.signature.setObjectName(u"signature")
        self.signature.setMaximumSize(QSize(16777215, 60))
        self.signature.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.signature)

        self.label_sent_copy = QLabel(SmtpPage)
        self.label_sent_copy.setObjectName(u"label_sent_copy")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_sent_copy)

        self.sent_copy = QComboBox(SmtpPage)
        self.sent_copy.setObjectName(u"sent_copy")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sent_copy)

        self.sent_copy_note = QLabel(SmtpPage)
        self.sent_copy_note.setObjectName(u"sent_copy_note")
        self.sent_copy_note.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.sent_copy_note)

        self.tests = QHBoxLayout()
        self.tests.setObjectName(u"tests")
        self.mail_check = QPushButton(SmtpPage)
        self.mail_check.setObjectName(u"mail_check")

        self.tests.addWidget(self.mail_check)

        self.smtp_test = QPushButton(SmtpPage)
        self.smtp_test.setObjectName(u"smtp_test")

        self.tests.addWidget(self.smtp_test)

        self.tests_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tests.addItem(self.tests_spacer)


        self.form.setLayout(13, QFormLayout.ItemRole.SpanningRole, self.tests)

        self.smtp_test_result = QLabel(SmtpPage)
        self.smtp_test_result.setObjectName(u"smtp_test_result")
        self.smtp_test_result.setWordWrap(True)

        self.form.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.smtp_test_result)

#if QT_CONFIG(shortcut)
        self.label_sender_address.setBuddy(self.sender_address)
        self.label_provider.setBuddy(self.provider)
        self.label_auth.setBuddy(self.auth)
        self.label_host.setBuddy(self.host)
        self.label_port.setBuddy(self.port)
        self.label_user.setBuddy(self.user)
        self.label_password.setBuddy(self.smtp_password)
        self.label_sender_name.setBuddy(self.sender_name)
        self.label_signature.setBuddy(self.signature)
        self.label_sent_copy.setBuddy(self.sent_copy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SmtpPage)
    # setupUi

    def retranslateUi(self, SmtpPage):
        SmtpPage.setWindowTitle(QCoreApplication.translate("SmtpPage", u"Envoi des e-mails (SMTP)", None))
        self.label_sender_address.setText(QCoreApplication.translate("SmtpPage", u"Votre adresse e-mail :", None))
        self.label_provider.setText(QCoreApplication.translate("SmtpPage", u"Fournisseur :", None))
        self.label_auth.setText(QCoreApplication.translate("SmtpPage", u"Connexion :", None))
        self.signin_button.setText(QCoreApplication.translate("SmtpPage", u"Se connecter", None))
        self.signout_button.setText(QCoreApplication.translate("SmtpPage", u"Se d\u00e9connecter", None))
        self.label_host.setText(QCoreApplication.translate("SmtpPage", u"Serveur d\u2019envoi :", None))
        self.host.setPlaceholderText(QCoreApplication.translate("SmtpPage", u"vide : mode local (fichiers .eml)", None))
        self.label_port.setText(QCoreApplication.translate("SmtpPage", u"Port et s\u00e9curit\u00e9 :", None))
        self.label_user.setText(QCoreApplication.translate("SmtpPage", u"Identifiant :", None))
        self.label_password.setText(QCoreApplication.translate("SmtpPage", u"Mot de passe :", None))
        self.label_sender_name.setText(QCoreApplication.translate("SmtpPage", u"Nom de l\u2019exp\u00e9diteur :", None))
        self.label_signature.setText(QCoreApplication.translate("SmtpPage", u"Signature :", None))
        self.label_sent_copy.setText(QCoreApplication.translate("SmtpPage", u"Dossier \u00ab Envoy\u00e9s \u00bb :", None))
        self.mail_check.setText(QCoreApplication.translate("SmtpPage", u"Tester la connexion", None))
        self.smtp_test.setText(QCoreApplication.translate("SmtpPage", u"Envoyer un message de test", None))
    # retranslateUi

