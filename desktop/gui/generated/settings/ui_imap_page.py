# Generated from ui/settings/imap_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'imap_page.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QWidget)

class Ui_ImapPage(object):
    def setupUi(self, ImapPage):
        if not ImapPage.objectName():
            ImapPage.setObjectName(u"ImapPage")
        self.form = QFormLayout(ImapPage)
        self.form.setObjectName(u"form")
        self.label_imap_host = QLabel(ImapPage)
        self.label_imap_host.setObjectName(u"label_imap_host")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_imap_host)

        self.imap_host = QLineEdit(ImapPage)
        self.imap_host.setObjectName(u"imap_host")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.imap_host)

        self.label_imap_port = QLabel(ImapPage)
        self.label_imap_port.setObjectName(u"label_imap_port")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_imap_port)

        self.imap_server = QHBoxLayout()
        self.imap_server.setObjectName(u"imap_server")
        self.imap_port = QSpinBox(ImapPage)
        self.imap_port.setObjectName(u"imap_port")
        self.imap_port.setMinimum(1)
        self.imap_port.setMaximum(65535)

        self.imap_server.addWidget(self.imap_port)

        self.imap_security = QComboBox(ImapPage)
        self.imap_security.setObjectName(u"imap_security")

        self.imap_server.addWidget(self.imap_security)

        self.imap_server.setStretch(1, 1)

        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.imap_server)

        self.label_imap_user = QLabel(ImapPage)
        self.label_imap_user.setObjectName(u"label_imap_user")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_imap_user)

        self.imap_user = QLineEdit(ImapPage)
        self.imap_user.setObjectName(u"imap_user")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.imap_user)

        self.label_imap_password = QLabel(ImapPage)
        self.label_imap_password.setObjectName(u"label_imap_password")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_imap_password)

        self.imap_password = QLineEdit(ImapPage)
        self.imap_password.setObjectName(u"imap_password")
        self.imap_password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.imap_password)

        self.label_imap_folder = QLabel(ImapPage)
        self.label_imap_folder.setObjectName(u"label_imap_folder")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_imap_folder)

        self.imap_folder = QLineEdit(ImapPage)
        self.imap_folder.setObjectName(u"imap_folder")
        self.imap_folder.setPlaceholderText(u"INBOX")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.imap_folder)

        self.label_imap_sent_folder = QLabel(ImapPage)
        self.label_imap_sent_folder.setObjectName(u"label_imap_sent_folder")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_imap_sent_folder)

        self.imap_sent_folder = QLineEdit(ImapPage)
        self.imap_sent_folder.setObjectName(u"imap_sent_folder")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.imap_sent_folder)

        self.imap_check = QPushButton(ImapPage)
        self.imap_check.setObjectName(u"imap_check")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.imap_check)

        self.imap_check_result = QLabel(ImapPage)
        self.imap_check_result.setObjectName(u"imap_check_result")
        self.imap_check_result.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.imap_check_result)

#if QT_CONFIG(shortcut)
        self.label_imap_host.setBuddy(self.imap_host)
        self.label_imap_port.setBuddy(self.imap_port)
        self.label_imap_user.setBuddy(self.imap_user)
        self.label_imap_password.setBuddy(self.imap_password)
        self.label_imap_folder.setBuddy(self.imap_folder)
        self.label_imap_sent_folder.setBuddy(self.imap_sent_folder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImapPage)
    # setupUi

    def retranslateUi(self, ImapPage):
        ImapPage.setWindowTitle(QCoreApplication.translate("ImapPage", u"D\u00e9tection des r\u00e9ponses (IMAP)", None))
        self.label_imap_host.setText(QCoreApplication.translate("ImapPage", u"Serveur :", None))
        self.imap_host.setPlaceholderText(QCoreApplication.translate("ImapPage", u"vide : pas de d\u00e9tection des r\u00e9ponses", None))
        self.label_imap_port.setText(QCoreApplication.translate("ImapPage", u"Port et s\u00e9curit\u00e9 :", None))
        self.label_imap_user.setText(QCoreApplication.translate("ImapPage", u"Identifiant :", None))
        self.label_imap_password.setText(QCoreApplication.translate("ImapPage", u"Mot de passe :", None))
        self.label_imap_folder.setText(QCoreApplication.translate("ImapPage", u"Dossier lu :", None))
        self.label_imap_sent_folder.setText(QCoreApplication.translate("ImapPage", u"Dossier des envoy\u00e9s :", None))
        self.imap_sent_folder.setPlaceholderText(QCoreApplication.translate("ImapPage", u"vide : trouv\u00e9 dans la bo\u00eete (\u00ab Envoy\u00e9s \u00bb, Sent\u2026)", None))
        self.imap_check.setText(QCoreApplication.translate("ImapPage", u"Tester la connexion", None))
    # retranslateUi

