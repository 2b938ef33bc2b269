<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>CompaniesView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies_view.py" line="38"/>
        <source>%n société(s)</source>
        <translation>
            <numerusform>%n société</numerusform>
            <numerusform>%n sociétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies_view.py" line="117"/>
        <source>Supprimer %n société(s)</source>
        <translation>
            <numerusform>Supprimer %n société</numerusform>
            <numerusform>Supprimer %n sociétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies_view.py" line="122"/>
        <source>%n société(s) supprimée(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n société supprimée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n sociétés supprimées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts_view.py" line="52"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts_view.py" line="170"/>
        <source>Supprimer %n contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts_view.py" line="177"/>
        <source>%n contact(s) supprimé(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact supprimé. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n contacts supprimés. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/list_view.py" line="198"/>
        <source>%n ligne(s) exportée(s).</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
</context>
</TS>
