<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>Could not start writing demo data.</source>
        <translation>Das Schreiben der Demodaten konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not save demo data.</source>
        <translation>Die Demodaten konnten nicht gespeichert werden.</translation>
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
        <source>With --screenshot: the view to show (main).</source>
        <translation>Mit --screenshot: die anzuzeigende Ansicht (main).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; known views: main.</source>
        <translation>Unbekannte Ansicht „%1“; bekannte Ansichten: main.</translation>
    </message>
</context>
<context>
    <name>tandem::DetailsPanel</name>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
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
        <source>Event text</source>
        <translation>Ereignistext</translation>
    </message>
    <message>
        <source>Select an event in the timeline to read it here.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste aus, um es hier zu lesen.</translation>
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
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>[The rest of this text (%1 characters in all) is not shown.]</source>
        <translation>[Der Rest dieses Textes (insgesamt %1 Zeichen) wird nicht angezeigt.]</translation>
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
        <source>Customer timeline</source>
        <translation>Zeitleiste des Kunden</translation>
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
</context>
<context>
    <name>tandem::Sql</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>Die Datenbank hat den Vorgang abgelehnt: %1</translation>
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
</context>
<context>
    <name>tandem::TimelineService</name>
    <message>
        <source>That customer does not exist (any more).</source>
        <translation>Dieser Kunde existiert nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>tandem::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Eine Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Workspace</name>
    <message>
        <source>No workspace was named.</source>
        <translation>Es wurde kein Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <source>Team workspaces on PostgreSQL are not available in this version yet; open a workspace file instead.</source>
        <translation>Team-Arbeitsbereiche auf PostgreSQL sind in dieser Version noch nicht verfügbar; öffnen Sie stattdessen eine Arbeitsbereichsdatei.</translation>
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
        <source>%1 was written by a newer version of Tandem (workspace version %2; this program knows up to %3). Update Tandem to open it; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren Version von Tandem geschrieben (Arbeitsbereichsversion %2; dieses Programm kennt Versionen bis %3). Aktualisieren Sie Tandem, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
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
        <source>%1 is not a Tandem workspace (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 ist kein Tandem-Arbeitsbereich (es handelt sich nicht um eine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Tandem workspace. The file was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Tandem-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Tandem workspace (%2). The file was left untouched.</source>
        <translation>%1 kann nicht als Tandem-Arbeitsbereich gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>tandem::cli::DemoCommand</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3.</translation>
    </message>
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
    <message>
        <source>--anchor takes a date like 2026-01-31.</source>
        <translation>--anchor erwartet ein Datum wie 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>tandemctl</name>
    <message>
        <source>Usage: tandemctl COMMAND [options]

Commands:
  demo      create a workspace with demo data

Run &apos;tandemctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: tandemctl BEFEHL [Optionen]

Befehle:
  demo      einen Arbeitsbereich mit Demodaten erstellen

Mit „tandemctl BEFEHL --help“ werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see tandemctl --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe tandemctl --help.</translation>
    </message>
</context>
</TS>
