# Generated from ui/campaigns/call_list.ui by `make forms` (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_list.ui'
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
from PySide6.QtWidgets import (QApplication, QDateTimeEdit, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CallListForm(object):
    def setupUi(self, call_list):
        if not call_list.objectName():
            call_list.setObjectName(u"call_list")
        call_list.resize(1280, 800)
        self.root = QVBoxLayout(call_list)
        self.root.setObjectName(u"root")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.campaign_title = QLabel(call_list)
        self.campaign_title.setObjectName(u"campaign_title")

        self.top.addWidget(self.campaign_title)

        self.counter = QLabel(call_list)
        self.counter.setObjectName(u"counter")

        self.top.addWidget(self.counter)

        self.pause_button = QPushButton(call_list)
        self.pause_button.setObjectName(u"pause_button")

        self.top.addWidget(self.pause_button)

        self.end_button = QPushButton(call_list)
        self.end_button.setObjectName(u"end_button")

        self.top.addWidget(self.end_button)

        self.top.setStretch(0, 1)

        self.root.addLayout(self.top)

        self.progress = QProgressBar(call_list)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimumSize(QSize(0, 8))
        self.progress.setMaximumSize(QSize(16777215, 8))
        self.progress.setTextVisible(False)

        self.root.addWidget(self.progress)

        self.pages = QStackedWidget(call_list)
        self.pages.setObjectName(u"pages")
        self.work_page = QWidget()
        self.work_page.setObjectName(u"work_page")
        self.work_layout = QVBoxLayout(self.work_page)
        self.work_layout.setObjectName(u"work_layout")
        self.work_layout.setContentsMargins(0, 0, 0, 0)
        self.work = QSplitter(self.work_page)
        self.work.setObjectName(u"work")
        self.work.setOrientation(Qt.Horizontal)
        self.left = QWidget(self.work)
        self.left.setObjectName(u"left")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.left.sizePolicy().hasHeightForWidth())
        self.left.setSizePolicy(sizePolicy)
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.card = QFrame(self.left)
        self.card.setObjectName(u"card")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setSpacing(6)
        self.card_layout.setObjectName(u"card_layout")
        self.card_name = QLabel(self.card)
        self.card_name.setObjectName(u"card_name")

        self.card_layout.addWidget(self.card_name)

        self.card_job = QLabel(self.card)
        self.card_job.setObjectName(u"card_job")

        self.card_layout.addWidget(self.card_job)

        self.card_phones = QLabel(self.card)
        self.card_phones.setObjectName(u"card_phones")
        self.card_phones.setOpenExternalLinks(True)
        self.card_phones.setTextInteractionFlags(Qt.TextBrowserInteraction)

        self.card_layout.addWidget(self.card_phones)

        self.card_muted = QLabel(self.card)
        self.card_muted.setObjectName(u"card_muted")

        self.card_layout.addWidget(self.card_muted)

        self.card_quote = QFrame(self.card)
        self.card_quote.setObjectName(u"card_quote")
        self.quote_layout = QVBoxLayout(self.card_quote)
        self.quote_layout.setSpacing(0)
        self.quote_layout.setObjectName(u"quote_layout")
        self.quote_layout.setContentsMargins(0, 0, 0, 0)
        self.card_quote_head = QLabel(self.card_quote)
        self.card_quote_head.setObjectName(u"card_quote_head")
        self.card_quote_head.setWordWrap(True)
        self.card_quote_head.setTextFormat(Qt.PlainText)

        self.quote_layout.addWidget(self.card_quote_head)

        self.card_quote_activity = QLabel(self.card_quote)
        self.card_quote_activity.setObjectName(u"card_quote_activity")
        self.card_quote_activity.setWordWrap(True)
        self.card_quote_activity.setTextFormat(Qt.PlainText)

        self.quote_layout.addWidget(self.card_quote_activity)


        self.card_layout.addWidget(self.card_quote)

        self.card_heading = QLabel(self.card)
        self.card_heading.setObjectName(u"card_heading")

        self.card_layout.addWidget(self.card_heading)

        self.card_timeline = QLabel(self.card)
        self.card_timeline.setObjectName(u"card_timeline")
        self.card_timeline.setWordWrap(True)

        self.card_layout.addWidget(self.card_timeline)

        self.card_notes_heading = QLabel(self.card)
        self.card_notes_heading.setObjectName(u"card_notes_heading")

        self.card_layout.addWidget(self.card_notes_heading)

        self.card_notes = QLabel(self.card)
        self.card_notes.setObjectName(u"card_notes")
        self.card_notes.setWordWrap(True)

        self.card_layout.addWidget(self.card_notes)

        self.card_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.card_layout.addItem(self.card_end)


        self.left_layout.addWidget(self.card)

        self.note = QPlainTextEdit(self.left)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 70))
        self.note.setMaximumSize(QSize(16777215, 70))

        self.left_layout.addWidget(self.note)

        self.callback_row = QWidget(self.left)
        self.callback_row.setObjectName(u"callback_row")
        self.callback_layout = QHBoxLayout(self.callback_row)
        self.callback_layout.setObjectName(u"callback_layout")
        self.callback_layout.setContentsMargins(0, 0, 0, 0)
        self.label_callback_at = QLabel(self.callback_row)
        self.label_callback_at.setObjectName(u"label_callback_at")

        self.callback_layout.addWidget(self.label_callback_at)

        self.callback_at = QDateTimeEdit(self.callback_row)
        self.callback_at.setObjectName(u"callback_at")
        self.callback_at.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.callback_at.setCalendarPopup(True)

        self.callback_layout.addWidget(self.callback_at)

        self.callback_confirm = QPushButton(self.callback_row)
        self.callback_confirm.setObjectName(u"callback_confirm")

        self.callback_layout.addWidget(self.callback_confirm)

        self.callback_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callback_layout.addItem(self.callback_end)

        self.callback_layout.setStretch(3, 1)

        self.left_layout.addWidget(self.callback_row)

        self.outcomes = QGridLayout()
        self.outcomes.setObjectName(u"outcomes")
        self.outcome_interested = QPushButton(self.left)
        self.outcome_interested.setObjectName(u"outcome_interested")
        self.outcome_interested.setFocusPolicy(Qt.NoFocus)
        self.outcome_interested.setProperty(u"outcome", u"interested")

        self.outcomes.addWidget(self.outcome_interested, 0, 0, 1, 1)

        self.outcome_not_interested = QPushButton(self.left)
        self.outcome_not_interested.setObjectName(u"outcome_not_interested")
        self.outcome_not_interested.setFocusPolicy(Qt.NoFocus)
        self.outcome_not_interested.setProperty(u"outcome", u"not_interested")

        self.outcomes.addWidget(self.outcome_not_interested, 0, 1, 1, 1)

        self.outcome_voicemail = QPushButton(self.left)
        self.outcome_voicemail.setObjectName(u"outcome_voicemail")
        self.outcome_voicemail.setFocusPolicy(Qt.NoFocus)
        self.outcome_voicemail.setProperty(u"outcome", u"voicemail")

        self.outcomes.addWidget(self.outcome_voicemail, 0, 2, 1, 1)

        self.outcome_no_answer = QPushButton(self.left)
        self.outcome_no_answer.setObjectName(u"outcome_no_answer")
        self.outcome_no_answer.setFocusPolicy(Qt.NoFocus)
        self.outcome_no_answer.setProperty(u"outcome", u"no_answer")

        self.outcomes.addWidget(self.outcome_no_answer, 0, 3, 1, 1)

        self.outcome_wrong_number = QPushButton(self.left)
        self.outcome_wrong_number.setObjectName(u"outcome_wrong_number")
        self.outcome_wrong_number.setFocusPolicy(Qt.NoFocus)
        self.outcome_wrong_number.setProperty(u"outcome", u"wrong_number")

        self.outcomes.addWidget(self.outcome_wrong_number, 1, 0, 1, 1)

        self.outcome_callback = QPushButton(self.left)
        self.outcome_callback.setObjectName(u"outcome_callback")
        self.outcome_callback.setFocusPolicy(Qt.NoFocus)
        self.outcome_callback.setProperty(u"outcome", u"callback")

        self.outcomes.addWidget(self.outcome_callback, 1, 1, 1, 1)

        self.outcome_do_not_call = QPushButton(self.left)
        self.outcome_do_not_call.setObjectName(u"outcome_do_not_call")
        self.outcome_do_not_call.setFocusPolicy(Qt.NoFocus)
        self.outcome_do_not_call.setProperty(u"outcome", u"do_not_call")

        self.outcomes.addWidget(self.outcome_do_not_call, 1, 2, 1, 1)


        self.left_layout.addLayout(self.outcomes)

        self.left_layout.setStretch(0, 1)
        self.work.addWidget(self.left)
        self.script = QTextBrowser(self.work)
        self.script.setObjectName(u"script")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.script.sizePolicy().hasHeightForWidth())
        self.script.setSizePolicy(sizePolicy1)
        self.script.setOpenExternalLinks(False)
        self.work.addWidget(self.script)

        self.work_layout.addWidget(self.work)

        self.pages.addWidget(self.work_page)
        self.message_page = QWidget()
        self.message_page.setObjectName(u"message_page")
        self.message_layout = QVBoxLayout(self.message_page)
        self.message_layout.setObjectName(u"message_layout")
        self.message_layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self.message_page)
        self.message.setObjectName(u"message")
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setProperty(u"role", u"call_message")

        self.message_layout.addWidget(self.message)

        self.pages.addWidget(self.message_page)

        self.root.addWidget(self.pages)

        self.root.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.label_callback_at.setBuddy(self.callback_at)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note, self.callback_at)
        QWidget.setTabOrder(self.callback_at, self.callback_confirm)
        QWidget.setTabOrder(self.callback_confirm, self.script)
        QWidget.setTabOrder(self.script, self.pause_button)
        QWidget.setTabOrder(self.pause_button, self.end_button)

        self.retranslateUi(call_list)
    # setupUi

    def retranslateUi(self, call_list):
        call_list.setWindowTitle(QCoreApplication.translate("CallListForm", u"Session d'appels", None))
        self.pause_button.setText(QCoreApplication.translate("CallListForm", u"Pause (P)", None))
        self.end_button.setText(QCoreApplication.translate("CallListForm", u"Terminer", None))
        self.card_heading.setText(QCoreApplication.translate("CallListForm", u"Historique r\u00e9cent", None))
        self.card_notes_heading.setText(QCoreApplication.translate("CallListForm", u"Notes", None))
        self.note.setPlaceholderText(QCoreApplication.translate("CallListForm", u"Note d'appel (N pour \u00e9crire, \u00c9chap pour revenir aux touches)", None))
        self.label_callback_at.setText(QCoreApplication.translate("CallListForm", u"Rappeler le :", None))
        self.callback_confirm.setText(QCoreApplication.translate("CallListForm", u"Valider (Entr\u00e9e)", None))
        self.outcome_interested.setText(QCoreApplication.translate("CallListForm", u"1  Joint \u2013 int\u00e9ress\u00e9", None))
        self.outcome_not_interested.setText(QCoreApplication.translate("CallListForm", u"2  Joint \u2013 pas int\u00e9ress\u00e9", None))
        self.outcome_voicemail.setText(QCoreApplication.translate("CallListForm", u"3  Messagerie", None))
        self.outcome_no_answer.setText(QCoreApplication.translate("CallListForm", u"4  Pas de r\u00e9ponse", None))
        self.outcome_wrong_number.setText(QCoreApplication.translate("CallListForm", u"5  Faux num\u00e9ro", None))
        self.outcome_callback.setText(QCoreApplication.translate("CallListForm", u"6  Rappeler le\u2026", None))
        self.outcome_do_not_call.setText(QCoreApplication.translate("CallListForm", u"7  Ne plus appeler", None))
    # retranslateUi

