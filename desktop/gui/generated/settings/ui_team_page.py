# Generated from ui/settings/team_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_page.ui'
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

class Ui_TeamPage(object):
    def setupUi(self, TeamPage):
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        self.form = QFormLayout(TeamPage)
        self.form.setObjectName(u"form")
        self.label_host = QLabel(TeamPage)
        self.label_host.setObjectName(u"label_host")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_host)

        self.host = QLineEdit(TeamPage)
        self.host.setObjectName(u"host")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.label_port = QLabel(TeamPage)
        self.label_port.setObjectName(u"label_port")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_port)

        self.port = QSpinBox(TeamPage)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(5432)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port)

        self.label_database = QLabel(TeamPage)
        self.label_database.setObjectName(u"label_database")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_database)

        self.database = QLineEdit(TeamPage)
        self.database.setObjectName(u"database")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database)

        self.label_user = QLabel(TeamPage)
        self.label_user.setObjectName(u"label_user")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_user)

        self.user = QLineEdit(TeamPage)
        self.user.setObjectName(u"user")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user)

        self.label_password = QLabel(TeamPage)
        self.label_password.setObjectName(u"label_password")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_password)

        self.password = QLineEdit(TeamPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.label_sslmode = QLabel(TeamPage)
        self.label_sslmode.setObjectName(u"label_sslmode")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_sslmode)

        self.sslmode = QComboBox(TeamPage)
        self.sslmode.setObjectName(u"sslmode")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslmode)

        self.label_ca_file = QLabel(TeamPage)
        self.label_ca_file.setObjectName(u"label_ca_file")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_ca_file)

        self.ca_row = QHBoxLayout()
        self.ca_row.setObjectName(u"ca_row")
        self.ca_file = QLineEdit(TeamPage)
        self.ca_file.setObjectName(u"ca_file")

        self.ca_row.addWidget(self.ca_file)

        self.ca_browse = QPushButton(TeamPage)
        self.ca_browse.setObjectName(u"ca_browse")

        self.ca_row.addWidget(self.ca_browse)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.ca_row)

        self.database_check = QLabel(TeamPage)
        self.database_check.setObjectName(u"database_check")
        self.database_check.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.database_check)

        self.check_button = QPushButton(TeamPage)
        self.check_button.setObjectName(u"check_button")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.check_button)

        self.check_result = QLabel(TeamPage)
        self.check_result.setObjectName(u"check_result")
        self.check_result.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.check_result)

        self.database_note = QLabel(TeamPage)
        self.database_note.setObjectName(u"database_note")
        self.database_note.setWordWrap(True)
        self.database_note.setProperty(u"role", u"muted")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.database_note)

#if QT_CONFIG(shortcut)
        self.label_host.setBuddy(self.host)
        self.label_port.setBuddy(self.port)
        self.label_database.setBuddy(self.database)
        self.label_user.setBuddy(self.user)
        self.label_password.setBuddy(self.password)
        self.label_sslmode.setBuddy(self.sslmode)
        self.label_ca_file.setBuddy(self.ca_file)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage):
        TeamPage.setWindowTitle(QCoreApplication.translate("TeamPage", u"Base d\u2019\u00e9quipe", None))
        self.label_host.setText(QCoreApplication.translate("TeamPage", u"Serveur :", None))
        self.host.setPlaceholderText(QCoreApplication.translate("TeamPage", u"vide : base locale sur ce poste", None))
        self.label_port.setText(QCoreApplication.translate("TeamPage", u"Port :", None))
        self.label_database.setText(QCoreApplication.translate("TeamPage", u"Base :", None))
        self.database.setPlaceholderText(QCoreApplication.translate("TeamPage", u"relance", None))
        self.label_user.setText(QCoreApplication.translate("TeamPage", u"Utilisateur :", None))
        self.user.setPlaceholderText(QCoreApplication.translate("TeamPage", u"relance", None))
        self.label_password.setText(QCoreApplication.translate("TeamPage", u"Mot de passe :", None))
        self.label_sslmode.setText(QCoreApplication.translate("TeamPage", u"Chiffrement (TLS) :", None))
        self.label_ca_file.setText(QCoreApplication.translate("TeamPage", u"Certificat de l\u2019autorit\u00e9 (CA) :", None))
        self.ca_file.setPlaceholderText(QCoreApplication.translate("TeamPage", u"vide : autorit\u00e9s reconnues par le syst\u00e8me", None))
        self.ca_browse.setText(QCoreApplication.translate("TeamPage", u"Choisir\u2026", None))
        self.check_button.setText(QCoreApplication.translate("TeamPage", u"Tester la connexion", None))
        self.database_note.setText(QCoreApplication.translate("TeamPage", u"Le mot de passe reste dans le trousseau du syst\u00e8me. Pour un serveur h\u00e9berg\u00e9, gardez le chiffrement recommand\u00e9 et indiquez le certificat de l\u2019autorit\u00e9 que donne votre h\u00e9bergeur. Changer de base demande un red\u00e9marrage de Relance.", None))
    # retranslateUi

