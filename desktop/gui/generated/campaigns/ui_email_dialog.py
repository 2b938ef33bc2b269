# Generated from ui/campaigns/email_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QWidget)

class Ui_EmailDialogForm(object):
    def setupUi(self, EmailDialogForm):
        if not EmailDialogForm.objectName():
            EmailDialogForm.setObjectName(u"EmailDialogForm")
        self.form = QFormLayout(EmailDialogForm)
        self.form.setObjectName(u"form")
        self.label_name = QLabel(EmailDialogForm)
        self.label_name.setObjectName(u"label_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(EmailDialogForm)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_query = QLabel(EmailDialogForm)
        self.label_query.setObjectName(u"label_query")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_query)

        self.query = QComboBox(EmailDialogForm)
        self.query.setObjectName(u"query")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.query)

        self.label_template = QLabel(EmailDialogForm)
        self.label_template.setObjectName(u"label_template")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_template)

        self.template = QComboBox(EmailDialogForm)
        self.template.setObjectName(u"template")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.template)

        self.label_per_minute = QLabel(EmailDialogForm)
        self.label_per_minute.setObjectName(u"label_per_minute")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_per_minute)

        self.per_minute = QSpinBox(EmailDialogForm)
        self.per_minute.setObjectName(u"per_minute")
        self.per_minute.setMinimum(1)
        self.per_minute.setMaximum(600)
        self.per_minute.setValue(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.per_minute)

        self.per_day = QSpinBox(EmailDialogForm)
        self.per_day.setObjectName(u"per_day")
        self.per_day.setMinimum(1)
        self.per_day.setMaximum(100000)
        self.per_day.setValue(500)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.per_day)

        self.buttons = QDialogButtonBox(EmailDialogForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_query.setBuddy(self.query)
        self.label_template.setBuddy(self.template)
        self.label_per_minute.setBuddy(self.per_minute)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.query)
        QWidget.setTabOrder(self.query, self.template)
        QWidget.setTabOrder(self.template, self.per_minute)
        QWidget.setTabOrder(self.per_minute, self.per_day)

        self.retranslateUi(EmailDialogForm)
    # setupUi

    def retranslateUi(self, EmailDialogForm):
        EmailDialogForm.setWindowTitle(QCoreApplication.translate("EmailDialogForm", u"Campagne email", None))
        self.label_name.setText(QCoreApplication.translate("EmailDialogForm", u"Nom", None))
        self.label_query.setText(QCoreApplication.translate("EmailDialogForm", u"Requ\u00eate", None))
        self.label_template.setText(QCoreApplication.translate("EmailDialogForm", u"Mod\u00e8le d'email", None))
        self.label_per_minute.setText(QCoreApplication.translate("EmailDialogForm", u"Cadence", None))
        self.per_minute.setSuffix(QCoreApplication.translate("EmailDialogForm", u" / minute", None))
        self.per_day.setSuffix(QCoreApplication.translate("EmailDialogForm", u" / jour", None))
    # retranslateUi

