# Generated from ui/settings/seal_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seal_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SealPage(object):
    def setupUi(self, SealPage):
        if not SealPage.objectName():
            SealPage.setObjectName(u"SealPage")
        self.form = QFormLayout(SealPage)
        self.form.setObjectName(u"form")
        self.label_key_choice = QLabel(SealPage)
        self.label_key_choice.setObjectName(u"label_key_choice")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_key_choice)

        self.choice = QVBoxLayout()
        self.choice.setObjectName(u"choice")
        self.self_managed = QRadioButton(SealPage)
        self.self_managed.setObjectName(u"self_managed")
        self.self_managed.setChecked(True)

        self.choice.addWidget(self.self_managed)

        self.own_certificate = QRadioButton(SealPage)
        self.own_certificate.setObjectName(u"own_certificate")

        self.choice.addWidget(self.own_certificate)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.choice)

        self.label_pkcs12_path = QLabel(SealPage)
        self.label_pkcs12_path.setObjectName(u"label_pkcs12_path")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_pkcs12_path)

        self.pkcs12_row = QHBoxLayout()
        self.pkcs12_row.setObjectName(u"pkcs12_row")
        self.pkcs12_path = QLineEdit(SealPage)
        self.pkcs12_path.setObjectName(u"pkcs12_path")

        self.pkcs12_row.addWidget(self.pkcs12_path)

        self.pkcs12_browse = QPushButton(SealPage)
        self.pkcs12_browse.setObjectName(u"pkcs12_browse")

        self.pkcs12_row.addWidget(self.pkcs12_browse)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pkcs12_row)

        self.label_passphrase = QLabel(SealPage)
        self.label_passphrase.setObjectName(u"label_passphrase")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_passphrase)

        self.passphrase = QLineEdit(SealPage)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.label_tsa_url = QLabel(SealPage)
        self.label_tsa_url.setObjectName(u"label_tsa_url")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_tsa_url)

        self.tsa_url = QLineEdit(SealPage)
        self.tsa_url.setObjectName(u"tsa_url")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tsa_url)

        self.check_button = QPushButton(SealPage)
        self.check_button.setObjectName(u"check_button")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.check_button)

        self.check_result = QLabel(SealPage)
        self.check_result.setObjectName(u"check_result")
        self.check_result.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.check_result)

        self.note = QLabel(SealPage)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setProperty(u"role", u"muted")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)

#if QT_CONFIG(shortcut)
        self.label_key_choice.setBuddy(self.self_managed)
        self.label_pkcs12_path.setBuddy(self.pkcs12_path)
        self.label_passphrase.setBuddy(self.passphrase)
        self.label_tsa_url.setBuddy(self.tsa_url)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SealPage)
    # setupUi

    def retranslateUi(self, SealPage):
        SealPage.setWindowTitle(QCoreApplication.translate("SealPage", u"Signature des devis", None))
        self.label_key_choice.setText(QCoreApplication.translate("SealPage", u"Cl\u00e9 de scellement :", None))
        self.self_managed.setText(QCoreApplication.translate("SealPage", u"Certificat cr\u00e9\u00e9 par Relance pour votre soci\u00e9t\u00e9 (conseill\u00e9 pour commencer)", None))
        self.own_certificate.setText(QCoreApplication.translate("SealPage", u"Votre propre certificat (fichier PKCS#12 : .p12 ou .pfx)", None))
        self.label_pkcs12_path.setText(QCoreApplication.translate("SealPage", u"Fichier du certificat :", None))
        self.pkcs12_browse.setText(QCoreApplication.translate("SealPage", u"Choisir\u2026", None))
        self.label_passphrase.setText(QCoreApplication.translate("SealPage", u"Mot de passe du certificat :", None))
        self.label_tsa_url.setText(QCoreApplication.translate("SealPage", u"Horodatage (TSA) :", None))
        self.tsa_url.setPlaceholderText(QCoreApplication.translate("SealPage", u"vide : sans horodatage (l\u2019heure de votre ordinateur)", None))
        self.check_button.setText(QCoreApplication.translate("SealPage", u"V\u00e9rifier le certificat", None))
        self.note.setText(QCoreApplication.translate("SealPage", u"Un devis sign\u00e9 en ligne est scell\u00e9 (PAdES) par cette cl\u00e9 : toute modification du PDF se voit. Le certificat cr\u00e9\u00e9 par Relance suffit \u00e0 prouver l\u2019int\u00e9grit\u00e9 ; un certificat d\u2019une autorit\u00e9 reconnue et un service d\u2019horodatage (adresse RFC 3161 de votre prestataire) renforcent la preuve. Les mots de passe restent dans le trousseau du syst\u00e8me.", None))
    # retranslateUi

