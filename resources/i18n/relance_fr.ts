<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="118" />
        <source>La base de données ne peut pas être ouverte : %1</source>
        <translation>La base de données ne peut pas être ouverte : %1</translation>
    </message>
    </context>
<context>
    <name>CallList</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="3" />
        <source>il y a %n minute(s)</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="4" />
        <source>il y a %n heure(s)</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="5" />
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="6" />
        <source>%n appel(s) déjà passé(s)</source>
        <translation>
            <numerusform>%n appel déjà passé</numerusform>
            <numerusform>%n appels déjà passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="7" />
        <source>%n consultation(s) en ligne</source>
        <translation>
            <numerusform>%n consultation en ligne</numerusform>
            <numerusform>%n consultations en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="8" />
        <source>%n appel(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="9" />
        <source>%n joint(s)</source>
        <translation>
            <numerusform>%n joint</numerusform>
            <numerusform>%n joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="10" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="70" />
        <source>Heure locale : %1</source>
        <translation>Heure locale : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="87" />
        <source>dernière ouverture : %1</source>
        <translation>dernière ouverture : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="149" />
        <source>Faits : %1   Restants : %2   Joints : %3   Cette session : %4</source>
        <translation>Faits : %1   Restants : %2   Joints : %3   Cette session : %4</translation>
    </message>
    </context>
<context>
    <name>CallListForm</name>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="115" />
        <source>Rappeler le :</source>
        <translation>Rappeler le :</translation>
    </message>
    </context>
<context>
    <name>CallLogDialog</name>
    </context>
<context>
    <name>Campaigns</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="15" />
        <source>%n contact(s) ajouté(s) à la campagne</source>
        <translation>
            <numerusform>%n contact ajouté à la campagne</numerusform>
            <numerusform>%n contacts ajoutés à la campagne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="17" />
        <source>Marquer la campagne « %1 » comme terminée ? %n contact(s) restent à appeler.</source>
        <translation>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n contact reste à appeler.</numerusform>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n contacts restent à appeler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="16" />
        <source>Marquer la campagne « %1 » comme terminée ? %n message(s) pas encore envoyé(s) ne le seront pas.</source>
        <translation>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n message pas encore envoyé ne le sera pas.</numerusform>
            <numerusform>Marquer la campagne « %1 » comme terminée ? %n messages pas encore envoyés ne le seront pas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="132" />
        <source>Terminer « %1 »</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="133" />
        <source>Campagne « %1 » terminée. Ctrl+Z pour annuler.</source>
        <translation>Campagne « %1 » terminée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="33" />
        <source>Ouvertures suivies (contacts qui ont accepté) : %1 sur %2 (%3)</source>
        <translation>Ouvertures suivies (contacts qui ont accepté) : %1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="37" />
        <source>mesure agrégée et anonyme des autres : ≈ %1 au plus (%2 ouvertures pour %3 messages), exemptée de consentement</source>
        <translation>mesure agrégée et anonyme des autres : ≈ %1 au plus (%2 ouvertures pour %3 messages), exemptée de consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="69" />
        <source>Arrêter l'envoi pour de bon : les messages pas encore envoyés ne le seront pas (Ctrl+Z annule)</source>
        <translation>Arrêter l'envoi pour de bon : les messages pas encore envoyés ne le seront pas (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="235" />
        <source>La campagne « %1 » est terminée : elle n'envoie plus rien.</source>
        <translation>La campagne « %1 » est terminée : elle n'envoie plus rien.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="51" />
        <source>Clore la campagne : plus de session d'appels (Ctrl+Z annule)</source>
        <translation>Clore la campagne : plus de session d'appels (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="180" />
        <source>La campagne « %1 » est en pause : reprenez-la pour lancer une session d'appels.</source>
        <translation>La campagne « %1 » est en pause : reprenez-la pour lancer une session d'appels.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="183" />
        <source>La campagne « %1 » est terminée : rouvrez-la pour lancer une session d'appels.</source>
        <translation>La campagne « %1 » est terminée : rouvrez-la pour lancer une session d'appels.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="215" />
        <source>Mettre en pause « %1 »</source>
        <translation>Mettre en pause « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="216" />
        <source>Campagne « %1 » en pause : plus de session d'appels jusqu'à sa reprise. Ctrl+Z pour annuler.</source>
        <translation>Campagne « %1 » en pause : plus de session d'appels jusqu'à sa reprise. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="219" />
        <source>Reprendre « %1 »</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="220" />
        <source>Campagne « %1 » reprise. Ctrl+Z pour annuler.</source>
        <translation>Campagne « %1 » reprise. Ctrl+Z pour annuler.</translation>
    </message>
    </context>
<context>
    <name>Companies</name>
    </context>
<context>
    <name>CompaniesView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="58" />
        <source>%n société(s)</source>
        <translation>
            <numerusform>%n société</numerusform>
            <numerusform>%n sociétés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="100" />
        <source>Ce contact n’apparaît pas dans la liste (supprimé ?).</source>
        <translation>Ce contact n’apparaît pas dans la liste (supprimé ?).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="126" />
        <source>Doublon possible : %1 existe déjà (même SIRET ou même nom).</source>
        <translation>Doublon possible : %1 existe déjà (même SIRET ou même nom).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="184" />
        <source>Supprimer %n société(s)</source>
        <translation>
            <numerusform>Supprimer %n société</numerusform>
            <numerusform>Supprimer %n sociétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="185" />
        <source>%n société(s) supprimée(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n société supprimée. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n sociétés supprimées. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPanel</name>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="71" />
        <source>Double-clic ou Entrée : ouvrir le contact</source>
        <translation>Double-clic ou Entrée : ouvrir le contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/detail.py" line="131" />
        <source>%n société(s) sélectionnée(s)</source>
        <translation>
            <numerusform>%n société sélectionnée</numerusform>
            <numerusform>%n sociétés sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/detail.py" line="132" />
        <source>%n contact(s) en tout</source>
        <translation>
            <numerusform>%n contact en tout</numerusform>
            <numerusform>%n contacts en tout</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="219" />
        <source>Opportunité ouverte : %1</source>
        <translation>Opportunité ouverte : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="232" />
        <source>%1 — double-clic ou Entrée : ouvrir le devis</source>
        <translation>%1 — double-clic ou Entrée : ouvrir le devis</translation>
    </message>
    </context>
<context>
    <name>CompanyForm</name>
    </context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="65" />
        <source>Modèle refusé : il faut l’année {YYYY} et un compteur {NNNN} (par exemple F-{YYYY}-{NNNN}).</source>
        <translation>Modèle refusé : il faut l’année {YYYY} et un compteur {NNNN} (par exemple F-{YYYY}-{NNNN}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="70" />
        <source>Exemple : %1 (s’applique aux prochaines factures émises, sans trou dans l’année)</source>
        <translation>Exemple : %1 (s’applique aux prochaines factures émises, sans trou dans l’année)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="81" />
        <source>Modèle refusé : il faut un compteur {NNNN} (par exemple D-{YYYY}-{NNNN}).</source>
        <translation>Modèle refusé : il faut un compteur {NNNN} (par exemple D-{YYYY}-{NNNN}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="86" />
        <source>Exemple : %1 (s’applique aux prochains devis finalisés)</source>
        <translation>Exemple : %1 (s’applique aux prochains devis finalisés)</translation>
    </message>
    </context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="56" />
        <source>Sans accord, les e-mails partent sans pixel ni lien suivi ; la consultation du devis en ligne reste signalée.</source>
        <translation>Sans accord, les e-mails partent sans pixel ni lien suivi ; la consultation du devis en ligne reste signalée.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="154" />
        <source>Preuve du consentement enregistrée : %1</source>
        <translation>Preuve du consentement enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="103" />
        <source>Pour un accord, dites comment et quand il a été donné : c’est la preuve que la CNIL demande.</source>
        <translation>Pour un accord, dites comment et quand il a été donné : c’est la preuve que la CNIL demande.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="31" />
        <source>Il refuse (ou retire son accord) : rien n’est plus suivi et ses ouvertures déjà enregistrées sont effacées</source>
        <translation>Il refuse (ou retire son accord) : rien n’est plus suivi et ses ouvertures déjà enregistrées sont effacées</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="39" />
        <source>Comment et quand (obligatoire pour un accord) :</source>
        <translation>Comment et quand (obligatoire pour un accord) :</translation>
    </message>
    </context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="272" />
        <source>Arrêté : %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    </context>
<context>
    <name>ContactForm</name>
    </context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../desktop/gui/quotes/contact_picker.py" line="18" />
        <source>Nouveau devis — pour quel contact ?</source>
        <translation>Nouveau devis — pour quel contact ?</translation>
    </message>
    </context>
<context>
    <name>Contacts</name>
    </context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="74" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="124" />
        <source>Exporter la preuve du consentement (%n contact(s))…</source>
        <translation>
            <numerusform>Exporter la preuve du consentement (%n contact)…</numerusform>
            <numerusform>Exporter la preuve du consentement (%n contacts)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="128" />
        <location filename="../../desktop/gui/contacts/view.py" line="301" />
        <source>Supprimer %n contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="171" />
        <source>Arrêter le scénario « %1 » pour ce contact ? Il ne recevra plus ses étapes ; cet arrêt est inscrit dans son fil d’activité.</source>
        <translation>Arrêter le scénario « %1 » pour ce contact ? Il ne recevra plus ses étapes ; cet arrêt est inscrit dans son fil d’activité.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="180" />
        <source>Scénario « %1 » arrêté pour ce contact.</source>
        <translation>Scénario « %1 » arrêté pour ce contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="181" />
        <source>Ce contact n’était plus en cours dans « %1 ».</source>
        <translation>Ce contact n’était plus en cours dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="234" />
        <source>Doublon possible : %1 (%2) existe déjà.</source>
        <translation>Doublon possible : %1 (%2) existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="302" />
        <source>%n contact(s) supprimé(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact supprimé. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n contacts supprimés. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="312" />
        <source>Fusionner « %1 » dans « %2 » ? Le fil d’activité et les étiquettes sont regroupés ; Ctrl+Z annule la fusion.</source>
        <translation>Fusionner « %1 » dans « %2 » ? Le fil d’activité et les étiquettes sont regroupés ; Ctrl+Z annule la fusion.</translation>
    </message>
    </context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="40" />
        <source>Modifier le champ « %1 »</source>
        <translation>Modifier le champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="148" />
        <source>Identifiant pour les imports : %1</source>
        <translation>Identifiant pour les imports : %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialogForm</name>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="32" />
        <source>par exemple : Date du dernier salon</source>
        <translation>par exemple : Date du dernier salon</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="165" />
        <source>Double-cliquez sur un choix pour le renommer : les fiches qui l’ont gardent leur valeur.</source>
        <translation>Double-cliquez sur un choix pour le renommer : les fiches qui l’ont gardent leur valeur.</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    </context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="57" />
        <source>Ajoutez aux fiches les informations propres à votre métier. Elles se remplissent dans les fiches, se filtrent dans les requêtes, s’importent et s’exportent. Chaque modification s’applique tout de suite ; Ctrl+Z l’annule.</source>
        <translation>Ajoutez aux fiches les informations propres à votre métier. Elles se remplissent dans les fiches, se filtrent dans les requêtes, s’importent et s’exportent. Chaque modification s’applique tout de suite ; Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="199" />
        <source>Refusé : %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="234" />
        <source>Champ « %1 » ajouté.</source>
        <translation>Champ « %1 » ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="236" />
        <source>Ajouter le champ « %1 »</source>
        <translation>Ajouter le champ « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="269" />
        <source>%n fiche(s) utilisent un choix retiré : leur valeur sera effacée. Ctrl+Z l’annule. Continuer ?</source>
        <translation>
            <numerusform>%n fiche utilise un choix retiré : sa valeur sera effacée. Ctrl+Z l’annule. Continuer ?</numerusform>
            <numerusform>%n fiches utilisent un choix retiré : leur valeur sera effacée. Ctrl+Z l’annule. Continuer ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="284" />
        <source>Modifier le champ « %1 »</source>
        <translation>Modifier le champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="300" />
        <source>Déplacer le champ « %1 »</source>
        <translation>Déplacer le champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="310" />
        <source>Supprimer le champ « %1 » ?</source>
        <translation>Supprimer le champ « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="311" />
        <source>%n valeur(s) renseignée(s) seront perdues (Ctrl+Z les rétablit).</source>
        <translation>
            <numerusform>%n valeur renseignée sera perdue (Ctrl+Z la rétablit).</numerusform>
            <numerusform>%n valeurs renseignées seront perdues (Ctrl+Z les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="326" />
        <source>Supprimer le champ « %1 »</source>
        <translation>Supprimer le champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="328" />
        <source>Champ « %1 » supprimé. Ctrl+Z pour annuler.</source>
        <translation>Champ « %1 » supprimé. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    </context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="282" />
        <source>%n ouverture(s) machine seule(s), non comptée(s)</source>
        <translation>
            <numerusform>%n ouverture machine seule, non comptée</numerusform>
            <numerusform>%n ouvertures machine seules, non comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="283" />
        <source>%n devis consulté(s) en ligne</source>
        <translation>
            <numerusform>%n devis consulté en ligne</numerusform>
            <numerusform>%n devis consultés en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="285" />
        <source>%n devis accepté(s)</source>
        <translation>
            <numerusform>%n devis accepté</numerusform>
            <numerusform>%n devis acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="287" />
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="292" />
        <source>%n perdue(s)</source>
        <translation>
            <numerusform>%n perdue</numerusform>
            <numerusform>%n perdues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="375" />
        <source>Phoning : %n appel(s)</source>
        <translation>
            <numerusform>Phoning : %n appel</numerusform>
            <numerusform>Phoning : %n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="378" />
        <source>Campagnes email : %n lancée(s)</source>
        <translation>
            <numerusform>Campagnes email : %n lancée</numerusform>
            <numerusform>Campagnes email : %n lancées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="383" />
        <source>Factures : %1 TTC facturés · %2 encaissés · %3 échus</source>
        <translation>Factures : %1 TTC facturés · %2 encaissés · %3 échus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="386" />
        <source>(%n facture(s) échue(s))</source>
        <translation>
            <numerusform>(%n facture échue)</numerusform>
            <numerusform>(%n factures échues)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailDialogForm</name>
    </context>
<context>
    <name>EnrolDialogForm</name>
    <message>
        <location filename="../../ui/scenarios/enrol_dialog.ui" line="17" />
        <source>&amp;Scénario :</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <location filename="../../ui/scenarios/enrol_dialog.ui" line="28" />
        <source>Les contacts déjà inscrits dans ce scénario ne sont pas inscrits une seconde fois ; ils sont comptés dans le compte rendu.</source>
        <translation>Les contacts déjà inscrits dans ce scénario ne sont pas inscrits une seconde fois ; ils sont comptés dans le compte rendu.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="22" />
        <source>Inscrire %n contact(s) dans le scénario :</source>
        <translation>
            <numerusform>Inscrire %n contact dans le scénario :</numerusform>
            <numerusform>Inscrire %n contacts dans le scénario :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="23" />
        <source>%n étape(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="24" />
        <source>%n contact(s) inscrit(s) dans « %1 ».</source>
        <translation>
            <numerusform>%n contact inscrit dans « %1 ».</numerusform>
            <numerusform>%n contacts inscrits dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="25" />
        <source>%n déjà inscrit(s) ou déjà passé(s) par ce scénario : non inscrit(s) à nouveau.</source>
        <translation>
            <numerusform>%n déjà inscrit ou déjà passé par ce scénario : non inscrit à nouveau.</numerusform>
            <numerusform>%n déjà inscrits ou déjà passés par ce scénario : non inscrits à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/enrol_dialog.py" line="103" />
        <source>Ce scénario n’est pas en cours : démarrez-le avant d’y inscrire des contacts.</source>
        <translation>Ce scénario n’est pas en cours : démarrez-le avant d’y inscrire des contacts.</translation>
    </message>
    </context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="41" />
        <source>Opération annulée : rien n’a été enregistré.</source>
        <translation>Opération annulée : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="51" />
        <source>La base de données ne répond pas (réseau ou serveur arrêté) : rien n’a été enregistré. Réessayez dans un instant.</source>
        <translation>La base de données ne répond pas (réseau ou serveur arrêté) : rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="58" />
        <source>Le disque est plein : rien n’a été enregistré.</source>
        <translation>Le disque est plein : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="67" />
        <source>Une erreur inattendue s’est produite (%1) : rien n’a été enregistré. Le détail est dans le journal de Relance.</source>
        <translation>Une erreur inattendue s’est produite (%1) : rien n’a été enregistré. Le détail est dans le journal de Relance.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    </context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="141" />
        <source>Non compté : %1</source>
        <translation>Non compté : %1</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="30" />
        <source>ouvert %n fois dans la dernière heure</source>
        <translation>
            <numerusform>ouvert %n fois dans la dernière heure</numerusform>
            <numerusform>ouvert %n fois dans la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="31" />
        <source>depuis %n appareil(s)</source>
        <translation>
            <numerusform>depuis %n appareil</numerusform>
            <numerusform>depuis %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="32" />
        <source>consulté en ligne %n fois dans la dernière heure</source>
        <translation>
            <numerusform>consulté en ligne %n fois dans la dernière heure</numerusform>
            <numerusform>consulté en ligne %n fois dans la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="33" />
        <source>consulté, pas accepté, expire dans %n jour(s)</source>
        <translation>
            <numerusform>consulté, pas accepté, expire dans %n jour</numerusform>
            <numerusform>consulté, pas accepté, expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="34" />
        <source>a répondu il y a %n jour(s) : répondez-lui</source>
        <translation>
            <numerusform>a répondu il y a %n jour : répondez-lui</numerusform>
            <numerusform>a répondu il y a %n jours : répondez-lui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="35" />
        <source>expire dans %n jour(s) : appelez avant l’échéance</source>
        <translation>
            <numerusform>expire dans %n jour : appelez avant l’échéance</numerusform>
            <numerusform>expire dans %n jours : appelez avant l’échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="36" />
        <source>devis téléchargé il y a %n jour(s), pas accepté : appelez</source>
        <translation>
            <numerusform>devis téléchargé il y a %n jour, pas accepté : appelez</numerusform>
            <numerusform>devis téléchargé il y a %n jours, pas accepté : appelez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="37" />
        <source>consulté il y a %n jour(s), pas accepté : appelez</source>
        <translation>
            <numerusform>consulté il y a %n jour, pas accepté : appelez</numerusform>
            <numerusform>consulté il y a %n jours, pas accepté : appelez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="38" />
        <source>ouvert il y a %n jour(s) : relancez</source>
        <translation>
            <numerusform>ouvert il y a %n jour : relancez</numerusform>
            <numerusform>ouvert il y a %n jours : relancez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="39" />
        <source>appelé il y a %n jour(s) : rappelez ou écrivez</source>
        <translation>
            <numerusform>appelé il y a %n jour : rappelez ou écrivez</numerusform>
            <numerusform>appelé il y a %n jours : rappelez ou écrivez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="40" />
        <source>envoyé il y a %n jour(s), jamais ouvert : téléphonez ou renvoyez</source>
        <translation>
            <numerusform>envoyé il y a %n jour, jamais ouvert : téléphonez ou renvoyez</numerusform>
            <numerusform>envoyé il y a %n jours, jamais ouvert : téléphonez ou renvoyez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="41" />
        <source>envoyé il y a %n jour(s), ni consultation ni réponse : téléphonez ou renvoyez</source>
        <translation>
            <numerusform>envoyé il y a %n jour, ni consultation ni réponse : téléphonez ou renvoyez</numerusform>
            <numerusform>envoyé il y a %n jours, ni consultation ni réponse : téléphonez ou renvoyez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="42" />
        <source>envoyé il y a %n jour(s) : laissez-lui le temps</source>
        <translation>
            <numerusform>envoyé il y a %n jour : laissez-lui le temps</numerusform>
            <numerusform>envoyé il y a %n jours : laissez-lui le temps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="43" />
        <source>facture échue depuis %n jour(s) : relancez le paiement</source>
        <translation>
            <numerusform>facture échue depuis %n jour : relancez le paiement</numerusform>
            <numerusform>facture échue depuis %n jours : relancez le paiement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="32" />
        <source>a répondu aujourd’hui : répondez-lui</source>
        <translation>a répondu aujourd’hui : répondez-lui</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="33" />
        <source>expire aujourd’hui : appelez avant l’échéance</source>
        <translation>expire aujourd’hui : appelez avant l’échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="34" />
        <source>devis téléchargé aujourd’hui, pas accepté : appelez</source>
        <translation>devis téléchargé aujourd’hui, pas accepté : appelez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="35" />
        <source>consulté aujourd’hui, pas accepté : appelez</source>
        <translation>consulté aujourd’hui, pas accepté : appelez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="36" />
        <source>ouvert aujourd’hui : relancez</source>
        <translation>ouvert aujourd’hui : relancez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="37" />
        <source>appelé aujourd’hui : rappelez ou écrivez</source>
        <translation>appelé aujourd’hui : rappelez ou écrivez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="38" />
        <source>envoyé aujourd’hui, jamais ouvert : téléphonez ou renvoyez</source>
        <translation>envoyé aujourd’hui, jamais ouvert : téléphonez ou renvoyez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="39" />
        <source>envoyé aujourd’hui, ni consultation ni réponse : téléphonez ou renvoyez</source>
        <translation>envoyé aujourd’hui, ni consultation ni réponse : téléphonez ou renvoyez</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="41" />
        <source>envoyé aujourd’hui : laissez-lui le temps</source>
        <translation>envoyé aujourd’hui : laissez-lui le temps</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="45" />
        <source>accepté : envoyez un remerciement et la suite</source>
        <translation>accepté : envoyez un remerciement et la suite</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="25" />
        <source> (ouvertures non suivies : pas d’accord du contact)</source>
        <translation> (ouvertures non suivies : pas d’accord du contact)</translation>
    </message>
    </context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/followups/view.py" line="328" />
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
        <location filename="../../desktop/gui/settings/imap_page.py" line="165" />
        <source>%n message(s) dans le dossier %1</source>
        <translation>
            <numerusform>%n message dans le dossier %1</numerusform>
            <numerusform>%n messages dans le dossier %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="173" />
        <source>Connexion réussie : %1</source>
        <translation>Connexion réussie : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="174" />
        <source>Échec de la connexion : %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="12" />
        <source>Serveur :</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="22" />
        <source>vide : pas de détection des réponses</source>
        <translation>vide : pas de détection des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="29" />
        <source>Port et sécurité :</source>
        <translation>Port et sécurité :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="56" />
        <source>Identifiant :</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="69" />
        <source>Mot de passe :</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="86" />
        <source>Dossier lu :</source>
        <translation>Dossier lu :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="103" />
        <source>Dossier des envoyés :</source>
        <translation>Dossier des envoyés :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="113" />
        <source>vide : trouvé dans la boîte (« Envoyés », Sent…)</source>
        <translation>vide : trouvé dans la boîte (« Envoyés », Sent…)</translation>
    </message>
    </context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="156" />
        <source>%1 lignes lues. Vérifiez la correspondance des colonnes puis cliquez sur « Vérifier ».</source>
        <translation>%1 lignes lues. Vérifiez la correspondance des colonnes puis cliquez sur « Vérifier ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="242" />
        <source>Opération annulée : rien n'a été importé.</source>
        <translation>Opération annulée : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="250" />
        <source>L'opération a échoué, rien n'a été importé : %1</source>
        <translation>L'opération a échoué, rien n'a été importé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="256" />
        <source>Vérification terminée : rien n'a encore été importé.</source>
        <translation>Vérification terminée : rien n'a encore été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="261" />
        <source>Import terminé : %1 créés, %2 mis à jour, %3 ignorés.</source>
        <translation>Import terminé : %1 créés, %2 mis à jour, %3 ignorés.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="277" />
        <source>Rapport enregistré (%1 rejets) : %2</source>
        <translation>Rapport enregistré (%1 rejets) : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="36" />
        <source>Le fichier est vide : il n'y a rien à importer.</source>
        <translation>Le fichier est vide : il n'y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="44" />
        <source>Les accents de ce fichier sont déjà abîmés (par exemple « Ã© » au lieu de « é ») : il a été converti avec un mauvais encodage. Exportez-le de nouveau en « CSV UTF-8 ».</source>
        <translation>Les accents de ce fichier sont déjà abîmés (par exemple « Ã© » au lieu de « é ») : il a été converti avec un mauvais encodage. Exportez-le de nouveau en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="46" />
        <source>Les anciens classeurs .xls ne sont pas pris en charge : enregistrez-le en .xlsx ou en CSV.</source>
        <translation>Les anciens classeurs .xls ne sont pas pris en charge : enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="52" />
        <source>Le fichier CSV est mal formé (guillemets non fermés ?).</source>
        <translation>Le fichier CSV est mal formé (guillemets non fermés ?).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="64" />
        <source>un guillemet (") ouvre une cellule qui n'est jamais fermée : fermez-le, ou retirez-le s'il fait partie du texte</source>
        <translation>un guillemet (") ouvre une cellule qui n'est jamais fermée : fermez-le, ou retirez-le s'il fait partie du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="69" />
        <location filename="../../desktop/gui/transfer/import_texts.py" line="70" />
        <source>adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)</source>
        <translation>adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="71" />
        <location filename="../../desktop/gui/transfer/import_texts.py" line="72" />
        <source>numéro de téléphone non valide (exemple : 06 12 34 56 78)</source>
        <translation>numéro de téléphone non valide (exemple : 06 12 34 56 78)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="74" />
        <source>numéro de TVA intracommunautaire non valide (exemple : FR40303265045)</source>
        <translation>numéro de TVA intracommunautaire non valide (exemple : FR40303265045)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="79" />
        <location filename="../../desktop/gui/transfer/import_texts.py" line="80" />
        <source>réponse attendue : oui ou non</source>
        <translation>réponse attendue : oui ou non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="87" />
        <source>valeur refusée : %1</source>
        <translation>valeur refusée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="21" />
        <source>Le fichier contient :</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="87" />
        <source>Doublons :</source>
        <translation>Doublons :</translation>
    </message>
    </context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="168" />
        <source>Indiquez l'avancement cumulé : ce qui est déjà facturé est déduit.</source>
        <translation>Indiquez l'avancement cumulé : ce qui est déjà facturé est déduit.</translation>
    </message>
    </context>
<context>
    <name>Invoices</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="48" />
        <source>(%n jour(s))</source>
        <translation>
            <numerusform>(%n jour)</numerusform>
            <numerusform>(%n jours)</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>InvoicesView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/invoices/view.py" line="286" />
        <source>%n facture(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/invoices/view.py" line="288" />
        <source>%n échue(s)</source>
        <translation>
            <numerusform>%n échue</numerusform>
            <numerusform>%n échues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="357" />
        <source>Brouillon de facture créé : vérifiez-le puis émettez-le.</source>
        <translation>Brouillon de facture créé : vérifiez-le puis émettez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="376" />
        <source>Brouillon d'avoir créé pour %1 : émettez-le pour annuler la facture.</source>
        <translation>Brouillon d'avoir créé pour %1 : émettez-le pour annuler la facture.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="394" />
        <source>Facture %1 émise : elle ne peut plus être modifiée.</source>
        <translation>Facture %1 émise : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="404" />
        <source>Pour émettre cette facture, il manque :</source>
        <translation>Pour émettre cette facture, il manque :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="460" />
        <source>%1 part pour %2 (pièce jointe : %3).</source>
        <translation>%1 part pour %2 (pièce jointe : %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="477" />
        <source>Exporté dans %1 : %2</source>
        <translation>Exporté dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="137" />
        <source>Trousseau indisponible : mots de passe non enregistrés</source>
        <translation>Trousseau indisponible : mots de passe non enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="139" />
        <source>Le seul trousseau disponible enregistre les secrets en clair dans un fichier : Relance n’y enregistre ni mot de passe ni clé. Installez ou déverrouillez un trousseau système (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d’identification Windows).</source>
        <translation>Le seul trousseau disponible enregistre les secrets en clair dans un fichier : Relance n’y enregistre ni mot de passe ni clé. Installez ou déverrouillez un trousseau système (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d’identification Windows).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="143" />
        <source>Aucun trousseau système n’est disponible : Relance n’enregistre ni mot de passe ni clé. Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d’identification Windows). Le reste de l’application fonctionne normalement.</source>
        <translation>Aucun trousseau système n’est disponible : Relance n’enregistre ni mot de passe ni clé. Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d’identification Windows). Le reste de l’application fonctionne normalement.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    </context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/settings/mail.py" line="108" />
        <source>Réglages enregistrés : ils s’appliqueront au prochain démarrage.</source>
        <translation>Réglages enregistrés : ils s’appliqueront au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MailSignIn</name>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="21" />
        <source>Votre connexion %provider a expiré ou a été retirée : reconnectez-vous dans Paramètres › Envoi. Les messages en attente attendent, rien n’est perdu.</source>
        <translation>Votre connexion %provider a expiré ou a été retirée : reconnectez-vous dans Paramètres › Envoi. Les messages en attente attendent, rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="23" />
        <source>Votre organisation doit d’abord approuver Relance : demandez à votre administrateur Microsoft 365 d’accorder le consentement administrateur à Relance (centre d’administration Microsoft Entra › Applications d’entreprise), puis reconnectez-vous.</source>
        <translation>Votre organisation doit d’abord approuver Relance : demandez à votre administrateur Microsoft 365 d’accorder le consentement administrateur à Relance (centre d’administration Microsoft Entra › Applications d’entreprise), puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="27" />
        <source>Les règles d’accès de votre organisation bloquent cette connexion : demandez à votre administrateur d’autoriser Relance, ou connectez-vous par le navigateur plutôt qu’avec un code.</source>
        <translation>Les règles d’accès de votre organisation bloquent cette connexion : demandez à votre administrateur d’autoriser Relance, ou connectez-vous par le navigateur plutôt qu’avec un code.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="30" />
        <source>La connexion a été annulée : cliquez de nouveau sur « Se connecter » quand vous serez prêt.</source>
        <translation>La connexion a été annulée : cliquez de nouveau sur « Se connecter » quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="32" />
        <source>La connexion n’a pas été terminée dans le navigateur en %minutes minutes : cliquez de nouveau sur « Se connecter ».</source>
        <translation>La connexion n’a pas été terminée dans le navigateur en %minutes minutes : cliquez de nouveau sur « Se connecter ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="34" />
        <source>La réponse du navigateur n’appartenait pas à cette connexion (peut-être une autre fenêtre) : connectez-vous de nouveau.</source>
        <translation>La réponse du navigateur n’appartenait pas à cette connexion (peut-être une autre fenêtre) : connectez-vous de nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="36" />
        <source>Le serveur de connexion %provider est injoignable : vérifiez votre connexion ; Relance réessaiera plus tard.</source>
        <translation>Le serveur de connexion %provider est injoignable : vérifiez votre connexion ; Relance réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="38" />
        <source>Cette installation de Relance n’a pas d’identifiant d’application %provider (client ID) : utilisez un mot de passe d’application avec la connexion par mot de passe, ou demandez à la personne qui a installé Relance d’en renseigner un.</source>
        <translation>Cette installation de Relance n’a pas d’identifiant d’application %provider (client ID) : utilisez un mot de passe d’application avec la connexion par mot de passe, ou demandez à la personne qui a installé Relance d’en renseigner un.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="41" />
        <source>%provider a refusé l’identifiant d’application de Relance (%error) : le client ID des paramètres est faux, ou non autorisé dans votre organisation.</source>
        <translation>%provider a refusé l’identifiant d’application de Relance (%error) : le client ID des paramètres est faux, ou non autorisé dans votre organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="43" />
        <source>Connectez-vous d’abord à %provider : Paramètres › Envoi › « Se connecter ».</source>
        <translation>Connectez-vous d’abord à %provider : Paramètres › Envoi › « Se connecter ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="44" />
        <source>La connexion ne peut pas être gardée : aucun trousseau système n’est disponible (voir Paramètres).</source>
        <translation>La connexion ne peut pas être gardée : aucun trousseau système n’est disponible (voir Paramètres).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="46" />
        <source>%provider a refusé la connexion : %error %description</source>
        <translation>%provider a refusé la connexion : %error %description</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="47" />
        <source>Microsoft 365 n’accepte plus de mot de passe pour l’envoi (authentification de base désactivée dans votre organisation) : choisissez « Se connecter avec Microsoft » dans Paramètres › Envoi. Serveur : %words</source>
        <translation>Microsoft 365 n’accepte plus de mot de passe pour l’envoi (authentification de base désactivée dans votre organisation) : choisissez « Se connecter avec Microsoft » dans Paramètres › Envoi. Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="50" />
        <source>L’envoi par SMTP est désactivé pour votre organisation ou votre boîte Microsoft 365 : demandez à votre administrateur d’activer « SMTP authentifié » pour votre boîte (centre d’administration Microsoft 365 › Utilisateurs › Courrier › Gérer les applications de messagerie). Serveur : %words</source>
        <translation>L’envoi par SMTP est désactivé pour votre organisation ou votre boîte Microsoft 365 : demandez à votre administrateur d’activer « SMTP authentifié » pour votre boîte (centre d’administration Microsoft 365 › Utilisateurs › Courrier › Gérer les applications de messagerie). Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="55" />
        <source>Microsoft 365 a refusé la connexion pour l’envoi : vérifiez que l’adresse d’envoi est bien le compte connecté ; si oui, demandez à votre administrateur d’activer « SMTP authentifié » pour votre boîte. Serveur : %words</source>
        <translation>Microsoft 365 a refusé la connexion pour l’envoi : vérifiez que l’adresse d’envoi est bien le compte connecté ; si oui, demandez à votre administrateur d’activer « SMTP authentifié » pour votre boîte. Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="59" />
        <source>Microsoft 365 a refusé le mot de passe : vérifiez-le, ou choisissez « Se connecter avec Microsoft » (Microsoft désactive les mots de passe pour l’envoi fin décembre 2026). Serveur : %words</source>
        <translation>Microsoft 365 a refusé le mot de passe : vérifiez-le, ou choisissez « Se connecter avec Microsoft » (Microsoft désactive les mots de passe pour l’envoi fin décembre 2026). Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="62" />
        <source>Google refuse ici votre mot de passe habituel : créez un mot de passe d’application (Compte Google › Sécurité › Mots de passe des applications, validation en deux étapes activée) et saisissez-le à la place, ou choisissez « Se connecter avec Google ». Serveur : %words</source>
        <translation>Google refuse ici votre mot de passe habituel : créez un mot de passe d’application (Compte Google › Sécurité › Mots de passe des applications, validation en deux étapes activée) et saisissez-le à la place, ou choisissez « Se connecter avec Google ». Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="66" />
        <source>Le serveur a refusé la connexion : reconnectez-vous dans Paramètres › Envoi. Serveur : %words</source>
        <translation>Le serveur a refusé la connexion : reconnectez-vous dans Paramètres › Envoi. Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="68" />
        <source>La boîte a refusé la connexion : vérifiez que vous êtes connecté avec cette adresse et que l’IMAP est autorisé pour votre boîte (Microsoft 365 : votre administrateur décide). Serveur : %words</source>
        <translation>La boîte a refusé la connexion : vérifiez que vous êtes connecté avec cette adresse et que l’IMAP est autorisé pour votre boîte (Microsoft 365 : votre administrateur décide). Serveur : %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="113" />
        <source>Cliquez sur « Se connecter avec Microsoft » et connectez-vous dans le navigateur. Si Microsoft demande l’approbation d’un administrateur (AADSTS65001), votre administrateur doit approuver Relance ; il doit aussi laisser « SMTP authentifié » activé pour votre boîte (sinon : erreur 5.7.139).</source>
        <translation>Cliquez sur « Se connecter avec Microsoft » et connectez-vous dans le navigateur. Si Microsoft demande l’approbation d’un administrateur (AADSTS65001), votre administrateur doit approuver Relance ; il doit aussi laisser « SMTP authentifié » activé pour votre boîte (sinon : erreur 5.7.139).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="117" />
        <source>Cliquez sur « Se connecter avec Google ». Si votre organisation n’autorise pas cette connexion, choisissez « Mot de passe » et saisissez un mot de passe d’application (Compte Google › Sécurité › Mots de passe des applications, validation en deux étapes activée).</source>
        <translation>Cliquez sur « Se connecter avec Google ». Si votre organisation n’autorise pas cette connexion, choisissez « Mot de passe » et saisissez un mot de passe d’application (Compte Google › Sécurité › Mots de passe des applications, validation en deux étapes activée).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="120" />
        <source>Identifiant : votre adresse complète. Avec la double authentification, créez un mot de passe d’application dans le Manager Infomaniak.</source>
        <translation>Identifiant : votre adresse complète. Avec la double authentification, créez un mot de passe d’application dans le Manager Infomaniak.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="124" />
        <source>Identifiant : votre adresse complète ; mot de passe : celui de votre boîte %1.</source>
        <translation>Identifiant : votre adresse complète ; mot de passe : celui de votre boîte %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="136" />
        <source>Relance dépose une copie de chaque message envoyé dans votre dossier « Envoyés » (par l’IMAP de l’onglet Réponses), une seule fois, sans jamais retarder l’envoi.</source>
        <translation>Relance dépose une copie de chaque message envoyé dans votre dossier « Envoyés » (par l’IMAP de l’onglet Réponses), une seule fois, sans jamais retarder l’envoi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="138" />
        <source>Votre fournisseur (Gmail, Microsoft 365) range lui-même les messages envoyés dans « Envoyés » : Relance n’en ajoute pas de seconde copie.</source>
        <translation>Votre fournisseur (Gmail, Microsoft 365) range lui-même les messages envoyés dans « Envoyés » : Relance n’en ajoute pas de seconde copie.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="140" />
        <source>Aucune copie : les messages envoyés par Relance n’apparaîtront pas dans votre dossier « Envoyés ».</source>
        <translation>Aucune copie : les messages envoyés par Relance n’apparaîtront pas dans votre dossier « Envoyés ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="142" />
        <source>Pour déposer une copie dans « Envoyés », renseignez la boîte IMAP (onglet Réponses).</source>
        <translation>Pour déposer une copie dans « Envoyés », renseignez la boîte IMAP (onglet Réponses).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="143" />
        <source>Mode local : les messages restent dans le dossier d’envoi de cet ordinateur.</source>
        <translation>Mode local : les messages restent dans le dossier d’envoi de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    </context>
<context>
    <name>MemberPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="53" />
        <source>%n contact(s) à ajouter (Suppr retire de la liste)</source>
        <translation>
            <numerusform>%n contact à ajouter (Suppr le retire de la liste)</numerusform>
            <numerusform>%n contacts à ajouter (Suppr retire de la liste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="54" />
        <source>Ajouter %n contact(s)</source>
        <translation>
            <numerusform>Ajouter %n contact</numerusform>
            <numerusform>Ajouter %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/member_picker.py" line="27" />
        <source>Ajouter des contacts à « %1 »</source>
        <translation>Ajouter des contacts à « %1 »</translation>
    </message>
    </context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="34" />
        <source>Devis accepté !</source>
        <translation>Devis accepté !</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="45" />
        <source>%1 a accepté le devis %2 en ligne (signé : %3). Envoyez vos remerciements.</source>
        <translation>%1 a accepté le devis %2 en ligne (signé : %3). Envoyez vos remerciements.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="48" />
        <source>%1 consulte le devis %2 en ce moment : c’est le moment d’appeler.</source>
        <translation>%1 consulte le devis %2 en ce moment : c’est le moment d’appeler.</translation>
    </message>
    </context>
<context>
    <name>OutboxStatusWidget</name>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="68" />
        <source>Envois : …</source>
        <translation>Envois : …</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="72" />
        <source>Sans serveur SMTP, chaque message est enregistré en fichier .eml dans ce dossier : ouvrez-le avec votre messagerie pour l’envoyer.</source>
        <translation>Sans serveur SMTP, chaque message est enregistré en fichier .eml dans ce dossier : ouvrez-le avec votre messagerie pour l’envoyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/shell/status_widgets.py" line="97" />
        <source>%n en attente</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/shell/status_widgets.py" line="99" />
        <source>%n refusé(s)</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="101" />
        <source>Envois : à jour</source>
        <translation>Envois : à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="105" />
        <source>Aucun serveur SMTP n’est réglé : les messages sont écrits dans %1.</source>
        <translation>Aucun serveur SMTP n’est réglé : les messages sont écrits dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="108" />
        <source>Raison : %1</source>
        <translation>Raison : %1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="192" />
        <source>%1 — reste dû : %2</source>
        <translation>%1 — reste dû : %2</translation>
    </message>
    </context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="103" />
        <source>Le modèle « %1 » contient une erreur, ligne %2 : %3</source>
        <translation>Le modèle « %1 » contient une erreur, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="105" />
        <source>Le modèle « %1 » contient une erreur : %2</source>
        <translation>Le modèle « %1 » contient une erreur : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="111" />
        <source>Le PDF n’a pas pu être produit : %1</source>
        <translation>Le PDF n’a pas pu être produit : %1</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="181" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="217" />
        <source>PDF enregistré : %1</source>
        <translation>PDF enregistré : %1</translation>
    </message>
</context>
<context>
    <name>PhoningDialogForm</name>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="49" />
        <source>Champs remplis à chaque appel : {{ contact.salutation }} (Madame, Monsieur), {{ contact.last_name }}, {{ contact.first_name }}, {{ contact.company }}, {{ salesperson.first_name }}, {{ seller.company }}.</source>
        <translation>Champs remplis à chaque appel : {{ contact.salutation }} (Madame, Monsieur), {{ contact.last_name }}, {{ contact.first_name }}, {{ contact.company }}, {{ salesperson.first_name }}, {{ seller.company }}.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="76" />
        <source>Rappel après « pas de réponse »</source>
        <translation>Rappel après « pas de réponse »</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="90" />
        <source>Rappel après « messagerie »</source>
        <translation>Rappel après « messagerie »</translation>
    </message>
    </context>
<context>
    <name>Pipeline</name>
    </context>
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/pipeline/view.py" line="311" />
        <source>%n opportunité(s)</source>
        <translation>
            <numerusform>%n opportunité</numerusform>
            <numerusform>%n opportunités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="317" />
        <source>Montant : %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="318" />
        <source>Pondéré : %1</source>
        <translation>Pondéré : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pipeline/view.py" line="322" />
        <source>%n opportunité(s) en cours</source>
        <translation>
            <numerusform>%n opportunité en cours</numerusform>
            <numerusform>%n opportunités en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="378" />
        <source>Déplacer « %1 » vers %2</source>
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="17" />
        <source>adresse email non valide (exemple : jeanne.martin@exemple.fr)</source>
        <translation>adresse email non valide (exemple : jeanne.martin@exemple.fr)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="18" />
        <source>numéro de téléphone non valide (exemple : 06 12 34 56 78)</source>
        <translation>numéro de téléphone non valide (exemple : 06 12 34 56 78)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="19" />
        <source>SIRET non valide : sa clé de contrôle est fausse</source>
        <translation>SIRET non valide : sa clé de contrôle est fausse</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="22" />
        <source>numéro de TVA intracommunautaire non valide (exemple : FR40303265045)</source>
        <translation>numéro de TVA intracommunautaire non valide (exemple : FR40303265045)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="23" />
        <source>IBAN non valide : vérifiez les chiffres</source>
        <translation>IBAN non valide : vérifiez les chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="32" />
        <source>n’est pas un nombre (exemple : 1 234,5)</source>
        <translation>n’est pas un nombre (exemple : 1 234,5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="36" />
        <source>n’est pas une date (exemple : 27/11/2026)</source>
        <translation>n’est pas une date (exemple : 27/11/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="39" />
        <source>valeur refusée pour le champ « %1 »</source>
        <translation>valeur refusée pour le champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="42" />
        <source>un champ « %1 » existe déjà</source>
        <translation>un champ « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="46" />
        <source>le choix « %1 » est en double</source>
        <translation>le choix « %1 » est en double</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="51" />
        <source>l’adresse du serveur de suivi ne doit contenir ni « ? » ni « # »</source>
        <translation>l’adresse du serveur de suivi ne doit contenir ni « ? » ni « # »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="52" />
        <source>%1 est une adresse locale : vos clients ne peuvent pas l’atteindre</source>
        <translation>%1 est une adresse locale : vos clients ne peuvent pas l’atteindre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="56" />
        <source>le modèle prend trop de temps (plus de %1 s) : vérifiez ses boucles</source>
        <translation>le modèle prend trop de temps (plus de %1 s) : vérifiez ses boucles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="58" />
        <source>le modèle fabrique un texte trop long : vérifiez ses répétitions (*, join, center, indent, wordwrap, format…)</source>
        <translation>le modèle fabrique un texte trop long : vérifiez ses répétitions (*, join, center, indent, wordwrap, format…)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="60" />
        <source>le modèle répète trop d’opérations : vérifiez ses boucles et ses macros</source>
        <translation>le modèle répète trop d’opérations : vérifiez ses boucles et ses macros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="61" />
        <source>le modèle produit trop de texte : vérifiez ses boucles</source>
        <translation>le modèle produit trop de texte : vérifiez ses boucles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="62" />
        <source>un nombre du modèle devient trop grand : vérifiez ses calculs</source>
        <translation>un nombre du modèle devient trop grand : vérifiez ses calculs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="63" />
        <source>une boucle du modèle compte trop d’éléments (%1 au plus) : vérifiez ses boucles</source>
        <translation>une boucle du modèle compte trop d’éléments (%1 au plus) : vérifiez ses boucles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="65" />
        <source>le modèle s’appelle lui-même trop profondément : vérifiez ses macros et ses inclusions</source>
        <translation>le modèle s’appelle lui-même trop profondément : vérifiez ses macros et ses inclusions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="67" />
        <source>le modèle demande trop de mémoire : vérifiez ses boucles et ses répétitions</source>
        <translation>le modèle demande trop de mémoire : vérifiez ses boucles et ses répétitions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="68" />
        <source>le modèle a arrêté le moteur de rendu (trop de mémoire ?) : vérifiez ses boucles et ses répétitions</source>
        <translation>le modèle a arrêté le moteur de rendu (trop de mémoire ?) : vérifiez ses boucles et ses répétitions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="76" />
        <source>Sans suivi : %1. Le message part avec le devis en pièce jointe, sans pixel ni lien : le client l’accepte en répondant. Pour suivre les ouvertures et proposer l’acceptation en ligne, déployez le serveur de suivi hébergé (packaging/tracker) à une adresse HTTPS publique, puis indiquez-la dans Paramètres › Messagerie et suivi.</source>
        <translation>Sans suivi : %1. Le message part avec le devis en pièce jointe, sans pixel ni lien : le client l’accepte en répondant. Pour suivre les ouvertures et proposer l’acceptation en ligne, déployez le serveur de suivi hébergé (packaging/tracker) à une adresse HTTPS publique, puis indiquez-la dans Paramètres › Messagerie et suivi.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    </context>
<context>
    <name>Queries</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="66" />
        <source>%n contact(s) correspondent</source>
        <translation>
            <numerusform>%n contact correspond</numerusform>
            <numerusform>%n contacts correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="59" />
        <source>%n contact(s) seront modifiés.</source>
        <translation>
            <numerusform>%n contact sera modifié.</numerusform>
            <numerusform>%n contacts seront modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="62" />
        <source>Retirer %n contact(s) de la requête</source>
        <translation>
            <numerusform>Retirer %n contact de la requête</numerusform>
            <numerusform>Retirer %n contacts de la requête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="61" />
        <source>%n contact(s) retiré(s) de la requête. Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact retiré de la requête. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n contacts retirés de la requête. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="65" />
        <source>Ajouter %n contact(s) à la requête</source>
        <translation>
            <numerusform>Ajouter %n contact à la requête</numerusform>
            <numerusform>Ajouter %n contacts à la requête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="63" />
        <source>%n contact(s) ajouté(s) à la requête.</source>
        <translation>
            <numerusform>%n contact ajouté à la requête.</numerusform>
            <numerusform>%n contacts ajoutés à la requête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="64" />
        <source>%n déjà membre(s).</source>
        <translation>
            <numerusform>%n déjà membre.</numerusform>
            <numerusform>%n déjà membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="60" />
        <source>Exporter %n contact(s) ?</source>
        <translation>
            <numerusform>Exporter %n contact ?</numerusform>
            <numerusform>Exporter %n contacts ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="77" />
        <source>Étiquette :</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="83" />
        <source>Ajouter l'étiquette « %1 » ?</source>
        <translation>Ajouter l'étiquette « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="83" />
        <source>Retirer l'étiquette « %1 » ?</source>
        <translation>Retirer l'étiquette « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="95" />
        <source>Statut :</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="99" />
        <source>Définir le statut ?</source>
        <translation>Définir le statut ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="106" />
        <source>Commercial :</source>
        <translation>Commercial :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="111" />
        <source>Attribuer ces contacts à un commercial ?</source>
        <translation>Attribuer ces contacts à un commercial ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="138" />
        <source>Champ :</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="145" />
        <source>(vide : effacer)</source>
        <translation>(vide : effacer)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="149" />
        <source>Nombre (par exemple 1 234,5) ; vide pour effacer :</source>
        <translation>Nombre (par exemple 1 234,5) ; vide pour effacer :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="150" />
        <source>Date (jj/mm/aaaa) ; vide pour effacer :</source>
        <translation>Date (jj/mm/aaaa) ; vide pour effacer :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="151" />
        <source>Texte ; vide pour effacer :</source>
        <translation>Texte ; vide pour effacer :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="158" />
        <source>Valeur refusée pour « %1 » : %2</source>
        <translation>Valeur refusée pour « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="161" />
        <source>Donner à « %1 » la valeur « %2 » ?</source>
        <translation>Donner à « %1 » la valeur « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="162" />
        <source>Effacer « %1 » ?</source>
        <translation>Effacer « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="69" />
        <source>Retirer les contacts sélectionnés de cette requête statique (Suppr) ; Ctrl+Z annule</source>
        <translation>Retirer les contacts sélectionnés de cette requête statique (Suppr) ; Ctrl+Z annule</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="107" />
        <source>Requête statique : ajoutez ou retirez des membres à la main.</source>
        <translation>Requête statique : ajoutez ou retirez des membres à la main.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="18" />
        <source>Contact : nom</source>
        <translation>Contact : nom</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="19" />
        <source>Contact : prénom</source>
        <translation>Contact : prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="20" />
        <source>Contact : fonction</source>
        <translation>Contact : fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="21" />
        <source>Contact : e-mail</source>
        <translation>Contact : e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="22" />
        <source>Contact : téléphone</source>
        <translation>Contact : téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="23" />
        <source>Contact : portable</source>
        <translation>Contact : portable</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="24" />
        <source>Contact : code postal</source>
        <translation>Contact : code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="25" />
        <source>Contact : ville</source>
        <translation>Contact : ville</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="26" />
        <source>Contact : statut</source>
        <translation>Contact : statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="27" />
        <source>Contact : créé le</source>
        <translation>Contact : créé le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="28" />
        <source>Contact : commercial</source>
        <translation>Contact : commercial</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="29" />
        <source>Contact : étiquettes</source>
        <translation>Contact : étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="32" />
        <source>Consentement au suivi : réponse</source>
        <translation>Consentement au suivi : réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="36" />
        <source>Société : raison sociale</source>
        <translation>Société : raison sociale</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="37" />
        <source>Société : ville</source>
        <translation>Société : ville</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="38" />
        <source>Société : code postal</source>
        <translation>Société : code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="39" />
        <source>Société : forme juridique</source>
        <translation>Société : forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="40" />
        <source>Société : SIRET</source>
        <translation>Société : SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="41" />
        <source>Opportunité : étape</source>
        <translation>Opportunité : étape</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="42" />
        <source>Opportunité : résultat</source>
        <translation>Opportunité : résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="43" />
        <source>Opportunité : montant</source>
        <translation>Opportunité : montant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="44" />
        <source>Opportunité : date de signature prévue</source>
        <translation>Opportunité : date de signature prévue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="45" />
        <source>Dernier devis : date d'envoi</source>
        <translation>Dernier devis : date d'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="46" />
        <source>Dernier devis : statut</source>
        <translation>Dernier devis : statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="47" />
        <source>Dernier devis : montant TTC</source>
        <translation>Dernier devis : montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="48" />
        <source>Dernier devis : dernière ouverture</source>
        <translation>Dernier devis : dernière ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="49" />
        <source>Dernier devis : date de validité</source>
        <translation>Dernier devis : date de validité</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="50" />
        <source>Dernier échange : date</source>
        <translation>Dernier échange : date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="106" />
        <source>Dynamique : réévaluée à chaque usage</source>
        <translation>Dynamique : réévaluée à chaque usage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="107" />
        <source>Statique : membres figés à l'enregistrement</source>
        <translation>Statique : membres figés à l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="239" />
        <source>Requête incomplète : %1</source>
        <translation>Requête incomplète : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="272" />
        <source>Requête enregistrée : %1</source>
        <translation>Requête enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="286" />
        <source>Supprimer la requête « %1 » ?</source>
        <translation>Supprimer la requête « %1 » ?</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="208" />
        <source>Société : %1</source>
        <translation>Société : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="209" />
        <source>Contact : %1</source>
        <translation>Contact : %1</translation>
    </message>
    </context>
<context>
    <name>QuoteEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="71" />
        <source>Le devis n’est pas finalisé : %n élément(s) manque(nt).</source>
        <translation>
            <numerusform>Le devis n’est pas finalisé : %n élément manque.</numerusform>
            <numerusform>Le devis n’est pas finalisé : %n éléments manquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="143" />
        <source>Pour finaliser ce devis, il manque :</source>
        <translation>Pour finaliser ce devis, il manque :</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="288" />
        <source>Ce document n’est plus un brouillon (statut : %1) : il ne peut plus être modifié.</source>
        <translation>Ce document n’est plus un brouillon (statut : %1) : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="386" />
        <source>Le prix saisi (%1) est %2 fois celui du catalogue (%3). Le garder ?</source>
        <translation>Le prix saisi (%1) est %2 fois celui du catalogue (%3). Le garder ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="387" />
        <source>Le prix saisi (%1) est %2 fois plus petit que celui du catalogue (%3). Le garder ?</source>
        <translation>Le prix saisi (%1) est %2 fois plus petit que celui du catalogue (%3). Le garder ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="423" />
        <source>Ligne %1 : %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="453" />
        <source>Corrigez d’abord : %1</source>
        <translation>Corrigez d’abord : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="477" />
        <source>Certaines valeurs saisies ne sont pas valides : fermer sans enregistrer ?</source>
        <translation>Certaines valeurs saisies ne sont pas valides : fermer sans enregistrer ?</translation>
    </message>
    </context>
<context>
    <name>QuoteEditorHeader</name>
    </context>
<context>
    <name>QuoteLines</name>
    </context>
<context>
    <name>QuoteList</name>
    </context>
<context>
    <name>QuoteOptions</name>
    </context>
<context>
    <name>QuoteOptionsForm</name>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="124" />
        <source>Cadre de signature « Bon pour accord »</source>
        <translation>Cadre de signature « Bon pour accord »</translation>
    </message>
    </context>
<context>
    <name>Quotes</name>
    </context>
<context>
    <name>QuotesView</name>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="222" />
        <source>« %1 » n’est pas un montant</source>
        <translation>« %1 » n’est pas un montant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/view.py" line="249" />
        <source>%n devis</source>
        <translation>
            <numerusform>%n devis</numerusform>
            <numerusform>%n devis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="250" />
        <source>Total HT : %1   ·   Total TTC : %2</source>
        <translation>Total HT : %1   ·   Total TTC : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/view.py" line="254" />
        <source>Total des devis listés, une fois chacun : %n version(s) remplacée(s) ou bon(s) de commande (qui reprend son devis accepté) listé(s) mais non compté(s).</source>
        <translation>
            <numerusform>Total des devis listés, une fois chacun : %n version remplacée ou bon de commande (qui reprend son devis accepté) listé mais non compté.</numerusform>
            <numerusform>Total des devis listés, une fois chacun : %n versions remplacées ou bons de commande (qui reprennent leur devis accepté) listés mais non comptés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="411" />
        <source>Le devis %1 a-t-il été signé « Bon pour accord » par %2 ? Un devis accepté ne peut plus être remplacé.</source>
        <translation>Le devis %1 a-t-il été signé « Bon pour accord » par %2 ? Un devis accepté ne peut plus être remplacé.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="424" />
        <source>Marquer le devis %1 comme refusé ?</source>
        <translation>Marquer le devis %1 comme refusé ?</translation>
    </message>
    </context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/gui/kit/record_dialog.py" line="228" />
        <source>Partiellement coché : pas encore demandé</source>
        <translation>Partiellement coché : pas encore demandé</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/kit/list_view.py" line="260" />
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
        <location filename="../../desktop/gui/_relance_plurals.py" line="76" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="77" />
        <source>%n contact(s) inscrit(s)</source>
        <translation>
            <numerusform>%n contact inscrit</numerusform>
            <numerusform>%n contacts inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="128" />
        <source>n° de campagne phoning, vide : tâche</source>
        <translation>n° de campagne phoning, vide : tâche</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="44" />
        <source>Arrêté : %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    </context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="91" />
        <source>Adresse d’horodatage refusée : elle commence par https:// (ou http://) et ne contient ni identifiant ni mot de passe.</source>
        <translation>Adresse d’horodatage refusée : elle commence par https:// (ou http://) et ne contient ni identifiant ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="136" />
        <source>Fichier introuvable : vérifiez son emplacement.</source>
        <translation>Fichier introuvable : vérifiez son emplacement.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="137" />
        <source>Le certificat ne s’ouvre pas : mot de passe incorrect, ou ce n’est pas un fichier PKCS#12 avec sa clé.</source>
        <translation>Le certificat ne s’ouvre pas : mot de passe incorrect, ou ce n’est pas un fichier PKCS#12 avec sa clé.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="12" />
        <source>Clé de scellement :</source>
        <translation>Clé de scellement :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="34" />
        <source>Votre propre certificat (fichier PKCS#12 : .p12 ou .pfx)</source>
        <translation>Votre propre certificat (fichier PKCS#12 : .p12 ou .pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="43" />
        <source>Fichier du certificat :</source>
        <translation>Fichier du certificat :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="67" />
        <source>Mot de passe du certificat :</source>
        <translation>Mot de passe du certificat :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="84" />
        <source>Horodatage (TSA) :</source>
        <translation>Horodatage (TSA) :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="94" />
        <source>vide : sans horodatage (l’heure de votre ordinateur)</source>
        <translation>vide : sans horodatage (l’heure de votre ordinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="115" />
        <source>Un devis signé en ligne est scellé (PAdES) par cette clé : toute modification du PDF se voit. Le certificat créé par Relance suffit à prouver l’intégrité ; un certificat d’une autorité reconnue et un service d’horodatage (adresse RFC 3161 de votre prestataire) renforcent la preuve. Les mots de passe restent dans le trousseau du système.</source>
        <translation>Un devis signé en ligne est scellé (PAdES) par cette clé : toute modification du PDF se voit. Le certificat créé par Relance suffit à prouver l’intégrité ; un certificat d’une autorité reconnue et un service d’horodatage (adresse RFC 3161 de votre prestataire) renforcent la preuve. Les mots de passe restent dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>SellerForm</name>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="44" />
        <source>RCS : registre du commerce et des sociétés</source>
        <translation>RCS : registre du commerce et des sociétés</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="45" />
        <source>RM : répertoire des métiers (artisans)</source>
        <translation>RM : répertoire des métiers (artisans)</translation>
    </message>
    </context>
<context>
    <name>SellerSettingsDialog</name>
    </context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="49" />
        <source>Le contact du devis n’a pas d’adresse e-mail : ajoutez-la sur sa fiche.</source>
        <translation>Le contact du devis n’a pas d’adresse e-mail : ajoutez-la sur sa fiche.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="51" />
        <source>Ce contact a demandé à ne plus recevoir d’e-mails : le devis ne peut pas lui être envoyé.</source>
        <translation>Ce contact a demandé à ne plus recevoir d’e-mails : le devis ne peut pas lui être envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="61" />
        <source>Un champ contient un retour à la ligne interdit : %1</source>
        <translation>Un champ contient un retour à la ligne interdit : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="63" />
        <source>Le modèle d’e-mail contient une erreur : %1</source>
        <translation>Le modèle d’e-mail contient une erreur : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="152" />
        <source>Votre adresse d’expéditeur n’est pas encore renseignée : indiquez-la dans les réglages de la messagerie, puis rouvrez cette fenêtre.</source>
        <translation>Votre adresse d’expéditeur n’est pas encore renseignée : indiquez-la dans les réglages de la messagerie, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="197" />
        <source>Vérifiez le message, puis cliquez sur « Envoyer ».</source>
        <translation>Vérifiez le message, puis cliquez sur « Envoyer ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="208" />
        <source>complet : le contact a accepté le suivi ; ouvertures, clics et consultations vous seront signalés, et le message lui permet de retirer son accord.</source>
        <translation>complet : le contact a accepté le suivi ; ouvertures, clics et consultations vous seront signalés, et le message lui permet de retirer son accord.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="215" />
        <source>sans pixel ni lien suivi : %1. Vous saurez quand il consulte ou accepte le devis en ligne.</source>
        <translation>sans pixel ni lien suivi : %1. Vous saurez quand il consulte ou accepte le devis en ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="224" />
        <source>désactivé pour ce contact (politique de suivi de l’entreprise ou refus du contact) : ni pixel ni lien personnel.</source>
        <translation>désactivé pour ce contact (politique de suivi de l’entreprise ou refus du contact) : ni pixel ni lien personnel.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="273" />
        <source>Pièces jointes : %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="274" />
        <source>Taille : %1 Ko</source>
        <translation>Taille : %1 Ko</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="320" />
        <source>Devis mis en file d’envoi : il part dans un instant.</source>
        <translation>Devis mis en file d’envoi : il part dans un instant.</translation>
    </message>
</context>
<context>
    <name>SendDialogForm</name>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="27" />
        <source>À :</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="38" />
        <source>Cc :</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="49" />
        <source>Objet :</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="58" />
        <source>Pièce jointe :</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="66" />
        <source>Suivi :</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="84" />
        <source>Exactement ce qui sera envoyé (les images distantes ne sont pas chargées) :</source>
        <translation>Exactement ce qui sera envoyé (les images distantes ne sont pas chargées) :</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../../desktop/gui/settings/common.py" line="97" />
        <source>Aucun trousseau sûr n’est disponible : les mots de passe et clés ne peuvent pas être enregistrés. Les autres réglages le sont.</source>
        <translation>Aucun trousseau sûr n’est disponible : les mots de passe et clés ne peuvent pas être enregistrés. Les autres réglages le sont.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/common.py" line="128" />
        <source>Le trousseau a refusé d’enregistrer le mot de passe ou la clé : rien n’a été enregistré. Déverrouillez le trousseau puis réessayez.</source>
        <translation>Le trousseau a refusé d’enregistrer le mot de passe ou la clé : rien n’a été enregistré. Déverrouillez le trousseau puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    </context>
<context>
    <name>SmtpPage</name>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="195" />
        <source>Connecté : %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="251" />
        <source>Connexion réussie : Relance enverra avec le compte %1.</source>
        <translation>Connexion réussie : Relance enverra avec le compte %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="268" />
        <source>Déconnecté : Relance ne peut plus envoyer avec ce compte.</source>
        <translation>Déconnecté : Relance ne peut plus envoyer avec ce compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="312" />
        <source>✓ %1 : réussi</source>
        <translation>✓ %1 : réussi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="314" />
        <source>✗ %1 : échec. %2</source>
        <translation>✗ %1 : échec. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="316" />
        <source>aucun dossier « Envoyés » trouvé : indiquez son nom dans l’onglet Réponses.</source>
        <translation>aucun dossier « Envoyés » trouvé : indiquez son nom dans l’onglet Réponses.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="347" />
        <source>Message de test envoyé à %1. Réponse du serveur : %2</source>
        <translation>Message de test envoyé à %1. Réponse du serveur : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="348" />
        <source>Échec. Réponse exacte du serveur : %2</source>
        <translation>Échec. Réponse exacte du serveur : %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="12" />
        <source>Votre adresse e-mail :</source>
        <translation>Votre adresse e-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="29" />
        <source>Fournisseur :</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="49" />
        <source>Connexion :</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="97" />
        <source>Serveur d’envoi :</source>
        <translation>Serveur d’envoi :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="107" />
        <source>vide : mode local (fichiers .eml)</source>
        <translation>vide : mode local (fichiers .eml)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="114" />
        <source>Port et sécurité :</source>
        <translation>Port et sécurité :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="141" />
        <source>Identifiant :</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="155" />
        <source>Mot de passe :</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="172" />
        <source>Nom de l’expéditeur :</source>
        <translation>Nom de l’expéditeur :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="189" />
        <source>Signature :</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="212" />
        <source>Dossier « Envoyés » :</source>
        <translation>Dossier « Envoyés » :</translation>
    </message>
    </context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="12" />
        <source>Serveur :</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="22" />
        <source>vide : base locale sur ce poste</source>
        <translation>vide : base locale sur ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="29" />
        <source>Port :</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="52" />
        <source>Base :</source>
        <translation>Base :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="69" />
        <source>Utilisateur :</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="86" />
        <source>Mot de passe :</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="103" />
        <source>Chiffrement (TLS) :</source>
        <translation>Chiffrement (TLS) :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="117" />
        <source>Certificat de l’autorité (CA) :</source>
        <translation>Certificat de l’autorité (CA) :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="129" />
        <source>vide : autorités reconnues par le système</source>
        <translation>vide : autorités reconnues par le système</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="101" />
        <source>Serveur refusé : indiquez son nom ou son adresse, sans espace ni « / ».</source>
        <translation>Serveur refusé : indiquez son nom ou son adresse, sans espace ni « / ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="166" />
        <source>✓ %1 : réussi</source>
        <translation>✓ %1 : réussi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="168" />
        <source>✗ %1 : échec. %2</source>
        <translation>✗ %1 : échec. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="175" />
        <source>le serveur ne propose pas de chiffrement : connexion non chiffrée</source>
        <translation>le serveur ne propose pas de chiffrement : connexion non chiffrée</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="176" />
        <source>base vide : Relance la préparera au prochain démarrage</source>
        <translation>base vide : Relance la préparera au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="178" />
        <source>ancienne : Relance la mettra à jour au prochain démarrage</source>
        <translation>ancienne : Relance la mettra à jour au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="184" />
        <source>Ce nom est inconnu : vérifiez son orthographe ou votre connexion à Internet.</source>
        <translation>Ce nom est inconnu : vérifiez son orthographe ou votre connexion à Internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="185" />
        <source>Le serveur refuse la connexion sur ce port : vérifiez le port (5432 en général) et que PostgreSQL accepte les connexions réseau.</source>
        <translation>Le serveur refuse la connexion sur ce port : vérifiez le port (5432 en général) et que PostgreSQL accepte les connexions réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="187" />
        <source>Le serveur ne répond pas : un pare-feu bloque peut-être ce port.</source>
        <translation>Le serveur ne répond pas : un pare-feu bloque peut-être ce port.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="188" />
        <source>Le serveur est injoignable depuis ce poste : vérifiez le réseau.</source>
        <translation>Le serveur est injoignable depuis ce poste : vérifiez le réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="189" />
        <source>Le serveur ne propose pas de chiffrement alors qu’il est exigé : activez TLS sur le serveur ou demandez-le à votre hébergeur.</source>
        <translation>Le serveur ne propose pas de chiffrement alors qu’il est exigé : activez TLS sur le serveur ou demandez-le à votre hébergeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="191" />
        <source>Le certificat du serveur n’est signé par aucune autorité connue : choisissez le certificat de l’autorité (CA) que donne votre hébergeur.</source>
        <translation>Le certificat du serveur n’est signé par aucune autorité connue : choisissez le certificat de l’autorité (CA) que donne votre hébergeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="193" />
        <source>Le certificat ne correspond pas à ce nom de serveur : utilisez le nom exact donné par votre hébergeur.</source>
        <translation>Le certificat ne correspond pas à ce nom de serveur : utilisez le nom exact donné par votre hébergeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="197" />
        <source>Le serveur a fermé la connexion : est-ce bien un serveur PostgreSQL ?</source>
        <translation>Le serveur a fermé la connexion : est-ce bien un serveur PostgreSQL ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="198" />
        <source>Utilisateur ou mot de passe refusé : vérifiez-les.</source>
        <translation>Utilisateur ou mot de passe refusé : vérifiez-les.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="200" />
        <source>Cette base n’existe pas sur le serveur : vérifiez son nom.</source>
        <translation>Cette base n’existe pas sur le serveur : vérifiez son nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="201" />
        <source>Le serveur n’accepte pas ce poste (pg_hba.conf) : demandez à votre administrateur d’autoriser votre adresse.</source>
        <translation>Le serveur n’accepte pas ce poste (pg_hba.conf) : demandez à votre administrateur d’autoriser votre adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="203" />
        <source>La base a été préparée par une version plus récente de Relance : mettez Relance à jour sur ce poste.</source>
        <translation>La base a été préparée par une version plus récente de Relance : mettez Relance à jour sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="205" />
        <source>La version de la base n’a pas pu être lue : l’utilisateur a-t-il les droits ?</source>
        <translation>La version de la base n’a pas pu être lue : l’utilisateur a-t-il les droits ?</translation>
    </message>
    </context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="49" />
        <source>Modèle « %1 »</source>
        <translation>Modèle « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="60" />
        <source>Les variables du devis s’écrivent {{ … }} ; « Vérifier » essaie le modèle sur un devis exemple.</source>
        <translation>Les variables du devis s’écrivent {{ … }} ; « Vérifier » essaie le modèle sur un devis exemple.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="95" />
        <source>Modèle enregistré : il fonctionne sur le devis exemple.</source>
        <translation>Modèle enregistré : il fonctionne sur le devis exemple.</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="135" />
        <source>Les modèles livrés ne se modifient pas : dupliquez-en un, puis modifiez la copie.</source>
        <translation>Les modèles livrés ne se modifient pas : dupliquez-en un, puis modifiez la copie.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="179" />
        <source>Modèle copié : %1</source>
        <translation>Modèle copié : %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    </context>
<context>
    <name>TotalsPanel</name>
    </context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="53" />
        <source>Recommandation de la CNIL : suivi des ouvertures avec consentement (ou contact antérieur au 14 avril 2026 informé, sans opposition)</source>
        <translation>Recommandation de la CNIL : suivi des ouvertures avec consentement (ou contact antérieur au 14 avril 2026 informé, sans opposition)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="57" />
        <source>Jamais : aucun lien du tracker, devis en PDF joint</source>
        <translation>Jamais : aucun lien du tracker, devis en PDF joint</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="98" />
        <source>Cochez la case de responsabilité pour choisir « Toujours », ou gardez la recommandation de la CNIL.</source>
        <translation>Cochez la case de responsabilité pour choisir « Toujours », ou gardez la recommandation de la CNIL.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="109" />
        <source>Les ouvertures d’un e-mail ne sont mesurées qu’avec le consentement du contact, professionnels compris ; la consultation du devis en ligne, son téléchargement, l’acceptation et les réponses restent signalés sans pixel.</source>
        <translation>Les ouvertures d’un e-mail ne sont mesurées qu’avec le consentement du contact, professionnels compris ; la consultation du devis en ligne, son téléchargement, l’acceptation et les réponses restent signalés sans pixel.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="114" />
        <source>Je comprends que « Toujours » mesure l’ouverture des e-mails de contacts qui n’y ont pas consenti, ce que la recommandation de la CNIL sur les pixels de suivi n’admet pas pour les personnes en France, et que l’entreprise en porte la responsabilité. Les refus et les retraits restent respectés.</source>
        <translation>Je comprends que « Toujours » mesure l’ouverture des e-mails de contacts qui n’y ont pas consenti, ce que la recommandation de la CNIL sur les pixels de suivi n’admet pas pour les personnes en France, et que l’entreprise en porte la responsabilité. Les refus et les retraits restent respectés.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="118" />
        <source>Aucun pixel, aucun lien du tracker : le devis part en pièce jointe.</source>
        <translation>Aucun pixel, aucun lien du tracker : le devis part en pièce jointe.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="146" />
        <source>Démonstration : le serveur de suivi intégré tourne sur cet ordinateur ; seuls les messages du dossier local portent ses liens.</source>
        <translation>Démonstration : le serveur de suivi intégré tourne sur cet ordinateur ; seuls les messages du dossier local portent ses liens.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="150" />
        <source>Adresse publique en HTTPS : vérifiez-la avec « Tester la connexion ».</source>
        <translation>Adresse publique en HTTPS : vérifiez-la avec « Tester la connexion ».</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="169" />
        <source> Mais %1 : les e-mails réels partiront sans suivi.</source>
        <translation> Mais %1 : les e-mails réels partiront sans suivi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="185" />
        <source>Connexion réussie : %1</source>
        <translation>Connexion réussie : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="186" />
        <source>Échec de la connexion : %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="12" />
        <source>Adresse du serveur :</source>
        <translation>Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="22" />
        <source>vide : serveur de suivi intégré sur cet ordinateur</source>
        <translation>vide : serveur de suivi intégré sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="45" />
        <source>Clé d’API :</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="76" />
        <source>Politique de suivi :</source>
        <translation>Politique de suivi :</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="119" />
        <source>Conserver les événements :</source>
        <translation>Conserver les événements :</translation>
    </message>
    </context>
<context>
    <name>TrackerStatusLabel</name>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="24" />
        <location filename="../../desktop/gui/shell/status_widgets.py" line="41" />
        <source>Suivi : démarrage…</source>
        <translation>Suivi : démarrage…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="40" />
        <source>Suivi : en ligne</source>
        <translation>Suivi : en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="40" />
        <source>Suivi : hors ligne</source>
        <translation>Suivi : hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="41" />
        <source>Suivi : erreur</source>
        <translation>Suivi : erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="43" />
        <source>Suivi : pas de serveur public</source>
        <translation>Suivi : pas de serveur public</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="49" />
        <source>Le serveur de suivi ne répond pas : nouvel essai dans %1 s. Les envois suivis attendent son retour ; rien n’est perdu.</source>
        <translation>Le serveur de suivi ne répond pas : nouvel essai dans %1 s. Les envois suivis attendent son retour ; rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="52" />
        <source>Le serveur de suivi refuse la connexion (clé d’API ?). Vérifiez Paramètres › Messagerie et suivi.</source>
        <translation>Le serveur de suivi refuse la connexion (clé d’API ?). Vérifiez Paramètres › Messagerie et suivi.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/signing/verify_dialog.ui" line="11" />
        <source>Choisissez un PDF scellé, ou déposez-le dans cette fenêtre : Relance dit s'il est intact, qui l'a scellé, quand, et si le devis d'origine est celui du dossier de preuve.</source>
        <translation>Choisissez un PDF scellé, ou déposez-le dans cette fenêtre : Relance dit s'il est intact, qui l'a scellé, quand, et si le devis d'origine est celui du dossier de preuve.</translation>
    </message>
    </context>
<context>
    <name>WelcomeDialog</name>
    </context>
<context>
    <name>WelcomeForm</name>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="13" />
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Qui relancer, quand, et comment. Indiquez votre société : elle figurera sur vos devis. Tout peut être complété plus tard.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Qui relancer, quand, et comment. Indiquez votre société : elle figurera sur vos devis. Tout peut être complété plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="293" />
        <source>vide : l’email de la société</source>
        <translation>vide : l’email de la société</translation>
    </message>
    </context>
</TS>
