# Generated from ui/campaigns/phoning_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phoning_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QTextEdit, QVBoxLayout, QWidget)

class Ui_PhoningDialogForm(object):
    def setupUi(self, PhoningDialogForm):
        if not PhoningDialogForm.objectName():
            PhoningDialogForm.setObjectName(u"PhoningDialogForm")
        PhoningDialogForm.resize(640, 560)
        self.form = QFormLayout(PhoningDialogForm)
        self.form.setObjectName(u"form")
        self.label_name = QLabel(PhoningDialogForm)
        self.label_name.setObjectName(u"label_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(PhoningDialogForm)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_goal = QLabel(PhoningDialogForm)
        self.label_goal.setObjectName(u"label_goal")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_goal)

        self.goal = QPlainTextEdit(PhoningDialogForm)
        self.goal.setObjectName(u"goal")
        self.goal.setMinimumSize(QSize(0, 60))
        self.goal.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goal)

        self.label_script = QLabel(PhoningDialogForm)
        self.label_script.setObjectName(u"label_script")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_script)

        self.script_box = QVBoxLayout()
        self.script_box.setSpacing(2)
        self.script_box.setObjectName(u"script_box")
        self.script = QTextEdit(PhoningDialogForm)
        self.script.setObjectName(u"script")
        self.script.setAcceptRichText(True)

        self.script_box.addWidget(self.script)

        self.script_help = QLabel(PhoningDialogForm)
        self.script_help.setObjectName(u"script_help")
        self.script_help.setProperty(u"role", u"muted")
        self.script_help.setWordWrap(True)

        self.script_box.addWidget(self.script_help)

        self.script_error = QLabel(PhoningDialogForm)
        self.script_error.setObjectName(u"script_error")
        self.script_error.setProperty(u"role", u"error")
        self.script_error.setWordWrap(True)

        self.script_box.addWidget(self.script_error)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.script_box)

        self.label_query = QLabel(PhoningDialogForm)
        self.label_query.setObjectName(u"label_query")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_query)

        self.query = QComboBox(PhoningDialogForm)
        self.query.setObjectName(u"query")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.query)

        self.keep_feeding = QCheckBox(PhoningDialogForm)
        self.keep_feeding.setObjectName(u"keep_feeding")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keep_feeding)

        self.label_no_answer = QLabel(PhoningDialogForm)
        self.label_no_answer.setObjectName(u"label_no_answer")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_no_answer)

        self.no_answer = QSpinBox(PhoningDialogForm)
        self.no_answer.setObjectName(u"no_answer")
        self.no_answer.setMinimum(5)
        self.no_answer.setMaximum(10080)
        self.no_answer.setValue(240)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.no_answer)

        self.label_voicemail = QLabel(PhoningDialogForm)
        self.label_voicemail.setObjectName(u"label_voicemail")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_voicemail)

        self.voicemail = QSpinBox(PhoningDialogForm)
        self.voicemail.setObjectName(u"voicemail")
        self.voicemail.setMinimum(5)
        self.voicemail.setMaximum(10080)
        self.voicemail.setValue(1440)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.voicemail)

        self.label_max_attempts = QLabel(PhoningDialogForm)
        self.label_max_attempts.setObjectName(u"label_max_attempts")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_max_attempts)

        self.max_attempts = QSpinBox(PhoningDialogForm)
        self.max_attempts.setObjectName(u"max_attempts")
        self.max_attempts.setMinimum(1)
        self.max_attempts.setMaximum(20)
        self.max_attempts.setValue(5)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.max_attempts)

        self.buttons = QDialogButtonBox(PhoningDialogForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_goal.setBuddy(self.goal)
        self.label_script.setBuddy(self.script)
        self.label_query.setBuddy(self.query)
        self.label_no_answer.setBuddy(self.no_answer)
        self.label_voicemail.setBuddy(self.voicemail)
        self.label_max_attempts.setBuddy(self.max_attempts)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.goal)
        QWidget.setTabOrder(self.goal, self.script)
        QWidget.setTabOrder(self.script, self.query)
        QWidget.setTabOrder(self.query, self.keep_feeding)
        QWidget.setTabOrder(self.keep_feeding, self.no_answer)
        QWidget.setTabOrder(self.no_answer, self.voicemail)
        QWidget.setTabOrder(self.voicemail, self.max_attempts)

        self.retranslateUi(PhoningDialogForm)
    # setupUi

    def retranslateUi(self, PhoningDialogForm):
        PhoningDialogForm.setWindowTitle(QCoreApplication.translate("PhoningDialogForm", u"Campagne phoning", None))
        self.label_name.setText(QCoreApplication.translate("PhoningDialogForm", u"Nom", None))
        self.label_goal.setText(QCoreApplication.translate("PhoningDialogForm", u"Objectif", None))
        self.label_script.setText(QCoreApplication.translate("PhoningDialogForm", u"Script d'appel", None))
        self.script_help.setText(QCoreApplication.translate("PhoningDialogForm", u"Champs remplis \u00e0 chaque appel : {{ contact.salutation }} (Madame, Monsieur), {{ contact.last_name }}, {{ contact.first_name }}, {{ contact.company }}, {{ salesperson.first_name }}, {{ seller.company }}.", None))
        self.label_query.setText(QCoreApplication.translate("PhoningDialogForm", u"Requ\u00eate", None))
        self.keep_feeding.setText(QCoreApplication.translate("PhoningDialogForm", u"Ajouter les nouveaux membres de la requ\u00eate \u00e0 chaque session", None))
        self.label_no_answer.setText(QCoreApplication.translate("PhoningDialogForm", u"Rappel apr\u00e8s \u00ab pas de r\u00e9ponse \u00bb", None))
        self.no_answer.setSuffix(QCoreApplication.translate("PhoningDialogForm", u" min", None))
        self.label_voicemail.setText(QCoreApplication.translate("PhoningDialogForm", u"Rappel apr\u00e8s \u00ab messagerie \u00bb", None))
        self.voicemail.setSuffix(QCoreApplication.translate("PhoningDialogForm", u" min", None))
        self.label_max_attempts.setText(QCoreApplication.translate("PhoningDialogForm", u"Tentatives au plus", None))
    # retranslateUi

