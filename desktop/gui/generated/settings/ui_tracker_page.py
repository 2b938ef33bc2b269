# Generated from ui/settings/tracker_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracker_page.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QWidget)

class Ui_TrackerPage(object):
    def setupUi(self, TrackerPage):
        if not TrackerPage.objectName():
            TrackerPage.setObjectName(u"TrackerPage")
        self.form = QFormLayout(TrackerPage)
        self.form.setObjectName(u"form")
        self.label_tracker_url = QLabel(TrackerPage)
        self.label_tracker_url.setObjectName(u"label_tracker_url")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_tracker_url)

        self.tracker_url = QLineEdit(TrackerPage)
        self.tracker_url.setObjectName(u"tracker_url")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tracker_url)

        self.tracker_note = QLabel(TrackerPage)
        self.tracker_note.setObjectName(u"tracker_note")
        self.tracker_note.setWordWrap(True)
        self.tracker_note.setProperty(u"role", u"muted")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tracker_note.sizePolicy().hasHeightForWidth())
        self.tracker_note.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tracker_note)

        self.label_tracker_key = QLabel(TrackerPage)
        self.label_tracker_key.setObjectName(u"label_tracker_key")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_tracker_key)

        self.tracker_key = QLineEdit(TrackerPage)
        self.tracker_key.setObjectName(u"tracker_key")
        self.tracker_key.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tracker_key)

        self.tracker_check = QPushButton(TrackerPage)
        self.tracker_check.setObjectName(u"tracker_check")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tracker_check)

        self.tracker_check_result = QLabel(TrackerPage)
        self.tracker_check_result.setObjectName(u"tracker_check_result")
        self.tracker_check_result.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tracker_check_result)

        self.label_tracking_policy = QLabel(TrackerPage)
        self.label_tracking_policy.setObjectName(u"label_tracking_policy")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_tracking_policy)

        self.tracking_policy = QComboBox(TrackerPage)
        self.tracking_policy.setObjectName(u"tracking_policy")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tracking_policy)

        self.policy_rule = QLabel(TrackerPage)
        self.policy_rule.setObjectName(u"policy_rule")
        self.policy_rule.setWordWrap(True)
        self.policy_rule.setOpenExternalLinks(True)
        self.policy_rule.setTextFormat(Qt.RichText)
        self.policy_rule.setProperty(u"role", u"muted")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.policy_rule)

        self.always_ack = QCheckBox(TrackerPage)
        self.always_ack.setObjectName(u"always_ack")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.always_ack)

        self.ask_consent = QCheckBox(TrackerPage)
        self.ask_consent.setObjectName(u"ask_consent")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ask_consent)

        self.label_retention = QLabel(TrackerPage)
        self.label_retention.setObjectName(u"label_retention")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_retention)

        self.retention_months = QSpinBox(TrackerPage)
        self.retention_months.setObjectName(u"retention_months")
        self.retention_months.setMinimum(1)
        self.retention_months.setMaximum(60)
        self.retention_months.setValue(13)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.retention_months)

#if QT_CONFIG(shortcut)
        self.label_tracker_url.setBuddy(self.tracker_url)
        self.label_tracker_key.setBuddy(self.tracker_key)
        self.label_tracking_policy.setBuddy(self.tracking_policy)
        self.label_retention.setBuddy(self.retention_months)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrackerPage)
    # setupUi

    def retranslateUi(self, TrackerPage):
        TrackerPage.setWindowTitle(QCoreApplication.translate("TrackerPage", u"Suivi des ouvertures", None))
        self.label_tracker_url.setText(QCoreApplication.translate("TrackerPage", u"Adresse du serveur :", None))
        self.tracker_url.setPlaceholderText(QCoreApplication.translate("TrackerPage", u"vide : serveur de suivi int\u00e9gr\u00e9 sur cet ordinateur", None))
        self.label_tracker_key.setText(QCoreApplication.translate("TrackerPage", u"Cl\u00e9 d\u2019API :", None))
        self.tracker_check.setText(QCoreApplication.translate("TrackerPage", u"Tester la connexion", None))
        self.label_tracking_policy.setText(QCoreApplication.translate("TrackerPage", u"Politique de suivi :", None))
        self.always_ack.setText(QCoreApplication.translate("TrackerPage", u"Je comprends et j\u2019en prends la responsabilit\u00e9 pour l\u2019entreprise", None))
        self.ask_consent.setText(QCoreApplication.translate("TrackerPage", u"Demander poliment dans l\u2019e-mail du devis si le contact accepte le suivi (Oui / Non)", None))
        self.label_retention.setText(QCoreApplication.translate("TrackerPage", u"Conserver les \u00e9v\u00e9nements :", None))
        self.retention_months.setSuffix(QCoreApplication.translate("TrackerPage", u" mois", None))
    # retranslateUi

