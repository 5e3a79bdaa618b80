<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MailImportFlow</name>
    <message>
        <source>Import Mail from an mbox File</source>
        <translation>Importer des e-mails d&apos;un fichier mbox</translation>
    </message>
    <message>
        <source>Mailboxes (*.mbox *.mbx *.eml);;All files (*)</source>
        <translation>Boîtes aux lettres (*.mbox *.mbx *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Mail from a Maildir Folder</source>
        <translation>Importer des e-mails d&apos;un dossier Maildir</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>Import des e-mails…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <source>The import was cancelled; importing again continues where it stopped.</source>
        <translation>L&apos;import a été annulé&#xa0;; un nouvel import reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>L&apos;import est terminé.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already there (skipped): %1</source>
        <translation>Déjà présents (ignorés)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Auto-replies left out: %1</source>
        <translation>Réponses automatiques laissées de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bounces left out: %1</source>
        <translation>Avis de non-remise laissés de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopping after the mails under way…</source>
        <translation>Arrêt après les courriels en cours…</translation>
    </message>
</context>
<context>
    <name>MailImportService</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is neither a Maildir folder nor a folder of .eml files.</source>
        <translation>%1 n&apos;est ni un dossier Maildir ni un dossier de fichiers .eml.</translation>
    </message>
    <message>
        <source>%1 could not be read as an mbox file.</source>
        <translation>%1 n&apos;a pas pu être lu comme fichier mbox.</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, message %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>The mail is larger than %1 MB.</source>
        <translation>Le message dépasse %1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <source>The mail is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The mail does not begin with header lines.</source>
        <translation>Le message ne commence pas par des lignes d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The mail has no sender address (From).</source>
        <translation>Le message n&apos;a pas d&apos;adresse d&apos;expéditeur (From).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A change that must lock the workspace first was started inside one that did not; nothing was written. Please report this as a bug.</source>
        <translation>Une modification qui doit d’abord verrouiller l’espace de travail a été commencée dans une modification qui ne l’a pas fait&#xa0;; rien n’a été écrit. Merci de signaler ce bogue.</translation>
    </message>
</context>
<context>
    <name>tandem::AccountService</name>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>That login and password do not match an account here.</source>
        <translation>Cet identifiant et ce mot de passe ne correspondent à aucun compte de cet espace.</translation>
    </message>
    <message>
        <source>This account is disabled. A team lead can enable it again.</source>
        <translation>Ce compte est désactivé. Un responsable d&apos;équipe peut le réactiver.</translation>
    </message>
    <message>
        <source>Signing in without a password works only in demo workspaces.</source>
        <translation>La connexion sans mot de passe n&apos;est possible que dans les espaces de démonstration.</translation>
    </message>
    <message>
        <source>There is no active agent with the login &quot;%1&quot; in this workspace.</source>
        <translation>Aucun agent actif n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>This workspace needs a sign-in.</source>
        <translation>Cet espace de travail demande une connexion.</translation>
    </message>
    <message>
        <source>This workspace has no active team lead.</source>
        <translation>Cet espace de travail n&apos;a aucun responsable d&apos;équipe actif.</translation>
    </message>
    <message>
        <source>Only team leads manage accounts.</source>
        <translation>Seuls les responsables d&apos;équipe gèrent les comptes.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Cet agent n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A login is up to %1 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un identifiant compte au plus %1 lettres minuscules, chiffres, points, tirets ou tirets bas, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Give the agent&apos;s name as colleagues should see it.</source>
        <translation>Indiquez le nom de l&apos;agent tel que ses collègues doivent le voir.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>This workspace already has accounts; sign in instead.</source>
        <translation>Cet espace de travail a déjà des comptes&#xa0;; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>%1 is the last active team lead; make someone else a team lead first.</source>
        <translation>%1 est le dernier responsable d&apos;équipe actif&#xa0;; nommez d&apos;abord quelqu&apos;un d&apos;autre responsable d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>tandem::AddInformationDialog</name>
    <message>
        <source>Add Information to Escalation #%1</source>
        <translation>Ajouter des informations à l&apos;escalade n°&#xa0;%1</translation>
    </message>
    <message>
        <source>For %1. The specialist sees your note and files in the escalation&apos;s history; its state stays as it is.</source>
        <translation>Pour %1. Le spécialiste voit votre note et vos fichiers dans l&apos;historique de l&apos;escalade&#xa0;; son état ne change pas.</translation>
    </message>
    <message>
        <source>What is new: what the customer reported, what you found, what you attach</source>
        <translation>Ce qui est nouveau&#xa0;: ce que le client a signalé, ce que vous avez trouvé, ce que vous joignez</translation>
    </message>
    <message>
        <source>&amp;Information for the specialist:</source>
        <translation>&amp;Informations pour le spécialiste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to #%1</source>
        <translation>&amp;Ajouter au n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Add the note and the attachments to the escalation (Ctrl+Return)</source>
        <translation>Ajouter la note et les pièces jointes à l&apos;escalade (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Write what you are adding for the specialist first; nothing was added.</source>
        <translation>Rédigez d&apos;abord ce que vous ajoutez pour le spécialiste&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>tandem::AgentAccountForm</name>
    <message>
        <source>e.g. sam.carter</source>
        <translation>p. ex. sam.carter</translation>
    </message>
    <message>
        <source>as colleagues see it</source>
        <translation>tel que les collègues le voient</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the login and the name.</source>
        <translation>Renseignez l&apos;identifiant et le nom.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Un mot de passe doit compter au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tandem::AgentListModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>tandem::AgentsDialog</name>
    <message>
        <source>&amp;Add Agent…</source>
        <translation>&amp;Ajouter un agent…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Changer de &amp;rôle</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Définir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <source>Add Agent</source>
        <translation>Ajouter un agent</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>New password for %1 (at least %n character(s)):</source>
        <translation>
            <numerusform>Nouveau mot de passe pour %1 (au moins %n caractère)&#xa0;:</numerusform>
            <numerusform>Nouveau mot de passe pour %1 (au moins %n caractères)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Le même mot de passe, une seconde fois&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe sont différents&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>tandem::AnswerDialog</name>
    <message>
        <source>Answer the Specialist</source>
        <translation>Répondre au spécialiste</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>Escalade n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 asked on %2:</source>
        <translation>%1 a demandé le %2&#xa0;:</translation>
    </message>
    <message>
        <source>Support asked:</source>
        <translation>Le support a demandé&#xa0;:</translation>
    </message>
    <message>
        <source>The question could not be found in the escalation&apos;s history.</source>
        <translation>La question est introuvable dans l&apos;historique de l&apos;escalade.</translation>
    </message>
    <message>
        <source>What the specialist asked for: the facts, what you checked, what you attach</source>
        <translation>Ce que le spécialiste a demandé&#xa0;: les faits, ce que vous avez vérifié, ce que vous joignez</translation>
    </message>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Votre &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;nd Answer</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send the answer and the attachments to the specialist (Ctrl+Return)</source>
        <translation>Envoyer la réponse et les pièces jointes au spécialiste (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Write your answer for the specialist first; nothing was sent.</source>
        <translation>Rédigez d&apos;abord votre réponse pour le spécialiste&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>tandem::Appearance</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleEditor</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>I Checked It</source>
        <translation>Je l&apos;ai vérifié</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the article answers, as a customer would ask it</source>
        <translation>La question à laquelle l&apos;article répond, comme un client la poserait</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Texte (Markdown)</translation>
    </message>
    <message>
        <source>The answer in Markdown: ## headings, lists, **bold**, `code`, ```blocks```.</source>
        <translation>La réponse en Markdown&#xa0;: ## titres, listes, **gras**, `code`, ```blocs```.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>hub, wi-fi, offline</source>
        <translation>hub, wi-fi, hors ligne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The two-letter code of the language the article is written in, such as en or de.</source>
        <translation>Le code à deux lettres de la langue de l&apos;article, par exemple en ou fr.</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Qui peut le lire</translation>
    </message>
    <message>
        <source>Internal: the team only</source>
        <translation>Interne&#xa0;: l&apos;équipe seulement</translation>
    </message>
    <message>
        <source>Public: also on the self-service site</source>
        <translation>Public&#xa0;: aussi sur le site en libre-service</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Relire tous les</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>After how many months without a review the article is flagged as due for one.</source>
        <translation>Après combien de mois sans relecture l&apos;article est signalé comme à relire.</translation>
    </message>
    <message>
        <source>Confirm that the draft holds no customer data and is true in general</source>
        <translation>Confirmer que le brouillon ne contient aucune donnée client et vaut en général</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Readers:</source>
        <translation>Le&amp;cteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>&amp;Relire tous les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Suggest This Change</source>
        <translation>&amp;Proposer cette modification</translation>
    </message>
    <message>
        <source>Keep the change as a draft of a change, published later (Ctrl+S)</source>
        <translation>Garder la modification comme brouillon, à publier plus tard (Ctrl+S)</translation>
    </message>
    <message>
        <source>A team lead or specialist publishes it (Ctrl+S)</source>
        <translation>Un responsable d&apos;équipe ou un spécialiste la publie (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish Changes</source>
        <translation>&amp;Publier les modifications</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save without publishing (Ctrl+S)</source>
        <translation>Enregistrer sans publier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save; a team lead or specialist publishes it (Ctrl+S)</source>
        <translation>Enregistrer&#xa0;; un responsable d&apos;équipe ou un spécialiste le publie (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish it for the team and the self-service site (Ctrl+Return)</source>
        <translation>Le publier pour l&apos;équipe et le site en libre-service (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Publish it for the team (Ctrl+Return)</source>
        <translation>Le publier pour l&apos;équipe (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Made from escalation #%1. Check that it holds no customer data (names, addresses, numbers) and is true beyond that one case; it can be published once you confirm that.</source>
        <translation>Créé à partir de l&apos;escalade n°&#xa0;%1. Vérifiez qu&apos;il ne contient aucune donnée client (noms, adresses, numéros) et qu&apos;il vaut au-delà de ce cas&#xa0;; il pourra être publié dès que vous l&apos;aurez confirmé.</translation>
    </message>
    <message>
        <source>Made from escalation #%1; a team lead or specialist checks it before it is published.</source>
        <translation>Créé à partir de l&apos;escalade n°&#xa0;%1&#xa0;; un responsable d&apos;équipe ou un spécialiste le vérifie avant publication.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleFromEscalation</name>
    <message>
        <source>the customer’s company</source>
        <translation>l&apos;entreprise du client</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation>[numéro de téléphone]</translation>
    </message>
    <message>
        <source>[email address]</source>
        <translation>[adresse e-mail]</translation>
    </message>
    <message>
        <source>[order number]</source>
        <translation>[numéro de commande]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[numéro]</translation>
    </message>
    <message>
        <source>Expected instead: %1</source>
        <translation>Attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>How it shows:</source>
        <translation>Comment cela se manifeste&#xa0;:</translation>
    </message>
    <message>
        <source>Tried first, without fixing it: %1</source>
        <translation>Essayé d&apos;abord, sans succès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>What does the customer see?</source>
        <translation>Que voit le client&#xa0;?</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Which devices, versions or settings does this happen with?</source>
        <translation>Avec quels appareils, versions ou réglages cela se produit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Why does it happen?</source>
        <translation>Pourquoi cela se produit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>What solves it, step by step?</source>
        <translation>Qu&apos;est-ce qui le résout, étape par étape&#xa0;?</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleHistoryDialog</name>
    <message>
        <source>&amp;Revert to This Version</source>
        <translation>&amp;Revenir à cette version</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Publish this version&apos;s title and text again, as the newest version</source>
        <translation>Publier à nouveau le titre et le texte de cette version, comme version la plus récente</translation>
    </message>
    <message>
        <source>the starter set</source>
        <translation>l&apos;ensemble de départ</translation>
    </message>
    <message>
        <source>Version %1 · %2 · by %3</source>
        <translation>Version %1 · %2 · par %3</translation>
    </message>
    <message>
        <source>This article has not been published yet.</source>
        <translation>Cet article n&apos;a pas encore été publié.</translation>
    </message>
    <message>
        <source>Version %1 is published again as version %2.</source>
        <translation>La version %1 est publiée à nouveau comme version %2.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleListDelegate</name>
    <message>
        <source>Check first</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>À relire</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleListModel</name>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>suggested change</source>
        <translation>modification proposée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>à relire</translation>
    </message>
    <message>
        <source>check before publishing</source>
        <translation>à vérifier avant publication</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleReader</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Public: on the self-service site</source>
        <translation>Public&#xa0;: sur le site en libre-service</translation>
    </message>
    <message>
        <source>Internal: the team only</source>
        <translation>Interne&#xa0;: l&apos;équipe seulement</translation>
    </message>
    <message>
        <source>Suggested change, not published</source>
        <translation>Modification proposée, non publiée</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Brouillon, non publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>relu le %1</translation>
    </message>
    <message>
        <source>Due for a review since %1: check that it is still right, then mark it reviewed.</source>
        <translation>À relire depuis le %1&#xa0;: vérifiez qu&apos;il est toujours juste, puis marquez-le comme relu.</translation>
    </message>
    <message>
        <source>Due for a review: check that it is still right, then mark it reviewed.</source>
        <translation>À relire&#xa0;: vérifiez qu&apos;il est toujours juste, puis marquez-le comme relu.</translation>
    </message>
    <message>
        <source>Made from escalation #%1: check it for customer data before it is published.</source>
        <translation>Créé à partir de l&apos;escalade n°&#xa0;%1&#xa0;: vérifiez les données client avant publication.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleService</name>
    <message>
        <source>That article does not exist.</source>
        <translation>Cet article n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n character(s).</source>
        <translation>
            <numerusform>Le titre dépasse %n caractère.</numerusform>
            <numerusform>Le titre dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is longer than %n character(s).</source>
        <translation>
            <numerusform>La catégorie dépasse %n caractère.</numerusform>
            <numerusform>La catégorie dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %n character(s).</source>
        <translation>
            <numerusform>Le texte dépasse %n caractère.</numerusform>
            <numerusform>Le texte dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language must be a two-letter code such as “en” or “de”.</source>
        <translation>La langue doit être un code de deux lettres, comme «&#xa0;en&#xa0;» ou «&#xa0;de&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>An article goes stale after 0 (never) to %n month(s).</source>
        <translation>
            <numerusform>Un article devient obsolète après 0 (jamais) à %n mois.</numerusform>
            <numerusform>Un article devient obsolète après 0 (jamais) à %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only team leads and support specialists can give an article to someone else.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent confier un article à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Only a draft can be saved; a published article changes by publishing.</source>
        <translation>Seul un brouillon peut être enregistré&#xa0;; un article publié change en publiant.</translation>
    </message>
    <message>
        <source>Service reps can change only their own drafts.</source>
        <translation>Les conseillers clientèle ne peuvent modifier que leurs propres brouillons.</translation>
    </message>
    <message>
        <source>Changes can be suggested to published articles only.</source>
        <translation>Des modifications ne peuvent être proposées que pour des articles publiés.</translation>
    </message>
    <message>
        <source>Someone changed this article meanwhile; open it again to see their change.</source>
        <translation>Quelqu&apos;un a modifié cet article entre-temps&#xa0;; rouvrez-le pour voir sa modification.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can publish articles; your draft waits for them.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent publier des articles&#xa0;; votre brouillon les attend.</translation>
    </message>
    <message>
        <source>Only a draft can be published.</source>
        <translation>Seul un brouillon peut être publié.</translation>
    </message>
    <message>
        <source>The article this change was suggested for is no longer published.</source>
        <translation>L&apos;article pour lequel cette modification a été proposée n&apos;est plus publié.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can publish articles; suggest the change instead.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent publier des articles&#xa0;; proposez plutôt la modification.</translation>
    </message>
    <message>
        <source>Only a published article can be changed this way; a draft is saved, then published.</source>
        <translation>Seul un article publié peut être modifié ainsi&#xa0;; un brouillon est enregistré, puis publié.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can revert articles.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent rétablir une version d&apos;un article.</translation>
    </message>
    <message>
        <source>Only a published article can be reverted.</source>
        <translation>Seul un article publié peut être rétabli à une version antérieure.</translation>
    </message>
    <message>
        <source>This article has no version %1.</source>
        <translation>Cet article n&apos;a pas de version %1.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can archive articles.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent archiver des articles.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can review articles.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent vérifier des articles.</translation>
    </message>
    <message>
        <source>Only a published article can be reviewed.</source>
        <translation>Seul un article publié peut être vérifié.</translation>
    </message>
    <message>
        <source>The starter articles are missing from this installation.</source>
        <translation>Les articles de départ manquent dans cette installation.</translation>
    </message>
    <message>
        <source>Only team leads see how often the team uses each article.</source>
        <translation>Seuls les chefs d’équipe voient combien de fois l’équipe utilise chaque article.</translation>
    </message>
    <message>
        <source>This draft was made from a customer’s case: confirm that you checked it for customer data before publishing it.</source>
        <translation>Ce brouillon vient du dossier d&apos;un client&#xa0;: confirmez que vous avez vérifié qu&apos;il ne contient pas de données client avant de le publier.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can turn an escalation into an article.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent transformer une escalade en article.</translation>
    </message>
    <message>
        <source>Escalation #%1 is not resolved yet; an article is written from its solution.</source>
        <translation>L&apos;escalade n°&#xa0;%1 n&apos;est pas encore résolue&#xa0;; un article s&apos;écrit à partir de sa solution.</translation>
    </message>
    <message>
        <source>That escalation does not exist.</source>
        <translation>Cette escalade n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Solution of escalation #%1</source>
        <translation>Solution de l&apos;escalade n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can confirm that a draft was checked.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent confirmer qu&apos;un brouillon a été vérifié.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can restore archived articles.</source>
        <translation>Seuls les responsables d&apos;équipe et les spécialistes support peuvent restaurer des articles archivés.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleSuggestions</name>
    <message>
        <source>Insert Lin&amp;k</source>
        <translation>Insérer le lien (&amp;k)</translation>
    </message>
    <message>
        <source>Insert Te&amp;xt</source>
        <translation>Insérer le te&amp;xte</translation>
    </message>
    <message>
        <source>Articles for this message:</source>
        <translation>Articles pour ce message :</translation>
    </message>
    <message>
        <source>Suggested articles</source>
        <translation>Articles suggérés</translation>
    </message>
    <message>
        <source>Insert the chosen article&apos;s link on the self-service site (%1)</source>
        <translation>Insérer le lien de l’article choisi sur le site en libre-service (%1)</translation>
    </message>
    <message>
        <source>Insert the chosen article&apos;s text (%1)</source>
        <translation>Insérer le texte de l’article choisi (%1)</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (interne)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No article matches the customer&apos;s message.</source>
        <translation>Aucun article ne correspond au message du client.</translation>
    </message>
    <message>
        <source>No article is suggested for this message.</source>
        <translation>Aucun article n’est suggéré pour ce message.</translation>
    </message>
    <message>
        <source>“%1” is internal, so it has no link for customers; insert its text instead (%2).</source>
        <translation>« %1 » est interne et n’a donc pas de lien pour les clients ; insérez plutôt son texte (%2).</translation>
    </message>
    <message>
        <source>No self-service site address is set for this workspace, so articles have no links yet; insert the text instead (%1).</source>
        <translation>Aucune adresse de site en libre-service n’est définie pour cet espace de travail, les articles n’ont donc pas encore de lien ; insérez plutôt le texte (%1).</translation>
    </message>
    <message>
        <source>Link to “%1” inserted.</source>
        <translation>Lien vers « %1 » inséré.</translation>
    </message>
    <message>
        <source>Text of “%1” inserted.</source>
        <translation>Texte de « %1 » inséré.</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentRules</name>
    <message>
        <source>Not kept: the file is %1, larger than the %2 a message may carry. Ask the customer for a smaller file or another way to share it.</source>
        <translation>Non conservé&#xa0;: le fichier fait %1, plus que les %2 qu’un message peut apporter. Demandez au client un fichier plus petit ou un autre moyen de le partager.</translation>
    </message>
    <message>
        <source>Not kept: the file is %1, larger than a message may carry. Ask the customer for a smaller file or another way to share it.</source>
        <translation>Non conservé&#xa0;: le fichier fait %1, plus qu’un message ne peut apporter. Demandez au client un fichier plus petit ou un autre moyen de le partager.</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentsEditor</name>
    <message>
        <source>Attachments (shown read-only)</source>
        <translation>Pièces jointes (en lecture seule)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Format of the attachment</source>
        <translation>Format de la pièce jointe</translation>
    </message>
    <message>
        <source>Attachment content</source>
        <translation>Contenu de la pièce jointe</translation>
    </message>
    <message>
        <source>Select an attachment to read it here.</source>
        <translation>Sélectionnez une pièce jointe pour la lire ici.</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Paste as Attachment</source>
        <translation>C&amp;oller en pièce jointe</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the Last %1</source>
        <translation>Garder les derniers %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Logs, configs and traces (*.log *.txt *.json *.xml *.yaml *.yml *.ini *.conf *.cfg *.sh *.sql *.trace);;All files (*)</source>
        <translation>Journaux, configurations et traces (*.log *.txt *.json *.xml *.yaml *.yml *.ini *.conf *.cfg *.sh *.sql *.trace);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3).</source>
        <translation>%1 est trop volumineux pour être joint (%2&#xa0;; au plus %3).</translation>
    </message>
    <message>
        <source>%1 is not a text file; attach logs, configs and traces as text.</source>
        <translation>%1 n&apos;est pas un fichier texte&#xa0;; joignez les journaux, configurations et traces en texte.</translation>
    </message>
    <message>
        <source>“%1” is %2, longer than the %3 an attachment may have, so it was not attached. The end of a log is usually where the error is.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, plus que les %3 permis pour une pièce jointe&#xa0;; il n&apos;a donc pas été joint. L&apos;erreur se trouve généralement à la fin d&apos;un journal.</translation>
    </message>
    <message>
        <source>Attached the last %1 of “%2” (%3); the start was left out.</source>
        <translation>Les derniers %1 de «&#xa0;%2&#xa0;» (%3) ont été joints&#xa0;; le début a été laissé de côté.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to attach.</source>
        <translation>Le presse-papiers ne contient aucun texte à joindre.</translation>
    </message>
    <message>
        <source>pasted-%1.%2</source>
        <translation>colle-%1.%2</translation>
    </message>
</context>
<context>
    <name>tandem::AuditCheckpoint</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque cryptographique n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no key file at %1; make one with tandemctl audit keygen.</source>
        <translation>Il n&apos;y a pas de fichier de clé à %1&#xa0;; créez-en un avec tandemctl audit keygen.</translation>
    </message>
    <message>
        <source>Other users can read or change the key file %1; make it private to its owner (chmod 600) first.</source>
        <translation>D&apos;autres utilisateurs peuvent lire ou modifier le fichier de clé %1&#xa0;; réservez-le d&apos;abord à son propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>%1 is not a Tandem checkpoint key, or it is damaged.</source>
        <translation>%1 n&apos;est pas une clé de point de contrôle Tandem, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>%1 holds no public key of a Tandem checkpoint key.</source>
        <translation>%1 ne contient aucune clé publique de point de contrôle Tandem.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists, and a key is never replaced; choose another file.</source>
        <translation>%1 existe déjà, et une clé n&apos;est jamais remplacée&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>Impossible d&apos;écrire le point de contrôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tandem audit checkpoint, or it is damaged.</source>
        <translation>%1 n&apos;est pas un point de contrôle d&apos;audit Tandem, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The checkpoint %1 was signed with another key than the one in %2, so it proves nothing about this trail.</source>
        <translation>Le point de contrôle %1 a été signé avec une autre clé que celle de %2, il ne prouve donc rien sur ce journal.</translation>
    </message>
    <message>
        <source>The checkpoint %1 does not match its signature: it was changed after it was signed, so it proves nothing about this trail.</source>
        <translation>Le point de contrôle %1 ne correspond pas à sa signature&#xa0;: il a été modifié après sa signature, il ne prouve donc rien sur ce journal.</translation>
    </message>
</context>
<context>
    <name>tandem::AuditLog</name>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>L&apos;entrée d&apos;audit %1 est manquante.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>L&apos;entrée d&apos;audit %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry is gone, so entries after %1 may have been deleted.</source>
        <translation>La trace de la dernière entrée d&apos;audit a disparu&#xa0;: des entrées postérieures à %1 ont peut-être été supprimées.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry was changed.</source>
        <translation>La trace de la dernière entrée d&apos;audit a été modifiée.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside Tandem.</source>
        <translation>L&apos;entrée d&apos;audit %1 a été ajoutée en dehors de Tandem.</translation>
    </message>
    <message>
        <source>The audit trail is empty, although the workspace holds customers, interactions or other records that were audited when they were made: the trail was deleted.</source>
        <translation>Le journal d&apos;audit est vide, alors que l&apos;espace de travail contient des clients, des interactions ou d&apos;autres enregistrements journalisés lors de leur création&#xa0;: le journal a été supprimé.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 vouches for %2 audit entries, but the trail now holds %3: the newest entries were deleted, and the record of the newest entry was changed to hide it.</source>
        <translation>Le point de contrôle du %1 garantit %2 entrées d&apos;audit, mais le journal n&apos;en contient plus que %3&#xa0;: les entrées les plus récentes ont été supprimées, et l&apos;enregistrement de la plus récente a été modifié pour le cacher.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 was taken of another audit trail (its first entry differs): it belongs to another workspace, or this trail was rewritten from its start.</source>
        <translation>Le point de contrôle du %1 a été pris sur un autre journal d&apos;audit (sa première entrée diffère)&#xa0;: il appartient à un autre espace de travail, ou ce journal a été réécrit depuis son début.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the checkpoint of %2 vouches for: the trail was rewritten at or before that entry.</source>
        <translation>L&apos;entrée d&apos;audit %1 n&apos;est pas celle que garantit le point de contrôle du %2&#xa0;: le journal a été réécrit à cette entrée ou avant.</translation>
    </message>
</context>
<context>
    <name>tandem::AuditLogModel</name>
    <message>
        <source>(system)</source>
        <translation>(système)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>tandem::AuditSentence</name>
    <message>
        <source>customer #%1</source>
        <translation>client n°&#xa0;%1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation>compte n°&#xa0;%1</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Logged a message for %1</source>
        <translation>Message enregistré pour %1</translation>
    </message>
    <message>
        <source>Logged a call with %1</source>
        <translation>Appel avec %1 enregistré</translation>
    </message>
    <message>
        <source>Added a note about %1</source>
        <translation>Note ajoutée sur %1</translation>
    </message>
    <message>
        <source>Logged feedback from %1</source>
        <translation>Avis de %1 enregistré</translation>
    </message>
    <message>
        <source>Logged a complaint for %1</source>
        <translation>Réclamation enregistrée pour %1</translation>
    </message>
    <message>
        <source>Logged an order for %1</source>
        <translation>Commande enregistrée pour %1</translation>
    </message>
    <message>
        <source>Logged a refund for %1</source>
        <translation>Remboursement enregistré pour %1</translation>
    </message>
    <message>
        <source>Logged an escalation entry for %1</source>
        <translation>Entrée d&apos;escalade enregistrée pour %1</translation>
    </message>
    <message>
        <source>Logged a follow-up for %1</source>
        <translation>Relance enregistrée pour %1</translation>
    </message>
    <message>
        <source>Logged a referral for %1</source>
        <translation>Recommandation enregistrée pour %1</translation>
    </message>
    <message>
        <source>Logged an entry for %1</source>
        <translation>Entrée enregistrée pour %1</translation>
    </message>
    <message>
        <source>Escalated an issue of %1 as escalation #%2</source>
        <translation>Problème de %1 escaladé (escalade n°&#xa0;%2)</translation>
    </message>
    <message>
        <source>Claimed escalation #%1 for %2</source>
        <translation>Escalade n°&#xa0;%1 pour %2 prise en charge</translation>
    </message>
    <message>
        <source>Started work on escalation #%1 for %2</source>
        <translation>Travail commencé sur l&apos;escalade n°&#xa0;%1 pour %2</translation>
    </message>
    <message>
        <source>Asked the rep for information on escalation #%1 for %2</source>
        <translation>Informations demandées au conseiller sur l&apos;escalade n°&#xa0;%1 pour %2</translation>
    </message>
    <message>
        <source>Set escalation #%1 for %2 to wait on the customer</source>
        <translation>Escalade n°&#xa0;%1 pour %2 mise en attente du client</translation>
    </message>
    <message>
        <source>Answered the specialist’s question on escalation #%1 for %2</source>
        <translation>Réponse donnée au spécialiste sur l&apos;escalade n°&#xa0;%1 pour %2</translation>
    </message>
    <message>
        <source>Noted that %2 replied on escalation #%1</source>
        <translation>Réponse de %2 notée sur l&apos;escalade n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Resolved escalation #%1 for %2</source>
        <translation>Escalade n°&#xa0;%1 pour %2 résolue</translation>
    </message>
    <message>
        <source>Handed escalation #%1 for %2 back to the rep</source>
        <translation>Escalade n°&#xa0;%1 pour %2 renvoyée au conseiller</translation>
    </message>
    <message>
        <source>Closed escalation #%1 for %2</source>
        <translation>Escalade n°&#xa0;%1 pour %2 clôturée</translation>
    </message>
    <message>
        <source>Reopened escalation #%1 for %2</source>
        <translation>Escalade n°&#xa0;%1 pour %2 rouverte</translation>
    </message>
    <message>
        <source>Reassigned escalation #%1 for %2 to %3</source>
        <translation>Escalade n°&#xa0;%1 pour %2 réattribuée à %3</translation>
    </message>
    <message>
        <source>Changed the severity of escalation #%1 for %2 from %3 to %4</source>
        <translation>Gravité de l&apos;escalade n°&#xa0;%1 pour %2 changée de %3 à %4</translation>
    </message>
    <message>
        <source>Gave %1 QA feedback on their work with %2</source>
        <translation>Évaluation qualité donnée à %1 sur son travail avec %2</translation>
    </message>
    <message>
        <source>Gave %1 QA feedback on their work with %2: %3 of %4</source>
        <translation>Évaluation qualité donnée à %1 sur son travail avec %2&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>Corrected entry #%1 for %2</source>
        <translation>Entrée n°&#xa0;%1 pour %2 corrigée</translation>
    </message>
    <message>
        <source>Corrected an entry for %1</source>
        <translation>Une entrée pour %1 corrigée</translation>
    </message>
    <message>
        <source>Marked entry #%1 for %2 as corrected</source>
        <translation>Entrée n°&#xa0;%1 pour %2 marquée comme corrigée</translation>
    </message>
    <message>
        <source>Marked entry #%1 for %2 as corrected by entry #%3</source>
        <translation>Entrée n°&#xa0;%1 pour %2 marquée comme corrigée par l&apos;entrée n°&#xa0;%3</translation>
    </message>
    <message>
        <source>Edited the details of %1</source>
        <translation>Coordonnées de %1 modifiées</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into another customer</source>
        <translation>Doublon %1 fusionné avec un autre client</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into %2</source>
        <translation>Doublon %1 fusionné avec %2</translation>
    </message>
    <message>
        <source>Took %1 back out of the customer it was merged into</source>
        <translation>%1 séparé du client avec lequel il avait été fusionné</translation>
    </message>
    <message>
        <source>Took %1 back out of %2</source>
        <translation>%1 séparé de %2</translation>
    </message>
    <message>
        <source>Added the account of %1 as %2</source>
        <translation>Compte de %1 créé comme %2</translation>
    </message>
    <message>
        <source>Enabled the account of %1</source>
        <translation>Compte de %1 activé</translation>
    </message>
    <message>
        <source>Disabled the account of %1</source>
        <translation>Compte de %1 désactivé</translation>
    </message>
    <message>
        <source>Changed the role of %1 from %2 to %3</source>
        <translation>Rôle de %1 changé de %2 à %3</translation>
    </message>
    <message>
        <source>Changed the password of %1</source>
        <translation>Mot de passe de %1 changé</translation>
    </message>
    <message>
        <source>Exported one record to a CSV file</source>
        <translation>Un enregistrement exporté dans un fichier CSV</translation>
    </message>
    <message>
        <source>Exported %1 records to a CSV file</source>
        <translation>%1 enregistrements exportés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Scheduled a follow-up with %1</source>
        <translation>Relance planifiée avec %1</translation>
    </message>
    <message>
        <source>Scheduled a follow-up with %1 for %2</source>
        <translation>Relance planifiée avec %1 pour le %2</translation>
    </message>
    <message>
        <source>Completed a follow-up with %1</source>
        <translation>Relance avec %1 terminée</translation>
    </message>
    <message>
        <source>Created the template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>Edited the template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;» modifié</translation>
    </message>
    <message>
        <source>Archived the template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;» archivé</translation>
    </message>
    <message>
        <source>Used the template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;» utilisé</translation>
    </message>
    <message>
        <source>Imported the template “%1”</source>
        <translation>Modèle «&#xa0;%1&#xa0;» importé</translation>
    </message>
    <message>
        <source>Installed the default template “%1”</source>
        <translation>Modèle par défaut «&#xa0;%1&#xa0;» installé</translation>
    </message>
    <message>
        <source>Added the complaint cause “%1”</source>
        <translation>Motif de réclamation «&#xa0;%1&#xa0;» ajouté</translation>
    </message>
    <message>
        <source>Filled the workspace with demo data</source>
        <translation>Espace de travail rempli de données de démonstration</translation>
    </message>
    <message>
        <source>Copied one record into this workspace</source>
        <translation>Un enregistrement copié dans cet espace de travail</translation>
    </message>
    <message>
        <source>Copied %1 records into this workspace</source>
        <translation>%1 enregistrements copiés dans cet espace de travail</translation>
    </message>
    <message>
        <source>Recorded “%1” on %2 #%3</source>
        <translation>«&#xa0;%1&#xa0;» consigné sur %2 n°&#xa0;%3</translation>
    </message>
    <message>
        <source>Recorded “%1” on %2</source>
        <translation>«&#xa0;%1&#xa0;» consigné sur %2</translation>
    </message>
    <message>
        <source>Recorded “%1”</source>
        <translation>«&#xa0;%1&#xa0;» consigné</translation>
    </message>
    <message>
        <source>Added information to escalation #%1 for %2</source>
        <translation>Informations ajoutées à l&apos;escalade n°&#xa0;%1 pour %2</translation>
    </message>
    <message>
        <source>Added %1 as a customer when their first message arrived</source>
        <translation>%1 ajouté comme client à l&apos;arrivée de son premier message</translation>
    </message>
    <message>
        <source>Received a message from %1 in conversation #%2</source>
        <translation>Message reçu de %1 dans la conversation n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Replied to %1 in conversation #%2</source>
        <translation>Réponse à %1 dans la conversation n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Unassigned conversation #%1 with %2</source>
        <translation>Attribution de la conversation n°&#xa0;%1 avec %2 retirée</translation>
    </message>
    <message>
        <source>Assigned conversation #%1 with %2 to %3</source>
        <translation>Conversation n°&#xa0;%1 avec %2 attribuée à %3</translation>
    </message>
    <message>
        <source>Snoozed conversation #%1 with %2</source>
        <translation>Conversation n°&#xa0;%1 avec %2 reportée</translation>
    </message>
    <message>
        <source>Snoozed conversation #%1 with %2 until %3</source>
        <translation>Conversation n°&#xa0;%1 avec %2 reportée jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Closed conversation #%1 with %2</source>
        <translation>Conversation n°&#xa0;%1 avec %2 fermée</translation>
    </message>
    <message>
        <source>Reopened conversation #%1 with %2</source>
        <translation>Conversation n°&#xa0;%1 avec %2 rouverte</translation>
    </message>
    <message>
        <source>Conversation #%1 with %2 came back from snoozing</source>
        <translation>La conversation n°&#xa0;%1 avec %2 est sortie du report</translation>
    </message>
    <message>
        <source>Set the priority of conversation #%1 with %2 to %3</source>
        <translation>Priorité de la conversation n°&#xa0;%1 avec %2 réglée sur %3</translation>
    </message>
    <message>
        <source>Moved conversation #%1 with %2 to the queue “%3”</source>
        <translation>Conversation n°&#xa0;%1 avec %2 déplacée dans la file «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Tagged conversation #%1 with %2 “%3”</source>
        <translation>Étiquette «&#xa0;%3&#xa0;» ajoutée à la conversation n°&#xa0;%1 avec %2</translation>
    </message>
    <message>
        <source>Removed the tag “%3” from conversation #%1 with %2</source>
        <translation>Étiquette «&#xa0;%3&#xa0;» retirée de la conversation n°&#xa0;%1 avec %2</translation>
    </message>
    <message>
        <source>Queued a failed reply in conversation #%1 to be sent again</source>
        <translation>A remis en file d&apos;envoi une réponse échouée de la conversation #%1</translation>
    </message>
    <message>
        <source>Added the mail account %1</source>
        <translation>Compte de messagerie %1 ajouté</translation>
    </message>
    <message>
        <source>Changed the mail account %1 and its password</source>
        <translation>Compte de messagerie %1 et son mot de passe modifiés</translation>
    </message>
    <message>
        <source>Changed the mail account %1</source>
        <translation>Compte de messagerie %1 modifié</translation>
    </message>
    <message>
        <source>Removed the mail account %1</source>
        <translation>Compte de messagerie %1 supprimé</translation>
    </message>
    <message>
        <source>Attached the customer&apos;s file “%1” to escalation #%2</source>
        <translation>A joint le fichier «&#xa0;%1&#xa0;» du client à l’escalade n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Mail to %1 of %2 bounced; the address is marked as failing</source>
        <translation>Le courriel à %1 de %2 est revenu&#xa0;; l&apos;adresse est marquée comme défaillante</translation>
    </message>
    <message>
        <source>The queue “%1” sends no survey when a conversation closes</source>
        <translation>La file «&#xa0;%1&#xa0;» n&apos;envoie aucune enquête à la fermeture d&apos;une conversation</translation>
    </message>
    <message>
        <source>The queue “%1” sends a %2 survey when a conversation closes</source>
        <translation>La file «&#xa0;%1&#xa0;» envoie une enquête %2 à la fermeture d&apos;une conversation</translation>
    </message>
    <message>
        <source>Drafted the article “%1”</source>
        <translation>Brouillon de l&apos;article «&#xa0;%1&#xa0;» rédigé</translation>
    </message>
    <message>
        <source>Saved the draft “%1”</source>
        <translation>Brouillon «&#xa0;%1&#xa0;» enregistré</translation>
    </message>
    <message>
        <source>Suggested a change to the article “%1”</source>
        <translation>Modification de l&apos;article «&#xa0;%1&#xa0;» proposée</translation>
    </message>
    <message>
        <source>Published version %1 of the article “%2”</source>
        <translation>Version %1 de l&apos;article «&#xa0;%2&#xa0;» publiée</translation>
    </message>
    <message>
        <source>Published an earlier text of the article “%1” as version %2</source>
        <translation>Texte antérieur de l&apos;article «&#xa0;%1&#xa0;» republié comme version %2</translation>
    </message>
    <message>
        <source>Reviewed the article “%1”</source>
        <translation>Article «&#xa0;%1&#xa0;» vérifié</translation>
    </message>
    <message>
        <source>Archived the article “%1”</source>
        <translation>Article «&#xa0;%1&#xa0;» archivé</translation>
    </message>
    <message>
        <source>Installed the starter article “%1”</source>
        <translation>Article de départ «&#xa0;%1&#xa0;» installé</translation>
    </message>
    <message>
        <source>Recorded a reply in conversation #%1 that may have reached the customer as sent</source>
        <translation>A enregistré comme envoyée une réponse de la conversation #%1 peut-être parvenue au client</translation>
    </message>
    <message>
        <source>Queued a reply in conversation #%1 that may have reached the customer to be sent again</source>
        <translation>A remis en file d&apos;envoi une réponse de la conversation #%1 peut-être parvenue au client</translation>
    </message>
    <message>
        <source>Drafted the article “%1” from escalation #%2</source>
        <translation>Brouillon de l&apos;article «&#xa0;%1&#xa0;» rédigé à partir de l&apos;escalade n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Drafted the article “%1” from an escalation</source>
        <translation>Brouillon de l&apos;article «&#xa0;%1&#xa0;» rédigé à partir d&apos;une escalade</translation>
    </message>
    <message>
        <source>Confirmed that the draft “%1” was checked for customer data</source>
        <translation>Vérification des données client du brouillon «&#xa0;%1&#xa0;» confirmée</translation>
    </message>
    <message numerus="yes">
        <source>Published the self-service site with %n article(s) to %1</source>
        <translation>
            <numerusform>A publié le site d’aide en libre-service avec %n article dans %1</numerusform>
            <numerusform>A publié le site d’aide en libre-service avec %n articles dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the self-service site&apos;s name, colour or address</source>
        <translation>A modifié le nom, la couleur ou l’adresse du site d’aide en libre-service</translation>
    </message>
    <message>
        <source>Restored the archived article “%1”, published again</source>
        <translation>Article archivé «&#xa0;%1&#xa0;» restauré et de nouveau publié</translation>
    </message>
    <message>
        <source>Restored the archived article “%1” as a draft</source>
        <translation>Article archivé «&#xa0;%1&#xa0;» restauré en brouillon</translation>
    </message>
</context>
<context>
    <name>tandem::AuditService</name>
    <message>
        <source>The audit trail is for team leads.</source>
        <translation>Le journal d&apos;audit est réservé aux responsables d&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 No checkpoint was written, since it would vouch for a broken trail.</source>
        <translation>%1 Aucun point de contrôle n&apos;a été écrit, car il garantirait un journal rompu.</translation>
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to checkpoint yet.</source>
        <translation>Le journal d&apos;audit est vide&#xa0;; il n&apos;y a encore rien à garantir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain name; use letters, digits and underscores, not a digit first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom simple&#xa0;; utilisez des lettres, des chiffres et des traits de soulignement, sans chiffre au début.</translation>
    </message>
    <message>
        <source>The owner and the app role must be two different roles.</source>
        <translation>Le propriétaire et le rôle de l&apos;application doivent être deux rôles différents.</translation>
    </message>
</context>
<context>
    <name>tandem::AuditViewer</name>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that none was changed or removed</source>
        <translation>Recalculer l&apos;empreinte de chaque entrée et vérifier qu&apos;aucune n&apos;a été modifiée ni supprimée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Every entry carries the hash of the one before it, so a change made behind Tandem&apos;s back breaks the chain.</source>
        <translation>Chaque entrée porte l&apos;empreinte de la précédente&#xa0;: toute modification faite en dehors de Tandem rompt la chaîne.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(nothing: this entry created the record)</source>
        <translation>(rien&#xa0;: cette entrée a créé l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation>Le journal d&apos;audit a été falsifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none changed or missing.</source>
        <translation>
            <numerusform>Intact&#xa0;: %n entrée vérifiée, ni modifiée ni manquante.</numerusform>
            <numerusform>Intact&#xa0;: %n entrées vérifiées, aucune modifiée ni manquante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée choisie</translation>
    </message>
    <message>
        <source>%1
Code: %2, entry #%3</source>
        <translation>%1
Code&#xa0;: %2, entrée n°&#xa0;%3</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Choisissez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
</context>
<context>
    <name>tandem::BodyViewer</name>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Event text</source>
        <translation>Texte de l&apos;événement</translation>
    </message>
    <message>
        <source>Select an event in the timeline to read it here.</source>
        <translation>Sélectionnez un événement dans la chronologie pour le lire ici.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des %1 premiers sur %2.</translation>
    </message>
</context>
<context>
    <name>tandem::ComposePanel</name>
    <message>
        <source>Call summary</source>
        <translation>Compte rendu d&apos;appel</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>Transcription de chat</translation>
    </message>
    <message>
        <source>Social media message</source>
        <translation>Message sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Réponse à une enquête</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Consigner</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <source>What to log</source>
        <translation>Que consigner</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What was said or done (Ctrl+Enter logs it)</source>
        <translation>Ce qui a été dit ou fait (Ctrl+Entrée pour consigner)</translation>
    </message>
    <message>
        <source>Text to log</source>
        <translation>Texte à consigner</translation>
    </message>
    <message>
        <source>New Cause…</source>
        <translation>Nouveau motif…</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Empathize</source>
        <translation>Faire preuve d&apos;empathie</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>S&apos;excuser</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Mon&amp;tant&#xa0;:</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Insert a reply template (%1)</source>
        <translation>Insérer un modèle de réponse (%1)</translation>
    </message>
    <message>
        <source>New Complaint Cause</source>
        <translation>Nouveau motif de réclamation</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Brouillon restauré.</translation>
    </message>
    <message>
        <source>L.E.A.S.T. steps taken: %1</source>
        <translation>Étapes L.E.A.S.T. suivies&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 answer: %2</source>
        <translation>Réponse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write a subject or some text first.</source>
        <translation>Saisissez d&apos;abord un objet ou un texte.</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Consigné.</translation>
    </message>
    <message>
        <source>Not logged: %1 Your text is kept as a draft.</source>
        <translation>Non consigné&#xa0;: %1 Votre texte est conservé comme brouillon.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>tandem::ConversationPane</name>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>Note interne de %1</translation>
    </message>
    <message>
        <source>(the whole message is on the timeline)</source>
        <translation>(le message entier est dans la chronologie)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send and C&amp;lose</source>
        <translation>Envoyer et &amp;fermer</translation>
    </message>
    <message>
        <source>Customer &amp;Timeline</source>
        <translation>&amp;Chronologie du client</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Messages de la conversation</translation>
    </message>
    <message>
        <source>Your reply to the customer (Ctrl+Enter sends it)</source>
        <translation>Votre réponse au client (Ctrl+Entrée l&apos;envoie)</translation>
    </message>
    <message>
        <source>Send the reply; the conversation then waits on the customer (Ctrl+Enter)</source>
        <translation>Envoyer la réponse&#xa0;; la conversation attend ensuite le client (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send the reply and close the conversation (Ctrl+Shift+Enter)</source>
        <translation>Envoyer la réponse et fermer la conversation (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Everything this customer did and said, on the customer desk</source>
        <translation>Tout ce que ce client a fait et dit, au poste clients</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>%1 is working on this conversation. Agree with them before you reply.</source>
        <translation>%1 traite cette conversation. Mettez-vous d&apos;accord avant de répondre.</translation>
    </message>
    <message>
        <source>Reply to a Colleague&apos;s Conversation</source>
        <translation>Répondre dans la conversation d&apos;un collègue</translation>
    </message>
    <message>
        <source>%1 is working on this conversation. Send your reply all the same?</source>
        <translation>%1 traite cette conversation. Envoyer votre réponse malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>New Messages in This Conversation</source>
        <translation>Nouveaux messages dans cette conversation</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relire</translation>
    </message>
    <message numerus="yes">
        <source>%1 is typing a reply…</source>
        <translation>
            <numerusform>%1 écrit une réponse…</numerusform>
            <numerusform>%1 écrivent une réponse…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing</source>
        <translation>
            <numerusform>%1 consulte la conversation</numerusform>
            <numerusform>%1 consultent la conversation</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated to support (#%1): waiting to be claimed</source>
        <translation>Escaladé au support (n°&#xa0;%1)&#xa0;: en attente de prise en charge</translation>
    </message>
    <message>
        <source>Escalated to support (#%1): %2</source>
        <translation>Escaladé au support (n°&#xa0;%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Escalated to support (#%1): %2, claimed by %3</source>
        <translation>Escaladé au support (n°&#xa0;%1)&#xa0;: %2, pris en charge par %3</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Te&amp;mplate…</source>
        <translation>Mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Open the escalation</source>
        <translation>Ouvrir l&apos;escalade</translation>
    </message>
    <message>
        <source>Hand this conversation&apos;s problem to a support specialist; the hand-back comes back here as an internal note</source>
        <translation>Confier le problème de cette conversation à un spécialiste du support&#xa0;; le retour arrivera ici comme note interne</translation>
    </message>
    <message>
        <source>Insert a reply template (%1)</source>
        <translation>Insérer un modèle de réponse (%1)</translation>
    </message>
    <message>
        <source>This workspace is open read-only: replies cannot be written here.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;: aucune réponse ne peut être rédigée ici.</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Masquer le texte cité</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Afficher le texte cité</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Attach to escalation…</source>
        <translation>Joindre à l’escalade…</translation>
    </message>
    <message>
        <source>Show plain text</source>
        <translation>Afficher le texte brut</translation>
    </message>
    <message>
        <source>Show formatted</source>
        <translation>Afficher la mise en forme</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not loaded: Tandem never fetches remote content of a mail.</source>
        <translation>
            <numerusform>%n image non chargée&#xa0;: Tandem ne charge jamais le contenu distant d’un courriel.</numerusform>
            <numerusform>%n images non chargées&#xa0;: Tandem ne charge jamais le contenu distant d’un courriel.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attach to Escalation</source>
        <translation>Joindre à l’escalade</translation>
    </message>
    <message>
        <source>Attach %1 to:</source>
        <translation>Joindre %1 à&#xa0;:</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address from the customer&apos;s mail in your browser?</source>
        <translation>Ouvrir cette adresse du courriel du client dans votre navigateur&#xa0;?</translation>
    </message>
    <message>
        <source>Mail to %1 bounced (%2). Check the address with the customer before you reply.</source>
        <translation>Le courriel à %1 est revenu (%2). Vérifiez l&apos;adresse avec le client avant de répondre.</translation>
    </message>
    <message>
        <source>Mail to %1 bounced (%2): %3. Check the address with the customer before you reply.</source>
        <translation>Le courriel à %1 est revenu (%2)&#xa0;: %3. Vérifiez l&apos;adresse avec le client avant de répondre.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
</context>
<context>
    <name>tandem::ConversationRules</name>
    <message>
        <source>A closed conversation cannot be snoozed; reopen it first.</source>
        <translation>Une conversation fermée ne peut pas être reportée&#xa0;; rouvrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Choose a time in the future to snooze until.</source>
        <translation>Choisissez un moment futur jusqu&apos;auquel reporter.</translation>
    </message>
    <message>
        <source>The conversation is already closed.</source>
        <translation>La conversation est déjà fermée.</translation>
    </message>
    <message>
        <source>The conversation is open already.</source>
        <translation>La conversation est déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>tandem::ConversationService</name>
    <message>
        <source>This workspace is open read-only; conversations cannot be changed in it.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;; on ne peut pas y modifier de conversations.</translation>
    </message>
    <message>
        <source>Someone else changed conversation #%1 in the meantime. Look at it again and retry.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la conversation n°&#xa0;%1 entre-temps. Regardez-la de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>Choose the queue to list.</source>
        <translation>Choisissez la file à afficher.</translation>
    </message>
    <message>
        <source>Conversation #%1 is assigned to %2; only they or a team lead can do that.</source>
        <translation>La conversation n°&#xa0;%1 est attribuée à %2&#xa0;; seule cette personne ou un responsable d&apos;équipe peut le faire.</translation>
    </message>
    <message>
        <source>A customer&apos;s message needs the address it came from.</source>
        <translation>Le message d&apos;un client doit indiquer l&apos;adresse dont il provient.</translation>
    </message>
    <message>
        <source>The message could not be recorded; try again.</source>
        <translation>Le message n&apos;a pas pu être enregistré&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Write the reply before sending it.</source>
        <translation>Rédigez la réponse avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Il n&apos;y a pas de conversation n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Choose at least one conversation.</source>
        <translation>Choisissez au moins une conversation.</translation>
    </message>
    <message>
        <source>Conversations can be assigned only to an active agent.</source>
        <translation>Les conversations ne peuvent être attribuées qu&apos;à un agent actif.</translation>
    </message>
    <message>
        <source>Only a team lead assigns conversations to someone else; you can take them yourself.</source>
        <translation>Seul un responsable d&apos;équipe attribue des conversations à quelqu&apos;un d&apos;autre&#xa0;; vous pouvez les prendre vous-même.</translation>
    </message>
    <message>
        <source>Conversation #%1 is assigned to %2; only a team lead can take it from them.</source>
        <translation>La conversation n°&#xa0;%1 est attribuée à %2&#xa0;; seul un responsable d&apos;équipe peut la lui retirer.</translation>
    </message>
    <message>
        <source>Conversation #%1: %2</source>
        <translation>Conversation n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no queue #%1.</source>
        <translation>Il n&apos;y a pas de file n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Write the tag first.</source>
        <translation>Écrivez d&apos;abord l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Keep tags under %1 characters.</source>
        <translation>Les étiquettes doivent faire moins de %1 caractères.</translation>
    </message>
    <message>
        <source>Only a team lead sees every agent&apos;s load.</source>
        <translation>Seul un responsable d&apos;équipe voit la charge de chaque agent.</translation>
    </message>
    <message>
        <source>Choose the agent whose conversations to list.</source>
        <translation>Choisissez l&apos;agent dont les conversations doivent être listées.</translation>
    </message>
    <message>
        <source>Only a team lead lists a colleague&apos;s conversations.</source>
        <translation>Seul un responsable d&apos;équipe liste les conversations d&apos;un collègue.</translation>
    </message>
    <message>
        <source>%1 took conversation #%2 a moment ago.</source>
        <translation>%1 vient de prendre la conversation n°&#xa0;%2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 replied</source>
        <translation>
            <numerusform>%1 a répondu</numerusform>
            <numerusform>%1 ont répondu</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer wrote again</source>
        <translation>le client a écrit de nouveau</translation>
    </message>
    <message>
        <source>Since you opened conversation #%1, %2. Review the new messages before you send, or send anyway.</source>
        <translation>Depuis que vous avez ouvert la conversation n°&#xa0;%1, %2. Relisez les nouveaux messages avant d&apos;envoyer, ou envoyez quand même.</translation>
    </message>
    <message>
        <source>That template does not exist (any more).</source>
        <translation>Ce modèle n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Only a team lead chooses the survey a queue sends.</source>
        <translation>Seul un chef d&apos;équipe choisit l&apos;enquête qu&apos;envoie une file.</translation>
    </message>
</context>
<context>
    <name>tandem::CorrectEntryDialog</name>
    <message>
        <source>Correct Entry</source>
        <translation>Corriger l&apos;entrée</translation>
    </message>
    <message>
        <source>%1 of %2. The entry stays on the timeline, marked as corrected; the correction takes its place, and the KPIs count only the correction.</source>
        <translation>%1 du %2. L&apos;entrée reste dans la chronologie, marquée comme corrigée&#xa0;; la correction prend sa place, et les KPI ne comptent que la correction.</translation>
    </message>
    <message>
        <source>Type of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>Motif de la réclamation</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;Correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>tandem::CustomerEditDialog</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Entrep&amp;rise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;veau de service&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ifecycle:</source>
        <translation>C&amp;ycle de vie&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit trail under your name.</source>
        <translation>Les modifications sont inscrites à votre nom dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tandem::CustomerProfileService</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n réponse à une enquête</numerusform>
            <numerusform>%n réponses à des enquêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalade</numerusform>
            <numerusform>%n escalades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Rien à transférer.</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Il n&apos;existe pas de client n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Give the customer a name.</source>
        <translation>Donnez un nom au client.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Restez sous %1 caractères.</translation>
    </message>
    <message>
        <source>Write it on one line.</source>
        <translation>Écrivez-le sur une seule ligne.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.com).</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail (nom@exemple.fr).</translation>
    </message>
    <message>
        <source>A phone number has digits and may have +, spaces, brackets, dashes and an extension (x12).</source>
        <translation>Un numéro de téléphone se compose de chiffres et peut contenir +, des espaces, des parenthèses, des tirets et un poste (x12).</translation>
    </message>
    <message>
        <source>A customer can have at most %1 tags.</source>
        <translation>Un client peut avoir au plus %1 étiquettes.</translation>
    </message>
    <message>
        <source>A tag is one short phrase of at most %1 characters, without commas.</source>
        <translation>Une étiquette est une courte expression d&apos;au plus %1 caractères, sans virgule.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2; edit that customer instead.</source>
        <translation>%1 a été fusionné avec le client n°&#xa0;%2&#xa0;; modifiez plutôt ce client.</translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime. Look at the details again and retry.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 entre-temps. Vérifiez à nouveau les détails et réessayez.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>Un client ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>%1 was already merged into customer #%2.</source>
        <translation>%1 a déjà été fusionné avec le client n°&#xa0;%2.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2 itself; merge into that customer instead.</source>
        <translation>%1 a lui-même été fusionné avec le client n°&#xa0;%2&#xa0;; fusionnez plutôt avec ce client.</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into this customer</source>
        <translation>Doublon %1 fusionné avec ce client</translation>
    </message>
    <message>
        <source>%1 merged %2 into %3. Moved: %4.</source>
        <translation>%1 a fusionné %2 avec %3. Transféré&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 is not merged into another customer.</source>
        <translation>%1 n&apos;est fusionné avec aucun autre client.</translation>
    </message>
    <message>
        <source>The audit trail has no record of how %1 was merged, so the merge cannot be undone here.</source>
        <translation>Le journal d&apos;audit ne garde aucune trace de la fusion de %1&#xa0;: elle ne peut donc pas être annulée ici.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2 since; separate those two first.</source>
        <translation>%1 a depuis été fusionné avec le client n°&#xa0;%2&#xa0;; séparez d&apos;abord ces deux-là.</translation>
    </message>
    <message>
        <source>Separated %1 from this customer again</source>
        <translation>%1 séparé de nouveau de ce client</translation>
    </message>
    <message>
        <source>%1 undid the merge of %2 into %3. Moved back: %4.</source>
        <translation>%1 a annulé la fusion de %2 avec %3. Retransféré&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Separated from %1 again</source>
        <translation>Séparé de nouveau de %1</translation>
    </message>
</context>
<context>
    <name>tandem::CustomerProfileWidget</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate…</source>
        <translation>&amp;Fusionner un doublon…</translation>
    </message>
    <message>
        <source>&amp;Separate…</source>
        <translation>&amp;Séparer…</translation>
    </message>
    <message>
        <source>Change the name, contact details, tier, lifecycle and tags</source>
        <translation>Modifier le nom, les coordonnées, le niveau de service, le cycle de vie et les étiquettes</translation>
    </message>
    <message>
        <source>Move a duplicate record&apos;s history into this customer</source>
        <translation>Transférer l&apos;historique d&apos;une fiche en double vers ce client</translation>
    </message>
    <message>
        <source>Undo the merge of a duplicate into this customer</source>
        <translation>Annuler la fusion d&apos;un doublon avec ce client</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Entrées de la chronologie</translation>
    </message>
    <message>
        <source>Latest CSAT</source>
        <translation>Dernier CSAT</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>Dernier NPS</translation>
    </message>
    <message>
        <source>Latest CES</source>
        <translation>Dernier CES</translation>
    </message>
    <message>
        <source>Open escalations</source>
        <translation>Escalades ouvertes</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Relances en cours</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>merged into customer #%1</source>
        <translation>fusionné avec le client n°&#xa0;%1</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Aucune commande pour l&apos;instant</translation>
    </message>
    <message>
        <source>No refunds</source>
        <translation>Aucun remboursement</translation>
    </message>
    <message>
        <source>First contact %1</source>
        <translation>Premier contact %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Aucune réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>with support or waiting to be closed</source>
        <translation>au support ou en attente de clôture</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Aucune ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Aucune en retard</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <source>Merged into this customer: %1</source>
        <translation>Fusionnés avec ce client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Separate Customers</source>
        <translation>Séparer les clients</translation>
    </message>
    <message>
        <source>Move everything the merge brought from customer #%1 back to it, and list it again? Entries logged on %2 since stay with %2.</source>
        <translation>Renvoyer vers le client n°&#xa0;%1 tout ce que la fusion en a apporté, et le faire réapparaître dans la liste&#xa0;? Les entrées consignées depuis sur %2 restent chez %2.</translation>
    </message>
</context>
<context>
    <name>tandem::DemoDataWriter</name>
    <message>
        <source>Demo data needs at least one customer and no negative counts.</source>
        <translation>Les données de démonstration demandent au moins un client et aucun nombre négatif.</translation>
    </message>
    <message>
        <source>The workspace already has customers; demo data goes only into an empty workspace.</source>
        <translation>L&apos;espace de travail contient déjà des clients&#xa0;; les données de démonstration ne vont que dans un espace vide.</translation>
    </message>
</context>
<context>
    <name>tandem::DesktopApp</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Team Workspace</source>
        <translation>Espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Opening the team workspace was cancelled.</source>
        <translation>L&apos;ouverture de l&apos;espace d&apos;équipe a été annulée.</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Desktop workstation for customer service and support.</source>
        <translation>Poste de travail pour le service client et le support.</translation>
    </message>
    <message>
        <source>Workspace file to open (default: %1).</source>
        <translation>Fichier d&apos;espace de travail à ouvrir (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Sign in as this agent (demo workspaces only).</source>
        <translation>Se connecter en tant que cet agent (espaces de démonstration uniquement).</translation>
    </message>
    <message>
        <source>Render the window offscreen to this PNG file and exit.</source>
        <translation>Dessiner la fenêtre hors écran dans ce fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: the view to show (%1).</source>
        <translation>Avec --screenshot&#xa0;: la vue à afficher (%1).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; known views: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue&#xa0;; vues connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (default: the theme chosen in View &gt; Theme; screenshots: system).</source>
        <translation>Couleurs pour cette exécution&#xa0;: system, light ou dark (par défaut&#xa0;: le thème choisi dans Affichage &gt; Thème&#xa0;; captures d&apos;écran&#xa0;: system).</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;; use system, light or dark.</source>
        <translation>Palette «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez system, light ou dark.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Make one with &quot;tandemctl demo --workspace %1&quot;, or start Tandem without --workspace.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à %1. Créez-en un avec «&#xa0;tandemctl demo --workspace %1&#xa0;», ou lancez Tandem sans --workspace.</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <source>There is no workspace at %1.

Create a new workspace there, with demo data to try Tandem on?</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à %1.

Y créer un nouvel espace de travail, avec des données de démonstration pour essayer Tandem&#xa0;?</translation>
    </message>
    <message>
        <source>No workspace was created at %1.</source>
        <translation>Aucun espace de travail n&apos;a été créé à %1.</translation>
    </message>
    <message>
        <source>Open the workspace only to read it; nothing is changed.</source>
        <translation>Ouvrir l&apos;espace de travail seulement pour le lire&#xa0;; rien n&apos;est modifié.</translation>
    </message>
</context>
<context>
    <name>tandem::DetailsPanel</name>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Niveau de service&#xa0;:</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Cycle de vie&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie&#xa0;:</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Corrected: the correction above this entry on the timeline replaces it.</source>
        <translation>Corrigée&#xa0;: la correction au-dessus de cette entrée dans la chronologie la remplace.</translation>
    </message>
    <message>
        <source>A correction: it replaces the entry below it on the timeline.</source>
        <translation>Une correction&#xa0;: elle remplace l&apos;entrée en dessous dans la chronologie.</translation>
    </message>
</context>
<context>
    <name>tandem::DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Impossible de créer le dossier des brouillons %1.</translation>
    </message>
    <message>
        <source>Cannot keep the draft: %1</source>
        <translation>Impossible de conserver le brouillon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::EmailConnector</name>
    <message>
        <source>The password of the mail account &quot;%1&quot; is missing; a team lead can set it again.</source>
        <translation>Le mot de passe du compte de messagerie «&#xa0;%1&#xa0;» manque&#xa0;; un chef d&apos;équipe peut le redéfinir.</translation>
    </message>
    <message>
        <source>The Sent folder could not be searched for this reply; it is sent later.</source>
        <translation>Le dossier Envoyés n&apos;a pas pu être fouillé pour cette réponse&#xa0;; elle sera envoyée plus tard.</translation>
    </message>
    <message>
        <source>Tandem could not record in the workspace that this reply is being sent; it is sent later.</source>
        <translation>Tandem n’a pas pu noter dans l’espace de travail que cette réponse part&#xa0;; elle sera envoyée plus tard.</translation>
    </message>
</context>
<context>
    <name>tandem::Enums</name>
    <message>
        <source>Service rep</source>
        <translation>Conseiller clientèle</translation>
    </message>
    <message>
        <source>Support specialist</source>
        <translation>Spécialiste support</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Libre-service</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>INI / config</source>
        <translation>INI / configuration</translation>
    </message>
    <message>
        <source>Shell session</source>
        <translation>Session shell</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Trace de pile</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Needs info from rep</source>
        <translation>Infos attendues du conseiller</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Renvoyée au conseiller</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>S1 – critical</source>
        <translation>S1 – critique</translation>
    </message>
    <message>
        <source>S2 – major</source>
        <translation>S2 – majeure</translation>
    </message>
    <message>
        <source>S3 – minor</source>
        <translation>S3 – mineure</translation>
    </message>
    <message>
        <source>S4 – question</source>
        <translation>S4 – question</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Account access</source>
        <translation>Accès au compte</translation>
    </message>
    <message>
        <source>Data / billing system</source>
        <translation>Données / facturation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Commencer le traitement</translation>
    </message>
    <message>
        <source>Ask the rep</source>
        <translation>Interroger le conseiller</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Attendre le client</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>Le client a répondu</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Renvoyer au conseiller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Modifier la gravité</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation>Ajouter des informations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Pending on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationActionDialog</name>
    <message>
        <source>the rep</source>
        <translation>le conseiller</translation>
    </message>
    <message>
        <source>Ask the Rep</source>
        <translation>Demander au conseiller</translation>
    </message>
    <message>
        <source>Your &amp;question for %1, who escalated this:</source>
        <translation>Votre &amp;question pour %1, qui a fait l&apos;escalade&#xa0;:</translation>
    </message>
    <message>
        <source>What you need to know or have, and why: a log, a version, what the customer sees</source>
        <translation>Ce qu&apos;il vous faut savoir ou avoir, et pourquoi&#xa0;: un journal, une version, ce que voit le client</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>Write your question first.</source>
        <translation>Écrivez d&apos;abord votre question.</translation>
    </message>
    <message>
        <source>Wait on the Customer</source>
        <translation>Attendre le client</translation>
    </message>
    <message>
        <source>&amp;What are you waiting for from the customer?</source>
        <translation>&amp;Qu&apos;attendez-vous du client&#xa0;?</translation>
    </message>
    <message>
        <source>A test, a log, a reply; and what happens when it comes</source>
        <translation>Un test, un journal, une réponse&#xa0;; et ce qui se passe à son arrivée</translation>
    </message>
    <message>
        <source>Wait on &amp;Customer</source>
        <translation>Attendre le &amp;client</translation>
    </message>
    <message>
        <source>Say what you are waiting for first.</source>
        <translation>Dites d&apos;abord ce que vous attendez.</translation>
    </message>
    <message>
        <source>Resolve the Escalation</source>
        <translation>Résoudre l&apos;escalade</translation>
    </message>
    <message>
        <source>The &amp;fix: what was wrong and how it was resolved</source>
        <translation>La &amp;solution&#xa0;: ce qui n&apos;allait pas et comment c&apos;est résolu</translation>
    </message>
    <message>
        <source>For the team and the record: the cause, the fix, anything to watch</source>
        <translation>Pour l&apos;équipe et le dossier&#xa0;: la cause, la solution, ce qu&apos;il faut surveiller</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Describe the fix first.</source>
        <translation>Décrivez d&apos;abord la solution.</translation>
    </message>
    <message>
        <source>Hand Back to the Rep</source>
        <translation>Rendre au conseiller</translation>
    </message>
    <message>
        <source>The &amp;reason you hand it back to %1, and what to tell the customer:</source>
        <translation>La &amp;raison pour laquelle vous la rendez à %1, et ce qu&apos;il faut dire au client&#xa0;:</translation>
    </message>
    <message>
        <source>Fixed, not a fault, or needs the customer: in words the customer understands</source>
        <translation>Corrigé, pas un défaut, ou besoin du client&#xa0;: avec des mots que le client comprend</translation>
    </message>
    <message>
        <source>&amp;Hand Back</source>
        <translation>R&amp;endre</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Écrivez d&apos;abord la raison.</translation>
    </message>
    <message>
        <source>Reopen the Escalation</source>
        <translation>Rouvrir l&apos;escalade</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>&amp;Pourquoi est-elle rouverte&#xa0;?</translation>
    </message>
    <message>
        <source>What still fails, and since when</source>
        <translation>Ce qui échoue encore, et depuis quand</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Say why it is reopened first.</source>
        <translation>Dites d&apos;abord pourquoi elle est rouverte.</translation>
    </message>
    <message>
        <source>Change the Severity</source>
        <translation>Changer la gravité</translation>
    </message>
    <message>
        <source>&amp;Why does the severity change?</source>
        <translation>&amp;Pourquoi la gravité change-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>What changed: more customers affected, a workaround found, …</source>
        <translation>Ce qui a changé&#xa0;: plus de clients touchés, un contournement trouvé, …</translation>
    </message>
    <message>
        <source>&amp;Change Severity</source>
        <translation>&amp;Changer la gravité</translation>
    </message>
    <message>
        <source>Say why first.</source>
        <translation>Dites d&apos;abord pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Write a note first.</source>
        <translation>Écrivez d&apos;abord une note.</translation>
    </message>
    <message>
        <source>Support has not asked the rep anything yet.</source>
        <translation>Le support n&apos;a encore rien demandé au conseiller.</translation>
    </message>
    <message>
        <source>%1 asked on %2:</source>
        <translation>%1 a demandé le %2&#xa0;:</translation>
    </message>
    <message>
        <source>%1 answered on %2:</source>
        <translation>%1 a répondu le %2&#xa0;:</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>%1 — Escalation #%2</source>
        <translation>%1 — Escalade n°&#xa0;%2</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n°&#xa0;%1 · %2</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Escalated:</source>
        <translation>Escaladée&#xa0;:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+Return takes the step.</source>
        <translation>Ctrl+Entrée effectue l&apos;étape.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation>%1 (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close; what you wrote is kept for next time</source>
        <translation>Fermer&#xa0;; ce que vous avez écrit est gardé pour la prochaine fois</translation>
    </message>
    <message>
        <source>Latest exchange with the rep</source>
        <translation>Dernier échange avec le conseiller</translation>
    </message>
    <message>
        <source>The pasted text was not added: the note would have %1 characters, %2 at most. Attach long logs to the escalation instead.</source>
        <translation>Le texte collé n&apos;a pas été ajouté&#xa0;: la note aurait %1 caractères, %2 au plus. Joignez plutôt les longs journaux à l&apos;escalade.</translation>
    </message>
    <message>
        <source>What you wrote last time is back; nothing was sent yet.</source>
        <translation>Ce que vous aviez écrit est revenu&#xa0;; rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationDialog</name>
    <message>
        <source>1. …
2. …
3. …</source>
        <translation>1. …
2. …
3. …</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>Ce qui aurait dû se passer</translation>
    </message>
    <message>
        <source>What happened instead, in the customer&apos;s words if possible</source>
        <translation>Ce qui s&apos;est passé à la place, si possible dans les mots du client</translation>
    </message>
    <message>
        <source>What you or the customer already tried, so nobody asks again</source>
        <translation>Ce que vous ou le client avez déjà essayé, pour que personne ne le redemande</translation>
    </message>
    <message>
        <source>Escalate to Support</source>
        <translation>Escalader au support</translation>
    </message>
    <message>
        <source>One line: what is broken for the customer</source>
        <translation>En une ligne&#xa0;: ce qui ne fonctionne pas pour le client</translation>
    </message>
    <message>
        <source>Product version, operating system, browser, network…</source>
        <translation>Version du produit, système d&apos;exploitation, navigateur, réseau…</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;teps to reproduce:</source>
        <translation>É&amp;tapes pour reproduire&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Résultat &amp;attendu&#xa0;:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Ce qui s&apos;est &amp;passé&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>E&amp;nvironnement&#xa0;:</translation>
    </message>
    <message>
        <source>Already t&amp;ried:</source>
        <translation>&amp;Déjà essayé&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline entries handed over</source>
        <translation>Entrées de la chronologie transmises</translation>
    </message>
    <message>
        <source>From the timeline</source>
        <translation>Depuis la chronologie</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
    <message>
        <source>Escalating for %1</source>
        <translation>Escalade pour %1</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <source>This customer already has an open escalation: %1</source>
        <translation>Ce client a déjà une escalade ouverte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>This customer already has %n open escalation(s):</source>
        <translation>
            <numerusform>Ce client a déjà %n escalade ouverte&#xa0;:</numerusform>
            <numerusform>Ce client a déjà %n escalades ouvertes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>If it is the same problem, add what you have to it instead of escalating again.</source>
        <translation>S&apos;il s&apos;agit du même problème, ajoutez-y vos informations au lieu d&apos;escalader à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Add to #%1 instead</source>
        <translation>&amp;Ajouter plutôt au n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Add to #%1 instead</source>
        <translation>Ajouter plutôt au n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Add what you typed and attached to escalation #%1 instead of escalating again</source>
        <translation>Ajouter ce que vous avez saisi et joint à l&apos;escalade n°&#xa0;%1 au lieu d&apos;escalader à nouveau</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationLine</name>
    <message>
        <source>not claimed yet</source>
        <translation>pas encore prise en charge</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation>n°&#xa0;%1 %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationNotifier</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Open the Queue</source>
        <translation>Ouvrir la file</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Le support</translation>
    </message>
    <message>
        <source>Escalation #%1 needs information from you</source>
        <translation>L&apos;escalade n° %1 attend des informations de votre part</translation>
    </message>
    <message>
        <source>Escalation #%1 was handed back to you</source>
        <translation>L&apos;escalade n° %1 vous a été renvoyée</translation>
    </message>
    <message>
        <source>%1 has a question about “%2” for %3. Support waits for your answer.</source>
        <translation>%1 a une question sur « %2 » pour %3. Le support attend votre réponse.</translation>
    </message>
    <message>
        <source>%1 handed “%2” back: tell %3 what was found, then close it.</source>
        <translation>%1 a renvoyé « %2 »&#xa0;: dites à %3 ce qui a été trouvé, puis clôturez l&apos;escalade.</translation>
    </message>
    <message>
        <source>Open Escalation #%1</source>
        <translation>Ouvrir l&apos;escalade n° %1</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationQueueDelegate</name>
    <message>
        <source>unclaimed</source>
        <translation>non pris en charge</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationQueueModel</name>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de votre part</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationService</name>
    <message>
        <source>Write the question for the rep.</source>
        <translation>Rédigez la question pour le conseiller.</translation>
    </message>
    <message>
        <source>Say what you are waiting for from the customer.</source>
        <translation>Indiquez ce que vous attendez du client.</translation>
    </message>
    <message>
        <source>Write the answer for the specialist.</source>
        <translation>Rédigez la réponse pour le spécialiste.</translation>
    </message>
    <message>
        <source>Describe how the problem was resolved.</source>
        <translation>Décrivez comment le problème a été résolu.</translation>
    </message>
    <message>
        <source>Write what the rep should tell the customer.</source>
        <translation>Rédigez ce que le conseiller doit dire au client.</translation>
    </message>
    <message>
        <source>Say why the escalation is reopened.</source>
        <translation>Indiquez pourquoi l&apos;escalade est rouverte.</translation>
    </message>
    <message>
        <source>Say why the severity changes.</source>
        <translation>Indiquez pourquoi la gravité change.</translation>
    </message>
    <message>
        <source>Add a note.</source>
        <translation>Ajoutez une note.</translation>
    </message>
    <message>
        <source>Escalated to support (#%1): %2</source>
        <translation>Escaladé au support (n°&#xa0;%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Escalation #%1 claimed by %2</source>
        <translation>Escalade n°&#xa0;%1 prise en charge par %2</translation>
    </message>
    <message>
        <source>Support is working on escalation #%1</source>
        <translation>Le support traite l&apos;escalade n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Support needs information from the rep (escalation #%1)</source>
        <translation>Le support a besoin d&apos;informations du conseiller (escalade n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>Support is waiting on the customer (escalation #%1)</source>
        <translation>Le support attend le client (escalade n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>The rep answered support (escalation #%1)</source>
        <translation>Le conseiller a répondu au support (escalade n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>The customer replied (escalation #%1)</source>
        <translation>Le client a répondu (escalade n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>Escalation #%1 resolved</source>
        <translation>Escalade n°&#xa0;%1 résolue</translation>
    </message>
    <message>
        <source>Escalation #%1 handed back to the rep</source>
        <translation>Escalade n°&#xa0;%1 renvoyée au conseiller</translation>
    </message>
    <message>
        <source>Escalation #%1 closed</source>
        <translation>Escalade n°&#xa0;%1 clôturée</translation>
    </message>
    <message>
        <source>Escalation #%1 reopened</source>
        <translation>Escalade n°&#xa0;%1 rouverte</translation>
    </message>
    <message>
        <source>Escalation #%1 reassigned to %2</source>
        <translation>Escalade n°&#xa0;%1 réattribuée à %2</translation>
    </message>
    <message>
        <source>Escalation #%1 is now %2</source>
        <translation>L&apos;escalade n°&#xa0;%1 est maintenant de gravité %2</translation>
    </message>
    <message>
        <source>Choose the customer the problem is about.</source>
        <translation>Choisissez le client concerné par le problème.</translation>
    </message>
    <message>
        <source>Entry #%1 is not on %2&apos;s timeline.</source>
        <translation>L&apos;entrée n°&#xa0;%1 ne figure pas dans la chronologie de %2.</translation>
    </message>
    <message>
        <source>Write a one-line summary of the problem.</source>
        <translation>Résumez le problème en une ligne.</translation>
    </message>
    <message>
        <source>Keep the summary under %1 characters; the details go below.</source>
        <translation>Limitez le résumé à moins de %1 caractères&#xa0;; les détails vont dans les champs ci-dessous.</translation>
    </message>
    <message>
        <source>Write down the steps that lead to the problem.</source>
        <translation>Notez les étapes qui mènent au problème.</translation>
    </message>
    <message>
        <source>Say what the customer expected to happen.</source>
        <translation>Indiquez ce à quoi le client s&apos;attendait.</translation>
    </message>
    <message>
        <source>Say what happened instead.</source>
        <translation>Indiquez ce qui s&apos;est passé à la place.</translation>
    </message>
    <message>
        <source>Say what was already tried, so nobody asks the customer to do it again.</source>
        <translation>Indiquez ce qui a déjà été essayé, pour que personne ne redemande au client de le faire.</translation>
    </message>
    <message>
        <source>A hand-off takes at most %1 attachments.</source>
        <translation>Une transmission compte au plus %1 pièces jointes.</translation>
    </message>
    <message>
        <source>Every attachment needs a name.</source>
        <translation>Chaque pièce jointe doit avoir un nom.</translation>
    </message>
    <message>
        <source>The attachment “%1” is empty.</source>
        <translation>La pièce jointe «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Expected: %4
Actual: %5</source>
        <translation>%1 · %2 · %3

Attendu&#xa0;: %4
Constaté&#xa0;: %5</translation>
    </message>
    <message>
        <source>There is no escalation #%1.</source>
        <translation>Il n&apos;existe pas d&apos;escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Choose who gets the escalation.</source>
        <translation>Choisissez à qui attribuer l&apos;escalade.</translation>
    </message>
    <message>
        <source>An escalation can go only to an active support specialist or team lead.</source>
        <translation>Une escalade ne peut être attribuée qu&apos;à un spécialiste support ou un responsable d&apos;équipe actif.</translation>
    </message>
    <message>
        <source>The escalation is already assigned to %1.</source>
        <translation>L&apos;escalade est déjà attribuée à %1.</translation>
    </message>
    <message>
        <source>Choose the new severity.</source>
        <translation>Choisissez la nouvelle gravité.</translation>
    </message>
    <message>
        <source>The escalation already has the severity %1.</source>
        <translation>L&apos;escalade a déjà la gravité %1.</translation>
    </message>
    <message>
        <source>You have already claimed escalation #%1.</source>
        <translation>Vous avez déjà pris en charge l&apos;escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Escalation #%1 was already claimed by %2.</source>
        <translation>L&apos;escalade n°&#xa0;%1 a déjà été prise en charge par %2.</translation>
    </message>
    <message>
        <source>Someone else changed escalation #%1 in the meantime (it is now “%2”). Look at it again and retry.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié l&apos;escalade n°&#xa0;%1 entre-temps (elle est maintenant «&#xa0;%2&#xa0;»). Vérifiez-la à nouveau et réessayez.</translation>
    </message>
    <message>
        <source>The support queue is for support specialists and team leads.</source>
        <translation>La file du support est réservée aux spécialistes support et aux responsables d&apos;équipe.</translation>
    </message>
    <message>
        <source>Escalation #%1 was closed in the meantime; there is nothing to claim.</source>
        <translation>L&apos;escalade n°&#xa0;%1 a été clôturée entre-temps&#xa0;; il n&apos;y a rien à prendre en charge.</translation>
    </message>
    <message>
        <source>The attachment “%1” is longer than %2 of text.</source>
        <translation>La pièce jointe «&#xa0;%1&#xa0;» dépasse %2 de texte.</translation>
    </message>
    <message>
        <source>Write what you are adding for the specialist.</source>
        <translation>Rédigez ce que vous ajoutez pour le spécialiste.</translation>
    </message>
    <message>
        <source>%1 added information to escalation #%2</source>
        <translation>%1 a ajouté des informations à l&apos;escalade n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Conversation #%1 is not with %2.</source>
        <translation>La conversation n°&#xa0;%1 n&apos;est pas avec %2.</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationStateMachine</name>
    <message>
        <source>This issue has not been escalated yet.</source>
        <translation>Ce problème n&apos;a pas encore été escaladé.</translation>
    </message>
    <message>
        <source>Support specialists take escalations; a service rep or a team lead escalates.</source>
        <translation>Les spécialistes support prennent en charge les escalades&#xa0;; ce sont les conseillers clientèle ou les responsables d&apos;équipe qui escaladent.</translation>
    </message>
    <message>
        <source>This issue is already escalated.</source>
        <translation>Ce problème est déjà escaladé.</translation>
    </message>
    <message>
        <source>Only support specialists and team leads work on escalations.</source>
        <translation>Seuls les spécialistes support et les responsables d&apos;équipe traitent les escalades.</translation>
    </message>
    <message>
        <source>Only a team lead can reassign an escalation.</source>
        <translation>Seul un responsable d&apos;équipe peut réattribuer une escalade.</translation>
    </message>
    <message>
        <source>Only a team lead can change the severity of an escalation.</source>
        <translation>Seul un responsable d&apos;équipe peut modifier la gravité d&apos;une escalade.</translation>
    </message>
    <message>
        <source>This escalation has already been claimed.</source>
        <translation>Cette escalade a déjà été prise en charge.</translation>
    </message>
    <message>
        <source>“%1” is not possible while the escalation is “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas possible tant que l&apos;escalade est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Only the specialist this escalation is assigned to can do that; a team lead can reassign it.</source>
        <translation>Seul le spécialiste à qui cette escalade est attribuée peut le faire&#xa0;; un responsable d&apos;équipe peut la réattribuer.</translation>
    </message>
    <message>
        <source>Only the rep who escalated this, or a team lead, can do that.</source>
        <translation>Seul le conseiller qui a escaladé ce problème, ou un responsable d&apos;équipe, peut le faire.</translation>
    </message>
    <message>
        <source>Only the rep who escalated this, its specialist or a team lead can do that.</source>
        <translation>Seuls le conseiller qui a escaladé ce problème, le spécialiste chargé de l&apos;escalade ou un responsable d&apos;équipe peuvent le faire.</translation>
    </message>
    <message>
        <source>This escalation is closed; there is nothing to claim.</source>
        <translation>Cette escalade est clôturée&#xa0;; il n&apos;y a rien à prendre en charge.</translation>
    </message>
    <message>
        <source>A service rep or a team lead adds information to an escalation; support works on it.</source>
        <translation>Ce sont les conseillers clientèle ou les responsables d&apos;équipe qui ajoutent des informations à une escalade&#xa0;; le support la traite.</translation>
    </message>
    <message>
        <source>This escalation is already “%1”; escalate the problem again if it is still there.</source>
        <translation>Cette escalade est déjà «&#xa0;%1&#xa0;»&#xa0;; escaladez à nouveau le problème s&apos;il persiste.</translation>
    </message>
</context>
<context>
    <name>tandem::FileSecretStore</name>
    <message>
        <source>the credentials file %1</source>
        <translation>le fichier d&apos;identifiants %1</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read by others; make it readable by its owner only (chmod 600).</source>
        <translation>Le fichier d&apos;identifiants %1 est lisible par d&apos;autres&#xa0;; rendez-le lisible par son seul propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>The credentials file %1 could not be read: %2</source>
        <translation>Le fichier d&apos;identifiants %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: %2</source>
        <translation>Le fichier d&apos;identifiants %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 could not be written: %2</source>
        <translation>Le fichier d&apos;identifiants %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::FirstLeadDialog</name>
    <message>
        <source>Set Up the Workspace</source>
        <translation>Configurer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no accounts yet. Create the first team lead&apos;s account; the lead then adds the rest of the team under Accounts.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;a encore aucun compte. Créez le compte du premier responsable d&apos;équipe&#xa0;; il ajoutera ensuite le reste de l&apos;équipe dans «&#xa0;Comptes&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>Follow Up with %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>When should you get back to %1?</source>
        <translation>Quand devez-vous recontacter %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>La &amp;semaine prochaine</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Date et heure d&apos;échéance</translation>
    </message>
    <message>
        <source>What to follow up on, e.g. “Check the replacement arrived”</source>
        <translation>Objet de la relance, p. ex. «&#xa0;Vérifier que le remplacement est bien arrivé&#xa0;»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Due %1. It shows in your follow-ups and on the customer&apos;s timeline.</source>
        <translation>Échéance&#xa0;: %1. La relance apparaît dans vos relances et dans la chronologie du client.</translation>
    </message>
    <message>
        <source>Next working &amp;day</source>
        <translation>Prochain &amp;jour ouvré</translation>
    </message>
    <message>
        <source>In &amp;3 working days</source>
        <translation>Dans &amp;3 jours ouvrés</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpListDelegate</name>
    <message>
        <source>Overdue · %1</source>
        <translation>En retard · %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Aucune note</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpService</name>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Il n&apos;existe pas de client n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2; schedule the follow-up there.</source>
        <translation>%1 a été fusionné avec le client n°&#xa0;%2&#xa0;; planifiez la relance sur ce client.</translation>
    </message>
    <message>
        <source>Choose a time in the future for the follow-up.</source>
        <translation>Choisissez une date future pour la relance.</translation>
    </message>
    <message>
        <source>Choose a time within the next five years for the follow-up.</source>
        <translation>Choisissez pour la relance une date dans les cinq prochaines années.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>Limitez la note à moins de %1 caractères.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1 by %2</source>
        <translation>Relance planifiée pour le %1 par %2</translation>
    </message>
    <message>
        <source>There is no follow-up #%1.</source>
        <translation>Il n&apos;existe pas de relance n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>This follow-up belongs to %1; only they or a team lead can complete it.</source>
        <translation>Cette relance appartient à %1&#xa0;; seule cette personne ou un responsable d&apos;équipe peut la terminer.</translation>
    </message>
    <message>
        <source>This follow-up was already completed.</source>
        <translation>Cette relance a déjà été effectuée.</translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearchWidget</name>
    <message>
        <source>Search every customer&apos;s interactions</source>
        <translation>Rechercher dans les interactions de tous les clients</translation>
    </message>
    <message>
        <source>Search all interactions</source>
        <translation>Rechercher dans toutes les interactions</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Les plus pertinents d&apos;abord</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Ordre des résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type words to find them in every customer&apos;s timeline.</source>
        <translation>Saisissez des mots pour les retrouver dans la chronologie de tous les clients.</translation>
    </message>
    <message>
        <source>No interaction holds all of these words.</source>
        <translation>Aucune interaction ne contient tous ces mots.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es); scroll down for more.</source>
        <translation>
            <numerusform>Le premier résultat&#xa0;; faites défiler pour en voir plus.</numerusform>
            <numerusform>Les %n premiers résultats&#xa0;; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::HandoffCard</name>
    <message>
        <source>Select an escalation to see its hand-off.</source>
        <translation>Sélectionnez une escalade pour voir sa transmission.</translation>
    </message>
    <message>
        <source>Hand-off card</source>
        <translation>Fiche de transmission</translation>
    </message>
    <message>
        <source>Escalation #%1 could not be found.</source>
        <translation>L&apos;escalade n°&#xa0;%1 est introuvable.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>N°&#xa0;%1 · %2</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2</source>
        <translation>Escaladée par %1 le %2</translation>
    </message>
    <message>
        <source> · not claimed yet</source>
        <translation> · pas encore prise en charge</translation>
    </message>
    <message>
        <source> · with %1</source>
        <translation> · chez %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 tier · %2</source>
        <translation>Niveau %1 · %2</translation>
    </message>
    <message>
        <source>What the rep collected</source>
        <translation>Ce que le conseiller a recueilli</translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation>Étapes pour reproduire&#xa0;:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Résultat attendu&#xa0;:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Already tried:</source>
        <translation>Déjà essayé&#xa0;:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>For the customer:</source>
        <translation>Pour le client&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>Picked from the timeline</source>
        <translation>Repris de la chronologie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Recent timeline</source>
        <translation>Chronologie récente</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Liée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Text of “%1”</source>
        <translation>Texte de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Files from the customer&apos;s mail</source>
        <translation>Fichiers du courriel du client</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>Enregistrer %1 sous</translation>
    </message>
</context>
<context>
    <name>tandem::HtmlSanitizer</name>
    <message>
        <source>relative</source>
        <translation>relatif</translation>
    </message>
    <message>
        <source>[link removed: %1]</source>
        <translation>[lien supprimé&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[image from %1 not loaded]</source>
        <translation>[image de %1 non chargée]</translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation>[image non affichée&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[image non affichée]</translation>
    </message>
    <message>
        <source>The rest of this message is too long to show formatted; the plain text view has all of it.</source>
        <translation>La suite de ce message est trop longue pour être affichée mise en forme&#xa0;; le texte brut la contient en entier.</translation>
    </message>
</context>
<context>
    <name>tandem::ImapConnection</name>
    <message>
        <source>The %1 server&apos;s name %2 was not found (DNS): %3</source>
        <translation>Le nom %2 du serveur %1 est introuvable (DNS)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 server %2 refused the connection: nothing listens on that port.</source>
        <translation>Le serveur %1 %2 a refusé la connexion&#xa0;: rien n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <source>The %1 server %2 could not be reached: %3</source>
        <translation>Le serveur %1 %2 est injoignable&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate made for another name, not for %3.</source>
        <translation>Le serveur %1 %2 a présenté un certificat TLS établi pour un autre nom, pas pour %3.</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate made for another name (%3), not for %4.</source>
        <translation>Le serveur %1 %2 a présenté un certificat TLS établi pour un autre nom (%3), pas pour %4.</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate from an unknown issuer: %3. For a self-hosted server, give its certificate authority&apos;s file.</source>
        <translation>Le serveur %1 %2 a présenté un certificat TLS d&apos;un émetteur inconnu&#xa0;: %3. Pour un serveur auto-hébergé, indiquez le fichier de son autorité de certification.</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate that was refused: %3</source>
        <translation>Le serveur %1 %2 a présenté un certificat TLS qui a été refusé&#xa0;: %3</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate that is not trusted for this host name.</source>
        <translation>Le serveur %1 %2 a présenté un certificat TLS qui n&apos;est pas reconnu pour ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The IMAP server %1 closed the connection before the login: %2</source>
        <translation>Le serveur IMAP %1 a fermé la connexion avant l&apos;identification&#xa0;: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the login &quot;%2&quot; with this password: %3</source>
        <translation>Le serveur IMAP %1 a refusé l&apos;identifiant «&#xa0;%2&#xa0;» avec ce mot de passe&#xa0;: %3</translation>
    </message>
    <message>
        <source>The IMAP server %1 could not open the folder &quot;%2&quot;: %3</source>
        <translation>Le serveur IMAP %1 n&apos;a pas pu ouvrir le dossier «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not store the copy in &quot;%2&quot;: %3</source>
        <translation>Le serveur IMAP %1 n&apos;a pas enregistré la copie dans «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not change the flags of a message: %2</source>
        <translation>Le serveur IMAP %1 n’a pas modifié les indicateurs d’un message&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::InboxDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
</context>
<context>
    <name>tandem::InboxModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribuée à %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>fermée le %1</translation>
    </message>
    <message>
        <source>waiting since %1</source>
        <translation>en attente depuis le %1</translation>
    </message>
</context>
<context>
    <name>tandem::InboxWidget</name>
    <message>
        <source>Inbox folders</source>
        <translation>Dossiers de la boîte de réception</translation>
    </message>
    <message>
        <source>Waiting longest first</source>
        <translation>Attente la plus longue d&apos;abord</translation>
    </message>
    <message>
        <source>Reply due first</source>
        <translation>Réponse due d&apos;abord</translation>
    </message>
    <message>
        <source>Order of the conversations</source>
        <translation>Ordre des conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Reply queued to be sent.</source>
        <translation>Réponse mise en file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>&amp;Assign to Me</source>
        <translation>M&apos;&amp;attribuer</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Attribuée à vous.</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Retirer l&apos;attribution</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Attribution retirée.</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Next Working Day</source>
        <translation>&amp;Reporter au prochain jour ouvré</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Fermée.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Rouverte.</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>Mark &amp;Urgent</source>
        <translation>Marquer &amp;urgente</translation>
    </message>
    <message>
        <source>Marked urgent.</source>
        <translation>Marquée urgente.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes les ouvertes</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n conversation</numerusform>
            <numerusform>%1&#xa0;: %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n conversation(s))</source>
        <translation>
            <numerusform>%1 (%n conversation)</numerusform>
            <numerusform>%1 (%n conversations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Reportée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Tag Conversations</source>
        <translation>Étiqueter des conversations</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Tagged #%1.</source>
        <translation>Étiquetée #%1.</translation>
    </message>
    <message>
        <source>Assign &amp;To…</source>
        <translation>&amp;Attribuer à…</translation>
    </message>
    <message>
        <source>Team load</source>
        <translation>Charge de l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n overdue)</source>
        <translation>
            <numerusform>%1 (%2, %n en retard)</numerusform>
            <numerusform>%1 (%2, %n en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active conversation(s), %2 waiting for an answer, %3 overdue</source>
        <translation>
            <numerusform>%1&#xa0;: %n conversation active, %2 en attente de réponse, %3 en retard</numerusform>
            <numerusform>%1&#xa0;: %n conversations actives, %2 en attente de réponse, %3 en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Conversations</source>
        <translation>Attribuer les conversations</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Attribuer à&#xa0;:</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Attribué à %1.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>&amp;Escalate to Support…</source>
        <translation>&amp;Escalader au support…</translation>
    </message>
</context>
<context>
    <name>tandem::KbSiteFolder</name>
    <message>
        <source>%1 is a file; the site needs a folder of its own.</source>
        <translation>%1 est un fichier ; le site a besoin de son propre dossier.</translation>
    </message>
    <message>
        <source>%1 holds other files; choose an empty folder or one Tandem published the site to before (Tandem replaces what is in it).</source>
        <translation>%1 contient d’autres fichiers ; choisissez un dossier vide ou un dossier où Tandem a déjà publié le site (Tandem en remplace le contenu).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Nothing can be written in %1: %2</source>
        <translation>Rien ne peut être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The old site in %1 cannot be moved aside; is a program using it?</source>
        <translation>L’ancien site dans %1 ne peut pas être mis de côté ; un programme l’utilise-t-il ?</translation>
    </message>
    <message>
        <source>The new site cannot be put in %1.</source>
        <translation>Le nouveau site ne peut pas être placé dans %1.</translation>
    </message>
</context>
<context>
    <name>tandem::KbSitePublishing</name>
    <message>
        <source>Folder for the Help Site (empty, or one published to before)</source>
        <translation>Dossier du site d’aide (vide, ou déjà utilisé pour le site)</translation>
    </message>
    <message>
        <source>Publish Help Site</source>
        <translation>Publier le site d’aide</translation>
    </message>
    <message numerus="yes">
        <source>The help site with %n article(s) is in %1. Copy the folder to your web host, or open index.html.</source>
        <translation>
            <numerusform>Le site d’aide avec %n article se trouve dans %1. Copiez le dossier sur votre hébergeur web ou ouvrez index.html.</numerusform>
            <numerusform>Le site d’aide avec %n articles se trouve dans %1. Copiez le dossier sur votre hébergeur web ou ouvrez index.html.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
</context>
<context>
    <name>tandem::KbSiteService</name>
    <message>
        <source>The program&apos;s copy of %1 is missing; reinstall Tandem.</source>
        <translation>La copie de %1 dans le programme est absente ; réinstallez Tandem.</translation>
    </message>
    <message numerus="yes">
        <source>The company name is longer than %n character(s).</source>
        <translation>
            <numerusform>Le nom de l’entreprise dépasse %n caractère.</numerusform>
            <numerusform>Le nom de l’entreprise dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brand colour must be a colour such as #1f4e79.</source>
        <translation>La couleur de la marque doit être une couleur comme #1f4e79.</translation>
    </message>
    <message>
        <source>The site&apos;s address must be a web address such as https://help.example.com/.</source>
        <translation>L’adresse du site doit être une adresse web comme https://help.example.com/.</translation>
    </message>
    <message>
        <source>Only team leads can change the self-service site&apos;s settings.</source>
        <translation>Seuls les chefs d’équipe peuvent modifier les réglages du site d’aide en libre-service.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can publish the self-service site.</source>
        <translation>Seuls les chefs d’équipe et les spécialistes du support peuvent publier le site d’aide en libre-service.</translation>
    </message>
    <message>
        <source>Choose the folder the site goes into.</source>
        <translation>Choisissez le dossier du site.</translation>
    </message>
</context>
<context>
    <name>tandem::KeychainSecretStore</name>
    <message>
        <source>the keyring</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être lu dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::KnowledgeBaseWidget</name>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Rechercher des articles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Search Articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Which articles</source>
        <translation>Quels articles</translation>
    </message>
    <message>
        <source>Published and drafts</source>
        <translation>Publiés et brouillons</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <source>Drafts and suggested changes</source>
        <translation>Brouillons et modifications proposées</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Écrire un nouvel article</translation>
    </message>
    <message>
        <source>Suggest a new article; a team lead or specialist publishes it</source>
        <translation>Proposer un nouvel article&#xa0;; un responsable d&apos;équipe ou un spécialiste le publie</translation>
    </message>
    <message>
        <source>Every published version, with who wrote it; revert to an earlier one</source>
        <translation>Chaque version publiée, avec son auteur&#xa0;; revenir à une version antérieure</translation>
    </message>
    <message>
        <source>Confirm that the article is still right; its review clock starts again</source>
        <translation>Confirmer que l&apos;article est toujours juste&#xa0;; son délai de relecture repart</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Aucun article ne correspond.</translation>
    </message>
    <message>
        <source>Choose an article.</source>
        <translation>Choisissez un article.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested change(s) wait to be published:</source>
        <translation>
            <numerusform>%n modification proposée attend d&apos;être publiée&#xa0;:</numerusform>
            <numerusform>%n modifications proposées attendent d&apos;être publiées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Suggest an Edit</source>
        <translation>&amp;Proposer une modification</translation>
    </message>
    <message>
        <source>Change the article</source>
        <translation>Modifier l&apos;article</translation>
    </message>
    <message>
        <source>Suggest a change; a team lead or specialist publishes it</source>
        <translation>Proposer une modification&#xa0;; un responsable d&apos;équipe ou un spécialiste la publie</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the article off every list and the self-service site</source>
        <translation>Retirer l&apos;article de toutes les listes et du site en libre-service</translation>
    </message>
    <message>
        <source>Withdraw your draft</source>
        <translation>Retirer votre brouillon</translation>
    </message>
    <message>
        <source>An archived article cannot be changed.</source>
        <translation>Un article archivé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Service reps can change only their own drafts.</source>
        <translation>Les conseillers clientèle ne peuvent modifier que leurs propres brouillons.</translation>
    </message>
    <message>
        <source>The draft is saved; publish it when it is ready.</source>
        <translation>Le brouillon est enregistré&#xa0;; publiez-le quand il est prêt.</translation>
    </message>
    <message>
        <source>Your draft is saved; a team lead or specialist publishes it.</source>
        <translation>Votre brouillon est enregistré&#xa0;; un responsable d&apos;équipe ou un spécialiste le publie.</translation>
    </message>
    <message>
        <source>The change is saved as a draft; the article reads as before until it is published.</source>
        <translation>La modification est enregistrée comme brouillon&#xa0;; l&apos;article reste inchangé jusqu&apos;à sa publication.</translation>
    </message>
    <message>
        <source>Your change is saved; a team lead or specialist publishes it.</source>
        <translation>Votre modification est enregistrée&#xa0;; un responsable d&apos;équipe ou un spécialiste la publie.</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Le brouillon est enregistré.</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>La version %1 est publiée.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>«&#xa0;%1&#xa0;» est archivé.</translation>
    </message>
    <message>
        <source>Your draft “%1” is withdrawn.</source>
        <translation>Votre brouillon «&#xa0;%1&#xa0;» est retiré.</translation>
    </message>
    <message>
        <source>Confirmed as checked; the draft can be published.</source>
        <translation>Vérification confirmée&#xa0;; le brouillon peut être publié.</translation>
    </message>
    <message>
        <source>Marked as reviewed today.</source>
        <translation>Marqué comme relu aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bring the article back: published again if it was published, otherwise a draft</source>
        <translation>Rétablir l&apos;article&#xa0;: de nouveau publié s&apos;il l&apos;était, sinon en brouillon</translation>
    </message>
    <message>
        <source>“%1” is published again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau publié.</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau un brouillon.</translation>
    </message>
</context>
<context>
    <name>tandem::Kpi</name>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Délai de première réponse</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Taux d&apos;escalade</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect des SLA</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Taux de réouverture</translation>
    </message>
    <message>
        <source>Referral requests sent</source>
        <translation>Demandes de recommandation envoyées</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Recommandations reçues</translation>
    </message>
    <message>
        <source>Share of satisfaction answers (1-5) that are 4 or 5.</source>
        <translation>Part des réponses de satisfaction (1–5) égales à 4 ou 5.</translation>
    </message>
    <message>
        <source>Net Promoter Score: % of promoters (9-10) minus % of detractors (0-6) among answers on the 0-10 scale.</source>
        <translation>Net Promoter Score&#xa0;: % de promoteurs (9–10) moins % de détracteurs (0–6) parmi les réponses sur l&apos;échelle de 0 à 10.</translation>
    </message>
    <message>
        <source>Customer Effort Score: the mean answer on the 1-7 scale; lower means less effort.</source>
        <translation>Customer Effort Score&#xa0;: la réponse moyenne sur l&apos;échelle de 1 à 7&#xa0;; plus c&apos;est bas, moins l&apos;effort est grand.</translation>
    </message>
    <message>
        <source>Customers lost in the period divided by the customers at its start. For an agent: among the customers they served in the 90 days before.</source>
        <translation>Clients perdus sur la période divisés par les clients au début de celle-ci. Pour un agent&#xa0;: parmi les clients qu&apos;il a servis dans les 90 jours précédents.</translation>
    </message>
    <message>
        <source>Mean time from an inbound message or complaint to the next outbound reply to that customer.</source>
        <translation>Délai moyen entre un message ou une réclamation entrants et la réponse suivante envoyée à ce client.</translation>
    </message>
    <message>
        <source>Mean time from escalation to resolution, for escalations resolved in the period.</source>
        <translation>Délai moyen entre l&apos;escalade et la résolution, pour les escalades résolues sur la période.</translation>
    </message>
    <message>
        <source>Escalations created per customer contact (messages, calls and complaints).</source>
        <translation>Escalades créées par contact client (messages, appels et réclamations).</translation>
    </message>
    <message>
        <source>Share of escalations due in the period that were claimed and resolved in time.</source>
        <translation>Part des escalades arrivées à échéance sur la période qui ont été prises en charge et résolues dans les délais.</translation>
    </message>
    <message>
        <source>Share of resolutions in the period that had to be reopened.</source>
        <translation>Part des résolutions de la période qui ont dû être rouvertes.</translation>
    </message>
    <message>
        <source>Messages asking a customer to recommend us.</source>
        <translation>Messages demandant à un client de nous recommander.</translation>
    </message>
    <message>
        <source>Referrals customers made, credited to whoever asked for them.</source>
        <translation>Recommandations faites par les clients, attribuées à la personne qui les a demandées.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reply SLA</source>
        <translation>SLA de réponse</translation>
    </message>
    <message>
        <source>Share of answers to customers (first and next responses) due in the period that were sent in time; an answer still owed past its due time is a breach.</source>
        <translation>Part des réponses aux clients (premières et suivantes) dues sur la période qui ont été envoyées à temps&#xa0;; une réponse encore due après son échéance compte comme un dépassement.</translation>
    </message>
    <message>
        <source>Answered with an article</source>
        <translation>Répondu avec un article</translation>
    </message>
    <message>
        <source>Share of conversations closed in the period whose replies carried a knowledge-base article (its link, its text or a template&apos;s article placeholders).</source>
        <translation>Part des conversations fermées sur la période dont les réponses contenaient un article de la base de connaissances (son lien, son texte ou les espaces réservés d’article d’un modèle).</translation>
    </message>
</context>
<context>
    <name>tandem::KpiDashboard</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Dernière semaine</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Whose numbers</source>
        <translation>Chiffres de qui</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Top complaint causes</source>
        <translation>Principaux motifs de réclamation</translation>
    </message>
    <message>
        <source>Complaints in the period by cause. Click one to see its complaints.</source>
        <translation>Réclamations de la période par motif. Cliquez sur un motif pour voir ses réclamations.</translation>
    </message>
    <message>
        <source>no answers in this period</source>
        <translation>aucune réponse sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) satisfied</source>
        <translation>
            <numerusform>satisfaits&#xa0;: %1 sur %n réponse</numerusform>
            <numerusform>satisfaits&#xa0;: %1 sur %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 promoters, %2 detractors of %n</source>
        <translation>
            <numerusform>promoteurs&#xa0;: %1, détracteurs&#xa0;: %2, sur %n réponse</numerusform>
            <numerusform>promoteurs&#xa0;: %1, détracteurs&#xa0;: %2, sur %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s); lower is easier</source>
        <translation>
            <numerusform>%n réponse&#xa0;; plus c&apos;est bas, plus c&apos;est facile</numerusform>
            <numerusform>%n réponses&#xa0;; plus c&apos;est bas, plus c&apos;est facile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) lost</source>
        <translation>
            <numerusform>perdus&#xa0;: %1 sur %n client</numerusform>
            <numerusform>perdus&#xa0;: %1 sur %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>no answered contacts in this period</source>
        <translation>aucun contact ayant reçu une réponse sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>over %n answered contact(s)</source>
        <translation>
            <numerusform>sur %n contact ayant reçu une réponse</numerusform>
            <numerusform>sur %n contacts ayant reçu une réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>no escalations resolved in this period</source>
        <translation>aucune escalade résolue sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>over %n resolved escalation(s)</source>
        <translation>
            <numerusform>sur %n escalade résolue</numerusform>
            <numerusform>sur %n escalades résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer contacts in this period</source>
        <translation>aucun contact client sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) escalated</source>
        <translation>
            <numerusform>escaladés&#xa0;: %1 sur %n contact</numerusform>
            <numerusform>escaladés&#xa0;: %1 sur %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>no escalations due in this period</source>
        <translation>aucune escalade à échéance sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due escalation(s) in time</source>
        <translation>
            <numerusform>dans les délais&#xa0;: %1 sur %n escalade à échéance</numerusform>
            <numerusform>dans les délais&#xa0;: %1 sur %n escalades à échéance</numerusform>
        </translation>
    </message>
    <message>
        <source>no resolutions in this period</source>
        <translation>aucune résolution sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolution(s) reopened</source>
        <translation>
            <numerusform>rouvertes&#xa0;: %1 sur %n résolution</numerusform>
            <numerusform>rouvertes&#xa0;: %1 sur %n résolutions</numerusform>
        </translation>
    </message>
    <message>
        <source>requests asking for a recommendation</source>
        <translation>demandes de recommandation</translation>
    </message>
    <message>
        <source>new customers recommended to us</source>
        <translation>nouveaux clients qui nous ont été recommandés</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>Aucune réclamation sur cette période.</translation>
    </message>
    <message>
        <source>no answers due in this period</source>
        <translation>aucune réponse due sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) in time, %2 breached</source>
        <translation>
            <numerusform>%1 sur %n réponse à temps, %2 hors délai</numerusform>
            <numerusform>%1 sur %n réponses à temps, %2 hors délai</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge base articles</source>
        <translation>Articles de la base de connaissances</translation>
    </message>
    <message>
        <source>Most used and unused articles</source>
        <translation>Articles les plus utilisés et inutilisés</translation>
    </message>
    <message>
        <source>Articles inserted into replies in the period (by link, text or template), how many of the conversations that got their link stayed closed for a week, and the published articles nobody used.</source>
        <translation>Articles insérés dans des réponses sur la période (par lien, texte ou modèle), combien des conversations ayant reçu leur lien sont restées fermées une semaine, et les articles publiés que personne n’a utilisés.</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Les plus utilisés</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n time(s)</source>
        <translation>
            <numerusform>%1 — %n fois</numerusform>
            <numerusform>%1 — %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 of %n linked stayed closed</source>
        <translation>
            <numerusform>, %1 sur %n avec lien restée fermée</numerusform>
            <numerusform>, %1 sur %n avec lien restées fermées</numerusform>
        </translation>
    </message>
    <message>
        <source>No article went into a reply in this period.</source>
        <translation>Aucun article n’a été utilisé dans une réponse sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>Unused: %n article(s)</source>
        <translation>
            <numerusform>Inutilisé : %n article</numerusform>
            <numerusform>Inutilisés : %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no conversations closed in this period</source>
        <translation>aucune conversation fermée sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n closed conversation(s)</source>
        <translation>
            <numerusform>%1 sur %n conversation fermée</numerusform>
            <numerusform>%1 sur %n conversations fermées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::KpiService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>tandem::KpiTargets</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>Objectif ≥ %1</translation>
    </message>
    <message>
        <source>Target ≤ %1</source>
        <translation>Objectif ≤ %1</translation>
    </message>
</context>
<context>
    <name>tandem::KpiTile</name>
    <message>
        <source>%1
Click to see the records behind this number.</source>
        <translation>%1
Cliquez pour voir les enregistrements derrière ce chiffre.</translation>
    </message>
    <message>
        <source>meets its target</source>
        <translation>atteint son objectif</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>misses its target</source>
        <translation>manque son objectif</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountForm</name>
    <message>
        <source>Keep a copy of every reply in the account&apos;s Sent folder</source>
        <translation>Copier chaque réponse dans le dossier Envoyés du compte</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>support@example.com, help@example.com</source>
        <translation>support@example.com, help@example.com</translation>
    </message>
    <message>
        <source>The addresses customers write to, separated by commas; replies leave from the first.</source>
        <translation>Les adresses auxquelles écrivent les clients, séparées par des virgules&#xa0;; les réponses partent de la première.</translation>
    </message>
    <message>
        <source>Shared inbox (no queue)</source>
        <translation>Boîte de réception partagée (aucune file)</translation>
    </message>
    <message>
        <source>Only for a server with a certificate of its own</source>
        <translation>Uniquement pour un serveur avec son propre certificat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le début</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Autorité de &amp;certification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountLock</name>
    <message>
        <source>Cannot open the mail account lock file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou du compte de messagerie %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountService</name>
    <message>
        <source>Only team leads manage mail accounts.</source>
        <translation>Seuls les chefs d&apos;équipe gèrent les comptes de messagerie.</translation>
    </message>
    <message>
        <source>Give the mail account a name.</source>
        <translation>Donnez un nom au compte de messagerie.</translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur %1.</translation>
    </message>
    <message>
        <source>The %1 port must be a number from 1 to 65535.</source>
        <translation>Le port %1 doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Give the login for the mail servers.</source>
        <translation>Indiquez l&apos;identifiant pour les serveurs de messagerie.</translation>
    </message>
    <message>
        <source>Give at least one support address customers write to.</source>
        <translation>Indiquez au moins une adresse de support à laquelle les clients écrivent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat %1 est illisible.</translation>
    </message>
    <message>
        <source>There is a mail account named &quot;%1&quot; already.</source>
        <translation>Il existe déjà un compte de messagerie nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the password of the mail account.</source>
        <translation>Indiquez le mot de passe du compte de messagerie.</translation>
    </message>
    <message>
        <source>That mail account does not exist any more.</source>
        <translation>Ce compte de messagerie n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Someone changed this mail account meanwhile; open it again.</source>
        <translation>Quelqu&apos;un a modifié ce compte de messagerie entre-temps&#xa0;; rouvrez-le.</translation>
    </message>
    <message>
        <source>The password of the mail account &quot;%1&quot; is not in %2; a team lead can set it again.</source>
        <translation>Le mot de passe du compte de messagerie «&#xa0;%1&#xa0;» n&apos;est pas dans %2&#xa0;; un chef d&apos;équipe peut le redéfinir.</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountsDialog</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Mail Accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>No mail account yet: add the support mailbox customers write to, and their mail arrives in the inbox.</source>
        <translation>Pas encore de compte de messagerie&#xa0;: ajoutez la boîte de support à laquelle écrivent les clients, et leurs e-mails arrivent dans la boîte de réception.</translation>
    </message>
    <message>
        <source>feeds the %1 queue</source>
        <translation>alimente la file %1</translation>
    </message>
    <message>
        <source>feeds the shared inbox</source>
        <translation>alimente la boîte de réception partagée</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>IMAP %1:%2, SMTP %3:%4, login %5</source>
        <translation>IMAP %1:%2, SMTP %3:%4, identifiant %5</translation>
    </message>
    <message>
        <source>The mail account %1 is added. Test its connection to be sure it works.</source>
        <translation>Le compte de messagerie %1 est ajouté. Testez sa connexion pour vous assurer qu&apos;il fonctionne.</translation>
    </message>
    <message>
        <source>The mail account %1 is saved.</source>
        <translation>Le compte de messagerie %1 est enregistré.</translation>
    </message>
    <message>
        <source>The mail account %1 is removed, and its password with it.</source>
        <translation>Le compte de messagerie %1 est supprimé, et son mot de passe avec lui.</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <source>Remove Mail Account</source>
        <translation>Supprimer le compte de messagerie</translation>
    </message>
    <message>
        <source>Remove the mail account %1? Its mail is no longer fetched and replies cannot leave through it; the conversations stay.</source>
        <translation>Supprimer le compte de messagerie %1&#xa0;? Ses e-mails ne sont plus relevés et les réponses ne peuvent plus partir par lui&#xa0;; les conversations restent.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>%1 works: the IMAP and SMTP servers answered and accepted the login.</source>
        <translation>%1 fonctionne&#xa0;: les serveurs IMAP et SMTP ont répondu et accepté l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Courrier entrant (IMAP)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Courrier sortant (SMTP)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::MailFetcher</name>
    <message>
        <source>The IMAP server %1:%2 did not hand over the new mail in &quot;%3&quot;: %4</source>
        <translation>Le serveur IMAP %1:%2 n&apos;a pas remis le nouveau courrier de «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>tandem::MailFiles</name>
    <message>
        <source>Executable: do not run</source>
        <translation>Exécutable&#xa0;: ne pas lancer</translation>
    </message>
    <message>
        <source>Archive: may hide executables</source>
        <translation>Archive&#xa0;: peut cacher des exécutables</translation>
    </message>
    <message>
        <source>%1 (from the customer&apos;s mail)</source>
        <translation>%1 (du courriel du client)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::MailWorker</name>
    <message>
        <source>Another worker fetches the mail of %1 right now; it was left to that one.</source>
        <translation>Un autre processus relève en ce moment le courrier de %1&#xa0;; il lui est laissé.</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Hand the selected issue to a support specialist (Ctrl+Shift+E)</source>
        <translation>Transmettre le problème sélectionné à un spécialiste support (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>The escalation queue (Ctrl+E)</source>
        <translation>La file des escalades (Ctrl+E)</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+K)</source>
        <translation>Rechercher des clients (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Nombre de clients</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Reconnecting to the team server…</source>
        <translation>Reconnexion au serveur de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>De nouveau connecté au serveur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The open workspace</source>
        <translation>L&apos;espace de travail ouvert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Tandem workspaces (*.tandem *.sqlite);;All files (*)</source>
        <translation>Espaces de travail Tandem (*.tandem *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Ouvrir un espace d&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Find &amp;Customer</source>
        <translation>Rechercher un &amp;client</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Aller à la c&amp;hronologie</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Aller aux &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Search All Interactions</source>
        <translation>&amp;Rechercher dans toutes les interactions</translation>
    </message>
    <message>
        <source>My &amp;Follow-ups</source>
        <translation>Mes re&amp;lances</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Schedule &amp;Follow-up…</source>
        <translation>Planifier une &amp;relance…</translation>
    </message>
    <message>
        <source>Show &amp;Profile</source>
        <translation>Afficher le &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Pilotage</translation>
    </message>
    <message>
        <source>&amp;Records…</source>
        <translation>&amp;Enregistrements…</translation>
    </message>
    <message>
        <source>&amp;KPI Dashboard…</source>
        <translation>&amp;Tableau de bord des KPI…</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Audit Trail — Tandem</source>
        <translation>Journal d&apos;audit — Tandem</translation>
    </message>
    <message>
        <source>A&amp;gents…</source>
        <translation>A&amp;gents…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>À &amp;propos de Tandem</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>À propos de Tandem</translation>
    </message>
    <message>
        <source>Tandem %1
A desktop workstation for customer service and support teams.</source>
        <translation>Tandem %1
Un poste de travail pour les équipes de service client et de support.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Handed to support as escalation #%1.</source>
        <translation>Transmis au support sous l&apos;escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Escalations — Tandem</source>
        <translation>Escalades — Tandem</translation>
    </message>
    <message>
        <source>Escalations (%1)</source>
        <translation>Escalades (%1)</translation>
    </message>
    <message>
        <source>A new escalation is waiting in the queue.</source>
        <translation>Une nouvelle escalade attend dans la file.</translation>
    </message>
    <message>
        <source>Records — Tandem</source>
        <translation>Enregistrements — Tandem</translation>
    </message>
    <message>
        <source>KPI Dashboard — Tandem</source>
        <translation>Tableau de bord des KPI — Tandem</translation>
    </message>
    <message>
        <source>No customer matches the search</source>
        <translation>Aucun client ne correspond à la recherche</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>%1+ customers</source>
        <translation>%1+ clients</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers, search and follow-ups</source>
        <translation>Clients, recherche et relances</translation>
    </message>
    <message>
        <source>Details and profile</source>
        <translation>Détails et profil</translation>
    </message>
    <message>
        <source>Write a &amp;Note</source>
        <translation>Écrire une &amp;note</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Compose panel</source>
        <translation>Zone de saisie</translation>
    </message>
    <message>
        <source>Template picker</source>
        <translation>Choix du modèle</translation>
    </message>
    <message>
        <source>Search all interactions</source>
        <translation>Rechercher dans toutes les interactions</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <source>Next tab of a tab bar</source>
        <translation>Onglet suivant d&apos;une barre d&apos;onglets</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fermer une boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <source>From the search box to the list</source>
        <translation>Du champ de recherche à la liste</translation>
    </message>
    <message>
        <source>Move through the customers (the timeline follows)</source>
        <translation>Parcourir les clients (la chronologie suit)</translation>
    </message>
    <message>
        <source>Go on to the customer&apos;s timeline</source>
        <translation>Passer à la chronologie du client</translation>
    </message>
    <message>
        <source>Move between events</source>
        <translation>Passer d&apos;un événement à l&apos;autre</translation>
    </message>
    <message>
        <source>Escalate the event (context menu)</source>
        <translation>Escalader l&apos;événement (menu contextuel)</translation>
    </message>
    <message>
        <source>Log the entry</source>
        <translation>Consigner l&apos;entrée</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Insérer un modèle de réponse</translation>
    </message>
    <message>
        <source>Leave the text box</source>
        <translation>Quitter la zone de texte</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Insert the chosen template</source>
        <translation>Insérer le modèle choisi</translation>
    </message>
    <message>
        <source>Close without inserting</source>
        <translation>Fermer sans insérer</translation>
    </message>
    <message>
        <source>Move through the results from the search box</source>
        <translation>Parcourir les résultats depuis le champ de recherche</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>Ouvrir le résultat choisi</translation>
    </message>
    <message>
        <source>Open the customer of the chosen follow-up</source>
        <translation>Ouvrir le client de la relance choisie</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Tableau de bord des KPI</translation>
    </message>
    <message>
        <source>Show the records behind a tile</source>
        <translation>Afficher les enregistrements derrière une tuile</translation>
    </message>
    <message>
        <source>Log Referral &amp;Received…</source>
        <translation>&amp;Recommandation reçue…</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>&amp;Bibliothèque de modèles…</translation>
    </message>
    <message>
        <source>&amp;Insert Template…</source>
        <translation>&amp;Insérer un modèle…</translation>
    </message>
    <message>
        <source>Reply Templates — Tandem</source>
        <translation>Modèles de réponse — Tandem</translation>
    </message>
    <message>
        <source>Log Referral Received</source>
        <translation>Recommandation reçue</translation>
    </message>
    <message>
        <source>Who did this customer refer to us? The referral is linked to the last referral request they were sent.</source>
        <translation>Qui ce client nous a-t-il recommandé ? La recommandation est reliée à la dernière demande de recommandation qu’il a reçue.</translation>
    </message>
    <message>
        <source>Referral logged and linked to the referral request it answered.</source>
        <translation>Recommandation consignée et reliée à la demande à laquelle elle répond.</translation>
    </message>
    <message>
        <source>Referral logged; this customer had not been sent a referral request.</source>
        <translation>Recommandation consignée ; ce client n’avait reçu aucune demande de recommandation.</translation>
    </message>
    <message>
        <source>Tandem (opened read-only)</source>
        <translation>Tandem (ouvert en lecture seule)</translation>
    </message>
    <message>
        <source>This workspace was opened read-only: everything in it can be read, but nothing can be changed. Open a copy you may write to for that.</source>
        <translation>Cet espace de travail a été ouvert en lecture seule&#xa0;: tout peut y être lu, mais rien ne peut être modifié. Pour cela, ouvrez une copie dans laquelle vous pouvez écrire.</translation>
    </message>
    <message>
        <source>C&amp;orrect Entry…</source>
        <translation>&amp;Corriger l&apos;entrée…</translation>
    </message>
    <message>
        <source>Correct the selected timeline entry (F2)</source>
        <translation>Corriger l&apos;entrée choisie de la chronologie (F2)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Score the chosen record beside its text</source>
        <translation>Évaluer l&apos;enregistrement choisi à côté de son texte</translation>
    </message>
    <message>
        <source>Save the QA review</source>
        <translation>Enregistrer l&apos;évaluation qualité</translation>
    </message>
    <message>
        <source>Close the QA review without saving</source>
        <translation>Fermer l&apos;évaluation qualité sans enregistrer</translation>
    </message>
    <message>
        <source>Added to escalation #%1.</source>
        <translation>Ajouté à l&apos;escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <source>Open the channel or kind choices (then Up, Down and Return)</source>
        <translation>Ouvrir le choix de canal ou de type (puis Haut, Bas et Entrée)</translation>
    </message>
    <message>
        <source>The reply is queued again and goes out shortly.</source>
        <translation>La réponse est de nouveau en file et part sous peu.</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Boîte d’envoi…</translation>
    </message>
    <message>
        <source>Import &amp;Mail</source>
        <translation>Importer des e-&amp;mails</translation>
    </message>
    <message>
        <source>From an &amp;mbox File…</source>
        <translation>D&apos;un fichier &amp;mbox…</translation>
    </message>
    <message>
        <source>From a Mail&amp;dir Folder…</source>
        <translation>D&apos;un dossier Mail&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Mail Accounts…</source>
        <translation>Comptes de &amp;messagerie…</translation>
    </message>
    <message>
        <source>The reply is recorded as sent.</source>
        <translation>La réponse est notée comme envoyée.</translation>
    </message>
    <message>
        <source>Team &amp;Queues…</source>
        <translation>&amp;Files de l’équipe…</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>Base de &amp;connaissances</translation>
    </message>
    <message>
        <source>&amp;Publish Help Site…</source>
        <translation>&amp;Publier le site d’aide…</translation>
    </message>
    <message>
        <source>Insert the suggested article&apos;s link</source>
        <translation>Insérer le lien de l’article suggéré</translation>
    </message>
    <message>
        <source>Insert the suggested article&apos;s text</source>
        <translation>Insérer le texte de l’article suggéré</translation>
    </message>
</context>
<context>
    <name>tandem::MergeCustomersDialog</name>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Merge a Duplicate into %1</source>
        <translation>Fusionner un doublon avec %1</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Find the duplicate record of this customer. Everything it holds moves to the customer kept; the duplicate is hidden but never deleted, and the merge can be undone from the kept customer&apos;s profile.</source>
        <translation>Recherchez la fiche en double de ce client. Tout ce qu&apos;elle contient passe au client conservé&#xa0;; le doublon est masqué mais jamais supprimé, et la fusion peut être annulée depuis le profil du client conservé.</translation>
    </message>
    <message>
        <source>Find the duplicate by name, e-mail, company or phone</source>
        <translation>Rechercher le doublon par nom, e-mail, entreprise ou téléphone</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Rechercher le doublon</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The customer to keep no longer exists.</source>
        <translation>Le client à conserver n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose the duplicate in the list.</source>
        <translation>Choisissez le doublon dans la liste.</translation>
    </message>
    <message>
        <source>That is the customer being kept; choose the duplicate.</source>
        <translation>C&apos;est le client conservé&#xa0;; choisissez le doublon.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n réponse à une enquête</numerusform>
            <numerusform>%n réponses à des enquêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalade</numerusform>
            <numerusform>%n escalades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s)</source>
        <translation>
            <numerusform>%n autre contact</numerusform>
            <numerusform>%n autres contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging moves from %1 to %2:</source>
        <translation>La fusion transfère de %1 vers %2&#xa0;:</translation>
    </message>
    <message>
        <source>the tags %1</source>
        <translation>les étiquettes %1</translation>
    </message>
    <message>
        <source>%1 then leaves the customer list. The merge is written on %2&apos;s timeline and in the audit trail under your name.</source>
        <translation>%1 disparaît ensuite de la liste des clients. La fusion est inscrite dans la chronologie de %2 et, à votre nom, dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Fusionner avec %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>tandem::MessageContentService</name>
    <message>
        <source>That file does not exist (any more).</source>
        <translation>Ce fichier n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The content of %1 is missing from the workspace.</source>
        <translation>Le contenu de %1 manque dans l’espace de travail.</translation>
    </message>
    <message>
        <source>%1 is no text file; save it and open it with a program you trust.</source>
        <translation>%1 n’est pas un fichier texte&#xa0;; enregistrez-le et ouvrez-le avec un programme de confiance.</translation>
    </message>
    <message>
        <source>This workspace is open read-only; files cannot be attached in it.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;; on ne peut pas y joindre de fichiers.</translation>
    </message>
    <message>
        <source>There is no escalation #%1.</source>
        <translation>Il n’y a pas d’escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>%1 was not kept, so it cannot be attached.</source>
        <translation>%1 n’a pas été conservé et ne peut donc pas être joint.</translation>
    </message>
    <message>
        <source>Escalation #%1 was not made from the conversation this file came in.</source>
        <translation>L’escalade n°&#xa0;%1 n’a pas été créée depuis la conversation où ce fichier est arrivé.</translation>
    </message>
    <message>
        <source>Escalation #%1 is closed; reopen it before attaching files.</source>
        <translation>L’escalade n°&#xa0;%1 est fermée&#xa0;; rouvrez-la avant de joindre des fichiers.</translation>
    </message>
    <message>
        <source>Only the specialist working on escalation #%1, service reps and team leads attach files to it.</source>
        <translation>Seuls le spécialiste qui traite l’escalade n°&#xa0;%1, les agents de service et les chefs d’équipe y joignent des fichiers.</translation>
    </message>
</context>
<context>
    <name>tandem::MyFollowUpsWidget</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Effectuée</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>&amp;Ouvrir le client</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Mes relances</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Marquer la relance sélectionnée comme effectuée</translation>
    </message>
    <message>
        <source>No follow-ups planned.</source>
        <translation>Aucune relance planifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>%n relance planifiée</numerusform>
            <numerusform>%n relances planifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Nothing here is lost: queued replies go out when their channel is connected, and a failed one goes out again when you retry it.</source>
        <translation>Réponses qui ne sont pas encore parvenues au client. Rien ici n’est perdu&#xa0;: les réponses en file partent dès que leur canal est connecté, et une réponse en échec repart quand vous la renvoyez.</translation>
    </message>
    <message>
        <source>Replies waiting in the outbox</source>
        <translation>Réponses en attente dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Send the selected failed reply again</source>
        <translation>Renvoyer la réponse en échec sélectionnée</translation>
    </message>
    <message>
        <source>The reply is queued again and goes out shortly.</source>
        <translation>La réponse est de nouveau en file et part sous peu.</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Send the selected reply again: the customer gets it twice if it did reach them</source>
        <translation>Renvoyer la réponse sélectionnée&#xa0;: le client la reçoit deux fois si elle lui est parvenue</translation>
    </message>
    <message>
        <source>Record the selected reply as sent: it did reach the customer</source>
        <translation>Noter la réponse sélectionnée comme envoyée&#xa0;: elle est parvenue au client</translation>
    </message>
    <message>
        <source>The reply is recorded as sent.</source>
        <translation>La réponse est notée comme envoyée.</translation>
    </message>
</context>
<context>
    <name>tandem::OutboxModel</name>
    <message>
        <source>Failed: %1 (waits for a retry)</source>
        <translation>Échec&#xa0;: %1 (attend un renvoi)</translation>
    </message>
    <message>
        <source>Failed: %1 (tried again automatically)</source>
        <translation>Échec&#xa0;: %1 (nouvel essai automatique)</translation>
    </message>
    <message>
        <source>Waiting for the %1 connection</source>
        <translation>En attente de la connexion %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>The message bounced: the address cannot be reached.</source>
        <translation>Le message est revenu&#xa0;: l&apos;adresse est injoignable.</translation>
    </message>
    <message>
        <source>The message bounced: %1</source>
        <translation>Le message est revenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The channel refused the message.</source>
        <translation>Le canal a refusé le message.</translation>
    </message>
    <message>
        <source>May have reached the customer: sending was cut off where Tandem cannot tell. Check (an answer, the Sent folder), then send it again or mark it as sent.</source>
        <translation>A peut-être atteint le client&#xa0;: l’envoi a été interrompu à un moment où Tandem ne peut pas le savoir. Vérifiez (une réponse, le dossier Envoyés), puis renvoyez-la ou marquez-la comme envoyée.</translation>
    </message>
</context>
<context>
    <name>tandem::OutboxService</name>
    <message>
        <source>This workspace is open read-only; nothing is sent from it.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;; rien n’en est envoyé.</translation>
    </message>
    <message>
        <source>There is no message #%1 in the outbox.</source>
        <translation>Il n’y a pas de message n° %1 dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>This reply is a colleague&apos;s, in a conversation assigned to someone else; they or a team lead can send it again.</source>
        <translation>Cette réponse est celle d’un collègue, dans une conversation attribuée à quelqu’un d’autre&#xa0;; seuls cette personne ou un chef d’équipe peuvent la renvoyer.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be sent again; this one is %1.</source>
        <translation>Seule une réponse en échec peut être renvoyée&#xa0;; celle-ci est à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only a reply that may have been sent needs this decision; this one is %1.</source>
        <translation>Seule une réponse peut-être envoyée demande cette décision&#xa0;; celle-ci est %1.</translation>
    </message>
    <message>
        <source>Whether this reply went out is for its author or a team lead to decide.</source>
        <translation>C’est à son auteur ou à un responsable d’équipe de décider si cette réponse est partie.</translation>
    </message>
    <message>
        <source>The reply changed meanwhile; look at it again.</source>
        <translation>La réponse a changé entre-temps&#xa0;; regardez-la de nouveau.</translation>
    </message>
    <message>
        <source>This reply may already have reached the customer; check, then send it again or mark it as sent.</source>
        <translation>Cette réponse a peut-être déjà atteint le client&#xa0;; vérifiez, puis renvoyez-la ou marquez-la comme envoyée.</translation>
    </message>
</context>
<context>
    <name>tandem::PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>La bibliothèque de mots de passe n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>La mémoire est insuffisante pour protéger le mot de passe.</translation>
    </message>
</context>
<context>
    <name>tandem::PostgresAddress</name>
    <message>
        <source>A team workspace address starts with postgresql://.</source>
        <translation>L&apos;adresse d&apos;un espace d&apos;équipe commence par postgresql://.</translation>
    </message>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in the address is not allowed.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» n&apos;est pas autorisé dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>The address names no database (postgresql://host/DATABASE).</source>
        <translation>L&apos;adresse ne nomme aucune base de données (postgresql://hôte/BASE).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in the address takes a server as HOST or HOST:PORT, not &quot;%2&quot;.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de l&apos;adresse prend un serveur sous la forme HÔTE ou HÔTE:PORT, pas «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tandem::PostgresRoles</name>
    <message>
        <source>-- Tandem on a PostgreSQL team server with two roles. Run as a superuser (or a role with
-- CREATEROLE) in the workspace&apos;s database, e.g. psql -d DATABASE -f this-file.sql.
-- %1 owns the tables and runs the migrations; the desks log in as %2, which cannot
-- change or delete audit entries or switch off the trigger that guards them.
</source>
        <translation>-- Tandem sur un serveur d&apos;équipe PostgreSQL avec deux rôles. À exécuter en superutilisateur (ou avec un rôle
-- CREATEROLE) dans la base de l&apos;espace de travail, p. ex. psql -d BASE -f ce-fichier.sql.
-- %1 possède les tables et exécute les migrations&#xa0;; les postes se connectent en tant que %2, qui ne peut
-- ni modifier ni supprimer des entrées d&apos;audit, ni désactiver le déclencheur qui les protège.
</translation>
    </message>
    <message>
        <source>-- Give both a password: \password %1 and \password %2
</source>
        <translation>-- Donnez un mot de passe aux deux&#xa0;: \password %1 et \password %2
</translation>
    </message>
    <message>
        <source>-- Now create the workspace as %1, e.g. tandemctl copy --from DESK-FILE --to
-- postgresql://%1@HOST/DATABASE, or start tandem --workspace postgresql://%1@HOST/DATABASE once.
-- Then give %2 its rights:
</source>
        <translation>-- Créez maintenant l&apos;espace de travail en tant que %1, p. ex. tandemctl copy --from FICHIER-DU-POSTE --to
-- postgresql://%1@HÔTE/BASE, ou lancez une fois tandem --workspace postgresql://%1@HÔTE/BASE.
-- Donnez ensuite ses droits à %2&#xa0;:
</translation>
    </message>
    <message>
        <source>-- After each Tandem update, open the workspace once as %1 so it migrates; %2 cannot.
</source>
        <translation>-- Après chaque mise à jour de Tandem, ouvrez une fois l&apos;espace de travail en tant que %1 pour le migrer&#xa0;; %2 ne le peut pas.
</translation>
    </message>
</context>
<context>
    <name>tandem::PresenceService</name>
    <message>
        <source>This workspace is open read-only; it does not show colleagues where you are.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;; il ne montre pas à vos collègues où vous êtes.</translation>
    </message>
</context>
<context>
    <name>tandem::QaRubric</name>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Empathize</source>
        <translation>Faire preuve d&apos;empathie</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>S&apos;excuser</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Did the agent let the customer explain, and show they understood?</source>
        <translation>L&apos;agent a-t-il laissé le client s&apos;expliquer et montré qu&apos;il avait compris&#xa0;?</translation>
    </message>
    <message>
        <source>Did the agent acknowledge how the customer feels?</source>
        <translation>L&apos;agent a-t-il reconnu le ressenti du client&#xa0;?</translation>
    </message>
    <message>
        <source>Did the agent apologize sincerely where it was due?</source>
        <translation>L&apos;agent s&apos;est-il excusé sincèrement lorsque c&apos;était justifié&#xa0;?</translation>
    </message>
    <message>
        <source>Did the agent solve the problem, or say clearly what happens next?</source>
        <translation>L&apos;agent a-t-il résolu le problème, ou indiqué clairement la suite&#xa0;?</translation>
    </message>
    <message>
        <source>Did the agent thank the customer for raising it?</source>
        <translation>L&apos;agent a-t-il remercié le client de l&apos;avoir signalé&#xa0;?</translation>
    </message>
    <message>
        <source>Was everything the agent said correct and complete?</source>
        <translation>Tout ce que l&apos;agent a dit était-il exact et complet&#xa0;?</translation>
    </message>
    <message>
        <source>Was the tone friendly, clear and professional?</source>
        <translation>Le ton était-il aimable, clair et professionnel&#xa0;?</translation>
    </message>
</context>
<context>
    <name>tandem::QaScorecard</name>
    <message>
        <source>&amp;Save Review</source>
        <translation>&amp;Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>QA Review</source>
        <translation>Évaluation qualité</translation>
    </message>
    <message>
        <source>1 is poor, 5 excellent. Type a digit on each line, Tab to the next; Ctrl+Enter saves, Esc cancels.</source>
        <translation>1 est médiocre, 5 excellent. Tapez un chiffre par ligne, Tab pour la suivante&#xa0;; Ctrl+Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>What went well, and what to do differently next time</source>
        <translation>Ce qui s&apos;est bien passé, et ce qu&apos;il faut faire autrement la prochaine fois</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Co&amp;mment for the agent:</source>
        <translation>Co&amp;mmentaire pour l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the review (Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;évaluation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close the scorecard without saving (Esc)</source>
        <translation>Fermer la grille sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Score every line first.</source>
        <translation>Notez d&apos;abord chaque ligne.</translation>
    </message>
    <message>
        <source>Discard QA Scores</source>
        <translation>Abandonner l&apos;évaluation</translation>
    </message>
    <message>
        <source>Discard the scores and comment you entered for this record?</source>
        <translation>Abandonner les notes et le commentaire saisis pour cet enregistrement&#xa0;?</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsBrowser</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>With QA feedback</source>
        <translation>Avec retour qualité</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Open in Timeline</source>
        <translation>&amp;Ouvrir dans la chronologie</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Customer name, then Enter</source>
        <translation>Nom du client, puis Entrée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Escalation #%1 · %2</source>
        <translation>Escalade n°&#xa0;%1 · %2</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>Motif de réclamation</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Rôle dans l&apos;équipe</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Tout statut SLA</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA non respecté</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>with a %1 answer</source>
        <translation>avec une réponse %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Également&#xa0;: %1</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a record to see its details and QA feedback.</source>
        <translation>Sélectionnez un enregistrement pour voir ses détails et son retour qualité.</translation>
    </message>
    <message>
        <source>Escalation #%1 for %2, escalated by %3 on %4</source>
        <translation>Escalade n°&#xa0;%1 pour %2, escaladée par %3 le %4</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>%1 with %2 on %3</source>
        <translation>%1 avec %2 le %3</translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>traité par %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;QA %1&lt;/b&gt; by %2, %3</source>
        <translation>&lt;b&gt;Qualité %1&lt;/b&gt; par %2, %3</translation>
    </message>
    <message>
        <source>No QA review yet.</source>
        <translation>Pas encore d&apos;évaluation qualité.</translation>
    </message>
    <message>
        <source>%1 with %2, handled by %3</source>
        <translation>%1 avec %2, traité par %3</translation>
    </message>
    <message>
        <source>QA review saved; %1 sees it on their records.</source>
        <translation>Évaluation qualité enregistrée&#xa0;; %1 la verra dans ses enregistrements.</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>enregistrements-%1.csv</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Score &amp;QA</source>
        <translation>Évaluer (&amp;Q)</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Enregistrement choisi</translation>
    </message>
    <message>
        <source>Score the selected record beside its text (Alt+Q)</source>
        <translation>Évaluer l&apos;enregistrement choisi à côté de son texte (Alt+Q)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsExportRunner</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation>Export des enregistrements…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <source>Exporting records… %1 of %2</source>
        <translation>Export des enregistrements… %1 sur %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModel</name>
    <message>
        <source>Escalation #%1 · %2</source>
        <translation>Escalade n°&#xa0;%1 · %2</translation>
    </message>
    <message>
        <source>Escalation #%1</source>
        <translation>Escalade n°&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Mean QA score of the newest review (1-5)</source>
        <translation>Note qualité moyenne de la dernière évaluation (1–5)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsService</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Date et heure (UTC)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>Motif de réclamation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>Note qualité</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
</context>
<context>
    <name>tandem::ReviewAccess</name>
    <message>
        <source>You can review your own records and numbers only; team leads see everyone&apos;s.</source>
        <translation>Vous ne pouvez consulter que vos propres enregistrements et chiffres&#xa0;; les responsables d&apos;équipe voient ceux de tous.</translation>
    </message>
</context>
<context>
    <name>tandem::ReviewService</name>
    <message>
        <source>Only team leads score interactions.</source>
        <translation>Seuls les responsables d&apos;équipe notent les interactions.</translation>
    </message>
    <message>
        <source>That entry does not exist.</source>
        <translation>Cette entrée n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Nobody handled this entry, so there is nobody to give the feedback to.</source>
        <translation>Personne n&apos;a traité cette entrée&#xa0;: il n&apos;y a donc personne à qui adresser le retour.</translation>
    </message>
    <message>
        <source>Give “%1” a score from %2 to %3.</source>
        <translation>Donnez à «&#xa0;%1&#xa0;» une note de %2 à %3.</translation>
    </message>
    <message>
        <source>Keep the comment under %1 characters.</source>
        <translation>Limitez le commentaire à moins de %1 caractères.</translation>
    </message>
    <message>
        <source>You can read the feedback on your own records only.</source>
        <translation>Vous ne pouvez lire les retours que sur vos propres enregistrements.</translation>
    </message>
    <message>
        <source>You can read your own records only.</source>
        <translation>Vous ne pouvez lire que vos propres enregistrements.</translation>
    </message>
</context>
<context>
    <name>tandem::ScorePicker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Type a score from %1 to %2</source>
        <translation>Saisissez une note de %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
</context>
<context>
    <name>tandem::ScreenshotViews</name>
    <message>
        <source>The customer list could not be read: the team server did not answer. What was loaded stays on screen.</source>
        <translation>La liste des clients n&apos;a pas pu être lue : le serveur de l&apos;équipe n&apos;a pas répondu. Ce qui était chargé reste affiché.</translation>
    </message>
    <message>
        <source>Which app version does the customer run, and could you attach the log from their hub?</source>
        <translation>Quelle version de l&apos;application le client utilise-t-il, et pouvez-vous joindre le journal de son hub&#xa0;?</translation>
    </message>
    <message>
        <source>The mail server refused the address: mailbox unavailable (550 5.1.1).</source>
        <translation>Le serveur de messagerie a refusé l’adresse&#xa0;: boîte aux lettres indisponible (550 5.1.1).</translation>
    </message>
    <message>
        <source>Thank you for your patience; the replacement part ships today.</source>
        <translation>Merci de votre patience&#xa0;; la pièce de rechange part aujourd’hui.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Label printer jams every morning</source>
        <translation>L’imprimante d’étiquettes se bloque chaque matin</translation>
    </message>
    <message>
        <source>Paper jam in tray 2 at 10:00 every day, error E-204.</source>
        <translation>Bourrage papier dans le bac 2 chaque jour à 10 h 00, erreur E-204.</translation>
    </message>
    <message>
        <source>Print labels from tray 2 in the morning; the jam comes at about 10:00.</source>
        <translation>Imprimer des étiquettes depuis le bac 2 le matin ; le bourrage arrive vers 10 h 00.</translation>
    </message>
    <message>
        <source>Labels print all day without a jam.</source>
        <translation>Les étiquettes s’impriment toute la journée sans bourrage.</translation>
    </message>
    <message>
        <source>New labels, cleaned rollers, the latest firmware.</source>
        <translation>Nouvelles étiquettes, rouleaux nettoyés, dernier firmware.</translation>
    </message>
    <message>
        <source>

## If the hub stays offline

Update the hub to firmware 2.4 in the app: it keeps its pairing across restarts then.
</source>
        <translation>

## Si le hub reste hors ligne

Mettez le hub à jour vers le firmware 2.4 dans l&apos;application&#xa0;: il garde alors son appairage après un redémarrage.
</translation>
    </message>
</context>
<context>
    <name>tandem::SearchIndexing</name>
    <message>
        <source>Could not work out which indexes a workspace needs: %1</source>
        <translation>Impossible de déterminer les index dont un espace de travail a besoin&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a shortcut or a command</source>
        <translation>Rechercher un raccourci ou une commande</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>tandem::SignInDialog</name>
    <message>
        <source>Sign In to Tandem</source>
        <translation>Connexion à Tandem</translation>
    </message>
    <message>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Connexion à &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>This is a demo workspace: its accounts and passwords are public. Pick one to try a role.</source>
        <translation>Ceci est un espace de démonstration&#xa0;: ses comptes et mots de passe sont publics. Choisissez-en un pour essayer un rôle.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
</context>
<context>
    <name>tandem::SlaPolicy</name>
    <message>
        <source>Claim within %1 · resolve within %2</source>
        <translation>Prise en charge sous %1 · résolution sous %2</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt;&#xa0;1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j&#xa0;%2&#xa0;h</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Résolue dans les délais</translation>
    </message>
    <message>
        <source>Resolved %1 late</source>
        <translation>Résolue avec %1 de retard</translation>
    </message>
    <message>
        <source>Claim in %1</source>
        <translation>Prise en charge d&apos;ici %1</translation>
    </message>
    <message>
        <source>Claim overdue by %1</source>
        <translation>Prise en charge en retard de %1</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>Résolution d&apos;ici %1</translation>
    </message>
    <message>
        <source>Resolve overdue by %1</source>
        <translation>Résolution en retard de %1</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Répondre d&apos;ici %1</translation>
    </message>
    <message>
        <source>Reply overdue by %1</source>
        <translation>Réponse en retard de %1</translation>
    </message>
</context>
<context>
    <name>tandem::SmtpConnection</name>
    <message>
        <source>The SMTP server %1 did not agree to STARTTLS in time.</source>
        <translation>Le serveur SMTP %1 n&apos;a pas accepté STARTTLS à temps.</translation>
    </message>
    <message>
        <source>The SMTP server %1 did not start a session: %2</source>
        <translation>Le serveur SMTP %1 n&apos;a pas ouvert de session&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the login &quot;%2&quot; with this password: %3</source>
        <translation>Le serveur SMTP %1 a refusé l&apos;identifiant «&#xa0;%2&#xa0;» avec ce mot de passe&#xa0;: %3</translation>
    </message>
    <message>
        <source>The SMTP server %1 did not take the message: %2</source>
        <translation>Le serveur SMTP %1 n&apos;a pas accepté le message&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the SMTP server %1 was lost while it was sending: %2</source>
        <translation>La connexion au serveur SMTP %1 a été perdue pendant l’envoi&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::SpecialistQueueWidget</name>
    <message>
        <source>Support queue</source>
        <translation>File du support</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Non prises en charge</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <source>Escalated by me</source>
        <translation>Escaladées par moi</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Renvoyées à moi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Take this escalation; the first to claim it gets it.</source>
        <translation>Prendre cette escalade&#xa0;; elle revient au premier qui la prend en charge.</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalade</numerusform>
            <numerusform>%n escalades</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>Sélectionnez d&apos;abord une escalade.</translation>
    </message>
    <message>
        <source>Escalation #%1 is now “%2”.</source>
        <translation>L&apos;escalade n°&#xa0;%1 est maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give escalation #%1 to:</source>
        <translation>Attribuer l&apos;escalade n°&#xa0;%1 à&#xa0;:</translation>
    </message>
    <message>
        <source>New severity:</source>
        <translation>Nouvelle gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Your information was added to escalation #%1.</source>
        <translation>Vos informations ont été ajoutées à l&apos;escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Search number, customer, summary (Ctrl+F)</source>
        <translation>Chercher numéro, client, résumé (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search escalations</source>
        <translation>Chercher des escalades</translation>
    </message>
    <message>
        <source>Turn into &amp;Article</source>
        <translation>Transformer en &amp;article</translation>
    </message>
    <message>
        <source>Draft a knowledge-base article from this escalation&apos;s hand-off and solution, without the customer&apos;s data</source>
        <translation>Rédiger un article de la base de connaissances à partir de la transmission et de la solution de cette escalade, sans les données du client</translation>
    </message>
    <message>
        <source>A draft article was made from escalation #%1; check it for customer data before publishing it.</source>
        <translation>Un brouillon d&apos;article a été créé à partir de l&apos;escalade n°&#xa0;%1&#xa0;; vérifiez les données client avant de le publier.</translation>
    </message>
</context>
<context>
    <name>tandem::SpoolConnector</name>
    <message>
        <source>The spool connector was told to fail.</source>
        <translation>Le connecteur de dépôt a reçu l’ordre d’échouer.</translation>
    </message>
    <message>
        <source>The spool folder %1 is not there.</source>
        <translation>Le dossier de dépôt %1 est introuvable.</translation>
    </message>
    <message>
        <source>The spool file could not be written: %1</source>
        <translation>Le fichier de dépôt n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The spool file %1 could not be made.</source>
        <translation>Le fichier de dépôt %1 n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>tandem::Sql</name>
    <message>
        <source>Another program is holding the workspace; close it and try again.</source>
        <translation>Un autre programme retient l&apos;espace de travail&#xa0;; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Another program is holding the workspace file (%1); close it and try again.</source>
        <translation>Un autre programme retient le fichier de l&apos;espace de travail (%1)&#xa0;; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so nothing was changed. Open a copy you may write to.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule, rien n&apos;a donc été modifié. Ouvrez une copie dans laquelle vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full; nothing was changed. Free some space and try again.</source>
        <translation>Le disque qui contient l&apos;espace de travail est plein&#xa0;; rien n&apos;a été modifié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The workspace file is damaged and cannot be read. Restore it from a backup or a copy.</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé et ne peut pas être lu. Restaurez-le depuis une sauvegarde ou une copie.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read or written. Check that it and its folder are still there and that you may use them, then try again.</source>
        <translation>Le fichier de l&apos;espace de travail ne peut être ni lu ni écrit. Vérifiez que lui et son dossier existent encore et que vous pouvez les utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The team server went away; nothing of the unfinished change was kept. Check the server or the network and try again.</source>
        <translation>Le serveur d&apos;équipe ne répond plus&#xa0;; rien de la modification inachevée n&apos;a été conservé. Vérifiez le serveur ou le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The workspace refused the operation; nothing was changed. Details are in the log (tandem.storage).</source>
        <translation>L&apos;espace de travail a refusé l&apos;opération&#xa0;; rien n&apos;a été modifié. Les détails figurent dans le journal (tandem.storage).</translation>
    </message>
</context>
<context>
    <name>tandem::TeamQueuesDialog</name>
    <message>
        <source>Team Queues</source>
        <translation>Files de l’équipe</translation>
    </message>
    <message>
        <source>When a queue&apos;s e-mail conversation is closed, the customer can be sent a survey from the shared survey template of its kind. Their answer counts in the KPIs.</source>
        <translation>Quand une conversation par courriel d’une file est close, le client peut recevoir une enquête tirée du modèle d’enquête partagé de ce type. Sa réponse compte dans les KPI.</translation>
    </message>
    <message>
        <source>Survey of %1</source>
        <translation>Enquête de %1</translation>
    </message>
    <message>
        <source>No survey</source>
        <translation>Pas d’enquête</translation>
    </message>
    <message>
        <source>%1 survey</source>
        <translation>Enquête %1</translation>
    </message>
    <message>
        <source>This workspace has no team queues.</source>
        <translation>Cet espace de travail n’a pas de files d’équipe.</translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation>%1 : enregistré.</translation>
    </message>
</context>
<context>
    <name>tandem::TeamServerCheck</name>
    <message>
        <source>The server refused a question the check asked: %1</source>
        <translation>Le serveur a refusé une question de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: give it in the address or in your ~/.pgpass file (PGPASSFILE).</source>
        <translation>Le serveur %1 demande un mot de passe&#xa0;: donnez-le dans l&apos;adresse ou dans votre fichier ~/.pgpass (PGPASSFILE).</translation>
    </message>
    <message>
        <source>Cannot connect to %1 as %2 (the server said: %3). Check that the server runs, that the address is right and that pg_hba.conf lets this computer in.</source>
        <translation>Impossible de se connecter à %1 en tant que %2 (le serveur a répondu&#xa0;: %3). Vérifiez que le serveur tourne, que l&apos;adresse est juste et que pg_hba.conf laisse entrer cet ordinateur.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Tandem needs PostgreSQL 15 or newer. Upgrade the server (pg_upgrade), then run the check again.</source>
        <translation>Le serveur fait tourner PostgreSQL %1&#xa0;; Tandem a besoin de PostgreSQL 15 ou plus récent. Mettez le serveur à niveau (pg_upgrade), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 (Tandem needs 15 or newer).</source>
        <translation>PostgreSQL %1 (Tandem a besoin de la 15 ou plus récente).</translation>
    </message>
    <message>
        <source>The database %1 is UTF8.</source>
        <translation>La base de données %1 est en UTF8.</translation>
    </message>
    <message>
        <source>The database %1 is encoded as %2, but Tandem keeps names and mail in every language and needs UTF8. Make a UTF8 database (CREATE DATABASE name ENCODING &apos;UTF8&apos; TEMPLATE template0) and copy the workspace into it with tandemctl copy.</source>
        <translation>La base de données %1 est encodée en %2, mais Tandem conserve des noms et des courriels dans toutes les langues et a besoin d&apos;UTF8. Créez une base UTF8 (CREATE DATABASE nom ENCODING &apos;UTF8&apos; TEMPLATE template0) et copiez-y l&apos;espace de travail avec tandemctl copy.</translation>
    </message>
    <message>
        <source>The extension plpgsql, in which the workspace&apos;s triggers are written, is missing from this database: a superuser runs CREATE EXTENSION plpgsql; in it.</source>
        <translation>L&apos;extension plpgsql, dans laquelle sont écrits les déclencheurs de l&apos;espace de travail, manque dans cette base&#xa0;: un superutilisateur y exécute CREATE EXTENSION plpgsql;.</translation>
    </message>
    <message>
        <source>The text search configuration &quot;simple&quot;, which search uses, is missing: this database was made from a damaged template. Make the database again.</source>
        <translation>La configuration de recherche plein texte «&#xa0;simple&#xa0;», qu&apos;utilise la recherche, manque&#xa0;: cette base a été créée à partir d&apos;un modèle abîmé. Recréez la base.</translation>
    </message>
    <message>
        <source>plpgsql and the text search configuration &quot;simple&quot; are there; Tandem needs no other extension.</source>
        <translation>plpgsql et la configuration de recherche plein texte «&#xa0;simple&#xa0;» sont là&#xa0;; Tandem n&apos;a besoin d&apos;aucune autre extension.</translation>
    </message>
    <message>
        <source>%1 is a standby (a replica) and cannot be written. Name the primary in the address; a replica goes in ?replica=HOST:PORT.</source>
        <translation>%1 est un serveur de secours (un réplica) et ne peut pas être écrit. Indiquez le serveur primaire dans l&apos;adresse&#xa0;; un réplica va dans ?replica=HÔTE:PORT.</translation>
    </message>
    <message>
        <source>Every transaction of %1 starts read-only (default_transaction_read_only is on for this login or database), so no desk could write. Switch it off: ALTER ROLE name SET default_transaction_read_only = off.</source>
        <translation>Chaque transaction de %1 commence en lecture seule (default_transaction_read_only est activé pour cet identifiant ou cette base), aucun poste ne pourrait donc écrire. Désactivez-le&#xa0;: ALTER ROLE nom SET default_transaction_read_only = off.</translation>
    </message>
    <message>
        <source>The server takes writes (it is a primary).</source>
        <translation>Le serveur accepte les écritures (c&apos;est un primaire).</translation>
    </message>
    <message>
        <source>The login %1 is a superuser: it could change or delete audit entries and switch off the triggers that guard them. Let the desks log in as a role without superuser rights (tandemctl audit roles prints the SQL for it).</source>
        <translation>L&apos;identifiant %1 est un superutilisateur&#xa0;: il pourrait modifier ou supprimer des entrées du journal d&apos;audit et désactiver les déclencheurs qui les protègent. Faites se connecter les postes sous un rôle sans droits de superutilisateur (tandemctl audit roles en affiche le SQL).</translation>
    </message>
    <message>
        <source>The login %1 has no superuser rights.</source>
        <translation>L&apos;identifiant %1 n&apos;a pas de droits de superutilisateur.</translation>
    </message>
    <message>
        <source>There is no Tandem workspace here yet, and the login %1 may not create tables in the schema %2 to make one. Give the role that is to own the tables CREATE on it (tandemctl audit roles prints the SQL) and open the workspace once as that role.</source>
        <translation>Il n&apos;y a pas encore d&apos;espace de travail Tandem ici, et l&apos;identifiant %1 ne peut pas créer de tables dans le schéma %2 pour en faire un. Donnez CREATE sur ce schéma au rôle qui doit posséder les tables (tandemctl audit roles en affiche le SQL) et ouvrez l&apos;espace de travail une fois sous ce rôle.</translation>
    </message>
    <message>
        <source>(none: the search_path is empty)</source>
        <translation>(aucun&#xa0;: le search_path est vide)</translation>
    </message>
    <message>
        <source>There is no Tandem workspace here yet: open it once (or tandemctl copy into it) as the role that is to own the tables, then let the desks log in as a role that does not (tandemctl audit roles).</source>
        <translation>Il n&apos;y a pas encore d&apos;espace de travail Tandem ici&#xa0;: ouvrez-le une fois (ou copiez-y avec tandemctl copy) sous le rôle qui doit posséder les tables, puis faites se connecter les postes sous un rôle qui ne les possède pas (tandemctl audit roles).</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Tandem (workspace version %1; this program knows up to %2). Update Tandem on this computer.</source>
        <translation>L&apos;espace de travail a été écrit par une version plus récente de Tandem (version d&apos;espace %1&#xa0;; ce programme connaît jusqu&apos;à %2). Mettez Tandem à jour sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The workspace is at version %1 and this Tandem needs %2: open it once as %3, which owns its tables, to update it before the desks do.</source>
        <translation>L&apos;espace de travail est en version %1 et ce Tandem a besoin de la %2&#xa0;: ouvrez-le une fois en tant que %3, qui possède ses tables, pour le mettre à jour avant les postes.</translation>
    </message>
    <message>
        <source>The workspace is at version %1, as this Tandem writes it.</source>
        <translation>L&apos;espace de travail est en version %1, comme l&apos;écrit ce Tandem.</translation>
    </message>
    <message>
        <source>The login %1 owns the workspace&apos;s tables (they belong to %2), so it could change or delete audit entries. Set up two roles: one owns the tables and updates them, the desks log in as the other (tandemctl audit roles prints the SQL).</source>
        <translation>L&apos;identifiant %1 possède les tables de l&apos;espace de travail (elles appartiennent à %2), il pourrait donc modifier ou supprimer des entrées du journal d&apos;audit. Mettez en place deux rôles&#xa0;: l&apos;un possède les tables et les met à jour, les postes se connectent sous l&apos;autre (tandemctl audit roles en affiche le SQL).</translation>
    </message>
    <message>
        <source>The login %1 may not read and write the workspace&apos;s records: give it the rights tandemctl audit roles prints (the GRANT statements), as %2.</source>
        <translation>L&apos;identifiant %1 ne peut pas lire et écrire les enregistrements de l&apos;espace de travail&#xa0;: donnez-lui, en tant que %2, les droits qu&apos;affiche tandemctl audit roles (les instructions GRANT).</translation>
    </message>
    <message>
        <source>The login %1 may change or delete audit entries: as %2, run REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1.</source>
        <translation>L&apos;identifiant %1 peut modifier ou supprimer des entrées du journal d&apos;audit&#xa0;: en tant que %2, exécutez REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1.</translation>
    </message>
    <message>
        <source>Two roles: %1 owns the tables; the login %2 reads and writes records but cannot change the audit trail.</source>
        <translation>Deux rôles&#xa0;: %1 possède les tables&#xa0;; l&apos;identifiant %2 lit et écrit les enregistrements mais ne peut pas modifier le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The change feed cannot LISTEN on %1: %2</source>
        <translation>Le flux de modifications ne peut pas faire LISTEN sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>LISTEN/NOTIFY works on %1, where the change feed listens: other desks&apos; changes reach each desk at once.</source>
        <translation>LISTEN/NOTIFY fonctionne sur %1, où écoute le flux de modifications&#xa0;: les modifications des autres postes arrivent aussitôt à chaque poste.</translation>
    </message>
    <message>
        <source>The change feed heard nothing on %1 within %2 s, so desks would not see each other&apos;s changes. LISTEN needs a session connection, and a transaction pool (PgBouncer&apos;s pool_mode = transaction) loses it: let the change feed connect to PostgreSQL itself or a session-pooled port by adding ?listen=HOST:PORT to the address.</source>
        <translation>Le flux de modifications n&apos;a rien entendu sur %1 en %2&#xa0;s, les postes ne verraient donc pas les modifications des autres. LISTEN a besoin d&apos;une connexion de session, qu&apos;un pool de transactions (pool_mode = transaction de PgBouncer) perd&#xa0;: faites se connecter le flux de modifications directement à PostgreSQL ou à un port mutualisé par session en ajoutant ?listen=HÔTE:PORT à l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 is not a standby of this server but a primary of its own: reports would read data the desks do not write. Name a streaming replica (pg_basebackup -R) in ?replica=HOST:PORT.</source>
        <translation>%1 n&apos;est pas un serveur de secours de ce serveur mais un primaire à part entière&#xa0;: les rapports liraient des données que les postes n&apos;écrivent pas. Indiquez un réplica en flux continu (pg_basebackup -R) dans ?replica=HÔTE:PORT.</translation>
    </message>
    <message>
        <source>%1 is a streaming replica, %2 kB behind the primary: the lead&apos;s reports read from it.</source>
        <translation>%1 est un réplica en flux continu, à %2&#xa0;ko du primaire&#xa0;: les rapports du responsable y sont lus.</translation>
    </message>
</context>
<context>
    <name>tandem::TeamServerDoctor</name>
    <message>
        <source>The doctor looks at team servers: give a postgresql:// address (a workspace file needs no server).</source>
        <translation>doctor examine les serveurs d&apos;équipe&#xa0;: donnez une adresse postgresql:// (un fichier d&apos;espace de travail n&apos;a pas besoin de serveur).</translation>
    </message>
</context>
<context>
    <name>tandem::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Ouvrir un espace d&apos;équipe</translation>
    </message>
    <message>
        <source>e.g. support-db.example.com</source>
        <translation>p. ex. support-db.exemple.fr</translation>
    </message>
    <message>
        <source>e.g. tandem</source>
        <translation>p. ex. tandem</translation>
    </message>
    <message>
        <source>Use if the server offers it</source>
        <translation>Utiliser si le serveur le propose</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, and verify the server</source>
        <translation>Obligatoire, avec vérification du serveur</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recent team workspaces:</source>
        <translation>Espaces d&apos;équipe &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>The server asks for your password when it needs one; Tandem never stores it. A password file (PGPASSFILE) or service file (PGSERVICE) works too.</source>
        <translation>Le serveur demande votre mot de passe quand il en a besoin&#xa0;; Tandem ne l&apos;enregistre jamais. Un fichier de mots de passe (PGPASSFILE) ou de service (PGSERVICE) fonctionne aussi.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateCategories</name>
    <message>
        <source>Referral requests</source>
        <translation>Demandes de recommandation</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis clients</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Support technique</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateEditorDialog</name>
    <message>
        <source>Edit Template “%1”</source>
        <translation>Modifier le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>one word, like refund-chat</source>
        <translation>un seul mot, p. ex. remboursement-chat</translation>
    </message>
    <message>
        <source>Asks the customer for a referral</source>
        <translation>Demande une recommandation au client</translation>
    </message>
    <message>
        <source>For email; may use placeholders</source>
        <translation>Pour l&apos;e-mail&#xa0;; peut contenir des variables</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Hi {{customer.first_name | &quot;there&quot;}},

{{cursor}}

{{agent.name}}</source>
        <translation>Bonjour {{customer.first_name | &quot;Madame, Monsieur&quot;}},

{{cursor}}

{{agent.name}}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Personal (only you)</source>
        <translation>Personnel (vous seul)</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Partagé avec l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;ortcode:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>&amp;Visible par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valeurs d&apos;exemple</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Shared templates are changed by team leads; you can read this one and copy from it.</source>
        <translation>Les modèles partagés sont modifiés par les responsables d&apos;équipe&#xa0;; vous pouvez lire celui-ci et vous en inspirer.</translation>
    </message>
    <message>
        <source>Fix the problems listed before saving.</source>
        <translation>Corrigez les problèmes listés avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>No value for this customer: %1. A fallback, like {{customer.phone | &quot;your number&quot;}}, covers it.</source>
        <translation>Aucune valeur pour ce client&#xa0;: %1. Une valeur de repli, comme {{customer.phone | &quot;votre numéro&quot;}}, y remédie.</translation>
    </message>
    <message>
        <source>%1 of %2 characters on %3, with sample values</source>
        <translation>%1 caractères sur %2 pour %3, avec les valeurs d&apos;exemple</translation>
    </message>
    <message numerus="yes">
        <source>%n characters with sample values</source>
        <translation>
            <numerusform>%n caractère avec les valeurs d&apos;exemple</numerusform>
            <numerusform>%n caractères avec les valeurs d&apos;exemple</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Too long to preview; the problems are listed above.</source>
        <translation>Trop long pour l&apos;aperçu&#xa0;; les problèmes sont listés ci-dessus.</translation>
    </message>
    <message>
        <source>Too long to count with sample values</source>
        <translation>Trop long pour compter avec les valeurs d&apos;exemple</translation>
    </message>
    <message>
        <source>The pasted text was not added: the template&apos;s text would have %1 characters, %2 at most.</source>
        <translation>Le texte collé n&apos;a pas été ajouté&#xa0;: le texte du modèle aurait %1 caractères, %2 au plus.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateEngine</name>
    <message>
        <source>No value for “%1” at line %2, column %3.</source>
        <translation>Aucune valeur pour «&#xa0;%1&#xa0;» à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>No value for “%1” (%2) at line %3, column %4.</source>
        <translation>Aucune valeur pour «&#xa0;%1&#xa0;» (%2) à la ligne %3, colonne %4.</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Prénom du client</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>Customer&apos;s last name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Lovelace</source>
        <translation>Lovelace</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>Nom complet du client</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Customer&apos;s email address</source>
        <translation>Adresse e-mail du client</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Numéro de téléphone du client</translation>
    </message>
    <message>
        <source>+44 20 7946 0018</source>
        <translation>+44 20 7946 0018</translation>
    </message>
    <message>
        <source>Company the customer works for</source>
        <translation>Entreprise du client</translation>
    </message>
    <message>
        <source>Analytical Engines Ltd</source>
        <translation>Analytical Engines Ltd</translation>
    </message>
    <message>
        <source>Customer&apos;s service tier</source>
        <translation>Niveau de service du client</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Your name as customers see it</source>
        <translation>Votre nom tel que les clients le voient</translation>
    </message>
    <message>
        <source>Grace Hopper</source>
        <translation>Grace Hopper</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Votre prénom</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Grace</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>grace@example.com</source>
        <translation>grace@example.com</translation>
    </message>
    <message>
        <source>Our company&apos;s name</source>
        <translation>Nom de notre entreprise</translation>
    </message>
    <message>
        <source>Tandem Demo Co.</source>
        <translation>Tandem Demo Co.</translation>
    </message>
    <message>
        <source>Number of the open escalation</source>
        <translation>Numéro de l&apos;escalade ouverte</translation>
    </message>
    <message>
        <source>1042</source>
        <translation>1042</translation>
    </message>
    <message>
        <source>Summary of the open escalation</source>
        <translation>Résumé de l&apos;escalade ouverte</translation>
    </message>
    <message>
        <source>Export stops at 10,000 rows</source>
        <translation>L&apos;export s&apos;arrête à 10&#xa0;000 lignes</translation>
    </message>
    <message>
        <source>Severity of the open escalation</source>
        <translation>Gravité de l&apos;escalade ouverte</translation>
    </message>
    <message>
        <source>S2 – major</source>
        <translation>S2 – majeure</translation>
    </message>
    <message>
        <source>Where the open escalation stands</source>
        <translation>Où en est l&apos;escalade ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Today&apos;s date, written out</source>
        <translation>Date du jour, en toutes lettres</translation>
    </message>
    <message>
        <source>3 March 2025</source>
        <translation>3 mars 2025</translation>
    </message>
    <message>
        <source>Today&apos;s day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Where the caret goes after the reply is inserted</source>
        <translation>Position du curseur après l&apos;insertion de la réponse</translation>
    </message>
    <message>
        <source>Title of the knowledge-base article chosen for the reply</source>
        <translation>Titre de l’article de la base de connaissances choisi pour la réponse</translation>
    </message>
    <message>
        <source>Resetting the E4 router</source>
        <translation>Réinitialiser le routeur E4</translation>
    </message>
    <message>
        <source>Link to the chosen article on the self-service site</source>
        <translation>Lien vers l’article choisi sur le site en libre-service</translation>
    </message>
    <message>
        <source>https://help.example.com/en/12-resetting-the-e4-router.html</source>
        <translation>https://help.example.com/fr/12-reinitialiser-le-routeur-e4.html</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateLibraryFile</name>
    <message>
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”)</source>
        <translation>Entrée %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The file is not a Tandem template library: it holds no JSON object.</source>
        <translation>Le fichier n&apos;est pas une bibliothèque de modèles Tandem&#xa0;: il ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The file is not a Tandem template library: its format field is “%1”, not “%2”.</source>
        <translation>Le fichier n&apos;est pas une bibliothèque de modèles Tandem&#xa0;: son champ «&#xa0;format&#xa0;» vaut «&#xa0;%1&#xa0;» et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The library has version %1, which this version of Tandem cannot read (it reads version %2).</source>
        <translation>La bibliothèque est en version %1, que cette version de Tandem ne sait pas lire (elle lit la version %2).</translation>
    </message>
    <message>
        <source>The library has no list of templates.</source>
        <translation>La bibliothèque ne contient aucune liste de modèles.</translation>
    </message>
    <message>
        <source>%1: is not a JSON object.</source>
        <translation>%1&#xa0;: n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: the field “%2” is missing.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>%1: the field “%2” must be text.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>%1: unknown channel “%2” (known: %3).</source>
        <translation>%1&#xa0;: canal «&#xa0;%2&#xa0;» inconnu (connus&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: the field “referral” must be true or false.</source>
        <translation>%1&#xa0;: le champ «&#xa0;referral&#xa0;» doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateLibraryWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Find a template by name, shortcode or words from the text</source>
        <translation>Chercher un modèle par nom, raccourci ou mots du texte</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Chercher un modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Referral results per template</source>
        <translation>Résultats des recommandations par modèle</translation>
    </message>
    <message>
        <source>Referral request</source>
        <translation>Demande de recommandation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Referral requests and the referrals that followed</source>
        <translation>Demandes de recommandation et recommandations obtenues</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <source>“%1” is archived: it leaves the lists and stays behind the replies sent with it.</source>
        <translation>Le modèle « %1 » est archivé : il quitte les listes mais reste lié aux réponses envoyées avec lui.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a template library (%2 MB at most); nothing was imported.</source>
        <translation>%1 est trop volumineux pour une bibliothèque de modèles (%2 Mo au plus) ; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s).</source>
        <translation>
            <numerusform>%n modèle importé.</numerusform>
            <numerusform>%n modèles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported the templates to %1.</source>
        <translation>Modèles exportés vers %1.</translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <source>Template libraries (*.json);;All files (*)</source>
        <translation>Bibliothèques de modèles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Partagés avec l’équipe</translation>
    </message>
    <message>
        <source>My personal templates</source>
        <translation>Mes modèles personnels</translation>
    </message>
    <message>
        <source>Add the templates as:</source>
        <translation>Ajouter les modèles comme :</translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation>Exporter les modèles</translation>
    </message>
    <message>
        <source>templates.json</source>
        <translation>modeles.json</translation>
    </message>
    <message>
        <source>Template libraries (*.json)</source>
        <translation>Bibliothèques de modèles (*.json)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateListDelegate</name>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateListModel</name>
    <message>
        <source>any channel</source>
        <translation>tous les canaux</translation>
    </message>
</context>
<context>
    <name>tandem::TemplatePickerDialog</name>
    <message>
        <source>Insert Reply Template</source>
        <translation>Insérer un modèle de réponse</translation>
    </message>
    <message>
        <source>Type a name, shortcode or words from the text</source>
        <translation>Saisissez un nom, un raccourci ou des mots du texte</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Preview for the customer</source>
        <translation>Aperçu pour le client</translation>
    </message>
    <message>
        <source>Fill in before inserting</source>
        <translation>À compléter avant l&apos;insertion</translation>
    </message>
    <message>
        <source>Why the reply cannot be inserted yet</source>
        <translation>Pourquoi la réponse ne peut pas encore être insérée</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert Reply Template for %1</source>
        <translation>Insérer un modèle de réponse pour %1</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Il n&apos;y a pas encore de modèles.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Aucun modèle ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>This template has mistakes and cannot be inserted; it needs fixing in the template editor.</source>
        <translation>Ce modèle contient des erreurs et ne peut pas être inséré&#xa0;; il doit être corrigé dans l&apos;éditeur de modèles.</translation>
    </message>
    <message>
        <source>Cannot insert yet: there is no value for %1.</source>
        <translation>Insertion impossible pour l&apos;instant&#xa0;: aucune valeur pour %1.</translation>
    </message>
    <message>
        <source>Longer than %1 allows; shorten it after inserting.</source>
        <translation>Plus long que ce que permet %1&#xa0;; raccourcissez le texte après l&apos;insertion.</translation>
    </message>
    <message>
        <source>Nothing for %1 matches “%2”; the best match is for %3.</source>
        <translation>Rien pour %1 ne correspond à «&#xa0;%2&#xa0;»&#xa0;; le meilleur résultat est pour %3.</translation>
    </message>
    <message>
        <source>This template is for %1, not %2.</source>
        <translation>Ce modèle est pour %1, pas pour %2.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateService</name>
    <message>
        <source>any channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>Le nom est trop long (%n caractère au plus).</numerusform>
            <numerusform>Le nom est trop long (%n caractères au plus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is too long (at most %n characters).</source>
        <translation>
            <numerusform>La catégorie est trop longue (%n caractère au plus).</numerusform>
            <numerusform>La catégorie est trop longue (%n caractères au plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>A shortcode is one word of letters a-z, digits, - and _, starting with a letter or digit.</source>
        <translation>Un raccourci est un seul mot composé de lettres a–z, de chiffres, de - et de _, qui commence par une lettre ou un chiffre.</translation>
    </message>
    <message numerus="yes">
        <source>The shortcode is too long (at most %n characters).</source>
        <translation>
            <numerusform>Le raccourci est trop long (%n caractère au plus).</numerusform>
            <numerusform>Le raccourci est trop long (%n caractères au plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject has an error at column %1: %2</source>
        <translation>L&apos;objet contient une erreur à la colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The text has an error at line %1, column %2: %3</source>
        <translation>Le texte contient une erreur à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors.</source>
        <translation>
            <numerusform>… et %n autre erreur.</numerusform>
            <numerusform>… et %n autres erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>L&apos;objet doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <translation>Le modèle ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters with sample values, %3 at most.</source>
        <translation>Trop long pour %1&#xa0;: %2 caractères avec les valeurs d&apos;exemple, %3 au plus.</translation>
    </message>
    <message>
        <source>The shortcode “%1” is already used by the template “%2” (%3).</source>
        <translation>Le raccourci «&#xa0;%1&#xa0;» est déjà utilisé par le modèle «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Only team leads change shared templates. You can keep your own wording as a personal template.</source>
        <translation>Seuls les responsables d&apos;équipe modifient les modèles partagés. Vous pouvez conserver votre propre formulation dans un modèle personnel.</translation>
    </message>
    <message>
        <source>This is another agent&apos;s personal template; only they can change it.</source>
        <translation>C&apos;est le modèle personnel d&apos;un autre agent&#xa0;; lui seul peut le modifier.</translation>
    </message>
    <message>
        <source>That template does not exist (any more).</source>
        <translation>Ce modèle n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>That customer does not exist (any more).</source>
        <translation>Ce client n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The reply has no text.</source>
        <translation>La réponse ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Recommandation reçue</translation>
    </message>
    <message>
        <source>Referral results across the team are for team leads.</source>
        <translation>Les résultats de recommandation de toute l&apos;équipe sont réservés aux responsables d&apos;équipe.</translation>
    </message>
    <message>
        <source>The default template library is missing from this build of Tandem.</source>
        <translation>La bibliothèque de modèles par défaut manque dans cette version de Tandem.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the shortcode “%2” is also used by %3.</source>
        <translation>%1&#xa0;: le raccourci «&#xa0;%2&#xa0;» est aussi utilisé par %3.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template library was not imported; nothing was changed.</source>
        <translation>La bibliothèque de modèles n&apos;a pas été importée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The subject is too long: %1 characters, %2 at most.</source>
        <translation>L&apos;objet est trop long&#xa0;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The text is too long: %1 characters, %2 at most.</source>
        <translation>Le texte est trop long&#xa0;: %1 caractères, %2 au maximum.</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineCardDelegate</name>
    <message>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>une correction</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineService</name>
    <message>
        <source>That customer does not exist (any more).</source>
        <translation>Ce client n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A complaint needs a cause, so the team can see which causes come up most.</source>
        <translation>Une réclamation doit avoir un motif, pour que l&apos;équipe voie quels motifs reviennent le plus.</translation>
    </message>
    <message>
        <source>A %1 score goes from %2 to %3.</source>
        <translation>Une note %1 va de %2 à %3.</translation>
    </message>
    <message>
        <source>A complaint cause needs a short name (up to 80 characters).</source>
        <translation>Un motif de réclamation doit avoir un nom court (80 caractères au plus).</translation>
    </message>
    <message>
        <source>This workspace is open read-only; entries cannot be corrected in it.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;; on ne peut pas y corriger d&apos;entrées.</translation>
    </message>
    <message>
        <source>This entry has been corrected already; correct its correction (the newer entry) instead.</source>
        <translation>Cette entrée a déjà été corrigée&#xa0;; corrigez plutôt sa correction (l&apos;entrée plus récente).</translation>
    </message>
    <message>
        <source>Only the person who logged an entry, or a team lead, may correct it.</source>
        <translation>Seule la personne qui a saisi une entrée, ou un responsable d&apos;équipe, peut la corriger.</translation>
    </message>
    <message>
        <source>You can correct your own entries for %1 hours after logging them; ask a team lead to correct this one.</source>
        <translation>Vous pouvez corriger vos propres entrées pendant %1 heures après leur saisie&#xa0;; demandez à un responsable d&apos;équipe de corriger celle-ci.</translation>
    </message>
    <message>
        <source>That entry does not exist (any more).</source>
        <translation>Cette entrée n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A correction needs a subject or some text.</source>
        <translation>Une correction a besoin d&apos;un objet ou d&apos;un texte.</translation>
    </message>
    <message>
        <source>The correction is the same as the entry; change something first.</source>
        <translation>La correction est identique à l&apos;entrée&#xa0;; modifiez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>Someone corrected this entry at the same moment; correct their correction instead.</source>
        <translation>Quelqu&apos;un a corrigé cette entrée au même moment&#xa0;; corrigez plutôt sa correction.</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineView</name>
    <message>
        <source>Newest</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <source>Filter this timeline</source>
        <translation>Filtrer cette chronologie</translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation>Date à atteindre</translation>
    </message>
    <message>
        <source>&amp;Jump to Date</source>
        <translation>&amp;Aller à la date</translation>
    </message>
    <message>
        <source>Back to the newest events</source>
        <translation>Revenir aux événements les plus récents</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Chronologie du client</translation>
    </message>
    <message>
        <source>Channels to show</source>
        <translation>Canaux à afficher</translation>
    </message>
    <message>
        <source>Kinds of event to show</source>
        <translation>Types d&apos;événement à afficher</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the channel, kind and word filters</source>
        <translation>Effacer les filtres de canal, de type et de mots</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>%1 types</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) match</source>
        <translation>
            <numerusform>%1 sur %n événement correspond</numerusform>
            <numerusform>%1 sur %n événements correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TrendChart</name>
    <message>
        <source>No data in this period</source>
        <translation>Aucune donnée sur cette période</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Semaine du %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::Workspace</name>
    <message>
        <source>%1 holds other data and is not a Tandem workspace. %2</source>
        <translation>%1 contient d&apos;autres données et n&apos;est pas un espace de travail Tandem. %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (workspace version %2; this program knows up to %3). Update Tandem to open it. %4</source>
        <translation>%1 a été écrit par une version plus récente de Tandem (version d&apos;espace de travail %2&#xa0;; ce programme connaît jusqu&apos;à la version %3). Mettez Tandem à jour pour l&apos;ouvrir. %4</translation>
    </message>
    <message>
        <source>The file was left untouched.</source>
        <translation>Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tandem workspace (it is not an SQLite database). %2</source>
        <translation>%1 n&apos;est pas un espace de travail Tandem (ce n&apos;est pas une base de données SQLite). %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No workspace was named.</source>
        <translation>Aucun espace de travail n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>Le serveur %1 demande un mot de passe.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>The database %1 holds no Tandem workspace yet.</source>
        <translation>La base de données %1 ne contient pas encore d&apos;espace de travail Tandem.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Tandem workspace: %2 %3</source>
        <translation>%1 ne peut pas être lu comme espace de travail Tandem&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1 holds no Tandem workspace (it is empty). %2</source>
        <translation>%1 ne contient aucun espace de travail Tandem (le fichier est vide). %2</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Tandem and must be updated before this version can read it, which cannot be done while it is open read-only. Open it once where it can be written. %2</source>
        <translation>%1 a été écrit par une version plus ancienne de Tandem et doit être mis à jour avant que cette version puisse le lire, ce qui est impossible tant qu&apos;il est ouvert en lecture seule. Ouvrez-le une fois là où il peut être écrit. %2</translation>
    </message>
    <message>
        <source>Cannot reach the team workspace %1. Check that the server runs, that the address is right and that this computer may connect to it.</source>
        <translation>Impossible de joindre l&apos;espace de travail d&apos;équipe %1. Vérifiez que le serveur fonctionne, que l&apos;adresse est juste et que cet ordinateur peut s&apos;y connecter.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Tandem (workspace version %2; this program needs %3), and the login %4 does not own its tables, so it cannot update them. Open it once as %5, which owns them, then again as %4. %6</source>
        <translation>%1 a été créé par une version plus ancienne de Tandem (version d&apos;espace de travail %2&#xa0;; ce programme a besoin de %3), et la connexion %4 ne possède pas ses tables, elle ne peut donc pas les mettre à jour. Ouvrez-le une fois en tant que %5, qui les possède, puis de nouveau en tant que %4. %6</translation>
    </message>
    <message>
        <source>This workspace&apos;s search index was incomplete, because an earlier bulk load was interrupted. It has been rebuilt: search finds everything again.</source>
        <translation>L&apos;index de recherche de cet espace de travail était incomplet, car un chargement en masse antérieur a été interrompu. Il a été reconstruit&#xa0;: la recherche trouve de nouveau tout.</translation>
    </message>
    <message>
        <source>This workspace&apos;s search index is incomplete, because an earlier bulk load was interrupted, and it could not be rebuilt now: search may miss records. Open the workspace again with permission to change it to repair it.</source>
        <translation>L&apos;index de recherche de cet espace de travail est incomplet, car un chargement en masse antérieur a été interrompu, et il n&apos;a pas pu être reconstruit maintenant&#xa0;: la recherche peut manquer des enregistrements. Rouvrez l&apos;espace de travail avec le droit de le modifier pour le réparer.</translation>
    </message>
</context>
<context>
    <name>tandem::WorkspaceCopier</name>
    <message>
        <source>The two workspaces have different schema versions; open both with this program first.</source>
        <translation>Les deux espaces de travail ont des versions de schéma différentes&#xa0;; ouvrez d&apos;abord l&apos;un et l&apos;autre avec ce programme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n record(s); nothing was copied. Copy into an empty workspace, or replace its contents on purpose.</source>
        <translation>
            <numerusform>%1 contient déjà %n enregistrement&#xa0;; rien n&apos;a été copié. Copiez vers un espace de travail vide, ou remplacez délibérément son contenu.</numerusform>
            <numerusform>%1 contient déjà %n enregistrements&#xa0;; rien n&apos;a été copié. Copiez vers un espace de travail vide, ou remplacez délibérément son contenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying %1 lost records (%2 of %3 arrived); nothing was copied.</source>
        <translation>La copie de %1 a perdu des enregistrements (%2 arrivés sur %3)&#xa0;; rien n&apos;a été copié.</translation>
    </message>
</context>
<context>
    <name>tandem::WorkspaceSetup</name>
    <message>
        <source>The new workspace %1 could not be finished: another program kept its file open.</source>
        <translation>Le nouvel espace de travail %1 n&apos;a pas pu être terminé&#xa0;: un autre programme gardait son fichier ouvert.</translation>
    </message>
    <message>
        <source>The new workspace could not be put in place at %1: %2</source>
        <translation>Le nouvel espace de travail n&apos;a pas pu être mis en place à l&apos;emplacement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::cli::AuditCommand</name>
    <message>
        <source>Workspace file or postgresql:// address.</source>
        <translation>Fichier d&apos;espace de travail ou adresse postgresql://.</translation>
    </message>
    <message>
        <source>list: entries per page (default 50).</source>
        <translation>list&#xa0;: entrées par page (50 par défaut).</translation>
    </message>
    <message>
        <source>list: continue after this &quot;next&quot; value.</source>
        <translation>list&#xa0;: reprendre après cette valeur «&#xa0;next&#xa0;».</translation>
    </message>
    <message>
        <source>audit needs --workspace W.</source>
        <translation>audit attend --workspace W.</translation>
    </message>
    <message>
        <source>Checks and lists the tamper-evident audit trail, and signs checkpoints of it to keep elsewhere.

  audit verify      checks every entry&apos;s hash chain; exits 1 and names the first broken entry;
                    with --against, also that the trail still holds what a checkpoint vouches for
  audit list        the newest entries first, as JSON
  audit checkpoint  signs the trail&apos;s newest entry with --key and writes the checkpoint to --out
  audit keygen      makes a checkpoint key: the secret key in --out, the public key in --out.pub
  audit roles       prints the SQL for a PostgreSQL server whose desks do not own the tables</source>
        <translation>Vérifie et liste le journal d&apos;audit infalsifiable, et en signe des points de contrôle à conserver ailleurs.

  audit verify      vérifie la chaîne d&apos;empreintes de toutes les entrées&#xa0;; quitte avec le code 1 et nomme la première entrée rompue&#xa0;;
                    avec --against, vérifie aussi que le journal contient encore ce que garantit un point de contrôle
  audit list        les entrées les plus récentes d&apos;abord, en JSON
  audit checkpoint  signe l&apos;entrée la plus récente avec --key et écrit le point de contrôle dans --out
  audit keygen      crée une clé de point de contrôle&#xa0;: la clé secrète dans --out, la clé publique dans --out.pub
  audit roles       affiche le SQL d&apos;un serveur PostgreSQL dont les postes ne possèdent pas les tables</translation>
    </message>
    <message>
        <source>verify, list, checkpoint, keygen or roles</source>
        <translation>verify, list, checkpoint, keygen ou roles</translation>
    </message>
    <message>
        <source>audit needs verify, list, checkpoint, keygen or roles; see tandemctl audit --help.</source>
        <translation>audit a besoin de verify, list, checkpoint, keygen ou roles&#xa0;; voir tandemctl audit --help.</translation>
    </message>
    <message>
        <source>verify: also check the trail against this signed checkpoint.</source>
        <translation>verify&#xa0;: vérifier aussi le journal par rapport à ce point de contrôle signé.</translation>
    </message>
    <message>
        <source>verify: the checkpoint must be signed with the key in this file (a .pub file).</source>
        <translation>verify&#xa0;: le point de contrôle doit être signé avec la clé de ce fichier (un fichier .pub).</translation>
    </message>
    <message>
        <source>checkpoint: the secret key file to sign with.</source>
        <translation>checkpoint&#xa0;: le fichier de clé secrète avec lequel signer.</translation>
    </message>
    <message>
        <source>checkpoint: the checkpoint file to write; keygen: the secret key file to make.</source>
        <translation>checkpoint&#xa0;: le fichier de point de contrôle à écrire&#xa0;; keygen&#xa0;: le fichier de clé secrète à créer.</translation>
    </message>
    <message>
        <source>roles: the role that owns the tables (default tandem_owner).</source>
        <translation>roles&#xa0;: le rôle qui possède les tables (par défaut tandem_owner).</translation>
    </message>
    <message>
        <source>roles: the role the desks log in as (default tandem_app).</source>
        <translation>roles&#xa0;: le rôle sous lequel les postes se connectent (par défaut tandem_app).</translation>
    </message>
    <message>
        <source>roles: the schema that holds the workspace (default public).</source>
        <translation>roles&#xa0;: le schéma qui contient l&apos;espace de travail (par défaut public).</translation>
    </message>
    <message>
        <source>--public-key goes with --against CHECKPOINT.</source>
        <translation>--public-key va avec --against POINT-DE-CONTRÔLE.</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key KEYFILE and --out CHECKPOINT.</source>
        <translation>audit checkpoint a besoin de --key FICHIER-DE-CLÉ et --out POINT-DE-CONTRÔLE.</translation>
    </message>
    <message>
        <source>audit keygen needs --out KEYFILE.</source>
        <translation>audit keygen a besoin de --out FICHIER-DE-CLÉ.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::Command</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 attend un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>--%1 takes a positive whole number.</source>
        <translation>--%1 attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2025-12-31.</source>
        <translation>--%1 attend une date comme 2025-12-31.</translation>
    </message>
    <message>
        <source>--%1 takes the &quot;next&quot; value of the previous page.</source>
        <translation>--%1 attend la valeur « next » de la page précédente.</translation>
    </message>
    <message>
        <source>There is no agent with the login &quot;%1&quot;.</source>
        <translation>Aucun agent n&apos;a l&apos;identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>tandem::cli::CopyCommand</name>
    <message>
        <source>Copies every record of one workspace into another, e.g. a desk&apos;s file to a team server.</source>
        <translation>Copie tous les enregistrements d&apos;un espace de travail dans un autre, p. ex. le fichier d&apos;un poste vers un serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The workspace to copy (a file or a postgresql:// URL).</source>
        <translation>L&apos;espace de travail à copier (un fichier ou une URL postgresql://).</translation>
    </message>
    <message>
        <source>The workspace to fill; it must be empty unless --replace is given.</source>
        <translation>L&apos;espace de travail à remplir&#xa0;; il doit être vide, sauf si --replace est indiqué.</translation>
    </message>
    <message>
        <source>Remove what the target holds before copying.</source>
        <translation>Supprimer le contenu de la cible avant la copie.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Ne pas afficher la progression sur stderr.</translation>
    </message>
    <message>
        <source>copy needs --from WORKSPACE and --to WORKSPACE.</source>
        <translation>copy attend --from ESPACE et --to ESPACE.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::DemoCommand</name>
    <message>
        <source>Creates a workspace filled with deterministic demo data.</source>
        <translation>Crée un espace de travail rempli de données de démonstration déterministes.</translation>
    </message>
    <message>
        <source>Workspace file to create (must be new or empty).</source>
        <translation>Fichier d&apos;espace de travail à créer (nouveau ou vide).</translation>
    </message>
    <message>
        <source>Number of customers (default 300).</source>
        <translation>Nombre de clients (300 par défaut).</translation>
    </message>
    <message>
        <source>Number of interactions (default 6000).</source>
        <translation>Nombre d&apos;interactions (6000 par défaut).</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>Graine&#xa0;; la même graine donne les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>Date the history ends, YYYY-MM-DD (default today).</source>
        <translation>Date de fin de l&apos;historique, AAAA-MM-JJ (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Ne pas afficher la progression sur stderr.</translation>
    </message>
    <message>
        <source>demo needs --workspace FILE.</source>
        <translation>demo attend --workspace FICHIER.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::DoctorCommand</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Checks that a team server gives Tandem what it needs: PostgreSQL 15 or newer, UTF8, plpgsql, a login without superuser rights, the two-role set-up, LISTEN/NOTIFY where the change feed listens (not a transaction pool) and the replica the address names. Writes nothing. Exits with 1 when a check fails.</source>
        <translation>Vérifie qu&apos;un serveur d&apos;équipe donne à Tandem ce dont il a besoin&#xa0;: PostgreSQL 15 ou plus récent, UTF8, plpgsql, un identifiant sans droits de superutilisateur, la configuration à deux rôles, LISTEN/NOTIFY là où écoute le flux de modifications (pas un pool de transactions) et le réplica que nomme l&apos;adresse. N&apos;écrit rien. Se termine avec 1 si une vérification échoue.</translation>
    </message>
    <message>
        <source>The team workspace&apos;s postgresql:// address (with ?listen=HOST:PORT and ?replica=HOST:PORT when the desks use them).</source>
        <translation>L&apos;adresse postgresql:// de l&apos;espace de travail d&apos;équipe (avec ?listen=HÔTE:PORT et ?replica=HÔTE:PORT si les postes les utilisent).</translation>
    </message>
    <message>
        <source>Print JSON instead of sentences.</source>
        <translation>Afficher du JSON au lieu de phrases.</translation>
    </message>
    <message>
        <source>doctor needs --workspace postgresql://...</source>
        <translation>doctor a besoin de --workspace postgresql://...</translation>
    </message>
    <message>
        <source>The server is not ready for Tandem: fix what failed above and run the check again.
</source>
        <translation>Le serveur n&apos;est pas prêt pour Tandem&#xa0;: corrigez ce qui a échoué ci-dessus et relancez la vérification.
</translation>
    </message>
    <message>
        <source>The server is ready for Tandem.
</source>
        <translation>Le serveur est prêt pour Tandem.
</translation>
    </message>
</context>
<context>
    <name>tandem::cli::EscalationCommand</name>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 attend l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no escalation #%1.</source>
        <translation>Il n&apos;existe pas d&apos;escalade n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>transition needs --action, for example --action claim.</source>
        <translation>transition attend --action, par exemple --action claim.</translation>
    </message>
    <message>
        <source>Lists, shows and moves escalations as an agent of a demo workspace.

  escalation list        a queue, most urgent first
  escalation show        one hand-off card in full
  escalation transition  claim, start, resolve, hand back, close, ...</source>
        <translation>Liste, affiche et fait avancer les escalades en tant qu&apos;agent d&apos;un espace de démonstration.

  escalation list        une file, la plus urgente d&apos;abord
  escalation show        une fiche de transmission complète
  escalation transition  claim, start, resolve, hand back, close…</translation>
    </message>
    <message>
        <source>list, show or transition</source>
        <translation>list, show ou transition</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Work as this agent (demo workspaces only).</source>
        <translation>Travailler en tant que cet agent (espaces de démonstration uniquement).</translation>
    </message>
    <message>
        <source>list: only this category (a key such as bug).</source>
        <translation>list&#xa0;: uniquement cette catégorie (une clé comme bug).</translation>
    </message>
    <message>
        <source>list: only this severity; change_severity: the new one (s1-s4).</source>
        <translation>list&#xa0;: uniquement cette gravité&#xa0;; change_severity&#xa0;: la nouvelle (s1–s4).</translation>
    </message>
    <message>
        <source>list: escalations per page (default 50).</source>
        <translation>list&#xa0;: escalades par page (50 par défaut).</translation>
    </message>
    <message>
        <source>list: continue after this &quot;next&quot; value.</source>
        <translation>list&#xa0;: reprendre après cette valeur «&#xa0;next&#xa0;».</translation>
    </message>
    <message>
        <source>show, transition: the escalation.</source>
        <translation>show, transition&#xa0;: l&apos;escalade.</translation>
    </message>
    <message>
        <source>transition: the question, answer, resolution or reason.</source>
        <translation>transition&#xa0;: la question, la réponse, la résolution ou le motif.</translation>
    </message>
    <message>
        <source>transition: the version you saw (default: the current one).</source>
        <translation>transition&#xa0;: la version que vous avez vue (par défaut&#xa0;: l&apos;actuelle).</translation>
    </message>
    <message>
        <source>transition reassign: the login who gets it.</source>
        <translation>transition reassign&#xa0;: l&apos;identifiant de l&apos;agent à qui l&apos;attribuer.</translation>
    </message>
    <message>
        <source>escalation needs one of list, show or transition; see tandemctl escalation --help.</source>
        <translation>escalation attend list, show ou transition&#xa0;; voir tandemctl escalation --help.</translation>
    </message>
    <message>
        <source>escalation needs --workspace FILE and --as LOGIN.</source>
        <translation>escalation attend --workspace FICHIER et --as IDENTIFIANT.</translation>
    </message>
    <message>
        <source>list: support, unclaimed, mine, escalated, returned or resolved.</source>
        <translation>list&#xa0;: support, unclaimed, mine, escalated, returned ou resolved.</translation>
    </message>
    <message>
        <source>transition: claim, start, ask_rep, wait_on_customer, answer, customer_replied, resolve, hand_back, close, reopen, reassign, change_severity, add_information.</source>
        <translation>transition&#xa0;: claim, start, ask_rep, wait_on_customer, answer, customer_replied, resolve, hand_back, close, reopen, reassign, change_severity, add_information.</translation>
    </message>
    <message>
        <source>--queue takes one of: support, unclaimed, mine, escalated, returned, resolved.</source>
        <translation>--queue attend l&apos;une de ces valeurs&#xa0;: support, unclaimed, mine, escalated, returned, resolved.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::ImportCommand</name>
    <message>
        <source>Imports history into a workspace.

  import mail FILE|DIR  an mbox file, a Maildir folder or .eml files: each mail becomes a
                        customer&apos;s message in a conversation; auto-replies and bounces
                        are counted and left out. Importing again records only what is new.</source>
        <translation>Importe un historique dans un espace de travail.

  import mail FICHIER|DOSSIER  un fichier mbox, un dossier Maildir ou des fichiers .eml&#xa0;: chaque
                        message devient le message d&apos;un client dans une conversation&#xa0;; les réponses
                        automatiques et les avis de non-remise sont comptés et laissés de côté.
                        Un nouvel import n&apos;enregistre que ce qui est nouveau.</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The team queue new conversations go to (default: the first).</source>
        <translation>La file d&apos;équipe des nouvelles conversations (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>import needs --workspace FILE.</source>
        <translation>import a besoin de --workspace FICHIER.</translation>
    </message>
    <message>
        <source>import needs mail and a FILE or DIR; see tandemctl import --help.</source>
        <translation>import a besoin de mail et d&apos;un FICHIER ou DOSSIER&#xa0;; voir tandemctl import --help.</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de file nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tandem::cli::InboxCommand</name>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Work as this agent (demo workspaces only).</source>
        <translation>Travailler en tant que cet agent (espaces de démonstration uniquement).</translation>
    </message>
    <message>
        <source>list: mine, unassigned, open (the default), snoozed or closed.</source>
        <translation>list&#xa0;: mine, unassigned, open (par défaut), snoozed ou closed.</translation>
    </message>
    <message>
        <source>list: waiting (the default) or due.</source>
        <translation>list&#xa0;: waiting (par défaut) ou due.</translation>
    </message>
    <message>
        <source>list: conversations per page (default 50).</source>
        <translation>list&#xa0;: conversations par page (50 par défaut).</translation>
    </message>
    <message>
        <source>list: continue after this &quot;next&quot; value.</source>
        <translation>list&#xa0;: reprendre après cette valeur «&#xa0;next&#xa0;».</translation>
    </message>
    <message>
        <source>show: the conversation; assign, close, snooze: one or more, separated by commas.</source>
        <translation>show&#xa0;: la conversation&#xa0;; assign, close, snooze&#xa0;: une ou plusieurs, séparées par des virgules.</translation>
    </message>
    <message>
        <source>assign: the login who gets them, me or none.</source>
        <translation>assign&#xa0;: l&apos;identifiant qui les reçoit, me ou none.</translation>
    </message>
    <message>
        <source>snooze: when they come back, like 2026-12-07T09:00:00Z.</source>
        <translation>snooze&#xa0;: quand elles reviennent, p. ex. 2026-12-07T09:00:00Z.</translation>
    </message>
    <message>
        <source>inbox needs --workspace FILE and --as LOGIN.</source>
        <translation>inbox demande --workspace FICHIER et --as IDENTIFIANT.</translation>
    </message>
    <message>
        <source>There is no team queue called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de file d&apos;équipe nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--folder takes one of: mine, unassigned, open, snoozed, closed.</source>
        <translation>--folder prend l&apos;une de ces valeurs&#xa0;: mine, unassigned, open, snoozed, closed.</translation>
    </message>
    <message>
        <source>--sort takes waiting or due.</source>
        <translation>--sort prend waiting ou due.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Il n&apos;y a pas de conversation n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>assign needs --to LOGIN, me or none.</source>
        <translation>assign demande --to IDENTIFIANT, me ou none.</translation>
    </message>
    <message>
        <source>snooze needs --until with a time like 2026-12-07T09:00:00Z.</source>
        <translation>snooze demande --until avec une heure comme 2026-12-07T09:00:00Z.</translation>
    </message>
    <message>
        <source>--id takes one or more conversation numbers, separated by commas.</source>
        <translation>--id prend un ou plusieurs numéros de conversation, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Lists, shows and triages the conversations of the shared inbox as an agent of a demo workspace.

  inbox list    a folder, who waited longest (or whose reply is due) first
  inbox show    one conversation with its messages
  inbox assign  to an agent, to yourself (me) or to nobody (none)
  inbox close   close conversations
  inbox snooze  put conversations away until a time
  inbox survey  the survey a queue mails when a conversation closes (team leads)</source>
        <translation>Liste, affiche et trie les conversations de la boîte de réception partagée en tant qu&apos;agent d&apos;un espace de démonstration.

  inbox list    un dossier, la plus longue attente (ou la réponse la plus urgente) d&apos;abord
  inbox show    une conversation avec ses messages
  inbox assign  à un agent, à vous-même (me) ou à personne (none)
  inbox close   fermer des conversations
  inbox snooze  mettre des conversations de côté jusqu&apos;à une heure donnée
  inbox survey  l&apos;enquête qu&apos;une file envoie par e-mail à la fermeture d&apos;une conversation (chefs d&apos;équipe)</translation>
    </message>
    <message>
        <source>list, show, assign, close, snooze or survey</source>
        <translation>list, show, assign, close, snooze ou survey</translation>
    </message>
    <message>
        <source>inbox needs one of list, show, assign, close, snooze or survey; see tandemctl inbox --help.</source>
        <translation>inbox demande list, show, assign, close, snooze ou survey&#xa0;; voir tandemctl inbox --help.</translation>
    </message>
    <message>
        <source>list: the team queue with this name instead of a folder; survey: the queue to set.</source>
        <translation>list&#xa0;: la file d&apos;équipe de ce nom au lieu d&apos;un dossier&#xa0;; survey&#xa0;: la file à régler.</translation>
    </message>
    <message>
        <source>survey: none, csat, nps or ces, for the queue --queue names.</source>
        <translation>survey&#xa0;: none, csat, nps ou ces, pour la file que nomme --queue.</translation>
    </message>
    <message>
        <source>survey needs --queue with the name of a team queue.</source>
        <translation>survey demande --queue avec le nom d&apos;une file d&apos;équipe.</translation>
    </message>
    <message>
        <source>--survey takes one of: none, csat, nps, ces.</source>
        <translation>--survey accepte l&apos;une des valeurs&#xa0;: none, csat, nps, ces.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::KbCommand</name>
    <message>
        <source>The knowledge base&apos;s self-service site.

  kb publish    write the public, published articles as a static site into a folder
  kb settings   show or change the company name, brand colour and site address</source>
        <translation>Le site d’aide en libre-service de la base de connaissances.

  kb publish    écrit les articles publics et publiés comme site statique dans un dossier
  kb settings   affiche ou modifie le nom de l’entreprise, la couleur de la marque et l’adresse du site</translation>
    </message>
    <message>
        <source>publish or settings</source>
        <translation>publish ou settings</translation>
    </message>
    <message>
        <source>kb needs publish or settings; see tandemctl kb --help.</source>
        <translation>kb attend publish ou settings ; voir tandemctl kb --help.</translation>
    </message>
    <message>
        <source>Workspace file or postgresql:// address.</source>
        <translation>Fichier d’espace de travail ou adresse postgresql://.</translation>
    </message>
    <message>
        <source>publish: the site&apos;s folder (made when missing; a site published there before is replaced).</source>
        <translation>publish : le dossier du site (créé s’il manque ; un site publié là auparavant est remplacé).</translation>
    </message>
    <message>
        <source>settings: the company name the site and templates show.</source>
        <translation>settings : le nom de l’entreprise affiché par le site et les modèles.</translation>
    </message>
    <message>
        <source>settings: the site&apos;s header colour, #rrggbb (empty: the default).</source>
        <translation>settings : la couleur de l’en-tête du site, #rrggbb (vide : celle par défaut).</translation>
    </message>
    <message>
        <source>settings: where the site is hosted; replies link to its articles.</source>
        <translation>settings : l’adresse où le site est hébergé ; les réponses renvoient à ses articles.</translation>
    </message>
    <message>
        <source>Work as this agent (demo workspaces only; default: the command line, as a team lead).</source>
        <translation>Travailler en tant que cet agent (espaces de démonstration uniquement ; par défaut : la ligne de commande, en tant que chef d’équipe).</translation>
    </message>
    <message>
        <source>kb needs --workspace W.</source>
        <translation>kb attend --workspace W.</translation>
    </message>
    <message>
        <source>kb publish needs --out DIR.</source>
        <translation>kb publish attend --out DIR.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::MailAccountCommand</name>
    <message>
        <source>Adds, lists and tests the mail accounts replies leave through.

  mail account add   add an account (team lead&apos;s work; the password is read from a file)
  mail account list  the accounts, without passwords
  mail account test  log in to the account&apos;s IMAP and SMTP servers and say what failed</source>
        <translation>Ajoute, liste et teste les comptes de messagerie par lesquels partent les réponses.

  mail account add   ajouter un compte (travail de chef d&apos;équipe&#xa0;; le mot de passe est lu dans un fichier)
  mail account list  les comptes, sans mots de passe
  mail account test  se connecter aux serveurs IMAP et SMTP du compte et dire ce qui a échoué</translation>
    </message>
    <message>
        <source>add, list or test</source>
        <translation>add, list ou test</translation>
    </message>
    <message>
        <source>mail account needs one of add, list or test; see tandemctl mail account --help.</source>
        <translation>mail account a besoin de add, list ou test&#xa0;; voir tandemctl mail account --help.</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>add, test: the account&apos;s name.</source>
        <translation>add, test&#xa0;: le nom du compte.</translation>
    </message>
    <message>
        <source>add: the IMAP server.</source>
        <translation>add&#xa0;: le serveur IMAP.</translation>
    </message>
    <message>
        <source>add: its port (default 993, or 143 with STARTTLS).</source>
        <translation>add&#xa0;: son port (993 par défaut, ou 143 avec STARTTLS).</translation>
    </message>
    <message>
        <source>add: tls (default) or starttls.</source>
        <translation>add&#xa0;: tls (par défaut) ou starttls.</translation>
    </message>
    <message>
        <source>add: the SMTP server.</source>
        <translation>add&#xa0;: le serveur SMTP.</translation>
    </message>
    <message>
        <source>add: its port (default 465, or 587 with STARTTLS).</source>
        <translation>add&#xa0;: son port (465 par défaut, ou 587 avec STARTTLS).</translation>
    </message>
    <message>
        <source>add: the login on both servers.</source>
        <translation>add&#xa0;: l&apos;identifiant sur les deux serveurs.</translation>
    </message>
    <message>
        <source>add: a support address customers write to (repeat for more; the first sends).</source>
        <translation>add&#xa0;: une adresse de support à laquelle les clients écrivent (à répéter pour d&apos;autres&#xa0;; la première envoie).</translation>
    </message>
    <message>
        <source>add: the team queue the account&apos;s mail feeds.</source>
        <translation>add&#xa0;: la file d&apos;équipe qu&apos;alimente le courrier du compte.</translation>
    </message>
    <message>
        <source>add: keep no copy of replies in the Sent folder.</source>
        <translation>add&#xa0;: ne garder aucune copie des réponses dans le dossier Envoyés.</translation>
    </message>
    <message>
        <source>add: a PEM file with a self-hosted server&apos;s certificate authority.</source>
        <translation>add&#xa0;: un fichier PEM avec l&apos;autorité de certification d&apos;un serveur auto-hébergé.</translation>
    </message>
    <message>
        <source>add: read the password from this file (- for standard input).</source>
        <translation>add&#xa0;: lire le mot de passe dans ce fichier (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Keep passwords in this credentials file (mode 0600) instead of the keyring; default TANDEM_MAIL_CREDENTIALS.</source>
        <translation>Garder les mots de passe dans ce fichier d&apos;identifiants (mode 0600) au lieu du trousseau&#xa0;; par défaut TANDEM_MAIL_CREDENTIALS.</translation>
    </message>
    <message>
        <source>mail account needs --workspace FILE.</source>
        <translation>mail account a besoin de --workspace FICHIER.</translation>
    </message>
    <message>
        <source>mail account add needs --%1.</source>
        <translation>mail account add a besoin de --%1.</translation>
    </message>
    <message>
        <source>--%1 takes tls or starttls.</source>
        <translation>--%1 prend tls ou starttls.</translation>
    </message>
    <message>
        <source>The password file %1 could not be read: %2</source>
        <translation>Le fichier de mot de passe %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>mail account test needs --name NAME.</source>
        <translation>mail account test a besoin de --name NOM.</translation>
    </message>
    <message>
        <source>There is no mail account named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de compte de messagerie nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tandem::cli::MailRunCommand</name>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Fetch once and stop.</source>
        <translation>Relever une fois puis s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Fetch at least every this many seconds (default 300).</source>
        <translation>Relever au moins toutes les N secondes (300 par défaut).</translation>
    </message>
    <message>
        <source>Read passwords from this credentials file instead of the keyring; default TANDEM_MAIL_CREDENTIALS.</source>
        <translation>Lire les mots de passe dans ce fichier d&apos;identifiants au lieu du trousseau&#xa0;; par défaut TANDEM_MAIL_CREDENTIALS.</translation>
    </message>
    <message>
        <source>mail run needs --workspace FILE.</source>
        <translation>mail run nécessite --workspace FICHIER.</translation>
    </message>
    <message>
        <source>The workspace has no mail account; add one with tandemctl mail account add.</source>
        <translation>L&apos;espace de travail n&apos;a aucun compte de messagerie&#xa0;; ajoutez-en un avec tandemctl mail account add.</translation>
    </message>
    <message>
        <source>Fetches customers&apos; mail from the mail accounts&apos; inboxes into the shared inbox, until stopped.
Each account is fetched by one worker at a time: an account another desk or service fetches is taken over when that one stops. It waits for new mail with IMAP IDLE on each account and fetches when mail comes or the interval passes.</source>
        <translation>Relève le courrier des clients dans les boîtes de réception des comptes de messagerie et le place dans la boîte partagée, jusqu&apos;à l&apos;arrêt.
Chaque compte est relevé par un seul processus à la fois&#xa0;: un compte relevé par un autre poste ou service est repris quand celui-ci s&apos;arrête. Il attend le nouveau courrier avec IMAP IDLE sur chaque compte et relève dès qu&apos;un message arrive ou que l&apos;intervalle est écoulé.</translation>
    </message>
    <message>
        <source>The workspace is open read-only; no mail can be fetched into it.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule&#xa0;; aucun courrier ne peut y être relevé.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::OutboxCommand</name>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier de l’espace de travail.</translation>
    </message>
    <message>
        <source>send: deliver at most this many (default 100).</source>
        <translation>send&#xa0;: en distribuer au plus autant (100 par défaut).</translation>
    </message>
    <message>
        <source>send: take over entries another worker claimed this many seconds ago or earlier (default 300; 0 when no other worker runs).</source>
        <translation>send&#xa0;: reprendre les entrées qu’un autre processus a prises il y a au moins autant de secondes (300 par défaut&#xa0;; 0 si aucun autre processus ne tourne).</translation>
    </message>
    <message>
        <source>outbox needs --workspace FILE.</source>
        <translation>outbox attend --workspace FICHIER.</translation>
    </message>
    <message>
        <source>outbox %1 needs --as LOGIN.</source>
        <translation>outbox %1 attend --as IDENTIFIANT.</translation>
    </message>
    <message>
        <source>Lists, sends and retries the replies in a workspace&apos;s outbox.

  outbox list   what is still waiting or failed
  outbox send   deliver what is due through the configured connector
  outbox retry  queue a failed reply again
  outbox send-again  queue a reply that may have been sent again (it may arrive twice)
  outbox mark-sent   record a reply that may have been sent as sent</source>
        <translation>Liste, envoie et renvoie les réponses de la boîte d’envoi d’un espace de travail.

  outbox list   ce qui attend encore ou a échoué
  outbox send   distribuer ce qui est dû par le connecteur configuré
  outbox retry  remettre en file une réponse qui a échoué
  outbox send-again  remettre en file une réponse peut-être envoyée (elle peut arriver deux fois)
  outbox mark-sent   noter comme envoyée une réponse peut-être envoyée</translation>
    </message>
    <message>
        <source>list, send, retry, send-again or mark-sent</source>
        <translation>list, send, retry, send-again ou mark-sent</translation>
    </message>
    <message>
        <source>outbox needs one of list, send, retry, send-again or mark-sent; see tandemctl outbox --help.</source>
        <translation>outbox demande list, send, retry, send-again ou mark-sent&#xa0;; voir tandemctl outbox --help.</translation>
    </message>
    <message>
        <source>list, retry, send-again, mark-sent: work as this agent (demo workspaces only).</source>
        <translation>list, retry, send-again, mark-sent&#xa0;: travailler en tant que cet agent (espaces de démonstration uniquement).</translation>
    </message>
    <message>
        <source>retry, send-again, mark-sent: the outbox entry.</source>
        <translation>retry, send-again, mark-sent&#xa0;: l’entrée de la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::ReportCommand</name>
    <message>
        <source>KPIs from %1 to %2 (UTC, end exclusive)
</source>
        <translation>KPI du %1 au %2 (UTC, fin exclue)
</translation>
    </message>
    <message>
        <source>Top complaint causes
</source>
        <translation>Principaux motifs de réclamation
</translation>
    </message>
    <message>
        <source>Reports the team&apos;s KPIs for a period, as the dashboard shows them.

  report kpis   CSAT, NPS, CES, churn, response and resolution times, escalation rate, SLA compliance,
                reopen rate, top complaint causes, referrals; with weekly trends</source>
        <translation>Présente les KPI de l&apos;équipe sur une période, comme le tableau de bord.

  report kpis   CSAT, NPS, CES, attrition, délais de réponse et de résolution, taux d&apos;escalade, respect des SLA,
                taux de réouverture, principaux motifs de réclamation, recommandations&#xa0;; avec tendances hebdomadaires</translation>
    </message>
    <message>
        <source>kpis</source>
        <translation>kpis</translation>
    </message>
    <message>
        <source>Workspace file or postgresql:// address.</source>
        <translation>Fichier d&apos;espace de travail ou adresse postgresql://.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD, UTC (default: 12 weeks ago).</source>
        <translation>Premier jour de la période, AAAA-MM-JJ, UTC (par défaut&#xa0;: il y a 12 semaines).</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD, UTC, included (default: today).</source>
        <translation>Dernier jour de la période, AAAA-MM-JJ, UTC, inclus (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Only this agent&apos;s numbers (a login).</source>
        <translation>Uniquement les chiffres de cet agent (un identifiant).</translation>
    </message>
    <message>
        <source>Only this role&apos;s numbers: service_rep, support_specialist or team_lead.</source>
        <translation>Uniquement les chiffres de ce rôle&#xa0;: service_rep, support_specialist ou team_lead.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>report needs what to report: kpis; see tandemctl report --help.</source>
        <translation>report attend ce qu&apos;il faut présenter&#xa0;: kpis&#xa0;; voir tandemctl report --help.</translation>
    </message>
    <message>
        <source>report needs --workspace W.</source>
        <translation>report attend --workspace W.</translation>
    </message>
    <message>
        <source>Give --agent or --role, not both.</source>
        <translation>Indiquez --agent ou --role, pas les deux.</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <source>--role takes service_rep, support_specialist or team_lead.</source>
        <translation>--role attend service_rep, support_specialist ou team_lead.</translation>
    </message>
</context>
<context>
    <name>tandemctl</name>
    <message>
        <source>unknown command &quot;%1&quot;; see tandemctl --help.</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue&#xa0;; voir tandemctl --help.</translation>
    </message>
    <message>
        <source>create a workspace with demo data</source>
        <translation>créer un espace de travail avec des données de démonstration</translation>
    </message>
    <message>
        <source>list, show and move escalations (list|show|transition)</source>
        <translation>lister, afficher et faire avancer les escalades (list|show|transition)</translation>
    </message>
    <message>
        <source>copy a workspace into another (e.g. to a team server)</source>
        <translation>copier un espace de travail dans un autre (p. ex. vers un serveur d&apos;équipe)</translation>
    </message>
    <message>
        <source>import mail history from an mbox file or a Maildir (import mail)</source>
        <translation>importer l&apos;historique des e-mails d&apos;un fichier mbox ou d&apos;un Maildir (import mail)</translation>
    </message>
    <message>
        <source>add, list and test the mail accounts replies leave through (add|list|test)</source>
        <translation>ajouter, lister et tester les comptes de messagerie des réponses (add|list|test)</translation>
    </message>
    <message>
        <source>KPIs for a period (report kpis)</source>
        <translation>KPI d&apos;une période (report kpis)</translation>
    </message>
    <message>
        <source>check, list and checkpoint the audit trail (verify|list|checkpoint|keygen|roles)</source>
        <translation>vérifier, lister et garantir par des points de contrôle le journal d&apos;audit (verify|list|checkpoint|keygen|roles)</translation>
    </message>
    <message>
        <source>Usage: tandemctl COMMAND [options]</source>
        <translation>Utilisation&#xa0;: tandemctl COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;tandemctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;tandemctl COMMANDE --help&#xa0;» pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>work the shared inbox (list|show|assign|close|snooze|survey)</source>
        <translation>traiter la boîte de réception partagée (list|show|assign|close|snooze|survey)</translation>
    </message>
    <message>
        <source>fetch customers&apos; mail into the inbox, one worker per mail account, and keep fetching</source>
        <translation>relever les e-mails des clients dans la boîte de réception, un service par compte de messagerie, en continu</translation>
    </message>
    <message>
        <source>list, send and retry replies on their way out (list|send|retry|send-again|mark-sent)</source>
        <translation>lister, envoyer et renvoyer les réponses en partance (list|send|retry|send-again|mark-sent)</translation>
    </message>
    <message>
        <source>check that a team server gives Tandem what it needs (version, encoding, roles, LISTEN)</source>
        <translation>vérifier qu&apos;un serveur d&apos;équipe donne à Tandem ce dont il a besoin (version, encodage, rôles, LISTEN)</translation>
    </message>
    <message>
        <source>publish the self-service site, set its name, colour and address (publish|settings)</source>
        <translation>publier le site d’aide en libre-service, régler son nom, sa couleur et son adresse (publish|settings)</translation>
    </message>
</context>
</TS>
