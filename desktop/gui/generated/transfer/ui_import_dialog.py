# Generated from ui/transfer/import_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.choose_button = QPushButton(ImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.top_row.addWidget(self.choose_button)

        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.top_row.addWidget(self.file_label)

        self.kind_label = QLabel(ImportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.top_row.addWidget(self.kind_label)

        self.kind_combo = QComboBox(ImportDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.top_row.addWidget(self.kind_combo)

        self.top_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.top_row)

        self.mapping_title = QLabel(ImportDialog)
        self.mapping_title.setObjectName(u"mapping_title")

        self.dialog_layout.addWidget(self.mapping_title)

        self.mapping_table = QTableWidget(ImportDialog)
        if (self.mapping_table.columnCount() < 3):
            self.mapping_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.dialog_layout.addWidget(self.mapping_table)

        self.preview_title = QLabel(ImportDialog)
        self.preview_title.setObjectName(u"preview_title")

        self.dialog_layout.addWidget(self.preview_title)

        self.preview_view = QTableView(ImportDialog)
        self.preview_view.setObjectName(u"preview_view")

        self.dialog_layout.addWidget(self.preview_view)

        self.check_row = QHBoxLayout()
        self.check_row.setObjectName(u"check_row")
        self.check_button = QPushButton(ImportDialog)
        self.check_button.setObjectName(u"check_button")

        self.check_row.addWidget(self.check_button)

        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.check_row.addWidget(self.progress)

        self.check_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.check_row)

        self.message_label = QLabel(ImportDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.summary_label = QLabel(ImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.policy_row = QHBoxLayout()
        self.policy_row.setObjectName(u"policy_row")
        self.policy_label = QLabel(ImportDialog)
        self.policy_label.setObjectName(u"policy_label")

        self.policy_row.addWidget(self.policy_label)

        self.policy_combo = QComboBox(ImportDialog)
        self.policy_combo.setObjectName(u"policy_combo")

        self.policy_row.addWidget(self.policy_combo)

        self.policy_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.policy_row.addItem(self.policy_spacer)


        self.dialog_layout.addLayout(self.policy_row)

        self.rejections_view = QTableView(ImportDialog)
        self.rejections_view.setObjectName(u"rejections_view")
        self.rejections_view.setWordWrap(False)
        self.rejections_view.horizontalHeader().setStretchLastSection(True)
        self.rejections_view.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.rejections_view)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.save_report_button = QPushButton(ImportDialog)
        self.save_report_button.setObjectName(u"save_report_button")

        self.button_row.addWidget(self.save_report_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.cancel_button = QPushButton(ImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_row.addWidget(self.cancel_button)

        self.nothing_button = QPushButton(ImportDialog)
        self.nothing_button.setObjectName(u"nothing_button")

        self.button_row.addWidget(self.nothing_button)

        self.import_button = QPushButton(ImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.button_row.addWidget(self.import_button)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(2, 2)
        self.dialog_layout.setStretch(4, 2)
        self.dialog_layout.setStretch(9, 2)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.mapping_title.setBuddy(self.mapping_table)
        self.preview_title.setBuddy(self.preview_view)
        self.policy_label.setBuddy(self.policy_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Importer des contacts ou des soci\u00e9t\u00e9s", None))
        self.choose_button.setText(QCoreApplication.translate("ImportDialog", u"Choisir un fichier\u2026", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"Aucun fichier choisi (CSV ou XLSX).", None))
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"Le fichier contient :", None))
        self.mapping_title.setText(QCoreApplication.translate("ImportDialog", u"Correspondance des colonnes", None))
        ___qtablewidgetitem = self.mapping_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Colonne du fichier", None))
        ___qtablewidgetitem1 = self.mapping_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Champ de Relance", None))
        ___qtablewidgetitem2 = self.mapping_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Exemples", None))
        self.preview_title.setText(QCoreApplication.translate("ImportDialog", u"Aper\u00e7u des premi\u00e8res lignes", None))
        self.check_button.setText(QCoreApplication.translate("ImportDialog", u"V\u00e9rifier", None))
        self.policy_label.setText(QCoreApplication.translate("ImportDialog", u"Doublons :", None))
        self.save_report_button.setText(QCoreApplication.translate("ImportDialog", u"Enregistrer le rapport\u2026", None))
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", u"Annuler", None))
        self.nothing_button.setText(QCoreApplication.translate("ImportDialog", u"Ne rien importer", None))
        self.import_button.setText(QCoreApplication.translate("ImportDialog", u"Importer les lignes valides", None))
    # retranslateUi

