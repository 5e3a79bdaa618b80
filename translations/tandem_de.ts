<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MailImportFlow</name>
    <message>
        <source>Import Mail from an mbox File</source>
        <translation>Mail aus einer mbox-Datei importieren</translation>
    </message>
    <message>
        <source>Mailboxes (*.mbox *.mbx *.eml);;All files (*)</source>
        <translation>Postfächer (*.mbox *.mbx *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Mail from a Maildir Folder</source>
        <translation>Mail aus einem Maildir-Ordner importieren</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>Mail wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Mail importieren</translation>
    </message>
    <message>
        <source>The import was cancelled; importing again continues where it stopped.</source>
        <translation>Der Import wurde abgebrochen; ein erneuter Import macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Already there (skipped): %1</source>
        <translation>Schon vorhanden (übersprungen): %1</translation>
    </message>
    <message>
        <source>Auto-replies left out: %1</source>
        <translation>Automatische Antworten ausgelassen: %1</translation>
    </message>
    <message>
        <source>Bounces left out: %1</source>
        <translation>Unzustellbarkeitsmeldungen ausgelassen: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopping after the mails under way…</source>
        <translation>Wird nach den gerade verarbeiteten Mails angehalten…</translation>
    </message>
</context>
<context>
    <name>MailImportService</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is neither a Maildir folder nor a folder of .eml files.</source>
        <translation>%1 ist weder ein Maildir-Ordner noch ein Ordner mit .eml-Dateien.</translation>
    </message>
    <message>
        <source>%1 could not be read as an mbox file.</source>
        <translation>%1 konnte nicht als mbox-Datei gelesen werden.</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, Nachricht %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>The mail is larger than %1 MB.</source>
        <translation>Die Mail ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>The mail is empty.</source>
        <translation>Die Mail ist leer.</translation>
    </message>
    <message>
        <source>The mail does not begin with header lines.</source>
        <translation>Die Mail beginnt nicht mit Kopfzeilen.</translation>
    </message>
    <message>
        <source>The mail has no sender address (From).</source>
        <translation>Die Mail hat keine Absenderadresse (From).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A change that must lock the workspace first was started inside one that did not; nothing was written. Please report this as a bug.</source>
        <translation>Eine Änderung, die den Arbeitsbereich zuerst sperren muss, wurde innerhalb einer Änderung begonnen, die das nicht tat; es wurde nichts geschrieben. Bitte melden Sie dies als Fehler.</translation>
    </message>
</context>
<context>
    <name>tandem::AccountService</name>
    <message>
        <source>Signing in without a password works only in demo workspaces.</source>
        <translation>Die Anmeldung ohne Passwort ist nur in Demo-Arbeitsbereichen möglich.</translation>
    </message>
    <message>
        <source>There is no active agent with the login &quot;%1&quot; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen aktiven Mitarbeiter mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <source>This workspace needs a sign-in.</source>
        <translation>Für diesen Arbeitsbereich ist eine Anmeldung erforderlich.</translation>
    </message>
    <message>
        <source>This workspace has no active team lead.</source>
        <translation>Dieser Arbeitsbereich hat keine aktive Teamleitung.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>That login and password do not match an account here.</source>
        <translation>Anmeldename und Passwort passen zu keinem Konto in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This account is disabled. A team lead can enable it again.</source>
        <translation>Dieses Konto ist deaktiviert. Eine Teamleitung kann es wieder aktivieren.</translation>
    </message>
    <message>
        <source>Only team leads manage accounts.</source>
        <translation>Nur Teamleitungen verwalten Konten.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Diesen Mitarbeiter gibt es nicht.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A login is up to %1 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Ein Anmeldename besteht aus höchstens %1 Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Give the agent&apos;s name as colleagues should see it.</source>
        <translation>Geben Sie den Namen des Mitarbeiters so an, wie ihn die Kollegen sehen sollen.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>Der Anmeldename „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>This workspace already has accounts; sign in instead.</source>
        <translation>Dieser Arbeitsbereich hat bereits Konten; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>%1 is the last active team lead; make someone else a team lead first.</source>
        <translation>%1 ist die letzte aktive Teamleitung; ernennen Sie zuerst eine andere Person zur Teamleitung.</translation>
    </message>
</context>
<context>
    <name>tandem::AddInformationDialog</name>
    <message>
        <source>Add Information to Escalation #%1</source>
        <translation>Informationen zu Eskalation #%1 hinzufügen</translation>
    </message>
    <message>
        <source>For %1. The specialist sees your note and files in the escalation&apos;s history; its state stays as it is.</source>
        <translation>Für %1. Der Support-Spezialist sieht Ihre Notiz und Dateien im Verlauf der Eskalation; ihr Status bleibt unverändert.</translation>
    </message>
    <message>
        <source>What is new: what the customer reported, what you found, what you attach</source>
        <translation>Was neu ist: was der Kunde gemeldet hat, was Sie herausgefunden haben, was Sie anhängen</translation>
    </message>
    <message>
        <source>&amp;Information for the specialist:</source>
        <translation>&amp;Informationen für den Support-Spezialisten:</translation>
    </message>
    <message>
        <source>&amp;Add to #%1</source>
        <translation>Zu #%1 &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the note and the attachments to the escalation (Ctrl+Return)</source>
        <translation>Notiz und Anhänge zur Eskalation hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Write what you are adding for the specialist first; nothing was added.</source>
        <translation>Schreiben Sie zuerst, was Sie für den Support-Spezialisten ergänzen; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>tandem::AgentAccountForm</name>
    <message>
        <source>e.g. sam.carter</source>
        <translation>z. B. sam.carter</translation>
    </message>
    <message>
        <source>as colleagues see it</source>
        <translation>wie die Kollegen ihn sehen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Fill in the login and the name.</source>
        <translation>Geben Sie den Anmeldenamen und den Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Ein Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>tandem::AgentListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tandem::AgentsDialog</name>
    <message>
        <source>&amp;Add Agent…</source>
        <translation>Mitarbeiter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Add Agent</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message numerus="yes">
        <source>New password for %1 (at least %n character(s)):</source>
        <translation>
            <numerusform>Neues Passwort für %1 (mindestens %n Zeichen):</numerusform>
            <numerusform>Neues Passwort für %1 (mindestens %n Zeichen):</numerusform>
        </translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Dasselbe Passwort noch einmal:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tandem::AnswerDialog</name>
    <message>
        <source>Answer the Specialist</source>
        <translation>Dem Support-Spezialisten antworten</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>Eskalation #%1: %2</translation>
    </message>
    <message>
        <source>%1 asked on %2:</source>
        <translation>%1 fragte am %2:</translation>
    </message>
    <message>
        <source>Support asked:</source>
        <translation>Der Support fragte:</translation>
    </message>
    <message>
        <source>The question could not be found in the escalation&apos;s history.</source>
        <translation>Die Frage wurde im Verlauf der Eskalation nicht gefunden.</translation>
    </message>
    <message>
        <source>What the specialist asked for: the facts, what you checked, what you attach</source>
        <translation>Was der Support-Spezialist wissen wollte: die Fakten, was Sie geprüft haben, was Sie anhängen</translation>
    </message>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Ihre &amp;Antwort:</translation>
    </message>
    <message>
        <source>Se&amp;nd Answer</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>Send the answer and the attachments to the specialist (Ctrl+Return)</source>
        <translation>Die Antwort und die Anhänge an den Support-Spezialisten senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Write your answer for the specialist first; nothing was sent.</source>
        <translation>Schreiben Sie zuerst Ihre Antwort für den Support-Spezialisten; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>tandem::Appearance</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleEditor</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>I Checked It</source>
        <translation>Ich habe es geprüft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the article answers, as a customer would ask it</source>
        <translation>Was der Artikel beantwortet, so wie ein Kunde fragen würde</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>The answer in Markdown: ## headings, lists, **bold**, `code`, ```blocks```.</source>
        <translation>Die Antwort in Markdown: ## Überschriften, Listen, **fett**, `Code`, ```Blöcke```.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>hub, wi-fi, offline</source>
        <translation>hub, wlan, offline</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The two-letter code of the language the article is written in, such as en or de.</source>
        <translation>Der zweibuchstabige Code der Sprache, in der der Artikel geschrieben ist, etwa en oder de.</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wer ihn lesen darf</translation>
    </message>
    <message>
        <source>Internal: the team only</source>
        <translation>Intern: nur das Team</translation>
    </message>
    <message>
        <source>Public: also on the self-service site</source>
        <translation>Öffentlich: auch auf der Self-Service-Seite</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Prüfen alle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>After how many months without a review the article is flagged as due for one.</source>
        <translation>Nach wie vielen Monaten ohne Prüfung der Artikel als prüfungsbedürftig markiert wird.</translation>
    </message>
    <message>
        <source>Confirm that the draft holds no customer data and is true in general</source>
        <translation>Bestätigen, dass der Entwurf keine Kundendaten enthält und allgemein zutrifft</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Readers:</source>
        <translation>&amp;Leser:</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Suggest This Change</source>
        <translation>Änderung &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Keep the change as a draft of a change, published later (Ctrl+S)</source>
        <translation>Die Änderung als Entwurf behalten und später veröffentlichen (Strg+S)</translation>
    </message>
    <message>
        <source>A team lead or specialist publishes it (Ctrl+S)</source>
        <translation>Eine Teamleitung oder ein Spezialist veröffentlicht sie (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Publish Changes</source>
        <translation>Änderungen &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save without publishing (Ctrl+S)</source>
        <translation>Speichern, ohne zu veröffentlichen (Strg+S)</translation>
    </message>
    <message>
        <source>Save; a team lead or specialist publishes it (Ctrl+S)</source>
        <translation>Speichern; eine Teamleitung oder ein Spezialist veröffentlicht ihn (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish it for the team and the self-service site (Ctrl+Return)</source>
        <translation>Für das Team und die Self-Service-Seite veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Publish it for the team (Ctrl+Return)</source>
        <translation>Für das Team veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Made from escalation #%1. Check that it holds no customer data (names, addresses, numbers) and is true beyond that one case; it can be published once you confirm that.</source>
        <translation>Aus Eskalation #%1 erstellt. Prüfen Sie, dass er keine Kundendaten enthält (Namen, Adressen, Nummern) und über diesen einen Fall hinaus zutrifft; veröffentlicht werden kann er, sobald Sie das bestätigen.</translation>
    </message>
    <message>
        <source>Made from escalation #%1; a team lead or specialist checks it before it is published.</source>
        <translation>Aus Eskalation #%1 erstellt; eine Teamleitung oder ein Spezialist prüft ihn vor der Veröffentlichung.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleFromEscalation</name>
    <message>
        <source>the customer’s company</source>
        <translation>die Firma des Kunden</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation>[Telefonnummer]</translation>
    </message>
    <message>
        <source>[email address]</source>
        <translation>[E-Mail-Adresse]</translation>
    </message>
    <message>
        <source>[order number]</source>
        <translation>[Bestellnummer]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[Nummer]</translation>
    </message>
    <message>
        <source>Expected instead: %1</source>
        <translation>Erwartet wurde: %1</translation>
    </message>
    <message>
        <source>How it shows:</source>
        <translation>So zeigt es sich:</translation>
    </message>
    <message>
        <source>Tried first, without fixing it: %1</source>
        <translation>Zuerst versucht, ohne Erfolg: %1</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>What does the customer see?</source>
        <translation>Was sieht der Kunde?</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Which devices, versions or settings does this happen with?</source>
        <translation>Bei welchen Geräten, Versionen oder Einstellungen tritt es auf?</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Why does it happen?</source>
        <translation>Warum passiert es?</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>What solves it, step by step?</source>
        <translation>Was löst es, Schritt für Schritt?</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleHistoryDialog</name>
    <message>
        <source>&amp;Revert to This Version</source>
        <translation>Auf diese Version &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Publish this version&apos;s title and text again, as the newest version</source>
        <translation>Titel und Text dieser Version erneut als neueste Version veröffentlichen</translation>
    </message>
    <message>
        <source>the starter set</source>
        <translation>die Startsammlung</translation>
    </message>
    <message>
        <source>Version %1 · %2 · by %3</source>
        <translation>Version %1 · %2 · von %3</translation>
    </message>
    <message>
        <source>This article has not been published yet.</source>
        <translation>Dieser Artikel ist noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Version %1 is published again as version %2.</source>
        <translation>Version %1 ist erneut als Version %2 veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleListDelegate</name>
    <message>
        <source>Check first</source>
        <translation>Erst prüfen</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleListModel</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>suggested change</source>
        <translation>vorgeschlagene Änderung</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>check before publishing</source>
        <translation>vor Veröffentlichung prüfen</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleReader</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Public: on the self-service site</source>
        <translation>Öffentlich: auf der Self-Service-Seite</translation>
    </message>
    <message>
        <source>Internal: the team only</source>
        <translation>Intern: nur das Team</translation>
    </message>
    <message>
        <source>Suggested change, not published</source>
        <translation>Vorgeschlagene Änderung, nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Entwurf, nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>Due for a review since %1: check that it is still right, then mark it reviewed.</source>
        <translation>Prüfung fällig seit %1: Prüfen Sie, ob er noch stimmt, und markieren Sie ihn dann als geprüft.</translation>
    </message>
    <message>
        <source>Due for a review: check that it is still right, then mark it reviewed.</source>
        <translation>Prüfung fällig: Prüfen Sie, ob er noch stimmt, und markieren Sie ihn dann als geprüft.</translation>
    </message>
    <message>
        <source>Made from escalation #%1: check it for customer data before it is published.</source>
        <translation>Aus Eskalation #%1 erstellt: vor der Veröffentlichung auf Kundendaten prüfen.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleService</name>
    <message>
        <source>That article does not exist.</source>
        <translation>Diesen Artikel gibt es nicht.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n character(s).</source>
        <translation>
            <numerusform>Der Titel ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Titel ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is longer than %n character(s).</source>
        <translation>
            <numerusform>Die Kategorie ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Kategorie ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %n character(s).</source>
        <translation>
            <numerusform>Der Text ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Text ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language must be a two-letter code such as “en” or “de”.</source>
        <translation>Die Sprache muss ein Code aus zwei Buchstaben sein, etwa „en“ oder „de“.</translation>
    </message>
    <message numerus="yes">
        <source>An article goes stale after 0 (never) to %n month(s).</source>
        <translation>
            <numerusform>Ein Artikel veraltet nach 0 (nie) bis %n Monat.</numerusform>
            <numerusform>Ein Artikel veraltet nach 0 (nie) bis %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only team leads and support specialists can give an article to someone else.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können einen Artikel jemand anderem übertragen.</translation>
    </message>
    <message>
        <source>Only a draft can be saved; a published article changes by publishing.</source>
        <translation>Nur ein Entwurf kann gespeichert werden; ein veröffentlichter Artikel ändert sich durch Veröffentlichen.</translation>
    </message>
    <message>
        <source>Service reps can change only their own drafts.</source>
        <translation>Service-Mitarbeiter können nur ihre eigenen Entwürfe ändern.</translation>
    </message>
    <message>
        <source>Changes can be suggested to published articles only.</source>
        <translation>Änderungen lassen sich nur für veröffentlichte Artikel vorschlagen.</translation>
    </message>
    <message>
        <source>Someone changed this article meanwhile; open it again to see their change.</source>
        <translation>Jemand hat diesen Artikel inzwischen geändert; öffnen Sie ihn erneut, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can publish articles; your draft waits for them.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können Artikel veröffentlichen; Ihr Entwurf wartet auf sie.</translation>
    </message>
    <message>
        <source>Only a draft can be published.</source>
        <translation>Nur ein Entwurf kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The article this change was suggested for is no longer published.</source>
        <translation>Der Artikel, für den diese Änderung vorgeschlagen wurde, ist nicht mehr veröffentlicht.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can publish articles; suggest the change instead.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können Artikel veröffentlichen; schlagen Sie die Änderung stattdessen vor.</translation>
    </message>
    <message>
        <source>Only a published article can be changed this way; a draft is saved, then published.</source>
        <translation>Nur ein veröffentlichter Artikel lässt sich so ändern; ein Entwurf wird gespeichert und dann veröffentlicht.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can revert articles.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können Artikel auf eine frühere Version zurücksetzen.</translation>
    </message>
    <message>
        <source>Only a published article can be reverted.</source>
        <translation>Nur ein veröffentlichter Artikel kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>This article has no version %1.</source>
        <translation>Dieser Artikel hat keine Version %1.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can archive articles.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können Artikel archivieren.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can review articles.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können Artikel prüfen.</translation>
    </message>
    <message>
        <source>Only a published article can be reviewed.</source>
        <translation>Nur ein veröffentlichter Artikel kann geprüft werden.</translation>
    </message>
    <message>
        <source>The starter articles are missing from this installation.</source>
        <translation>Die Startartikel fehlen in dieser Installation.</translation>
    </message>
    <message>
        <source>Only team leads see how often the team uses each article.</source>
        <translation>Nur Teamleiter sehen, wie oft das Team jeden Artikel verwendet.</translation>
    </message>
    <message>
        <source>This draft was made from a customer’s case: confirm that you checked it for customer data before publishing it.</source>
        <translation>Dieser Entwurf entstand aus dem Fall eines Kunden: Bestätigen Sie, dass Sie ihn auf Kundendaten geprüft haben, bevor Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can turn an escalation into an article.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können aus einer Eskalation einen Artikel machen.</translation>
    </message>
    <message>
        <source>Escalation #%1 is not resolved yet; an article is written from its solution.</source>
        <translation>Eskalation #%1 ist noch nicht gelöst; ein Artikel entsteht aus ihrer Lösung.</translation>
    </message>
    <message>
        <source>That escalation does not exist.</source>
        <translation>Diese Eskalation gibt es nicht.</translation>
    </message>
    <message>
        <source>Solution of escalation #%1</source>
        <translation>Lösung von Eskalation #%1</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can confirm that a draft was checked.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können bestätigen, dass ein Entwurf geprüft wurde.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can restore archived articles.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können archivierte Artikel wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>tandem::ArticleSuggestions</name>
    <message>
        <source>Insert Lin&amp;k</source>
        <translation>Lin&amp;k einfügen</translation>
    </message>
    <message>
        <source>Insert Te&amp;xt</source>
        <translation>Te&amp;xt einfügen</translation>
    </message>
    <message>
        <source>Articles for this message:</source>
        <translation>Artikel zu dieser Nachricht:</translation>
    </message>
    <message>
        <source>Suggested articles</source>
        <translation>Vorgeschlagene Artikel</translation>
    </message>
    <message>
        <source>Insert the chosen article&apos;s link on the self-service site (%1)</source>
        <translation>Den Link des gewählten Artikels auf der Self-Service-Seite einfügen (%1)</translation>
    </message>
    <message>
        <source>Insert the chosen article&apos;s text (%1)</source>
        <translation>Den Text des gewählten Artikels einfügen (%1)</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (intern)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No article matches the customer&apos;s message.</source>
        <translation>Kein Artikel passt zur Nachricht des Kunden.</translation>
    </message>
    <message>
        <source>No article is suggested for this message.</source>
        <translation>Zu dieser Nachricht wird kein Artikel vorgeschlagen.</translation>
    </message>
    <message>
        <source>“%1” is internal, so it has no link for customers; insert its text instead (%2).</source>
        <translation>„%1“ ist intern und hat deshalb keinen Link für Kunden; fügen Sie stattdessen den Text ein (%2).</translation>
    </message>
    <message>
        <source>No self-service site address is set for this workspace, so articles have no links yet; insert the text instead (%1).</source>
        <translation>Für diesen Arbeitsbereich ist keine Adresse der Self-Service-Seite eingestellt, daher haben Artikel noch keine Links; fügen Sie stattdessen den Text ein (%1).</translation>
    </message>
    <message>
        <source>Link to “%1” inserted.</source>
        <translation>Link zu „%1“ eingefügt.</translation>
    </message>
    <message>
        <source>Text of “%1” inserted.</source>
        <translation>Text von „%1“ eingefügt.</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentRules</name>
    <message>
        <source>Not kept: the file is %1, larger than the %2 a message may carry. Ask the customer for a smaller file or another way to share it.</source>
        <translation>Nicht aufbewahrt: Die Datei ist %1 groß, mehr als die %2, die eine Nachricht mitbringen darf. Bitten Sie den Kunden um eine kleinere Datei oder einen anderen Weg, sie zu teilen.</translation>
    </message>
    <message>
        <source>Not kept: the file is %1, larger than a message may carry. Ask the customer for a smaller file or another way to share it.</source>
        <translation>Nicht aufbewahrt: Die Datei ist %1 groß, mehr als eine Nachricht mitbringen darf. Bitten Sie den Kunden um eine kleinere Datei oder einen anderen Weg, sie zu teilen.</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentsEditor</name>
    <message>
        <source>Attachments (shown read-only)</source>
        <translation>Anhänge (schreibgeschützt angezeigt)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Format of the attachment</source>
        <translation>Format des Anhangs</translation>
    </message>
    <message>
        <source>Attachment content</source>
        <translation>Inhalt des Anhangs</translation>
    </message>
    <message>
        <source>Select an attachment to read it here.</source>
        <translation>Wählen Sie einen Anhang aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Paste as Attachment</source>
        <translation>Als Anhang ein&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Keep the Last %1</source>
        <translation>Die letzten %1 behalten</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Logs, configs and traces (*.log *.txt *.json *.xml *.yaml *.yml *.ini *.conf *.cfg *.sh *.sql *.trace);;All files (*)</source>
        <translation>Protokolle, Konfigurationen und Traces (*.log *.txt *.json *.xml *.yaml *.yml *.ini *.conf *.cfg *.sh *.sql *.trace);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3).</source>
        <translation>%1 ist zu groß zum Anhängen (%2; höchstens %3).</translation>
    </message>
    <message>
        <source>%1 is not a text file; attach logs, configs and traces as text.</source>
        <translation>%1 ist keine Textdatei; hängen Sie Protokolle, Konfigurationen und Traces als Text an.</translation>
    </message>
    <message>
        <source>“%1” is %2, longer than the %3 an attachment may have, so it was not attached. The end of a log is usually where the error is.</source>
        <translation>„%1“ ist %2 groß, mehr als die %3, die ein Anhang haben darf, und wurde daher nicht angehängt. Am Ende eines Protokolls steht meist der Fehler.</translation>
    </message>
    <message>
        <source>Attached the last %1 of “%2” (%3); the start was left out.</source>
        <translation>Die letzten %1 von „%2“ (%3) wurden angehängt; der Anfang wurde weggelassen.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to attach.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Anhängen.</translation>
    </message>
    <message>
        <source>pasted-%1.%2</source>
        <translation>eingefuegt-%1.%2</translation>
    </message>
</context>
<context>
    <name>tandem::AuditCheckpoint</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no key file at %1; make one with tandemctl audit keygen.</source>
        <translation>Unter %1 gibt es keine Schlüsseldatei; erstellen Sie eine mit tandemctl audit keygen.</translation>
    </message>
    <message>
        <source>Other users can read or change the key file %1; make it private to its owner (chmod 600) first.</source>
        <translation>Andere Benutzer können die Schlüsseldatei %1 lesen oder ändern; machen Sie sie zuerst nur für ihren Besitzer zugänglich (chmod 600).</translation>
    </message>
    <message>
        <source>%1 is not a Tandem checkpoint key, or it is damaged.</source>
        <translation>%1 ist kein Tandem-Checkpoint-Schlüssel oder ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 holds no public key of a Tandem checkpoint key.</source>
        <translation>%1 enthält keinen öffentlichen Schlüssel eines Tandem-Checkpoint-Schlüssels.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists, and a key is never replaced; choose another file.</source>
        <translation>%1 existiert bereits, und ein Schlüssel wird nie ersetzt; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>Der Checkpoint %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tandem audit checkpoint, or it is damaged.</source>
        <translation>%1 ist kein Tandem-Audit-Checkpoint oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The checkpoint %1 was signed with another key than the one in %2, so it proves nothing about this trail.</source>
        <translation>Der Checkpoint %1 wurde mit einem anderen Schlüssel signiert als dem in %2 und beweist daher nichts über dieses Protokoll.</translation>
    </message>
    <message>
        <source>The checkpoint %1 does not match its signature: it was changed after it was signed, so it proves nothing about this trail.</source>
        <translation>Der Checkpoint %1 passt nicht zu seiner Signatur: Er wurde nach dem Signieren verändert und beweist daher nichts über dieses Protokoll.</translation>
    </message>
</context>
<context>
    <name>tandem::AuditLog</name>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>Der Audit-Eintrag %1 fehlt.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Der Audit-Eintrag %1 wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry is gone, so entries after %1 may have been deleted.</source>
        <translation>Der Datensatz des neuesten Audit-Eintrags fehlt; Einträge nach %1 wurden möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry was changed.</source>
        <translation>Der Datensatz des neuesten Audit-Eintrags wurde verändert.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside Tandem.</source>
        <translation>Der Audit-Eintrag %1 wurde außerhalb von Tandem hinzugefügt.</translation>
    </message>
    <message>
        <source>The audit trail is empty, although the workspace holds customers, interactions or other records that were audited when they were made: the trail was deleted.</source>
        <translation>Das Prüfprotokoll ist leer, obwohl der Arbeitsbereich Kunden, Interaktionen oder andere Datensätze enthält, die bei ihrer Erstellung protokolliert wurden: Das Protokoll wurde gelöscht.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 vouches for %2 audit entries, but the trail now holds %3: the newest entries were deleted, and the record of the newest entry was changed to hide it.</source>
        <translation>Der Checkpoint vom %1 bürgt für %2 Audit-Einträge, aber das Protokoll enthält jetzt %3: Die neuesten Einträge wurden gelöscht, und der Datensatz des neuesten Eintrags wurde verändert, um das zu verbergen.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 was taken of another audit trail (its first entry differs): it belongs to another workspace, or this trail was rewritten from its start.</source>
        <translation>Der Checkpoint vom %1 wurde von einem anderen Prüfprotokoll erstellt (sein erster Eintrag unterscheidet sich): Er gehört zu einem anderen Arbeitsbereich, oder dieses Protokoll wurde von Anfang an umgeschrieben.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the checkpoint of %2 vouches for: the trail was rewritten at or before that entry.</source>
        <translation>Der Audit-Eintrag %1 ist nicht der, für den der Checkpoint vom %2 bürgt: Das Protokoll wurde bei oder vor diesem Eintrag umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>tandem::AuditLogModel</name>
    <message>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
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
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>einen Kunden</translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation>Konto #%1</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>einen Mitarbeiter</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Logged a message for %1</source>
        <translation>Nachricht für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged a call with %1</source>
        <translation>Anruf mit %1 erfasst</translation>
    </message>
    <message>
        <source>Added a note about %1</source>
        <translation>Notiz zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Logged feedback from %1</source>
        <translation>Feedback von %1 erfasst</translation>
    </message>
    <message>
        <source>Logged a complaint for %1</source>
        <translation>Beschwerde für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged an order for %1</source>
        <translation>Bestellung für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged a refund for %1</source>
        <translation>Erstattung für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged an escalation entry for %1</source>
        <translation>Eskalationseintrag für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged a follow-up for %1</source>
        <translation>Nachfassen für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged a referral for %1</source>
        <translation>Empfehlung für %1 erfasst</translation>
    </message>
    <message>
        <source>Logged an entry for %1</source>
        <translation>Eintrag für %1 erfasst</translation>
    </message>
    <message>
        <source>Escalated an issue of %1 as escalation #%2</source>
        <translation>Problem von %1 als Eskalation #%2 eskaliert</translation>
    </message>
    <message>
        <source>Claimed escalation #%1 for %2</source>
        <translation>Eskalation #%1 für %2 übernommen</translation>
    </message>
    <message>
        <source>Started work on escalation #%1 for %2</source>
        <translation>Arbeit an Eskalation #%1 für %2 begonnen</translation>
    </message>
    <message>
        <source>Asked the rep for information on escalation #%1 for %2</source>
        <translation>Beim Service-Mitarbeiter Informationen zu Eskalation #%1 für %2 angefragt</translation>
    </message>
    <message>
        <source>Set escalation #%1 for %2 to wait on the customer</source>
        <translation>Eskalation #%1 für %2 wartet jetzt auf den Kunden</translation>
    </message>
    <message>
        <source>Answered the specialist’s question on escalation #%1 for %2</source>
        <translation>Frage des Spezialisten zu Eskalation #%1 für %2 beantwortet</translation>
    </message>
    <message>
        <source>Noted that %2 replied on escalation #%1</source>
        <translation>Antwort von %2 zu Eskalation #%1 vermerkt</translation>
    </message>
    <message>
        <source>Resolved escalation #%1 for %2</source>
        <translation>Eskalation #%1 für %2 gelöst</translation>
    </message>
    <message>
        <source>Handed escalation #%1 for %2 back to the rep</source>
        <translation>Eskalation #%1 für %2 an den Service-Mitarbeiter zurückgegeben</translation>
    </message>
    <message>
        <source>Closed escalation #%1 for %2</source>
        <translation>Eskalation #%1 für %2 abgeschlossen</translation>
    </message>
    <message>
        <source>Reopened escalation #%1 for %2</source>
        <translation>Eskalation #%1 für %2 wieder geöffnet</translation>
    </message>
    <message>
        <source>Reassigned escalation #%1 for %2 to %3</source>
        <translation>Eskalation #%1 für %2 an %3 neu zugewiesen</translation>
    </message>
    <message>
        <source>Changed the severity of escalation #%1 for %2 from %3 to %4</source>
        <translation>Schweregrad von Eskalation #%1 für %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>Gave %1 QA feedback on their work with %2</source>
        <translation>%1 QA-Feedback zur Arbeit mit %2 gegeben</translation>
    </message>
    <message>
        <source>Gave %1 QA feedback on their work with %2: %3 of %4</source>
        <translation>%1 QA-Feedback zur Arbeit mit %2 gegeben: %3 von %4</translation>
    </message>
    <message>
        <source>Corrected entry #%1 for %2</source>
        <translation>Eintrag #%1 für %2 korrigiert</translation>
    </message>
    <message>
        <source>Corrected an entry for %1</source>
        <translation>Einen Eintrag für %1 korrigiert</translation>
    </message>
    <message>
        <source>Marked entry #%1 for %2 as corrected</source>
        <translation>Eintrag #%1 für %2 als korrigiert markiert</translation>
    </message>
    <message>
        <source>Marked entry #%1 for %2 as corrected by entry #%3</source>
        <translation>Eintrag #%1 für %2 als durch Eintrag #%3 korrigiert markiert</translation>
    </message>
    <message>
        <source>Edited the details of %1</source>
        <translation>Angaben zu %1 bearbeitet</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into another customer</source>
        <translation>Duplikat %1 mit einem anderen Kunden zusammengeführt</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into %2</source>
        <translation>Duplikat %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Took %1 back out of the customer it was merged into</source>
        <translation>%1 wieder aus dem zusammengeführten Kunden herausgelöst</translation>
    </message>
    <message>
        <source>Took %1 back out of %2</source>
        <translation>%1 wieder aus %2 herausgelöst</translation>
    </message>
    <message>
        <source>Added the account of %1 as %2</source>
        <translation>Konto von %1 als %2 angelegt</translation>
    </message>
    <message>
        <source>Enabled the account of %1</source>
        <translation>Konto von %1 aktiviert</translation>
    </message>
    <message>
        <source>Disabled the account of %1</source>
        <translation>Konto von %1 deaktiviert</translation>
    </message>
    <message>
        <source>Changed the role of %1 from %2 to %3</source>
        <translation>Rolle von %1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>Changed the password of %1</source>
        <translation>Passwort von %1 geändert</translation>
    </message>
    <message>
        <source>Exported one record to a CSV file</source>
        <translation>Einen Datensatz in eine CSV-Datei exportiert</translation>
    </message>
    <message>
        <source>Exported %1 records to a CSV file</source>
        <translation>%1 Datensätze in eine CSV-Datei exportiert</translation>
    </message>
    <message>
        <source>Scheduled a follow-up with %1</source>
        <translation>Nachfassen bei %1 geplant</translation>
    </message>
    <message>
        <source>Scheduled a follow-up with %1 for %2</source>
        <translation>Nachfassen bei %1 für %2 geplant</translation>
    </message>
    <message>
        <source>Completed a follow-up with %1</source>
        <translation>Nachfassen bei %1 erledigt</translation>
    </message>
    <message>
        <source>Created the template “%1”</source>
        <translation>Vorlage „%1“ erstellt</translation>
    </message>
    <message>
        <source>Edited the template “%1”</source>
        <translation>Vorlage „%1“ bearbeitet</translation>
    </message>
    <message>
        <source>Archived the template “%1”</source>
        <translation>Vorlage „%1“ archiviert</translation>
    </message>
    <message>
        <source>Used the template “%1”</source>
        <translation>Vorlage „%1“ verwendet</translation>
    </message>
    <message>
        <source>Imported the template “%1”</source>
        <translation>Vorlage „%1“ importiert</translation>
    </message>
    <message>
        <source>Installed the default template “%1”</source>
        <translation>Standardvorlage „%1“ installiert</translation>
    </message>
    <message>
        <source>Added the complaint cause “%1”</source>
        <translation>Beschwerdegrund „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Filled the workspace with demo data</source>
        <translation>Arbeitsbereich mit Demodaten gefüllt</translation>
    </message>
    <message>
        <source>Copied one record into this workspace</source>
        <translation>Einen Datensatz in diesen Arbeitsbereich kopiert</translation>
    </message>
    <message>
        <source>Copied %1 records into this workspace</source>
        <translation>%1 Datensätze in diesen Arbeitsbereich kopiert</translation>
    </message>
    <message>
        <source>Recorded “%1” on %2 #%3</source>
        <translation>„%1“ an %2 #%3 protokolliert</translation>
    </message>
    <message>
        <source>Recorded “%1” on %2</source>
        <translation>„%1“ an %2 protokolliert</translation>
    </message>
    <message>
        <source>Recorded “%1”</source>
        <translation>„%1“ protokolliert</translation>
    </message>
    <message>
        <source>Added information to escalation #%1 for %2</source>
        <translation>Informationen zu Eskalation #%1 für %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 as a customer when their first message arrived</source>
        <translation>%1 beim Eintreffen der ersten Nachricht als Kunde angelegt</translation>
    </message>
    <message>
        <source>Received a message from %1 in conversation #%2</source>
        <translation>Nachricht von %1 in Konversation #%2 erhalten</translation>
    </message>
    <message>
        <source>Replied to %1 in conversation #%2</source>
        <translation>%1 in Konversation #%2 geantwortet</translation>
    </message>
    <message>
        <source>Unassigned conversation #%1 with %2</source>
        <translation>Zuweisung der Konversation #%1 mit %2 aufgehoben</translation>
    </message>
    <message>
        <source>Assigned conversation #%1 with %2 to %3</source>
        <translation>Konversation #%1 mit %2 an %3 zugewiesen</translation>
    </message>
    <message>
        <source>Snoozed conversation #%1 with %2</source>
        <translation>Konversation #%1 mit %2 zurückgestellt</translation>
    </message>
    <message>
        <source>Snoozed conversation #%1 with %2 until %3</source>
        <translation>Konversation #%1 mit %2 bis %3 zurückgestellt</translation>
    </message>
    <message>
        <source>Closed conversation #%1 with %2</source>
        <translation>Konversation #%1 mit %2 geschlossen</translation>
    </message>
    <message>
        <source>Reopened conversation #%1 with %2</source>
        <translation>Konversation #%1 mit %2 wieder geöffnet</translation>
    </message>
    <message>
        <source>Conversation #%1 with %2 came back from snoozing</source>
        <translation>Konversation #%1 mit %2 ist aus der Zurückstellung zurück</translation>
    </message>
    <message>
        <source>Set the priority of conversation #%1 with %2 to %3</source>
        <translation>Priorität der Konversation #%1 mit %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <source>Moved conversation #%1 with %2 to the queue “%3”</source>
        <translation>Konversation #%1 mit %2 in die Warteschlange „%3“ verschoben</translation>
    </message>
    <message>
        <source>Tagged conversation #%1 with %2 “%3”</source>
        <translation>Konversation #%1 mit %2 mit „%3“ verschlagwortet</translation>
    </message>
    <message>
        <source>Removed the tag “%3” from conversation #%1 with %2</source>
        <translation>Schlagwort „%3“ von Konversation #%1 mit %2 entfernt</translation>
    </message>
    <message>
        <source>Queued a failed reply in conversation #%1 to be sent again</source>
        <translation>Eine fehlgeschlagene Antwort in Konversation #%1 erneut zum Senden eingereiht</translation>
    </message>
    <message>
        <source>Added the mail account %1</source>
        <translation>E-Mail-Konto %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Changed the mail account %1 and its password</source>
        <translation>E-Mail-Konto %1 und sein Passwort geändert</translation>
    </message>
    <message>
        <source>Changed the mail account %1</source>
        <translation>E-Mail-Konto %1 geändert</translation>
    </message>
    <message>
        <source>Removed the mail account %1</source>
        <translation>E-Mail-Konto %1 entfernt</translation>
    </message>
    <message>
        <source>Attached the customer&apos;s file “%1” to escalation #%2</source>
        <translation>Hat die Datei „%1“ des Kunden an Eskalation #%2 angehängt</translation>
    </message>
    <message>
        <source>Mail to %1 of %2 bounced; the address is marked as failing</source>
        <translation>Mail an %1 von %2 kam zurück; die Adresse ist als fehlerhaft markiert</translation>
    </message>
    <message>
        <source>The queue “%1” sends no survey when a conversation closes</source>
        <translation>Die Warteschlange „%1“ sendet keine Umfrage, wenn eine Unterhaltung geschlossen wird</translation>
    </message>
    <message>
        <source>The queue “%1” sends a %2 survey when a conversation closes</source>
        <translation>Die Warteschlange „%1“ sendet eine %2-Umfrage, wenn eine Unterhaltung geschlossen wird</translation>
    </message>
    <message>
        <source>Drafted the article “%1”</source>
        <translation>Artikel „%1“ entworfen</translation>
    </message>
    <message>
        <source>Saved the draft “%1”</source>
        <translation>Entwurf „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Suggested a change to the article “%1”</source>
        <translation>Änderung am Artikel „%1“ vorgeschlagen</translation>
    </message>
    <message>
        <source>Published version %1 of the article “%2”</source>
        <translation>Version %1 des Artikels „%2“ veröffentlicht</translation>
    </message>
    <message>
        <source>Published an earlier text of the article “%1” as version %2</source>
        <translation>Früheren Text des Artikels „%1“ als Version %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Reviewed the article “%1”</source>
        <translation>Artikel „%1“ geprüft</translation>
    </message>
    <message>
        <source>Archived the article “%1”</source>
        <translation>Artikel „%1“ archiviert</translation>
    </message>
    <message>
        <source>Installed the starter article “%1”</source>
        <translation>Startartikel „%1“ installiert</translation>
    </message>
    <message>
        <source>Recorded a reply in conversation #%1 that may have reached the customer as sent</source>
        <translation>Eine Antwort in Konversation #%1, die den Kunden vielleicht erreicht hat, als gesendet vermerkt</translation>
    </message>
    <message>
        <source>Queued a reply in conversation #%1 that may have reached the customer to be sent again</source>
        <translation>Eine Antwort in Konversation #%1, die den Kunden vielleicht erreicht hat, erneut zum Senden eingereiht</translation>
    </message>
    <message>
        <source>Drafted the article “%1” from escalation #%2</source>
        <translation>Artikel „%1“ aus Eskalation #%2 entworfen</translation>
    </message>
    <message>
        <source>Drafted the article “%1” from an escalation</source>
        <translation>Artikel „%1“ aus einer Eskalation entworfen</translation>
    </message>
    <message>
        <source>Confirmed that the draft “%1” was checked for customer data</source>
        <translation>Bestätigt, dass der Entwurf „%1“ auf Kundendaten geprüft wurde</translation>
    </message>
    <message numerus="yes">
        <source>Published the self-service site with %n article(s) to %1</source>
        <translation>
            <numerusform>Die Self-Service-Seite mit %n Artikel nach %1 veröffentlicht</numerusform>
            <numerusform>Die Self-Service-Seite mit %n Artikeln nach %1 veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the self-service site&apos;s name, colour or address</source>
        <translation>Namen, Farbe oder Adresse der Self-Service-Seite geändert</translation>
    </message>
    <message>
        <source>Restored the archived article “%1”, published again</source>
        <translation>Archivierten Artikel „%1“ wiederhergestellt und wieder veröffentlicht</translation>
    </message>
    <message>
        <source>Restored the archived article “%1” as a draft</source>
        <translation>Archivierten Artikel „%1“ als Entwurf wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>tandem::AuditService</name>
    <message>
        <source>The audit trail is for team leads.</source>
        <translation>Das Prüfprotokoll ist Teamleitungen vorbehalten.</translation>
    </message>
    <message>
        <source>%1 No checkpoint was written, since it would vouch for a broken trail.</source>
        <translation>%1 Es wurde kein Checkpoint geschrieben, da er für ein fehlerhaftes Protokoll bürgen würde.</translation>
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to checkpoint yet.</source>
        <translation>Das Prüfprotokoll ist leer; es gibt noch nichts für einen Checkpoint.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain name; use letters, digits and underscores, not a digit first.</source>
        <translation>„%1“ ist kein einfacher Name; verwenden Sie Buchstaben, Ziffern und Unterstriche, keine Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>The owner and the app role must be two different roles.</source>
        <translation>Besitzer und App-Rolle müssen zwei verschiedene Rollen sein.</translation>
    </message>
</context>
<context>
    <name>tandem::AuditViewer</name>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that none was changed or removed</source>
        <translation>Den Hash jedes Eintrags neu berechnen und prüfen, dass keiner verändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Every entry carries the hash of the one before it, so a change made behind Tandem&apos;s back breaks the chain.</source>
        <translation>Jeder Eintrag enthält den Hash des vorherigen; eine Änderung an Tandem vorbei unterbricht daher die Kette.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(nothing: this entry created the record)</source>
        <translation>(nichts: dieser Eintrag hat den Datensatz angelegt)</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation>Das Prüfprotokoll wurde manipuliert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked, none changed or missing.</source>
        <translation>
            <numerusform>Intakt: %n Eintrag geprüft, keiner verändert oder fehlend.</numerusform>
            <numerusform>Intakt: %n Einträge geprüft, keiner verändert oder fehlend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Gewählter Eintrag</translation>
    </message>
    <message>
        <source>%1
Code: %2, entry #%3</source>
        <translation>%1
Code: %2, Eintrag #%3</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
</context>
<context>
    <name>tandem::BodyViewer</name>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>Event text</source>
        <translation>Ereignistext</translation>
    </message>
    <message>
        <source>Select an event in the timeline to read it here.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste aus, um es hier zu lesen.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Angezeigt werden die ersten %1 von %2.</translation>
    </message>
</context>
<context>
    <name>tandem::ComposePanel</name>
    <message>
        <source>Call summary</source>
        <translation>Gesprächszusammenfassung</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <source>Social media message</source>
        <translation>Nachricht in sozialen Medien</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Vorlage…</translation>
    </message>
    <message>
        <source>What to log</source>
        <translation>Was erfasst werden soll</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What was said or done (Ctrl+Enter logs it)</source>
        <translation>Was gesagt oder getan wurde (Strg+Eingabe erfasst es)</translation>
    </message>
    <message>
        <source>Text to log</source>
        <translation>Zu erfassender Text</translation>
    </message>
    <message>
        <source>New Cause…</source>
        <translation>Neuer Beschwerdegrund…</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>Beschwerde&amp;grund:</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Empathize</source>
        <translation>Mitgefühl zeigen</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Entschuldigen</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>&amp;Wertung:</translation>
    </message>
    <message>
        <source>Insert a reply template (%1)</source>
        <translation>Antwortvorlage einfügen (%1)</translation>
    </message>
    <message>
        <source>New Complaint Cause</source>
        <translation>Neuer Beschwerdegrund</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Beschwerdegrund:</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <source>L.E.A.S.T. steps taken: %1</source>
        <translation>Durchlaufene L.E.A.S.T.-Schritte: %1</translation>
    </message>
    <message>
        <source>%1 answer: %2</source>
        <translation>%1-Antwort: %2</translation>
    </message>
    <message>
        <source>Write a subject or some text first.</source>
        <translation>Schreiben Sie zuerst einen Betreff oder etwas Text.</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Erfasst.</translation>
    </message>
    <message>
        <source>Not logged: %1 Your text is kept as a draft.</source>
        <translation>Nicht erfasst: %1 Ihr Text bleibt als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>tandem::ConversationPane</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>Interne Notiz von %1</translation>
    </message>
    <message>
        <source>(the whole message is on the timeline)</source>
        <translation>(die ganze Nachricht steht in der Zeitleiste)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send and C&amp;lose</source>
        <translation>Senden und sch&amp;ließen</translation>
    </message>
    <message>
        <source>Customer &amp;Timeline</source>
        <translation>&amp;Zeitleiste des Kunden</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>Your reply to the customer (Ctrl+Enter sends it)</source>
        <translation>Ihre Antwort an den Kunden (Strg+Eingabe sendet sie)</translation>
    </message>
    <message>
        <source>Send the reply; the conversation then waits on the customer (Ctrl+Enter)</source>
        <translation>Antwort senden; die Unterhaltung wartet dann auf den Kunden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the reply and close the conversation (Ctrl+Shift+Enter)</source>
        <translation>Antwort senden und die Unterhaltung schließen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Everything this customer did and said, on the customer desk</source>
        <translation>Alles, was dieser Kunde getan und gesagt hat, am Kundenarbeitsplatz</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>%1 is working on this conversation. Agree with them before you reply.</source>
        <translation>%1 bearbeitet diese Konversation. Sprechen Sie sich ab, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>Reply to a Colleague&apos;s Conversation</source>
        <translation>Auf die Konversation eines Kollegen antworten</translation>
    </message>
    <message>
        <source>%1 is working on this conversation. Send your reply all the same?</source>
        <translation>%1 bearbeitet diese Konversation. Ihre Antwort trotzdem senden?</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>New Messages in This Conversation</source>
        <translation>Neue Nachrichten in dieser Konversation</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Ansehen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is typing a reply…</source>
        <translation>
            <numerusform>%1 schreibt eine Antwort…</numerusform>
            <numerusform>%1 schreiben eine Antwort…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing</source>
        <translation>
            <numerusform>%1 liest mit</numerusform>
            <numerusform>%1 lesen mit</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated to support (#%1): waiting to be claimed</source>
        <translation>An den Support eskaliert (#%1): wartet auf Übernahme</translation>
    </message>
    <message>
        <source>Escalated to support (#%1): %2</source>
        <translation>An den Support eskaliert (#%1): %2</translation>
    </message>
    <message>
        <source>Escalated to support (#%1): %2, claimed by %3</source>
        <translation>An den Support eskaliert (#%1): %2, übernommen von %3</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Te&amp;mplate…</source>
        <translation>Vorla&amp;ge…</translation>
    </message>
    <message>
        <source>Open the escalation</source>
        <translation>Die Eskalation öffnen</translation>
    </message>
    <message>
        <source>Hand this conversation&apos;s problem to a support specialist; the hand-back comes back here as an internal note</source>
        <translation>Das Problem dieser Unterhaltung an den Support übergeben; die Rückgabe erscheint hier als interne Notiz</translation>
    </message>
    <message>
        <source>Insert a reply template (%1)</source>
        <translation>Antwortvorlage einfügen (%1)</translation>
    </message>
    <message>
        <source>This workspace is open read-only: replies cannot be written here.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: Hier können keine Antworten geschrieben werden.</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Zitierten Text ausblenden</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Zitierten Text anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Attach to escalation…</source>
        <translation>An Eskalation anhängen …</translation>
    </message>
    <message>
        <source>Show plain text</source>
        <translation>Als reinen Text zeigen</translation>
    </message>
    <message>
        <source>Show formatted</source>
        <translation>Formatiert zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not loaded: Tandem never fetches remote content of a mail.</source>
        <translation>
            <numerusform>%n Bild nicht geladen: Tandem lädt nie entfernte Inhalte einer Mail.</numerusform>
            <numerusform>%n Bilder nicht geladen: Tandem lädt nie entfernte Inhalte einer Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Attach to Escalation</source>
        <translation>An Eskalation anhängen</translation>
    </message>
    <message>
        <source>Attach %1 to:</source>
        <translation>%1 anhängen an:</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address from the customer&apos;s mail in your browser?</source>
        <translation>Diese Adresse aus der Mail des Kunden im Browser öffnen?</translation>
    </message>
    <message>
        <source>Mail to %1 bounced (%2). Check the address with the customer before you reply.</source>
        <translation>Mail an %1 kam zurück (%2). Klären Sie die Adresse mit dem Kunden, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>Mail to %1 bounced (%2): %3. Check the address with the customer before you reply.</source>
        <translation>Mail an %1 kam zurück (%2): %3. Klären Sie die Adresse mit dem Kunden, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
</context>
<context>
    <name>tandem::ConversationRules</name>
    <message>
        <source>A closed conversation cannot be snoozed; reopen it first.</source>
        <translation>Eine geschlossene Konversation kann nicht zurückgestellt werden; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>Choose a time in the future to snooze until.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft, bis zu dem zurückgestellt wird.</translation>
    </message>
    <message>
        <source>The conversation is already closed.</source>
        <translation>Die Konversation ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>The conversation is open already.</source>
        <translation>Die Konversation ist bereits offen.</translation>
    </message>
</context>
<context>
    <name>tandem::ConversationService</name>
    <message>
        <source>This workspace is open read-only; conversations cannot be changed in it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; Konversationen können darin nicht geändert werden.</translation>
    </message>
    <message>
        <source>Someone else changed conversation #%1 in the meantime. Look at it again and retry.</source>
        <translation>Jemand anderes hat Konversation #%1 inzwischen geändert. Sehen Sie sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Choose the queue to list.</source>
        <translation>Wählen Sie die Warteschlange, die angezeigt werden soll.</translation>
    </message>
    <message>
        <source>Conversation #%1 is assigned to %2; only they or a team lead can do that.</source>
        <translation>Konversation #%1 ist %2 zugewiesen; nur diese Person oder die Teamleitung kann das tun.</translation>
    </message>
    <message>
        <source>A customer&apos;s message needs the address it came from.</source>
        <translation>Eine Kundennachricht braucht die Adresse, von der sie kam.</translation>
    </message>
    <message>
        <source>The message could not be recorded; try again.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Write the reply before sending it.</source>
        <translation>Schreiben Sie die Antwort, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Es gibt keine Konversation #%1.</translation>
    </message>
    <message>
        <source>Choose at least one conversation.</source>
        <translation>Wählen Sie mindestens eine Konversation.</translation>
    </message>
    <message>
        <source>Conversations can be assigned only to an active agent.</source>
        <translation>Konversationen können nur aktiven Mitarbeitenden zugewiesen werden.</translation>
    </message>
    <message>
        <source>Only a team lead assigns conversations to someone else; you can take them yourself.</source>
        <translation>Nur die Teamleitung weist Konversationen anderen zu; Sie können sie selbst übernehmen.</translation>
    </message>
    <message>
        <source>Conversation #%1 is assigned to %2; only a team lead can take it from them.</source>
        <translation>Konversation #%1 ist %2 zugewiesen; nur die Teamleitung kann sie ihr oder ihm abnehmen.</translation>
    </message>
    <message>
        <source>Conversation #%1: %2</source>
        <translation>Konversation #%1: %2</translation>
    </message>
    <message>
        <source>There is no queue #%1.</source>
        <translation>Es gibt keine Warteschlange #%1.</translation>
    </message>
    <message>
        <source>Write the tag first.</source>
        <translation>Schreiben Sie zuerst das Schlagwort.</translation>
    </message>
    <message>
        <source>Keep tags under %1 characters.</source>
        <translation>Schlagwörter dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Only a team lead sees every agent&apos;s load.</source>
        <translation>Nur eine Teamleitung sieht die Auslastung aller Mitarbeitenden.</translation>
    </message>
    <message>
        <source>Choose the agent whose conversations to list.</source>
        <translation>Wählen Sie die Person, deren Konversationen angezeigt werden sollen.</translation>
    </message>
    <message>
        <source>Only a team lead lists a colleague&apos;s conversations.</source>
        <translation>Nur eine Teamleitung sieht die Konversationen von Kolleginnen und Kollegen.</translation>
    </message>
    <message>
        <source>%1 took conversation #%2 a moment ago.</source>
        <translation>%1 hat Konversation #%2 gerade übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 replied</source>
        <translation>
            <numerusform>%1 hat geantwortet</numerusform>
            <numerusform>%1 haben geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer wrote again</source>
        <translation>der Kunde hat erneut geschrieben</translation>
    </message>
    <message>
        <source>Since you opened conversation #%1, %2. Review the new messages before you send, or send anyway.</source>
        <translation>Seit Sie Konversation #%1 geöffnet haben, gibt es Neues: %2. Sehen Sie sich die neuen Nachrichten an, bevor Sie senden, oder senden Sie trotzdem.</translation>
    </message>
    <message>
        <source>That template does not exist (any more).</source>
        <translation>Diese Vorlage existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Only a team lead chooses the survey a queue sends.</source>
        <translation>Nur eine Teamleitung wählt die Umfrage, die eine Warteschlange versendet.</translation>
    </message>
</context>
<context>
    <name>tandem::CorrectEntryDialog</name>
    <message>
        <source>Correct Entry</source>
        <translation>Eintrag korrigieren</translation>
    </message>
    <message>
        <source>%1 of %2. The entry stays on the timeline, marked as corrected; the correction takes its place, and the KPIs count only the correction.</source>
        <translation>%1 vom %2. Der Eintrag bleibt in der Zeitleiste, als korrigiert markiert; die Korrektur tritt an seine Stelle, und die KPIs zählen nur die Korrektur.</translation>
    </message>
    <message>
        <source>Type of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>Beschwerdegrund</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>Beschwerde&amp;grund:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Save &amp;Correction</source>
        <translation>Korrektur &amp;speichern</translation>
    </message>
</context>
<context>
    <name>tandem::CustomerEditDialog</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Servicestufe:</translation>
    </message>
    <message>
        <source>L&amp;ifecycle:</source>
        <translation>&amp;Lebenszyklus:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit trail under your name.</source>
        <translation>Änderungen werden unter Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>tandem::CustomerProfileService</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n Umfrageantwort</numerusform>
            <numerusform>%n Umfrageantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Nachfasstermin</numerusform>
            <numerusform>%n Nachfasstermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Es gibt nichts zu übertragen.</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Es gibt keinen Kunden #%1.</translation>
    </message>
    <message>
        <source>Give the customer a name.</source>
        <translation>Geben Sie dem Kunden einen Namen.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Bleiben Sie unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>Write it on one line.</source>
        <translation>Schreiben Sie es in eine Zeile.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address (name@example.com).</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>A phone number has digits and may have +, spaces, brackets, dashes and an extension (x12).</source>
        <translation>Eine Telefonnummer besteht aus Ziffern und kann +, Leerzeichen, Klammern, Bindestriche und eine Durchwahl (x12) enthalten.</translation>
    </message>
    <message>
        <source>A customer can have at most %1 tags.</source>
        <translation>Ein Kunde kann höchstens %1 Schlagwörter haben.</translation>
    </message>
    <message>
        <source>A tag is one short phrase of at most %1 characters, without commas.</source>
        <translation>Ein Schlagwort ist ein kurzer Begriff mit höchstens %1 Zeichen, ohne Kommas.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2; edit that customer instead.</source>
        <translation>%1 wurde mit Kunde #%2 zusammengeführt; bearbeiten Sie stattdessen diesen Kunden.</translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime. Look at the details again and retry.</source>
        <translation>Jemand anderes hat %1 inzwischen geändert. Sehen Sie sich die Details noch einmal an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>%1 was already merged into customer #%2.</source>
        <translation>%1 wurde bereits mit Kunde #%2 zusammengeführt.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2 itself; merge into that customer instead.</source>
        <translation>%1 wurde selbst mit Kunde #%2 zusammengeführt; führen Sie stattdessen mit diesem Kunden zusammen.</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into this customer</source>
        <translation>Das Duplikat %1 wurde mit diesem Kunden zusammengeführt</translation>
    </message>
    <message>
        <source>%1 merged %2 into %3. Moved: %4.</source>
        <translation>%1 hat %2 mit %3 zusammengeführt. Übertragen: %4.</translation>
    </message>
    <message>
        <source>%1 is not merged into another customer.</source>
        <translation>%1 ist mit keinem anderen Kunden zusammengeführt.</translation>
    </message>
    <message>
        <source>The audit trail has no record of how %1 was merged, so the merge cannot be undone here.</source>
        <translation>Das Prüfprotokoll enthält keinen Eintrag darüber, wie %1 zusammengeführt wurde; die Zusammenführung kann daher hier nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2 since; separate those two first.</source>
        <translation>%1 wurde inzwischen mit Kunde #%2 zusammengeführt; trennen Sie zuerst diese beiden.</translation>
    </message>
    <message>
        <source>Separated %1 from this customer again</source>
        <translation>%1 wurde wieder von diesem Kunden getrennt</translation>
    </message>
    <message>
        <source>%1 undid the merge of %2 into %3. Moved back: %4.</source>
        <translation>%1 hat die Zusammenführung von %2 mit %3 rückgängig gemacht. Zurückübertragen: %4.</translation>
    </message>
    <message>
        <source>Separated from %1 again</source>
        <translation>Wieder von %1 getrennt</translation>
    </message>
</context>
<context>
    <name>tandem::CustomerProfileWidget</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate…</source>
        <translation>Duplikat &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Separate…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Change the name, contact details, tier, lifecycle and tags</source>
        <translation>Name, Kontaktdaten, Servicestufe, Lebenszyklus und Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Move a duplicate record&apos;s history into this customer</source>
        <translation>Den Verlauf eines doppelten Datensatzes in diesen Kunden übernehmen</translation>
    </message>
    <message>
        <source>Undo the merge of a duplicate into this customer</source>
        <translation>Die Zusammenführung eines Duplikats mit diesem Kunden rückgängig machen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Einträge in der Zeitleiste</translation>
    </message>
    <message>
        <source>Latest CSAT</source>
        <translation>Letzter CSAT</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>Letzter NPS</translation>
    </message>
    <message>
        <source>Latest CES</source>
        <translation>Letzter CES</translation>
    </message>
    <message>
        <source>Open escalations</source>
        <translation>Offene Eskalationen</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Nachfasstermine</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>merged into customer #%1</source>
        <translation>zusammengeführt mit Kunde #%1</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <source>No refunds</source>
        <translation>Keine Erstattungen</translation>
    </message>
    <message>
        <source>First contact %1</source>
        <translation>Erster Kontakt %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>with support or waiting to be closed</source>
        <translation>beim Support oder wartet auf Abschluss</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Keine offen</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Keine überfällig</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>Merged into this customer: %1</source>
        <translation>Mit diesem Kunden zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Separate Customers</source>
        <translation>Kunden trennen</translation>
    </message>
    <message>
        <source>Move everything the merge brought from customer #%1 back to it, and list it again? Entries logged on %2 since stay with %2.</source>
        <translation>Alles, was die Zusammenführung von Kunde #%1 übernommen hat, dorthin zurückübertragen und den Kunden wieder in der Liste anzeigen? Einträge, die seitdem bei %2 erfasst wurden, bleiben bei %2.</translation>
    </message>
</context>
<context>
    <name>tandem::DemoDataWriter</name>
    <message>
        <source>Demo data needs at least one customer and no negative counts.</source>
        <translation>Demodaten erfordern mindestens einen Kunden und keine negativen Anzahlen.</translation>
    </message>
    <message>
        <source>The workspace already has customers; demo data goes only into an empty workspace.</source>
        <translation>Der Arbeitsbereich enthält bereits Kunden; Demodaten können nur in einen leeren Arbeitsbereich geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tandem::DesktopApp</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Desktop workstation for customer service and support.</source>
        <translation>Desktop-Arbeitsplatz für Kundenservice und Support.</translation>
    </message>
    <message>
        <source>Workspace file to open (default: %1).</source>
        <translation>Zu öffnende Arbeitsbereichsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Sign in as this agent (demo workspaces only).</source>
        <translation>Als dieser Mitarbeiter anmelden (nur in Demo-Arbeitsbereichen).</translation>
    </message>
    <message>
        <source>Render the window offscreen to this PNG file and exit.</source>
        <translation>Das Fenster ohne Bildschirmanzeige in diese PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Team Workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Opening the team workspace was cancelled.</source>
        <translation>Das Öffnen des Team-Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>With --screenshot: the view to show (%1).</source>
        <translation>Mit --screenshot: die anzuzeigende Ansicht (%1).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; known views: %2.</source>
        <translation>Unbekannte Ansicht „%1“; bekannte Ansichten: %2.</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (default: the theme chosen in View &gt; Theme; screenshots: system).</source>
        <translation>Farben für diesen Start: system, light oder dark (Standard: das unter Ansicht &gt; Farbschema gewählte; Bildschirmfotos: system).</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;; use system, light or dark.</source>
        <translation>Unbekannte Palette „%1“; verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Make one with &quot;tandemctl demo --workspace %1&quot;, or start Tandem without --workspace.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich. Legen Sie einen mit „tandemctl demo --workspace %1“ an oder starten Sie Tandem ohne --workspace.</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>There is no workspace at %1.

Create a new workspace there, with demo data to try Tandem on?</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.

Dort einen neuen Arbeitsbereich mit Demodaten zum Ausprobieren anlegen?</translation>
    </message>
    <message>
        <source>No workspace was created at %1.</source>
        <translation>Unter %1 wurde kein Arbeitsbereich angelegt.</translation>
    </message>
    <message>
        <source>Open the workspace only to read it; nothing is changed.</source>
        <translation>Den Arbeitsbereich nur zum Lesen öffnen; nichts wird geändert.</translation>
    </message>
</context>
<context>
    <name>tandem::DetailsPanel</name>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Servicestufe:</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Lebenszyklus:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Beschwerdegrund: %1</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Corrected: the correction above this entry on the timeline replaces it.</source>
        <translation>Korrigiert: Die Korrektur über diesem Eintrag in der Zeitleiste ersetzt ihn.</translation>
    </message>
    <message>
        <source>A correction: it replaces the entry below it on the timeline.</source>
        <translation>Eine Korrektur: Sie ersetzt den Eintrag unter ihr in der Zeitleiste.</translation>
    </message>
</context>
<context>
    <name>tandem::DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Der Ordner für Entwürfe %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot keep the draft: %1</source>
        <translation>Der Entwurf kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tandem::EmailConnector</name>
    <message>
        <source>The password of the mail account &quot;%1&quot; is missing; a team lead can set it again.</source>
        <translation>Das Passwort des E-Mail-Kontos „%1“ fehlt; eine Teamleitung kann es neu setzen.</translation>
    </message>
    <message>
        <source>The Sent folder could not be searched for this reply; it is sent later.</source>
        <translation>Der Ordner „Gesendet“ konnte nicht nach dieser Antwort durchsucht werden; sie wird später gesendet.</translation>
    </message>
    <message>
        <source>Tandem could not record in the workspace that this reply is being sent; it is sent later.</source>
        <translation>Tandem konnte im Arbeitsbereich nicht festhalten, dass diese Antwort gesendet wird; sie wird später gesendet.</translation>
    </message>
</context>
<context>
    <name>tandem::Enums</name>
    <message>
        <source>Service rep</source>
        <translation>Service-Mitarbeiter</translation>
    </message>
    <message>
        <source>Support specialist</source>
        <translation>Support-Spezialist</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-Service</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
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
        <translation>INI / Konfiguration</translation>
    </message>
    <message>
        <source>Shell session</source>
        <translation>Shell-Sitzung</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
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
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Needs info from rep</source>
        <translation>Rückfrage an Service-Mitarbeiter</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>S1 – critical</source>
        <translation>S1 – kritisch</translation>
    </message>
    <message>
        <source>S2 – major</source>
        <translation>S2 – schwerwiegend</translation>
    </message>
    <message>
        <source>S3 – minor</source>
        <translation>S3 – geringfügig</translation>
    </message>
    <message>
        <source>S4 – question</source>
        <translation>S4 – Frage</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Account access</source>
        <translation>Kontozugang</translation>
    </message>
    <message>
        <source>Data / billing system</source>
        <translation>Daten / Abrechnungssystem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
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
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Bearbeitung beginnen</translation>
    </message>
    <message>
        <source>Ask the rep</source>
        <translation>Service-Mitarbeiter fragen</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Auf Kunden warten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>Kunde hat geantwortet</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation>Informationen hinzufügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending on customer</source>
        <translation>Wartet auf Kundschaft</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationActionDialog</name>
    <message>
        <source>the rep</source>
        <translation>dem Mitarbeiter</translation>
    </message>
    <message>
        <source>Ask the Rep</source>
        <translation>Mitarbeiter fragen</translation>
    </message>
    <message>
        <source>Your &amp;question for %1, who escalated this:</source>
        <translation>Ihre &amp;Frage an %1, der dies eskaliert hat:</translation>
    </message>
    <message>
        <source>What you need to know or have, and why: a log, a version, what the customer sees</source>
        <translation>Was Sie wissen oder haben müssen, und warum: ein Protokoll, eine Version, was der Kunde sieht</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Write your question first.</source>
        <translation>Schreiben Sie zuerst Ihre Frage.</translation>
    </message>
    <message>
        <source>Wait on the Customer</source>
        <translation>Auf den Kunden warten</translation>
    </message>
    <message>
        <source>&amp;What are you waiting for from the customer?</source>
        <translation>&amp;Worauf warten Sie vom Kunden?</translation>
    </message>
    <message>
        <source>A test, a log, a reply; and what happens when it comes</source>
        <translation>Einen Test, ein Protokoll, eine Antwort; und was passiert, wenn es kommt</translation>
    </message>
    <message>
        <source>Wait on &amp;Customer</source>
        <translation>Auf &amp;Kunden warten</translation>
    </message>
    <message>
        <source>Say what you are waiting for first.</source>
        <translation>Sagen Sie zuerst, worauf Sie warten.</translation>
    </message>
    <message>
        <source>Resolve the Escalation</source>
        <translation>Eskalation lösen</translation>
    </message>
    <message>
        <source>The &amp;fix: what was wrong and how it was resolved</source>
        <translation>Die &amp;Lösung: was falsch war und wie es behoben wurde</translation>
    </message>
    <message>
        <source>For the team and the record: the cause, the fix, anything to watch</source>
        <translation>Für das Team und die Akte: die Ursache, die Lösung, worauf zu achten ist</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Describe the fix first.</source>
        <translation>Beschreiben Sie zuerst die Lösung.</translation>
    </message>
    <message>
        <source>Hand Back to the Rep</source>
        <translation>An den Mitarbeiter zurückgeben</translation>
    </message>
    <message>
        <source>The &amp;reason you hand it back to %1, and what to tell the customer:</source>
        <translation>Der &amp;Grund, warum Sie es an %1 zurückgeben, und was dem Kunden zu sagen ist:</translation>
    </message>
    <message>
        <source>Fixed, not a fault, or needs the customer: in words the customer understands</source>
        <translation>Behoben, kein Fehler oder braucht den Kunden: in Worten, die der Kunde versteht</translation>
    </message>
    <message>
        <source>&amp;Hand Back</source>
        <translation>&amp;Zurückgeben</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Schreiben Sie zuerst den Grund.</translation>
    </message>
    <message>
        <source>Reopen the Escalation</source>
        <translation>Eskalation wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>&amp;Warum wird sie wieder geöffnet?</translation>
    </message>
    <message>
        <source>What still fails, and since when</source>
        <translation>Was noch fehlschlägt, und seit wann</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Say why it is reopened first.</source>
        <translation>Sagen Sie zuerst, warum sie wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>Change the Severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <source>&amp;Why does the severity change?</source>
        <translation>&amp;Warum ändert sich der Schweregrad?</translation>
    </message>
    <message>
        <source>What changed: more customers affected, a workaround found, …</source>
        <translation>Was sich geändert hat: mehr Kunden betroffen, eine Umgehung gefunden, …</translation>
    </message>
    <message>
        <source>&amp;Change Severity</source>
        <translation>Schweregrad ä&amp;ndern</translation>
    </message>
    <message>
        <source>Say why first.</source>
        <translation>Sagen Sie zuerst, warum.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Write a note first.</source>
        <translation>Schreiben Sie zuerst eine Notiz.</translation>
    </message>
    <message>
        <source>Support has not asked the rep anything yet.</source>
        <translation>Der Support hat den Mitarbeiter noch nichts gefragt.</translation>
    </message>
    <message>
        <source>%1 asked on %2:</source>
        <translation>%1 fragte am %2:</translation>
    </message>
    <message>
        <source>%1 answered on %2:</source>
        <translation>%1 antwortete am %2:</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>%1 — Escalation #%2</source>
        <translation>%1 — Eskalation #%2</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Escalated:</source>
        <translation>Eskaliert:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Ctrl+Return takes the step.</source>
        <translation>Strg+Eingabe führt den Schritt aus.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation>%1 (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close; what you wrote is kept for next time</source>
        <translation>Schließen; was Sie geschrieben haben, bleibt für das nächste Mal erhalten</translation>
    </message>
    <message>
        <source>Latest exchange with the rep</source>
        <translation>Letzter Austausch mit dem Mitarbeiter</translation>
    </message>
    <message>
        <source>The pasted text was not added: the note would have %1 characters, %2 at most. Attach long logs to the escalation instead.</source>
        <translation>Der eingefügte Text wurde nicht übernommen: Die Notiz hätte %1 Zeichen, höchstens %2. Hängen Sie lange Protokolle stattdessen an die Eskalation an.</translation>
    </message>
    <message>
        <source>What you wrote last time is back; nothing was sent yet.</source>
        <translation>Was Sie beim letzten Mal geschrieben haben, ist wieder da; noch wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
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
        <translation>Was hätte passieren sollen</translation>
    </message>
    <message>
        <source>What happened instead, in the customer&apos;s words if possible</source>
        <translation>Was stattdessen passiert ist, möglichst in den Worten des Kunden</translation>
    </message>
    <message>
        <source>What you or the customer already tried, so nobody asks again</source>
        <translation>Was Sie oder der Kunde bereits versucht haben, damit niemand erneut danach fragt</translation>
    </message>
    <message>
        <source>Escalate to Support</source>
        <translation>An den Support eskalieren</translation>
    </message>
    <message>
        <source>One line: what is broken for the customer</source>
        <translation>Eine Zeile: Was funktioniert für den Kunden nicht</translation>
    </message>
    <message>
        <source>Product version, operating system, browser, network…</source>
        <translation>Produktversion, Betriebssystem, Browser, Netzwerk…</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;teps to reproduce:</source>
        <translation>Schritte zur &amp;Reproduktion:</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Er&amp;wartet:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Was &amp;ist passiert:</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Already t&amp;ried:</source>
        <translation>Bereits &amp;versucht:</translation>
    </message>
    <message>
        <source>Timeline entries handed over</source>
        <translation>Übergebene Einträge aus der Zeitleiste</translation>
    </message>
    <message>
        <source>From the timeline</source>
        <translation>Aus der Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Escalating for %1</source>
        <translation>Eskalation für %1</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>This customer already has an open escalation: %1</source>
        <translation>Für diesen Kunden gibt es bereits eine offene Eskalation: %1</translation>
    </message>
    <message numerus="yes">
        <source>This customer already has %n open escalation(s):</source>
        <translation>
            <numerusform>Für diesen Kunden gibt es bereits %n offene Eskalation:</numerusform>
            <numerusform>Für diesen Kunden gibt es bereits %n offene Eskalationen:</numerusform>
        </translation>
    </message>
    <message>
        <source>If it is the same problem, add what you have to it instead of escalating again.</source>
        <translation>Wenn es dasselbe Problem ist, fügen Sie Ihre Angaben dort hinzu, statt erneut zu eskalieren.</translation>
    </message>
    <message>
        <source>&amp;Add to #%1 instead</source>
        <translation>Stattdessen &amp;zu #%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add to #%1 instead</source>
        <translation>Stattdessen zu #%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add what you typed and attached to escalation #%1 instead of escalating again</source>
        <translation>Das Eingegebene und die Anhänge zu Eskalation #%1 hinzufügen, statt erneut zu eskalieren</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationLine</name>
    <message>
        <source>not claimed yet</source>
        <translation>noch nicht übernommen</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation>#%1 %2 (%3, %4)</translation>
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
        <translation>Warteschlange öffnen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Der Support</translation>
    </message>
    <message>
        <source>Escalation #%1 needs information from you</source>
        <translation>Eskalation #%1 braucht Informationen von Ihnen</translation>
    </message>
    <message>
        <source>Escalation #%1 was handed back to you</source>
        <translation>Eskalation #%1 wurde an Sie zurückgegeben</translation>
    </message>
    <message>
        <source>%1 has a question about “%2” for %3. Support waits for your answer.</source>
        <translation>%1 hat eine Frage zu „%2“ für %3. Der Support wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>%1 handed “%2” back: tell %3 what was found, then close it.</source>
        <translation>%1 hat „%2“ zurückgegeben: Sagen Sie %3, was herausgefunden wurde, und schließen Sie die Eskalation dann.</translation>
    </message>
    <message>
        <source>Open Escalation #%1</source>
        <translation>Eskalation #%1 öffnen</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationQueueDelegate</name>
    <message>
        <source>unclaimed</source>
        <translation>nicht übernommen</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationQueueModel</name>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationService</name>
    <message>
        <source>Write the question for the rep.</source>
        <translation>Schreiben Sie die Frage an den Service-Mitarbeiter.</translation>
    </message>
    <message>
        <source>Say what you are waiting for from the customer.</source>
        <translation>Geben Sie an, worauf Sie beim Kunden warten.</translation>
    </message>
    <message>
        <source>Write the answer for the specialist.</source>
        <translation>Schreiben Sie die Antwort für den Support-Spezialisten.</translation>
    </message>
    <message>
        <source>Describe how the problem was resolved.</source>
        <translation>Beschreiben Sie, wie das Problem gelöst wurde.</translation>
    </message>
    <message>
        <source>Write what the rep should tell the customer.</source>
        <translation>Schreiben Sie, was der Service-Mitarbeiter dem Kunden mitteilen soll.</translation>
    </message>
    <message>
        <source>Say why the escalation is reopened.</source>
        <translation>Geben Sie an, warum die Eskalation wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>Say why the severity changes.</source>
        <translation>Geben Sie an, warum sich der Schweregrad ändert.</translation>
    </message>
    <message>
        <source>Add a note.</source>
        <translation>Fügen Sie eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>Escalated to support (#%1): %2</source>
        <translation>An den Support eskaliert (#%1): %2</translation>
    </message>
    <message>
        <source>Escalation #%1 claimed by %2</source>
        <translation>Eskalation #%1 von %2 übernommen</translation>
    </message>
    <message>
        <source>Support is working on escalation #%1</source>
        <translation>Der Support bearbeitet Eskalation #%1</translation>
    </message>
    <message>
        <source>Support needs information from the rep (escalation #%1)</source>
        <translation>Der Support benötigt Informationen vom Service-Mitarbeiter (Eskalation #%1)</translation>
    </message>
    <message>
        <source>Support is waiting on the customer (escalation #%1)</source>
        <translation>Der Support wartet auf den Kunden (Eskalation #%1)</translation>
    </message>
    <message>
        <source>The rep answered support (escalation #%1)</source>
        <translation>Der Service-Mitarbeiter hat dem Support geantwortet (Eskalation #%1)</translation>
    </message>
    <message>
        <source>The customer replied (escalation #%1)</source>
        <translation>Der Kunde hat geantwortet (Eskalation #%1)</translation>
    </message>
    <message>
        <source>Escalation #%1 resolved</source>
        <translation>Eskalation #%1 gelöst</translation>
    </message>
    <message>
        <source>Escalation #%1 handed back to the rep</source>
        <translation>Eskalation #%1 an den Service-Mitarbeiter zurückgegeben</translation>
    </message>
    <message>
        <source>Escalation #%1 closed</source>
        <translation>Eskalation #%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Escalation #%1 reopened</source>
        <translation>Eskalation #%1 wieder geöffnet</translation>
    </message>
    <message>
        <source>Escalation #%1 reassigned to %2</source>
        <translation>Eskalation #%1 an %2 neu zugewiesen</translation>
    </message>
    <message>
        <source>Escalation #%1 is now %2</source>
        <translation>Eskalation #%1 hat jetzt den Schweregrad %2</translation>
    </message>
    <message>
        <source>Choose the customer the problem is about.</source>
        <translation>Wählen Sie den Kunden aus, den das Problem betrifft.</translation>
    </message>
    <message>
        <source>Entry #%1 is not on %2&apos;s timeline.</source>
        <translation>Eintrag #%1 steht nicht in der Zeitleiste von %2.</translation>
    </message>
    <message>
        <source>Write a one-line summary of the problem.</source>
        <translation>Fassen Sie das Problem in einer Zeile zusammen.</translation>
    </message>
    <message>
        <source>Keep the summary under %1 characters; the details go below.</source>
        <translation>Halten Sie die Zusammenfassung unter %1 Zeichen; die Details gehören in die Felder darunter.</translation>
    </message>
    <message>
        <source>Write down the steps that lead to the problem.</source>
        <translation>Schreiben Sie die Schritte auf, die zu dem Problem führen.</translation>
    </message>
    <message>
        <source>Say what the customer expected to happen.</source>
        <translation>Geben Sie an, was der Kunde erwartet hat.</translation>
    </message>
    <message>
        <source>Say what happened instead.</source>
        <translation>Geben Sie an, was stattdessen passiert ist.</translation>
    </message>
    <message>
        <source>Say what was already tried, so nobody asks the customer to do it again.</source>
        <translation>Geben Sie an, was bereits versucht wurde, damit niemand den Kunden bittet, es noch einmal zu tun.</translation>
    </message>
    <message>
        <source>A hand-off takes at most %1 attachments.</source>
        <translation>Eine Übergabe kann höchstens %1 Anhänge enthalten.</translation>
    </message>
    <message>
        <source>Every attachment needs a name.</source>
        <translation>Jeder Anhang braucht einen Namen.</translation>
    </message>
    <message>
        <source>The attachment “%1” is empty.</source>
        <translation>Der Anhang „%1“ ist leer.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Expected: %4
Actual: %5</source>
        <translation>%1 · %2 · %3

Erwartet: %4
Tatsächlich: %5</translation>
    </message>
    <message>
        <source>There is no escalation #%1.</source>
        <translation>Es gibt keine Eskalation #%1.</translation>
    </message>
    <message>
        <source>Choose who gets the escalation.</source>
        <translation>Wählen Sie aus, wer die Eskalation erhält.</translation>
    </message>
    <message>
        <source>An escalation can go only to an active support specialist or team lead.</source>
        <translation>Eine Eskalation kann nur an einen aktiven Support-Spezialisten oder eine aktive Teamleitung gehen.</translation>
    </message>
    <message>
        <source>The escalation is already assigned to %1.</source>
        <translation>Die Eskalation ist bereits %1 zugewiesen.</translation>
    </message>
    <message>
        <source>Choose the new severity.</source>
        <translation>Wählen Sie den neuen Schweregrad.</translation>
    </message>
    <message>
        <source>The escalation already has the severity %1.</source>
        <translation>Die Eskalation hat bereits den Schweregrad %1.</translation>
    </message>
    <message>
        <source>You have already claimed escalation #%1.</source>
        <translation>Sie haben Eskalation #%1 bereits übernommen.</translation>
    </message>
    <message>
        <source>Escalation #%1 was already claimed by %2.</source>
        <translation>Eskalation #%1 wurde bereits von %2 übernommen.</translation>
    </message>
    <message>
        <source>Someone else changed escalation #%1 in the meantime (it is now “%2”). Look at it again and retry.</source>
        <translation>Jemand anderes hat Eskalation #%1 inzwischen geändert (sie ist jetzt „%2“). Sehen Sie sie sich noch einmal an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The support queue is for support specialists and team leads.</source>
        <translation>Die Support-Warteschlange ist Support-Spezialisten und Teamleitungen vorbehalten.</translation>
    </message>
    <message>
        <source>Escalation #%1 was closed in the meantime; there is nothing to claim.</source>
        <translation>Eskalation #%1 wurde inzwischen geschlossen; es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>The attachment “%1” is longer than %2 of text.</source>
        <translation>Der Anhang „%1“ ist länger als %2 Text.</translation>
    </message>
    <message>
        <source>Write what you are adding for the specialist.</source>
        <translation>Schreiben Sie, was Sie für den Support-Spezialisten ergänzen.</translation>
    </message>
    <message>
        <source>%1 added information to escalation #%2</source>
        <translation>%1 hat Informationen zu Eskalation #%2 hinzugefügt</translation>
    </message>
    <message>
        <source>Conversation #%1 is not with %2.</source>
        <translation>Die Konversation #%1 ist nicht mit %2.</translation>
    </message>
</context>
<context>
    <name>tandem::EscalationStateMachine</name>
    <message>
        <source>This issue has not been escalated yet.</source>
        <translation>Dieses Problem wurde noch nicht eskaliert.</translation>
    </message>
    <message>
        <source>Support specialists take escalations; a service rep or a team lead escalates.</source>
        <translation>Support-Spezialisten übernehmen Eskalationen; eskaliert wird von Service-Mitarbeitern oder Teamleitungen.</translation>
    </message>
    <message>
        <source>This issue is already escalated.</source>
        <translation>Dieses Problem ist bereits eskaliert.</translation>
    </message>
    <message>
        <source>Only support specialists and team leads work on escalations.</source>
        <translation>Nur Support-Spezialisten und Teamleitungen bearbeiten Eskalationen.</translation>
    </message>
    <message>
        <source>Only a team lead can reassign an escalation.</source>
        <translation>Nur eine Teamleitung kann eine Eskalation neu zuweisen.</translation>
    </message>
    <message>
        <source>Only a team lead can change the severity of an escalation.</source>
        <translation>Nur eine Teamleitung kann den Schweregrad einer Eskalation ändern.</translation>
    </message>
    <message>
        <source>This escalation has already been claimed.</source>
        <translation>Diese Eskalation wurde bereits übernommen.</translation>
    </message>
    <message>
        <source>“%1” is not possible while the escalation is “%2”.</source>
        <translation>„%1“ ist nicht möglich, solange die Eskalation „%2“ ist.</translation>
    </message>
    <message>
        <source>Only the specialist this escalation is assigned to can do that; a team lead can reassign it.</source>
        <translation>Das kann nur der Support-Spezialist, dem diese Eskalation zugewiesen ist; eine Teamleitung kann sie neu zuweisen.</translation>
    </message>
    <message>
        <source>Only the rep who escalated this, or a team lead, can do that.</source>
        <translation>Das kann nur der Service-Mitarbeiter, der dies eskaliert hat, oder eine Teamleitung.</translation>
    </message>
    <message>
        <source>Only the rep who escalated this, its specialist or a team lead can do that.</source>
        <translation>Das kann nur der Service-Mitarbeiter, der dies eskaliert hat, der zuständige Support-Spezialist oder eine Teamleitung.</translation>
    </message>
    <message>
        <source>This escalation is closed; there is nothing to claim.</source>
        <translation>Diese Eskalation ist geschlossen; es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>A service rep or a team lead adds information to an escalation; support works on it.</source>
        <translation>Informationen zu einer Eskalation fügen Service-Mitarbeiter oder Teamleitungen hinzu; der Support bearbeitet sie.</translation>
    </message>
    <message>
        <source>This escalation is already “%1”; escalate the problem again if it is still there.</source>
        <translation>Diese Eskalation ist bereits „%1“; eskalieren Sie das Problem erneut, wenn es weiter besteht.</translation>
    </message>
</context>
<context>
    <name>tandem::FileSecretStore</name>
    <message>
        <source>the credentials file %1</source>
        <translation>die Zugangsdatendatei %1</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read by others; make it readable by its owner only (chmod 600).</source>
        <translation>Die Zugangsdatendatei %1 ist für andere lesbar; machen Sie sie nur für ihren Eigentümer lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>The credentials file %1 could not be read: %2</source>
        <translation>Die Zugangsdatendatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: %2</source>
        <translation>Die Zugangsdatendatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 could not be written: %2</source>
        <translation>Die Zugangsdatendatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tandem::FirstLeadDialog</name>
    <message>
        <source>Set Up the Workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no accounts yet. Create the first team lead&apos;s account; the lead then adds the rest of the team under Accounts.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat noch keine Konten. Legen Sie das Konto der ersten Teamleitung an; die Teamleitung fügt dann unter „Konten“ den Rest des Teams hinzu.</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>Konto er&amp;stellen</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>Follow Up with %1</source>
        <translation>Nachfassen bei %1</translation>
    </message>
    <message>
        <source>When should you get back to %1?</source>
        <translation>Wann möchten Sie sich wieder bei %1 melden?</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Fälligkeitsdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>What to follow up on, e.g. “Check the replacement arrived”</source>
        <translation>Worum es beim Nachfassen geht, z. B. „Prüfen, ob der Ersatz angekommen ist“</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Due %1. It shows in your follow-ups and on the customer&apos;s timeline.</source>
        <translation>Fällig %1. Der Termin erscheint in Ihren Nachfassterminen und in der Zeitleiste des Kunden.</translation>
    </message>
    <message>
        <source>Next working &amp;day</source>
        <translation>Nächster &amp;Arbeitstag</translation>
    </message>
    <message>
        <source>In &amp;3 working days</source>
        <translation>In &amp;3 Arbeitstagen</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpListDelegate</name>
    <message>
        <source>Overdue · %1</source>
        <translation>Überfällig · %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpService</name>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Es gibt keinen Kunden #%1.</translation>
    </message>
    <message>
        <source>%1 was merged into customer #%2; schedule the follow-up there.</source>
        <translation>%1 wurde mit Kunde #%2 zusammengeführt; planen Sie das Nachfassen dort.</translation>
    </message>
    <message>
        <source>Choose a time in the future for the follow-up.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft für das Nachfassen.</translation>
    </message>
    <message>
        <source>Choose a time within the next five years for the follow-up.</source>
        <translation>Wählen Sie einen Zeitpunkt innerhalb der nächsten fünf Jahre für das Nachfassen.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>Halten Sie die Notiz unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1 by %2</source>
        <translation>Nachfassen für %1 geplant von %2</translation>
    </message>
    <message>
        <source>There is no follow-up #%1.</source>
        <translation>Es gibt keinen Nachfasstermin #%1.</translation>
    </message>
    <message>
        <source>This follow-up belongs to %1; only they or a team lead can complete it.</source>
        <translation>Dieser Nachfasstermin gehört %1; nur diese Person oder eine Teamleitung kann ihn erledigen.</translation>
    </message>
    <message>
        <source>This follow-up was already completed.</source>
        <translation>Dieser Nachfasstermin wurde bereits erledigt.</translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearchWidget</name>
    <message>
        <source>Search every customer&apos;s interactions</source>
        <translation>In den Interaktionen aller Kunden suchen</translation>
    </message>
    <message>
        <source>Search all interactions</source>
        <translation>Alle Interaktionen durchsuchen</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Reihenfolge der Ergebnisse</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type words to find them in every customer&apos;s timeline.</source>
        <translation>Geben Sie Wörter ein, um sie in den Zeitleisten aller Kunden zu finden.</translation>
    </message>
    <message>
        <source>No interaction holds all of these words.</source>
        <translation>Keine Interaktion enthält alle diese Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es); scroll down for more.</source>
        <translation>
            <numerusform>%n Treffer geladen; scrollen Sie nach unten, um weitere zu sehen.</numerusform>
            <numerusform>%n Treffer geladen; scrollen Sie nach unten, um weitere zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::HandoffCard</name>
    <message>
        <source>Select an escalation to see its hand-off.</source>
        <translation>Wählen Sie eine Eskalation aus, um ihre Übergabe zu sehen.</translation>
    </message>
    <message>
        <source>Hand-off card</source>
        <translation>Übergabekarte</translation>
    </message>
    <message>
        <source>Escalation #%1 could not be found.</source>
        <translation>Eskalation #%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2</source>
        <translation>Eskaliert von %1 am %2</translation>
    </message>
    <message>
        <source> · not claimed yet</source>
        <translation> · noch nicht übernommen</translation>
    </message>
    <message>
        <source> · with %1</source>
        <translation> · bei %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 tier · %2</source>
        <translation>Servicestufe %1 · %2</translation>
    </message>
    <message>
        <source>What the rep collected</source>
        <translation>Was der Service-Mitarbeiter gesammelt hat</translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation>Schritte zur Reproduktion:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Already tried:</source>
        <translation>Bereits versucht:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>For the customer:</source>
        <translation>Für den Kunden:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>Picked from the timeline</source>
        <translation>Aus der Zeitleiste ausgewählt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Recent timeline</source>
        <translation>Aktuelle Zeitleiste</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Verwandt: %1</translation>
    </message>
    <message>
        <source>Text of “%1”</source>
        <translation>Text von „%1“</translation>
    </message>
    <message>
        <source>Files from the customer&apos;s mail</source>
        <translation>Dateien aus der Mail des Kunden</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>%1 ansehen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>%1 speichern unter</translation>
    </message>
</context>
<context>
    <name>tandem::HtmlSanitizer</name>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>[link removed: %1]</source>
        <translation>[Link entfernt: %1]</translation>
    </message>
    <message>
        <source>[image from %1 not loaded]</source>
        <translation>[Bild von %1 nicht geladen]</translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation>[Bild nicht gezeigt: %1]</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[Bild nicht gezeigt]</translation>
    </message>
    <message>
        <source>The rest of this message is too long to show formatted; the plain text view has all of it.</source>
        <translation>Der Rest dieser Nachricht ist zu lang, um ihn formatiert zu zeigen; die Textansicht enthält alles.</translation>
    </message>
</context>
<context>
    <name>tandem::ImapConnection</name>
    <message>
        <source>The %1 server&apos;s name %2 was not found (DNS): %3</source>
        <translation>Der Name %2 des %1-Servers wurde nicht gefunden (DNS): %3</translation>
    </message>
    <message>
        <source>The %1 server %2 refused the connection: nothing listens on that port.</source>
        <translation>Der %1-Server %2 hat die Verbindung abgelehnt: An diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>The %1 server %2 could not be reached: %3</source>
        <translation>Der %1-Server %2 war nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate made for another name, not for %3.</source>
        <translation>Der %1-Server %2 hat ein TLS-Zertifikat für einen anderen Namen vorgelegt, nicht für %3.</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate made for another name (%3), not for %4.</source>
        <translation>Der %1-Server %2 hat ein TLS-Zertifikat für einen anderen Namen (%3) vorgelegt, nicht für %4.</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate from an unknown issuer: %3. For a self-hosted server, give its certificate authority&apos;s file.</source>
        <translation>Der %1-Server %2 hat ein TLS-Zertifikat eines unbekannten Ausstellers vorgelegt: %3. Geben Sie für einen selbst betriebenen Server die Datei seiner Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate that was refused: %3</source>
        <translation>Der %1-Server %2 hat ein TLS-Zertifikat vorgelegt, das abgelehnt wurde: %3</translation>
    </message>
    <message>
        <source>The %1 server %2 presented a TLS certificate that is not trusted for this host name.</source>
        <translation>Der %1-Server %2 hat ein TLS-Zertifikat vorgelegt, dem für diesen Hostnamen nicht vertraut wird.</translation>
    </message>
    <message>
        <source>The IMAP server %1 closed the connection before the login: %2</source>
        <translation>Der IMAP-Server %1 hat die Verbindung vor der Anmeldung geschlossen: %2</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the login &quot;%2&quot; with this password: %3</source>
        <translation>Der IMAP-Server %1 hat die Anmeldung „%2“ mit diesem Passwort abgelehnt: %3</translation>
    </message>
    <message>
        <source>The IMAP server %1 could not open the folder &quot;%2&quot;: %3</source>
        <translation>Der IMAP-Server %1 konnte den Ordner „%2“ nicht öffnen: %3</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not store the copy in &quot;%2&quot;: %3</source>
        <translation>Der IMAP-Server %1 hat die Kopie nicht in „%2“ abgelegt: %3</translation>
    </message>
    <message>
        <source>The IMAP server %1 did not change the flags of a message: %2</source>
        <translation>Der IMAP-Server %1 hat die Markierungen einer Nachricht nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>tandem::InboxDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>tandem::InboxModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>waiting since %1</source>
        <translation>wartet seit %1</translation>
    </message>
</context>
<context>
    <name>tandem::InboxWidget</name>
    <message>
        <source>Inbox folders</source>
        <translation>Posteingangsordner</translation>
    </message>
    <message>
        <source>Waiting longest first</source>
        <translation>Am längsten wartend zuerst</translation>
    </message>
    <message>
        <source>Reply due first</source>
        <translation>Fällige Antwort zuerst</translation>
    </message>
    <message>
        <source>Order of the conversations</source>
        <translation>Reihenfolge der Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Reply queued to be sent.</source>
        <translation>Antwort zum Senden eingereiht.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Assign to Me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Zuweisung aufgehoben.</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Next Working Day</source>
        <translation>Bis zum nächsten &amp;Arbeitstag zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Wieder geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort…</translation>
    </message>
    <message>
        <source>Mark &amp;Urgent</source>
        <translation>Als &amp;dringend markieren</translation>
    </message>
    <message>
        <source>Marked urgent.</source>
        <translation>Als dringend markiert.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n conversation(s))</source>
        <translation>
            <numerusform>%1 (%n Unterhaltung)</numerusform>
            <numerusform>%1 (%n Unterhaltungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Zurückgestellt bis %1.</translation>
    </message>
    <message>
        <source>Tag Conversations</source>
        <translation>Unterhaltungen verschlagworten</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Tagged #%1.</source>
        <translation>Mit #%1 verschlagwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n Unterhaltung</numerusform>
            <numerusform>%1: %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;To…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Team load</source>
        <translation>Auslastung im Team</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n overdue)</source>
        <translation>
            <numerusform>%1 (%2, %n überfällig)</numerusform>
            <numerusform>%1 (%2, %n überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active conversation(s), %2 waiting for an answer, %3 overdue</source>
        <translation>
            <numerusform>%1: %n aktive Konversation, %2 warten auf Antwort, %3 überfällig</numerusform>
            <numerusform>%1: %n aktive Konversationen, %2 warten auf Antwort, %3 überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Conversations</source>
        <translation>Konversationen zuweisen</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 zugewiesen.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>&amp;Escalate to Support…</source>
        <translation>An den Support &amp;eskalieren…</translation>
    </message>
</context>
<context>
    <name>tandem::KbSiteFolder</name>
    <message>
        <source>%1 is a file; the site needs a folder of its own.</source>
        <translation>%1 ist eine Datei; die Seite braucht einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1 holds other files; choose an empty folder or one Tandem published the site to before (Tandem replaces what is in it).</source>
        <translation>%1 enthält andere Dateien; wählen Sie einen leeren Ordner oder einen, in den Tandem die Seite schon einmal veröffentlicht hat (Tandem ersetzt seinen Inhalt).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Nothing can be written in %1: %2</source>
        <translation>In %1 kann nichts geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The old site in %1 cannot be moved aside; is a program using it?</source>
        <translation>Die alte Seite in %1 kann nicht beiseitegelegt werden; benutzt ein Programm sie?</translation>
    </message>
    <message>
        <source>The new site cannot be put in %1.</source>
        <translation>Die neue Seite kann nicht nach %1 gelegt werden.</translation>
    </message>
</context>
<context>
    <name>tandem::KbSitePublishing</name>
    <message>
        <source>Folder for the Help Site (empty, or one published to before)</source>
        <translation>Ordner für die Hilfeseite (leer oder schon einmal dafür verwendet)</translation>
    </message>
    <message>
        <source>Publish Help Site</source>
        <translation>Hilfeseite veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>The help site with %n article(s) is in %1. Copy the folder to your web host, or open index.html.</source>
        <translation>
            <numerusform>Die Hilfeseite mit %n Artikel liegt in %1. Kopieren Sie den Ordner auf Ihren Webserver oder öffnen Sie index.html.</numerusform>
            <numerusform>Die Hilfeseite mit %n Artikeln liegt in %1. Kopieren Sie den Ordner auf Ihren Webserver oder öffnen Sie index.html.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>tandem::KbSiteService</name>
    <message>
        <source>The program&apos;s copy of %1 is missing; reinstall Tandem.</source>
        <translation>Die Kopie von %1 im Programm fehlt; installieren Sie Tandem neu.</translation>
    </message>
    <message numerus="yes">
        <source>The company name is longer than %n character(s).</source>
        <translation>
            <numerusform>Der Firmenname ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Firmenname ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brand colour must be a colour such as #1f4e79.</source>
        <translation>Die Markenfarbe muss eine Farbe wie #1f4e79 sein.</translation>
    </message>
    <message>
        <source>The site&apos;s address must be a web address such as https://help.example.com/.</source>
        <translation>Die Adresse der Seite muss eine Webadresse wie https://help.example.com/ sein.</translation>
    </message>
    <message>
        <source>Only team leads can change the self-service site&apos;s settings.</source>
        <translation>Nur Teamleitungen können die Einstellungen der Self-Service-Seite ändern.</translation>
    </message>
    <message>
        <source>Only team leads and support specialists can publish the self-service site.</source>
        <translation>Nur Teamleitungen und Support-Spezialisten können die Self-Service-Seite veröffentlichen.</translation>
    </message>
    <message>
        <source>Choose the folder the site goes into.</source>
        <translation>Wählen Sie den Ordner für die Seite.</translation>
    </message>
</context>
<context>
    <name>tandem::KeychainSecretStore</name>
    <message>
        <source>the keyring</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>tandem::KnowledgeBaseWidget</name>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Artikel suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Search Articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Which articles</source>
        <translation>Welche Artikel</translation>
    </message>
    <message>
        <source>Published and drafts</source>
        <translation>Veröffentlicht und Entwürfe</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Drafts and suggested changes</source>
        <translation>Entwürfe und vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Meine Entwürfe</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Einen neuen Artikel schreiben</translation>
    </message>
    <message>
        <source>Suggest a new article; a team lead or specialist publishes it</source>
        <translation>Einen neuen Artikel vorschlagen; eine Teamleitung oder ein Spezialist veröffentlicht ihn</translation>
    </message>
    <message>
        <source>Every published version, with who wrote it; revert to an earlier one</source>
        <translation>Jede veröffentlichte Version mit Autor; auf eine frühere zurücksetzen</translation>
    </message>
    <message>
        <source>Confirm that the article is still right; its review clock starts again</source>
        <translation>Bestätigen, dass der Artikel noch stimmt; die Prüffrist beginnt neu</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Kein Artikel passt.</translation>
    </message>
    <message>
        <source>Choose an article.</source>
        <translation>Wählen Sie einen Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested change(s) wait to be published:</source>
        <translation>
            <numerusform>%n vorgeschlagene Änderung wartet auf Veröffentlichung:</numerusform>
            <numerusform>%n vorgeschlagene Änderungen warten auf Veröffentlichung:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Suggest an Edit</source>
        <translation>Änderung &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Change the article</source>
        <translation>Den Artikel ändern</translation>
    </message>
    <message>
        <source>Suggest a change; a team lead or specialist publishes it</source>
        <translation>Eine Änderung vorschlagen; eine Teamleitung oder ein Spezialist veröffentlicht sie</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Take the article off every list and the self-service site</source>
        <translation>Den Artikel aus allen Listen und von der Self-Service-Seite nehmen</translation>
    </message>
    <message>
        <source>Withdraw your draft</source>
        <translation>Ihren Entwurf zurückziehen</translation>
    </message>
    <message>
        <source>An archived article cannot be changed.</source>
        <translation>Ein archivierter Artikel kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Service reps can change only their own drafts.</source>
        <translation>Service-Mitarbeiter können nur ihre eigenen Entwürfe ändern.</translation>
    </message>
    <message>
        <source>The draft is saved; publish it when it is ready.</source>
        <translation>Der Entwurf ist gespeichert; veröffentlichen Sie ihn, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Your draft is saved; a team lead or specialist publishes it.</source>
        <translation>Ihr Entwurf ist gespeichert; eine Teamleitung oder ein Spezialist veröffentlicht ihn.</translation>
    </message>
    <message>
        <source>The change is saved as a draft; the article reads as before until it is published.</source>
        <translation>Die Änderung ist als Entwurf gespeichert; der Artikel bleibt, wie er war, bis sie veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Your change is saved; a team lead or specialist publishes it.</source>
        <translation>Ihre Änderung ist gespeichert; eine Teamleitung oder ein Spezialist veröffentlicht sie.</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Der Entwurf ist gespeichert.</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>Version %1 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>„%1“ ist archiviert.</translation>
    </message>
    <message>
        <source>Your draft “%1” is withdrawn.</source>
        <translation>Ihr Entwurf „%1“ ist zurückgezogen.</translation>
    </message>
    <message>
        <source>Confirmed as checked; the draft can be published.</source>
        <translation>Als geprüft bestätigt; der Entwurf kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Marked as reviewed today.</source>
        <translation>Heute als geprüft markiert.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the article back: published again if it was published, otherwise a draft</source>
        <translation>Den Artikel zurückholen: wieder veröffentlicht, wenn er veröffentlicht war, sonst als Entwurf</translation>
    </message>
    <message>
        <source>“%1” is published again.</source>
        <translation>„%1“ ist wieder veröffentlicht.</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>„%1“ ist wieder ein Entwurf.</translation>
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
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Eskalationsrate</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Wiedereröffnungsrate</translation>
    </message>
    <message>
        <source>Referral requests sent</source>
        <translation>Gesendete Empfehlungsanfragen</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Erhaltene Empfehlungen</translation>
    </message>
    <message>
        <source>Share of satisfaction answers (1-5) that are 4 or 5.</source>
        <translation>Anteil der Zufriedenheitsantworten (1–5), die 4 oder 5 lauten.</translation>
    </message>
    <message>
        <source>Net Promoter Score: % of promoters (9-10) minus % of detractors (0-6) among answers on the 0-10 scale.</source>
        <translation>Net Promoter Score: % Promotoren (9–10) minus % Kritiker (0–6) unter den Antworten auf der Skala von 0 bis 10.</translation>
    </message>
    <message>
        <source>Customer Effort Score: the mean answer on the 1-7 scale; lower means less effort.</source>
        <translation>Customer Effort Score: die durchschnittliche Antwort auf der Skala von 1 bis 7; niedriger bedeutet weniger Aufwand.</translation>
    </message>
    <message>
        <source>Customers lost in the period divided by the customers at its start. For an agent: among the customers they served in the 90 days before.</source>
        <translation>Im Zeitraum verlorene Kunden geteilt durch die Kunden zu seinem Beginn. Für einen Mitarbeiter: bezogen auf die Kunden, die er in den 90 Tagen davor betreut hat.</translation>
    </message>
    <message>
        <source>Mean time from an inbound message or complaint to the next outbound reply to that customer.</source>
        <translation>Durchschnittliche Zeit von einer eingehenden Nachricht oder Beschwerde bis zur nächsten ausgehenden Antwort an diesen Kunden.</translation>
    </message>
    <message>
        <source>Mean time from escalation to resolution, for escalations resolved in the period.</source>
        <translation>Durchschnittliche Zeit von der Eskalation bis zur Lösung, für im Zeitraum gelöste Eskalationen.</translation>
    </message>
    <message>
        <source>Escalations created per customer contact (messages, calls and complaints).</source>
        <translation>Erstellte Eskalationen pro Kundenkontakt (Nachrichten, Anrufe und Beschwerden).</translation>
    </message>
    <message>
        <source>Share of escalations due in the period that were claimed and resolved in time.</source>
        <translation>Anteil der im Zeitraum fälligen Eskalationen, die rechtzeitig übernommen und gelöst wurden.</translation>
    </message>
    <message>
        <source>Share of resolutions in the period that had to be reopened.</source>
        <translation>Anteil der Lösungen im Zeitraum, die wieder geöffnet werden mussten.</translation>
    </message>
    <message>
        <source>Messages asking a customer to recommend us.</source>
        <translation>Nachrichten, in denen ein Kunde gebeten wird, uns weiterzuempfehlen.</translation>
    </message>
    <message>
        <source>Referrals customers made, credited to whoever asked for them.</source>
        <translation>Empfehlungen von Kunden, angerechnet der Person, die darum gebeten hat.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reply SLA</source>
        <translation>Antwort-SLA</translation>
    </message>
    <message>
        <source>Share of answers to customers (first and next responses) due in the period that were sent in time; an answer still owed past its due time is a breach.</source>
        <translation>Anteil der im Zeitraum fälligen Antworten an Kunden (erste und weitere Antworten), die rechtzeitig gesendet wurden; eine nach ihrer Frist noch ausstehende Antwort gilt als Fristüberschreitung.</translation>
    </message>
    <message>
        <source>Answered with an article</source>
        <translation>Mit Artikel beantwortet</translation>
    </message>
    <message>
        <source>Share of conversations closed in the period whose replies carried a knowledge-base article (its link, its text or a template&apos;s article placeholders).</source>
        <translation>Anteil der im Zeitraum geschlossenen Konversationen, deren Antworten einen Wissensdatenbank-Artikel enthielten (seinen Link, seinen Text oder die Artikel-Platzhalter einer Vorlage).</translation>
    </message>
</context>
<context>
    <name>tandem::KpiDashboard</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte %n Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Whose numbers</source>
        <translation>Wessen Kennzahlen</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Gesamtes Team</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Top complaint causes</source>
        <translation>Häufigste Beschwerdegründe</translation>
    </message>
    <message>
        <source>Complaints in the period by cause. Click one to see its complaints.</source>
        <translation>Beschwerden im Zeitraum nach Beschwerdegrund. Klicken Sie auf einen Grund, um die zugehörigen Beschwerden zu sehen.</translation>
    </message>
    <message>
        <source>no answers in this period</source>
        <translation>keine Antworten in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) satisfied</source>
        <translation>
            <numerusform>%1 von %n Antwort zufrieden</numerusform>
            <numerusform>%1 von %n Antworten zufrieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 promoters, %2 detractors of %n</source>
        <translation>
            <numerusform>%1 Promotoren, %2 Kritiker von %n</numerusform>
            <numerusform>%1 Promotoren, %2 Kritiker von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s); lower is easier</source>
        <translation>
            <numerusform>%n Antwort; niedriger bedeutet weniger Aufwand</numerusform>
            <numerusform>%n Antworten; niedriger bedeutet weniger Aufwand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) lost</source>
        <translation>
            <numerusform>%1 von %n Kunden verloren</numerusform>
            <numerusform>%1 von %n Kunden verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>no answered contacts in this period</source>
        <translation>keine beantworteten Kontakte in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>over %n answered contact(s)</source>
        <translation>
            <numerusform>über %n beantworteten Kontakt</numerusform>
            <numerusform>über %n beantwortete Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>no escalations resolved in this period</source>
        <translation>keine gelösten Eskalationen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>over %n resolved escalation(s)</source>
        <translation>
            <numerusform>über %n gelöste Eskalation</numerusform>
            <numerusform>über %n gelöste Eskalationen</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer contacts in this period</source>
        <translation>keine Kundenkontakte in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) escalated</source>
        <translation>
            <numerusform>%1 von %n Kontakt eskaliert</numerusform>
            <numerusform>%1 von %n Kontakten eskaliert</numerusform>
        </translation>
    </message>
    <message>
        <source>no escalations due in this period</source>
        <translation>keine fälligen Eskalationen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n due escalation(s) in time</source>
        <translation>
            <numerusform>%1 von %n fälligen Eskalation rechtzeitig</numerusform>
            <numerusform>%1 von %n fälligen Eskalationen rechtzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>no resolutions in this period</source>
        <translation>keine Lösungen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolution(s) reopened</source>
        <translation>
            <numerusform>%1 von %n Lösung wieder geöffnet</numerusform>
            <numerusform>%1 von %n Lösungen wieder geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>requests asking for a recommendation</source>
        <translation>Anfragen mit der Bitte um eine Empfehlung</translation>
    </message>
    <message>
        <source>new customers recommended to us</source>
        <translation>neue Kunden, die uns empfohlen wurden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>Keine Beschwerden in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>no answers due in this period</source>
        <translation>keine Antworten in diesem Zeitraum fällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) in time, %2 breached</source>
        <translation>
            <numerusform>%1 von %n Antwort rechtzeitig, bei %2 Frist überschritten</numerusform>
            <numerusform>%1 von %n Antworten rechtzeitig, bei %2 Frist überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge base articles</source>
        <translation>Artikel der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Most used and unused articles</source>
        <translation>Meistgenutzte und ungenutzte Artikel</translation>
    </message>
    <message>
        <source>Articles inserted into replies in the period (by link, text or template), how many of the conversations that got their link stayed closed for a week, and the published articles nobody used.</source>
        <translation>Im Zeitraum in Antworten eingefügte Artikel (als Link, Text oder per Vorlage), wie viele der Konversationen, die ihren Link bekamen, eine Woche lang geschlossen blieben, und die veröffentlichten Artikel, die niemand verwendet hat.</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Meistgenutzt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n time(s)</source>
        <translation>
            <numerusform>%1 — %n-mal</numerusform>
            <numerusform>%1 — %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 of %n linked stayed closed</source>
        <translation>
            <numerusform>, %1 von %n verlinkten blieb geschlossen</numerusform>
            <numerusform>, %1 von %n verlinkten blieben geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>No article went into a reply in this period.</source>
        <translation>In diesem Zeitraum ging kein Artikel in eine Antwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Unused: %n article(s)</source>
        <translation>
            <numerusform>Ungenutzt: %n Artikel</numerusform>
            <numerusform>Ungenutzt: %n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no conversations closed in this period</source>
        <translation>keine Konversationen in diesem Zeitraum geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n closed conversation(s)</source>
        <translation>
            <numerusform>%1 von %n geschlossenen Konversation</numerusform>
            <numerusform>%1 von %n geschlossenen Konversationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::KpiService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>tandem::KpiTargets</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>Ziel ≥ %1</translation>
    </message>
    <message>
        <source>Target ≤ %1</source>
        <translation>Ziel ≤ %1</translation>
    </message>
</context>
<context>
    <name>tandem::KpiTile</name>
    <message>
        <source>%1
Click to see the records behind this number.</source>
        <translation>%1
Klicken Sie, um die Datensätze hinter dieser Zahl zu sehen.</translation>
    </message>
    <message>
        <source>meets its target</source>
        <translation>erreicht sein Ziel</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>misses its target</source>
        <translation>verfehlt sein Ziel</translation>
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
        <translation>Eine Kopie jeder Antwort im Ordner „Gesendet“ des Kontos ablegen</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>E-Mail-Konto</translation>
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
        <translation>Die Adressen, an die Kunden schreiben, durch Kommas getrennt; Antworten gehen von der ersten aus.</translation>
    </message>
    <message>
        <source>Shared inbox (no queue)</source>
        <translation>Gemeinsamer Posteingang (keine Warteschlange)</translation>
    </message>
    <message>
        <source>Only for a server with a certificate of its own</source>
        <translation>Nur für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Eingehende E-Mails (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountLock</name>
    <message>
        <source>Cannot open the mail account lock file %1: %2</source>
        <translation>Die Sperrdatei des Mailkontos %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountService</name>
    <message>
        <source>Only team leads manage mail accounts.</source>
        <translation>Nur Teamleitungen verwalten E-Mail-Konten.</translation>
    </message>
    <message>
        <source>Give the mail account a name.</source>
        <translation>Geben Sie dem E-Mail-Konto einen Namen.</translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des %1-Servers an.</translation>
    </message>
    <message>
        <source>The %1 port must be a number from 1 to 65535.</source>
        <translation>Der %1-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Give the login for the mail servers.</source>
        <translation>Geben Sie die Anmeldung für die Mailserver an.</translation>
    </message>
    <message>
        <source>Give at least one support address customers write to.</source>
        <translation>Geben Sie mindestens eine Support-Adresse an, an die Kunden schreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is a mail account named &quot;%1&quot; already.</source>
        <translation>Es gibt bereits ein E-Mail-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Give the password of the mail account.</source>
        <translation>Geben Sie das Passwort des E-Mail-Kontos an.</translation>
    </message>
    <message>
        <source>That mail account does not exist any more.</source>
        <translation>Dieses E-Mail-Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Someone changed this mail account meanwhile; open it again.</source>
        <translation>Jemand hat dieses E-Mail-Konto inzwischen geändert; öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password of the mail account &quot;%1&quot; is not in %2; a team lead can set it again.</source>
        <translation>Das Passwort des E-Mail-Kontos „%1“ ist nicht in %2; eine Teamleitung kann es neu setzen.</translation>
    </message>
</context>
<context>
    <name>tandem::MailAccountsDialog</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Mail Accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>No mail account yet: add the support mailbox customers write to, and their mail arrives in the inbox.</source>
        <translation>Noch kein E-Mail-Konto: Fügen Sie das Support-Postfach hinzu, an das Kunden schreiben, dann kommen ihre E-Mails im Posteingang an.</translation>
    </message>
    <message>
        <source>feeds the %1 queue</source>
        <translation>füllt die Warteschlange %1</translation>
    </message>
    <message>
        <source>feeds the shared inbox</source>
        <translation>füllt den gemeinsamen Posteingang</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>IMAP %1:%2, SMTP %3:%4, login %5</source>
        <translation>IMAP %1:%2, SMTP %3:%4, Anmeldung %5</translation>
    </message>
    <message>
        <source>The mail account %1 is added. Test its connection to be sure it works.</source>
        <translation>Das E-Mail-Konto %1 ist hinzugefügt. Testen Sie die Verbindung, um sicherzugehen, dass es funktioniert.</translation>
    </message>
    <message>
        <source>The mail account %1 is saved.</source>
        <translation>Das E-Mail-Konto %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>The mail account %1 is removed, and its password with it.</source>
        <translation>Das E-Mail-Konto %1 ist entfernt, sein Passwort ebenso.</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>Remove Mail Account</source>
        <translation>E-Mail-Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the mail account %1? Its mail is no longer fetched and replies cannot leave through it; the conversations stay.</source>
        <translation>Das E-Mail-Konto %1 entfernen? Seine E-Mails werden nicht mehr abgeholt, und Antworten können nicht mehr darüber hinausgehen; die Konversationen bleiben.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>%1 works: the IMAP and SMTP servers answered and accepted the login.</source>
        <translation>%1 funktioniert: Der IMAP- und der SMTP-Server haben geantwortet und die Anmeldung angenommen.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Eingehende E-Mails (IMAP): %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Ausgehende E-Mails (SMTP): %1</translation>
    </message>
</context>
<context>
    <name>tandem::MailFetcher</name>
    <message>
        <source>The IMAP server %1:%2 did not hand over the new mail in &quot;%3&quot;: %4</source>
        <translation>Der IMAP-Server %1:%2 hat die neue Post in „%3“ nicht herausgegeben: %4</translation>
    </message>
</context>
<context>
    <name>tandem::MailFiles</name>
    <message>
        <source>Executable: do not run</source>
        <translation>Ausführbar: nicht starten</translation>
    </message>
    <message>
        <source>Archive: may hide executables</source>
        <translation>Archiv: kann Ausführbares enthalten</translation>
    </message>
    <message>
        <source>%1 (from the customer&apos;s mail)</source>
        <translation>%1 (aus der Mail des Kunden)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tandem::MailWorker</name>
    <message>
        <source>Another worker fetches the mail of %1 right now; it was left to that one.</source>
        <translation>Die Post von %1 holt gerade ein anderer Worker ab; sie bleibt ihm überlassen.</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+K)</source>
        <translation>Kunden suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Anzahl der Kunden</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>The open workspace</source>
        <translation>Der geöffnete Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Tandem workspaces (*.tandem *.sqlite);;All files (*)</source>
        <translation>Tandem-Arbeitsbereiche (*.tandem *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Find &amp;Customer</source>
        <translation>&amp;Kunden suchen</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Zur &amp;Zeitleiste wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Zu den &amp;Details wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>Ü&amp;ber Tandem</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Über Tandem</translation>
    </message>
    <message>
        <source>Tandem %1
A desktop workstation for customer service and support teams.</source>
        <translation>Tandem %1
Ein Desktop-Arbeitsplatz für Kundenservice- und Support-Teams.</translation>
    </message>
    <message>
        <source>No customer matches the search</source>
        <translation>Kein Kunde entspricht der Suche</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>%1+ customers</source>
        <translation>%1+ Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Hand the selected issue to a support specialist (Ctrl+Shift+E)</source>
        <translation>Das ausgewählte Problem an einen Support-Spezialisten übergeben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>The escalation queue (Ctrl+E)</source>
        <translation>Die Eskalations-Warteschlange (Strg+E)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfasstermine</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reconnecting to the team server…</source>
        <translation>Verbindung zum Team-Server wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Wieder mit dem Team-Server verbunden.</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Search All Interactions</source>
        <translation>In &amp;allen Interaktionen suchen</translation>
    </message>
    <message>
        <source>My &amp;Follow-ups</source>
        <translation>Meine &amp;Nachfasstermine</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Schedule &amp;Follow-up…</source>
        <translation>Nach&amp;fassen planen…</translation>
    </message>
    <message>
        <source>Show &amp;Profile</source>
        <translation>&amp;Profil anzeigen</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Handed to support as escalation #%1.</source>
        <translation>Als Eskalation #%1 an den Support übergeben.</translation>
    </message>
    <message>
        <source>Escalations — Tandem</source>
        <translation>Eskalationen — Tandem</translation>
    </message>
    <message>
        <source>Escalations (%1)</source>
        <translation>Eskalationen (%1)</translation>
    </message>
    <message>
        <source>A new escalation is waiting in the queue.</source>
        <translation>Eine neue Eskalation wartet in der Warteschlange.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Aus&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;Records…</source>
        <translation>&amp;Datensätze…</translation>
    </message>
    <message>
        <source>&amp;KPI Dashboard…</source>
        <translation>&amp;KPI-Dashboard…</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Audit Trail — Tandem</source>
        <translation>Prüfprotokoll — Tandem</translation>
    </message>
    <message>
        <source>A&amp;gents…</source>
        <translation>&amp;Mitarbeiter…</translation>
    </message>
    <message>
        <source>Records — Tandem</source>
        <translation>Datensätze — Tandem</translation>
    </message>
    <message>
        <source>KPI Dashboard — Tandem</source>
        <translation>KPI-Dashboard — Tandem</translation>
    </message>
    <message>
        <source>Customers, search and follow-ups</source>
        <translation>Kunden, Suche und Nachfasstermine</translation>
    </message>
    <message>
        <source>Details and profile</source>
        <translation>Details und Profil</translation>
    </message>
    <message>
        <source>Write a &amp;Note</source>
        <translation>&amp;Notiz schreiben</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Kundenliste</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Compose panel</source>
        <translation>Erfassungsbereich</translation>
    </message>
    <message>
        <source>Template picker</source>
        <translation>Vorlagenauswahl</translation>
    </message>
    <message>
        <source>Search all interactions</source>
        <translation>Alle Interaktionen durchsuchen</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Nächstes Bedienelement</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Next tab of a tab bar</source>
        <translation>Nächster Reiter einer Reiterleiste</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Dialog ohne Speichern schließen</translation>
    </message>
    <message>
        <source>From the search box to the list</source>
        <translation>Vom Suchfeld zur Liste</translation>
    </message>
    <message>
        <source>Move through the customers (the timeline follows)</source>
        <translation>Durch die Kunden blättern (die Zeitleiste folgt)</translation>
    </message>
    <message>
        <source>Go on to the customer&apos;s timeline</source>
        <translation>Weiter zur Zeitleiste des Kunden</translation>
    </message>
    <message>
        <source>Move between events</source>
        <translation>Zwischen Ereignissen wechseln</translation>
    </message>
    <message>
        <source>Escalate the event (context menu)</source>
        <translation>Ereignis eskalieren (Kontextmenü)</translation>
    </message>
    <message>
        <source>Log the entry</source>
        <translation>Eintrag erfassen</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Antwortvorlage einfügen</translation>
    </message>
    <message>
        <source>Leave the text box</source>
        <translation>Textfeld verlassen</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <source>Insert the chosen template</source>
        <translation>Gewählte Vorlage einfügen</translation>
    </message>
    <message>
        <source>Close without inserting</source>
        <translation>Schließen, ohne einzufügen</translation>
    </message>
    <message>
        <source>Move through the results from the search box</source>
        <translation>Vom Suchfeld aus durch die Ergebnisse blättern</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>Gewähltes Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Open the customer of the chosen follow-up</source>
        <translation>Kunden des gewählten Nachfasstermins öffnen</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI-Dashboard</translation>
    </message>
    <message>
        <source>Show the records behind a tile</source>
        <translation>Datensätze hinter einer Kachel anzeigen</translation>
    </message>
    <message>
        <source>Log Referral &amp;Received…</source>
        <translation>&amp;Empfehlung erhalten…</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>Vorlagen&amp;bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Insert Template…</source>
        <translation>Vorlage &amp;einfügen…</translation>
    </message>
    <message>
        <source>Reply Templates — Tandem</source>
        <translation>Antwortvorlagen — Tandem</translation>
    </message>
    <message>
        <source>Log Referral Received</source>
        <translation>Empfehlung erhalten</translation>
    </message>
    <message>
        <source>Who did this customer refer to us? The referral is linked to the last referral request they were sent.</source>
        <translation>Wen hat diese Kundin oder dieser Kunde an uns empfohlen? Die Empfehlung wird mit der letzten Bitte um eine Empfehlung verknüpft, die sie erhalten haben.</translation>
    </message>
    <message>
        <source>Referral logged and linked to the referral request it answered.</source>
        <translation>Empfehlung eingetragen und mit der Bitte verknüpft, auf die sie folgte.</translation>
    </message>
    <message>
        <source>Referral logged; this customer had not been sent a referral request.</source>
        <translation>Empfehlung eingetragen; diese Kundin oder dieser Kunde hatte keine Bitte um eine Empfehlung erhalten.</translation>
    </message>
    <message>
        <source>Tandem (opened read-only)</source>
        <translation>Tandem (nur zum Lesen geöffnet)</translation>
    </message>
    <message>
        <source>This workspace was opened read-only: everything in it can be read, but nothing can be changed. Open a copy you may write to for that.</source>
        <translation>Dieser Arbeitsbereich wurde nur zum Lesen geöffnet: Alles darin kann gelesen, aber nichts geändert werden. Öffnen Sie dafür eine Kopie, in die Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>C&amp;orrect Entry…</source>
        <translation>Eintrag &amp;korrigieren…</translation>
    </message>
    <message>
        <source>Correct the selected timeline entry (F2)</source>
        <translation>Den gewählten Eintrag der Zeitleiste korrigieren (F2)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Score the chosen record beside its text</source>
        <translation>Den gewählten Datensatz neben seinem Text bewerten</translation>
    </message>
    <message>
        <source>Save the QA review</source>
        <translation>QA-Bewertung speichern</translation>
    </message>
    <message>
        <source>Close the QA review without saving</source>
        <translation>QA-Bewertung ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Added to escalation #%1.</source>
        <translation>Zu Eskalation #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Open the channel or kind choices (then Up, Down and Return)</source>
        <translation>Kanal- oder Artauswahl öffnen (dann Auf, Ab und Eingabe)</translation>
    </message>
    <message>
        <source>The reply is queued again and goes out shortly.</source>
        <translation>Die Antwort ist wieder eingereiht und geht in Kürze hinaus.</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>Post&amp;ausgang …</translation>
    </message>
    <message>
        <source>Import &amp;Mail</source>
        <translation>&amp;Mail importieren</translation>
    </message>
    <message>
        <source>From an &amp;mbox File…</source>
        <translation>Aus einer &amp;mbox-Datei…</translation>
    </message>
    <message>
        <source>From a Mail&amp;dir Folder…</source>
        <translation>Aus einem Mail&amp;dir-Ordner…</translation>
    </message>
    <message>
        <source>&amp;Mail Accounts…</source>
        <translation>&amp;E-Mail-Konten…</translation>
    </message>
    <message>
        <source>The reply is recorded as sent.</source>
        <translation>Die Antwort ist als gesendet festgehalten.</translation>
    </message>
    <message>
        <source>Team &amp;Queues…</source>
        <translation>Team-&amp;Warteschlangen …</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>&amp;Wissensdatenbank</translation>
    </message>
    <message>
        <source>&amp;Publish Help Site…</source>
        <translation>Hilfeseite &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Insert the suggested article&apos;s link</source>
        <translation>Den Link des vorgeschlagenen Artikels einfügen</translation>
    </message>
    <message>
        <source>Insert the suggested article&apos;s text</source>
        <translation>Den Text des vorgeschlagenen Artikels einfügen</translation>
    </message>
</context>
<context>
    <name>tandem::MergeCustomersDialog</name>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Merge a Duplicate into %1</source>
        <translation>Ein Duplikat mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Find the duplicate record of this customer. Everything it holds moves to the customer kept; the duplicate is hidden but never deleted, and the merge can be undone from the kept customer&apos;s profile.</source>
        <translation>Suchen Sie den doppelten Datensatz dieses Kunden. Alles, was er enthält, geht auf den behaltenen Kunden über; das Duplikat wird ausgeblendet, aber nie gelöscht, und die Zusammenführung kann im Profil des behaltenen Kunden rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Find the duplicate by name, e-mail, company or phone</source>
        <translation>Duplikat nach Name, E-Mail, Firma oder Telefon suchen</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Duplikat suchen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>The customer to keep no longer exists.</source>
        <translation>Der zu behaltende Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose the duplicate in the list.</source>
        <translation>Wählen Sie das Duplikat in der Liste aus.</translation>
    </message>
    <message>
        <source>That is the customer being kept; choose the duplicate.</source>
        <translation>Das ist der Kunde, der behalten wird; wählen Sie das Duplikat aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n Umfrageantwort</numerusform>
            <numerusform>%n Umfrageantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Nachfasstermin</numerusform>
            <numerusform>%n Nachfasstermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s)</source>
        <translation>
            <numerusform>%n weiterer Kontakt</numerusform>
            <numerusform>%n weitere Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging moves from %1 to %2:</source>
        <translation>Beim Zusammenführen wird von %1 zu %2 übertragen:</translation>
    </message>
    <message>
        <source>the tags %1</source>
        <translation>die Schlagwörter %1</translation>
    </message>
    <message>
        <source>%1 then leaves the customer list. The merge is written on %2&apos;s timeline and in the audit trail under your name.</source>
        <translation>%1 verschwindet dann aus der Kundenliste. Die Zusammenführung wird in der Zeitleiste von %2 und unter Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>tandem::MessageContentService</name>
    <message>
        <source>That file does not exist (any more).</source>
        <translation>Diese Datei gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>The content of %1 is missing from the workspace.</source>
        <translation>Der Inhalt von %1 fehlt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is no text file; save it and open it with a program you trust.</source>
        <translation>%1 ist keine Textdatei; speichern Sie sie und öffnen Sie sie mit einem Programm, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>This workspace is open read-only; files cannot be attached in it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; Dateien können darin nicht angehängt werden.</translation>
    </message>
    <message>
        <source>There is no escalation #%1.</source>
        <translation>Es gibt keine Eskalation #%1.</translation>
    </message>
    <message>
        <source>%1 was not kept, so it cannot be attached.</source>
        <translation>%1 wurde nicht aufbewahrt und kann daher nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Escalation #%1 was not made from the conversation this file came in.</source>
        <translation>Eskalation #%1 wurde nicht aus der Konversation erstellt, in der diese Datei kam.</translation>
    </message>
    <message>
        <source>Escalation #%1 is closed; reopen it before attaching files.</source>
        <translation>Eskalation #%1 ist geschlossen; öffnen Sie sie wieder, bevor Sie Dateien anhängen.</translation>
    </message>
    <message>
        <source>Only the specialist working on escalation #%1, service reps and team leads attach files to it.</source>
        <translation>Nur der Spezialist, der an Eskalation #%1 arbeitet, Servicemitarbeiter und Teamleiter hängen Dateien daran an.</translation>
    </message>
</context>
<context>
    <name>tandem::MyFollowUpsWidget</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Meine Nachfasstermine</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Den ausgewählten Nachfasstermin als erledigt markieren</translation>
    </message>
    <message>
        <source>No follow-ups planned.</source>
        <translation>Keine Nachfasstermine geplant.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>%n Nachfasstermin geplant</numerusform>
            <numerusform>%n Nachfasstermine geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Replies that have not reached the customer yet. Nothing here is lost: queued replies go out when their channel is connected, and a failed one goes out again when you retry it.</source>
        <translation>Antworten, die den Kunden noch nicht erreicht haben. Hier geht nichts verloren: Eingereihte Antworten gehen hinaus, sobald ihr Kanal verbunden ist, und eine fehlgeschlagene geht erneut hinaus, wenn Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Replies waiting in the outbox</source>
        <translation>Antworten, die im Postausgang warten</translation>
    </message>
    <message>
        <source>Send the selected failed reply again</source>
        <translation>Die ausgewählte fehlgeschlagene Antwort erneut senden</translation>
    </message>
    <message>
        <source>The reply is queued again and goes out shortly.</source>
        <translation>Die Antwort ist wieder eingereiht und geht in Kürze hinaus.</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Send the selected reply again: the customer gets it twice if it did reach them</source>
        <translation>Die ausgewählte Antwort erneut senden: Der Kunde erhält sie doppelt, falls sie ihn erreicht hat</translation>
    </message>
    <message>
        <source>Record the selected reply as sent: it did reach the customer</source>
        <translation>Die ausgewählte Antwort als gesendet festhalten: Sie hat den Kunden erreicht</translation>
    </message>
    <message>
        <source>The reply is recorded as sent.</source>
        <translation>Die Antwort ist als gesendet festgehalten.</translation>
    </message>
</context>
<context>
    <name>tandem::OutboxModel</name>
    <message>
        <source>Failed: %1 (waits for a retry)</source>
        <translation>Fehlgeschlagen: %1 (wartet auf erneutes Senden)</translation>
    </message>
    <message>
        <source>Failed: %1 (tried again automatically)</source>
        <translation>Fehlgeschlagen: %1 (wird automatisch erneut versucht)</translation>
    </message>
    <message>
        <source>Waiting for the %1 connection</source>
        <translation>Wartet auf die Verbindung für %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>The message bounced: the address cannot be reached.</source>
        <translation>Die Nachricht kam zurück: Die Adresse ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The message bounced: %1</source>
        <translation>Die Nachricht kam zurück: %1</translation>
    </message>
    <message>
        <source>The channel refused the message.</source>
        <translation>Der Kanal hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>May have reached the customer: sending was cut off where Tandem cannot tell. Check (an answer, the Sent folder), then send it again or mark it as sent.</source>
        <translation>Hat den Kunden vielleicht erreicht: Das Senden brach an einer Stelle ab, an der Tandem es nicht wissen kann. Prüfen Sie es (eine Antwort, der Ordner „Gesendet“), dann senden Sie sie erneut oder markieren Sie sie als gesendet.</translation>
    </message>
</context>
<context>
    <name>tandem::OutboxService</name>
    <message>
        <source>This workspace is open read-only; nothing is sent from it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; aus ihm wird nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no message #%1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht #%1.</translation>
    </message>
    <message>
        <source>This reply is a colleague&apos;s, in a conversation assigned to someone else; they or a team lead can send it again.</source>
        <translation>Diese Antwort stammt von einer Kollegin oder einem Kollegen, in einer Konversation, die jemand anderem zugewiesen ist; nur diese Person oder eine Teamleitung kann sie erneut senden.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be sent again; this one is %1.</source>
        <translation>Nur eine fehlgeschlagene Antwort kann erneut gesendet werden; diese ist %1.</translation>
    </message>
    <message>
        <source>Only a reply that may have been sent needs this decision; this one is %1.</source>
        <translation>Nur über eine Antwort, die vielleicht gesendet wurde, ist so zu entscheiden; diese ist %1.</translation>
    </message>
    <message>
        <source>Whether this reply went out is for its author or a team lead to decide.</source>
        <translation>Ob diese Antwort hinausging, entscheidet ihr Verfasser oder eine Teamleitung.</translation>
    </message>
    <message>
        <source>The reply changed meanwhile; look at it again.</source>
        <translation>Die Antwort hat sich inzwischen geändert; sehen Sie sie noch einmal an.</translation>
    </message>
    <message>
        <source>This reply may already have reached the customer; check, then send it again or mark it as sent.</source>
        <translation>Diese Antwort hat den Kunden vielleicht schon erreicht; prüfen Sie es, dann senden Sie sie erneut oder markieren Sie sie als gesendet.</translation>
    </message>
</context>
<context>
    <name>tandem::PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>Die Passwortbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um das Passwort zu schützen.</translation>
    </message>
</context>
<context>
    <name>tandem::PostgresAddress</name>
    <message>
        <source>A team workspace address starts with postgresql://.</source>
        <translation>Die Adresse eines Team-Arbeitsbereichs beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>Die Adresse %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in the address is not allowed.</source>
        <translation>Die Einstellung „%1“ ist in der Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>The address names no database (postgresql://host/DATABASE).</source>
        <translation>Die Adresse nennt keine Datenbank (postgresql://host/DATENBANK).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in the address takes a server as HOST or HOST:PORT, not &quot;%2&quot;.</source>
        <translation>Die Einstellung &quot;%1&quot; in der Adresse nimmt einen Server als HOST oder HOST:PORT, nicht &quot;%2&quot;.</translation>
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
        <translation>-- Tandem auf einem PostgreSQL-Team-Server mit zwei Rollen. Als Superuser (oder als Rolle mit
-- CREATEROLE) in der Datenbank des Arbeitsbereichs ausführen, z. B. psql -d DATENBANK -f diese-datei.sql.
-- %1 besitzt die Tabellen und führt die Migrationen aus; die Arbeitsplätze melden sich als %2 an, die
-- weder Audit-Einträge ändern oder löschen noch den Trigger abschalten kann, der sie schützt.
</translation>
    </message>
    <message>
        <source>-- Give both a password: \password %1 and \password %2
</source>
        <translation>-- Geben Sie beiden ein Passwort: \password %1 und \password %2
</translation>
    </message>
    <message>
        <source>-- Now create the workspace as %1, e.g. tandemctl copy --from DESK-FILE --to
-- postgresql://%1@HOST/DATABASE, or start tandem --workspace postgresql://%1@HOST/DATABASE once.
-- Then give %2 its rights:
</source>
        <translation>-- Legen Sie nun den Arbeitsbereich als %1 an, z. B. tandemctl copy --from ARBEITSPLATZ-DATEI --to
-- postgresql://%1@HOST/DATENBANK, oder starten Sie einmal tandem --workspace postgresql://%1@HOST/DATENBANK.
-- Geben Sie dann %2 seine Rechte:
</translation>
    </message>
    <message>
        <source>-- After each Tandem update, open the workspace once as %1 so it migrates; %2 cannot.
</source>
        <translation>-- Öffnen Sie den Arbeitsbereich nach jedem Tandem-Update einmal als %1, damit er migriert wird; %2 kann das nicht.
</translation>
    </message>
</context>
<context>
    <name>tandem::PresenceService</name>
    <message>
        <source>This workspace is open read-only; it does not show colleagues where you are.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; er zeigt Kollegen nicht, wo Sie gerade sind.</translation>
    </message>
</context>
<context>
    <name>tandem::QaRubric</name>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Empathize</source>
        <translation>Mitgefühl zeigen</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Entschuldigen</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Richtigkeit</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Did the agent let the customer explain, and show they understood?</source>
        <translation>Hat der Mitarbeiter den Kunden ausreden lassen und gezeigt, dass er ihn verstanden hat?</translation>
    </message>
    <message>
        <source>Did the agent acknowledge how the customer feels?</source>
        <translation>Hat der Mitarbeiter die Gefühle des Kunden anerkannt?</translation>
    </message>
    <message>
        <source>Did the agent apologize sincerely where it was due?</source>
        <translation>Hat sich der Mitarbeiter aufrichtig entschuldigt, wo es angebracht war?</translation>
    </message>
    <message>
        <source>Did the agent solve the problem, or say clearly what happens next?</source>
        <translation>Hat der Mitarbeiter das Problem gelöst oder klar gesagt, wie es weitergeht?</translation>
    </message>
    <message>
        <source>Did the agent thank the customer for raising it?</source>
        <translation>Hat sich der Mitarbeiter beim Kunden für den Hinweis bedankt?</translation>
    </message>
    <message>
        <source>Was everything the agent said correct and complete?</source>
        <translation>War alles, was der Mitarbeiter gesagt hat, richtig und vollständig?</translation>
    </message>
    <message>
        <source>Was the tone friendly, clear and professional?</source>
        <translation>War der Ton freundlich, klar und professionell?</translation>
    </message>
</context>
<context>
    <name>tandem::QaScorecard</name>
    <message>
        <source>&amp;Save Review</source>
        <translation>Bewertung &amp;speichern</translation>
    </message>
    <message>
        <source>QA Review</source>
        <translation>QA-Bewertung</translation>
    </message>
    <message>
        <source>1 is poor, 5 excellent. Type a digit on each line, Tab to the next; Ctrl+Enter saves, Esc cancels.</source>
        <translation>1 ist schlecht, 5 hervorragend. Tippen Sie in jeder Zeile eine Ziffer, Tab zur nächsten; Strg+Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>What went well, and what to do differently next time</source>
        <translation>Was gut lief und was beim nächsten Mal anders zu tun ist</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Co&amp;mment for the agent:</source>
        <translation>&amp;Kommentar für den Mitarbeiter:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save the review (Ctrl+Enter)</source>
        <translation>Bewertung speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close the scorecard without saving (Esc)</source>
        <translation>Bewertungsbogen ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Score every line first.</source>
        <translation>Bewerten Sie zuerst jede Zeile.</translation>
    </message>
    <message>
        <source>Discard QA Scores</source>
        <translation>QA-Bewertung verwerfen</translation>
    </message>
    <message>
        <source>Discard the scores and comment you entered for this record?</source>
        <translation>Die für diesen Datensatz eingegebenen Bewertungen und den Kommentar verwerfen?</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsBrowser</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>With QA feedback</source>
        <translation>Mit QA-Feedback</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Open in Timeline</source>
        <translation>In der Zeitleiste ö&amp;ffnen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Customer name, then Enter</source>
        <translation>Kundenname, dann Eingabe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Escalation #%1 · %2</source>
        <translation>Eskalation #%1 · %2</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Alle Beschwerdegründe</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>Beschwerdegrund</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Rolle im Team</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Jeder SLA-Status</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>with a %1 answer</source>
        <translation>mit einer %1-Antwort</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a record to see its details and QA feedback.</source>
        <translation>Wählen Sie einen Datensatz aus, um Details und QA-Feedback zu sehen.</translation>
    </message>
    <message>
        <source>Escalation #%1 for %2, escalated by %3 on %4</source>
        <translation>Eskalation #%1 für %2, eskaliert von %3 am %4</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>%1 with %2 on %3</source>
        <translation>%1 mit %2 am %3</translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>bearbeitet von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;QA %1&lt;/b&gt; by %2, %3</source>
        <translation>&lt;b&gt;QA %1&lt;/b&gt; von %2, %3</translation>
    </message>
    <message>
        <source>No QA review yet.</source>
        <translation>Noch keine QA-Bewertung.</translation>
    </message>
    <message>
        <source>%1 with %2, handled by %3</source>
        <translation>%1 mit %2, bearbeitet von %3</translation>
    </message>
    <message>
        <source>QA review saved; %1 sees it on their records.</source>
        <translation>QA-Bewertung gespeichert; %1 sieht sie bei den eigenen Datensätzen.</translation>
    </message>
    <message>
        <source>records-%1.csv</source>
        <translation>datensaetze-%1.csv</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Score &amp;QA</source>
        <translation>&amp;QA bewerten</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Gewählter Datensatz</translation>
    </message>
    <message>
        <source>Score the selected record beside its text (Alt+Q)</source>
        <translation>Den gewählten Datensatz neben seinem Text bewerten (Alt+Q)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsExportRunner</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation>Datensätze werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <source>Exporting records… %1 of %2</source>
        <translation>Datensätze werden exportiert… %1 von %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModel</name>
    <message>
        <source>Escalation #%1 · %2</source>
        <translation>Eskalation #%1 · %2</translation>
    </message>
    <message>
        <source>Escalation #%1</source>
        <translation>Eskalation #%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Mean QA score of the newest review (1-5)</source>
        <translation>Durchschnittliche QA-Wertung der neuesten Bewertung (1–5)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Beschwerdegrund</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsService</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>Beschwerdegrund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>QA-Wertung</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
</context>
<context>
    <name>tandem::ReviewAccess</name>
    <message>
        <source>You can review your own records and numbers only; team leads see everyone&apos;s.</source>
        <translation>Sie können nur Ihre eigenen Datensätze und Kennzahlen einsehen; Teamleitungen sehen die aller Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>tandem::ReviewService</name>
    <message>
        <source>Only team leads score interactions.</source>
        <translation>Nur Teamleitungen bewerten Interaktionen.</translation>
    </message>
    <message>
        <source>That entry does not exist.</source>
        <translation>Dieser Eintrag existiert nicht.</translation>
    </message>
    <message>
        <source>Nobody handled this entry, so there is nobody to give the feedback to.</source>
        <translation>Niemand hat diesen Eintrag bearbeitet, daher gibt es niemanden, der das Feedback erhalten könnte.</translation>
    </message>
    <message>
        <source>Give “%1” a score from %2 to %3.</source>
        <translation>Bewerten Sie „%1“ mit einem Wert von %2 bis %3.</translation>
    </message>
    <message>
        <source>Keep the comment under %1 characters.</source>
        <translation>Halten Sie den Kommentar unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>You can read the feedback on your own records only.</source>
        <translation>Sie können das Feedback nur zu Ihren eigenen Datensätzen lesen.</translation>
    </message>
    <message>
        <source>You can read your own records only.</source>
        <translation>Sie können nur Ihre eigenen Datensätze lesen.</translation>
    </message>
</context>
<context>
    <name>tandem::ScorePicker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type a score from %1 to %2</source>
        <translation>Geben Sie eine Bewertung von %1 bis %2 ein</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
</context>
<context>
    <name>tandem::ScreenshotViews</name>
    <message>
        <source>The customer list could not be read: the team server did not answer. What was loaded stays on screen.</source>
        <translation>Die Kundenliste konnte nicht gelesen werden: Der Team-Server hat nicht geantwortet. Was bereits geladen war, bleibt sichtbar.</translation>
    </message>
    <message>
        <source>Which app version does the customer run, and could you attach the log from their hub?</source>
        <translation>Welche App-Version nutzt der Kunde, und können Sie das Protokoll seines Hubs anhängen?</translation>
    </message>
    <message>
        <source>The mail server refused the address: mailbox unavailable (550 5.1.1).</source>
        <translation>Der Mailserver hat die Adresse abgelehnt: Postfach nicht verfügbar (550 5.1.1).</translation>
    </message>
    <message>
        <source>Thank you for your patience; the replacement part ships today.</source>
        <translation>Vielen Dank für Ihre Geduld; das Ersatzteil wird heute verschickt.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Label printer jams every morning</source>
        <translation>Etikettendrucker klemmt jeden Morgen</translation>
    </message>
    <message>
        <source>Paper jam in tray 2 at 10:00 every day, error E-204.</source>
        <translation>Papierstau in Fach 2 jeden Tag um 10:00 Uhr, Fehler E-204.</translation>
    </message>
    <message>
        <source>Print labels from tray 2 in the morning; the jam comes at about 10:00.</source>
        <translation>Morgens Etiketten aus Fach 2 drucken; der Stau kommt gegen 10:00 Uhr.</translation>
    </message>
    <message>
        <source>Labels print all day without a jam.</source>
        <translation>Etiketten drucken den ganzen Tag ohne Stau.</translation>
    </message>
    <message>
        <source>New labels, cleaned rollers, the latest firmware.</source>
        <translation>Neue Etiketten, gereinigte Rollen, die neueste Firmware.</translation>
    </message>
    <message>
        <source>

## If the hub stays offline

Update the hub to firmware 2.4 in the app: it keeps its pairing across restarts then.
</source>
        <translation>

## Wenn der Hub offline bleibt

Aktualisieren Sie den Hub in der App auf Firmware 2.4: Dann bleibt er auch nach einem Neustart gekoppelt.
</translation>
    </message>
</context>
<context>
    <name>tandem::SearchIndexing</name>
    <message>
        <source>Could not work out which indexes a workspace needs: %1</source>
        <translation>Es konnte nicht ermittelt werden, welche Indizes ein Arbeitsbereich braucht: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a shortcut or a command</source>
        <translation>Tastenkürzel oder Befehl suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>tandem::SignInDialog</name>
    <message>
        <source>Sign In to Tandem</source>
        <translation>Bei Tandem anmelden</translation>
    </message>
    <message>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Bei &lt;b&gt;%1&lt;/b&gt; anmelden.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>This is a demo workspace: its accounts and passwords are public. Pick one to try a role.</source>
        <translation>Dies ist ein Demo-Arbeitsbereich: Seine Konten und Passwörter sind öffentlich. Wählen Sie eines aus, um eine Rolle auszuprobieren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demokonten</translation>
    </message>
</context>
<context>
    <name>tandem::SlaPolicy</name>
    <message>
        <source>Claim within %1 · resolve within %2</source>
        <translation>Übernahme innerhalb von %1 · Lösung innerhalb von %2</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Rechtzeitig gelöst</translation>
    </message>
    <message>
        <source>Resolved %1 late</source>
        <translation>Mit %1 Verspätung gelöst</translation>
    </message>
    <message>
        <source>Claim in %1</source>
        <translation>Übernahme in %1</translation>
    </message>
    <message>
        <source>Claim overdue by %1</source>
        <translation>Übernahme seit %1 überfällig</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>Lösung in %1</translation>
    </message>
    <message>
        <source>Resolve overdue by %1</source>
        <translation>Lösung seit %1 überfällig</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Antwort in %1</translation>
    </message>
    <message>
        <source>Reply overdue by %1</source>
        <translation>Antwort seit %1 überfällig</translation>
    </message>
</context>
<context>
    <name>tandem::SmtpConnection</name>
    <message>
        <source>The SMTP server %1 did not agree to STARTTLS in time.</source>
        <translation>Der SMTP-Server %1 hat STARTTLS nicht rechtzeitig zugestimmt.</translation>
    </message>
    <message>
        <source>The SMTP server %1 did not start a session: %2</source>
        <translation>Der SMTP-Server %1 hat keine Sitzung begonnen: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the login &quot;%2&quot; with this password: %3</source>
        <translation>Der SMTP-Server %1 hat die Anmeldung „%2“ mit diesem Passwort abgelehnt: %3</translation>
    </message>
    <message>
        <source>The SMTP server %1 did not take the message: %2</source>
        <translation>Der SMTP-Server %1 hat die Nachricht nicht angenommen: %2</translation>
    </message>
    <message>
        <source>The connection to the SMTP server %1 was lost while it was sending: %2</source>
        <translation>Die Verbindung zum SMTP-Server %1 brach während des Sendens ab: %2</translation>
    </message>
</context>
<context>
    <name>tandem::SpecialistQueueWidget</name>
    <message>
        <source>Support queue</source>
        <translation>Support-Warteschlange</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Escalated by me</source>
        <translation>Von mir eskaliert</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>An mich zurückgegeben</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Take this escalation; the first to claim it gets it.</source>
        <translation>Diese Eskalation übernehmen; wer sie zuerst übernimmt, bekommt sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>Wählen Sie zuerst eine Eskalation aus.</translation>
    </message>
    <message>
        <source>Escalation #%1 is now “%2”.</source>
        <translation>Eskalation #%1 ist jetzt „%2“.</translation>
    </message>
    <message>
        <source>Give escalation #%1 to:</source>
        <translation>Eskalation #%1 zuweisen an:</translation>
    </message>
    <message>
        <source>New severity:</source>
        <translation>Neuer Schweregrad:</translation>
    </message>
    <message>
        <source>Your information was added to escalation #%1.</source>
        <translation>Ihre Informationen wurden zu Eskalation #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Search number, customer, summary (Ctrl+F)</source>
        <translation>Nummer, Kunde, Zusammenfassung suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search escalations</source>
        <translation>Eskalationen durchsuchen</translation>
    </message>
    <message>
        <source>Turn into &amp;Article</source>
        <translation>In &amp;Artikel umwandeln</translation>
    </message>
    <message>
        <source>Draft a knowledge-base article from this escalation&apos;s hand-off and solution, without the customer&apos;s data</source>
        <translation>Aus Übergabe und Lösung dieser Eskalation einen Artikel für die Wissensdatenbank entwerfen, ohne die Daten des Kunden</translation>
    </message>
    <message>
        <source>A draft article was made from escalation #%1; check it for customer data before publishing it.</source>
        <translation>Aus Eskalation #%1 wurde ein Artikelentwurf erstellt; prüfen Sie ihn vor der Veröffentlichung auf Kundendaten.</translation>
    </message>
</context>
<context>
    <name>tandem::SpoolConnector</name>
    <message>
        <source>The spool connector was told to fail.</source>
        <translation>Der Spool-Connector wurde angewiesen, fehlzuschlagen.</translation>
    </message>
    <message>
        <source>The spool folder %1 is not there.</source>
        <translation>Der Spool-Ordner %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The spool file could not be written: %1</source>
        <translation>Die Spool-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The spool file %1 could not be made.</source>
        <translation>Die Spool-Datei %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>tandem::Sql</name>
    <message>
        <source>Another program is holding the workspace; close it and try again.</source>
        <translation>Ein anderes Programm hält den Arbeitsbereich; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another program is holding the workspace file (%1); close it and try again.</source>
        <translation>Ein anderes Programm hält die Arbeitsbereichsdatei (%1); schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so nothing was changed. Open a copy you may write to.</source>
        <translation>Der Arbeitsbereich ist nur zum Lesen geöffnet, daher wurde nichts geändert. Öffnen Sie eine Kopie, in die Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist voll; nichts wurde geändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace file is damaged and cannot be read. Restore it from a backup or a copy.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt und kann nicht gelesen werden. Stellen Sie sie aus einer Sicherung oder Kopie wieder her.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read or written. Check that it and its folder are still there and that you may use them, then try again.</source>
        <translation>Die Arbeitsbereichsdatei kann nicht gelesen oder geschrieben werden. Prüfen Sie, ob sie und ihr Ordner noch da sind und Sie sie benutzen dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The team server went away; nothing of the unfinished change was kept. Check the server or the network and try again.</source>
        <translation>Der Team-Server ist nicht mehr erreichbar; von der unvollendeten Änderung wurde nichts behalten. Prüfen Sie den Server oder das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace refused the operation; nothing was changed. Details are in the log (tandem.storage).</source>
        <translation>Der Arbeitsbereich hat den Vorgang abgelehnt; nichts wurde geändert. Einzelheiten stehen im Protokoll (tandem.storage).</translation>
    </message>
</context>
<context>
    <name>tandem::TeamQueuesDialog</name>
    <message>
        <source>Team Queues</source>
        <translation>Team-Warteschlangen</translation>
    </message>
    <message>
        <source>When a queue&apos;s e-mail conversation is closed, the customer can be sent a survey from the shared survey template of its kind. Their answer counts in the KPIs.</source>
        <translation>Wenn eine E-Mail-Unterhaltung einer Warteschlange geschlossen wird, kann der Kunde eine Umfrage aus der gemeinsamen Umfragevorlage ihrer Art erhalten. Seine Antwort zählt in den KPIs.</translation>
    </message>
    <message>
        <source>Survey of %1</source>
        <translation>Umfrage von %1</translation>
    </message>
    <message>
        <source>No survey</source>
        <translation>Keine Umfrage</translation>
    </message>
    <message>
        <source>%1 survey</source>
        <translation>%1-Umfrage</translation>
    </message>
    <message>
        <source>This workspace has no team queues.</source>
        <translation>Dieser Arbeitsbereich hat keine Team-Warteschlangen.</translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation>%1: gespeichert.</translation>
    </message>
</context>
<context>
    <name>tandem::TeamServerCheck</name>
    <message>
        <source>The server refused a question the check asked: %1</source>
        <translation>Der Server hat eine Frage der Prüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: give it in the address or in your ~/.pgpass file (PGPASSFILE).</source>
        <translation>Der Server %1 verlangt ein Passwort: Geben Sie es in der Adresse oder in Ihrer Datei ~/.pgpass (PGPASSFILE) an.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 as %2 (the server said: %3). Check that the server runs, that the address is right and that pg_hba.conf lets this computer in.</source>
        <translation>Keine Verbindung zu %1 als %2 (der Server sagte: %3). Prüfen Sie, ob der Server läuft, die Adresse stimmt und pg_hba.conf diesen Computer zulässt.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Tandem needs PostgreSQL 15 or newer. Upgrade the server (pg_upgrade), then run the check again.</source>
        <translation>Der Server läuft mit PostgreSQL %1; Tandem braucht PostgreSQL 15 oder neuer. Aktualisieren Sie den Server (pg_upgrade) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 (Tandem needs 15 or newer).</source>
        <translation>PostgreSQL %1 (Tandem braucht 15 oder neuer).</translation>
    </message>
    <message>
        <source>The database %1 is UTF8.</source>
        <translation>Die Datenbank %1 ist UTF8.</translation>
    </message>
    <message>
        <source>The database %1 is encoded as %2, but Tandem keeps names and mail in every language and needs UTF8. Make a UTF8 database (CREATE DATABASE name ENCODING &apos;UTF8&apos; TEMPLATE template0) and copy the workspace into it with tandemctl copy.</source>
        <translation>Die Datenbank %1 ist als %2 kodiert, aber Tandem speichert Namen und Mails in jeder Sprache und braucht UTF8. Legen Sie eine UTF8-Datenbank an (CREATE DATABASE name ENCODING &apos;UTF8&apos; TEMPLATE template0) und kopieren Sie den Arbeitsbereich mit tandemctl copy hinein.</translation>
    </message>
    <message>
        <source>The extension plpgsql, in which the workspace&apos;s triggers are written, is missing from this database: a superuser runs CREATE EXTENSION plpgsql; in it.</source>
        <translation>In dieser Datenbank fehlt die Erweiterung plpgsql, in der die Trigger des Arbeitsbereichs geschrieben sind: Ein Superuser führt darin CREATE EXTENSION plpgsql; aus.</translation>
    </message>
    <message>
        <source>The text search configuration &quot;simple&quot;, which search uses, is missing: this database was made from a damaged template. Make the database again.</source>
        <translation>Die Textsuche-Konfiguration &quot;simple&quot;, die die Suche verwendet, fehlt: Diese Datenbank wurde aus einer beschädigten Vorlage angelegt. Legen Sie die Datenbank neu an.</translation>
    </message>
    <message>
        <source>plpgsql and the text search configuration &quot;simple&quot; are there; Tandem needs no other extension.</source>
        <translation>plpgsql und die Textsuche-Konfiguration &quot;simple&quot; sind vorhanden; Tandem braucht keine weitere Erweiterung.</translation>
    </message>
    <message>
        <source>%1 is a standby (a replica) and cannot be written. Name the primary in the address; a replica goes in ?replica=HOST:PORT.</source>
        <translation>%1 ist ein Standby (eine Replik) und kann nicht beschrieben werden. Nennen Sie in der Adresse den Primärserver; eine Replik gehört in ?replica=HOST:PORT.</translation>
    </message>
    <message>
        <source>Every transaction of %1 starts read-only (default_transaction_read_only is on for this login or database), so no desk could write. Switch it off: ALTER ROLE name SET default_transaction_read_only = off.</source>
        <translation>Jede Transaktion von %1 beginnt schreibgeschützt (default_transaction_read_only ist für diese Anmeldung oder Datenbank an), also könnte kein Arbeitsplatz schreiben. Schalten Sie es ab: ALTER ROLE name SET default_transaction_read_only = off.</translation>
    </message>
    <message>
        <source>The server takes writes (it is a primary).</source>
        <translation>Der Server nimmt Schreibzugriffe an (er ist ein Primärserver).</translation>
    </message>
    <message>
        <source>The login %1 is a superuser: it could change or delete audit entries and switch off the triggers that guard them. Let the desks log in as a role without superuser rights (tandemctl audit roles prints the SQL for it).</source>
        <translation>Die Anmeldung %1 ist ein Superuser: Sie könnte Prüfprotokoll-Einträge ändern oder löschen und die Trigger abschalten, die sie schützen. Lassen Sie die Arbeitsplätze sich als Rolle ohne Superuser-Rechte anmelden (tandemctl audit roles gibt das SQL dafür aus).</translation>
    </message>
    <message>
        <source>The login %1 has no superuser rights.</source>
        <translation>Die Anmeldung %1 hat keine Superuser-Rechte.</translation>
    </message>
    <message>
        <source>There is no Tandem workspace here yet, and the login %1 may not create tables in the schema %2 to make one. Give the role that is to own the tables CREATE on it (tandemctl audit roles prints the SQL) and open the workspace once as that role.</source>
        <translation>Hier gibt es noch keinen Tandem-Arbeitsbereich, und die Anmeldung %1 darf im Schema %2 keine Tabellen anlegen, um einen zu erstellen. Geben Sie der Rolle, der die Tabellen gehören sollen, CREATE darauf (tandemctl audit roles gibt das SQL aus) und öffnen Sie den Arbeitsbereich einmal als diese Rolle.</translation>
    </message>
    <message>
        <source>(none: the search_path is empty)</source>
        <translation>(keins: der search_path ist leer)</translation>
    </message>
    <message>
        <source>There is no Tandem workspace here yet: open it once (or tandemctl copy into it) as the role that is to own the tables, then let the desks log in as a role that does not (tandemctl audit roles).</source>
        <translation>Hier gibt es noch keinen Tandem-Arbeitsbereich: Öffnen Sie ihn einmal (oder kopieren Sie mit tandemctl copy hinein) als die Rolle, der die Tabellen gehören sollen, und lassen Sie die Arbeitsplätze sich dann als eine Rolle anmelden, der sie nicht gehören (tandemctl audit roles).</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Tandem (workspace version %1; this program knows up to %2). Update Tandem on this computer.</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Tandem-Version geschrieben (Arbeitsbereich-Version %1; dieses Programm kennt bis %2). Aktualisieren Sie Tandem auf diesem Computer.</translation>
    </message>
    <message>
        <source>The workspace is at version %1 and this Tandem needs %2: open it once as %3, which owns its tables, to update it before the desks do.</source>
        <translation>Der Arbeitsbereich hat Version %1, und dieses Tandem braucht %2: Öffnen Sie ihn einmal als %3, der seine Tabellen gehören, um ihn zu aktualisieren, bevor die Arbeitsplätze es tun.</translation>
    </message>
    <message>
        <source>The workspace is at version %1, as this Tandem writes it.</source>
        <translation>Der Arbeitsbereich hat Version %1, wie dieses Tandem ihn schreibt.</translation>
    </message>
    <message>
        <source>The login %1 owns the workspace&apos;s tables (they belong to %2), so it could change or delete audit entries. Set up two roles: one owns the tables and updates them, the desks log in as the other (tandemctl audit roles prints the SQL).</source>
        <translation>Der Anmeldung %1 gehören die Tabellen des Arbeitsbereichs (sie gehören %2), also könnte sie Prüfprotokoll-Einträge ändern oder löschen. Richten Sie zwei Rollen ein: einer gehören die Tabellen und sie aktualisiert sie, die Arbeitsplätze melden sich als die andere an (tandemctl audit roles gibt das SQL aus).</translation>
    </message>
    <message>
        <source>The login %1 may not read and write the workspace&apos;s records: give it the rights tandemctl audit roles prints (the GRANT statements), as %2.</source>
        <translation>Die Anmeldung %1 darf die Datensätze des Arbeitsbereichs nicht lesen und schreiben: Geben Sie ihr als %2 die Rechte, die tandemctl audit roles ausgibt (die GRANT-Anweisungen).</translation>
    </message>
    <message>
        <source>The login %1 may change or delete audit entries: as %2, run REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1.</source>
        <translation>Die Anmeldung %1 darf Prüfprotokoll-Einträge ändern oder löschen: Führen Sie als %2 REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1 aus.</translation>
    </message>
    <message>
        <source>Two roles: %1 owns the tables; the login %2 reads and writes records but cannot change the audit trail.</source>
        <translation>Zwei Rollen: %1 gehören die Tabellen; die Anmeldung %2 liest und schreibt Datensätze, kann aber das Prüfprotokoll nicht ändern.</translation>
    </message>
    <message>
        <source>The change feed cannot LISTEN on %1: %2</source>
        <translation>Der Änderungsdienst kann auf %1 kein LISTEN ausführen: %2</translation>
    </message>
    <message>
        <source>LISTEN/NOTIFY works on %1, where the change feed listens: other desks&apos; changes reach each desk at once.</source>
        <translation>LISTEN/NOTIFY funktioniert auf %1, wo der Änderungsdienst lauscht: Änderungen anderer Arbeitsplätze erreichen jeden Arbeitsplatz sofort.</translation>
    </message>
    <message>
        <source>The change feed heard nothing on %1 within %2 s, so desks would not see each other&apos;s changes. LISTEN needs a session connection, and a transaction pool (PgBouncer&apos;s pool_mode = transaction) loses it: let the change feed connect to PostgreSQL itself or a session-pooled port by adding ?listen=HOST:PORT to the address.</source>
        <translation>Der Änderungsdienst hat auf %1 innerhalb von %2 s nichts gehört, also sähen die Arbeitsplätze die Änderungen der anderen nicht. LISTEN braucht eine Sitzungsverbindung, und ein Transaktions-Pool (PgBouncer mit pool_mode = transaction) verliert sie: Lassen Sie den Änderungsdienst sich direkt mit PostgreSQL oder einem sitzungsweise gepoolten Port verbinden, indem Sie ?listen=HOST:PORT an die Adresse anhängen.</translation>
    </message>
    <message>
        <source>%1 is not a standby of this server but a primary of its own: reports would read data the desks do not write. Name a streaming replica (pg_basebackup -R) in ?replica=HOST:PORT.</source>
        <translation>%1 ist kein Standby dieses Servers, sondern ein eigener Primärserver: Berichte läsen Daten, die die Arbeitsplätze nicht schreiben. Nennen Sie in ?replica=HOST:PORT eine Streaming-Replik (pg_basebackup -R).</translation>
    </message>
    <message>
        <source>%1 is a streaming replica, %2 kB behind the primary: the lead&apos;s reports read from it.</source>
        <translation>%1 ist eine Streaming-Replik, %2 kB hinter dem Primärserver: Die Berichte der Teamleitung lesen von ihr.</translation>
    </message>
</context>
<context>
    <name>tandem::TeamServerDoctor</name>
    <message>
        <source>The doctor looks at team servers: give a postgresql:// address (a workspace file needs no server).</source>
        <translation>doctor prüft Team-Server: Geben Sie eine postgresql://-Adresse an (eine Arbeitsbereichsdatei braucht keinen Server).</translation>
    </message>
</context>
<context>
    <name>tandem::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>e.g. support-db.example.com</source>
        <translation>z. B. support-db.example.com</translation>
    </message>
    <message>
        <source>e.g. tandem</source>
        <translation>z. B. tandem</translation>
    </message>
    <message>
        <source>Use if the server offers it</source>
        <translation>Verwenden, falls der Server es anbietet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, and verify the server</source>
        <translation>Erforderlich, mit Prüfung des Servers</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Recent team workspaces:</source>
        <translation>&amp;Zuletzt verwendete Team-Arbeitsbereiche:</translation>
    </message>
    <message>
        <source>The server asks for your password when it needs one; Tandem never stores it. A password file (PGPASSFILE) or service file (PGSERVICE) works too.</source>
        <translation>Der Server fragt nach Ihrem Passwort, wenn er eines benötigt; Tandem speichert es nie. Eine Passwortdatei (PGPASSFILE) oder Dienstdatei (PGSERVICE) funktioniert ebenfalls.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateCategories</name>
    <message>
        <source>Referral requests</source>
        <translation>Empfehlungsanfragen</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Technischer Support</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateEditorDialog</name>
    <message>
        <source>Edit Template “%1”</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>one word, like refund-chat</source>
        <translation>ein Wort, z. B. erstattung-chat</translation>
    </message>
    <message>
        <source>Asks the customer for a referral</source>
        <translation>Bittet den Kunden um eine Empfehlung</translation>
    </message>
    <message>
        <source>For email; may use placeholders</source>
        <translation>Für E-Mail; kann Platzhalter enthalten</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Hi {{customer.first_name | &quot;there&quot;}},

{{cursor}}

{{agent.name}}</source>
        <translation>Hallo {{customer.first_name | &quot;zusammen&quot;}},

{{cursor}}

{{agent.name}}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Personal (only you)</source>
        <translation>Persönlich (nur Sie)</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Mit dem Team geteilt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kan&amp;al:</translation>
    </message>
    <message>
        <source>Sh&amp;ortcode:</source>
        <translation>Kür&amp;zel:</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>&amp;Sichtbar für:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Shared templates are changed by team leads; you can read this one and copy from it.</source>
        <translation>Geteilte Vorlagen werden von Teamleitungen geändert; Sie können diese Vorlage lesen und daraus kopieren.</translation>
    </message>
    <message>
        <source>Fix the problems listed before saving.</source>
        <translation>Beheben Sie vor dem Speichern die aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>No value for this customer: %1. A fallback, like {{customer.phone | &quot;your number&quot;}}, covers it.</source>
        <translation>Kein Wert für diesen Kunden: %1. Ein Ersatzwert wie {{customer.phone | &quot;Ihre Nummer&quot;}} deckt das ab.</translation>
    </message>
    <message>
        <source>%1 of %2 characters on %3, with sample values</source>
        <translation>%1 von %2 Zeichen für %3, mit Beispielwerten</translation>
    </message>
    <message numerus="yes">
        <source>%n characters with sample values</source>
        <translation>
            <numerusform>%n Zeichen mit Beispielwerten</numerusform>
            <numerusform>%n Zeichen mit Beispielwerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Too long to preview; the problems are listed above.</source>
        <translation>Zu lang für die Vorschau; die Probleme stehen oben.</translation>
    </message>
    <message>
        <source>Too long to count with sample values</source>
        <translation>Zu lang, um mit Beispielwerten zu zählen</translation>
    </message>
    <message>
        <source>The pasted text was not added: the template&apos;s text would have %1 characters, %2 at most.</source>
        <translation>Der eingefügte Text wurde nicht übernommen: Der Vorlagentext hätte %1 Zeichen, höchstens %2 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateEngine</name>
    <message>
        <source>No value for “%1” at line %2, column %3.</source>
        <translation>Kein Wert für „%1“ in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>No value for “%1” (%2) at line %3, column %4.</source>
        <translation>Kein Wert für „%1“ (%2) in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>Customer&apos;s last name</source>
        <translation>Nachname des Kunden</translation>
    </message>
    <message>
        <source>Lovelace</source>
        <translation>Lovelace</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>Vollständiger Name des Kunden</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Customer&apos;s email address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Telefonnummer des Kunden</translation>
    </message>
    <message>
        <source>+44 20 7946 0018</source>
        <translation>+44 20 7946 0018</translation>
    </message>
    <message>
        <source>Company the customer works for</source>
        <translation>Firma, für die der Kunde arbeitet</translation>
    </message>
    <message>
        <source>Analytical Engines Ltd</source>
        <translation>Analytical Engines Ltd</translation>
    </message>
    <message>
        <source>Customer&apos;s service tier</source>
        <translation>Servicestufe des Kunden</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Your name as customers see it</source>
        <translation>Ihr Name, wie Kunden ihn sehen</translation>
    </message>
    <message>
        <source>Grace Hopper</source>
        <translation>Grace Hopper</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Ihr Vorname</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Grace</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>grace@example.com</source>
        <translation>grace@example.com</translation>
    </message>
    <message>
        <source>Our company&apos;s name</source>
        <translation>Name unseres Unternehmens</translation>
    </message>
    <message>
        <source>Tandem Demo Co.</source>
        <translation>Tandem Demo Co.</translation>
    </message>
    <message>
        <source>Number of the open escalation</source>
        <translation>Nummer der offenen Eskalation</translation>
    </message>
    <message>
        <source>1042</source>
        <translation>1042</translation>
    </message>
    <message>
        <source>Summary of the open escalation</source>
        <translation>Zusammenfassung der offenen Eskalation</translation>
    </message>
    <message>
        <source>Export stops at 10,000 rows</source>
        <translation>Export bricht bei 10.000 Zeilen ab</translation>
    </message>
    <message>
        <source>Severity of the open escalation</source>
        <translation>Schweregrad der offenen Eskalation</translation>
    </message>
    <message>
        <source>S2 – major</source>
        <translation>S2 – schwerwiegend</translation>
    </message>
    <message>
        <source>Where the open escalation stands</source>
        <translation>Aktueller Stand der offenen Eskalation</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Today&apos;s date, written out</source>
        <translation>Heutiges Datum, ausgeschrieben</translation>
    </message>
    <message>
        <source>3 March 2025</source>
        <translation>3. März 2025</translation>
    </message>
    <message>
        <source>Today&apos;s day of the week</source>
        <translation>Heutiger Wochentag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Where the caret goes after the reply is inserted</source>
        <translation>Position des Cursors nach dem Einfügen der Antwort</translation>
    </message>
    <message>
        <source>Title of the knowledge-base article chosen for the reply</source>
        <translation>Titel des für die Antwort gewählten Wissensdatenbank-Artikels</translation>
    </message>
    <message>
        <source>Resetting the E4 router</source>
        <translation>Den E4-Router zurücksetzen</translation>
    </message>
    <message>
        <source>Link to the chosen article on the self-service site</source>
        <translation>Link zum gewählten Artikel auf der Self-Service-Seite</translation>
    </message>
    <message>
        <source>https://help.example.com/en/12-resetting-the-e4-router.html</source>
        <translation>https://help.example.com/de/12-den-e4-router-zurucksetzen.html</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateLibraryFile</name>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”)</source>
        <translation>Eintrag %1 („%2“)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file is not a Tandem template library: it holds no JSON object.</source>
        <translation>Die Datei ist keine Tandem-Vorlagenbibliothek: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not a Tandem template library: its format field is “%1”, not “%2”.</source>
        <translation>Die Datei ist keine Tandem-Vorlagenbibliothek: Ihr Feld „format“ lautet „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>The library has version %1, which this version of Tandem cannot read (it reads version %2).</source>
        <translation>Die Bibliothek hat die Version %1, die diese Tandem-Version nicht lesen kann (sie liest Version %2).</translation>
    </message>
    <message>
        <source>The library has no list of templates.</source>
        <translation>Die Bibliothek enthält keine Liste von Vorlagen.</translation>
    </message>
    <message>
        <source>%1: is not a JSON object.</source>
        <translation>%1: ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: the field “%2” is missing.</source>
        <translation>%1: Das Feld „%2“ fehlt.</translation>
    </message>
    <message>
        <source>%1: the field “%2” must be text.</source>
        <translation>%1: Das Feld „%2“ muss Text sein.</translation>
    </message>
    <message>
        <source>%1: unknown channel “%2” (known: %3).</source>
        <translation>%1: unbekannter Kanal „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <source>%1: the field “referral” must be true or false.</source>
        <translation>%1: Das Feld „referral“ muss true oder false sein.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateLibraryWidget</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Find a template by name, shortcode or words from the text</source>
        <translation>Vorlage nach Name, Kürzel oder Wörtern aus dem Text suchen</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Vorlage suchen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Referral results per template</source>
        <translation>Empfehlungsergebnisse je Vorlage</translation>
    </message>
    <message>
        <source>Referral request</source>
        <translation>Bitte um Empfehlung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Referral requests and the referrals that followed</source>
        <translation>Bitten um Empfehlung und die Empfehlungen, die folgten</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is archived: it leaves the lists and stays behind the replies sent with it.</source>
        <translation>Die Vorlage „%1“ ist archiviert: Sie verschwindet aus den Listen und bleibt bei den damit gesendeten Antworten erhalten.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a template library (%2 MB at most); nothing was imported.</source>
        <translation>%1 ist zu groß für eine Vorlagenbibliothek (höchstens %2 MB); nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s).</source>
        <translation>
            <numerusform>%n Vorlage importiert.</numerusform>
            <numerusform>%n Vorlagen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the templates to %1.</source>
        <translation>Vorlagen nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import Templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>Template libraries (*.json);;All files (*)</source>
        <translation>Vorlagenbibliotheken (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Mit dem Team geteilt</translation>
    </message>
    <message>
        <source>My personal templates</source>
        <translation>Meine persönlichen Vorlagen</translation>
    </message>
    <message>
        <source>Add the templates as:</source>
        <translation>Vorlagen hinzufügen als:</translation>
    </message>
    <message>
        <source>Export Templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>templates.json</source>
        <translation>vorlagen.json</translation>
    </message>
    <message>
        <source>Template libraries (*.json)</source>
        <translation>Vorlagenbibliotheken (*.json)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateListDelegate</name>
    <message>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateListModel</name>
    <message>
        <source>any channel</source>
        <translation>alle Kanäle</translation>
    </message>
</context>
<context>
    <name>tandem::TemplatePickerDialog</name>
    <message>
        <source>Insert Reply Template</source>
        <translation>Antwortvorlage einfügen</translation>
    </message>
    <message>
        <source>Type a name, shortcode or words from the text</source>
        <translation>Geben Sie einen Namen, ein Kürzel oder Wörter aus dem Text ein</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>Vorlagen filtern</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Preview for the customer</source>
        <translation>Vorschau für den Kunden</translation>
    </message>
    <message>
        <source>Fill in before inserting</source>
        <translation>Vor dem Einfügen ausfüllen</translation>
    </message>
    <message>
        <source>Why the reply cannot be inserted yet</source>
        <translation>Warum die Antwort noch nicht eingefügt werden kann</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert Reply Template for %1</source>
        <translation>Antwortvorlage für %1 einfügen</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Es gibt noch keine Vorlagen.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Keine Vorlage entspricht „%1“.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>This template has mistakes and cannot be inserted; it needs fixing in the template editor.</source>
        <translation>Diese Vorlage enthält Fehler und kann nicht eingefügt werden; sie muss im Vorlageneditor korrigiert werden.</translation>
    </message>
    <message>
        <source>Cannot insert yet: there is no value for %1.</source>
        <translation>Noch nicht einfügbar: Es gibt keinen Wert für %1.</translation>
    </message>
    <message>
        <source>Longer than %1 allows; shorten it after inserting.</source>
        <translation>Länger, als %1 erlaubt; kürzen Sie den Text nach dem Einfügen.</translation>
    </message>
    <message>
        <source>Nothing for %1 matches “%2”; the best match is for %3.</source>
        <translation>Für %1 passt nichts zu „%2“; der beste Treffer ist für %3.</translation>
    </message>
    <message>
        <source>This template is for %1, not %2.</source>
        <translation>Diese Vorlage ist für %1, nicht für %2.</translation>
    </message>
</context>
<context>
    <name>tandem::TemplateService</name>
    <message>
        <source>any channel</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>Der Name ist zu lang (höchstens %n Zeichen).</numerusform>
            <numerusform>Der Name ist zu lang (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category is too long (at most %n characters).</source>
        <translation>
            <numerusform>Die Kategorie ist zu lang (höchstens %n Zeichen).</numerusform>
            <numerusform>Die Kategorie ist zu lang (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>A shortcode is one word of letters a-z, digits, - and _, starting with a letter or digit.</source>
        <translation>Ein Kürzel ist ein Wort aus den Buchstaben a–z, Ziffern, - und _ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message numerus="yes">
        <source>The shortcode is too long (at most %n characters).</source>
        <translation>
            <numerusform>Das Kürzel ist zu lang (höchstens %n Zeichen).</numerusform>
            <numerusform>Das Kürzel ist zu lang (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject has an error at column %1: %2</source>
        <translation>Der Betreff enthält einen Fehler in Spalte %1: %2</translation>
    </message>
    <message>
        <source>The text has an error at line %1, column %2: %3</source>
        <translation>Der Text enthält einen Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors.</source>
        <translation>
            <numerusform>… und %n weiterer Fehler.</numerusform>
            <numerusform>… und %n weitere Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Der Betreff muss einzeilig sein.</translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <translation>Die Vorlage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters with sample values, %3 at most.</source>
        <translation>Zu lang für %1: %2 Zeichen mit Beispielwerten, höchstens %3.</translation>
    </message>
    <message>
        <source>The shortcode “%1” is already used by the template “%2” (%3).</source>
        <translation>Das Kürzel „%1“ wird bereits von der Vorlage „%2“ (%3) verwendet.</translation>
    </message>
    <message>
        <source>Only team leads change shared templates. You can keep your own wording as a personal template.</source>
        <translation>Nur Teamleitungen ändern geteilte Vorlagen. Ihre eigene Formulierung können Sie als persönliche Vorlage behalten.</translation>
    </message>
    <message>
        <source>This is another agent&apos;s personal template; only they can change it.</source>
        <translation>Dies ist die persönliche Vorlage eines anderen Mitarbeiters; nur dieser kann sie ändern.</translation>
    </message>
    <message>
        <source>That template does not exist (any more).</source>
        <translation>Diese Vorlage existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>That customer does not exist (any more).</source>
        <translation>Dieser Kunde existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The reply has no text.</source>
        <translation>Die Antwort enthält keinen Text.</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Empfehlung erhalten</translation>
    </message>
    <message>
        <source>Referral results across the team are for team leads.</source>
        <translation>Empfehlungsergebnisse des gesamten Teams sind Teamleitungen vorbehalten.</translation>
    </message>
    <message>
        <source>The default template library is missing from this build of Tandem.</source>
        <translation>Die Standard-Vorlagenbibliothek fehlt in diesem Tandem-Build.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the shortcode “%2” is also used by %3.</source>
        <translation>%1: Das Kürzel „%2“ wird auch von %3 verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template library was not imported; nothing was changed.</source>
        <translation>Die Vorlagenbibliothek wurde nicht importiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The subject is too long: %1 characters, %2 at most.</source>
        <translation>Der Betreff ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>The text is too long: %1 characters, %2 at most.</source>
        <translation>Der Text ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineCardDelegate</name>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>eine Korrektur</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineService</name>
    <message>
        <source>That customer does not exist (any more).</source>
        <translation>Dieser Kunde existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>A complaint needs a cause, so the team can see which causes come up most.</source>
        <translation>Eine Beschwerde braucht einen Beschwerdegrund, damit das Team sehen kann, welche Gründe am häufigsten vorkommen.</translation>
    </message>
    <message>
        <source>A %1 score goes from %2 to %3.</source>
        <translation>Eine %1-Wertung reicht von %2 bis %3.</translation>
    </message>
    <message>
        <source>A complaint cause needs a short name (up to 80 characters).</source>
        <translation>Ein Beschwerdegrund braucht einen kurzen Namen (bis zu 80 Zeichen).</translation>
    </message>
    <message>
        <source>This workspace is open read-only; entries cannot be corrected in it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; Einträge können darin nicht korrigiert werden.</translation>
    </message>
    <message>
        <source>This entry has been corrected already; correct its correction (the newer entry) instead.</source>
        <translation>Dieser Eintrag wurde bereits korrigiert; korrigieren Sie stattdessen seine Korrektur (den neueren Eintrag).</translation>
    </message>
    <message>
        <source>Only the person who logged an entry, or a team lead, may correct it.</source>
        <translation>Nur wer einen Eintrag erfasst hat oder eine Teamleitung darf ihn korrigieren.</translation>
    </message>
    <message>
        <source>You can correct your own entries for %1 hours after logging them; ask a team lead to correct this one.</source>
        <translation>Eigene Einträge können Sie bis %1 Stunden nach dem Erfassen korrigieren; bitten Sie eine Teamleitung, diesen zu korrigieren.</translation>
    </message>
    <message>
        <source>That entry does not exist (any more).</source>
        <translation>Diesen Eintrag gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>A correction needs a subject or some text.</source>
        <translation>Eine Korrektur braucht einen Betreff oder etwas Text.</translation>
    </message>
    <message>
        <source>The correction is the same as the entry; change something first.</source>
        <translation>Die Korrektur gleicht dem Eintrag; ändern Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>Someone corrected this entry at the same moment; correct their correction instead.</source>
        <translation>Jemand hat diesen Eintrag im selben Moment korrigiert; korrigieren Sie stattdessen dessen Korrektur.</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineView</name>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Filter this timeline</source>
        <translation>Diese Zeitleiste filtern</translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation>Datum, zu dem gesprungen werden soll</translation>
    </message>
    <message>
        <source>&amp;Jump to Date</source>
        <translation>Zu &amp;Datum springen</translation>
    </message>
    <message>
        <source>Back to the newest events</source>
        <translation>Zurück zu den neuesten Ereignissen</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Zeitleiste des Kunden</translation>
    </message>
    <message>
        <source>Channels to show</source>
        <translation>Anzuzeigende Kanäle</translation>
    </message>
    <message>
        <source>Kinds of event to show</source>
        <translation>Anzuzeigende Ereignisarten</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Clear the channel, kind and word filters</source>
        <translation>Kanal-, Art- und Wortfilter zurücksetzen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>%1 Arten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) match</source>
        <translation>
            <numerusform>%1 von %n Ereignis passt</numerusform>
            <numerusform>%1 von %n Ereignissen passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TrendChart</name>
    <message>
        <source>No data in this period</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Woche ab %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::Workspace</name>
    <message>
        <source>No workspace was named.</source>
        <translation>Es wurde kein Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds other data and is not a Tandem workspace. %2</source>
        <translation>%1 enthält andere Daten und ist kein Tandem-Arbeitsbereich. %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (workspace version %2; this program knows up to %3). Update Tandem to open it. %4</source>
        <translation>%1 wurde von einer neueren Tandem-Version geschrieben (Arbeitsbereichsversion %2; dieses Programm kennt Versionen bis %3). Aktualisieren Sie Tandem, um ihn zu öffnen. %4</translation>
    </message>
    <message>
        <source>The file was left untouched.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Tandem workspace (it is not an SQLite database). %2</source>
        <translation>%1 ist kein Tandem-Arbeitsbereich (keine SQLite-Datenbank). %2</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>Der Server %1 verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>The database %1 holds no Tandem workspace yet.</source>
        <translation>Die Datenbank %1 enthält noch keinen Tandem-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Tandem workspace: %2 %3</source>
        <translation>%1 kann nicht als Tandem-Arbeitsbereich gelesen werden: %2 %3</translation>
    </message>
    <message>
        <source>%1 holds no Tandem workspace (it is empty). %2</source>
        <translation>%1 enthält keinen Tandem-Arbeitsbereich (die Datei ist leer). %2</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Tandem and must be updated before this version can read it, which cannot be done while it is open read-only. Open it once where it can be written. %2</source>
        <translation>%1 wurde von einer älteren Tandem-Version geschrieben und muss aktualisiert werden, bevor diese Version sie lesen kann; das geht nicht, solange sie nur zum Lesen geöffnet ist. Öffnen Sie sie einmal dort, wo sie geschrieben werden kann. %2</translation>
    </message>
    <message>
        <source>Cannot reach the team workspace %1. Check that the server runs, that the address is right and that this computer may connect to it.</source>
        <translation>Der Team-Arbeitsbereich %1 ist nicht erreichbar. Prüfen Sie, ob der Server läuft, die Adresse stimmt und dieser Computer sich verbinden darf.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Tandem (workspace version %2; this program needs %3), and the login %4 does not own its tables, so it cannot update them. Open it once as %5, which owns them, then again as %4. %6</source>
        <translation>%1 wurde von einer älteren Tandem-Version angelegt (Arbeitsbereichsversion %2; dieses Programm benötigt %3), und die Anmeldung %4 besitzt seine Tabellen nicht und kann sie daher nicht aktualisieren. Öffnen Sie ihn einmal als %5, der sie gehören, und dann wieder als %4. %6</translation>
    </message>
    <message>
        <source>This workspace&apos;s search index was incomplete, because an earlier bulk load was interrupted. It has been rebuilt: search finds everything again.</source>
        <translation>Der Suchindex dieses Arbeitsbereichs war unvollständig, weil ein früheres Massenladen abgebrochen wurde. Er wurde neu aufgebaut: Die Suche findet wieder alles.</translation>
    </message>
    <message>
        <source>This workspace&apos;s search index is incomplete, because an earlier bulk load was interrupted, and it could not be rebuilt now: search may miss records. Open the workspace again with permission to change it to repair it.</source>
        <translation>Der Suchindex dieses Arbeitsbereichs ist unvollständig, weil ein früheres Massenladen abgebrochen wurde, und er konnte jetzt nicht neu aufgebaut werden: Die Suche findet möglicherweise nicht alle Einträge. Öffnen Sie den Arbeitsbereich erneut mit der Berechtigung, ihn zu ändern, um ihn zu reparieren.</translation>
    </message>
</context>
<context>
    <name>tandem::WorkspaceCopier</name>
    <message>
        <source>The two workspaces have different schema versions; open both with this program first.</source>
        <translation>Die beiden Arbeitsbereiche haben unterschiedliche Schemaversionen; öffnen Sie zuerst beide mit diesem Programm.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n record(s); nothing was copied. Copy into an empty workspace, or replace its contents on purpose.</source>
        <translation>
            <numerusform>%1 enthält bereits %n Datensatz; es wurde nichts kopiert. Kopieren Sie in einen leeren Arbeitsbereich, oder ersetzen Sie seinen Inhalt ausdrücklich.</numerusform>
            <numerusform>%1 enthält bereits %n Datensätze; es wurde nichts kopiert. Kopieren Sie in einen leeren Arbeitsbereich, oder ersetzen Sie seinen Inhalt ausdrücklich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying %1 lost records (%2 of %3 arrived); nothing was copied.</source>
        <translation>Beim Kopieren von %1 sind Datensätze verloren gegangen (%2 von %3 angekommen); es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>tandem::WorkspaceSetup</name>
    <message>
        <source>The new workspace %1 could not be finished: another program kept its file open.</source>
        <translation>Der neue Arbeitsbereich %1 konnte nicht fertiggestellt werden: Ein anderes Programm hielt seine Datei geöffnet.</translation>
    </message>
    <message>
        <source>The new workspace could not be put in place at %1: %2</source>
        <translation>Der neue Arbeitsbereich konnte nicht unter %1 abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>tandem::cli::AuditCommand</name>
    <message>
        <source>Workspace file or postgresql:// address.</source>
        <translation>Arbeitsbereichsdatei oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>list: entries per page (default 50).</source>
        <translation>list: Einträge pro Seite (Standard: 50).</translation>
    </message>
    <message>
        <source>list: continue after this &quot;next&quot; value.</source>
        <translation>list: nach diesem „next“-Wert fortsetzen.</translation>
    </message>
    <message>
        <source>audit needs --workspace W.</source>
        <translation>audit benötigt --workspace W.</translation>
    </message>
    <message>
        <source>Checks and lists the tamper-evident audit trail, and signs checkpoints of it to keep elsewhere.

  audit verify      checks every entry&apos;s hash chain; exits 1 and names the first broken entry;
                    with --against, also that the trail still holds what a checkpoint vouches for
  audit list        the newest entries first, as JSON
  audit checkpoint  signs the trail&apos;s newest entry with --key and writes the checkpoint to --out
  audit keygen      makes a checkpoint key: the secret key in --out, the public key in --out.pub
  audit roles       prints the SQL for a PostgreSQL server whose desks do not own the tables</source>
        <translation>Prüft das manipulationssichere Prüfprotokoll, listet es auf und signiert Checkpoints davon, die anderswo aufbewahrt werden.

  audit verify      prüft die Hash-Kette aller Einträge; endet mit 1 und nennt den ersten fehlerhaften Eintrag;
                    mit --against zusätzlich, dass das Protokoll noch enthält, wofür ein Checkpoint bürgt
  audit list        die neuesten Einträge zuerst, als JSON
  audit checkpoint  signiert den neuesten Eintrag mit --key und schreibt den Checkpoint nach --out
  audit keygen      erstellt einen Checkpoint-Schlüssel: den geheimen in --out, den öffentlichen in --out.pub
  audit roles       gibt das SQL für einen PostgreSQL-Server aus, dessen Arbeitsplätze die Tabellen nicht besitzen</translation>
    </message>
    <message>
        <source>verify, list, checkpoint, keygen or roles</source>
        <translation>verify, list, checkpoint, keygen oder roles</translation>
    </message>
    <message>
        <source>audit needs verify, list, checkpoint, keygen or roles; see tandemctl audit --help.</source>
        <translation>audit benötigt verify, list, checkpoint, keygen oder roles; siehe tandemctl audit --help.</translation>
    </message>
    <message>
        <source>verify: also check the trail against this signed checkpoint.</source>
        <translation>verify: das Protokoll zusätzlich gegen diesen signierten Checkpoint prüfen.</translation>
    </message>
    <message>
        <source>verify: the checkpoint must be signed with the key in this file (a .pub file).</source>
        <translation>verify: der Checkpoint muss mit dem Schlüssel in dieser Datei signiert sein (eine .pub-Datei).</translation>
    </message>
    <message>
        <source>checkpoint: the secret key file to sign with.</source>
        <translation>checkpoint: die geheime Schlüsseldatei zum Signieren.</translation>
    </message>
    <message>
        <source>checkpoint: the checkpoint file to write; keygen: the secret key file to make.</source>
        <translation>checkpoint: die zu schreibende Checkpoint-Datei; keygen: die anzulegende geheime Schlüsseldatei.</translation>
    </message>
    <message>
        <source>roles: the role that owns the tables (default tandem_owner).</source>
        <translation>roles: die Rolle, der die Tabellen gehören (Standard: tandem_owner).</translation>
    </message>
    <message>
        <source>roles: the role the desks log in as (default tandem_app).</source>
        <translation>roles: die Rolle, als die sich die Arbeitsplätze anmelden (Standard: tandem_app).</translation>
    </message>
    <message>
        <source>roles: the schema that holds the workspace (default public).</source>
        <translation>roles: das Schema, das den Arbeitsbereich enthält (Standard: public).</translation>
    </message>
    <message>
        <source>--public-key goes with --against CHECKPOINT.</source>
        <translation>--public-key gehört zu --against CHECKPOINT.</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key KEYFILE and --out CHECKPOINT.</source>
        <translation>audit checkpoint benötigt --key SCHLÜSSELDATEI und --out CHECKPOINT.</translation>
    </message>
    <message>
        <source>audit keygen needs --out KEYFILE.</source>
        <translation>audit keygen benötigt --out SCHLÜSSELDATEI.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::Command</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>--%1 takes a positive whole number.</source>
        <translation>--%1 erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2025-12-31.</source>
        <translation>--%1 erwartet ein Datum wie 2025-12-31.</translation>
    </message>
    <message>
        <source>--%1 takes the &quot;next&quot; value of the previous page.</source>
        <translation>--%1 erwartet den „next“-Wert der vorherigen Seite.</translation>
    </message>
    <message>
        <source>There is no agent with the login &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter mit dem Anmeldenamen „%1“.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::CopyCommand</name>
    <message>
        <source>Copies every record of one workspace into another, e.g. a desk&apos;s file to a team server.</source>
        <translation>Kopiert alle Datensätze eines Arbeitsbereichs in einen anderen, z. B. die Datei eines Arbeitsplatzes auf einen Team-Server.</translation>
    </message>
    <message>
        <source>The workspace to copy (a file or a postgresql:// URL).</source>
        <translation>Der zu kopierende Arbeitsbereich (eine Datei oder eine postgresql://-URL).</translation>
    </message>
    <message>
        <source>The workspace to fill; it must be empty unless --replace is given.</source>
        <translation>Der zu füllende Arbeitsbereich; er muss leer sein, sofern nicht --replace angegeben ist.</translation>
    </message>
    <message>
        <source>Remove what the target holds before copying.</source>
        <translation>Den Inhalt des Ziels vor dem Kopieren entfernen.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Keinen Fortschritt auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>copy needs --from WORKSPACE and --to WORKSPACE.</source>
        <translation>copy benötigt --from ARBEITSBEREICH und --to ARBEITSBEREICH.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::DemoCommand</name>
    <message>
        <source>Creates a workspace filled with deterministic demo data.</source>
        <translation>Erstellt einen Arbeitsbereich mit deterministischen Demodaten.</translation>
    </message>
    <message>
        <source>Workspace file to create (must be new or empty).</source>
        <translation>Zu erstellende Arbeitsbereichsdatei (muss neu oder leer sein).</translation>
    </message>
    <message>
        <source>Number of customers (default 300).</source>
        <translation>Anzahl der Kunden (Standard: 300).</translation>
    </message>
    <message>
        <source>Number of interactions (default 6000).</source>
        <translation>Anzahl der Interaktionen (Standard: 6000).</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>Startwert; derselbe Startwert ergibt dieselben Daten (Standard: 1).</translation>
    </message>
    <message>
        <source>Date the history ends, YYYY-MM-DD (default today).</source>
        <translation>Datum, an dem der Verlauf endet, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Keinen Fortschritt auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>demo needs --workspace FILE.</source>
        <translation>demo benötigt --workspace DATEI.</translation>
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
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Checks that a team server gives Tandem what it needs: PostgreSQL 15 or newer, UTF8, plpgsql, a login without superuser rights, the two-role set-up, LISTEN/NOTIFY where the change feed listens (not a transaction pool) and the replica the address names. Writes nothing. Exits with 1 when a check fails.</source>
        <translation>Prüft, ob ein Team-Server Tandem gibt, was es braucht: PostgreSQL 15 oder neuer, UTF8, plpgsql, eine Anmeldung ohne Superuser-Rechte, die Einrichtung mit zwei Rollen, LISTEN/NOTIFY dort, wo der Änderungsdienst lauscht (kein Transaktions-Pool), und die Replik, die die Adresse nennt. Schreibt nichts. Endet mit 1, wenn eine Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>The team workspace&apos;s postgresql:// address (with ?listen=HOST:PORT and ?replica=HOST:PORT when the desks use them).</source>
        <translation>Die postgresql://-Adresse des Team-Arbeitsbereichs (mit ?listen=HOST:PORT und ?replica=HOST:PORT, wenn die Arbeitsplätze sie verwenden).</translation>
    </message>
    <message>
        <source>Print JSON instead of sentences.</source>
        <translation>JSON statt Sätzen ausgeben.</translation>
    </message>
    <message>
        <source>doctor needs --workspace postgresql://...</source>
        <translation>doctor braucht --workspace postgresql://...</translation>
    </message>
    <message>
        <source>The server is not ready for Tandem: fix what failed above and run the check again.
</source>
        <translation>Der Server ist nicht bereit für Tandem: Beheben Sie, was oben fehlgeschlagen ist, und prüfen Sie erneut.
</translation>
    </message>
    <message>
        <source>The server is ready for Tandem.
</source>
        <translation>Der Server ist bereit für Tandem.
</translation>
    </message>
</context>
<context>
    <name>tandem::cli::EscalationCommand</name>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 erwartet einen der folgenden Werte: %2.</translation>
    </message>
    <message>
        <source>There is no escalation #%1.</source>
        <translation>Es gibt keine Eskalation #%1.</translation>
    </message>
    <message>
        <source>transition needs --action, for example --action claim.</source>
        <translation>transition benötigt --action, zum Beispiel --action claim.</translation>
    </message>
    <message>
        <source>Lists, shows and moves escalations as an agent of a demo workspace.

  escalation list        a queue, most urgent first
  escalation show        one hand-off card in full
  escalation transition  claim, start, resolve, hand back, close, ...</source>
        <translation>Listet Eskalationen auf, zeigt sie an und bewegt sie weiter, als Mitarbeiter eines Demo-Arbeitsbereichs.

  escalation list        eine Warteschlange, dringendste zuerst
  escalation show        eine Übergabekarte vollständig
  escalation transition  claim, start, resolve, hand back, close, ...</translation>
    </message>
    <message>
        <source>list, show or transition</source>
        <translation>list, show oder transition</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Work as this agent (demo workspaces only).</source>
        <translation>Als dieser Mitarbeiter arbeiten (nur in Demo-Arbeitsbereichen).</translation>
    </message>
    <message>
        <source>list: only this category (a key such as bug).</source>
        <translation>list: nur diese Kategorie (ein Schlüssel wie bug).</translation>
    </message>
    <message>
        <source>list: only this severity; change_severity: the new one (s1-s4).</source>
        <translation>list: nur dieser Schweregrad; change_severity: der neue (s1–s4).</translation>
    </message>
    <message>
        <source>list: escalations per page (default 50).</source>
        <translation>list: Eskalationen pro Seite (Standard: 50).</translation>
    </message>
    <message>
        <source>list: continue after this &quot;next&quot; value.</source>
        <translation>list: nach diesem „next“-Wert fortsetzen.</translation>
    </message>
    <message>
        <source>show, transition: the escalation.</source>
        <translation>show, transition: die Eskalation.</translation>
    </message>
    <message>
        <source>transition: the question, answer, resolution or reason.</source>
        <translation>transition: die Frage, Antwort, Lösung oder Begründung.</translation>
    </message>
    <message>
        <source>transition: the version you saw (default: the current one).</source>
        <translation>transition: die Version, die Sie gesehen haben (Standard: die aktuelle).</translation>
    </message>
    <message>
        <source>transition reassign: the login who gets it.</source>
        <translation>transition reassign: der Anmeldename, der sie erhält.</translation>
    </message>
    <message>
        <source>escalation needs one of list, show or transition; see tandemctl escalation --help.</source>
        <translation>escalation benötigt list, show oder transition; siehe tandemctl escalation --help.</translation>
    </message>
    <message>
        <source>escalation needs --workspace FILE and --as LOGIN.</source>
        <translation>escalation benötigt --workspace DATEI und --as ANMELDENAME.</translation>
    </message>
    <message>
        <source>list: support, unclaimed, mine, escalated, returned or resolved.</source>
        <translation>list: support, unclaimed, mine, escalated, returned oder resolved.</translation>
    </message>
    <message>
        <source>transition: claim, start, ask_rep, wait_on_customer, answer, customer_replied, resolve, hand_back, close, reopen, reassign, change_severity, add_information.</source>
        <translation>transition: claim, start, ask_rep, wait_on_customer, answer, customer_replied, resolve, hand_back, close, reopen, reassign, change_severity, add_information.</translation>
    </message>
    <message>
        <source>--queue takes one of: support, unclaimed, mine, escalated, returned, resolved.</source>
        <translation>--queue erwartet einen der Werte support, unclaimed, mine, escalated, returned, resolved.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::ImportCommand</name>
    <message>
        <source>Imports history into a workspace.

  import mail FILE|DIR  an mbox file, a Maildir folder or .eml files: each mail becomes a
                        customer&apos;s message in a conversation; auto-replies and bounces
                        are counted and left out. Importing again records only what is new.</source>
        <translation>Importiert einen Verlauf in einen Arbeitsbereich.

  import mail DATEI|ORDNER  eine mbox-Datei, ein Maildir-Ordner oder .eml-Dateien: jede Mail wird
                        zur Nachricht eines Kunden in einer Konversation; automatische Antworten
                        und Unzustellbarkeitsmeldungen werden gezählt und ausgelassen. Ein erneuter
                        Import erfasst nur, was neu ist.</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The team queue new conversations go to (default: the first).</source>
        <translation>Die Team-Warteschlange für neue Konversationen (Standard: die erste).</translation>
    </message>
    <message>
        <source>import needs --workspace FILE.</source>
        <translation>import braucht --workspace DATEI.</translation>
    </message>
    <message>
        <source>import needs mail and a FILE or DIR; see tandemctl import --help.</source>
        <translation>import braucht mail und eine DATEI oder einen ORDNER; siehe tandemctl import --help.</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;.</source>
        <translation>Es gibt keine Warteschlange namens „%1“.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::InboxCommand</name>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Work as this agent (demo workspaces only).</source>
        <translation>Als dieser Mitarbeiter arbeiten (nur in Demo-Arbeitsbereichen).</translation>
    </message>
    <message>
        <source>list: mine, unassigned, open (the default), snoozed or closed.</source>
        <translation>list: mine, unassigned, open (Standard), snoozed oder closed.</translation>
    </message>
    <message>
        <source>list: waiting (the default) or due.</source>
        <translation>list: waiting (Standard) oder due.</translation>
    </message>
    <message>
        <source>list: conversations per page (default 50).</source>
        <translation>list: Unterhaltungen pro Seite (Standard: 50).</translation>
    </message>
    <message>
        <source>list: continue after this &quot;next&quot; value.</source>
        <translation>list: nach diesem „next“-Wert fortsetzen.</translation>
    </message>
    <message>
        <source>show: the conversation; assign, close, snooze: one or more, separated by commas.</source>
        <translation>show: die Unterhaltung; assign, close, snooze: eine oder mehrere, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>assign: the login who gets them, me or none.</source>
        <translation>assign: die Anmeldung, die sie bekommt, me oder none.</translation>
    </message>
    <message>
        <source>snooze: when they come back, like 2026-12-07T09:00:00Z.</source>
        <translation>snooze: wann sie zurückkommen, etwa 2026-12-07T09:00:00Z.</translation>
    </message>
    <message>
        <source>inbox needs --workspace FILE and --as LOGIN.</source>
        <translation>inbox braucht --workspace DATEI und --as ANMELDUNG.</translation>
    </message>
    <message>
        <source>There is no team queue called &quot;%1&quot;.</source>
        <translation>Es gibt keine Team-Warteschlange namens „%1“.</translation>
    </message>
    <message>
        <source>--folder takes one of: mine, unassigned, open, snoozed, closed.</source>
        <translation>--folder nimmt einen dieser Werte: mine, unassigned, open, snoozed, closed.</translation>
    </message>
    <message>
        <source>--sort takes waiting or due.</source>
        <translation>--sort nimmt waiting oder due.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Es gibt keine Konversation #%1.</translation>
    </message>
    <message>
        <source>assign needs --to LOGIN, me or none.</source>
        <translation>assign braucht --to ANMELDUNG, me oder none.</translation>
    </message>
    <message>
        <source>snooze needs --until with a time like 2026-12-07T09:00:00Z.</source>
        <translation>snooze braucht --until mit einer Zeit wie 2026-12-07T09:00:00Z.</translation>
    </message>
    <message>
        <source>--id takes one or more conversation numbers, separated by commas.</source>
        <translation>--id nimmt eine oder mehrere Unterhaltungsnummern, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Lists, shows and triages the conversations of the shared inbox as an agent of a demo workspace.

  inbox list    a folder, who waited longest (or whose reply is due) first
  inbox show    one conversation with its messages
  inbox assign  to an agent, to yourself (me) or to nobody (none)
  inbox close   close conversations
  inbox snooze  put conversations away until a time
  inbox survey  the survey a queue mails when a conversation closes (team leads)</source>
        <translation>Listet, zeigt und sortiert die Unterhaltungen des gemeinsamen Posteingangs als Mitarbeiter eines Demo-Arbeitsbereichs.

  inbox list    ein Ordner, wer am längsten wartet (oder wessen Antwort fällig ist) zuerst
  inbox show    eine Unterhaltung mit ihren Nachrichten
  inbox assign  einem Mitarbeiter, sich selbst (me) oder niemandem (none) zuweisen
  inbox close   Unterhaltungen schließen
  inbox snooze  Unterhaltungen bis zu einem Zeitpunkt zurückstellen
  inbox survey  die Umfrage, die eine Warteschlange beim Schließen einer Unterhaltung mailt (Teamleitung)</translation>
    </message>
    <message>
        <source>list, show, assign, close, snooze or survey</source>
        <translation>list, show, assign, close, snooze oder survey</translation>
    </message>
    <message>
        <source>inbox needs one of list, show, assign, close, snooze or survey; see tandemctl inbox --help.</source>
        <translation>inbox braucht list, show, assign, close, snooze oder survey; siehe tandemctl inbox --help.</translation>
    </message>
    <message>
        <source>list: the team queue with this name instead of a folder; survey: the queue to set.</source>
        <translation>list: die Team-Warteschlange mit diesem Namen statt eines Ordners; survey: die einzustellende Warteschlange.</translation>
    </message>
    <message>
        <source>survey: none, csat, nps or ces, for the queue --queue names.</source>
        <translation>survey: none, csat, nps oder ces, für die Warteschlange, die --queue nennt.</translation>
    </message>
    <message>
        <source>survey needs --queue with the name of a team queue.</source>
        <translation>survey braucht --queue mit dem Namen einer Team-Warteschlange.</translation>
    </message>
    <message>
        <source>--survey takes one of: none, csat, nps, ces.</source>
        <translation>--survey nimmt einen von: none, csat, nps, ces.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::KbCommand</name>
    <message>
        <source>The knowledge base&apos;s self-service site.

  kb publish    write the public, published articles as a static site into a folder
  kb settings   show or change the company name, brand colour and site address</source>
        <translation>Die Self-Service-Seite der Wissensdatenbank.

  kb publish    die öffentlichen, veröffentlichten Artikel als statische Seite in einen Ordner schreiben
  kb settings   Firmennamen, Markenfarbe und Adresse der Seite zeigen oder ändern</translation>
    </message>
    <message>
        <source>publish or settings</source>
        <translation>publish oder settings</translation>
    </message>
    <message>
        <source>kb needs publish or settings; see tandemctl kb --help.</source>
        <translation>kb braucht publish oder settings; siehe tandemctl kb --help.</translation>
    </message>
    <message>
        <source>Workspace file or postgresql:// address.</source>
        <translation>Arbeitsbereichsdatei oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>publish: the site&apos;s folder (made when missing; a site published there before is replaced).</source>
        <translation>publish: der Ordner der Seite (wird angelegt, wenn er fehlt; eine dort zuvor veröffentlichte Seite wird ersetzt).</translation>
    </message>
    <message>
        <source>settings: the company name the site and templates show.</source>
        <translation>settings: der Firmenname, den Seite und Vorlagen zeigen.</translation>
    </message>
    <message>
        <source>settings: the site&apos;s header colour, #rrggbb (empty: the default).</source>
        <translation>settings: die Farbe der Kopfzeile, #rrggbb (leer: die Vorgabe).</translation>
    </message>
    <message>
        <source>settings: where the site is hosted; replies link to its articles.</source>
        <translation>settings: wo die Seite liegt; Antworten verlinken auf ihre Artikel.</translation>
    </message>
    <message>
        <source>Work as this agent (demo workspaces only; default: the command line, as a team lead).</source>
        <translation>Als dieser Agent arbeiten (nur in Demo-Arbeitsbereichen; Vorgabe: die Kommandozeile, als Teamleitung).</translation>
    </message>
    <message>
        <source>kb needs --workspace W.</source>
        <translation>kb braucht --workspace W.</translation>
    </message>
    <message>
        <source>kb publish needs --out DIR.</source>
        <translation>kb publish braucht --out DIR.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::MailAccountCommand</name>
    <message>
        <source>Adds, lists and tests the mail accounts replies leave through.

  mail account add   add an account (team lead&apos;s work; the password is read from a file)
  mail account list  the accounts, without passwords
  mail account test  log in to the account&apos;s IMAP and SMTP servers and say what failed</source>
        <translation>Fügt die E-Mail-Konten hinzu, über die Antworten hinausgehen, listet und prüft sie.

  mail account add   ein Konto hinzufügen (Sache der Teamleitung; das Passwort wird aus einer Datei gelesen)
  mail account list  die Konten, ohne Passwörter
  mail account test  beim IMAP- und SMTP-Server des Kontos anmelden und sagen, was scheiterte</translation>
    </message>
    <message>
        <source>add, list or test</source>
        <translation>add, list oder test</translation>
    </message>
    <message>
        <source>mail account needs one of add, list or test; see tandemctl mail account --help.</source>
        <translation>mail account braucht add, list oder test; siehe tandemctl mail account --help.</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>add, test: the account&apos;s name.</source>
        <translation>add, test: der Name des Kontos.</translation>
    </message>
    <message>
        <source>add: the IMAP server.</source>
        <translation>add: der IMAP-Server.</translation>
    </message>
    <message>
        <source>add: its port (default 993, or 143 with STARTTLS).</source>
        <translation>add: sein Port (Standard 993, mit STARTTLS 143).</translation>
    </message>
    <message>
        <source>add: tls (default) or starttls.</source>
        <translation>add: tls (Standard) oder starttls.</translation>
    </message>
    <message>
        <source>add: the SMTP server.</source>
        <translation>add: der SMTP-Server.</translation>
    </message>
    <message>
        <source>add: its port (default 465, or 587 with STARTTLS).</source>
        <translation>add: sein Port (Standard 465, mit STARTTLS 587).</translation>
    </message>
    <message>
        <source>add: the login on both servers.</source>
        <translation>add: die Anmeldung an beiden Servern.</translation>
    </message>
    <message>
        <source>add: a support address customers write to (repeat for more; the first sends).</source>
        <translation>add: eine Support-Adresse, an die Kunden schreiben (für weitere wiederholen; die erste sendet).</translation>
    </message>
    <message>
        <source>add: the team queue the account&apos;s mail feeds.</source>
        <translation>add: die Team-Warteschlange, in die die Mails des Kontos gehen.</translation>
    </message>
    <message>
        <source>add: keep no copy of replies in the Sent folder.</source>
        <translation>add: keine Kopie der Antworten im Ordner „Gesendet“ ablegen.</translation>
    </message>
    <message>
        <source>add: a PEM file with a self-hosted server&apos;s certificate authority.</source>
        <translation>add: eine PEM-Datei mit der Zertifizierungsstelle eines selbst betriebenen Servers.</translation>
    </message>
    <message>
        <source>add: read the password from this file (- for standard input).</source>
        <translation>add: das Passwort aus dieser Datei lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Keep passwords in this credentials file (mode 0600) instead of the keyring; default TANDEM_MAIL_CREDENTIALS.</source>
        <translation>Passwörter in dieser Zugangsdatendatei (Modus 0600) statt im Schlüsselbund ablegen; Standard TANDEM_MAIL_CREDENTIALS.</translation>
    </message>
    <message>
        <source>mail account needs --workspace FILE.</source>
        <translation>mail account braucht --workspace DATEI.</translation>
    </message>
    <message>
        <source>mail account add needs --%1.</source>
        <translation>mail account add braucht --%1.</translation>
    </message>
    <message>
        <source>--%1 takes tls or starttls.</source>
        <translation>--%1 nimmt tls oder starttls.</translation>
    </message>
    <message>
        <source>The password file %1 could not be read: %2</source>
        <translation>Die Passwortdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>mail account test needs --name NAME.</source>
        <translation>mail account test braucht --name NAME.</translation>
    </message>
    <message>
        <source>There is no mail account named &quot;%1&quot;.</source>
        <translation>Es gibt kein E-Mail-Konto namens „%1“.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::MailRunCommand</name>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Fetch once and stop.</source>
        <translation>Einmal abholen und beenden.</translation>
    </message>
    <message>
        <source>Fetch at least every this many seconds (default 300).</source>
        <translation>Spätestens alle so vielen Sekunden abholen (Standard 300).</translation>
    </message>
    <message>
        <source>Read passwords from this credentials file instead of the keyring; default TANDEM_MAIL_CREDENTIALS.</source>
        <translation>Passwörter aus dieser Zugangsdatendatei statt aus dem Schlüsselbund lesen; Standard TANDEM_MAIL_CREDENTIALS.</translation>
    </message>
    <message>
        <source>mail run needs --workspace FILE.</source>
        <translation>mail run braucht --workspace DATEI.</translation>
    </message>
    <message>
        <source>The workspace has no mail account; add one with tandemctl mail account add.</source>
        <translation>Der Arbeitsbereich hat kein Mailkonto; legen Sie eines mit tandemctl mail account add an.</translation>
    </message>
    <message>
        <source>Fetches customers&apos; mail from the mail accounts&apos; inboxes into the shared inbox, until stopped.
Each account is fetched by one worker at a time: an account another desk or service fetches is taken over when that one stops. It waits for new mail with IMAP IDLE on each account and fetches when mail comes or the interval passes.</source>
        <translation>Holt die Post der Kunden aus den Posteingängen der Mailkonten in den gemeinsamen Eingang, bis er gestoppt wird.
Jedes Konto holt immer nur ein Worker ab: Ein Konto, das ein anderer Arbeitsplatz oder Dienst abholt, wird übernommen, sobald dieser aufhört. Er wartet mit IMAP IDLE bei jedem Konto auf neue Post und holt ab, wenn Post kommt oder das Intervall verstrichen ist.</translation>
    </message>
    <message>
        <source>The workspace is open read-only; no mail can be fetched into it.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet; es kann keine Post in ihn abgeholt werden.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::OutboxCommand</name>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>send: deliver at most this many (default 100).</source>
        <translation>send: höchstens so viele zustellen (Standard 100).</translation>
    </message>
    <message>
        <source>send: take over entries another worker claimed this many seconds ago or earlier (default 300; 0 when no other worker runs).</source>
        <translation>send: Einträge übernehmen, die ein anderer Worker vor so vielen Sekunden oder früher beansprucht hat (Standard 300; 0, wenn kein anderer Worker läuft).</translation>
    </message>
    <message>
        <source>outbox needs --workspace FILE.</source>
        <translation>outbox braucht --workspace DATEI.</translation>
    </message>
    <message>
        <source>outbox %1 needs --as LOGIN.</source>
        <translation>outbox %1 braucht --as LOGIN.</translation>
    </message>
    <message>
        <source>Lists, sends and retries the replies in a workspace&apos;s outbox.

  outbox list   what is still waiting or failed
  outbox send   deliver what is due through the configured connector
  outbox retry  queue a failed reply again
  outbox send-again  queue a reply that may have been sent again (it may arrive twice)
  outbox mark-sent   record a reply that may have been sent as sent</source>
        <translation>Listet, sendet und wiederholt die Antworten im Postausgang eines Arbeitsbereichs.

  outbox list   was noch wartet oder fehlgeschlagen ist
  outbox send   Fälliges über den eingerichteten Connector zustellen
  outbox retry  eine fehlgeschlagene Antwort erneut einreihen
  outbox send-again  eine vielleicht gesendete Antwort erneut einreihen (sie kann doppelt ankommen)
  outbox mark-sent   eine vielleicht gesendete Antwort als gesendet festhalten</translation>
    </message>
    <message>
        <source>list, send, retry, send-again or mark-sent</source>
        <translation>list, send, retry, send-again oder mark-sent</translation>
    </message>
    <message>
        <source>outbox needs one of list, send, retry, send-again or mark-sent; see tandemctl outbox --help.</source>
        <translation>outbox braucht list, send, retry, send-again oder mark-sent; siehe tandemctl outbox --help.</translation>
    </message>
    <message>
        <source>list, retry, send-again, mark-sent: work as this agent (demo workspaces only).</source>
        <translation>list, retry, send-again, mark-sent: als dieser Agent arbeiten (nur Demo-Arbeitsbereiche).</translation>
    </message>
    <message>
        <source>retry, send-again, mark-sent: the outbox entry.</source>
        <translation>retry, send-again, mark-sent: der Eintrag im Postausgang.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::ReportCommand</name>
    <message>
        <source>KPIs from %1 to %2 (UTC, end exclusive)
</source>
        <translation>KPIs vom %1 bis %2 (UTC, Ende ausgeschlossen)
</translation>
    </message>
    <message>
        <source>Top complaint causes
</source>
        <translation>Häufigste Beschwerdegründe
</translation>
    </message>
    <message>
        <source>Reports the team&apos;s KPIs for a period, as the dashboard shows them.

  report kpis   CSAT, NPS, CES, churn, response and resolution times, escalation rate, SLA compliance,
                reopen rate, top complaint causes, referrals; with weekly trends</source>
        <translation>Berichtet die KPIs des Teams für einen Zeitraum, wie das Dashboard sie zeigt.

  report kpis   CSAT, NPS, CES, Abwanderung, Antwort- und Lösungszeiten, Eskalationsrate, SLA-Einhaltung,
                Wiedereröffnungsrate, häufigste Beschwerdegründe, Empfehlungen; mit wöchentlichen Trends</translation>
    </message>
    <message>
        <source>kpis</source>
        <translation>kpis</translation>
    </message>
    <message>
        <source>Workspace file or postgresql:// address.</source>
        <translation>Arbeitsbereichsdatei oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD, UTC (default: 12 weeks ago).</source>
        <translation>Erster Tag des Zeitraums, JJJJ-MM-TT, UTC (Standard: vor 12 Wochen).</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD, UTC, included (default: today).</source>
        <translation>Letzter Tag des Zeitraums, JJJJ-MM-TT, UTC, eingeschlossen (Standard: heute).</translation>
    </message>
    <message>
        <source>Only this agent&apos;s numbers (a login).</source>
        <translation>Nur die Kennzahlen dieses Mitarbeiters (ein Anmeldename).</translation>
    </message>
    <message>
        <source>Only this role&apos;s numbers: service_rep, support_specialist or team_lead.</source>
        <translation>Nur die Kennzahlen dieser Rolle: service_rep, support_specialist oder team_lead.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>report needs what to report: kpis; see tandemctl report --help.</source>
        <translation>report benötigt, was berichtet werden soll: kpis; siehe tandemctl report --help.</translation>
    </message>
    <message>
        <source>report needs --workspace W.</source>
        <translation>report benötigt --workspace W.</translation>
    </message>
    <message>
        <source>Give --agent or --role, not both.</source>
        <translation>Geben Sie --agent oder --role an, nicht beides.</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--role takes service_rep, support_specialist or team_lead.</source>
        <translation>--role erwartet service_rep, support_specialist oder team_lead.</translation>
    </message>
</context>
<context>
    <name>tandemctl</name>
    <message>
        <source>unknown command &quot;%1&quot;; see tandemctl --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe tandemctl --help.</translation>
    </message>
    <message>
        <source>create a workspace with demo data</source>
        <translation>einen Arbeitsbereich mit Demodaten erstellen</translation>
    </message>
    <message>
        <source>list, show and move escalations (list|show|transition)</source>
        <translation>Eskalationen auflisten, anzeigen und weiterbewegen (list|show|transition)</translation>
    </message>
    <message>
        <source>copy a workspace into another (e.g. to a team server)</source>
        <translation>einen Arbeitsbereich in einen anderen kopieren (z. B. auf einen Team-Server)</translation>
    </message>
    <message>
        <source>import mail history from an mbox file or a Maildir (import mail)</source>
        <translation>Mail-Verlauf aus einer mbox-Datei oder einem Maildir importieren (import mail)</translation>
    </message>
    <message>
        <source>add, list and test the mail accounts replies leave through (add|list|test)</source>
        <translation>die E-Mail-Konten für ausgehende Antworten hinzufügen, auflisten und prüfen (add|list|test)</translation>
    </message>
    <message>
        <source>KPIs for a period (report kpis)</source>
        <translation>KPIs für einen Zeitraum (report kpis)</translation>
    </message>
    <message>
        <source>check, list and checkpoint the audit trail (verify|list|checkpoint|keygen|roles)</source>
        <translation>das Prüfprotokoll prüfen, auflisten und mit Checkpoints sichern (verify|list|checkpoint|keygen|roles)</translation>
    </message>
    <message>
        <source>Usage: tandemctl COMMAND [options]</source>
        <translation>Aufruf: tandemctl BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;tandemctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Führen Sie „tandemctl BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>work the shared inbox (list|show|assign|close|snooze|survey)</source>
        <translation>den gemeinsamen Posteingang bearbeiten (list|show|assign|close|snooze|survey)</translation>
    </message>
    <message>
        <source>fetch customers&apos; mail into the inbox, one worker per mail account, and keep fetching</source>
        <translation>Kunden-E-Mails in den Posteingang abholen, ein Dienst je E-Mail-Konto, und laufend weiter abholen</translation>
    </message>
    <message>
        <source>list, send and retry replies on their way out (list|send|retry|send-again|mark-sent)</source>
        <translation>Antworten auf dem Weg hinaus auflisten, senden und erneut senden (list|send|retry|send-again|mark-sent)</translation>
    </message>
    <message>
        <source>check that a team server gives Tandem what it needs (version, encoding, roles, LISTEN)</source>
        <translation>prüfen, ob ein Team-Server Tandem gibt, was es braucht (Version, Kodierung, Rollen, LISTEN)</translation>
    </message>
    <message>
        <source>publish the self-service site, set its name, colour and address (publish|settings)</source>
        <translation>die Self-Service-Seite veröffentlichen, Namen, Farbe und Adresse festlegen (publish|settings)</translation>
    </message>
</context>
</TS>
