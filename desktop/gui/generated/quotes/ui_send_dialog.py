# Generated from ui/quotes/send_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'send_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from desktop.gui.quotes.safe_preview import SafePreview

class Ui_SendDialogForm(object):
    def setupUi(self, SendDialogForm):
        if not SendDialogForm.objectName():
            SendDialogForm.setObjectName(u"SendDialogForm")
        SendDialogForm.resize(820, 760)
        self.dialog_layout = QVBoxLayout(SendDialogForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.send_status = QLabel(SendDialogForm)
        self.send_status.setObjectName(u"send_status")
        self.send_status.setWordWrap(True)

        self.dialog_layout.addWidget(self.send_status)

        self.tabs = QTabWidget(SendDialogForm)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.compose = QWidget()
        self.compose.setObjectName(u"compose")
        self.compose_form = QFormLayout(self.compose)
        self.compose_form.setObjectName(u"compose_form")
        self.label_to = QLabel(self.compose)
        self.label_to.setObjectName(u"label_to")

        self.compose_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_to)

        self.to = QLineEdit(self.compose)
        self.to.setObjectName(u"to")
        self.to.setReadOnly(True)

        self.compose_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.to)

        self.label_cc = QLabel(self.compose)
        self.label_cc.setObjectName(u"label_cc")

        self.compose_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_cc)

        self.cc = QLineEdit(self.compose)
        self.cc.setObjectName(u"cc")

        self.compose_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cc)

        self.label_subject = QLabel(self.compose)
        self.label_subject.setObjectName(u"label_subject")

        self.compose_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_subject)

        self.subject = QLineEdit(self.compose)
        self.subject.setObjectName(u"subject")

        self.compose_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject)

        self.label_attachment = QLabel(self.compose)
        self.label_attachment.setObjectName(u"label_attachment")

        self.compose_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_attachment)

        self.attachment = QLabel(self.compose)
        self.attachment.setObjectName(u"attachment")

        self.compose_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attachment)

        self.label_tracking = QLabel(self.compose)
        self.label_tracking.setObjectName(u"label_tracking")

        self.compose_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_tracking)

        self.tracking = QLabel(self.compose)
        self.tracking.setObjectName(u"tracking")
        self.tracking.setWordWrap(True)

        self.compose_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tracking)

        self.body = QPlainTextEdit(self.compose)
        self.body.setObjectName(u"body")

        self.compose_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.body)

        self.tabs.addTab(self.compose, "")
        self.preview_page = QWidget()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_caption = QLabel(self.preview_page)
        self.preview_caption.setObjectName(u"preview_caption")

        self.preview_layout.addWidget(self.preview_caption)

        self.preview_headers = QPlainTextEdit(self.preview_page)
        self.preview_headers.setObjectName(u"preview_headers")
        self.preview_headers.setMaximumSize(QSize(16777215, 170))
        self.preview_headers.setReadOnly(True)

        self.preview_layout.addWidget(self.preview_headers)

        self.preview_html = SafePreview(self.preview_page)
        self.preview_html.setObjectName(u"preview_html")
        sizePolicy.setHeightForWidth(self.preview_html.sizePolicy().hasHeightForWidth())
        self.preview_html.setSizePolicy(sizePolicy)

        self.preview_layout.addWidget(self.preview_html)

        self.tabs.addTab(self.preview_page, "")

        self.dialog_layout.addWidget(self.tabs)

        self.send_error = QLabel(SendDialogForm)
        self.send_error.setObjectName(u"send_error")
        self.send_error.setWordWrap(True)
        self.send_error.setProperty(u"role", u"error")

        self.dialog_layout.addWidget(self.send_error)

        self.buttons = QDialogButtonBox(SendDialogForm)
        self.buttons.setObjectName(u"buttons")

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_to.setBuddy(self.to)
        self.label_cc.setBuddy(self.cc)
        self.label_subject.setBuddy(self.subject)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.to)
        QWidget.setTabOrder(self.to, self.cc)
        QWidget.setTabOrder(self.cc, self.subject)
        QWidget.setTabOrder(self.subject, self.body)

        self.retranslateUi(SendDialogForm)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SendDialogForm):
        SendDialogForm.setWindowTitle(QCoreApplication.translate("SendDialogForm", u"Envoyer le devis", None))
        self.send_status.setText(QCoreApplication.translate("SendDialogForm", u"Pr\u00e9paration du PDF et du message\u2026", None))
        self.label_to.setText(QCoreApplication.translate("SendDialogForm", u"\u00c0 :", None))
        self.label_cc.setText(QCoreApplication.translate("SendDialogForm", u"Cc :", None))
        self.cc.setPlaceholderText(QCoreApplication.translate("SendDialogForm", u"autre@client.fr, direction@client.fr", None))
        self.label_subject.setText(QCoreApplication.translate("SendDialogForm", u"Objet :", None))
        self.label_attachment.setText(QCoreApplication.translate("SendDialogForm", u"Pi\u00e8ce jointe :", None))
        self.label_tracking.setText(QCoreApplication.translate("SendDialogForm", u"Suivi :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.compose), QCoreApplication.translate("SendDialogForm", u"Message", None))
        self.preview_caption.setText(QCoreApplication.translate("SendDialogForm", u"Exactement ce qui sera envoy\u00e9 (les images distantes ne sont pas charg\u00e9es) :", None))
        self.tabs.setTabText(self.tabs.indexOf(self.preview_page), QCoreApplication.translate("SendDialogForm", u"Aper\u00e7u de l\u2019envoi", None))
    # retranslateUi

