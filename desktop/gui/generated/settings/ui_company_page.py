# Generated from ui/settings/company_page.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CompanyPage(object):
    def setupUi(self, CompanyPage):
        if not CompanyPage.objectName():
            CompanyPage.setObjectName(u"CompanyPage")
        self.page_layout = QVBoxLayout(CompanyPage)
        self.page_layout.setObjectName(u"page_layout")
        self.company_note = QLabel(CompanyPage)
        self.company_note.setObjectName(u"company_note")
        self.company_note.setWordWrap(True)
        self.company_note.setProperty(u"role", u"muted")

        self.page_layout.addWidget(self.company_note)

        self.seller_button = QPushButton(CompanyPage)
        self.seller_button.setObjectName(u"seller_button")

        self.page_layout.addWidget(self.seller_button)

        self.templates_button = QPushButton(CompanyPage)
        self.templates_button.setObjectName(u"templates_button")

        self.page_layout.addWidget(self.templates_button)

        self.numbering_form = QFormLayout()
        self.numbering_form.setObjectName(u"numbering_form")
        self.label_number_pattern = QLabel(CompanyPage)
        self.label_number_pattern.setObjectName(u"label_number_pattern")

        self.numbering_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_number_pattern)

        self.number_pattern = QLineEdit(CompanyPage)
        self.number_pattern.setObjectName(u"number_pattern")
        self.number_pattern.setPlaceholderText(u"D-{YYYY}-{NNNN}")

        self.numbering_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_pattern)

        self.pattern_check = QLabel(CompanyPage)
        self.pattern_check.setObjectName(u"pattern_check")
        self.pattern_check.setWordWrap(True)

        self.numbering_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pattern_check)

        self.label_invoice_pattern = QLabel(CompanyPage)
        self.label_invoice_pattern.setObjectName(u"label_invoice_pattern")

        self.numbering_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_invoice_pattern)

        self.invoice_pattern = QLineEdit(CompanyPage)
        self.invoice_pattern.setObjectName(u"invoice_pattern")
        self.invoice_pattern.setPlaceholderText(u"F-{YYYY}-{NNNN}")

        self.numbering_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.invoice_pattern)

        self.invoice_pattern_check = QLabel(CompanyPage)
        self.invoice_pattern_check.setObjectName(u"invoice_pattern_check")
        self.invoice_pattern_check.setWordWrap(True)

        self.numbering_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.invoice_pattern_check)


        self.page_layout.addLayout(self.numbering_form)

        self.page_end = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_end)

#if QT_CONFIG(shortcut)
        self.label_number_pattern.setBuddy(self.number_pattern)
        self.label_invoice_pattern.setBuddy(self.invoice_pattern)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompanyPage)
    # setupUi

    def retranslateUi(self, CompanyPage):
        CompanyPage.setWindowTitle(QCoreApplication.translate("CompanyPage", u"Soci\u00e9t\u00e9 et devis", None))
        self.company_note.setText(QCoreApplication.translate("CompanyPage", u"Raison sociale, mentions l\u00e9gales, logo et coordonn\u00e9es bancaires imprim\u00e9s sur les devis.", None))
        self.seller_button.setText(QCoreApplication.translate("CompanyPage", u"Modifier l\u2019identit\u00e9 de la soci\u00e9t\u00e9\u2026", None))
        self.templates_button.setText(QCoreApplication.translate("CompanyPage", u"Mod\u00e8les de devis\u2026", None))
        self.label_number_pattern.setText(QCoreApplication.translate("CompanyPage", u"Num\u00e9rotation des devis", None))
        self.label_invoice_pattern.setText(QCoreApplication.translate("CompanyPage", u"Num\u00e9rotation des factures", None))
    # retranslateUi

