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
    QSizePolicy, QSpinBox, QWidget)

class Ui_SmtpPage(object):
    def setupUi(self, SmtpPage):
        if not SmtpPage.objectName():
            SmtpPage.setObjectName(u"SmtpPage")
        self.form = QFormLayout(SmtpPage)
        self.form.setObjectName(u"form")
        self.label_host = QLabel(SmtpPage)
        self.label_host.setObjectName(u"label_host")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_host)

        self.host = QLineEdit(SmtpPage)
        self.host.setObjectName(u"host")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.label_port = QLabel(SmtpPage)
        self.label_port.setObjectName(u"label_port")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_port)

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

        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.server)

        self.label_user = QLabel(SmtpPage)
        self.label_user.setObjectName(u"label_user")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_user)

        self.user = QLineEdit(SmtpPage)
        self.user.setObjectName(u"user")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.user)

        self.label_password = QLabel(SmtpPage)
        self.label_password.setObjectName(u"label_password")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_password)

        self.smtp_password = QLineEdit(SmtpPage)
        self.smtp_password.setObjectName(u"smtp_password")
        self.smtp_password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.smtp_password)

        self.label_sender_name = QLabel(SmtpPage)
        self.label_sender_name.setObjectName(u"label_sender_name")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_sender_name)

        self.sender_name = QLineEdit(SmtpPage)
        self.sender_name.setObjectName(u"sender_name")
        self.sender_name.setPlaceholderText(u"Julie Martin")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sender_name)

        self.label_sender_address = QLabel(SmtpPage)
        self.label_sender_address.setObjectName(u"label_sender_address")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_sender_address)

        self.sender_address = QLineEdit(SmtpPage)
        self.sender_address.setObjectName(u"sender_address")
        self.sender_address.setPlaceholderText(u"julie@atelier-lumiere.fr")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sender_address)

        self.label_signature = QLabel(SmtpPage)
        self.label_signature.setObjectName(u"label_signature")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_signature)

        self.signature = QPlainTextEdit(SmtpPage)
        self.signature.setObjectName(u"signature")
        self.signature.setMaximumSize(QSize(16777215, 80))
        self.signature.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signature)

        self.smtp_test = QPushButton(SmtpPage)
        self.smtp_test.setObjectName(u"smtp_test")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.smtp_test)

        self.smtp_test_result = QLabel(SmtpPage)
        self.smtp_test_result.setObjectName(u"smtp_test_result")
        self.smtp_test_result.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.smtp_test_result)

#if QT_CONFIG(shortcut)
        self.label_host.setBuddy(self.host)
        self.label_port.setBuddy(self.port)
        self.label_user.setBuddy(self.user)
        self.label_password.setBuddy(self.smtp_password)
        self.label_sender_name.setBuddy(self.sender_name)
        self.label_sender_address.setBuddy(self.sender_address)
        self.label_signature.setBuddy(self.signature)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SmtpPage)
    # setupUi

    def retranslateUi(self, SmtpPage):
        SmtpPage.setWindowTitle(QCoreApplication.translate("SmtpPage", u"Envoi des e-mails (SMTP)", None))
        self.label_host.setText(QCoreApplication.translate("SmtpPage", u"Serveur :", None))
        self.host.setPlaceholderText(QCoreApplication.translate("SmtpPage", u"vide : mode local (fichiers .eml)", None))
        self.label_port.setText(QCoreApplication.translate("SmtpPage", u"Port et s\u00e9curit\u00e9 :", None))
        self.label_user.setText(QCoreApplication.translate("SmtpPage", u"Identifiant :", None))
        self.label_password.setText(QCoreApplication.translate("SmtpPage", u"Mot de passe :", None))
        self.label_sender_name.setText(QCoreApplication.translate("SmtpPage", u"Nom de l\u2019exp\u00e9diteur :", None))
        self.label_sender_address.setText(QCoreApplication.translate("SmtpPage", u"Adresse de l\u2019exp\u00e9diteur :", None))
        self.label_signature.setText(QCoreApplication.translate("SmtpPage", u"Signature :", None))
        self.smtp_test.setText(QCoreApplication.translate("SmtpPage", u"Envoyer un message de test", None))
    # retranslateUi

