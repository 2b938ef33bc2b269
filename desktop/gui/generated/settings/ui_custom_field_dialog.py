# Generated from ui/settings/custom_field_dialog.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custom_field_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CustomFieldDialogForm(object):
    def setupUi(self, CustomFieldDialogForm):
        if not CustomFieldDialogForm.objectName():
            CustomFieldDialogForm.setObjectName(u"CustomFieldDialogForm")
        CustomFieldDialogForm.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(CustomFieldDialogForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_label = QLabel(CustomFieldDialogForm)
        self.label_label.setObjectName(u"label_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_label)

        self.label_box = QVBoxLayout()
        self.label_box.setSpacing(2)
        self.label_box.setObjectName(u"label_box")
        self.field_label = QLineEdit(CustomFieldDialogForm)
        self.field_label.setObjectName(u"field_label")

        self.label_box.addWidget(self.field_label)

        self.label_error = QLabel(CustomFieldDialogForm)
        self.label_error.setObjectName(u"label_error")
        self.label_error.setProperty(u"role", u"error")
        self.label_error.setWordWrap(True)

        self.label_box.addWidget(self.label_error)

        self.field_name = QLabel(CustomFieldDialogForm)
        self.field_name.setObjectName(u"field_name")
        self.field_name.setProperty(u"role", u"muted")
        self.field_name.setWordWrap(True)

        self.label_box.addWidget(self.field_name)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.label_box)

        self.label_kind = QLabel(CustomFieldDialogForm)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.field_kind = QComboBox(CustomFieldDialogForm)
        self.field_kind.setObjectName(u"field_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.field_kind)

        self.choices_label = QLabel(CustomFieldDialogForm)
        self.choices_label.setObjectName(u"choices_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.choices_label)

        self.choices_box = QWidget(CustomFieldDialogForm)
        self.choices_box.setObjectName(u"choices_box")
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setObjectName(u"choices_layout")
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choices_row = QHBoxLayout()
        self.choices_row.setObjectName(u"choices_row")
        self.field_choices = QListWidget(self.choices_box)
        self.field_choices.setObjectName(u"field_choices")
        self.field_choices.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.field_choices.setDragDropMode(QAbstractItemView.InternalMove)

        self.choices_row.addWidget(self.field_choices)

        self.choices_buttons = QVBoxLayout()
        self.choices_buttons.setObjectName(u"choices_buttons")
        self.add_choice_button = QPushButton(self.choices_box)
        self.add_choice_button.setObjectName(u"add_choice_button")

        self.choices_buttons.addWidget(self.add_choice_button)

        self.remove_choice_button = QPushButton(self.choices_box)
        self.remove_choice_button.setObjectName(u"remove_choice_button")

        self.choices_buttons.addWidget(self.remove_choice_button)

        self.up_button = QPushButton(self.choices_box)
        self.up_button.setObjectName(u"up_button")

        self.choices_buttons.addWidget(self.up_button)

        self.down_button = QPushButton(self.choices_box)
        self.down_button.setObjectName(u"down_button")

        self.choices_buttons.addWidget(self.down_button)

        self.choices_buttons_end = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choices_buttons.addItem(self.choices_buttons_end)


        self.choices_row.addLayout(self.choices_buttons)

        self.choices_row.setStretch(0, 1)

        self.choices_layout.addLayout(self.choices_row)

        self.choices_error = QLabel(self.choices_box)
        self.choices_error.setObjectName(u"choices_error")
        self.choices_error.setProperty(u"role", u"error")
        self.choices_error.setWordWrap(True)

        self.choices_layout.addWidget(self.choices_error)

        self.choices_hint = QLabel(self.choices_box)
        self.choices_hint.setObjectName(u"choices_hint")
        self.choices_hint.setWordWrap(True)
        self.choices_hint.setProperty(u"role", u"muted")

        self.choices_layout.addWidget(self.choices_hint)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.choices_box)


        self.dialog_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CustomFieldDialogForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_label.setBuddy(self.field_label)
        self.label_kind.setBuddy(self.field_kind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomFieldDialogForm)
    # setupUi

    def retranslateUi(self, CustomFieldDialogForm):
        self.label_label.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Libell\u00e9", None))
        self.field_label.setPlaceholderText(QCoreApplication.translate("CustomFieldDialogForm", u"par exemple : Date du dernier salon", None))
        self.label_kind.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Type", None))
        self.choices_label.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Choix", None))
        self.add_choice_button.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Ajouter un choix", None))
        self.remove_choice_button.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Retirer", None))
        self.up_button.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Monter", None))
        self.down_button.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Descendre", None))
        self.choices_hint.setText(QCoreApplication.translate("CustomFieldDialogForm", u"Double-cliquez sur un choix pour le renommer : les fiches qui l\u2019ont gardent leur valeur.", None))
        pass
    # retranslateUi

