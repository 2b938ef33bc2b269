<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="118"/>
        <source>La base de données ne peut pas être ouverte : %1</source>
        <translation>The database cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="154"/>
        <source>Chargement des données de démonstration…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="161"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="249"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="113"/>
        <source>Session d&apos;appels – %1</source>
        <translation>Calling session – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="115"/>
        <source>&lt;p&gt;Pas de script pour cette campagne.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No script for this campaign.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="149"/>
        <source>Faits : %1   Restants : %2   Joints : %3   Cette session : %4</source>
        <translation>Done: %1   Left: %2   Reached: %3   This session: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="195"/>
        <source>Contact suivant…</source>
        <translation>Next contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="242"/>
        <source>Reprendre (P)</source>
        <translation>Resume (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/window.py" line="244"/>
        <source>Session en pause. Appuyez sur P pour reprendre.</source>
        <translation>Session paused. Press P to resume.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="25"/>
        <source>Joint – intéressé</source>
        <translation>Reached – interested</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="25"/>
        <source>Joint – pas intéressé</source>
        <translation>Reached – not interested</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="26"/>
        <source>Messagerie</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="26"/>
        <source>Pas de réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="27"/>
        <source>Faux numéro</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="27"/>
        <source>Rappeler le…</source>
        <translation>Call back at…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="28"/>
        <source>Ne plus appeler</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="33"/>
        <source>Fixe</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="33"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="33"/>
        <source>Standard</source>
        <translation>Switchboard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="3"/>
        <source>il y a %n minute(s)</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="4"/>
        <source>il y a %n heure(s)</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="5"/>
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="62"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="66"/>
        <source>Aucun numéro</source>
        <translation>No number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="6"/>
        <source>%n appel(s) déjà passé(s)</source>
        <translation>
            <numerusform>%n call already made</numerusform>
            <numerusform>%n calls already made</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="69"/>
        <source>Jamais appelé</source>
        <translation>Never called</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="70"/>
        <source>Heure locale : %1</source>
        <translation>Local time: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="74"/>
        <source>Rien pour l&apos;instant.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="83"/>
        <source>Aucun devis</source>
        <translation>No quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="85"/>
        <source>Dernier devis %1 · %2 · %3 TTC</source>
        <translation>Latest quote %1 · %2 · %3 incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="87"/>
        <source>dernière ouverture : %1</source>
        <translation>last opened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="88"/>
        <source>jamais ouvert</source>
        <translation>never opened</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="7"/>
        <source>%n consultation(s) en ligne</source>
        <translation>
            <numerusform>%n online view</numerusform>
            <numerusform>%n online views</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/call_list/panels.py" line="99"/>
        <source>Session terminée</source>
        <translation>Session finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="8"/>
        <source>%n appel(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="9"/>
        <source>%n joint(s)</source>
        <translation>
            <numerusform>%n reached</numerusform>
            <numerusform>%n reached</numerusform>
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
    <name>CallListForm</name>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="8"/>
        <source>Session d&apos;appels</source>
        <translation>Calling session</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="16"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="21"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="83"/>
        <source>Historique récent</source>
        <translation>Recent history</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="89"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="105"/>
        <source>Note d&apos;appel (N pour écrire, Échap pour revenir aux touches)</source>
        <translation>Call note (N to write, Esc to go back to the keys)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="115"/>
        <source>Rappeler le :</source>
        <translation>Call back on:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="124"/>
        <source>Valider (Entrée)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="139"/>
        <source>1  Joint – intéressé</source>
        <translation>1  Reached – interested</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="146"/>
        <source>2  Joint – pas intéressé</source>
        <translation>2  Reached – not interested</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="153"/>
        <source>3  Messagerie</source>
        <translation>3  Voicemail</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="160"/>
        <source>4  Pas de réponse</source>
        <translation>4  No answer</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="167"/>
        <source>5  Faux numéro</source>
        <translation>5  Wrong number</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="174"/>
        <source>6  Rappeler le…</source>
        <translation>6  Call back at…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/call_list.ui" line="181"/>
        <source>7  Ne plus appeler</source>
        <translation>7  Do not call</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <location filename="../../ui/followups/call_log_dialog.ui" line="5"/>
        <source>Appel de relance</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="180"/>
        <source>pas de numéro</source>
        <translation>no number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="182"/>
        <source>Joint — intéressé</source>
        <translation>Reached — interested</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="183"/>
        <source>Joint — pas intéressé</source>
        <translation>Reached — not interested</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="184"/>
        <source>Messagerie</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="184"/>
        <source>Pas de réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/followups/call_log_dialog.ui" line="11"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/followups/call_log_dialog.ui" line="21"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/followups/call_log_dialog.ui" line="32"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/followups/call_log_dialog.ui" line="41"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/followups/call_log_dialog.ui" line="52"/>
        <source>Prochaine relance</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="188"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="189"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../desktop/gui/campaigns/dialogs.py" line="23"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="162"/>
        <source>Requête</source>
        <translation>Smart query</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="24"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="24"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="24"/>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="24"/>
        <source>Terminée</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="25"/>
        <source>Envoi en cours</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/view.py" line="26"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="33"/>
        <source>&lt;b&gt;Campagnes phoning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phoning campaigns&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="35"/>
        <source>Nouvelle campagne phoning</source>
        <translation>New phoning campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="36"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="37"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="162"/>
        <source>Ajouter des comptes</source>
        <translation>Add accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="41"/>
        <source>Lancer une session d&apos;appels</source>
        <translation>Start a calling session</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/bulk.py" line="36"/>
        <source>Créez d&apos;abord une campagne phoning (vue Campagnes).</source>
        <translation>Create a phoning campaign first (Campaigns view).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/bulk.py" line="39"/>
        <source>Ajouter à une campagne phoning</source>
        <translation>Add to a phoning campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/bulk.py" line="40"/>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="49"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="28"/>
        <source>Campagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="45"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="81"/>
        <source>Mettre en pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="129"/>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="63"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="49"/>
        <source>Marquer terminée</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="51"/>
        <source>Clore la campagne : plus de session d&apos;appels (Ctrl+Z annule)</source>
        <translation>Close the campaign: no more calling sessions (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="28"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="49"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="28"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="28"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="28"/>
        <source>Restants</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="29"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="102"/>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="29"/>
        <source>Joints</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="29"/>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="102"/>
        <source>Taux de joignabilité</source>
        <translation>Reach rate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="55"/>
        <source>&lt;b&gt;Campagnes email&lt;/b&gt;</source>
        <translation>&lt;b&gt;Email campaigns&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="58"/>
        <source>Nouvelle campagne email</source>
        <translation>New email campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="59"/>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="206"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="60"/>
        <source>Envoi test</source>
        <translation>Test send</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="61"/>
        <source>Envoyer / reprendre</source>
        <translation>Send / resume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="62"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="69"/>
        <source>Arrêter l&apos;envoi pour de bon : les messages pas encore envoyés ne le seront pas (Ctrl+Z annule)</source>
        <translation>Stop sending for good: messages not sent yet never will be (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="49"/>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="33"/>
        <source>Ouvertures suivies (contacts qui ont accepté) : %1 sur %2 (%3)</source>
        <translation>Tracked opens (contacts who accepted): %1 of %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="37"/>
        <source>mesure agrégée et anonyme des autres : ≈ %1 au plus (%2 ouvertures pour %3 messages), exemptée de consentement</source>
        <translation>aggregate anonymous measure of the others: ≈ %1 at most (%2 opens for %3 messages), exempt from consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="40"/>
        <source>Pas encore de mesure d’ouverture pour cette campagne.</source>
        <translation>No open measure for this campaign yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="49"/>
        <source>Envoyés</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="49"/>
        <source>Délivrés</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="50"/>
        <source>Ouvertures</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="50"/>
        <source>Ouvertures machine</source>
        <translation>Machine opens</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="50"/>
        <source>Clics</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="50"/>
        <source>Désinscriptions</source>
        <translation>Unsubscribes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="51"/>
        <source>Échecs</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="51"/>
        <source>Exclus</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="103"/>
        <source>Par commercial (appels / joints)</source>
        <translation>Per salesperson (calls / reached)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="103"/>
        <source>Par jour</source>
        <translation>Per day</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="180"/>
        <source>La campagne « %1 » est en pause : reprenez-la pour lancer une session d&apos;appels.</source>
        <translation>The campaign “%1” is paused: resume it to start a calling session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="183"/>
        <source>La campagne « %1 » est terminée : rouvrez-la pour lancer une session d&apos;appels.</source>
        <translation>The campaign “%1” is done: reopen it to start a calling session.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="155"/>
        <source>Une campagne e-mail a besoin du serveur de suivi hébergé pour son lien de désinscription (%1). Déployez-le (packaging/tracker) et indiquez son adresse HTTPS dans Paramètres › Messagerie et suivi.</source>
        <translation>An email campaign needs the hosted tracker for its unsubscribe link (%1). Deploy it (packaging/tracker) and enter its HTTPS address in Settings › Mail and tracking.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="15"/>
        <source>%n contact(s) ajouté(s) à la campagne</source>
        <translation>
            <numerusform>%n contact added to the campaign</numerusform>
            <numerusform>%n contacts added to the campaign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="17"/>
        <source>Marquer la campagne « %1 » comme terminée ? %n contact(s) restent à appeler.</source>
        <translation>
            <numerusform>Mark the campaign “%1” as done? %n contact is still to call.</numerusform>
            <numerusform>Mark the campaign “%1” as done? %n contacts are still to call.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="16"/>
        <source>Marquer la campagne « %1 » comme terminée ? %n message(s) pas encore envoyé(s) ne le seront pas.</source>
        <translation>
            <numerusform>Mark the campaign “%1” as done? %n message not sent yet never will be.</numerusform>
            <numerusform>Mark the campaign “%1” as done? %n messages not sent yet never will be.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="191"/>
        <source>Cette campagne n&apos;a aucun destinataire.</source>
        <translation>This campaign has no recipient.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="225"/>
        <source>Email de test placé dans la boîte d&apos;envoi.</source>
        <translation>Test email placed in the outbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="235"/>
        <source>La campagne « %1 » est terminée : elle n&apos;envoie plus rien.</source>
        <translation>The campaign “%1” is done: it sends nothing more.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="82"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="82"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="215"/>
        <source>Mettre en pause « %1 »</source>
        <translation>Pause “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="216"/>
        <source>Campagne « %1 » en pause : plus de session d&apos;appels jusqu&apos;à sa reprise. Ctrl+Z pour annuler.</source>
        <translation>Campaign “%1” paused: no calling session until it resumes. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="219"/>
        <source>Reprendre « %1 »</source>
        <translation>Resume “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/phoning_panel.py" line="220"/>
        <source>Campagne « %1 » reprise. Ctrl+Z pour annuler.</source>
        <translation>Campaign “%1” resumed. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="132"/>
        <source>Terminer « %1 »</source>
        <translation>Close “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/campaign_list.py" line="133"/>
        <source>Campagne « %1 » terminée. Ctrl+Z pour annuler.</source>
        <translation>Campaign “%1” done. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/campaigns/email_panel.py" line="129"/>
        <source>%1 envoyés sur %2</source>
        <translation>%1 sent of %2</translation>
    </message>
</context>
<context>
    <name>Companies</name>
    <message>
        <location filename="../../desktop/gui/companies/model.py" line="25"/>
        <source>Raison sociale</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/model.py" line="26"/>
        <source>Forme</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/model.py" line="27"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/model.py" line="28"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/model.py" line="29"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/model.py" line="30"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="37"/>
        <source>Rechercher une raison sociale, un SIRET, une ville…</source>
        <translation>Search by legal name, SIRET or city…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="58"/>
        <source>%n société(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="100"/>
        <source>Ce contact n’apparaît pas dans la liste (supprimé ?).</source>
        <translation>This contact is not in the list (deleted?).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="126"/>
        <source>Doublon possible : %1 existe déjà (même SIRET ou même nom).</source>
        <translation>Possible duplicate: %1 already exists (same SIRET or same name).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="139"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="147"/>
        <source>Créer %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="162"/>
        <source>Modifier la société</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/view.py" line="176"/>
        <source>Modifier %1</source>
        <translation>Edit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="184"/>
        <source>Supprimer %n société(s)</source>
        <translation>
            <numerusform>Delete %n company</numerusform>
            <numerusform>Delete %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/view.py" line="185"/>
        <source>%n société(s) supprimée(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n company deleted. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n companies deleted. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDetailPanel</name>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="69"/>
        <source>Nom et fonction</source>
        <translation>Name and job title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="69"/>
        <source>Email et téléphone</source>
        <translation>Email and phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="71"/>
        <source>Double-clic ou Entrée : ouvrir le contact</source>
        <translation>Double-click or Enter: open the contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="73"/>
        <source>Aucun contact dans cette société.</source>
        <translation>No contact in this company.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="76"/>
        <source>Affaire</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="76"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="76"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="77"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="80"/>
        <source>Aucune opportunité ouverte ni aucun devis.</source>
        <translation>No open opportunity and no quote.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="82"/>
        <source>Fil d’activité</source>
        <translation>Activity timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="85"/>
        <source>Ajouter une note au fil de la société…</source>
        <translation>Add a note to the company’s timeline…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="86"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="119"/>
        <source>Sélectionnez une société.</source>
        <translation>Select a company.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/detail.py" line="131"/>
        <source>%n société(s) sélectionnée(s)</source>
        <translation>
            <numerusform>%n company selected</numerusform>
            <numerusform>%n companies selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/companies/detail.py" line="132"/>
        <source>%n contact(s) en tout</source>
        <translation>
            <numerusform>%n contact in all</numerusform>
            <numerusform>%n contacts in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="141"/>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="141"/>
        <source>TVA %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="187"/>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="219"/>
        <source>Opportunité ouverte : %1</source>
        <translation>Open opportunity: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="220"/>
        <source>Clôture prévue</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="224"/>
        <source>brouillon n° %1</source>
        <translation>draft no. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="232"/>
        <source>%1 — double-clic ou Entrée : ouvrir le devis</source>
        <translation>%1 — double-click or Enter: open the quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="234"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="235"/>
        <source>Date d’envoi</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="235"/>
        <source>Pas encore envoyé</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/companies/detail.py" line="239"/>
        <source>Opportunités ouvertes (%1) et devis (%2)</source>
        <translation>Open opportunities (%1) and quotes (%2)</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="45"/>
        <location filename="../../ui/companies/company_dialog.ui" line="16"/>
        <source>Raison sociale</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="46"/>
        <location filename="../../ui/companies/company_dialog.ui" line="38"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="47"/>
        <location filename="../../ui/companies/company_dialog.ui" line="60"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="48"/>
        <location filename="../../ui/companies/company_dialog.ui" line="82"/>
        <source>N° TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="49"/>
        <location filename="../../ui/companies/company_dialog.ui" line="104"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="50"/>
        <location filename="../../ui/companies/company_dialog.ui" line="126"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="51"/>
        <location filename="../../ui/companies/company_dialog.ui" line="148"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="52"/>
        <location filename="../../ui/companies/company_dialog.ui" line="170"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="53"/>
        <location filename="../../ui/companies/company_dialog.ui" line="192"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="54"/>
        <location filename="../../ui/companies/company_dialog.ui" line="214"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="54"/>
        <location filename="../../ui/companies/company_dialog.ui" line="223"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="65"/>
        <source>Modèle refusé : il faut l’année {YYYY} et un compteur {NNNN} (par exemple F-{YYYY}-{NNNN}).</source>
        <translation>Pattern refused: it needs the year {YYYY} and a counter {NNNN} (for example F-{YYYY}-{NNNN}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="70"/>
        <source>Exemple : %1 (s’applique aux prochaines factures émises, sans trou dans l’année)</source>
        <translation>Example: %1 (applies to the next invoices issued, with no gap in the year)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="81"/>
        <source>Modèle refusé : il faut un compteur {NNNN} (par exemple D-{YYYY}-{NNNN}).</source>
        <translation>Pattern refused: it needs one counter {NNNN} (for example D-{YYYY}-{NNNN}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/company_page.py" line="86"/>
        <source>Exemple : %1 (s’applique aux prochains devis finalisés)</source>
        <translation>Example: %1 (applies to the next finalised quotes)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company_page.ui" line="6"/>
        <source>Société et devis</source>
        <translation>Company and quotes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company_page.ui" line="12"/>
        <source>Raison sociale, mentions légales, logo et coordonnées bancaires imprimés sur les devis.</source>
        <translation>Legal name, legal mentions, logo and bank details printed on quotes.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company_page.ui" line="25"/>
        <source>Modifier l’identité de la société…</source>
        <translation>Edit the company identity…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company_page.ui" line="32"/>
        <source>Modèles de devis…</source>
        <translation>Quote templates…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company_page.ui" line="41"/>
        <source>Numérotation des devis</source>
        <translation>Quote numbering</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company_page.ui" line="65"/>
        <source>Numérotation des factures</source>
        <translation>Invoice numbering</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="32"/>
        <source>accepté</source>
        <extracomment>What a change of consent touches: the contact, its timeline, its quotes&apos; &quot;opened&quot; (erased opens), tracking.</extracomment>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="32"/>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="32"/>
        <source>retiré</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="33"/>
        <source>jamais demandé</source>
        <translation>never asked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="34"/>
        <source>informé, sans opposition (contact antérieur au 14 avril 2026)</source>
        <translation>informed, no objection (contact from before 14 April 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="39"/>
        <source>en ligne, depuis l’e-mail du devis</source>
        <translation>online, from the quote email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="39"/>
        <source>par le lien de l’e-mail</source>
        <translation>by the email&apos;s link</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="40"/>
        <source>noté par un commercial</source>
        <translation>noted by a salesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="40"/>
        <source>importé d’un fichier</source>
        <translation>imported from a file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="41"/>
        <source>réponse antérieure, sans date ni texte</source>
        <translation>earlier answer, without date or text</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="56"/>
        <source>Sans accord, les e-mails partent sans pixel ni lien suivi ; la consultation du devis en ligne reste signalée.</source>
        <translation>Without consent, emails leave without pixel or tracked link; viewing the quote online is still reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="137"/>
        <source>Exporter la preuve du consentement</source>
        <translation>Export the consent proof</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="138"/>
        <source>PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="154"/>
        <source>Preuve du consentement enregistrée : %1</source>
        <translation>Consent proof saved: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="87"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="88"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/consent.py" line="103"/>
        <source>Pour un accord, dites comment et quand il a été donné : c’est la preuve que la CNIL demande.</source>
        <translation>For a consent, say how and when it was given: that is the proof the CNIL asks for.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="6"/>
        <source>Consentement au suivi des ouvertures</source>
        <translation>Consent to open tracking</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="16"/>
        <source>Notez la réponse que le contact vous a donnée (au téléphone, de vive voix, par courrier). Elle est gardée avec sa date, votre nom et votre note, comme preuve.</source>
        <translation>Note the answer the contact gave you (by phone, in person, by letter). It is kept with its date, your name and your note, as proof.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="24"/>
        <source>Il accepte que ses ouvertures et clics soient suivis</source>
        <translation>They accept that their opens and clicks are tracked</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="31"/>
        <source>Il refuse (ou retire son accord) : rien n’est plus suivi et ses ouvertures déjà enregistrées sont effacées</source>
        <translation>They refuse (or withdraw): nothing is tracked any more and their stored opens are erased</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="39"/>
        <source>Comment et quand (obligatoire pour un accord) :</source>
        <translation>How and when (required for a consent):</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/consent_dialog.ui" line="47"/>
        <source>ex. accord donné par téléphone le 2 décembre, à Mme Fontaine</source>
        <translation>e.g. consent given by phone on 2 December, to Ms Fontaine</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="170"/>
        <source>Ajouter une note au fil…</source>
        <translation>Add a note to the timeline…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="170"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="41"/>
        <location filename="../../desktop/gui/contacts/detail.py" line="202"/>
        <source>Scénario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="202"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="202"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="207"/>
        <source>Inscrit dans aucun scénario.</source>
        <translation>Not enrolled in any scenario.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="209"/>
        <source>&amp;Inscrire dans un scénario…</source>
        <translation>&amp;Enrol in a scenario…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="211"/>
        <source>Inscrire ce contact dans un scénario en cours (Ctrl+Maj+I)</source>
        <translation>Enrol this contact in a running scenario (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="213"/>
        <source>A&amp;rrêter</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="40"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="40"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="40"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="40"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="41"/>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="41"/>
        <source>Réponse reçue</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="42"/>
        <source>Tâche</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="42"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="42"/>
        <source>Suivi</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="43"/>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="43"/>
        <source>Bon de commande</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="44"/>
        <source>Email non distribué</source>
        <translation>Email not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="44"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="176"/>
        <source>Consentement au suivi…</source>
        <translation>Tracking consent…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="178"/>
        <source>Noter la réponse du contact sur le suivi de ses e-mails</source>
        <translation>Note the contact&apos;s answer about the tracking of their emails</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="181"/>
        <source>Preuve…</source>
        <translation>Proof…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="183"/>
        <source>Exporter la preuve du consentement de ce contact (PDF, Excel ou CSV)</source>
        <translation>Export this contact&apos;s consent proof (PDF, Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="266"/>
        <source>En cours</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="268"/>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="272"/>
        <source>Arrêté : %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="272"/>
        <source>Arrêté</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="280"/>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="323"/>
        <source>Ce scénario n’autorise pas l’arrêt manuel.</source>
        <translation>This scenario does not allow a manual stop.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="325"/>
        <source>Arrêter le scénario sélectionné pour ce contact</source>
        <translation>Stop the selected scenario for this contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="344"/>
        <source>Scénarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="345"/>
        <source>Sélectionnez un contact.</source>
        <translation>Select a contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="346"/>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="347"/>
        <source>Fil d’activité</source>
        <translation>Activity timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/detail.py" line="52"/>
        <source>Aucune activité pour l’instant.</source>
        <translation>No activity yet.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="20"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="16"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="20"/>
        <source>M.</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="20"/>
        <source>Mme</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="21"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="38"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="22"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="60"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="23"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="82"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="23"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="91"/>
        <source>créée si elle n&apos;existe pas</source>
        <translation>created if it does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="24"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="104"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="25"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="126"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="26"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="148"/>
        <source>Email secondaire</source>
        <translation>Secondary email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="27"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="170"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="28"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="192"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="29"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="214"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="30"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="236"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="31"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="258"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="32"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="280"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="32"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="32"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="33"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="302"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="33"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="311"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="34"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="324"/>
        <source>Particulier (consommateur)</source>
        <translation>Private individual (consumer)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="35"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="346"/>
        <source>Consentement au suivi</source>
        <translation>Tracking consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="36"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="368"/>
        <source>Accepte les emails commerciaux</source>
        <translation>Accepts marketing emails</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="37"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="390"/>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_forms.py" line="38"/>
        <location filename="../../ui/contacts/contact_dialog.ui" line="412"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../desktop/gui/quotes/contact_picker.py" line="18"/>
        <source>Nouveau devis — pour quel contact ?</source>
        <translation>New quote — for which contact?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/contact_picker.py" line="19"/>
        <source>Nom du contact ou de sa société…</source>
        <translation>Contact or company name…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/contact_picker.py" line="20"/>
        <source>↑ ↓ pour choisir, Entrée pour créer le devis, Échap pour annuler</source>
        <translation>↑ ↓ to choose, Enter to create the quote, Esc to cancel</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="16"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="16"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="22"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="23"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="24"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="25"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="26"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="27"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/model.py" line="28"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="38"/>
        <source>Rechercher un nom, une société, un email, un téléphone, une ville…</source>
        <translation>Search by name, company, email, phone or city…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="41"/>
        <location filename="../../desktop/gui/contacts/view.py" line="311"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="42"/>
        <source>Fusionner les deux contacts sélectionnés</source>
        <translation>Merge the two selected contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="61"/>
        <source>&amp;Inscrire dans un scénario…</source>
        <translation>&amp;Enrol in a scenario…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="74"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="79"/>
        <source>plus de %1 contacts</source>
        <translation>more than %1 contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="116"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="118"/>
        <source>Fusionner…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="122"/>
        <source>Ajouter à une campagne phoning…</source>
        <translation>Add to a phoning campaign…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="124"/>
        <source>Exporter la preuve du consentement (%n contact(s))…</source>
        <translation>
            <numerusform>Export the consent proof (%n contact)…</numerusform>
            <numerusform>Export the consent proof (%n contacts)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="126"/>
        <source>Exporter la preuve de tous les consentements…</source>
        <translation>Export the proof of every consent…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="170"/>
        <source>Arrêter le scénario</source>
        <translation>Stop the scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="171"/>
        <source>Arrêter le scénario « %1 » pour ce contact ? Il ne recevra plus ses étapes ; cet arrêt est inscrit dans son fil d’activité.</source>
        <translation>Stop the scenario “%1” for this contact? No further steps will reach them; the stop is written in their activity timeline.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="180"/>
        <source>Scénario « %1 » arrêté pour ce contact.</source>
        <translation>Scenario “%1” stopped for this contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="181"/>
        <source>Ce contact n’était plus en cours dans « %1 ».</source>
        <translation>This contact was no longer running in “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="234"/>
        <source>Doublon possible : %1 (%2) existe déjà.</source>
        <translation>Possible duplicate: %1 (%2) already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="235"/>
        <source>même nom</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="249"/>
        <source>Nouveau contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="259"/>
        <source>Créer %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="275"/>
        <source>Modifier le contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="293"/>
        <source>Modifier %1</source>
        <translation>Edit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="128"/>
        <location filename="../../desktop/gui/contacts/view.py" line="301"/>
        <source>Supprimer %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/contacts/view.py" line="302"/>
        <source>%n contact(s) supprimé(s). Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact deleted. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n contacts deleted. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="312"/>
        <source>Fusionner « %1 » dans « %2 » ? Le fil d’activité et les étiquettes sont regroupés ; Ctrl+Z annule la fusion.</source>
        <translation>Merge “%1” into “%2”? Their activity timelines and tags are combined; Ctrl+Z undoes the merge.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/contacts/view.py" line="322"/>
        <source>Fusionner deux contacts</source>
        <translation>Merge two contacts</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="39"/>
        <source>Nouveau champ (%1)</source>
        <translation>New field (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="40"/>
        <source>Modifier le champ « %1 »</source>
        <translation>Edit the field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="56"/>
        <source>Le type d’un champ ne change plus une fois le champ créé.</source>
        <translation>A field’s type cannot change once the field is created.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="63"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="64"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_field_dialog.py" line="148"/>
        <source>Identifiant pour les imports : %1</source>
        <translation>Identifier for imports: %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialogForm</name>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="17"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="32"/>
        <source>par exemple : Date du dernier salon</source>
        <translation>for example: Last trade fair date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="61"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="74"/>
        <source>Choix</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="110"/>
        <source>Ajouter un choix</source>
        <translation>Add a choice</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="117"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="124"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="131"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/settings/custom_field_dialog.ui" line="165"/>
        <source>Double-cliquez sur un choix pour le renommer : les fiches qui l’ont gardent leur valeur.</source>
        <translation>Double-click a choice to rename it: the records that have it keep their value.</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="21"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="21"/>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="21"/>
        <source>Liste de choix</source>
        <translation>Choice list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="25"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="25"/>
        <source>Sociétés</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="41"/>
        <source>nombre, par exemple 1 234,5</source>
        <translation>number, for example 1234.5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/custom_field_editors.py" line="44"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="57"/>
        <source>Ajoutez aux fiches les informations propres à votre métier. Elles se remplissent dans les fiches, se filtrent dans les requêtes, s’importent et s’exportent. Chaque modification s’applique tout de suite ; Ctrl+Z l’annule.</source>
        <translation>Add the information your trade needs to the records. It is filled in on the records, filtered in smart queries, imported and exported. Each change applies at once; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="68"/>
        <source>Champs des fiches</source>
        <translation>Fields of the records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="75"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="75"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="75"/>
        <source>Choix</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="75"/>
        <source>Renseignés</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="83"/>
        <source>Aucun champ personnalisé pour l’instant.</source>
        <translation>No custom field yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="86"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="89"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="91"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="93"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="95"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="99"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="199"/>
        <source>Refusé : %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="234"/>
        <source>Champ « %1 » ajouté.</source>
        <translation>Field “%1” added.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="236"/>
        <source>Ajouter le champ « %1 »</source>
        <translation>Add the field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="268"/>
        <source>Choix retirés</source>
        <translation>Choices removed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="269"/>
        <source>%n fiche(s) utilisent un choix retiré : leur valeur sera effacée. Ctrl+Z l’annule. Continuer ?</source>
        <translation>
            <numerusform>%n record uses a removed choice: its value will be cleared. Ctrl+Z undoes it. Continue?</numerusform>
            <numerusform>%n records use a removed choice: their value will be cleared. Ctrl+Z undoes it. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="284"/>
        <source>Modifier le champ « %1 »</source>
        <translation>Edit the field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="300"/>
        <source>Déplacer le champ « %1 »</source>
        <translation>Move the field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="310"/>
        <source>Supprimer le champ « %1 » ?</source>
        <translation>Delete the field “%1”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="311"/>
        <source>%n valeur(s) renseignée(s) seront perdues (Ctrl+Z les rétablit).</source>
        <translation>
            <numerusform>%n filled-in value will be lost (Ctrl+Z brings it back).</numerusform>
            <numerusform>%n filled-in values will be lost (Ctrl+Z brings them back).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="312"/>
        <source>Aucune fiche ne le renseigne.</source>
        <translation>No record fills it in.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="313"/>
        <source>Supprimer le champ</source>
        <translation>Delete the field</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="326"/>
        <source>Supprimer le champ « %1 »</source>
        <translation>Delete the field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/custom_fields_page.py" line="328"/>
        <source>Champ « %1 » supprimé. Ctrl+Z pour annuler.</source>
        <translation>Field “%1” deleted. Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="59"/>
        <source>Ce mois-ci</source>
        <extracomment>The colour of each chart series (data: the same figure has the same colour in both charts).</extracomment>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="59"/>
        <source>3 derniers mois</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="60"/>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="61"/>
        <source>Depuis le 1er janvier</source>
        <translation>Since 1 January</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="433"/>
        <source>intéressé</source>
        <translation>interested</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="433"/>
        <source>pas intéressé</source>
        <translation>not interested</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="434"/>
        <source>répondeur</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="434"/>
        <source>pas de réponse</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="435"/>
        <source>mauvais numéro</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="435"/>
        <source>à rappeler</source>
        <translation>call back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="436"/>
        <source>ne plus appeler</source>
        <translation>do not call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="450"/>
        <source>Devis du tableau de bord</source>
        <translation>Quotes from the dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="148"/>
        <source>Tableau de bord</source>
        <extracomment>The statuses behind each tile (the quotes view filters on them).</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="157"/>
        <source>Toute l’équipe</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="168"/>
        <location filename="../../desktop/gui/dashboard/view.py" line="192"/>
        <source>Devis envoyés</source>
        <translation>Quotes sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="168"/>
        <source>Taux d’ouverture (humaine)</source>
        <translation>Open rate (human)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="169"/>
        <source>Taux de consultation</source>
        <translation>View rate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="169"/>
        <source>Taux d’acceptation</source>
        <translation>Acceptance rate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="170"/>
        <source>Panier moyen HT</source>
        <translation>Average basket excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="170"/>
        <source>Cycle de vente</source>
        <translation>Sales cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="171"/>
        <source>Devis sans relance planifiée</source>
        <translation>Quotes with no follow-up planned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="172"/>
        <source>Opportunités gagnées</source>
        <translation>Opportunities won</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="192"/>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="192"/>
        <source>Montant devisé HT</source>
        <translation>Quoted excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="193"/>
        <source>Ouverture humaine</source>
        <translation>Human opens</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="193"/>
        <source>Acceptation</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="193"/>
        <source>Montant gagné HT</source>
        <translation>Won excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="194"/>
        <source>Sans relance</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="247"/>
        <source>Calcul…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="268"/>
        <source>devis envoyés du %1 au %2</source>
        <translation>quotes sent from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="280"/>
        <source>%1 HT devisés</source>
        <translation>%1 quoted excl. VAT</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="282"/>
        <source>%n ouverture(s) machine seule(s), non comptée(s)</source>
        <translation>
            <numerusform>%n machine-only open, not counted</numerusform>
            <numerusform>%n machine-only opens, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="283"/>
        <source>%n devis consulté(s) en ligne</source>
        <translation>
            <numerusform>%n quote viewed online</numerusform>
            <numerusform>%n quotes viewed online</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="284"/>
        <source>%1 HT gagnés · %2</source>
        <translation>%1 won excl. VAT · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="285"/>
        <source>%n devis accepté(s)</source>
        <translation>
            <numerusform>%n quote accepted</numerusform>
            <numerusform>%n quotes accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="286"/>
        <source>par devis accepté</source>
        <translation>per accepted quote</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="287"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="288"/>
        <source>du premier envoi à l’acceptation</source>
        <translation>from first sending to acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="289"/>
        <source>devis en attente sans date de relance, aujourd’hui</source>
        <translation>pending quotes with no follow-up date, today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="290"/>
        <source>%1 HT · %2</source>
        <translation>%1 excl. VAT · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="292"/>
        <source>%n perdue(s)</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="299"/>
        <source>Montants HT par mois d’envoi (k€)</source>
        <translation>Amounts excl. VAT by month sent (k€)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="300"/>
        <source>Devisé</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="300"/>
        <source>Gagné</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="330"/>
        <source>Devis par commercial</source>
        <translation>Quotes by salesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="331"/>
        <source>Envoyés</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="331"/>
        <source>Ouverts</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="332"/>
        <source>Consultés</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="333"/>
        <source>Acceptés</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="347"/>
        <location filename="../../desktop/gui/dashboard/view.py" line="360"/>
        <source>Sans commercial</source>
        <translation>No salesperson</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="375"/>
        <source>Phoning : %n appel(s)</source>
        <translation>
            <numerusform>Phoning: %n call</numerusform>
            <numerusform>Phoning: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="378"/>
        <source>Campagnes email : %n lancée(s)</source>
        <translation>
            <numerusform>Email campaigns: %n started</numerusform>
            <numerusform>Email campaigns: %n started</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="379"/>
        <source>%1 messages envoyés, %2 destinataires exclus</source>
        <translation>%1 messages sent, %2 recipients excluded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard/view.py" line="383"/>
        <source>Factures : %1 TTC facturés · %2 encaissés · %3 échus</source>
        <translation>Invoices: %1 incl. VAT invoiced · %2 received · %3 overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dashboard/view.py" line="386"/>
        <source>(%n facture(s) échue(s))</source>
        <translation>
            <numerusform>(%n invoice overdue)</numerusform>
            <numerusform>(%n invoices overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailDialogForm</name>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="5"/>
        <source>Campagne email</source>
        <translation>Email campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="9"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="18"/>
        <source>Requête</source>
        <translation>Smart query</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="27"/>
        <source>Modèle d&apos;email</source>
        <translation>Email template</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="36"/>
        <source>Cadence</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="42"/>
        <source> / minute</source>
        <translation> / minute</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/email_dialog.ui" line="50"/>
        <source> / jour</source>
        <translation> / day</translation>
    </message>
</context>
<context>
    <name>EnrolDialogForm</name>
    <message>
        <location filename="../../ui/scenarios/enrol_dialog.ui" line="6"/>
        <source>Inscrire dans un scénario</source>
        <translation>Enrol in a scenario</translation>
    </message>
    <message>
        <location filename="../../ui/scenarios/enrol_dialog.ui" line="17"/>
        <source>&amp;Scénario :</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location filename="../../ui/scenarios/enrol_dialog.ui" line="28"/>
        <source>Les contacts déjà inscrits dans ce scénario ne sont pas inscrits une seconde fois ; ils sont comptés dans le compte rendu.</source>
        <translation>Contacts already enrolled in this scenario are not enrolled a second time; the report counts them.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../desktop/gui/scenarios/enrol_dialog.py" line="108"/>
        <source>Inscrire dans un scénario</source>
        <translation>Enrol in a scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/enrol_dialog.py" line="40"/>
        <source>Inscrire</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/enrol_dialog.py" line="87"/>
        <source>Aucun contact à inscrire.</source>
        <translation>No contact to enrol.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/enrol_dialog.py" line="103"/>
        <source>Ce scénario n’est pas en cours : démarrez-le avant d’y inscrire des contacts.</source>
        <translation>This scenario is not running: start it before enrolling contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/enrol_dialog.py" line="109"/>
        <source>Aucun scénario en cours. Démarrez un scénario dans la vue Scénarios pour y inscrire des contacts.</source>
        <translation>No scenario is running. Start a scenario in the Scenarios view to enrol contacts in it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="22"/>
        <source>Inscrire %n contact(s) dans le scénario :</source>
        <translation>
            <numerusform>Enrol %n contact in the scenario:</numerusform>
            <numerusform>Enrol %n contacts in the scenario:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="23"/>
        <source>%n étape(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="24"/>
        <source>%n contact(s) inscrit(s) dans « %1 ».</source>
        <translation>
            <numerusform>%n contact enrolled in “%1”.</numerusform>
            <numerusform>%n contacts enrolled in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="25"/>
        <source>%n déjà inscrit(s) ou déjà passé(s) par ce scénario : non inscrit(s) à nouveau.</source>
        <translation>
            <numerusform>%n already enrolled or already through this scenario: not enrolled again.</numerusform>
            <numerusform>%n already enrolled or already through this scenario: not enrolled again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="41"/>
        <source>Opération annulée : rien n’a été enregistré.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="51"/>
        <source>La base de données ne répond pas (réseau ou serveur arrêté) : rien n’a été enregistré. Réessayez dans un instant.</source>
        <translation>The database does not answer (network or server down): nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="54"/>
        <source>Accès refusé au fichier %1.</source>
        <translation>Access to the file %1 was refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="56"/>
        <source>Le fichier %1 est introuvable.</source>
        <translation>The file %1 cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="58"/>
        <source>Le disque est plein : rien n’a été enregistré.</source>
        <translation>The disk is full: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/errors.py" line="67"/>
        <source>Une erreur inattendue s’est produite (%1) : rien n’a été enregistré. Le détail est dans le journal de Relance.</source>
        <translation>An unexpected error occurred (%1): nothing was saved. The details are in Relance&apos;s log.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="31"/>
        <source>Raison sociale</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="31"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="31"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="32"/>
        <source>TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="32"/>
        <location filename="../../desktop/gui/transfer/export.py" line="40"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="33"/>
        <location filename="../../desktop/gui/transfer/export.py" line="40"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="33"/>
        <location filename="../../desktop/gui/transfer/export.py" line="40"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="33"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="34"/>
        <location filename="../../desktop/gui/transfer/export.py" line="39"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="34"/>
        <location filename="../../desktop/gui/transfer/export.py" line="41"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="37"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="37"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="37"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="38"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="38"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="38"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="39"/>
        <source>E-mail 2</source>
        <translation>Email 2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="39"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="41"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="41"/>
        <source>Consentement marketing</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="42"/>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="42"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="86"/>
        <source>societes.xlsx</source>
        <translation>companies.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="86"/>
        <source>contacts.xlsx</source>
        <translation>contacts.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="87"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/export.py" line="88"/>
        <source>Excel (*.xlsx);;CSV pour Excel (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="141"/>
        <source>Non compté : %1</source>
        <translation>Not counted: %1</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="30"/>
        <source>ouvert %n fois dans la dernière heure</source>
        <translation>
            <numerusform>opened %n time in the last hour</numerusform>
            <numerusform>opened %n times in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="31"/>
        <source>depuis %n appareil(s)</source>
        <translation>
            <numerusform>from %n device</numerusform>
            <numerusform>from %n devices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="17"/>
        <location filename="../../desktop/gui/followups/texts.py" line="21"/>
        <source> : appelez maintenant</source>
        <translation>: call now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="45"/>
        <source>accepté : envoyez un remerciement et la suite</source>
        <translation>accepted: send thanks and next steps</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="32"/>
        <source>consulté en ligne %n fois dans la dernière heure</source>
        <translation>
            <numerusform>viewed online %n time in the last hour</numerusform>
            <numerusform>viewed online %n times in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="33"/>
        <source>consulté, pas accepté, expire dans %n jour(s)</source>
        <translation>
            <numerusform>viewed, not accepted, expires in %n day</numerusform>
            <numerusform>viewed, not accepted, expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="34"/>
        <source>a répondu il y a %n jour(s) : répondez-lui</source>
        <translation>
            <numerusform>replied %n day ago: answer</numerusform>
            <numerusform>replied %n days ago: answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="35"/>
        <source>expire dans %n jour(s) : appelez avant l’échéance</source>
        <translation>
            <numerusform>expires in %n day: call before it lapses</numerusform>
            <numerusform>expires in %n days: call before it lapses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="36"/>
        <source>devis téléchargé il y a %n jour(s), pas accepté : appelez</source>
        <translation>
            <numerusform>downloaded the quote %n day ago, not accepted: call</numerusform>
            <numerusform>downloaded the quote %n days ago, not accepted: call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="37"/>
        <source>consulté il y a %n jour(s), pas accepté : appelez</source>
        <translation>
            <numerusform>viewed %n day ago, not accepted: call</numerusform>
            <numerusform>viewed %n days ago, not accepted: call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="38"/>
        <source>ouvert il y a %n jour(s) : relancez</source>
        <translation>
            <numerusform>opened %n day ago: follow up</numerusform>
            <numerusform>opened %n days ago: follow up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="39"/>
        <source>appelé il y a %n jour(s) : rappelez ou écrivez</source>
        <translation>
            <numerusform>called %n day ago: call again or write</numerusform>
            <numerusform>called %n days ago: call again or write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="40"/>
        <source>envoyé il y a %n jour(s), jamais ouvert : téléphonez ou renvoyez</source>
        <translation>
            <numerusform>sent %n day ago, never opened: phone or resend</numerusform>
            <numerusform>sent %n days ago, never opened: phone or resend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="41"/>
        <source>envoyé il y a %n jour(s), ni consultation ni réponse : téléphonez ou renvoyez</source>
        <translation>
            <numerusform>sent %n day ago, no view nor reply: phone or resend</numerusform>
            <numerusform>sent %n days ago, no view nor reply: phone or resend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="42"/>
        <source>envoyé il y a %n jour(s) : laissez-lui le temps</source>
        <translation>
            <numerusform>sent %n day ago: give it time</numerusform>
            <numerusform>sent %n days ago: give it time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="43"/>
        <source>facture échue depuis %n jour(s) : relancez le paiement</source>
        <translation>
            <numerusform>invoice overdue for %n day: chase the payment</numerusform>
            <numerusform>invoice overdue for %n days: chase the payment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="25"/>
        <source> (ouvertures non suivies : pas d’accord du contact)</source>
        <translation> (opens not tracked: no consent from the contact)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="31"/>
        <source>consulté, pas accepté, expire aujourd’hui</source>
        <translation>viewed, not accepted, expires today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="32"/>
        <source>a répondu aujourd’hui : répondez-lui</source>
        <translation>replied today: answer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="33"/>
        <source>expire aujourd’hui : appelez avant l’échéance</source>
        <translation>expires today: call before it lapses</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="34"/>
        <source>devis téléchargé aujourd’hui, pas accepté : appelez</source>
        <translation>downloaded the quote today, not accepted: call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="35"/>
        <source>consulté aujourd’hui, pas accepté : appelez</source>
        <translation>viewed today, not accepted: call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="36"/>
        <source>ouvert aujourd’hui : relancez</source>
        <translation>opened today: follow up</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="37"/>
        <source>appelé aujourd’hui : rappelez ou écrivez</source>
        <translation>called today: call again or write</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="38"/>
        <source>envoyé aujourd’hui, jamais ouvert : téléphonez ou renvoyez</source>
        <translation>sent today, never opened: phone or resend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="39"/>
        <source>envoyé aujourd’hui, ni consultation ni réponse : téléphonez ou renvoyez</source>
        <translation>sent today, no view nor reply: phone or resend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="41"/>
        <source>envoyé aujourd’hui : laissez-lui le temps</source>
        <translation>sent today: give it time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="67"/>
        <source>Appeler</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="68"/>
        <source>Écrire</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="69"/>
        <source>Appeler ou renvoyer</source>
        <translation>Call or resend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="70"/>
        <source>Remercier</source>
        <translation>Thank</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="71"/>
        <source>Attendre</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="78"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="78"/>
        <source>Ouvert</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="79"/>
        <source>Consulté</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="79"/>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/texts.py" line="80"/>
        <source>Facture échue</source>
        <translation>Invoice overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="54"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="54"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="54"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="55"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="55"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="55"/>
        <source>Prochaine relance</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="218"/>
        <source>Qui relancer maintenant</source>
        <translation>Who to follow up now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="240"/>
        <source>Appeler…</source>
        <translation>Call…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="241"/>
        <source>Écrire</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="242"/>
        <source>Reporter…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="243"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="244"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/followups/view.py" line="328"/>
        <source>%n devis sans relance planifiée</source>
        <translation>
            <numerusform>%n quote with no follow-up planned</numerusform>
            <numerusform>%n quotes with no follow-up planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="379"/>
        <source>Relance de paiement enregistrée dans le fil de %1.</source>
        <translation>Payment reminder logged in %1&apos;s timeline.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="385"/>
        <source>Appel enregistré dans le fil de %1.</source>
        <translation>Call saved in %1&apos;s timeline.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="408"/>
        <location filename="../../desktop/gui/followups/view.py" line="414"/>
        <source>Relance reportée au %1.</source>
        <translation>Follow-up snoozed until %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/view.py" line="429"/>
        <location filename="../../desktop/gui/followups/view.py" line="432"/>
        <source>Relance faite.</source>
        <translation>Follow-up done.</translation>
    </message>
</context>
<context>
    <name>ImapPage</name>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="55"/>
        <source>SSL/TLS (port 993)</source>
        <extracomment>The usual port of each security. The provider chosen in Paramètres › Envoi (its sign-in is this mailbox&apos;s); None: the saved one.</extracomment>
        <translation>SSL/TLS (port 993)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="55"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="56"/>
        <source>Aucune (déconseillé)</source>
        <translation>None (not recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="101"/>
        <source>connexion %1 (onglet Envoi)</source>
        <translation>signed in as %1 (Sending tab)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="102"/>
        <source>au compte</source>
        <translation>to the account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="116"/>
        <source>Indiquez l’identifiant de la boîte de réception (IMAP).</source>
        <translation>Enter the login of the incoming mailbox (IMAP).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="131"/>
        <source>Indiquez le serveur IMAP.</source>
        <translation>Enter the IMAP server.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="145"/>
        <source>Indiquez le mot de passe (il sera gardé dans le trousseau).</source>
        <translation>Enter the password (it will be kept in the keyring).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="149"/>
        <source>Connexion…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/settings/imap_page.py" line="165"/>
        <source>%n message(s) dans le dossier %1</source>
        <translation>
            <numerusform>%n message in the folder %1</numerusform>
            <numerusform>%n messages in the folder %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="173"/>
        <source>Connexion réussie : %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/imap_page.py" line="174"/>
        <source>Échec de la connexion : %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="6"/>
        <source>Détection des réponses (IMAP)</source>
        <translation>Reply detection (IMAP)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="12"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="22"/>
        <source>vide : pas de détection des réponses</source>
        <translation>empty: no reply detection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="29"/>
        <source>Port et sécurité :</source>
        <translation>Port and security:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="56"/>
        <source>Identifiant :</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="69"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="86"/>
        <source>Dossier lu :</source>
        <translation>Folder read:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="103"/>
        <source>Dossier des envoyés :</source>
        <translation>Sent folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="113"/>
        <source>vide : trouvé dans la boîte (« Envoyés », Sent…)</source>
        <translation>empty: found in the mailbox (Sent, « Envoyés »…)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/imap_page.ui" line="120"/>
        <source>Tester la connexion</source>
        <translation>Test connection</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="5"/>
        <source>Importer des contacts ou des sociétés</source>
        <translation>Import contacts or companies</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="11"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="16"/>
        <source>Aucun fichier choisi (CSV ou XLSX).</source>
        <translation>No file chosen (CSV or XLSX).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="106"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="107"/>
        <source>Sociétés</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="21"/>
        <source>Le fichier contient :</source>
        <translation>The file contains:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="40"/>
        <source>Colonne du fichier</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="43"/>
        <source>Champ de Relance</source>
        <translation>Relance field</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="46"/>
        <source>Exemples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="63"/>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="115"/>
        <source>Ignorer les doublons</source>
        <translation>Skip duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="116"/>
        <source>Mettre à jour les fiches existantes</source>
        <translation>Update existing records</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="117"/>
        <source>Créer quand même</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="113"/>
        <source>Enregistrer le rapport…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="134"/>
        <source>Importer les lignes valides</source>
        <translation>Import valid rows</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="129"/>
        <source>Ne rien importer</source>
        <translation>Import nothing</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="124"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="87"/>
        <source>Doublons :</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="32"/>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/transfer/import_dialog.ui" line="52"/>
        <source>Aperçu des premières lignes</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="19"/>
        <source>(ne pas importer)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="19"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="19"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="20"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="20"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="20"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="21"/>
        <source>E-mail 2</source>
        <translation>Email 2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="21"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="21"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="22"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="22"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="22"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="23"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="23"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="23"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="24"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="24"/>
        <source>Consentement marketing</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="25"/>
        <source>Consentement au suivi</source>
        <translation>Tracking consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="26"/>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="26"/>
        <source>Raison sociale</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="27"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="27"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="28"/>
        <source>TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="28"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="36"/>
        <source>Le fichier est vide : il n&apos;y a rien à importer.</source>
        <translation>The file is empty: there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="37"/>
        <source>Le fichier ne contient que la ligne d&apos;en-tête, aucune ligne de données.</source>
        <translation>The file only contains the header row, with no data rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="38"/>
        <source>Le fichier est trop volumineux (au plus %1 Mo).</source>
        <translation>The file is too large (%1 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="40"/>
        <source>Le fichier a trop de lignes (au plus %1).</source>
        <translation>The file has too many rows (%1 at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="41"/>
        <source>Le fichier a trop de colonnes (au plus %1).</source>
        <translation>The file has too many columns (%1 at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="43"/>
        <source>Ce fichier n&apos;est pas un fichier texte CSV, ou son encodage est inconnu.</source>
        <translation>This file is not a CSV text file, or its encoding is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="44"/>
        <source>Les accents de ce fichier sont déjà abîmés (par exemple « Ã© » au lieu de « é ») : il a été converti avec un mauvais encodage. Exportez-le de nouveau en « CSV UTF-8 ».</source>
        <translation>The accented letters in this file are already garbled (for example “Ã©” instead of “é”): it was converted with the wrong encoding. Export it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="46"/>
        <source>Les anciens classeurs .xls ne sont pas pris en charge : enregistrez-le en .xlsx ou en CSV.</source>
        <translation>Old .xls workbooks are not supported: save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="48"/>
        <source>Ce fichier n&apos;est pas un classeur XLSX valide.</source>
        <translation>This file is not a valid XLSX workbook.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="49"/>
        <source>La ligne d&apos;en-tête ouvre un guillemet (&quot;) qui n&apos;est jamais fermé.</source>
        <translation>The header row opens a quote (&quot;) that is never closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="51"/>
        <source>La ligne d&apos;en-tête contient des caractères illisibles.</source>
        <translation>The header row contains unreadable characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="52"/>
        <source>Le fichier CSV est mal formé (guillemets non fermés ?).</source>
        <translation>The CSV file is malformed (unclosed quotes?).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="53"/>
        <source>Le fichier ne peut pas être lu.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="62"/>
        <source>la cellule contient un octet nul</source>
        <translation>the cell contains a null byte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="63"/>
        <source>la cellule contient des octets qui ne sont pas du texte valide</source>
        <translation>the cell contains bytes that are not valid text</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="64"/>
        <source>un guillemet (&quot;) ouvre une cellule qui n&apos;est jamais fermée : fermez-le, ou retirez-le s&apos;il fait partie du texte</source>
        <translation>a quote (&quot;) opens a cell that is never closed: close it, or remove it if it belongs to the text</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="66"/>
        <source>la cellule contient des caractères de contrôle invisibles</source>
        <translation>the cell contains invisible control characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="67"/>
        <source>la cellule est trop longue</source>
        <translation>the cell is too long</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="68"/>
        <source>la ligne a plus de cellules que l&apos;en-tête</source>
        <translation>the row has more cells than the header</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="69"/>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="70"/>
        <source>adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)</source>
        <translation>invalid email address (example: jeanne.martin@exemple.fr)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="71"/>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="72"/>
        <source>numéro de téléphone non valide (exemple : 06 12 34 56 78)</source>
        <translation>invalid phone number (example: 06 12 34 56 78)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="73"/>
        <source>SIRET non valide (14 chiffres avec une clé de contrôle juste)</source>
        <translation>invalid SIRET (14 digits with a correct check digit)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="74"/>
        <source>numéro de TVA intracommunautaire non valide (exemple : FR40303265045)</source>
        <translation>invalid EU VAT number (example: FR40303265045)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="75"/>
        <source>il faut un nom ou un prénom</source>
        <translation>a last name or a first name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="76"/>
        <source>il faut une raison sociale</source>
        <translation>a legal name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="77"/>
        <source>statut inconnu (prospect ou client)</source>
        <translation>unknown status (prospect or customer)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="78"/>
        <source>civilité inconnue (M., Mme ou vide)</source>
        <translation>unknown title (M., Mme or empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="79"/>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="80"/>
        <source>réponse attendue : oui ou non</source>
        <translation>expected answer: oui or non (yes or no)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="87"/>
        <source>valeur refusée : %1</source>
        <translation>value rejected: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="149"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="156"/>
        <source>%1 lignes lues. Vérifiez la correspondance des colonnes puis cliquez sur « Vérifier ».</source>
        <translation>%1 rows read. Check the column mapping, then click “Check”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="172"/>
        <source>%1 (champ personnalisé)</source>
        <translation>%1 (custom field)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="101"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="101"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="101"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="101"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="203"/>
        <source>%1 lignes valides, %2 lignes rejetées, %3 doublons (%4 déjà dans Relance, %5 dans le fichier).</source>
        <translation>Valid rows: %1. Rejected rows: %2. Duplicates: %3 (%4 already in Relance, %5 within the file).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="242"/>
        <source>Opération annulée : rien n&apos;a été importé.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="93"/>
        <source>Choisissez la colonne du nom ou du prénom.</source>
        <translation>Choose the column of the last name or first name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="94"/>
        <source>Choisissez la colonne de la raison sociale.</source>
        <translation>Choose the column of the legal name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_texts.py" line="95"/>
        <source>Un même champ est choisi pour deux colonnes.</source>
        <translation>The same field is chosen for two columns.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="250"/>
        <source>L&apos;opération a échoué, rien n&apos;a été importé : %1</source>
        <translation>The operation failed; nothing was imported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="256"/>
        <source>Vérification terminée : rien n&apos;a encore été importé.</source>
        <translation>Check complete: nothing has been imported yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="261"/>
        <source>Import terminé : %1 créés, %2 mis à jour, %3 ignorés.</source>
        <translation>Import complete. Created: %1. Updated: %2. Skipped: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="277"/>
        <source>Rapport enregistré (%1 rejets) : %2</source>
        <translation>Report saved (rejections: %1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="283"/>
        <source>Choisir le fichier à importer</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="284"/>
        <source>Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="307"/>
        <source>Vérification en cours…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="314"/>
        <source>Enregistrer le rapport des lignes rejetées</source>
        <translation>Save the report of rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="315"/>
        <source>lignes-rejetees.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="315"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfer/import_dialog.py" line="324"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="141"/>
        <source>Facture d&apos;acompte</source>
        <translation>Deposit invoice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="141"/>
        <source>Facture de situation</source>
        <translation>Progress invoice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="142"/>
        <source>Facture finale (déduit les acomptes)</source>
        <translation>Final invoice (deducts the deposits)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="144"/>
        <source>% de la commande</source>
        <translation>% of the order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="145"/>
        <source>€ TTC</source>
        <translation>€ incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="146"/>
        <source>Prestation de services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="146"/>
        <source>Livraison de biens</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="147"/>
        <source>Biens et services</source>
        <translation>Goods and services</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="151"/>
        <source>Créer le brouillon</source>
        <translation>Create the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="152"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="156"/>
        <source>Aucun bon de commande accepté à facturer.</source>
        <translation>No accepted purchase order to invoice.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="167"/>
        <source>Une ligne par taux de TVA de la commande, pour la part indiquée.</source>
        <translation>One line per VAT rate of the order, for the share given.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="168"/>
        <source>Indiquez l&apos;avancement cumulé : ce qui est déjà facturé est déduit.</source>
        <translation>Give the cumulative progress: what is already invoiced is deducted.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="169"/>
        <source>Les lignes de la commande, moins les acomptes et situations émis.</source>
        <translation>The order&apos;s lines, less the deposits and progress invoices issued.</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="5"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="11"/>
        <source>Bon de commande</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="20"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="29"/>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="49"/>
        <source>Catégorie de l&apos;opération</source>
        <translation>Category of the operation</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="58"/>
        <source>Livraison / prestation le</source>
        <translation>Delivered / performed on</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/invoice_dialog.ui" line="69"/>
        <source>Adresse de livraison (si différente)</source>
        <translation>Delivery address (if different)</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="55"/>
        <source>Brouillon</source>
        <extracomment>Missing mentions fixed in Paramètres › Ma société (the others on the client&apos;s record or the invoice).</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="55"/>
        <source>Émise</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="56"/>
        <source>Envoyée</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="56"/>
        <source>Payée en partie</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="57"/>
        <source>Échue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="57"/>
        <source>Payée</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="58"/>
        <source>Annulée par avoir</source>
        <translation>Cancelled by credit note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="64"/>
        <source>Acompte</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="64"/>
        <source>Situation</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="65"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="65"/>
        <source>Avoir</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="75"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="75"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="75"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="76"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="76"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="76"/>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="77"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="77"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="77"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="110"/>
        <source>(brouillon)</source>
        <translation>(draft)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="48"/>
        <source>(%n jour(s))</source>
        <translation>
            <numerusform>(%n day)</numerusform>
            <numerusform>(%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="224"/>
        <source>Exporter la facture dans…</source>
        <extracomment>Asks where to export (a folder); tests replace it.</extracomment>
        <translation>Export the invoice to…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="228"/>
        <source>Factures</source>
        <extracomment>Shows the mentions missing to issue; tests replace it (returns True to open « Ma société »).</extracomment>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="246"/>
        <source>Nouvelle facture…</source>
        <translation>New invoice…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="247"/>
        <source>Faire un avoir</source>
        <translation>Make a credit note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="248"/>
        <source>Émettre</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="249"/>
        <source>Enregistrer un règlement…</source>
        <translation>Record a payment…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="250"/>
        <source>Exporter Factur-X, UBL, CII…</source>
        <translation>Export Factur-X, UBL, CII…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="251"/>
        <source>Envoyer par e-mail</source>
        <translation>Send by email</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/invoices/view.py" line="286"/>
        <source>%n facture(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/invoices/view.py" line="288"/>
        <source>%n échue(s)</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="357"/>
        <source>Brouillon de facture créé : vérifiez-le puis émettez-le.</source>
        <translation>Draft invoice created: check it, then issue it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="376"/>
        <source>Brouillon d&apos;avoir créé pour %1 : émettez-le pour annuler la facture.</source>
        <translation>Draft credit note created for %1: issue it to cancel the invoice.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="394"/>
        <source>Facture %1 émise : elle ne peut plus être modifiée.</source>
        <translation>Invoice %1 issued: it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="404"/>
        <source>Pour émettre cette facture, il manque :</source>
        <translation>To issue this invoice, these are missing:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="410"/>
        <source>Mentions obligatoires manquantes</source>
        <translation>Mandatory mentions missing</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="412"/>
        <source>Ouvrir Ma société…</source>
        <translation>Open My company…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="440"/>
        <source>Règlement de %1 enregistré.</source>
        <translation>Payment of %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="454"/>
        <source>Indiquez d’abord votre adresse d’expéditeur dans Paramètres › Messagerie et suivi.</source>
        <translation>First enter your sender address in Settings › Mail and tracking.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="460"/>
        <source>%1 part pour %2 (pièce jointe : %3).</source>
        <translation>%1 is on its way to %2 (attachment: %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="477"/>
        <source>Exporté dans %1 : %2</source>
        <translation>Exported to %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyringWarning</name>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="137"/>
        <source>Trousseau indisponible : mots de passe non enregistrés</source>
        <translation>Keyring unavailable: passwords not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="139"/>
        <source>Le seul trousseau disponible enregistre les secrets en clair dans un fichier : Relance n’y enregistre ni mot de passe ni clé. Installez ou déverrouillez un trousseau système (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d’identification Windows).</source>
        <translation>The only keyring available stores secrets in a plain file: Relance saves no password or key in it. Install or unlock a system keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="143"/>
        <source>Aucun trousseau système n’est disponible : Relance n’enregistre ni mot de passe ni clé. Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d’identification Windows). Le reste de l’application fonctionne normalement.</source>
        <translation>No system keyring is available: Relance saves no password or key. Install or unlock a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager). The rest of the application works normally.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/settings/language_page.ui" line="6"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_page.ui" line="12"/>
        <source>Langue de l’interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_page.ui" line="25"/>
        <source>La nouvelle langue s’applique au prochain démarrage.</source>
        <translation>The new language applies at the next start.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/settings/mail.py" line="59"/>
        <source>Messagerie et suivi</source>
        <translation>Email and tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mail.py" line="107"/>
        <source>Réglages enregistrés et appliqués.</source>
        <translation>Settings saved and applied.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/mail.py" line="108"/>
        <source>Réglages enregistrés : ils s’appliqueront au prochain démarrage.</source>
        <translation>Settings saved: they apply at the next start.</translation>
    </message>
</context>
<context>
    <name>MailSignIn</name>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="21"/>
        <source>Votre connexion %provider a expiré ou a été retirée : reconnectez-vous dans Paramètres › Envoi. Les messages en attente attendent, rien n’est perdu.</source>
        <translation>Your %provider sign-in has expired or was withdrawn: sign in again in Settings › Sending. The queued messages wait; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="23"/>
        <source>Votre organisation doit d’abord approuver Relance : demandez à votre administrateur Microsoft 365 d’accorder le consentement administrateur à Relance (centre d’administration Microsoft Entra › Applications d’entreprise), puis reconnectez-vous.</source>
        <translation>Your organisation must approve Relance before you can sign in: ask your Microsoft 365 administrator to grant admin consent to Relance (Microsoft Entra admin centre › Enterprise applications), then sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="27"/>
        <source>Les règles d’accès de votre organisation bloquent cette connexion : demandez à votre administrateur d’autoriser Relance, ou connectez-vous par le navigateur plutôt qu’avec un code.</source>
        <translation>Your organisation&apos;s access rules block this sign-in: ask your administrator to allow Relance, or sign in through the browser rather than with a code.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="30"/>
        <source>La connexion a été annulée : cliquez de nouveau sur « Se connecter » quand vous serez prêt.</source>
        <translation>The sign-in was cancelled: click “Sign in” again when you are ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="32"/>
        <source>La connexion n’a pas été terminée dans le navigateur en %minutes minutes : cliquez de nouveau sur « Se connecter ».</source>
        <translation>The sign-in was not finished in the browser within %minutes minutes: click “Sign in” again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="34"/>
        <source>La réponse du navigateur n’appartenait pas à cette connexion (peut-être une autre fenêtre) : connectez-vous de nouveau.</source>
        <translation>The browser&apos;s answer did not belong to this sign-in (perhaps from another window): sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="36"/>
        <source>Le serveur de connexion %provider est injoignable : vérifiez votre connexion ; Relance réessaiera plus tard.</source>
        <translation>The %provider sign-in server could not be reached: check your connection; Relance tries again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="38"/>
        <source>Cette installation de Relance n’a pas d’identifiant d’application %provider (client ID) : utilisez un mot de passe d’application avec la connexion par mot de passe, ou demandez à la personne qui a installé Relance d’en renseigner un.</source>
        <translation>This copy of Relance has no %provider registration (client ID): use an app password with the password sign-in, or ask whoever installed Relance to set one.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="41"/>
        <source>%provider a refusé l’identifiant d’application de Relance (%error) : le client ID des paramètres est faux, ou non autorisé dans votre organisation.</source>
        <translation>%provider refused Relance&apos;s registration (%error): the client ID in the settings is wrong, or not allowed for your organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="43"/>
        <source>Connectez-vous d’abord à %provider : Paramètres › Envoi › « Se connecter ».</source>
        <translation>Sign in to %provider first: Settings › Sending › “Sign in”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="44"/>
        <source>La connexion ne peut pas être gardée : aucun trousseau système n’est disponible (voir Paramètres).</source>
        <translation>The sign-in cannot be kept: no system keyring is available (see Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="46"/>
        <source>%provider a refusé la connexion : %error %description</source>
        <translation>%provider refused the sign-in: %error %description</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="47"/>
        <source>Microsoft 365 n’accepte plus de mot de passe pour l’envoi (authentification de base désactivée dans votre organisation) : choisissez « Se connecter avec Microsoft » dans Paramètres › Envoi. Serveur : %words</source>
        <translation>Microsoft 365 no longer accepts a password for sending (basic authentication is off for your organisation): choose “Sign in with Microsoft” in Settings › Sending. Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="50"/>
        <source>L’envoi par SMTP est désactivé pour votre organisation ou votre boîte Microsoft 365 : demandez à votre administrateur d’activer « SMTP authentifié » pour votre boîte (centre d’administration Microsoft 365 › Utilisateurs › Courrier › Gérer les applications de messagerie). Serveur : %words</source>
        <translation>Sending through SMTP is turned off for your Microsoft 365 organisation or mailbox: ask your administrator to turn on “Authenticated SMTP” for your mailbox (Microsoft 365 admin centre › Users › Mail › Manage email apps). Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="55"/>
        <source>Microsoft 365 a refusé la connexion pour l’envoi : vérifiez que l’adresse d’envoi est bien le compte connecté ; si oui, demandez à votre administrateur d’activer « SMTP authentifié » pour votre boîte. Serveur : %words</source>
        <translation>Microsoft 365 refused the sign-in for sending: check that the sending address is the account you signed in with; if it is, ask your administrator to turn on “Authenticated SMTP” for your mailbox. Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="59"/>
        <source>Microsoft 365 a refusé le mot de passe : vérifiez-le, ou choisissez « Se connecter avec Microsoft » (Microsoft désactive les mots de passe pour l’envoi fin décembre 2026). Serveur : %words</source>
        <translation>Microsoft 365 refused the password: check it, or choose “Sign in with Microsoft” (Microsoft turns passwords off for sending at the end of December 2026). Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="62"/>
        <source>Google refuse ici votre mot de passe habituel : créez un mot de passe d’application (Compte Google › Sécurité › Mots de passe des applications, validation en deux étapes activée) et saisissez-le à la place, ou choisissez « Se connecter avec Google ». Serveur : %words</source>
        <translation>Google refuses your usual password here: create an app password (Google Account › Security › App passwords, with 2-Step Verification on) and type it instead, or choose “Sign in with Google”. Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="66"/>
        <source>Le serveur a refusé la connexion : reconnectez-vous dans Paramètres › Envoi. Serveur : %words</source>
        <translation>The server refused the sign-in: sign in again in Settings › Sending. Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="68"/>
        <source>La boîte a refusé la connexion : vérifiez que vous êtes connecté avec cette adresse et que l’IMAP est autorisé pour votre boîte (Microsoft 365 : votre administrateur décide). Serveur : %words</source>
        <translation>The mailbox refused the sign-in: check that you signed in with this address and that IMAP is allowed for your mailbox (Microsoft 365: your administrator decides). Server: %words</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="101"/>
        <source>Connexion au serveur d’envoi (SMTP)</source>
        <translation>Connecting to the sending server (SMTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="102"/>
        <source>Identification au serveur d’envoi</source>
        <translation>Logging in to the sending server</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="103"/>
        <source>Connexion à la boîte de réception (IMAP)</source>
        <translation>Connecting to the mailbox (IMAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="104"/>
        <source>Identification à la boîte de réception</source>
        <translation>Logging in to the mailbox</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="105"/>
        <source>Ouverture du dossier des réponses</source>
        <translation>Opening the replies&apos; folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="106"/>
        <source>Dossier des messages envoyés</source>
        <translation>The Sent folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="113"/>
        <source>Cliquez sur « Se connecter avec Microsoft » et connectez-vous dans le navigateur. Si Microsoft demande l’approbation d’un administrateur (AADSTS65001), votre administrateur doit approuver Relance ; il doit aussi laisser « SMTP authentifié » activé pour votre boîte (sinon : erreur 5.7.139).</source>
        <translation>Click “Sign in with Microsoft” and sign in in the browser. If Microsoft asks for an administrator&apos;s approval (AADSTS65001), your administrator must approve Relance; they must also keep “Authenticated SMTP” on for your mailbox (else: error 5.7.139).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="117"/>
        <source>Cliquez sur « Se connecter avec Google ». Si votre organisation n’autorise pas cette connexion, choisissez « Mot de passe » et saisissez un mot de passe d’application (Compte Google › Sécurité › Mots de passe des applications, validation en deux étapes activée).</source>
        <translation>Click “Sign in with Google”. If your organisation does not allow this sign-in, choose “App password” and type an app password (Google Account › Security › App passwords, with 2-Step Verification on).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="120"/>
        <source>Identifiant : votre adresse complète. Avec la double authentification, créez un mot de passe d’application dans le Manager Infomaniak.</source>
        <translation>Login: your full address. With two-factor authentication on, create an app password in the Infomaniak Manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="122"/>
        <source>Indiquez les serveurs, ports et identifiant donnés par votre fournisseur de messagerie.</source>
        <translation>Enter the servers, ports and login your mail provider gives.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="124"/>
        <source>Identifiant : votre adresse complète ; mot de passe : celui de votre boîte %1.</source>
        <translation>Login: your full address; password: that of your %1 mailbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="130"/>
        <source>Autre fournisseur</source>
        <translation>Other provider</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="136"/>
        <source>Relance dépose une copie de chaque message envoyé dans votre dossier « Envoyés » (par l’IMAP de l’onglet Réponses), une seule fois, sans jamais retarder l’envoi.</source>
        <translation>Relance files a copy of each message sent in your Sent folder (through the IMAP of the Replies tab), once, never delaying the send.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="138"/>
        <source>Votre fournisseur (Gmail, Microsoft 365) range lui-même les messages envoyés dans « Envoyés » : Relance n’en ajoute pas de seconde copie.</source>
        <translation>Your provider (Gmail, Microsoft 365) files the messages sent in Sent itself: Relance adds no second copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="140"/>
        <source>Aucune copie : les messages envoyés par Relance n’apparaîtront pas dans votre dossier « Envoyés ».</source>
        <translation>No copy: the messages Relance sends will not appear in your Sent folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="142"/>
        <source>Pour déposer une copie dans « Envoyés », renseignez la boîte IMAP (onglet Réponses).</source>
        <translation>To file a copy in Sent, set up the IMAP mailbox (Replies tab).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/signin_texts.py" line="143"/>
        <source>Mode local : les messages restent dans le dossier d’envoi de cet ordinateur.</source>
        <translation>Local mode: messages stay in this computer&apos;s outbox folder.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="76"/>
        <source>Base locale</source>
        <translation>Local database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="76"/>
        <source>Base d’équipe (PostgreSQL)</source>
        <translation>Team database (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="83"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="84"/>
        <source>&amp;Importer des contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="86"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="91"/>
        <source>&amp;Vérifier une signature…</source>
        <translation>&amp;Verify a signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="94"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="98"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="99"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="101"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="107"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="114"/>
        <source>&amp;Paramètres</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="115"/>
        <source>&amp;Tous les paramètres…</source>
        <translation>&amp;All settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="119"/>
        <source>Ma &amp;société…</source>
        <translation>My &amp;company…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="121"/>
        <source>&amp;Modèles de devis…</source>
        <translation>Quote &amp;templates…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="123"/>
        <source>Messagerie et &amp;suivi…</source>
        <translation>&amp;Email and tracking…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="126"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="127"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;About Relance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="228"/>
        <source>À propos de Relance</source>
        <translation>About Relance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/main_window.py" line="229"/>
        <source>Relance %1 — qui relancer, quand, et comment.</source>
        <translation>Relance %1 — who to follow up, when, and how.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="96"/>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="97"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="98"/>
        <source>Sociétés</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="99"/>
        <source>Devis</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="100"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="101"/>
        <source>Requêtes</source>
        <translation>Smart queries</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="102"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="103"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="104"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="105"/>
        <source>Scénarios</source>
        <translation>Scenarios</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../desktop/gui/queries/member_picker.py" line="27"/>
        <source>Ajouter des contacts à « %1 »</source>
        <translation>Add contacts to “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/member_picker.py" line="28"/>
        <source>Nom du contact ou de sa société…</source>
        <translation>Name of the contact or of their company…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/member_picker.py" line="29"/>
        <source>↑ ↓ pour choisir, Entrée pour mettre dans la liste, Ctrl+Entrée pour ajouter, Échap pour annuler</source>
        <translation>↑ ↓ to choose, Enter to put in the list, Ctrl+Enter to add, Esc to cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/member_picker.py" line="62"/>
        <source>(déjà membre)</source>
        <translation>(already a member)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/member_picker.py" line="64"/>
        <source>(dans la liste)</source>
        <translation>(in the list)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="53"/>
        <source>%n contact(s) à ajouter (Suppr retire de la liste)</source>
        <translation>
            <numerusform>%n contact to add (Del takes it out of the list)</numerusform>
            <numerusform>%n contacts to add (Del takes one out of the list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="54"/>
        <source>Ajouter %n contact(s)</source>
        <translation>
            <numerusform>Add %n contact</numerusform>
            <numerusform>Add %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="33"/>
        <source>Devis ouvert</source>
        <translation>Quote opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="33"/>
        <source>Devis consulté en ligne</source>
        <translation>Quote viewed online</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="34"/>
        <source>Devis accepté !</source>
        <translation>Quote accepted!</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="35"/>
        <source>Nouvelle du suivi</source>
        <translation>Tracking news</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="42"/>
        <source>Votre contact</source>
        <translation>Your contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="45"/>
        <source>%1 a accepté le devis %2 en ligne (signé : %3). Envoyez vos remerciements.</source>
        <translation>%1 accepted quote %2 online (signed: %3). Send your thanks.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="48"/>
        <source>%1 consulte le devis %2 en ce moment : c’est le moment d’appeler.</source>
        <translation>%1 is viewing quote %2 right now: time to call.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="50"/>
        <source>%1 vient d’ouvrir le message du devis %2.</source>
        <translation>%1 just opened the email of quote %2.</translation>
    </message>
</context>
<context>
    <name>OutboxStatusWidget</name>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="68"/>
        <source>Envois : …</source>
        <translation>Sending: …</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="70"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="72"/>
        <source>Sans serveur SMTP, chaque message est enregistré en fichier .eml dans ce dossier : ouvrez-le avec votre messagerie pour l’envoyer.</source>
        <translation>Without an SMTP server, each message is saved as an .eml file in this folder: open it with your email program to send it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="74"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="76"/>
        <source>Reprendre les envois maintenant</source>
        <translation>Resume sending now</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="93"/>
        <source>Mode local</source>
        <translation>Local mode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="95"/>
        <source>envois en pause</source>
        <translation>sending paused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/shell/status_widgets.py" line="97"/>
        <source>%n en attente</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/shell/status_widgets.py" line="99"/>
        <source>%n refusé(s)</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="101"/>
        <source>Envois : à jour</source>
        <translation>Sending: up to date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="105"/>
        <source>Aucun serveur SMTP n’est réglé : les messages sont écrits dans %1.</source>
        <translation>No SMTP server is set: messages are written to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="108"/>
        <source>Raison : %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="192"/>
        <source>%1 — reste dû : %2</source>
        <translation>%1 — balance due: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="195"/>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="195"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="196"/>
        <source>Carte bancaire</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="196"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="197"/>
        <source>Prélèvement</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="199"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/invoices/view.py" line="200"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/payment_dialog.ui" line="5"/>
        <source>Enregistrer un règlement</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/payment_dialog.ui" line="16"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/payment_dialog.ui" line="27"/>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/payment_dialog.ui" line="39"/>
        <source>Moyen de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/invoices/payment_dialog.ui" line="48"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="103"/>
        <source>Le modèle « %1 » contient une erreur, ligne %2 : %3</source>
        <translation>The template “%1” has an error, line %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="105"/>
        <source>Le modèle « %1 » contient une erreur : %2</source>
        <translation>The template “%1” has an error: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="108"/>
        <source>Le rendu du PDF a dépassé %1 s et a été arrêté. Simplifiez le modèle (images, longueur) puis réessayez.</source>
        <translation>Rendering the PDF took more than %1 s and was stopped. Simplify the template (images, length) and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="111"/>
        <source>Le PDF n’a pas pu être produit : %1</source>
        <translation>The PDF could not be produced: %1</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="125"/>
        <source>Aperçu du devis</source>
        <translation>Quote preview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="135"/>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="166"/>
        <source>Rendu du PDF…</source>
        <translation>Rendering the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="138"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="140"/>
        <source>Ouvrir dans le lecteur PDF</source>
        <translation>Open in the PDF viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="141"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="181"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="207"/>
        <source>Enregistrer le devis en PDF</source>
        <translation>Save the quote as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="208"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/pdf_preview.py" line="217"/>
        <source>PDF enregistré : %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>PhoningDialogForm</name>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="8"/>
        <source>Campagne phoning</source>
        <translation>Phoning campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="12"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="21"/>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="33"/>
        <source>Script d&apos;appel</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="49"/>
        <source>Champs remplis à chaque appel : {{ contact.salutation }} (Madame, Monsieur), {{ contact.last_name }}, {{ contact.first_name }}, {{ contact.company }}, {{ salesperson.first_name }}, {{ seller.company }}.</source>
        <translation>Fields filled at each call: {{ contact.salutation }} (Madame, Monsieur), {{ contact.last_name }}, {{ contact.first_name }}, {{ contact.company }}, {{ salesperson.first_name }}, {{ seller.company }}.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="62"/>
        <source>Requête</source>
        <translation>Smart query</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="71"/>
        <source>Ajouter les nouveaux membres de la requête à chaque session</source>
        <translation>Add the query&apos;s new members at every session</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="76"/>
        <source>Rappel après « pas de réponse »</source>
        <translation>Call again after “no answer”</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="82"/>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="96"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="90"/>
        <source>Rappel après « messagerie »</source>
        <translation>Call again after “voicemail”</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/phoning_dialog.ui" line="104"/>
        <source>Tentatives au plus</source>
        <translation>Attempts at most</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="47"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="47"/>
        <source>Proposition</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="48"/>
        <source>Négociation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="52"/>
        <source>Toutes les dates de clôture</source>
        <translation>All close dates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="52"/>
        <source>Clôture dépassée</source>
        <translation>Close date passed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="53"/>
        <source>Clôture ce mois-ci</source>
        <translation>Closing this month</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="53"/>
        <source>Clôture ce trimestre</source>
        <translation>Closing this quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="54"/>
        <source>Clôture sous 90 jours</source>
        <translation>Closing within 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="144"/>
        <source>Opportunité</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="144"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="144"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="145"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="145"/>
        <source>Pondéré</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="145"/>
        <source>Clôture prévue</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="146"/>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="191"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="195"/>
        <source>Tous les commerciaux</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="200"/>
        <source>Tableau</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="201"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="208"/>
        <source>Glisser une carte vers une autre colonne, ou Ctrl+Gauche / Ctrl+Droite sur la carte choisie, change son étape.</source>
        <translation>Drag a card to another column, or press Ctrl+Left / Ctrl+Right on the selected card, to change its stage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pipeline/view.py" line="311"/>
        <source>%n opportunité(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="313"/>
        <source>les %1 plus grosses affichées (voir la liste)</source>
        <translation>the %1 largest shown (see the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="317"/>
        <source>Montant : %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="318"/>
        <source>Pondéré : %1</source>
        <translation>Weighted: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pipeline/view.py" line="322"/>
        <source>%n opportunité(s) en cours</source>
        <translation>
            <numerusform>%n open opportunity</numerusform>
            <numerusform>%n open opportunities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="323"/>
        <source>montant total %1, pondéré %2</source>
        <translation>total amount %1, weighted %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="332"/>
        <source>Clôture prévue le %1</source>
        <translation>Expected close %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="333"/>
        <source>Clôture dépassée (%1)</source>
        <translation>Close date passed (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pipeline/view.py" line="378"/>
        <source>Déplacer « %1 » vers %2</source>
        <translation>Move “%1” to %2</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="17"/>
        <source>adresse email non valide (exemple : jeanne.martin@exemple.fr)</source>
        <translation>invalid email address (example: jane.martin@example.com)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="18"/>
        <source>numéro de téléphone non valide (exemple : 06 12 34 56 78)</source>
        <translation>invalid phone number (example: 06 12 34 56 78)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="19"/>
        <source>SIRET non valide : sa clé de contrôle est fausse</source>
        <translation>invalid SIRET: its check digit is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="20"/>
        <source>un SIRET a 14 chiffres, pas %1</source>
        <translation>a SIRET has 14 digits, not %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="21"/>
        <source>SIREN non valide (9 chiffres)</source>
        <translation>invalid SIREN (9 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="22"/>
        <source>numéro de TVA intracommunautaire non valide (exemple : FR40303265045)</source>
        <translation>invalid EU VAT number (example: FR40303265045)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="23"/>
        <source>IBAN non valide : vérifiez les chiffres</source>
        <translation>invalid IBAN: check the digits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="24"/>
        <source>BIC non valide (8 ou 11 lettres et chiffres)</source>
        <translation>invalid BIC (8 or 11 letters and digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="25"/>
        <source>contient des caractères de contrôle invisibles</source>
        <translation>contains invisible control characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="26"/>
        <source>trop long (%1 caractères, %2 au plus)</source>
        <translation>too long (%1 characters, at most %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="28"/>
        <source>un contact a besoin d’un nom ou d’un prénom</source>
        <translation>a contact needs a first or last name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="29"/>
        <source>une société a besoin de sa raison sociale</source>
        <translation>a company needs its legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="30"/>
        <source>le statut est prospect ou client</source>
        <translation>the status is prospect or customer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="31"/>
        <source>la civilité est M., Mme ou rien</source>
        <translation>the title is Mr, Ms or none</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="32"/>
        <source>n’est pas un nombre (exemple : 1 234,5)</source>
        <translation>not a number (example: 1234.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="33"/>
        <source>au plus %1 chiffres après la virgule</source>
        <translation>at most %1 digits after the decimal point</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="34"/>
        <source>nombre trop grand (%1 chiffres au plus avant la virgule)</source>
        <translation>number too large (at most %1 digits before the decimal point)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="36"/>
        <source>n’est pas une date (exemple : 27/11/2026)</source>
        <translation>not a date (example: 27/11/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="37"/>
        <source>cette date n’existe pas</source>
        <translation>this date does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="38"/>
        <source>n’est pas un des choix (%1)</source>
        <translation>not one of the choices (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="39"/>
        <source>valeur refusée pour le champ « %1 »</source>
        <translation>value refused for the field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="40"/>
        <source>ce champ personnalisé n’existe plus</source>
        <translation>this custom field no longer exists</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="41"/>
        <source>donnez un libellé au champ</source>
        <translation>give the field a label</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="42"/>
        <source>un champ « %1 » existe déjà</source>
        <translation>a field “%1” already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="43"/>
        <source>le type est texte, nombre, date ou liste de choix</source>
        <translation>the type is text, number, date or choice list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="44"/>
        <source>le type d’un champ ne change pas une fois créé</source>
        <translation>a field’s type does not change once created</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="45"/>
        <source>une liste de choix a besoin d’au moins un choix</source>
        <translation>a choice list needs at least one choice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="46"/>
        <source>le choix « %1 » est en double</source>
        <translation>the choice “%1” appears twice</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="47"/>
        <source>au plus %1 choix</source>
        <translation>at most %1 choices</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="48"/>
        <source>l’adresse du serveur de suivi doit commencer par https://</source>
        <translation>the tracker address must start with https://</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="49"/>
        <source>l’adresse du serveur de suivi ne doit contenir ni identifiant ni mot de passe</source>
        <translation>the tracker address must not contain a user name or password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="50"/>
        <source>l’adresse du serveur de suivi n’est pas une adresse web valide</source>
        <translation>the tracker address is not a valid web address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="51"/>
        <source>l’adresse du serveur de suivi ne doit contenir ni « ? » ni « # »</source>
        <translation>the tracker address must not contain “?” or “#”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="52"/>
        <source>%1 est une adresse locale : vos clients ne peuvent pas l’atteindre</source>
        <translation>%1 is a local address: your clients cannot reach it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="54"/>
        <source>le serveur de suivi intégré ne fonctionne que sur cet ordinateur</source>
        <translation>the built-in tracker only works on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="55"/>
        <source>aucun serveur de suivi n’est connecté</source>
        <translation>no tracker is connected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="56"/>
        <source>le modèle prend trop de temps (plus de %1 s) : vérifiez ses boucles</source>
        <translation>the template takes too long (more than %1 s): check its loops</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="58"/>
        <source>le modèle fabrique un texte trop long : vérifiez ses répétitions (*, join, center, indent, wordwrap, format…)</source>
        <translation>the template builds a text that is too long: check its repetitions (*, join, center, indent, wordwrap, format…)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="60"/>
        <source>le modèle répète trop d’opérations : vérifiez ses boucles et ses macros</source>
        <translation>the template repeats too much: check its loops and macros</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="61"/>
        <source>le modèle produit trop de texte : vérifiez ses boucles</source>
        <translation>the template produces too much text: check its loops</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="62"/>
        <source>un nombre du modèle devient trop grand : vérifiez ses calculs</source>
        <translation>a number in the template grows too large: check its calculations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="63"/>
        <source>une boucle du modèle compte trop d’éléments (%1 au plus) : vérifiez ses boucles</source>
        <translation>a loop of the template holds too many items (at most %1): check its loops</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="65"/>
        <source>le modèle s’appelle lui-même trop profondément : vérifiez ses macros et ses inclusions</source>
        <translation>the template calls itself too deeply: check its macros and includes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="67"/>
        <source>le modèle demande trop de mémoire : vérifiez ses boucles et ses répétitions</source>
        <translation>the template needs too much memory: check its loops and repetitions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="68"/>
        <source>le modèle a arrêté le moteur de rendu (trop de mémoire ?) : vérifiez ses boucles et ses répétitions</source>
        <translation>the template stopped the renderer (too much memory?): check its loops and repetitions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/problems.py" line="76"/>
        <source>Sans suivi : %1. Le message part avec le devis en pièce jointe, sans pixel ni lien : le client l’accepte en répondant. Pour suivre les ouvertures et proposer l’acceptation en ligne, déployez le serveur de suivi hébergé (packaging/tracker) à une adresse HTTPS publique, puis indiquez-la dans Paramètres › Messagerie et suivi.</source>
        <translation>No tracking: %1. The message leaves with the quote attached, without pixel or link: the client accepts it by replying. To follow opens and offer online acceptance, deploy the hosted tracker (packaging/tracker) at a public HTTPS address, then enter it in Settings › Mail and tracking.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../desktop/gui/quotes/product_picker.py" line="28"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/product_picker.py" line="29"/>
        <source>Référence ou désignation…</source>
        <translation>Reference or designation…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/product_picker.py" line="30"/>
        <source>↑ ↓ pour choisir, Entrée pour ajouter la ligne, Échap pour fermer</source>
        <translation>↑ ↓ to choose, Enter to add the line, Esc to close</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="78"/>
        <source>Requêtes</source>
        <extracomment>What the view shows: the saved queries (and their counts), the contacts they match, the builder&apos;s fields.</extracomment>
        <translation>Smart queries</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="88"/>
        <location filename="../../desktop/gui/queries/view.py" line="256"/>
        <source>Nouvelle requête</source>
        <translation>New smart query</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="90"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="103"/>
        <source>Nom de la requête</source>
        <translation>Smart query name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="106"/>
        <source>Dynamique : réévaluée à chaque usage</source>
        <translation>Dynamic: evaluated on every use</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="107"/>
        <source>Statique : membres figés à l&apos;enregistrement</source>
        <translation>Static: members frozen when saved</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="111"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="113"/>
        <source>Actions sur les contacts</source>
        <translation>Actions on the contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="63"/>
        <source>Ajouter des contacts…</source>
        <translation>Add contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="65"/>
        <source>Ajouter des contacts à cette requête statique (Inser)</source>
        <translation>Add contacts to this static query (Ins)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="67"/>
        <source>Retirer de la requête</source>
        <translation>Remove from the query</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="69"/>
        <source>Retirer les contacts sélectionnés de cette requête statique (Suppr) ; Ctrl+Z annule</source>
        <translation>Remove the selected contacts from this static query (Del); Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="38"/>
        <source>Ajouter une étiquette…</source>
        <translation>Add a tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="39"/>
        <source>Retirer une étiquette…</source>
        <translation>Remove a tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="40"/>
        <source>Définir le statut…</source>
        <translation>Set the status…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="41"/>
        <source>Attribuer un commercial…</source>
        <translation>Assign a salesperson…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="42"/>
        <source>Définir un champ personnalisé…</source>
        <translation>Set a custom field…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="43"/>
        <source>Ajouter à une campagne phoning…</source>
        <translation>Add to a phoning campaign…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="44"/>
        <source>Inscrire dans un scénario…</source>
        <translation>Enrol in a scenario…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="46"/>
        <source>Exporter (CSV ou Excel)…</source>
        <translation>Export (CSV or Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="212"/>
        <source>Calcul…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="133"/>
        <source>Aucun champ personnalisé de contact. Ajoutez-en dans Paramètres › Tous les paramètres › Champs personnalisés.</source>
        <translation>No custom field for contacts. Add some in Settings › All settings › Custom fields.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="138"/>
        <source>Champ :</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="145"/>
        <source>(vide : effacer)</source>
        <translation>(empty: clear)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="149"/>
        <source>Nombre (par exemple 1 234,5) ; vide pour effacer :</source>
        <translation>Number (for example 1234.5); empty to clear:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="150"/>
        <source>Date (jj/mm/aaaa) ; vide pour effacer :</source>
        <translation>Date (dd/mm/yyyy); empty to clear:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="151"/>
        <source>Texte ; vide pour effacer :</source>
        <translation>Text; empty to clear:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="158"/>
        <source>Valeur refusée pour « %1 » : %2</source>
        <translation>Value refused for “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="161"/>
        <source>Donner à « %1 » la valeur « %2 » ?</source>
        <translation>Set “%1” to “%2”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="162"/>
        <source>Effacer « %1 » ?</source>
        <translation>Clear “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="107"/>
        <source>Requête statique : ajoutez ou retirez des membres à la main.</source>
        <translation>Static query: add or remove members by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/members_panel.py" line="108"/>
        <source>Enregistrez la requête statique pour en modifier les membres à la main.</source>
        <translation>Save the static query to change its members by hand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="66"/>
        <source>%n contact(s) correspondent</source>
        <translation>
            <numerusform>%n contact matches</numerusform>
            <numerusform>%n contacts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="62"/>
        <source>Retirer %n contact(s) de la requête</source>
        <translation>
            <numerusform>Remove %n contact from the query</numerusform>
            <numerusform>Remove %n contacts from the query</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="61"/>
        <source>%n contact(s) retiré(s) de la requête. Ctrl+Z pour annuler.</source>
        <translation>
            <numerusform>%n contact removed from the query. Ctrl+Z to undo.</numerusform>
            <numerusform>%n contacts removed from the query. Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="65"/>
        <source>Ajouter %n contact(s) à la requête</source>
        <translation>
            <numerusform>Add %n contact to the query</numerusform>
            <numerusform>Add %n contacts to the query</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="63"/>
        <source>%n contact(s) ajouté(s) à la requête.</source>
        <translation>
            <numerusform>%n contact added to the query.</numerusform>
            <numerusform>%n contacts added to the query.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="64"/>
        <source>%n déjà membre(s).</source>
        <translation>
            <numerusform>%n already a member.</numerusform>
            <numerusform>%n already members.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="233"/>
        <source>les %1 premiers sont affichés</source>
        <translation>the first %1 are shown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="239"/>
        <source>Requête incomplète : %1</source>
        <translation>Incomplete smart query: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="272"/>
        <source>Requête enregistrée : %1</source>
        <translation>Smart query saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/view.py" line="286"/>
        <source>Supprimer la requête « %1 » ?</source>
        <translation>Delete the smart query “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="53"/>
        <source>Aucun contact ne correspond à la requête.</source>
        <translation>No contact matches the smart query.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="59"/>
        <source>%n contact(s) seront modifiés.</source>
        <translation>
            <numerusform>%n contact will be changed.</numerusform>
            <numerusform>%n contacts will be changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="77"/>
        <source>Étiquette :</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="83"/>
        <source>Ajouter l&apos;étiquette « %1 » ?</source>
        <translation>Add the tag “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="83"/>
        <source>Retirer l&apos;étiquette « %1 » ?</source>
        <translation>Remove the tag “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="94"/>
        <location filename="../../desktop/gui/queries/models.py" line="160"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="94"/>
        <location filename="../../desktop/gui/queries/models.py" line="160"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="95"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="99"/>
        <source>Définir le statut ?</source>
        <translation>Set the status?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="106"/>
        <source>Commercial :</source>
        <translation>Salesperson:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/bulk_actions.py" line="111"/>
        <source>Attribuer ces contacts à un commercial ?</source>
        <translation>Assign these contacts to a salesperson?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="60"/>
        <source>Exporter %n contact(s) ?</source>
        <translation>
            <numerusform>Export %n contact?</numerusform>
            <numerusform>Export %n contacts?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="18"/>
        <source>Contact : nom</source>
        <translation>Contact: last name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="19"/>
        <source>Contact : prénom</source>
        <translation>Contact: first name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="20"/>
        <source>Contact : fonction</source>
        <translation>Contact: job title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="21"/>
        <source>Contact : e-mail</source>
        <translation>Contact: email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="22"/>
        <source>Contact : téléphone</source>
        <translation>Contact: phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="23"/>
        <source>Contact : portable</source>
        <translation>Contact: mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="24"/>
        <source>Contact : code postal</source>
        <translation>Contact: postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="25"/>
        <source>Contact : ville</source>
        <translation>Contact: city</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="26"/>
        <source>Contact : statut</source>
        <translation>Contact: status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="27"/>
        <source>Contact : créé le</source>
        <translation>Contact: created on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="28"/>
        <source>Contact : commercial</source>
        <translation>Contact: salesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="29"/>
        <source>Contact : étiquettes</source>
        <translation>Contact: tags</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="30"/>
        <source>Consentement marketing</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="31"/>
        <source>Consentement au suivi</source>
        <translation>Tracking consent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="32"/>
        <source>Consentement au suivi : réponse</source>
        <translation>Tracking consent: answer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="33"/>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="34"/>
        <source>Pas d&apos;e-mail</source>
        <translation>No email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="35"/>
        <source>Particulier</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="36"/>
        <source>Société : raison sociale</source>
        <translation>Company: legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="37"/>
        <source>Société : ville</source>
        <translation>Company: city</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="38"/>
        <source>Société : code postal</source>
        <translation>Company: postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="39"/>
        <source>Société : forme juridique</source>
        <translation>Company: legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="40"/>
        <source>Société : SIRET</source>
        <translation>Company: SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="41"/>
        <source>Opportunité : étape</source>
        <translation>Opportunity: stage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="42"/>
        <source>Opportunité : résultat</source>
        <translation>Opportunity: result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="43"/>
        <source>Opportunité : montant</source>
        <translation>Opportunity: amount</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="44"/>
        <source>Opportunité : date de signature prévue</source>
        <translation>Opportunity: expected close date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="45"/>
        <source>Dernier devis : date d&apos;envoi</source>
        <translation>Latest quote: date sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="46"/>
        <source>Dernier devis : statut</source>
        <translation>Latest quote: status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="47"/>
        <source>Dernier devis : montant TTC</source>
        <translation>Latest quote: amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="48"/>
        <source>Dernier devis : dernière ouverture</source>
        <translation>Latest quote: last opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="49"/>
        <source>Dernier devis : date de validité</source>
        <translation>Latest quote: valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="50"/>
        <source>Dernier échange : date</source>
        <translation>Last interaction: date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="56"/>
        <source>est</source>
        <translation>is</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="56"/>
        <source>n&apos;est pas</source>
        <translation>is not</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="56"/>
        <source>contient</source>
        <translation>contains</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="57"/>
        <source>commence par</source>
        <translation>starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="57"/>
        <source>est vide</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="58"/>
        <source>est renseigné</source>
        <translation>is filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="59"/>
        <source>entre</source>
        <translation>between</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="59"/>
        <source>avant le</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="59"/>
        <source>après le</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="60"/>
        <source>avant aujourd&apos;hui</source>
        <translation>before today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="60"/>
        <source>dans les N derniers jours</source>
        <translation>in the last N days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="61"/>
        <source>dans les N prochains jours</source>
        <translation>in the next N days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="62"/>
        <source>il y a plus de N jours</source>
        <translation>more than N days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="62"/>
        <source>a l&apos;une de</source>
        <translation>has any of</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="63"/>
        <source>a toutes</source>
        <translation>has all of</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="63"/>
        <source>n&apos;a aucune de</source>
        <translation>has none of</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="68"/>
        <source>Statique</source>
        <translation>Static</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="68"/>
        <source>Dynamique</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="116"/>
        <source>Requête</source>
        <translation>Smart query</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="116"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="116"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="117"/>
        <source>Évaluée</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="141"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="148"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="148"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="148"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="148"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/models.py" line="149"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="45"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="49"/>
        <source>Opérateur</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="52"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="53"/>
        <source>Retirer cette condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="106"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="135"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="136"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="148"/>
        <source>étiquettes, séparées par des virgules</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="153"/>
        <source>montant</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="208"/>
        <source>Société : %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="209"/>
        <source>Contact : %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="213"/>
        <source>prospect</source>
        <translation>prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="213"/>
        <source>client</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="214"/>
        <source>gagnée</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="214"/>
        <source>perdue</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="215"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="215"/>
        <source>finalisé</source>
        <translation>finalised</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="216"/>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="216"/>
        <source>ouvert</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="217"/>
        <source>consulté</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="217"/>
        <source>accepté</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="218"/>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="218"/>
        <source>expiré</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="219"/>
        <source>remplacé</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="220"/>
        <source>donné</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="220"/>
        <source>retiré</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="221"/>
        <source>jamais demandé</source>
        <translation>never asked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="221"/>
        <source>informé</source>
        <translation>informed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="240"/>
        <source>Combinaison</source>
        <translation>Combination</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="241"/>
        <source>Toutes les conditions (ET)</source>
        <translation>All conditions (AND)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="242"/>
        <source>Au moins une condition (OU)</source>
        <translation>At least one condition (OR)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="244"/>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="245"/>
        <source>+ Groupe</source>
        <translation>+ Group</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/queries/builder.py" line="253"/>
        <source>Retirer le groupe</source>
        <translation>Remove the group</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="110"/>
        <source>Français</source>
        <extracomment>The line actions of the toolbar (buttons ``lines_&lt;name&gt;`` of the header form) and of the shortcuts.</extracomment>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="111"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="349"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="353"/>
        <source>Ajouter une section</source>
        <translation>Add a section</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="368"/>
        <source>Supprimer la ligne</source>
        <translation>Delete the line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="143"/>
        <source>Pour finaliser ce devis, il manque :</source>
        <translation>To finalise this quote, these are missing:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="145"/>
        <source>Compléter Paramètres › Ma société…</source>
        <translation>Complete Settings › My company…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="155"/>
        <source>Aperçu PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="156"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="158"/>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="160"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="161"/>
        <source>Envoyer…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="214"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="216"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="231"/>
        <source>Classique</source>
        <translation>Classic</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="231"/>
        <source>Moderne</source>
        <translation>Modern</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="246"/>
        <source>(client inconnu)</source>
        <translation>(unknown client)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="248"/>
        <source>numéro attribué à la finalisation</source>
        <translation>number given when finalised</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="249"/>
        <source> — émis le %1</source>
        <translation> — issued %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="288"/>
        <source>Ce document n’est plus un brouillon (statut : %1) : il ne peut plus être modifié.</source>
        <translation>This document is no longer a draft (status: %1): it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="290"/>
        <source>Créez une nouvelle version pour le changer.</source>
        <translation>Create a new version to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="301"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="303"/>
        <source>Devis %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="357"/>
        <source>Ajouter depuis le catalogue</source>
        <translation>Add from the catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="361"/>
        <source>Dupliquer la ligne</source>
        <translation>Duplicate the line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="364"/>
        <source>Déplacer la ligne</source>
        <translation>Move the line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="386"/>
        <source>Le prix saisi (%1) est %2 fois celui du catalogue (%3). Le garder ?</source>
        <translation>The price typed (%1) is %2 times the catalogue&apos;s (%3). Keep it?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="387"/>
        <source>Le prix saisi (%1) est %2 fois plus petit que celui du catalogue (%3). Le garder ?</source>
        <translation>The price typed (%1) is %2 times smaller than the catalogue&apos;s (%3). Keep it?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="391"/>
        <source>Prix inhabituel</source>
        <translation>Unusual price</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="423"/>
        <source>Ligne %1 : %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="453"/>
        <source>Corrigez d’abord : %1</source>
        <translation>First correct: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="462"/>
        <source>Devis enregistré.</source>
        <translation>Quote saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="476"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/editor.py" line="477"/>
        <source>Certaines valeurs saisies ne sont pas valides : fermer sans enregistrer ?</source>
        <translation>Some typed values are not valid: close without saving?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lifecycle.py" line="66"/>
        <source>Devis %1 finalisé.</source>
        <extracomment>Missing items that are the seller&apos;s, filled in Paramètres › Ma société (the others are the quote&apos;s own).</extracomment>
        <translation>Quote %1 finalised.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="71"/>
        <source>Le devis n’est pas finalisé : %n élément(s) manque(nt).</source>
        <translation>
            <numerusform>The quote is not finalised: %n item is missing.</numerusform>
            <numerusform>The quote is not finalised: %n items are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteEditorHeader</name>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="26"/>
        <source>Nouvelle version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="43"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="52"/>
        <source>Valable jusqu’au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="61"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="70"/>
        <source>Langue du devis</source>
        <translation>Quote language</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="84"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="90"/>
        <source>Ajouter une section</source>
        <translation>Add a section</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="96"/>
        <source>Catalogue…</source>
        <translation>Catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="102"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="108"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="114"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_header.ui" line="120"/>
        <source>Supprimer la ligne</source>
        <translation>Delete the line</translation>
    </message>
</context>
<context>
    <name>QuoteLines</name>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="62"/>
        <source>Désignation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="62"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="62"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="62"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="62"/>
        <source>PU HT</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="62"/>
        <source>Remise %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="63"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="63"/>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="181"/>
        <source>Gratuit</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="63"/>
        <source>Déplacement</source>
        <translation>Travel fee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="63"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="163"/>
        <source>(section sans titre)</source>
        <translation>(untitled section)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/lines_model.py" line="209"/>
        <source>Modifier la ligne %1</source>
        <translation>Edit line %1</translation>
    </message>
</context>
<context>
    <name>QuoteList</name>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="60"/>
        <source>brouillon n° %1</source>
        <translation>draft no. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="77"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="78"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="79"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="80"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="81"/>
        <source>Émis le</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="82"/>
        <source>Valable jusqu’au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="83"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="84"/>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/list_model.py" line="85"/>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
</context>
<context>
    <name>QuoteOptions</name>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="68"/>
        <source>Remise globale</source>
        <translation>Global discount</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="68"/>
        <source>Acompte</source>
        <translation>Deposit</translation>
    </message>
</context>
<context>
    <name>QuoteOptionsForm</name>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="17"/>
        <source>Conditions</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="21"/>
        <source>Remise globale (%)</source>
        <translation>Global discount (%)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="33"/>
        <source>Acompte (%)</source>
        <translation>Deposit (%)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="45"/>
        <source>Livraison ou exécution le</source>
        <translation>Delivery or work on</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="54"/>
        <source>Délai</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="60"/>
        <source>ex. 3 semaines après signature</source>
        <translation>e.g. 3 weeks after signature</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="65"/>
        <source>Conditions de règlement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="71"/>
        <source>ex. 30 % à la commande, solde à 30 jours</source>
        <translation>e.g. 30% with the order, balance at 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="82"/>
        <source>Message et notes</source>
        <translation>Message and notes</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="86"/>
        <source>Message personnel</source>
        <translation>Personal message</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="95"/>
        <source>Un mot personnel au client, imprimé en tête du devis</source>
        <translation>A personal word to the client, printed at the top of the quote</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="100"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="109"/>
        <source>Notes imprimées sous les lignes</source>
        <translation>Notes printed below the lines</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="115"/>
        <source>Mentions légales</source>
        <translation>Legal mentions</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="119"/>
        <source>Imprimer les CGV</source>
        <translation>Print the terms of sale</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="124"/>
        <source>Cadre de signature « Bon pour accord »</source>
        <translation>Signature block “Bon pour accord”</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="129"/>
        <source>Information sur le délai de rétractation (14 jours)</source>
        <translation>14-day withdrawal period notice</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="134"/>
        <source>Devis destiné à valoir bon de commande</source>
        <translation>Quote meant to become the purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="139"/>
        <source>Vente à distance ou hors établissement</source>
        <translation>Distance or off-premises sale</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/editor_options.ui" line="144"/>
        <source>Un déplacement est prévu (frais de déplacement)</source>
        <translation>Travel is planned (travel fees)</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="27"/>
        <source>Signé</source>
        <extracomment>VAT choices of a line, in the order of the combo box.</extracomment>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="29"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="29"/>
        <source>Finalisé</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="30"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="30"/>
        <source>Ouvert</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="30"/>
        <source>Consulté</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="31"/>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="31"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="32"/>
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="32"/>
        <source>Remplacé</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="39"/>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="39"/>
        <source>Bon de commande</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="39"/>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/texts.py" line="45"/>
        <source>exonéré</source>
        <translation>exempt</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="99"/>
        <source>Client ou société…</source>
        <extracomment>What the list shows: quotes (and their client&apos;s company), their tracking, the messages that send them. What the actions change: quotes, and the timeline where each status change is written.</extracomment>
        <translation>Client or company…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="102"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="103"/>
        <source>En attente de réponse</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="109"/>
        <source>Tous les commerciaux</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="116"/>
        <source>TTC min.</source>
        <translation>Min. incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="117"/>
        <source>TTC max.</source>
        <translation>Max. incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="127"/>
        <source>Émis du</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="129"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="146"/>
        <source>Nouveau devis</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="147"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="148"/>
        <source>Aperçu PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="149"/>
        <source>Envoyer…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="150"/>
        <source>Nouvelle version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="151"/>
        <source>Accepté (signé)</source>
        <translation>Accepted (signed)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="152"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="153"/>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="154"/>
        <source>Bon de commande</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="155"/>
        <source>Supprimer le brouillon</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="164"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="166"/>
        <source>Suppr (Ctrl+Z pour annuler)</source>
        <translation>Del (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="222"/>
        <source>« %1 » n’est pas un montant</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/view.py" line="249"/>
        <source>%n devis</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="250"/>
        <source>Total HT : %1   ·   Total TTC : %2</source>
        <translation>Total excl. VAT: %1   ·   Total incl. VAT: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/quotes/view.py" line="254"/>
        <source>Total des devis listés, une fois chacun : %n version(s) remplacée(s) ou bon(s) de commande (qui reprend son devis accepté) listé(s) mais non compté(s).</source>
        <translation>
            <numerusform>Total of the listed quotes, each once: %n replaced version or purchase order (which repeats its accepted quote) listed but not counted.</numerusform>
            <numerusform>Total of the listed quotes, each once: %n replaced versions or purchase orders (each repeating its accepted quote) listed but not counted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="403"/>
        <source>Nouvelle version de %1 créée.</source>
        <translation>New version of %1 created.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="410"/>
        <source>Devis accepté</source>
        <translation>Quote accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="411"/>
        <source>Le devis %1 a-t-il été signé « Bon pour accord » par %2 ? Un devis accepté ne peut plus être remplacé.</source>
        <translation>Was quote %1 signed “Bon pour accord” by %2? An accepted quote can no longer be superseded.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="416"/>
        <source>Devis %1 accepté.</source>
        <translation>Quote %1 accepted.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="423"/>
        <source>Devis refusé</source>
        <translation>Quote refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="424"/>
        <source>Marquer le devis %1 comme refusé ?</source>
        <translation>Mark quote %1 as refused?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="426"/>
        <source>Devis %1 refusé.</source>
        <translation>Quote %1 refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="435"/>
        <source>Avenant au devis %1 créé.</source>
        <translation>Amendment to quote %1 created.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="444"/>
        <source>Bon de commande du devis %1 créé.</source>
        <translation>Purchase order of quote %1 created.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="457"/>
        <source>Supprimer le brouillon de devis</source>
        <translation>Delete the draft quote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/view.py" line="463"/>
        <source>Brouillon supprimé. Ctrl+Z pour annuler.</source>
        <translation>Draft deleted. Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/gui/kit/record_dialog.py" line="125"/>
        <source>Fusionner avec ce contact</source>
        <translation>Merge with this contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_dialog.py" line="133"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_dialog.py" line="134"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_dialog.py" line="164"/>
        <source>Champs personnalisés</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/record_dialog.py" line="228"/>
        <source>Partiellement coché : pas encore demandé</source>
        <translation>Partially checked: not asked yet</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/gui/kit/list_view.py" line="56"/>
        <source>Toutes les étiquettes</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/list_view.py" line="61"/>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/list_view.py" line="62"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kit/list_view.py" line="63"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/kit/list_view.py" line="260"/>
        <source>%n ligne(s) exportée(s).</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="41"/>
        <source>Envoyer un email</source>
        <translation>Send an email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="41"/>
        <source>Attendre</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="41"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="42"/>
        <source>Appel (campagne ou tâche)</source>
        <translation>Call (campaign or task)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="42"/>
        <source>Ajouter une étiquette</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="43"/>
        <source>Retirer une étiquette</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="43"/>
        <source>Modifier un champ</source>
        <translation>Set a field</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="44"/>
        <source>Prévenir le propriétaire</source>
        <translation>Notify the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="44"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="48"/>
        <source>Devis ouvert par une personne</source>
        <translation>Quote opened by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="48"/>
        <source>Devis consulté</source>
        <translation>Quote viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="49"/>
        <source>Devis accepté</source>
        <translation>Quote accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="49"/>
        <source>A répondu</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="49"/>
        <source>A l&apos;étiquette</source>
        <translation>Has the tag</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="50"/>
        <source>Valeur de champ (champ=valeur)</source>
        <translation>Field value (field=value)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="91"/>
        <source> jour(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="93"/>
        <source>ouvrés</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="102"/>
        <source>oui → </source>
        <translation>yes → </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="102"/>
        <source>non → </source>
        <translation>no → </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="105"/>
        <source>suite</source>
        <translation>next</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="72"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="73"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="74"/>
        <source>Supprimer l&apos;étape</source>
        <translation>Delete the step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="128"/>
        <source>modèle d&apos;email (followup)</source>
        <translation>email template (followup)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="128"/>
        <source>n° de campagne phoning, vide : tâche</source>
        <translation>phoning campaign no., empty: task</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="129"/>
        <source>étiquette</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="129"/>
        <source>champ=valeur</source>
        <translation>field=value</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="130"/>
        <source>message au propriétaire</source>
        <translation>message to the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="130"/>
        <source>étiquette ou champ=valeur</source>
        <translation>tag or field=value</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="172"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="174"/>
        <source>Déclencheur (requête dynamique)</source>
        <translation>Trigger (dynamic query)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="175"/>
        <source>Réinscrire un contact qui revient dans la requête</source>
        <translation>Enrol again a contact who comes back into the query</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="178"/>
        <source>Arrêter le scénario quand</source>
        <translation>Stop the scenario when</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="181"/>
        <source>un devis est accepté ou refusé</source>
        <translation>a quote is accepted or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="181"/>
        <source>l&apos;opportunité est conclue</source>
        <translation>the opportunity gets a result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="182"/>
        <source>le contact répond</source>
        <translation>the contact replies</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="182"/>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="19"/>
        <source>désinscription ou rebond</source>
        <translation>unsubscribe or bounce</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="183"/>
        <source>arrêt manuel permis</source>
        <translation>manual stop allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="187"/>
        <source>Fenêtre d&apos;envoi (heure du contact)</source>
        <translation>Sending window (contact&apos;s time)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="195"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="197"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="206"/>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="213"/>
        <source>&lt;b&gt;Étapes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steps&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/editor.py" line="221"/>
        <source>Aucun (inscription manuelle)</source>
        <translation>None (manual enrolment)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="18"/>
        <source>devis accepté ou refusé</source>
        <translation>quote accepted or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="18"/>
        <source>opportunité conclue</source>
        <translation>opportunity decided</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="19"/>
        <source>le contact a répondu</source>
        <translation>the contact replied</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="20"/>
        <source>ne pas contacter</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="20"/>
        <source>arrêt manuel</source>
        <translation>manual stop</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="21"/>
        <source>contact ou étape supprimés</source>
        <translation>contact or step deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="42"/>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/funnel.py" line="44"/>
        <source>Arrêté : %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="76"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="43"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="43"/>
        <location filename="../../desktop/gui/scenarios/view.py" line="85"/>
        <source>En cours</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="43"/>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="68"/>
        <source>Scénarios</source>
        <extracomment>What the view shows: the scenarios, their funnels (steps run by the automation, which the live services publish as OUTBOX and TRACKING news), and the dynamic queries a scenario may start from.</extracomment>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="72"/>
        <location filename="../../desktop/gui/scenarios/view.py" line="174"/>
        <source>Nouveau scénario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="72"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="73"/>
        <source>Démarrer / mettre en pause</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="74"/>
        <source>Inscrire les contacts d&apos;une requête</source>
        <translation>Enrol a query&apos;s contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="85"/>
        <source>Scénario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="85"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="85"/>
        <source>Terminés</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="86"/>
        <source>Arrêtés</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="96"/>
        <source>&lt;b&gt;Entonnoir&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funnel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="210"/>
        <source>Inscrire des contacts</source>
        <translation>Enrol contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/scenarios/view.py" line="210"/>
        <source>Requête</source>
        <translation>Smart query</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/_relance_plurals.py" line="77"/>
        <source>%n contact(s) inscrit(s)</source>
        <translation>
            <numerusform>%n contact enrolled</numerusform>
            <numerusform>%n contacts enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="88"/>
        <source>Choisissez le fichier de votre certificat, ou gardez le certificat créé par Relance.</source>
        <translation>Choose your certificate&apos;s file, or keep the certificate made by Relance.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="91"/>
        <source>Adresse d’horodatage refusée : elle commence par https:// (ou http://) et ne contient ni identifiant ni mot de passe.</source>
        <translation>Timestamping address refused: it starts with https:// (or http://) and holds no user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="112"/>
        <source>Votre certificat</source>
        <translation>Your certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="113"/>
        <source>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="129"/>
        <source>Vérification du certificat…</source>
        <translation>Checking the certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="136"/>
        <source>Fichier introuvable : vérifiez son emplacement.</source>
        <translation>File not found: check where it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="137"/>
        <source>Le certificat ne s’ouvre pas : mot de passe incorrect, ou ce n’est pas un fichier PKCS#12 avec sa clé.</source>
        <translation>The certificate does not open: wrong password, or not a PKCS#12 file with its key.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seal_page.py" line="140"/>
        <source>Certificat de %1, valable jusqu’au %2.</source>
        <translation>Certificate of %1, valid until %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="6"/>
        <source>Signature des devis</source>
        <translation>Quote signing</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="12"/>
        <source>Clé de scellement :</source>
        <translation>Sealing key:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="24"/>
        <source>Certificat créé par Relance pour votre société (conseillé pour commencer)</source>
        <translation>Certificate made by Relance for your company (advised to start with)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="34"/>
        <source>Votre propre certificat (fichier PKCS#12 : .p12 ou .pfx)</source>
        <translation>Your own certificate (PKCS#12 file: .p12 or .pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="43"/>
        <source>Fichier du certificat :</source>
        <translation>Certificate file:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="58"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="67"/>
        <source>Mot de passe du certificat :</source>
        <translation>Certificate password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="84"/>
        <source>Horodatage (TSA) :</source>
        <translation>Timestamping (TSA):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="94"/>
        <source>vide : sans horodatage (l’heure de votre ordinateur)</source>
        <translation>empty: no timestamp (your computer&apos;s time)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="101"/>
        <source>Vérifier le certificat</source>
        <translation>Check the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seal_page.ui" line="115"/>
        <source>Un devis signé en ligne est scellé (PAdES) par cette clé : toute modification du PDF se voit. Le certificat créé par Relance suffit à prouver l’intégrité ; un certificat d’une autorité reconnue et un service d’horodatage (adresse RFC 3161 de votre prestataire) renforcent la preuve. Les mots de passe restent dans le trousseau du système.</source>
        <translation>A quote signed online is sealed (PAdES) with this key: any change to the PDF shows. The certificate made by Relance is enough to prove integrity; a certificate from a recognised authority and a timestamping service (your provider&apos;s RFC 3161 address) make the proof stronger. Passwords stay in the system keyring.</translation>
    </message>
</context>
<context>
    <name>SellerForm</name>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="39"/>
        <location filename="../../ui/settings/seller.ui" line="29"/>
        <source>Raison sociale</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="40"/>
        <location filename="../../ui/settings/seller.ui" line="60"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="41"/>
        <location filename="../../ui/settings/seller.ui" line="94"/>
        <source>Capital social (€)</source>
        <translation>Share capital (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="42"/>
        <location filename="../../ui/settings/seller.ui" line="128"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="43"/>
        <location filename="../../ui/settings/seller.ui" line="162"/>
        <source>Registre d’immatriculation</source>
        <translation>Registered with</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="44"/>
        <source>RCS : registre du commerce et des sociétés</source>
        <translation>RCS: trade and companies register</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="45"/>
        <source>RM : répertoire des métiers (artisans)</source>
        <translation>RM: crafts register (artisans)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="46"/>
        <location filename="../../ui/settings/seller.ui" line="193"/>
        <source>Ville ou département d’immatriculation</source>
        <translation>Registration city or département</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="47"/>
        <location filename="../../ui/settings/seller.ui" line="227"/>
        <source>N° TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="48"/>
        <location filename="../../ui/settings/seller.ui" line="261"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="49"/>
        <location filename="../../ui/settings/seller.ui" line="292"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="50"/>
        <location filename="../../ui/settings/seller.ui" line="323"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="51"/>
        <location filename="../../ui/settings/seller.ui" line="354"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="52"/>
        <location filename="../../ui/settings/seller.ui" line="385"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="53"/>
        <location filename="../../ui/settings/seller.ui" line="416"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="54"/>
        <location filename="../../ui/settings/seller.ui" line="450"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="55"/>
        <location filename="../../ui/settings/seller.ui" line="484"/>
        <source>Validité des devis (jours)</source>
        <translation>Quote validity (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="56"/>
        <location filename="../../ui/settings/seller.ui" line="515"/>
        <source>Conditions de règlement par défaut</source>
        <translation>Default payment terms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="57"/>
        <location filename="../../ui/settings/seller.ui" line="530"/>
        <source>ex. 30 % à la commande, solde à 30 jours</source>
        <translation>e.g. 30% with the order, balance at 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="58"/>
        <location filename="../../ui/settings/seller.ui" line="549"/>
        <source>Taux des pénalités de retard</source>
        <translation>Late-payment penalty rate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="59"/>
        <location filename="../../ui/settings/seller.ui" line="564"/>
        <source>trois fois le taux d’intérêt légal</source>
        <translation>three times the French legal interest rate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="60"/>
        <location filename="../../ui/settings/seller.ui" line="583"/>
        <source>Métier du bâtiment (assurance décennale)</source>
        <translation>Building trade (decennial insurance)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="61"/>
        <location filename="../../ui/settings/seller.ui" line="613"/>
        <source>Assureur décennale</source>
        <translation>Decennial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="61"/>
        <location filename="../../ui/settings/seller.ui" line="628"/>
        <source>MAAF Assurances, contrat n° 123456</source>
        <translation>MAAF Assurances, policy no. 123456</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="62"/>
        <location filename="../../ui/settings/seller.ui" line="647"/>
        <source>Garantie décennale</source>
        <translation>Decennial coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="62"/>
        <location filename="../../ui/settings/seller.ui" line="662"/>
        <source>travaux de plomberie et chauffage</source>
        <translation>plumbing and heating work</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="63"/>
        <location filename="../../ui/settings/seller.ui" line="681"/>
        <source>Zone couverte</source>
        <translation>Area covered</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="63"/>
        <location filename="../../ui/settings/seller.ui" line="696"/>
        <source>France métropolitaine</source>
        <translation>Metropolitan France</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="64"/>
        <location filename="../../ui/settings/seller.ui" line="715"/>
        <source>Mention d’exonération de TVA</source>
        <translation>VAT exemption mention</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="66"/>
        <location filename="../../ui/settings/seller.ui" line="749"/>
        <source>Conditions générales de vente (CGV)</source>
        <translation>Terms of sale (CGV)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="80"/>
        <source>un nombre de jours entre 1 et 365</source>
        <translation>a number of days between 1 and 365</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="92"/>
        <location filename="../../ui/settings/seller.ui" line="6"/>
        <source>Ma société</source>
        <translation>My company</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="169"/>
        <source>Identité de la société enregistrée.</source>
        <translation>Company identity saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seller.ui" line="796"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seller.ui" line="825"/>
        <source>Choisir le logo…</source>
        <translation>Choose the logo…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/seller.ui" line="832"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SellerSettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="113"/>
        <source>aucun logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="120"/>
        <source>Image trop lourde (2 Mo au plus).</source>
        <translation>Image too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="125"/>
        <source>Choisissez une image PNG ou JPEG.</source>
        <translation>Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="134"/>
        <source>Choisir le logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/seller.py" line="135"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="49"/>
        <source>Le contact du devis n’a pas d’adresse e-mail : ajoutez-la sur sa fiche.</source>
        <translation>The quote&apos;s contact has no email address: add it to their record.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="51"/>
        <source>Ce contact a demandé à ne plus recevoir d’e-mails : le devis ne peut pas lui être envoyé.</source>
        <translation>This contact asked not to receive emails: the quote cannot be sent to them.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="53"/>
        <source>Finalisez le devis avant de l’envoyer.</source>
        <translation>Finalise the quote before sending it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="59"/>
        <source>Adresse e-mail invalide (%1).</source>
        <translation>Invalid email address (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="61"/>
        <source>Un champ contient un retour à la ligne interdit : %1</source>
        <translation>A field contains a forbidden line break: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="63"/>
        <source>Le modèle d’e-mail contient une erreur : %1</source>
        <translation>The email template has an error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="102"/>
        <source>Relancer par email</source>
        <translation>Follow up by email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="113"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="115"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="135"/>
        <source>Le devis ne peut pas être envoyé.</source>
        <translation>The quote cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="137"/>
        <source>Ouvrir Paramètres › Messagerie et suivi</source>
        <translation>Open Settings › Mail and tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="152"/>
        <source>Votre adresse d’expéditeur n’est pas encore renseignée : indiquez-la dans les réglages de la messagerie, puis rouvrez cette fenêtre.</source>
        <translation>Your sender address is not set yet: enter it in the mail settings, then open this window again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="194"/>
        <source>%1 (%2 Ko)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="312"/>
        <source>Envoyer quand même</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="313"/>
        <source>Ce devis a déjà été mis en file d’envoi à %1, depuis ce poste ou un autre. Vérifiez avant de l’envoyer une seconde fois.</source>
        <translation>This quote was already queued for sending at %1, from this computer or another one. Check before sending it a second time.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="197"/>
        <source>Vérifiez le message, puis cliquez sur « Envoyer ».</source>
        <translation>Check the message, then click “Send”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="208"/>
        <source>complet : le contact a accepté le suivi ; ouvertures, clics et consultations vous seront signalés, et le message lui permet de retirer son accord.</source>
        <translation>complete: the contact accepted tracking; opens, clicks and views will be reported to you, and the message lets them withdraw.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="211"/>
        <source>le contact a refusé le suivi</source>
        <translation>the contact refused tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="212"/>
        <source>le contact a retiré son accord au suivi</source>
        <translation>the contact withdrew their consent to tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="213"/>
        <source>le contact n’a pas encore accepté le suivi (règle de la CNIL)</source>
        <translation>the contact has not accepted tracking yet (the CNIL&apos;s rule)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="215"/>
        <source>sans pixel ni lien suivi : %1. Vous saurez quand il consulte ou accepte le devis en ligne.</source>
        <translation>no pixel nor tracked link: %1. You will know when they view or accept the quote online.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="218"/>
        <source>Le message lui demande poliment s’il accepte d’être suivi (Oui / Non).</source>
        <translation>The message politely asks whether they accept tracking (Yes / No).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="222"/>
        <source>Régler le suivi…</source>
        <translation>Tracking settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="224"/>
        <source>désactivé pour ce contact (politique de suivi de l’entreprise ou refus du contact) : ni pixel ni lien personnel.</source>
        <translation>off for this contact (the company&apos;s tracking policy or the contact&apos;s refusal): no pixel, no personal link.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="273"/>
        <source>Pièces jointes : %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="274"/>
        <source>Taille : %1 Ko</source>
        <translation>Size: %1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="295"/>
        <source>Mise en file d’envoi…</source>
        <translation>Queueing…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/send_dialog.py" line="320"/>
        <source>Devis mis en file d’envoi : il part dans un instant.</source>
        <translation>Quote queued: it leaves in a moment.</translation>
    </message>
</context>
<context>
    <name>SendDialogForm</name>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="8"/>
        <source>Envoyer le devis</source>
        <translation>Send the quote</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="12"/>
        <source>Préparation du PDF et du message…</source>
        <translation>Preparing the PDF and the message…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="27"/>
        <source>À :</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="38"/>
        <source>Cc :</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="44"/>
        <source>autre@client.fr, direction@client.fr</source>
        <translation>other@client.fr, manager@client.fr</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="49"/>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="58"/>
        <source>Pièce jointe :</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="66"/>
        <source>Suivi :</source>
        <translation>Tracking:</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="80"/>
        <source>Aperçu de l’envoi</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/send_dialog.ui" line="84"/>
        <source>Exactement ce qui sera envoyé (les images distantes ne sont pas chargées) :</source>
        <translation>Exactly what will be sent (remote images are not loaded):</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../../desktop/gui/settings/common.py" line="83"/>
        <source>enregistré dans le trousseau (laisser vide pour le garder)</source>
        <extracomment>The settings only the interface reads (the numbering is read when a quote is finalised; the database, the language and the region at the next start): changing them restarts none of the live services. The page&apos;s heading in the mail dialog (the window names it by its tab).</extracomment>
        <translation>saved in the keyring (leave empty to keep it)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/common.py" line="97"/>
        <source>Aucun trousseau sûr n’est disponible : les mots de passe et clés ne peuvent pas être enregistrés. Les autres réglages le sont.</source>
        <translation>No safe keyring is available: passwords and keys cannot be saved. The other settings are.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/common.py" line="128"/>
        <source>Le trousseau a refusé d’enregistrer le mot de passe ou la clé : rien n’a été enregistré. Déverrouillez le trousseau puis réessayez.</source>
        <translation>The keyring refused to save the password or the key: nothing was saved. Unlock the keyring and try again.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="49"/>
        <source>Tous les paramètres</source>
        <translation>All settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="60"/>
        <source>Société et devis</source>
        <translation>Company and quotes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="64"/>
        <source>Base d’équipe</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="64"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="62"/>
        <source>Champs personnalisés</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="60"/>
        <source>Envoi (SMTP)</source>
        <translation>Sending (SMTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="61"/>
        <source>Suivi</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="61"/>
        <source>Réponses (IMAP)</source>
        <translation>Replies (IMAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="63"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="122"/>
        <source>Corrigez les réglages signalés avant d’enregistrer.</source>
        <translation>Correct the settings shown before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="137"/>
        <source>Paramètres enregistrés. Redémarrez Relance pour changer de base ou de langue.</source>
        <translation>Settings saved. Restart Relance to change the database or the language.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/window.py" line="138"/>
        <source>Paramètres enregistrés et appliqués.</source>
        <translation>Settings saved and applied.</translation>
    </message>
</context>
<context>
    <name>SmtpPage</name>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="72"/>
        <source>STARTTLS (port 587)</source>
        <extracomment>The reply mailbox&apos;s page (its settings join the checks and the Sent folder&apos;s note). The reply mailbox&apos;s password, typed or stored. Reads a domain&apos;s MX hosts (tests point it at their DNS server).</extracomment>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="72"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="73"/>
        <source>Aucune (déconseillé)</source>
        <translation>None (not recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="75"/>
        <source>Choisissez votre fournisseur…</source>
        <translation>Choose your provider…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="78"/>
        <source>Automatique (selon le fournisseur)</source>
        <translation>Automatic (depends on the provider)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="79"/>
        <source>Toujours déposer une copie</source>
        <translation>Always file a copy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="79"/>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="146"/>
        <source>Connectez-vous avec votre compte, ou choisissez la connexion par mot de passe.</source>
        <translation>Sign in with your account, or choose the password sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="155"/>
        <source>Compte %1 (recommandé)</source>
        <translation>%1 account (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="157"/>
        <source>Mot de passe d’application</source>
        <translation>App password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="157"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="190"/>
        <source>Se connecter avec %1</source>
        <translation>Sign in with %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="195"/>
        <source>Connecté : %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="228"/>
        <source>Proposé d’après l’adresse %1.</source>
        <translation>Proposed from the address %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="229"/>
        <source>Proposé d’après les serveurs de messagerie (MX) de %1.</source>
        <translation>Proposed from the mail servers (MX) of %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="243"/>
        <source>Terminez la connexion dans votre navigateur… (cliquez de nouveau pour annuler)</source>
        <translation>Finish signing in in your browser… (click again to cancel)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="251"/>
        <source>Connexion réussie : Relance enverra avec le compte %1.</source>
        <translation>Signed in: Relance will send with the account %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="268"/>
        <source>Déconnecté : Relance ne peut plus envoyer avec ce compte.</source>
        <translation>Signed out: Relance can no longer send with this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="289"/>
        <source>Indiquez le serveur d’envoi, ou choisissez votre fournisseur.</source>
        <translation>Enter the sending server, or choose your provider.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="294"/>
        <source>Vérification de la connexion…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="312"/>
        <source>✓ %1 : réussi</source>
        <translation>✓ %1: succeeded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="314"/>
        <source>✗ %1 : échec. %2</source>
        <translation>✗ %1: failed. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="316"/>
        <source>aucun dossier « Envoyés » trouvé : indiquez son nom dans l’onglet Réponses.</source>
        <translation>no Sent folder was found: enter its name in the Replies tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="331"/>
        <source>Indiquez le serveur et l’adresse de l’expéditeur.</source>
        <translation>Enter the server and the sender address.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="336"/>
        <source>Envoi du message de test…</source>
        <translation>Sending the test message…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="347"/>
        <source>Message de test envoyé à %1. Réponse du serveur : %2</source>
        <translation>Test message sent to %1. Server answer: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/smtp_page.py" line="348"/>
        <source>Échec. Réponse exacte du serveur : %2</source>
        <translation>Failed. The server&apos;s exact answer: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="6"/>
        <source>Envoi des e-mails (SMTP)</source>
        <translation>Sending email (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="12"/>
        <source>Votre adresse e-mail :</source>
        <translation>Your email address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="29"/>
        <source>Fournisseur :</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="49"/>
        <source>Connexion :</source>
        <translation>Sign-in:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="64"/>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="71"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="97"/>
        <source>Serveur d’envoi :</source>
        <translation>Sending server:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="107"/>
        <source>vide : mode local (fichiers .eml)</source>
        <translation>empty: local mode (.eml files)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="114"/>
        <source>Port et sécurité :</source>
        <translation>Port and security:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="141"/>
        <source>Identifiant :</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="155"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="172"/>
        <source>Nom de l’expéditeur :</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="189"/>
        <source>Signature :</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="212"/>
        <source>Dossier « Envoyés » :</source>
        <translation>Sent folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="234"/>
        <source>Tester la connexion</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/smtp_page.ui" line="241"/>
        <source>Envoyer un message de test</source>
        <translation>Send a test message</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="61"/>
        <source>désactivé (réseau local de confiance seulement)</source>
        <translation>off (trusted local network only)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="61"/>
        <source>si le serveur le propose</source>
        <translation>if the server offers it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="62"/>
        <source>exigé, certificat non vérifié</source>
        <translation>required, certificate not checked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="62"/>
        <source>exigé, certificat vérifié</source>
        <translation>required, certificate checked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="63"/>
        <source>exigé, certificat et nom du serveur vérifiés (recommandé)</source>
        <translation>required, certificate and server name checked (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="101"/>
        <source>Serveur refusé : indiquez son nom ou son adresse, sans espace ni « / ».</source>
        <translation>Server refused: give its name or address, without spaces or “/”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="117"/>
        <source>Redémarrage nécessaire pour changer de base.</source>
        <translation>A restart is needed to change the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="126"/>
        <source>Certificat de l’autorité</source>
        <translation>Authority certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="127"/>
        <source>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="143"/>
        <source>Vérification de la connexion…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="159"/>
        <source>Nom du serveur</source>
        <translation>Server name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="159"/>
        <source>Connexion au port</source>
        <translation>Connection to the port</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="160"/>
        <source>Chiffrement (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="160"/>
        <source>Identification</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="161"/>
        <source>Version de la base</source>
        <translation>Database version</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="166"/>
        <source>✓ %1 : réussi</source>
        <translation>✓ %1: passed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="168"/>
        <source>✗ %1 : échec. %2</source>
        <translation>✗ %1: failed. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="174"/>
        <source>non chiffrée, à votre demande</source>
        <translation>not encrypted, as you asked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="175"/>
        <source>le serveur ne propose pas de chiffrement : connexion non chiffrée</source>
        <translation>the server offers no encryption: connection not encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="176"/>
        <source>base vide : Relance la préparera au prochain démarrage</source>
        <translation>empty database: Relance will prepare it at the next start</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="177"/>
        <source>à jour</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="178"/>
        <source>ancienne : Relance la mettra à jour au prochain démarrage</source>
        <translation>older: Relance will upgrade it at the next start</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="183"/>
        <source>Indiquez le nom ou l’adresse du serveur.</source>
        <translation>Give the server&apos;s name or address.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="184"/>
        <source>Ce nom est inconnu : vérifiez son orthographe ou votre connexion à Internet.</source>
        <translation>This name is unknown: check its spelling or your Internet connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="185"/>
        <source>Le serveur refuse la connexion sur ce port : vérifiez le port (5432 en général) et que PostgreSQL accepte les connexions réseau.</source>
        <translation>The server refuses connections on this port: check the port (usually 5432) and that PostgreSQL accepts network connections.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="187"/>
        <source>Le serveur ne répond pas : un pare-feu bloque peut-être ce port.</source>
        <translation>The server does not answer: a firewall may be blocking this port.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="188"/>
        <source>Le serveur est injoignable depuis ce poste : vérifiez le réseau.</source>
        <translation>The server cannot be reached from this computer: check the network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="189"/>
        <source>Le serveur ne propose pas de chiffrement alors qu’il est exigé : activez TLS sur le serveur ou demandez-le à votre hébergeur.</source>
        <translation>The server offers no encryption although it is required: turn TLS on on the server or ask your hosting provider.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="191"/>
        <source>Le certificat du serveur n’est signé par aucune autorité connue : choisissez le certificat de l’autorité (CA) que donne votre hébergeur.</source>
        <translation>The server&apos;s certificate is signed by no known authority: choose the authority (CA) certificate your hosting provider gives.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="193"/>
        <source>Le certificat ne correspond pas à ce nom de serveur : utilisez le nom exact donné par votre hébergeur.</source>
        <translation>The certificate does not match this server name: use the exact name your hosting provider gives.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="195"/>
        <source>Le fichier du certificat de l’autorité est introuvable.</source>
        <translation>The authority certificate file cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="196"/>
        <source>Le chiffrement n’a pas pu être établi avec ce serveur.</source>
        <translation>Encryption could not be set up with this server.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="197"/>
        <source>Le serveur a fermé la connexion : est-ce bien un serveur PostgreSQL ?</source>
        <translation>The server closed the connection: is it really a PostgreSQL server?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="198"/>
        <source>Utilisateur ou mot de passe refusé : vérifiez-les.</source>
        <translation>User name or password refused: check them.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="199"/>
        <source>Cet utilisateur n’existe pas sur le serveur.</source>
        <translation>This user does not exist on the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="200"/>
        <source>Cette base n’existe pas sur le serveur : vérifiez son nom.</source>
        <translation>This database does not exist on the server: check its name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="201"/>
        <source>Le serveur n’accepte pas ce poste (pg_hba.conf) : demandez à votre administrateur d’autoriser votre adresse.</source>
        <translation>The server does not accept this computer (pg_hba.conf): ask your administrator to allow your address.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="203"/>
        <source>La base a été préparée par une version plus récente de Relance : mettez Relance à jour sur ce poste.</source>
        <translation>The database was prepared by a newer Relance: update Relance on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="205"/>
        <source>La version de la base n’a pas pu être lue : l’utilisateur a-t-il les droits ?</source>
        <translation>The database version could not be read: does the user have the rights?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/team_page.py" line="206"/>
        <source>Connexion impossible.</source>
        <translation>Connection impossible.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="6"/>
        <source>Base d’équipe</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="12"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="29"/>
        <source>Port :</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="52"/>
        <source>Base :</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="62"/>
        <location filename="../../ui/settings/team_page.ui" line="79"/>
        <source>relance</source>
        <translation>relance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="69"/>
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="86"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="103"/>
        <source>Chiffrement (TLS) :</source>
        <translation>Encryption (TLS):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="117"/>
        <source>Certificat de l’autorité (CA) :</source>
        <translation>Authority certificate (CA):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="129"/>
        <source>vide : autorités reconnues par le système</source>
        <translation>empty: authorities known to the system</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="136"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="152"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="166"/>
        <source>Le mot de passe reste dans le trousseau du système. Pour un serveur hébergé, gardez le chiffrement recommandé et indiquez le certificat de l’autorité que donne votre hébergeur. Changer de base demande un redémarrage de Relance.</source>
        <translation>The password stays in the system keyring. For a hosted server, keep the recommended encryption and give the authority certificate your hosting provider gives. Changing the database needs a restart of Relance.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/team_page.ui" line="22"/>
        <source>vide : base locale sur ce poste</source>
        <translation>empty: local database on this computer</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="49"/>
        <source>Modèle « %1 »</source>
        <translation>Template “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="60"/>
        <source>Les variables du devis s’écrivent {{ … }} ; « Vérifier » essaie le modèle sur un devis exemple.</source>
        <translation>Quote variables are written {{ … }}; “Check” tries the template on a sample quote.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="64"/>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="65"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="67"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="95"/>
        <source>Modèle enregistré : il fonctionne sur le devis exemple.</source>
        <translation>Template saved: it works on the sample quote.</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="124"/>
        <source>Modèles de devis</source>
        <translation>Quote templates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="130"/>
        <source>Dupliquer le modèle</source>
        <translation>Duplicate the template</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="131"/>
        <source>Modifier le HTML…</source>
        <translation>Edit the HTML…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="135"/>
        <source>Les modèles livrés ne se modifient pas : dupliquez-en un, puis modifiez la copie.</source>
        <translation>Shipped templates are not edited: duplicate one, then edit the copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="152"/>
        <source>Classique (livré)</source>
        <translation>Classic (shipped)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="152"/>
        <source>Moderne (livré)</source>
        <translation>Modern (shipped)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/template_editor.py" line="179"/>
        <source>Modèle copié : %1</source>
        <translation>Template copied: %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/gui/shell/notifications.py" line="71"/>
        <source>Cliquez pour ouvrir le devis</source>
        <translation>Click to open the quote</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="117"/>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="153"/>
        <source>Sous-total HT</source>
        <translation>Subtotal excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="154"/>
        <source>Remise globale</source>
        <translation>Global discount</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="155"/>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="157"/>
        <source>TVA %1 sur %2</source>
        <translation>VAT %1 on %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="160"/>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/quotes/editor/panels.py" line="162"/>
        <source>Acompte (%1)</source>
        <translation>Deposit (%1)</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="53"/>
        <source>Recommandation de la CNIL : suivi des ouvertures avec consentement (ou contact antérieur au 14 avril 2026 informé, sans opposition)</source>
        <translation>The CNIL&apos;s recommendation: opens tracked with consent (or a contact from before 14 April 2026, informed, who did not object)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="55"/>
        <source>Consentement explicite seulement</source>
        <translation>Explicit consent only</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="56"/>
        <source>Toujours (hors refus et retraits), sous votre responsabilité</source>
        <translation>Always (except refusals and withdrawals), at your own responsibility</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="57"/>
        <source>Jamais : aucun lien du tracker, devis en PDF joint</source>
        <translation>Never: no tracker link, the quote attached as a PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="98"/>
        <source>Cochez la case de responsabilité pour choisir « Toujours », ou gardez la recommandation de la CNIL.</source>
        <translation>Tick the responsibility box to choose “Always”, or keep the CNIL&apos;s recommendation.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="109"/>
        <source>Les ouvertures d’un e-mail ne sont mesurées qu’avec le consentement du contact, professionnels compris ; la consultation du devis en ligne, son téléchargement, l’acceptation et les réponses restent signalés sans pixel.</source>
        <translation>An email&apos;s opens are measured only with the contact&apos;s consent, business contacts included; viewing the quote online, downloading it, accepting it and replies are still reported without a pixel.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="112"/>
        <source>Seuls les contacts qui ont dit oui sont suivis, même ceux d’avant le 14 avril 2026.</source>
        <translation>Only contacts who said yes are tracked, even those from before 14 April 2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="114"/>
        <source>Je comprends que « Toujours » mesure l’ouverture des e-mails de contacts qui n’y ont pas consenti, ce que la recommandation de la CNIL sur les pixels de suivi n’admet pas pour les personnes en France, et que l’entreprise en porte la responsabilité. Les refus et les retraits restent respectés.</source>
        <translation>I understand that “Always” measures the opens of contacts who did not consent, which the CNIL&apos;s recommendation on tracking pixels does not allow for people in France, and that the company is responsible for it. Refusals and withdrawals are still respected.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="118"/>
        <source>Aucun pixel, aucun lien du tracker : le devis part en pièce jointe.</source>
        <translation>No pixel, no tracker link: the quote leaves as an attachment.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="120"/>
        <source>Recommandation de la CNIL sur les pixels de suivi</source>
        <translation>The CNIL&apos;s recommendation on tracking pixels</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="146"/>
        <source>Démonstration : le serveur de suivi intégré tourne sur cet ordinateur ; seuls les messages du dossier local portent ses liens.</source>
        <translation>Demo: the built-in tracker runs on this computer; only the messages of the local folder carry its links.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="150"/>
        <source>Adresse publique en HTTPS : vérifiez-la avec « Tester la connexion ».</source>
        <translation>Public HTTPS address: check it with “Test the connection”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="164"/>
        <source>Le serveur de suivi intégré n’est pas encore démarré.</source>
        <translation>The built-in tracking server has not started yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="167"/>
        <source>Connexion…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="169"/>
        <source> Mais %1 : les e-mails réels partiront sans suivi.</source>
        <translation> But %1: real emails will leave without tracking.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="185"/>
        <source>Connexion réussie : %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings/tracker_page.py" line="186"/>
        <source>Échec de la connexion : %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="6"/>
        <source>Suivi des ouvertures</source>
        <translation>Open tracking</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="12"/>
        <source>Adresse du serveur :</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="22"/>
        <source>vide : serveur de suivi intégré sur cet ordinateur</source>
        <translation>empty: built-in tracking server on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="45"/>
        <source>Clé d’API :</source>
        <translation>API key:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="62"/>
        <source>Tester la connexion</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="76"/>
        <source>Politique de suivi :</source>
        <translation>Tracking policy:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="105"/>
        <source>Je comprends et j’en prends la responsabilité pour l’entreprise</source>
        <translation>I understand and take the responsibility for the company</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="112"/>
        <source>Demander poliment dans l’e-mail du devis si le contact accepte le suivi (Oui / Non)</source>
        <translation>Politely ask in the quote email whether the contact accepts tracking (Yes / No)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="119"/>
        <source>Conserver les événements :</source>
        <translation>Keep the events:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/tracker_page.ui" line="129"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
</context>
<context>
    <name>TrackerStatusLabel</name>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="24"/>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="41"/>
        <source>Suivi : démarrage…</source>
        <translation>Tracking: starting…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="40"/>
        <source>Suivi : en ligne</source>
        <translation>Tracking: online</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="40"/>
        <source>Suivi : hors ligne</source>
        <translation>Tracking: offline</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="41"/>
        <source>Suivi : erreur</source>
        <translation>Tracking: error</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="43"/>
        <source>Suivi : pas de serveur public</source>
        <translation>Tracking: no public server</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="48"/>
        <source>Les ouvertures et consultations de vos devis arrivent en direct.</source>
        <translation>Opens and views of your quotes arrive live.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="49"/>
        <source>Le serveur de suivi ne répond pas : nouvel essai dans %1 s. Les envois suivis attendent son retour ; rien n’est perdu.</source>
        <translation>The tracking server does not answer: next try in %1 s. Tracked emails wait for it; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/status_widgets.py" line="52"/>
        <source>Le serveur de suivi refuse la connexion (clé d’API ?). Vérifiez Paramètres › Messagerie et suivi.</source>
        <translation>The tracking server refuses the connection (API key?). Check Settings › Email and tracking.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/gui/signing/verify_dialog.py" line="90"/>
        <source>Le résultat de la vérification s&apos;affichera ici.</source>
        <extracomment>The original&apos;s SHA-256 -&gt; the evidence record on file (the tracker&apos;s dict), or None.</extracomment>
        <translation>The result of the check will show here.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/signing/verify_dialog.py" line="95"/>
        <source>Choisir un PDF scellé</source>
        <translation>Choose a sealed PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/signing/verify_dialog.py" line="96"/>
        <source>Documents PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/signing/verify_dialog.py" line="103"/>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/signing/verify_dialog.py" line="120"/>
        <source>Ce fichier n&apos;a pas pu être lu.</source>
        <translation>This file could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/verify_dialog.ui" line="5"/>
        <source>Vérifier une signature</source>
        <translation>Verify a signature</translation>
    </message>
    <message>
        <location filename="../../ui/signing/verify_dialog.ui" line="11"/>
        <source>Choisissez un PDF scellé, ou déposez-le dans cette fenêtre : Relance dit s&apos;il est intact, qui l&apos;a scellé, quand, et si le devis d&apos;origine est celui du dossier de preuve.</source>
        <translation>Choose a sealed PDF, or drop it on this window: Relance says whether it is intact, who sealed it, when, and whether the original quote is the one in the evidence file.</translation>
    </message>
    <message>
        <location filename="../../ui/signing/verify_dialog.ui" line="20"/>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../ui/signing/verify_dialog.ui" line="25"/>
        <source>&amp;Choisir un PDF…</source>
        <translation>&amp;Choose a PDF…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/gui/shell/welcome.py" line="39"/>
        <source>Bienvenue dans Relance</source>
        <extracomment>The seller fields the first quote needs (the legal checker&apos;s), in the order of Paramètres › Ma société.</extracomment>
        <translation>Welcome to Relance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/shell/welcome.py" line="51"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="5"/>
        <source>Bienvenue dans Relance</source>
        <translation>Welcome to Relance</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="13"/>
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Qui relancer, quand, et comment. Indiquez votre société : elle figurera sur vos devis. Tout peut être complété plus tard.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Relance&lt;/h2&gt;&lt;p&gt;Who to follow up, when, and how. Enter your company: it will be printed on your quotes. Everything can be completed later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="22"/>
        <source>Raison sociale</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="44"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="66"/>
        <source>Capital social (€)</source>
        <translation>Share capital (€)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="88"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="110"/>
        <source>Registre d’immatriculation</source>
        <translation>Registered with</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="132"/>
        <source>Ville ou département d’immatriculation</source>
        <translation>Registration city or département</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="141"/>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="154"/>
        <source>N° TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="176"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="198"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="220"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="242"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="264"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="288"/>
        <source>Vos e-mails (expéditeur des devis)</source>
        <translation>Your emails (sender of the quotes)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="290"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="292"/>
        <source>Votre adresse e-mail</source>
        <translation>Your email address</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="293"/>
        <source>vide : l’email de la société</source>
        <translation>empty: the company&apos;s email</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="299"/>
        <source>Commencer avec une base vide</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.ui" line="302"/>
        <source>Charger les données de démonstration (200 sociétés, 600 contacts)</source>
        <translation>Load the demo data (200 companies, 600 contacts)</translation>
    </message>
</context>
</TS>
