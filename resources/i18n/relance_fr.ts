<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>CallList</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="3"/>
        <source>il y a %n minute(s)</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="4"/>
        <source>il y a %n heure(s)</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="5"/>
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="6"/>
        <source>%n appel(s) déjà passé(s)</source>
        <translation>
            <numerusform>%n appel déjà passé</numerusform>
            <numerusform>%n appels déjà passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="7"/>
        <source>%n consultation(s) en ligne</source>
        <translation>
            <numerusform>%n consultation en ligne</numerusform>
            <numerusform>%n consultations en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="8"/>
        <source>%n appel(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="9"/>
        <source>%n joint(s)</source>
        <translation>
            <numerusform>%n joint</numerusform>
            <numerusform>%n joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="10"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="15"/>
        <source>%n contact(s) ajouté(s) à la campagne</source>
        <translation>
            <numerusform>%n contact ajouté à la campagne</numerusform>
            <numerusform>%n contacts ajoutés à la campagne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="17"/>
        <source>Marquer la campagne « %1 » comme terminée ? %n contact(s) restent à appeler.</source>
        <translation>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n contact reste à appeler.</numerusform>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n contacts restent à appeler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="16"/>
        <source>Marquer la campagne « %1 » comme terminée ? %n message(s) pas encore envoyé(s) ne le seront pas.</source>
        <translation>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n message pas encore envoyé ne le sera pas.</numerusform>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n messages pas encore envoyés ne le seront pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="58"/>
        <source>%n société(s)</source>
        <translation>
            <numerusform>%n société</numerusform>
            <numerusform>%n sociétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="184"/>
        <source>Supprimer %n société(s)</source>
        <translation>
            <numerusform>Supprimer %n société</numerusform>
            <numerusform>Supprimer %n sociétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="185"/>
        <source>%n société(s) supprimée(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n société supprimée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n sociétés supprimées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/detail.py" line="131"/>
        <source>%n société(s) sélectionnée(s)</source>
        <translation>
            <numerusform>%n société sélectionnée</numerusform>
            <numerusform>%n sociétés sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/detail.py" line="132"/>
        <source>%n contact(s) en tout</source>
        <translation>
            <numerusform>%n contact en tout</numerusform>
            <numerusform>%n contacts en tout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="74"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="119"/>
        <source>Exporter la preuve du consentement (%n contact(s))…</source>
        <translation>
            <numerusform>Exporter la preuve du consentement (%n contact)…</numerusform>
            <numerusform>Exporter la preuve du consentement (%n contacts)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="123"/>
        <location filename="../../desktop/gui/contacts/view.py" line="296"/>
        <source>Supprimer %n contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="297"/>
        <source>%n contact(s) supprimé(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact supprimé. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n contacts supprimés. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="269"/>
        <source>%n fiche(s) utilisent un choix retiré : leur valeur sera effacée. Ctrl+Z l’annule. Continuer ?</source>
        <translation>
            <numerusform>%n fiche utilise un choix retiré : sa valeur sera effacée. Ctrl+Z l’annule. Continuer ?</numerusform>
            <numerusform>%n fiches utilisent un choix retiré : leur valeur sera effacée. Ctrl+Z l’annule. Continuer ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="311"/>
        <source>%n valeur(s) renseignée(s) seront perdues (Ctrl+Z les rétablit).</source>
        <translation>
            <numerusform>%n valeur renseignée sera perdue (Ctrl+Z la rétablit).</numerusform>
            <numerusform>%n valeurs renseignées seront perdues (Ctrl+Z les rétablit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="280"/>
        <source>%n ouverture(s) machine seule(s), non comptée(s)</source>
        <translation>
            <numerusform>%n ouverture machine seule, non comptée</numerusform>
            <numerusform>%n ouvertures machine seules, non comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="281"/>
        <source>%n devis consulté(s) en ligne</source>
        <translation>
            <numerusform>%n devis consulté en ligne</numerusform>
            <numerusform>%n devis consultés en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="283"/>
        <source>%n devis accepté(s)</source>
        <translation>
            <numerusform>%n devis accepté</numerusform>
            <numerusform>%n devis acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="285"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="290"/>
        <source>%n perdue(s)</source>
        <translation>
            <numerusform>%n perdue</numerusform>
            <numerusform>%n perdues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="373"/>
        <source>Phoning : %n appel(s)</source>
        <translation>
            <numerusform>Phoning : %n appel</numerusform>
            <numerusform>Phoning : %n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="376"/>
        <source>Campagnes email : %n lancée(s)</source>
        <translation>
            <numerusform>Campagnes email : %n lancée</numerusform>
            <numerusform>Campagnes email : %n lancées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="22"/>
        <source>Inscrire %n contact(s) dans le scénario :</source>
        <translation>
            <numerusform>Inscrire %n contact dans le scénario :</numerusform>
            <numerusform>Inscrire %n contacts dans le scénario :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="23"/>
        <source>%n étape(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="24"/>
        <source>%n contact(s) inscrit(s) dans « %1 ».</source>
        <translation>
            <numerusform>%n contact inscrit dans « %1 ».</numerusform>
            <numerusform>%n contacts inscrits dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="25"/>
        <source>%n déjà inscrit(s) ou déjà passé(s) par ce scénario : non inscrit(s) à nouveau.</source>
        <translation>
            <numerusform>%n déjà inscrit ou déjà passé par ce scénario : non inscrit à nouveau.</numerusform>
            <numerusform>%n déjà inscrits ou déjà passés par ce scénario : non inscrits à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="30"/>
        <source>ouvert %n fois dans la dernière heure</source>
        <translation>
            <numerusform>ouvert %n fois dans la dernière heure</numerusform>
            <numerusform>ouvert %n fois dans la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="31"/>
        <source>depuis %n appareil(s)</source>
        <translation>
            <numerusform>depuis %n appareil</numerusform>
            <numerusform>depuis %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="32"/>
        <source>consulté en ligne %n fois dans la dernière heure</source>
        <translation>
            <numerusform>consulté en ligne %n fois dans la dernière heure</numerusform>
            <numerusform>consulté en ligne %n fois dans la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="33"/>
        <source>consulté, pas accepté, expire dans %n jour(s)</source>
        <translation>
            <numerusform>consulté, pas accepté, expire dans %n jour</numerusform>
            <numerusform>consulté, pas accepté, expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="34"/>
        <source>a répondu il y a %n jour(s) : répondez-lui</source>
        <translation>
            <numerusform>a répondu il y a %n jour : répondez-lui</numerusform>
            <numerusform>a répondu il y a %n jours : répondez-lui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="35"/>
        <source>expire dans %n jour(s) : appelez avant l’échéance</source>
        <translation>
            <numerusform>expire dans %n jour : appelez avant l’échéance</numerusform>
            <numerusform>expire dans %n jours : appelez avant l’échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="36"/>
        <source>devis téléchargé il y a %n jour(s), pas accepté : appelez</source>
        <translation>
            <numerusform>devis téléchargé il y a %n jour, pas accepté : appelez</numerusform>
            <numerusform>devis téléchargé il y a %n jours, pas accepté : appelez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="37"/>
        <source>consulté il y a %n jour(s), pas accepté : appelez</source>
        <translation>
            <numerusform>consulté il y a %n jour, pas accepté : appelez</numerusform>
            <numerusform>consulté il y a %n jours, pas accepté : appelez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="38"/>
        <source>ouvert il y a %n jour(s) : relancez</source>
        <translation>
            <numerusform>ouvert il y a %n jour : relancez</numerusform>
            <numerusform>ouvert il y a %n jours : relancez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="39"/>
        <source>appelé il y a %n jour(s) : rappelez ou écrivez</source>
        <translation>
            <numerusform>appelé il y a %n jour : rappelez ou écrivez</numerusform>
            <numerusform>appelé il y a %n jours : rappelez ou écrivez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="40"/>
        <source>envoyé il y a %n jour(s), jamais ouvert : téléphonez ou renvoyez</source>
        <translation>
            <numerusform>envoyé il y a %n jour, jamais ouvert : téléphonez ou renvoyez</numerusform>
            <numerusform>envoyé il y a %n jours, jamais ouvert : téléphonez ou renvoyez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="41"/>
        <source>envoyé il y a %n jour(s), ni consultation ni réponse : téléphonez ou renvoyez</source>
        <translation>
            <numerusform>envoyé il y a %n jour, ni consultation ni réponse : téléphonez ou renvoyez</numerusform>
            <numerusform>envoyé il y a %n jours, ni consultation ni réponse : téléphonez ou renvoyez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="42"/>
        <source>envoyé il y a %n jour(s) : laissez-lui le temps</source>
        <translation>
            <numerusform>envoyé il y a %n jour : laissez-lui le temps</numerusform>
            <numerusform>envoyé il y a %n jours : laissez-lui le temps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/followups/view.py" line="310"/>
        <source>%n devis sans relance planifiée</source>
        <translation>
            <numerusform>%n devis sans relance planifiée</numerusform>
            <numerusform>%n devis sans relance planifiée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImapPage</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/imap_page.py" line="116"/>
        <source>%n message(s) dans le dossier %1</source>
        <translation>
            <numerusform>%n message dans le dossier %1</numerusform>
            <numerusform>%n messages dans le dossier %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="47"/>
        <source>%n contact(s) à ajouter (Suppr retire de la liste)</source>
        <translation>
            <numerusform>%n contact à ajouter (Suppr le retire de la liste)</numerusform>
            <numerusform>%n contacts à ajouter (Suppr retire de la liste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="48"/>
        <source>Ajouter %n contact(s)</source>
        <translation>
            <numerusform>Ajouter %n contact</numerusform>
            <numerusform>Ajouter %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatusWidget</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/shell/status_widgets.py" line="97"/>
        <source>%n en attente</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/shell/status_widgets.py" line="99"/>
        <source>%n refusé(s)</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="181"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pipeline/view.py" line="311"/>
        <source>%n opportunité(s)</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pipeline/view.py" line="322"/>
        <source>%n opportunité(s) en cours</source>
        <translation>
            <numerusform>%n opportunité en cours</numerusform>
            <numerusform>%n opportunités en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="60"/>
        <source>%n contact(s) correspondent</source>
        <translation>
            <numerusform>%n contact correspond</numerusform>
            <numerusform>%n contacts correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="53"/>
        <source>%n contact(s) seront modifiés.</source>
        <translation>
            <numerusform>%n contact sera modifié.</numerusform>
            <numerusform>%n contacts seront modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="56"/>
        <source>Retirer %n contact(s) de la requête</source>
        <translation>
            <numerusform>Retirer %n contact de la requête</numerusform>
            <numerusform>Retirer %n contacts de la requête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="55"/>
        <source>%n contact(s) retiré(s) de la requête. Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact retiré de la requête. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n contacts retirés de la requête. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="59"/>
        <source>Ajouter %n contact(s) à la requête</source>
        <translation>
            <numerusform>Ajouter %n contact à la requête</numerusform>
            <numerusform>Ajouter %n contacts à la requête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="57"/>
        <source>%n contact(s) ajouté(s) à la requête.</source>
        <translation>
            <numerusform>%n contact ajouté à la requête.</numerusform>
            <numerusform>%n contacts ajoutés à la requête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="58"/>
        <source>%n déjà membre(s).</source>
        <translation>
            <numerusform>%n déjà membre.</numerusform>
            <numerusform>%n déjà membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="54"/>
        <source>Exporter %n contact(s) ?</source>
        <translation>
            <numerusform>Exporter %n contact ?</numerusform>
            <numerusform>Exporter %n contacts ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="65"/>
        <source>Le devis n’est pas finalisé : %n élément(s) manque(nt).</source>
        <translation>
            <numerusform>Le devis n’est pas finalisé : %n élément manque.</numerusform>
            <numerusform>Le devis n’est pas finalisé : %n éléments manquent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/view.py" line="249"/>
        <source>%n devis</source>
        <translation>
            <numerusform>%n devis</numerusform>
            <numerusform>%n devis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/view.py" line="254"/>
        <source>Total des devis listés, une fois chacun : %n version(s) remplacée(s) ou bon(s) de commande (qui reprend son devis accepté) listé(s) mais non compté(s).</source>
        <translation>
            <numerusform>Total des devis listés, une fois chacun : %n version remplacée ou bon de commande (qui reprend son devis accepté) listé mais non compté.</numerusform>
            <numerusform>Total des devis listés, une fois chacun : %n versions remplacées ou bons de commande (qui reprennent leur devis accepté) listés mais non comptés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/kit/list_view.py" line="256"/>
        <source>%n ligne(s) exportée(s).</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="70"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="71"/>
        <source>%n contact(s) inscrit(s)</source>
        <translation>
            <numerusform>%n contact inscrit</numerusform>
            <numerusform>%n contacts inscrits</numerusform>
        </translation>
    </message>
</context>
</TS>
