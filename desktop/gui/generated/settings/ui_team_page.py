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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_TeamPage(object):
    def setupUi(self, TeamPage):
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        self.form = QFormLayout(TeamPage)
        self.form.setObjectName(u"form")
        self.label_database_url = QLabel(TeamPage)
        self.label_database_url.setObjectName(u"label_database_url")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_database_url)

        self.database_url = QLineEdit(TeamPage)
        self.database_url.setObjectName(u"database_url")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_url)

        self.database_check = QLabel(TeamPage)
        self.database_check.setObjectName(u"database_check")
        self.database_check.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_check)

        self.database_note = QLabel(TeamPage)
        self.database_note.setObjectName(u"database_note")
        self.database_note.setWordWrap(True)
        self.database_note.setProperty(u"role", u"muted")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_note)

#if QT_CONFIG(shortcut)
        self.label_database_url.setBuddy(self.database_url)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage):
        TeamPage.setWindowTitle(QCoreApplication.translate("TeamPage", u"Base d\u2019\u00e9quipe", None))
        self.label_database_url.setText(QCoreApplication.translate("TeamPage", u"Base d\u2019\u00e9quipe (PostgreSQL)", None))
        self.database_url.setPlaceholderText(QCoreApplication.translate("TeamPage", u"vide : base locale sur ce poste", None))
        self.database_note.setText(QCoreApplication.translate("TeamPage", u"Exemple : postgresql+psycopg://relance@serveur/relance. Le mot de passe reste dans le trousseau du syst\u00e8me. Changer de base demande un red\u00e9marrage de Relance.", None))
    # retranslateUi

