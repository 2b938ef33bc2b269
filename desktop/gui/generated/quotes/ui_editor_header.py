# Generated from ui/quotes/editor_header.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_header.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.quotes.date_edit import OptionalDateEdit

class Ui_QuoteEditorHeader(object):
    def setupUi(self, QuoteEditorHeader):
        if not QuoteEditorHeader.objectName():
            QuoteEditorHeader.setObjectName(u"QuoteEditorHeader")
        QuoteEditorHeader.resize(1220, 140)
        self.header_layout = QVBoxLayout(QuoteEditorHeader)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        self.banner_row = QHBoxLayout()
        self.banner_row.setObjectName(u"banner_row")
        self.frozen_banner = QLabel(QuoteEditorHeader)
        self.frozen_banner.setObjectName(u"frozen_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.frozen_banner.sizePolicy().hasHeightForWidth())
        self.frozen_banner.setSizePolicy(sizePolicy)
        self.frozen_banner.setWordWrap(True)
        self.frozen_banner.setProperty(u"role", u"warning")

        self.banner_row.addWidget(self.frozen_banner)

        self.new_version = QPushButton(QuoteEditorHeader)
        self.new_version.setObjectName(u"new_version")

        self.banner_row.addWidget(self.new_version)


        self.header_layout.addLayout(self.banner_row)

        self.header_grid = QGridLayout()
        self.header_grid.setObjectName(u"header_grid")
        self.client = QLabel(QuoteEditorHeader)
        self.client.setObjectName(u"client")
        self.client.setProperty(u"role", u"heading")

        self.header_grid.addWidget(self.client, 0, 0, 1, 4)

        self.number = QLabel(QuoteEditorHeader)
        self.number.setObjectName(u"number")

        self.header_grid.addWidget(self.number, 0, 4, 1, 4, Qt.AlignRight)

        self.label_title = QLabel(QuoteEditorHeader)
        self.label_title.setObjectName(u"label_title")

        self.header_grid.addWidget(self.label_title, 1, 0, 1, 1)

        self.title = QLineEdit(QuoteEditorHeader)
        self.title.setObjectName(u"title")

        self.header_grid.addWidget(self.title, 1, 1, 1, 1)

        self.label_validity = QLabel(QuoteEditorHeader)
        self.label_validity.setObjectName(u"label_validity")

        self.header_grid.addWidget(self.label_validity, 1, 2, 1, 1)

        self.validity = OptionalDateEdit(QuoteEditorHeader)
        self.validity.setObjectName(u"validity")

        self.header_grid.addWidget(self.validity, 1, 3, 1, 1)

        self.label_template = QLabel(QuoteEditorHeader)
        self.label_template.setObjectName(u"label_template")

        self.header_grid.addWidget(self.label_template, 1, 4, 1, 1)

        self.template = QComboBox(QuoteEditorHeader)
        self.template.setObjectName(u"template")

        self.header_grid.addWidget(self.template, 1, 5, 1, 1)

        self.label_language = QLabel(QuoteEditorHeader)
        self.label_language.setObjectName(u"label_language")

        self.header_grid.addWidget(self.label_language, 1, 6, 1, 1)

        self.language = QComboBox(QuoteEditorHeader)
        self.language.setObjectName(u"language")

        self.header_grid.addWidget(self.language, 1, 7, 1, 1)

        self.header_grid.setColumnStretch(1, 2)

        self.header_layout.addLayout(self.header_grid)

        self.lines_toolbar = QHBoxLayout()
        self.lines_toolbar.setObjectName(u"lines_toolbar")
        self.lines_add = QPushButton(QuoteEditorHeader)
        self.lines_add.setObjectName(u"lines_add")
        self.lines_add.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_add)

        self.lines_section = QPushButton(QuoteEditorHeader)
        self.lines_section.setObjectName(u"lines_section")
        self.lines_section.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_section)

        self.lines_catalogue = QPushButton(QuoteEditorHeader)
        self.lines_catalogue.setObjectName(u"lines_catalogue")
        self.lines_catalogue.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_catalogue)

        self.lines_duplicate = QPushButton(QuoteEditorHeader)
        self.lines_duplicate.setObjectName(u"lines_duplicate")
        self.lines_duplicate.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_duplicate)

        self.lines_up = QPushButton(QuoteEditorHeader)
        self.lines_up.setObjectName(u"lines_up")
        self.lines_up.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_up)

        self.lines_down = QPushButton(QuoteEditorHeader)
        self.lines_down.setObjectName(u"lines_down")
        self.lines_down.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_down)

        self.lines_delete = QPushButton(QuoteEditorHeader)
        self.lines_delete.setObjectName(u"lines_delete")
        self.lines_delete.setFocusPolicy(Qt.NoFocus)

        self.lines_toolbar.addWidget(self.lines_delete)

        self.lines_toolbar_stretch = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_toolbar.addItem(self.lines_toolbar_stretch)


        self.header_layout.addLayout(self.lines_toolbar)

#if QT_CONFIG(shortcut)
        self.label_title.setBuddy(self.title)
        self.label_validity.setBuddy(self.validity)
        self.label_template.setBuddy(self.template)
        self.label_language.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.validity)
        QWidget.setTabOrder(self.validity, self.template)
        QWidget.setTabOrder(self.template, self.language)

        self.retranslateUi(QuoteEditorHeader)
    # setupUi

    def retranslateUi(self, QuoteEditorHeader):
        self.new_version.setText(QCoreApplication.translate("QuoteEditorHeader", u"Nouvelle version", None))
        self.label_title.setText(QCoreApplication.translate("QuoteEditorHeader", u"Titre", None))
        self.label_validity.setText(QCoreApplication.translate("QuoteEditorHeader", u"Valable jusqu\u2019au", None))
        self.label_template.setText(QCoreApplication.translate("QuoteEditorHeader", u"Mod\u00e8le", None))
        self.label_language.setText(QCoreApplication.translate("QuoteEditorHeader", u"Langue du devis", None))
        self.lines_add.setText(QCoreApplication.translate("QuoteEditorHeader", u"Ajouter une ligne", None))
        self.lines_section.setText(QCoreApplication.translate("QuoteEditorHeader", u"Ajouter une section", None))
        self.lines_catalogue.setText(QCoreApplication.translate("QuoteEditorHeader", u"Catalogue\u2026", None))
        self.lines_duplicate.setText(QCoreApplication.translate("QuoteEditorHeader", u"Dupliquer", None))
        self.lines_up.setText(QCoreApplication.translate("QuoteEditorHeader", u"Monter", None))
        self.lines_down.setText(QCoreApplication.translate("QuoteEditorHeader", u"Descendre", None))
        self.lines_delete.setText(QCoreApplication.translate("QuoteEditorHeader", u"Supprimer la ligne", None))
        pass
    # retranslateUi

